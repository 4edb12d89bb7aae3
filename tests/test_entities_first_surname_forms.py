"""A name of a given name and two surnames, written later with the first surname only.

"the Minister of Defence, Ramiro Toledano Quiroz" and then "Minister Ramiro Toledano, thank you"
or "Toledano Quiroz ... Ramiro Toledano said": Spanish and Portuguese names drop the second
surname as often as news drops a middle name, but only the name without its middle words joined
the full one, so the shorter form became a second person (and took the turns of a label that
names the first surname). Every sentence is invented; two wordings through the real model, and a
near miss: a different given name with the same surname stays apart.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _people(nlp: Language, text: str) -> list[str]:
    out = extract(nlp(text), Article("t", text, "test", published=date(2025, 3, 4)))
    return sorted(e.name for e in out.entities if e.type == "Person")


@pytest.mark.parametrize(
    "text",
    [
        (
            "Interview with the Minister of Defence, Ramiro Toledano Quiroz, on Radio Kessel.\n\n"
            "INTERVIEWER: Minister, will the troops stay?\n\n"
            "MINISTER TOLEDANO: They remain in the valley for now.\n\n"
            "INTERVIEWER: Minister Ramiro Toledano, thank you.\n"
        ),
        (
            "The governor, Elvira Ibarguren Salcedo, visited the flooded valley on Monday. "
            "Elvira Ibarguren told reporters that two hundred families had left their homes."
        ),
    ],
)
def test_entities_given_name_and_first_surname_join_the_full_name(nlp: Language, text: str) -> None:
    people = _people(nlp, text)
    assert len([p for p in people if p.split()[0] in ("Ramiro", "Elvira")]) == 1, people


def test_entities_another_given_name_with_the_surname_stays_apart(nlp: Language) -> None:
    text = (
        "The governor, Elvira Ibarguren Salcedo, visited the flooded valley on Monday. "
        "Her brother, Tomas Ibarguren, told reporters that two hundred families had left their homes."
    )
    people = _people(nlp, text)
    assert "Tomas Ibarguren" in people and "Elvira Ibarguren Salcedo" in people, people
