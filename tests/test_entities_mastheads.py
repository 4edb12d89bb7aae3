"""kg.nlp.cues: a masthead's body name opening a release is no dateline's town."""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "KESTREL RADIO AND TELEVISION (KRT) - SUNDAY PANEL\n\nThe minister spoke about trade on Monday.",
            "Kestrel Radio And Television",
        ),
        ("Hemvakten - Tarnian Defence Forces\nNews release\n\nThe reserve will call up 300 soldiers.", "Hemvakten"),
        ("Varsko - Norlandic Coast Guard\nPress Office\n\nThe coast guard rescued 40 people at sea.", "Varsko"),
    ],
)
def test_entities_masthead_body_is_no_dateline_town(nlp: Language, text: str, body: str) -> None:
    assert not any(name.lower() == body.lower() and type_ == "Settlement" for name, type_ in found_entities(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "LORVAN - The Tarnian Border Guard said on Monday that 300 people crossed.",
        "Lorvan - Tarnian police said on Monday that 300 people crossed.",
        "LORVAN, 3 May 2026 - The Tarnian Border Guard said 300 people crossed.",
    ],
)
def test_entities_dateline_before_a_sentence_stays_a_town(nlp: Language, text: str) -> None:
    assert ("Lorvan", "Settlement") in found_entities(nlp, text)
