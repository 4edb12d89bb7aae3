"""An attack verb placed by "at": "gunmen attacked a patrol at the X border post".

The object of the attack is often unnamed (a patrol, a convoy, a guard post) and the place it
was struck is given by "at"; a border post is a crossing, which an attack may target. Invented
sentences through the real model, with a near miss ("at dawn") that names no place.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2026, 4, 14)


def _attacks(nlp: Language, text: str) -> list[tuple[tuple[str, ...], str | None]]:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    return [(e.target, e.date) for e in out.events if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    ("text", "target", "day"),
    [
        ("Gunmen attacked a customs patrol at the Oshoek border post on Sunday.", "checkpoint/oshoek", "2026-04-12"),
        (
            "On 2 April raiders attacked an immigration patrol at the Mahamba border post, injuring an officer.",
            "checkpoint/mahamba",
            "2026-04-02",
        ),
    ],
)
def test_events_attacks_at_a_border_post(nlp: Language, text: str, target: str, day: str) -> None:
    found = _attacks(nlp, text)
    assert len(found) == 1
    assert target in found[0][0] and found[0][1] == day


def test_events_attacks_at_a_time_names_no_place(nlp: Language) -> None:
    assert not _attacks(nlp, "Soldiers attacked at dawn.")
