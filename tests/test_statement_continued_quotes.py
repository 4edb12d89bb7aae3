"""A quote standing alone after '“A,” said TITLE, NAME.' is the same speaker's, whatever the title names.

Invented sentences through the real model: the bodies a speaker's title names ("the Regional
Police Director of X") were read as a change of subject between the two quotes, and the second
quote was lost. A sentence of its own with another subject still stops the second quote.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _quotes(nlp: Language, text: str) -> list[tuple[str, str]]:
    article = Article("t", text, "test", published=date(2026, 2, 9))
    return [(s.speaker, s.quote) for s in extract(nlp(text), article).statements]


@pytest.mark.parametrize(
    "text",
    [
        '"The smugglers do not care about human life. Twenty people in a closed lorry is a crime," said the '
        "Regional Police Director of Tyrol, Brigadier Dr. Franz Obermoser. "
        '"We will keep up the pressure on these gangs, on the roads and in the forests."',
        '"The smugglers do not care about human life," said the Regional Police Director of Tyrol, Franz '
        'Obermoser. "We will keep up the pressure on these gangs."',
    ],
)
def test_second_quote_after_a_titled_speaker(nlp: Language, text: str) -> None:
    quotes = _quotes(nlp, text)
    assert any(s == "person/franz-obermoser" and q.startswith("We will keep up the pressure") for s, q in quotes)


def test_another_subject_between_still_stops_it(nlp: Language) -> None:
    text = (
        '"The smugglers do not care about human life," said the Regional Police Director of Tyrol, Franz '
        'Obermoser. The Interior Minister, Greta Halbwirth, rejected the criticism. "We will keep up the '
        'pressure on these gangs."'
    )
    quotes = _quotes(nlp, text)
    assert not any(s == "person/franz-obermoser" and q.startswith("We will keep") for s, q in quotes)
