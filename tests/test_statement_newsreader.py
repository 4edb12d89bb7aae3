"""A bulletin "Read by NAME" ("..., read by NAME") is read by a newsreader: the items are the
programme's narration and its sources' words, not the reader's statements; a statement "read by"
someone is still theirs.

Invented bulletins through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

_ITEMS = (
    "Good evening. The ferry to the outer atolls will not sail this week, the harbour office says. The "
    "cyclone damaged the main wharf on Thursday, and repairs should take five days.\n\n"
    "Tuna catches fell by a third in September, according to the fisheries office.\n\n"
    "That was the news.\n"
)


def _speakers(nlp: Language, text: str) -> set[str]:
    """The speakers' keys without their type: the reader's name alone may be typed either way."""
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    return {s.speaker.split("/", 1)[1] for s in out.statements}


@pytest.mark.parametrize(
    "head",
    [
        "Coral Coast FM - six o'clock news\nSaturday 3 October 2026\nRead by Tamsin Harlowe\n\n",
        "Morning headlines - 4 October 2026 - read by Tamsin Harlowe\n\n",
    ],
)
def test_statement_newsreader_reads_no_statement(nlp: Language, head: str) -> None:
    assert "tamsin-harlowe" not in _speakers(nlp, head + _ITEMS)


def test_statement_newsreader_statement_read_by_a_minister_is_hers(nlp: Language) -> None:
    text = (
        "Statement read by the Minister of Fisheries, Tamsin Harlowe, at the wharf\n\n"
        "We will rebuild the main wharf before the end of the year. Our fishermen have waited long enough.\n"
    )
    assert "tamsin-harlowe" in _speakers(nlp, text)
