"""Crossings given as the rows of a plain-text table, and a crossing set apart from its town:
invented texts through the real model.

Classes: a table whose header's first column is a crossing's kind ("Checkpoint | ...", "Border
posts | ...") lists one crossing per row, its name in the first cell; a table of anything else
names none. A crossing named after the town beside it ("the X post" in a text that also names the
town X) keeps the kind words as its name, and the bare "X" labels the town only.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Waiting times on Saturday afternoon at the crossings with Chad:\n\n"
            "Checkpoint      | Cars   | Lorries\n"
            "Vellamo Ridge   | 40 min | 3 h\n"
            "Sorbaek         | 15 min | 1 h\n\n"
            "Queues were long last week.\n",
            ["Sorbaek", "Vellamo Ridge"],
        ),
        (
            "Lorries cleared per day, last week:\n"
            "Border posts | Lorries | Change\n"
            "Brisk Hollow | 410 | +3%\n"
            "Tervik | 1,250 | -8%\n",
            ["Brisk Hollow", "Tervik"],
        ),
    ],
)
def test_entities_crossing_tables_rows_are_crossings(nlp: Language, text: str, names: list[str]) -> None:
    found = found_entities(nlp, text)
    assert all((name, "Checkpoint") in found for name in names)


def test_entities_crossing_tables_other_tables_name_no_crossing(nlp: Language) -> None:
    text = "Rainfall last week:\nStation | Millimetres\nKaskelo | 41\nOrmvale | 12\n"
    assert all(kind != "Checkpoint" for _, kind in found_entities(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Shops in the town of Aldermoor stayed shut. Lorries were turned away at the Aldermoor border post.",
        "Officers at the Aldermoor post on the border with Mali turned back 30 people from the town of Aldermoor.",
    ],
)
def test_entities_crossing_tables_crossing_beside_its_town_leaves_it_the_bare_name(nlp: Language, text: str) -> None:
    entities = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    crossings = [e for e in entities if e.type == "Checkpoint"]
    assert [e.type for e in entities if e.name == "Aldermoor"] == ["Settlement"]
    assert len(crossings) == 1
    assert "Aldermoor" not in crossings[0].aliases
