"""Statements of a programme that credits several hosts on one line ("Hosts: Jane Doe (Northtown)
and Jo Roe") and labels their turns by given name ("JANE:"): the hosts' turns narrate the story;
the guests' words, in their own turns or clips, stay statements.

Every sentence here is invented, in two wordings, built with the real model through
:func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.transcript import is_narrator, narrators
from kg.model import Article

PUBLISHED = date(2025, 8, 14)

PODCAST = (
    "THE LONG CROSSING - a podcast about borders, episode 7\n"
    "Hosts: Brigid Tallantire (Hobart) and Faustina Oberlin (Perth)\n\n"
    "BRIGID: Welcome back, everyone. Faustina, the ferry strike is in its third week.\n\n"
    "FAUSTINA: It is, Brigid. The port authority says forty lorries a day are now waiting at the quay.\n\n"
    "BRIGID: I spoke to the transport minister, Jorund Kasprzak, on Tuesday.\n\n"
    "KASPRZAK: The ferries will sail again on Monday. We have agreed a new rota with the crews.\n\n"
    "FAUSTINA: That's the first date anyone has given.\n"
)

SHOW = (
    "Morning Wire, radio magazine\n"
    "Presenters: Brigid Tallantire, Faustina Oberlin\n\n"
    "FAUSTINA: Good morning. The road to the border reopened overnight after three days of floods.\n\n"
    "BRIGID: And the governor, Perpetua Ngalle, is on the line. Governor, is it safe?\n\n"
    "NGALLE: It is safe for cars. Lorries must wait until the bridge has been inspected on Thursday.\n\n"
    "BRIGID: Thank you. Faustina, the weather next.\n"
)


@pytest.mark.parametrize(
    ("text", "guest", "opening"),
    [(PODCAST, "Jorund Kasprzak", "The ferries will sail"), (SHOW, "Perpetua Ngalle", "It is safe for cars")],
)
def test_statement_credited_hosts_narrate(nlp: Language, text: str, guest: str, opening: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    said = {s.quote: names[s.speaker] for s in out.statements}
    assert [v for k, v in said.items() if k.startswith(opening)] == [guest]
    assert set(said.values()) == {guest}  # no host turn, under any name


def test_statement_credited_hosts_given_names_label_only_the_credited() -> None:
    credited = narrators(PODCAST)
    assert {"Brigid Tallantire", "Faustina Oberlin"} <= credited
    assert is_narrator("FAUSTINA", credited)
    assert not is_narrator("KASPRZAK", credited)
    assert not is_narrator("BRIGIDA", credited)
