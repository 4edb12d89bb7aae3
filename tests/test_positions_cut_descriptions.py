"""A description cut short of a longer name ("The Minister of National Security, X, ...") renames no
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
            '"The boats are too full," said Ms Ana Velde-Rosso, IOM Chief of Mission in Norland. '
            '"Nobody should gamble on a forecast," she added.\n\n'
            "The Minister of National Security, the Hon. Piet Darrow-Lund, told Parliament that patrols would rise.",
            "person/ana-velde-rosso",
            "Chief of Mission",
        ),
        (
            "The Chief of Staff of the Army, Brigadier Jo Lindqvist, inspected river posts in Estonia on Monday.\n\n"
            "The Minister of National Defence, Mr Tom Arvesen, has kept forty soldiers at the ford until spring.",
            "person/jo-lindqvist",
            "Chief of Staff of the Army",
        ),
    ],
)
def test_positions_cut_descriptions_rename_nothing(nlp: Language, text: str, holder: str, title: str) -> None:
    titles = _titles(nlp, text)[holder]
    assert not any("National" in t for t in titles), titles
    assert any(t.startswith(title.split(" of ")[0]) for t in titles), titles
