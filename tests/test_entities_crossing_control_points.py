"""Crossing points named as "control points" and as a bare lower-case "post": invented sentences
through the real model.

Classes: "the X Control Point" / "the X control point" (with or without "Boundary" before it), as
some states name every land crossing of theirs: X is the crossing, never a person or a town; "the
X post" in lower case in a text about a border or crossing: X is the crossing (one node with "the
X border post"), while a "post" in a text about no border (an embassy's, a job) and a newspaper's
"X Post" name no crossing.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Travellers are told that the Kovar Tam Control Point shuts at ten, while other points stay open.",
            "Kovar Tam",
        ),
        ("Queues at the Pell Ridge control point had cleared by noon, immigration officers said.", "Pell Ridge"),
        ("Only goods lorries may use the Dravemont Boundary Control Point after dark this week.", "Dravemont"),
    ],
)
def test_entities_crossing_control_points_named(nlp: Language, text: str, name: str) -> None:
    assert (name, "Checkpoint") in found_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lorries waited six hours at the Torvenne post on the border with Chad, the governor said.", "Torvenne"),
        ("Customs staff at the Melquiz post found 40 kilograms of cannabis on a bus crossing into Zambia.", "Melquiz"),
        ("Officers at the Brannoch post turned back 14 people. Border traffic was light all week.", "Brannoch"),
    ],
)
def test_entities_crossing_control_points_bare_post_of_a_border_text(nlp: Language, text: str, name: str) -> None:
    assert (name, "Checkpoint") in found_entities(nlp, text)


def test_entities_crossing_control_points_bare_post_and_border_post_are_one(nlp: Language) -> None:
    text = "The Norrvik border post was busy on Friday; buses crossed at the Norrvik post all day."
    assert [e for e in found_entities(nlp, text) if e[1] == "Checkpoint"] == [("Norrvik", "Checkpoint")]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the Ossery post would be filled by a career diplomat before June.",
        "Border traffic grew again, the Quillan Post reported in its weekend edition.",
    ],
)
def test_entities_crossing_control_points_other_posts_name_no_crossing(nlp: Language, text: str) -> None:
    assert all(kind != "Checkpoint" for _, kind in found_entities(nlp, text))
