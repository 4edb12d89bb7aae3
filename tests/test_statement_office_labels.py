"""Transcript turns labelled by office alone, or by nationality and office, are the holder's words:

* "MINISTER:" is the minister the header or the host presents, not another state's minister the
  speaker names later ("my Peruvian colleague, Minister X");
* "LATVIAN PRIME MINISTER:" is the prime minister the text gives for Latvia, of several leaders.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said

PANEL = [
    "ON THE PANEL: Minister of Transport Renata Oyarzo Lemuñir; Captain Bruno Talca Riquelme, Harbour Master",
    "Speakers: Dr. Renata Oyarzo Lemuñir, Minister of Transport, and the harbour master, Bruno Talca Riquelme",
]
LATER = [
    "This morning I called my Peruvian colleague, Minister Hector Almagro Quispe. Peruvian ports will take"
    " twenty of the waiting ships.",
    "I spoke to Peru's Minister of Production, Hector Almagro Quispe, an hour ago. Peruvian ports will take"
    " twenty of the waiting ships.",
]


@pytest.mark.parametrize(("panel", "later"), list(zip(PANEL, LATER, strict=True)))
def test_office_label_is_the_presented_holder(nlp: Language, panel: str, later: str) -> None:
    text = (
        "MINISTRY OF TRANSPORT - REPUBLIC OF CHILE\nPress conference on the port strike\n"
        f"Valparaiso, Monday 4 May 2026\n\n{panel}\n\n"
        "MINISTER: Good morning. Since Friday, ninety ships have waited outside the port of Valparaiso.\n\n"
        "QUESTION (Pia Soto, Radio Costa): Minister, have you asked Peru for help?\n\n"
        f"MINISTER: {later}\n"
    )
    out = said(nlp, text)
    assert out[later] == "Renata Oyarzo Lemuñir"
    assert "Renata Oyarzo Lemuñir" in {v for k, v in out.items() if k.startswith("Good morning")}


OPENINGS = [
    "HOST: Welcome. Prime Minister Aivars Kalnins of Latvia and President Maarika Tamm of Estonia will each"
    " speak, and then we take your questions.",
    "MODERATOR: Good afternoon. We will hear first from the Latvian Prime Minister, Aivars Kalnins, then from"
    " Estonia's President, Maarika Tamm.",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_nationality_and_office_label_is_that_states_holder(nlp: Language, opening: str) -> None:
    text = (
        "Joint press conference after the Baltic rail talks\nRiga, 12 May 2026\n\n"
        f"{opening}\n\n"
        "LATVIAN PRIME MINISTER: We agreed to open the new rail crossing at Valka in September.\n\n"
        "ESTONIAN PRESIDENT: Our freight trains will run every night from the first week.\n\n"
        "Q (Ilmar Vella Ruud, Baltic Wire): Will passengers use it too?\n\n"
        "LATVIAN PRIME MINISTER: Passengers will follow next spring, once the platforms are built.\n"
    )
    out = said(nlp, text)
    assert out["We agreed to open the new rail crossing at Valka in September."] == "Aivars Kalnins"
    assert out["Our freight trains will run every night from the first week."] == "Maarika Tamm"
    assert out["Passengers will follow next spring, once the platforms are built."] == "Aivars Kalnins"
