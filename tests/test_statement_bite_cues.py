"""A TV script's sound bite whose speaker the cue gives after a dash, or a caption gives above it.

Scripts cue a bite as "SOT - PM ROE: "…"" (the cue word, a dash, then the office and surname in
capitals) or put the speaker in the on-screen caption over a bare cue ("SUPER: Jane Roe / Police
Commander" then "SOT: "…""). Either way the bite is that person's words. Names and sentences are
invented; each wording through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

BITE = "Nine families lost their homes this week. We will rebuild every one of them."


def script(cue: str) -> str:
    return (
        "[PKG - RIVER TOWNS - TRT 1:45]\n"
        "VO: The water reached the market square before dawn.\n\n"
        f'{cue}"{BITE}"\n\n'
        "VO: Volunteers spent the day filling sandbags.\n"
    )


@pytest.mark.parametrize(
    ("cue", "surname"),
    [
        ("SOT - PM TALVERDE-OKORO: ", "Talverde-Okoro"),
        ("SOT – MINISTER HALLORAN-VESS: ", "Halloran-Vess"),
        ("SOUNDBITE / GOVERNOR BRISCOE-NDLOVU: ", "Briscoe-Ndlovu"),
    ],
)
def test_statement_bite_cues_dash_before_the_speaker(nlp: Language, cue: str, surname: str) -> None:
    got = said(nlp, script(cue))
    assert [v.split()[-1] for k, v in got.items() if BITE in k] == [surname]


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("SUPER: Supt Alva Renquist-Moyo / District Police Commander", "Alva Renquist-Moyo"),
        ("CG: Ferran Okafor-Lindt / Head of the River Authority", "Ferran Okafor-Lindt"),
        ("SUPER: Rosa Ines Calderbank-Oyo / Market trader", "Rosa Ines Calderbank-Oyo"),
    ],
)
def test_statement_bite_cues_caption_above_a_bare_cue(nlp: Language, caption: str, name: str) -> None:
    got = said(nlp, script(f"{caption}\nSOT: "))
    assert [v for k, v in got.items() if BITE in k] == [name]


@pytest.mark.parametrize(
    "cue",
    [
        "SOT - VOX POP, MARKET TRADER (male, unnamed): ",
        "VOX POP (woman, unnamed): ",
        "SOT - UNIDENTIFIED FISHERMAN, HARBOUR: ",
    ],
)
def test_statement_bite_cues_an_unnamed_passer_by_is_nobody(nlp: Language, cue: str) -> None:
    text = script(cue) + '\nSOT - MAYOR ILSE VARANGER: "Every trader will get a grant."\n'
    got = {quote: name.casefold() for quote, name in said(nlp, text).items()}
    assert got == {"Every trader will get a grant.": "ilse varanger"}


def script_below(cue: str) -> str:
    """The cue or label on a line of its own, the words on the line below, as many scripts lay it out."""
    return (
        "[PKG - RIVER TOWNS - TRT 1:45]\n"
        "VO:\nThe water reached the market square before dawn.\n\n"
        f'{cue}\n"{BITE}"\n'
        'OUT: "...every one of them."\n\n'
        "VO:\nVolunteers spent the day filling sandbags.\n"
    )


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("SOT - TRADER JONAS ELLERT-VIK:", "JONAS ELLERT-VIK"),
        ("CLIP - SKIPPER TOM HARVILLE (0'10):", "TOM HARVILLE"),
    ],
)
def test_statement_bite_cues_label_on_the_line_above(nlp: Language, cue: str, name: str) -> None:
    """The bite below a cue line is the cued person's, named without the trade before the name or the
    clip's running time after it; the narration's "VO:" lines say nothing of theirs."""
    got = said(nlp, script_below(cue))
    assert got.get(BITE, "").casefold() == name.casefold()
    assert not any("sandbags" in quote or quote == "VO:" for quote in got)
