"""A transcript may label a speaker of a given name and two surnames by the first surname:
"Press conference of the Government Spokesperson, Tomas Beltrano Urquiza" then "SPOKESPERSON
BELTRANO: ...". The label matched only a name's last word, so the turns went to a second person
made of the given name and the label's word ("Tomas Beltrano"), a node no one else shares.

Every sentence here is invented; the class is shown in two wordings (an office label and a bare
surname label), built with the real model through :func:`kg.extract.extract`, with a near miss
whose particle ("de") is never a label.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.transcript import label_matches
from kg.model import Article

PUBLISHED = date(2025, 3, 4)


def _speakers(nlp: Language, text: str) -> tuple[dict[str, str], set[str]]:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    people = {e.name for e in out.entities if e.type == "Person"}
    return {s.quote: names[s.speaker] for s in out.statements}, people


@pytest.mark.parametrize(
    ("opening", "label", "full"),
    [
        (
            "Press conference of the Government Spokesperson, Tomas Beltrano Urquiza\nGovernment House, Tuesday",
            "SPOKESPERSON BELTRANO",
            "Tomas Beltrano Urquiza",
        ),
        (
            "Briefing of the Interior Minister, Liria Castellvi Moraga, on the northern roads",
            "CASTELLVI",
            "Liria Castellvi Moraga",
        ),
    ],
)
def test_a_label_of_the_first_surname_is_the_full_names_speaker(
    nlp: Language, opening: str, label: str, full: str
) -> None:
    text = (
        f"{opening}\n\n"
        f"{label}: Good morning. The road to the valley will be cleared by the police this week.\n\n"
        "ODALYS FERRENO (Radio Quintela): How many officers will be sent?\n\n"
        f"{label}: About three hundred and ten officers will be sent before Friday.\n"
    )
    said, people = _speakers(nlp, text)
    ours = {v for q, v in said.items() if "officers will be sent before" in q or "cleared by the police" in q}
    assert ours == {full}, said
    assert " ".join(full.split()[:2]) not in people, people


def test_a_particle_before_the_surname_names_no_one() -> None:
    assert label_matches("MINISTER VRIES", "Marta de Vries")
    assert not label_matches("MINISTER DE", "Marta de Vries")
    assert label_matches("MINISTER QUIROGA", "Ana Lucia Quiroga Mendez")
