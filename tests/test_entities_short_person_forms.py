"""Shorter forms of a person's name that the text uses after the full name join that person.

An initial and the surname on a signature line ("J. Roe" after "Jane Roe"); the surname of a
romanised Chinese name whose given name follows it ("Mr Fung" of "Priscilla Fung Siu-lan"); the
given name and patronymic a host addresses a guest by ("Oleg Borisovich" of "Oleg Roe", named
without the patronymic). Where two full names could own the short form, it stays apart.

Every name and sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


def _owners(nlp: Language, text: str, short: str) -> set[str]:
    return {lk.name for lk in link_mentions(nlp(text)) if lk.text == short}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The Deputy Director of Customs, Ms Priscilla Fung Siu-lan, opened the new lanes on Monday.\n\n"
            "Ms Fung added that queues at the morning peak had fallen by half since spring.",
            "Fung",
            "Priscilla Fung Siu-lan",
        ),
        (
            "Mr Derek Chow Ka-leung, who chairs the harbour board, met shipping agents on Thursday.\n\n"
            "The agents asked for longer hours at the ferry pier, and Mr Chow promised a reply within a week.",
            "Chow",
            "Derek Chow Ka-leung",
        ),
    ],
)
def test_short_forms_surname_before_a_chinese_given_name(nlp: Language, text: str, short: str, full: str) -> None:
    assert _owners(nlp, text, short) == {full}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Talks on the fishing treaty were led by Ilkka Koskivaara, head of the legal department.\n\n"
            "Done in two copies, in English and in Finnish.\n\n"
            "Initialled in the capital on behalf of the ministry: I. Koskivaara",
            "I. Koskivaara",
            "Ilkka Koskivaara",
        ),
        (
            "Halvard Brekke, the harbour master, signed the new berthing rules on Wednesday.\n\n"
            "Signed: H. Brekke, Harbour Master",
            "H. Brekke",
            "Halvard Brekke",
        ),
    ],
)
def test_short_forms_initial_and_surname(nlp: Language, text: str, short: str, full: str) -> None:
    assert _owners(nlp, text, short) == {full}


def test_short_forms_initial_shared_by_two_people_stays_apart(nlp: Language) -> None:
    text = (
        "Halvard Brekke and his sister Hanne Brekke both sit on the harbour board.\n\nSigned: H. Brekke, Harbour Master"
    )
    assert _owners(nlp, text, "H. Brekke") == {"H. Brekke"}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "HOST: Joining me now is the deputy mayor Oleg Starovoitov.\n\n"
            "HOST: Oleg Borisovich, how long will the bridge stay shut?\n\n"
            "STAROVOITOV: We hope the repairs are done by spring.",
            "Oleg Borisovich",
            "Oleg Starovoitov",
        ),
        (
            "Our guest this morning is Gulnara Tairova, who runs the regional roads agency.\n\n"
            "PRESENTER: Gulnara Rustamovna, drivers are asking why the pass is still closed.",
            "Gulnara Rustamovna",
            "Gulnara Tairova",
        ),
    ],
)
def test_short_forms_patronymic_address_of_a_name_without_it(nlp: Language, text: str, short: str, full: str) -> None:
    assert _owners(nlp, text, short) == {full}


def test_short_forms_patronymic_address_of_two_namesakes_stays_apart(nlp: Language) -> None:
    text = (
        "HOST: With me are Oleg Starovoitov of the city council and Oleg Vinnik of the port.\n\n"
        "HOST: Oleg Borisovich, let's start with you."
    )
    assert _owners(nlp, text, "Oleg Borisovich") == {"Oleg Borisovich"}
