"""A turn label may give the office first and the name after a comma: "DEPUTY DIRECTOR FOR
BORDERS, SUBCOMMISSIONER ANA MAVI TORSK: Traffic has not been interrupted." The reader of labels
keeps the words before the comma, which name no one (or a stray capitalised phrase), so the turn
was given to nobody or to a stub; the whole label up to its colon names the speaker, and of the
people it names the one with the most of its name's words in it speaks.

Every sentence here is invented; the class is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`, with a near miss that keeps its usual speaker.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2024, 9, 3)


def _speakers(nlp: Language, text: str) -> dict[str, str]:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    return {s.quote: names[s.speaker] for s in out.statements}


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("DEPUTY DIRECTOR FOR BORDERS, SUBCOMMISSIONER ANA MAVI TORSK", "TORSK"),
        ("HEAD OF THE HARBOUR SERVICE, COMMISSIONER TEODOR VALK ORMEN", "ORMEN"),
    ],
)
def test_the_name_after_the_comma_of_a_label_speaks(nlp: Language, label: str, name: str) -> None:
    text = (
        "Press conference of the border service\n\n"
        "DIRECTOR GENERAL TAVO RENSIK ALMARO: Good morning. The crossing at the river remains open to all traffic.\n\n"
        f"{label}: Traffic through the northern post has not been interrupted since Sunday.\n\n"
    )
    said = _speakers(nlp, text)
    quote = next(q for q in said if q.startswith("Traffic through"))
    assert said[quote].upper().endswith(name)


def test_a_label_with_the_name_first_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "Press conference of the border service\n\n"
        "DIRECTOR GENERAL TAVO RENSIK ALMARO, HEAD OF THE BORDER SERVICE: The crossing at the river remains"
        " open to all traffic since Sunday.\n\n"
    )
    said = _speakers(nlp, text)
    assert all(v.upper().endswith("ALMARO") for v in said.values()) and said
