"""A TV script's caption in brackets over a bite whose label gives the speaker's role alone.

Scripts write every cue in brackets, the caption too ("[SUPER: Jane Roe / farmer]"), and label
the bite by what the speaker is ("FARMER: "…"", "HARBOUR MASTER: "…""). The caption was read only
at a line's start and only over a bare "SOT:" cue, so neither the caption's person nor the bite's
speaker was found. Names and sentences are invented; each wording through the real model, with a
near miss: the reporter's line under a caption stays the programme's narration.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

BITE = "We will reopen the harbour as soon as the wind drops below gale force."


def script(caption: str, label: str) -> str:
    return (
        "EVENING NEWS - ITEM 3: FERRY PORT CLOSED\n\n"
        "[ANCHOR ON CAM]\n"
        "ANCHOR: The ferry port has been closed after a storm. Our reporter Kaspar Merrow reports.\n\n"
        "[VO - queue of cars at the gate]\n"
        "REPORTER (VO): Hundreds of cars are waiting at the gate.\n\n"
        "[SOT - harbour]\n"
        f"{caption}\n"
        f'{label}: "{BITE}"\n\n'
        "[ENDS]\n"
    )


@pytest.mark.parametrize(
    ("caption", "label", "name"),
    [
        ("[SUPER: Anselm Kortright / Harbour Master]", "HARBOUR MASTER", "Anselm Kortright"),
        ("(SUPER: Ottilie Brandvold / farmer)", "FARMER", "Ottilie Brandvold"),
        ("[CG: Tamsin Harrowgate / ferry passenger]", "PASSENGER", "Tamsin Harrowgate"),
    ],
)
def test_statement_bracketed_caption_names_the_role_labelled_bite(
    nlp: Language, caption: str, label: str, name: str
) -> None:
    got = said(nlp, script(caption, label))
    assert [v for k, v in got.items() if BITE in k] == [name], got


def test_statement_bracketed_caption_leaves_the_reporter_narrating(nlp: Language) -> None:
    text = (
        "[SUPER: Ysolde Brandvold / Valdoria]\n"
        "REPORTER: The harbour has been closed since Sunday, and the queue keeps growing.\n\n"
        "[SUPER: Anselm Kortright / Harbour Master]\n"
        f'HARBOUR MASTER: "{BITE}"\n'
    )
    got = said(nlp, text)
    assert not [k for k in got if "queue keeps growing" in k], got
    assert [v for k, v in got.items() if BITE in k] == ["Anselm Kortright"], got
