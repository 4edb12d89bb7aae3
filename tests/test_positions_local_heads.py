"""Heads of a district and of a force's unit or school: "magistrate" and "commandant" are offices.

"The Magistrate of X District, Y" and "its commandant in X, Y" gave no position (or only the rank
written before the name), because neither word was read as the head of a title.
Invented sentences through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _posts(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    return {p.holder: (p.title, p.post_in) for p in out.positions}


@pytest.mark.parametrize(
    ("text", "holder", "title", "body"),
    [
        (
            "The Border Security Force has moved to longer hours. Its commandant in Malda, Devraj Bhaskaran, "
            "said his men would guard the ford at night.",
            "person/devraj-bhaskaran",
            "Commandant",
            "agency/border-security-force",
        ),
        (
            "The Commandant of the Coast Guard Academy, Captain Rosa Vellendorf, opened the new pier on Friday.",
            "person/rosa-vellendorf",
            "Commandant",
            "agency/coast-guard-academy",
        ),
    ],
)
def test_positions_local_heads_commandant(nlp: Language, text: str, holder: str, title: str, body: str) -> None:
    assert _posts(nlp, text)[holder] == (title, body)


@pytest.mark.parametrize(
    "text",
    [
        "The Magistrate of Halden District, Mr Otto Brennick, said the bridge would stay shut until June.",
        "Heavy rain cut the causeway road on Sunday, said Mr Otto Brennick, the Magistrate of Halden District.",
    ],
)
def test_positions_local_heads_magistrate(nlp: Language, text: str) -> None:
    title, post = _posts(nlp, text)["person/otto-brennick"]
    assert (title, post) == ("Magistrate of Halden District", "region/halden")
