"""A description cut short of a longer name ("The Director of National Parks, X, ...") renames no
office described before it: the person last titled "Chief of ..." keeps that title.

Invented sentences through the whole extraction.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _titles(nlp: Language, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in extract(nlp(text), Article(id="t", text=text, source="test")).positions:
        out.setdefault(p.holder, set()).add(p.title)
    return out


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            '"The boats are too full," said Ms Ana Velde-Rosso, UNHCR Chief of Mission in Norland.\n\n'
            "Later the Director of National Parks, Mr Piet Darrow-Lund, closed the beaches.",
            "person/ana-velde-rosso",
            "Chief of Mission",
        ),
        (
            "Brigadier Jo Lindqvist, Estonia's Chief of Staff, visited river posts on Monday. "
            "On Tuesday the Commissioner of National Roads, Tom Arvesen, shut the ford road to lorries.",
            "person/jo-lindqvist",
            "Chief of Staff",
        ),
    ],
)
def test_positions_cut_descriptions_rename_nothing(nlp: Language, text: str, holder: str, title: str) -> None:
    titles = _titles(nlp, text)[holder]
    assert not any("National" in t for t in titles), titles
    assert any(t.startswith(title.split(" of ")[0]) for t in titles), titles
