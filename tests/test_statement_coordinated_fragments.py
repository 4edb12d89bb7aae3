"""A quoted fragment that runs on into clauses of its own is still its reporter's speaker's words.

"X said the closure was “a nuisance for the islanders, but it is needed, and it is safer for all”":
the parse may hang the fragment's later clause ("but … is needed") on the reporting verb, so
that the fragment's first word is no longer its root; the fragment still sits under "said" and
is what X said. Invented sentences through the real model, in two wordings.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        (
            "Vale Radio, evening news\n\nThe pass road above Wendlecombe is closed after a rock fall. "
            'The regional council chair, Delphine Arrowsmith-Kane, said the repair was "urgent, but the cliff'
            ' must be made safe first, and that takes time."\n\nThe weather follows.',
            "person/delphine-arrowsmith-kane",
            "urgent, but the cliff",
        ),
        (
            "Harbour Bulletin\n\nThe island ferry will not sail this weekend. "
            'The harbour master, Caspian Oyelaran-Birch, said the stop was "a blow to the island shops, '
            'but the hull needs work, and the crew agrees."\n\n'
            "Sport is next.",
            "person/caspian-oyelaran-birch",
            "a blow to the island shops",
        ),
    ],
)
def test_a_fragment_with_its_own_clauses_is_a_statement(nlp: Language, text: str, speaker: str, start: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 9, 14)))
    got = [(s.speaker, s.quote) for s in out.statements]
    assert any(s == speaker and q.startswith(start) for s, q in got), got
