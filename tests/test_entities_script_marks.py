"""A broadcast script's marks, cue roles and a programme's or document's title name nothing.

"(VT)", "[VO - ...]", "Producer: J. Roe", "ANCHOR INTRO (NAME):", "QUESTION (NAME, OUTLET):",
"STATION: LATE NEWS", "Transcript of the Daily Press Briefing": the model reads them as bodies,
persons or a dateline's town. Invented scripts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.entities import find_entities
from kg.model import Article
from kg.nlp.script_marks import script_furniture


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name.casefold(): e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        (
            "TARVEL TV - NIGHT DESK\n\nANCHOR INTRO (ILSE MARROW):\nLorries queued for six hours at the Dunvik "
            "crossing yesterday.\n\n(VT)\nDrivers slept in their cabs.\n\n(END VT)\n\nANCHOR (ILSE MARROW):\n"
            "The crossing reopens on Friday.\n",
            ("vt", "end vt", "anchor intro"),
        ),
        (
            "KORVA FM: LATE NEWS (read at 23.00; Producer: T. Brenlo)\n\n[JINGLE]\n\n"
            "NEWSREADER (Oskar Vell): Good afternoon. Lorries are queuing at the Dunvik crossing.\n\n"
            "[VO - lorries at the barrier, Dunvik]\nThe queue runs back four kilometres.\n",
            ("late news", "producer", "vo"),
        ),
    ],
)
def test_entities_script_marks_name_nothing(nlp: Language, text: str, marks: tuple[str, ...]) -> None:
    named = _named(nlp, text)
    assert [m for m in marks if m in named] == []


@pytest.mark.parametrize(
    "text",
    [
        "Daily Press Briefing (verbatim)\nSolvane, 4 May\n\nThe spokesperson, Lissa Crane, opened the briefing.\n",
        "Morning Press Briefing Transcript\n\nThe spokesperson, Lissa Crane, opened the briefing.\n",
    ],
)
def test_entities_script_marks_document_titles_are_no_places(nlp: Language, text: str) -> None:
    named = _named(nlp, text)
    assert set(named) <= {"lissa crane", "solvane"}  # the person and the dateline's town, no title


def test_entities_script_marks_words() -> None:
    """Marks, roles and a programme's kind alone are furniture; one word of a name makes a name."""
    assert script_furniture(["END", "VT"])
    assert script_furniture(["Evening", "News"])
    assert script_furniture(["Daily", "Press", "Briefing"])
    assert not script_furniture(["Sky", "News"])
    assert not script_furniture(["Press", "TV"])  # media words alone: a station's name
    assert not script_furniture(["Evening"])


def test_entities_script_marks_anchor_cue_speaks_as_the_bracketed_name(nlp: Language) -> None:
    text = (
        "ANCHOR INTRO (ILSE MARROW):\nThe Dunvik crossing reopens on Friday, the port said.\n\n"
        "ANCHOR (ILSE MARROW):\nThat was our top story tonight.\n"
    )
    found = extract(nlp(text), Article(id="t", text=text, source="test"))
    assert not [e for e in found.entities if "anchor" in e.name.casefold()]
    assert not [s for s in found.statements if "anchor" in s.speaker]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "[00:01:06] CALLER (Tessaly, Harlockby): I run a bakery near the bridge, and since the detour "
            "began half my customers have stayed away.\n\n[00:01:30] HOST: Thank you for calling.",
            "CALLER",
        ),
        (
            "PRESENTER: Next, someone from the coast.\n\nLISTENER (Orvin, Saltby): The ferry has been late "
            "every day this week.\n",
            "LISTENER",
        ),
    ],
)
def test_entities_script_marks_phone_in_roles_name_nothing(nlp: Language, text: str, role: str) -> None:
    """A phone-in's role before the caller's name and town is a cue, no body: the name speaks."""
    named = _named(nlp, text)
    assert role.casefold() not in named
    assert named.get("tessaly", named.get("orvin")) == "Person"
