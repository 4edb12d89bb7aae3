"""A hearing's record gives its members' offices in a roll ("Present: Hon. Jo Roe, MP
(Chairperson); Hon. Ana Lind, MP.") or in the turn labels ("JO ROE (Chair): ..."): ", MP" is a
member of parliament, a bracketed chairing word the chair of the committee the text names. Both
were read as asides and gave no position.

Every sentence here is invented; the class is shown in two wordings (a roll under a parliament's
header, chair labels under a lead naming the committee), built with the real model through
:func:`kg.extract.extract`, and a near miss: a chair of no named body is left out.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from kg.extract import extract
from kg.model import Article

_ROLL = (
    "PARLIAMENT OF UGANDA\n"
    "Sessional Committee on Fisheries\n"
    "Minutes of the sitting of 2 May 2026\n\n"
    "In attendance: Hon. Esther Drumcarrow, MP (Chairperson); Hon. Jonas Pellstone, MP; Hon. Rhoda Lisbourne, MP.\n\n"
    "CHAIR: Order. We welcome the Director of Fisheries.\n\n"
    "WITNESS (Mr. Owen Harwick): Thank you, Chairperson. The lake gave eleven thousand tonnes of fish last year.\n\n"
    "HON. PELLSTONE: Why are the nets still seized at Kasensero?\n\n"
    "WITNESS (Mr. Owen Harwick): Because the mesh is too small.\n"
)

_LABELS = (
    "The Select Committee on Fisheries of the Parliament of Uganda heard the Director of "
    "Fisheries, Owen Harwick, on Tuesday.\n\n"
    "ESTHER DRUMCARROW (Chair): Mr Harwick, please begin.\n\n"
    "OWEN HARWICK: Thank you. The lake gave eleven thousand tonnes of fish last year.\n\n"
    "JONAS PELLSTONE: Why are the nets still seized at Kasensero?\n\n"
    "OWEN HARWICK: Because the mesh is too small.\n\n"
    "ESTHER DRUMCARROW (Chair): Thank you. The sitting is closed.\n"
)


def _offices(nlp: Language, text: str) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 5, 2)))
    types = {e.key: e.type for e in out.entities}
    return {p.holder: (p.title, types.get(p.post_in or "", "")) for p in out.positions}, types


def test_a_roll_gives_members_and_the_chair(nlp: Language) -> None:
    held, _ = _offices(nlp, _ROLL)
    assert held["person/esther-drumcarrow"] == ("Chairperson", "Agency"), held
    assert held["person/jonas-pellstone"] == ("Member of Parliament", "Agency"), held
    assert held["person/rhoda-lisbourne"] == ("Member of Parliament", "Agency"), held


def test_a_chair_label_gives_the_chair_of_the_committee(nlp: Language) -> None:
    held, _ = _offices(nlp, _LABELS)
    assert held["person/esther-drumcarrow"] == ("Chair", "Agency"), held


def test_a_chair_of_no_named_body_holds_nothing(nlp: Language) -> None:
    text = _LABELS.replace("The Select Committee on Fisheries of the Parliament of Uganda heard", "Lawmakers heard")
    held, _ = _offices(nlp, text)
    assert "person/esther-drumcarrow" not in held, held
