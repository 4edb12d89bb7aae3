"""Statements of transcripts whose reporter or presenter addresses the guest by office or name
("PRESENTER: Minister, what ...?", "REPORTER: Minister, Minister, ..."): the address is no credit
naming the programme's own reporter, so the guest's "MINISTER NAME:" turns stay statements.

Every sentence here is invented, in two or more wordings, built with the real model through
:func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.transcript import narrators
from kg.model import Article, DocExtraction

PUBLISHED = date(2025, 11, 20)


def build(nlp: Language, text: str) -> DocExtraction:
    return extract(nlp(text), Article("t", text, "test", published=PUBLISHED))


def said_by(out: DocExtraction) -> dict[str, str]:
    """Each statement's quote -> its speaker's name."""
    names = {e.key: e.name for e in out.entities}
    return {s.quote: names[s.speaker] for s in out.statements}


RADIO = (
    "COASTAL RADIO - MORNING EDITION\n\n"
    "PRESENTER (Tamsin Achterberg): Good morning. Joining us is the Minister for Fisheries, "
    "Oisín Mac Ruairc.\n\n"
    "PRESENTER: Minister, why were the trawlers turned back?\n\n"
    "MINISTER MAC RUAIRC: The quota for the autumn was spent by Tuesday. Nobody was turned back "
    "without a warning first.\n\n"
    "PRESENTER: Six boats in one week. Is that normal?\n\n"
    "MINISTER MAC RUAIRC: It is the highest number in a decade, and we will publish every case.\n"
)

DOORSTEP = (
    "Remarks to the press by General Konstantin Irribarra, Minister of Defence, at the Pellworm depot\n\n"
    "MINISTER IRRIBARRA: The depot reopens on Monday. The engineers finished the repairs a week early.\n\n"
    "REPORTER: Minister, Minister, what about the convoy that was stopped?\n\n"
    "MINISTER IRRIBARRA: That convoy carried spare parts, nothing more. It moves again tomorrow.\n\n"
    "REPORTER: Are you sending more troops to the coast?\n\n"
    "MINISTER IRRIBARRA: No. The numbers on the coast stay as they are.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "opening"),
    [
        (RADIO, "Oisín Mac Ruairc", "The quota for the autumn"),
        (RADIO, "Oisín Mac Ruairc", "It is the highest number"),
        (DOORSTEP, "Konstantin Irribarra", "The depot reopens"),
        (DOORSTEP, "Konstantin Irribarra", "That convoy carried"),
        (DOORSTEP, "Konstantin Irribarra", "No. The numbers"),
    ],
)
def test_statement_vocative_credits_keep_the_addressed_guests_turns(
    nlp: Language, text: str, name: str, opening: str
) -> None:
    said = said_by(build(nlp, text))
    assert [v for k, v in said.items() if k.startswith(opening)] == [name]


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("REPORTER: Jo Brannagh / DUR: 1'50\"\n\nBRANNAGH: The road is shut.\n", {"Jo Brannagh"}),
        ("Interviewer: Halvard Strand.\n\nQ: Why now?\n", {"Halvard Strand"}),
        ("PRESENTER: Minister, why now?\n\nREPORTER: Are you leaving?\n", set()),
        ("PRESENTER: Twenty-two in a month. Is that many?\n", set()),
    ],
)
def test_statement_vocative_credits_only_a_credit_names_the_reporter(text: str, credited: set[str]) -> None:
    assert narrators(text) == credited
