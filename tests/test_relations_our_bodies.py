"""A transcript speaker's "our Coast Guard" or "our Ministry of Interior" is the body of the
speaker's state (from the label, else from the speaker's introduction), whatever state the
sentence names."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body", "state", "other"),
    [
        (
            "HOST: Good evening from Gdansk, where the two leaders have just finished their talks.\n\n"
            "POLISH PRIME MINISTER: Thank you. This month alone our Coast Guard has stopped four boats "
            "near Latvia, as I said to my colleagues.\n\n"
            "HOST: Thank you, Prime Minister.",
            "coast-guard",
            "state/PL",
            "state/LV",
        ),
        (
            "Riga, press point after the talks between Minister Tomas Kerrel and Estonian Interior Minister "
            "Liis Varrak\n\n"
            "MINISTER KERREL: Welcome to Riga, Liis.\n\n"
            "MINISTER VARRAK: Thank you, Tomas. According to our Ministry of Interior, some 4,000 seasonal "
            "workers went to Finland between May and July.\n\n"
            "MINISTER KERREL: Thank you.",
            "interior",
            "state/EE",
            "state/FI",
        ),
    ],
)
def test_relations_our_bodies_are_the_speakers(nlp: Language, text: str, body: str, state: str, other: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if body in s}
    assert state in owners
    assert other not in owners


def test_relations_our_bodies_of_a_speaker_with_no_state_are_the_texts(nlp: Language) -> None:
    text = (
        "Minister Tomas Kerrel meets reporters\n\n"
        "RIGA, 3 May 2026\n\n"
        "REPORTER: Minister, is Latvia ready for the summer season?\n\n"
        "MINISTER KERREL: Yes. Our Coast Guard has already stopped six boats that were heading for Estonia.\n\n"
        "REPORTER: Thank you, Minister."
    )
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if "coast-guard" in s}
    assert owners == {"state/LV"}


def test_relations_our_bodies_need_a_speaker(nlp: Language) -> None:
    text = "Officials said on Monday that the Coast Guard had intercepted four boats near Latvia this month."
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if "coast-guard" in s}
    assert "state/PL" not in owners
