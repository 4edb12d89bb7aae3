"""A sentence of a one-speaker text that credits its facts "according to" a named body is not the speaker's.

Invented statements through the whole extraction: a government's or minister's statement may pass
on what an agency reported ("According to the Lake Guard Command, …", "…, according to the Regional
Grid Service."); that sentence gives the agency's words, so it is no key sentence of the voice,
even when the agency is no entity the text's readers found.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

_STATEMENTS = [
    (
        "Statement by the Government of Estonia on the incident at Lake Peipus\n\n"
        "The Government of Estonia strongly condemns the seizure of a fishing boat on Lake Peipus this morning.\n\n"
        "According to the Lake Guard Command, two armed men boarded the boat near the island of Varnsaar and "
        "took its crew of four ashore.\n\n"
        "The Government calls for the crew to be freed at once and will summon the envoy of the neighbouring "
        "state today.\n",
        "strongly condemns",
        "two armed men boarded",
    ),
    (
        "Statement by the Minister of the Interior of Latvia, Ilze Parmane-Roze, on the storm in Kurzeme\n\n"
        "Our rescuers worked through the night in Kurzeme, and their work is far from over.\n\n"
        "More than 3,000 households were still without power on Tuesday evening, according to the Regional Grid "
        "Service.\n\n"
        "According to the local authorities in the town of Talsi, the storm damaged 40 roofs.\n\n"
        "We will send two more rescue teams to the coast tomorrow, and I ask residents to stay away from the "
        "beaches.\n",
        "two more rescue teams",
        "3,000 households",
    ),
]


@pytest.mark.parametrize(("text", "kept", "sourced"), _STATEMENTS)
def test_statement_sourced_sentences_are_not_the_voices(nlp: Language, text: str, kept: str, sourced: str) -> None:
    quotes = list(said(nlp, text))
    assert any(kept in q for q in quotes), quotes
    assert not any(sourced in q for q in quotes), quotes


def test_statement_sourced_sentences_keep_unnamed_sources(nlp: Language) -> None:
    """A source that is a common noun ("the local authorities in the town of X") is not a named speaker."""
    quotes = list(said(nlp, _STATEMENTS[1][0]))
    assert any("40 roofs" in q for q in quotes), quotes
