"""An official "of" a ministry's field ("the Undersecretary of the Interior, X", "the Permanent
Secretary for Internal Affairs, X") serves in the state whose ministry of that field the text
names, by any of its names, not in the neighbour the sentence around the name speaks of.

Invented bulletins through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

_PARAGUAY = (
    "RADIO ÑANDUTÍ, NEWS AT ONE\n"
    "Thursday, 9 April 2026\n\n"
    "ANCHOR: Paraguay's Ministry of the Interior has sent forty extra police officers to Encarnación.\n\n"
    "ANCHOR: On Tuesday the Undersecretary of the Interior, Elvio Tarragunde, inspected the river posts "
    "that face Argentina, after smugglers crossed from Argentina twice this week. Argentina has "
    "promised to patrol its own bank.\n\n"
    "ANCHOR: In Argentina, customs officers in Posadas say queues on the bridge grew again.\n"
)
_UGANDA = (
    "EVENING BULLETIN\n"
    "Kampala, 2 June 2026\n\n"
    "PRESENTER: Uganda's Ministry of Internal Affairs says the queue of lorries at the Malaba crossing "
    "is shorter this week.\n\n"
    "PRESENTER: Speaking at the crossing on Monday, the Permanent Secretary for Internal Affairs, "
    "Okwera Lubangakene, said Kenya had added six officers on its side. Kenya and Uganda will meet again in July.\n\n"
    "PRESENTER: Kenyan hauliers say the wait is still two days.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PARAGUAY, ("person/elvio-tarragunde", "Undersecretary of the Interior", "state/PY")),
        (_UGANDA, ("person/okwera-lubangakene", "Permanent Secretary for Internal Affairs", "state/UG")),
    ],
)
def test_positions_ministry_fields_official_of_the_named_ministry(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    assert expected in {
        (p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))
    }
