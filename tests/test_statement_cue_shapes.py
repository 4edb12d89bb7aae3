"""Broadcast cues that name a bite's speaker in other scripts' styles:

* a TV script's instruction before the cue, the name and role after a colon, split by a comma or
  a slash ("TAKE SOT: JO ROE, FARMER", "ROLL SOT: JO ROE / DIRECTOR, PORT AUTHORITY");
* a radio script's numbered insert ("INSERT 1 - JO ROE, TRAVELLER") with its in-words, out-words
  and duration on the lines between the cue and the words; an insert cued by office alone
  ("INSERT 2 - SPOKESPERSON, PORT AUTHORITY") is the holder the bulletin names.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said

DRIVER = "We have not had a raise in four years. We stay out until we get one."
DIRECTOR = "Eleven ships are at anchor tonight. We have asked the government to mediate."


@pytest.mark.parametrize(("verb", "split"), [("TAKE", ", "), ("ROLL", " / ")])
def test_tv_cue_after_an_instruction(nlp: Language, verb: str, split: str) -> None:
    text = (
        "EVENING NEWS - HARBOUR STRIKE\nANCHOR: Dockers in Kalvik walked out this morning.\n\n(VT)\n"
        "The cranes stood still from dawn.\n\n"
        f'{verb} SOT: HALVOR SKJELDAL, CRANE DRIVER\n"{DRIVER}"\n\n'
        "The port authority says ships are waiting in the bay.\n\n"
        f'{verb} SOT: ELSA MARGRETHE BROCH{split}DIRECTOR, KALVIK PORT AUTHORITY\n"{DIRECTOR}"\n\n(END VT)\n'
    )
    out = said(nlp, text)
    assert out[DRIVER] == "Halvor Skjeldal"
    assert out[DIRECTOR] == "Elsa Margrethe Broch"


TRAVELLER = "We slept two nights in the ferry hall. We only want to get home."
OFFICIAL = "The ferry will sail again on Thursday. Lorries have to wait until the weekend."


@pytest.mark.parametrize(
    "data",
    [
        'IN: "The ferry will..."\nOUT: "...until the weekend."\nDUR: 0:14',
        "DUR: 0'14\"",
    ],
)
def test_radio_inserts_with_clip_data(nlp: Language, data: str) -> None:
    text = (
        "RADIO NORDVIK - NEWS AT NOON\nREADER: Brynhild Lund\n\n"
        "The ferry link from Kalvik to Torvik has been suspended since Sunday because of the storm."
        " The port authority's spokesperson, Ragna Holt Eide, told reporters the crossing would reopen soon.\n\n"
        f'INSERT 1 - SPOKESPERSON, KALVIK PORT AUTHORITY\n{data}\n"{OFFICIAL}"\n\n'
        "More than three hundred passengers are waiting in Kalvik.\n\n"
        f'INSERT 2 - HALVOR SKJELDAL, LORRY DRIVER\nDUR: 0:11\n"{TRAVELLER}"\n\n'
        "That is the news at noon.\n"
    )
    out = said(nlp, text)
    assert out[OFFICIAL] == "Ragna Holt Eide"
    assert out[TRAVELLER] == "Halvor Skjeldal"
