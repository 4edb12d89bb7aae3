"""A prefect is an office, held for the state in the province its seat names.

Invented sentences through the real model: "the prefect of X, Mrs Y," gave Y no office at all
("prefect" was no title word); the prefecture is named by its seat, a town, but the prefect
represents the state there, as a regional governor of a province read as its main town does.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> dict[str, set[tuple[str, str | None]]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    out: dict[str, set[tuple[str, str | None]]] = {}
    for p in find_positions(doc, article, find_entities(doc, article)):
        out.setdefault(p.holder, set()).add((p.title, p.post_in))
    return out


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "SAVONA, Italy - Dozens of travellers spent the night near the station. On Monday the prefect of "
            "Savona, Mrs Chiara Bellandi, asked the railway company to open a waiting room.",
            "person/chiara-bellandi",
            "Prefect of Savona",
        ),
        (
            "The Prefect of Vercelli, Marco Pellegatta, ordered the closure of two schools in Italy on Tuesday.",
            "person/marco-pellegatta",
            "Prefect of Vercelli",
        ),
    ],
)
def test_prefect_serves_the_state(nlp: Language, text: str, holder: str, title: str) -> None:
    assert _positions(nlp, text).get(holder) == {(title, "state/IT")}
