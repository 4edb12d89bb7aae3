"""A crossing named bare ("The busiest crossing was X") connects the text's home state and the
neighbour of it that its context names: its paragraph's, else the one the lead states."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _sides(nlp: Language, text: str, publisher: str | None = None) -> dict[str, set[str]]:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for r in find_relations(doc, article, find_entities(doc, article)):
        if r.predicate == "connects":
            out.setdefault(r.subject, set()).add(r.object)
    return out


@pytest.mark.parametrize(
    ("text", "publisher", "expected"),
    [
        (
            "Police: holiday traffic at the border with Austria\n\n"
            "Officers cleared 41,000 travellers at the Slovenian-Austrian border over the holiday, the police said.\n\n"
            "The busiest crossing was Korvenik, followed by the Dralec border crossing.\n\n"
            "At the border with Hungary, the Lendava border crossing stayed closed to lorries.",
            "Slovenian Police (release)",
            {
                "checkpoint/korvenik": {"state/SI", "state/AT"},
                "checkpoint/dralec": {"state/SI", "state/AT"},
                "checkpoint/lendava": {"state/SI", "state/HU"},
            },
        ),
        (
            "Namibia said on Sunday that queues of lorries from Botswana had grown for a third day.\n\n"
            "The Ostraba border post remains closed, and the Velkan crossing point will reopen on Monday, "
            "officials in Namibia said.",
            None,
            {"checkpoint/ostraba": {"state/NA", "state/BW"}, "checkpoint/velkan": {"state/NA", "state/BW"}},
        ),
    ],
)
def test_relations_crossing_context_home_and_named_neighbour(
    nlp: Language, text: str, publisher: str | None, expected: dict[str, set[str]]
) -> None:
    """Each crossing joins the home state and the neighbour its paragraph or the lead names."""
    sides = _sides(nlp, text, publisher)
    assert {cp: sides.get(cp, set()) for cp in expected} == expected


def test_relations_crossing_context_needs_a_named_neighbour(nlp: Language) -> None:
    """A text that names no neighbour of its home state leaves its crossings without sides."""
    text = (
        "Albania said on Friday that 300 travellers from Germany had been turned back this week.\n\n"
        "The Drenova border crossing will stay open at night, officials in Albania said."
    )
    assert "checkpoint/drenova" not in _sides(nlp, text)
