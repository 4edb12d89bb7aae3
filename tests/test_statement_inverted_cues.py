"""A quote closed by "said NAME, TITLE." and an unattributed quote paragraph after it.

Agency and NGO statements put the verb before the speaker ("…," said Jane Roe, the agency's
country director.) and continue the same person's words in the next paragraph with no cue. The
subject there follows its verb, so the words before the verb are no part of it: the speaker
phrase is the subject's own words, and the next paragraph is still that speaker's. Names and
sentences are invented; each wording through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said


@pytest.mark.parametrize(
    "cue",
    [
        "said Teodor Vasquez-Lindahl, the Relief Coalition's Country Director in the region.",
        "said Teodor Vasquez-Lindahl, Country Director of the Relief Coalition.",
        "said Teodor Vasquez-Lindahl.",
    ],
)
def test_statement_inverted_cues_next_paragraph_is_the_same_speakers(nlp: Language, cue: str) -> None:
    follow = "We ask every armed group to keep away from the wells and the clinics."
    text = (
        '"The water trucks were empty when they reached the camp, and the drivers were afraid," '
        f"{cue}\n\n"
        f'"{follow}"\n\n'
        "The coalition has worked in the district since 2015.\n"
    )
    got = said(nlp, text)
    assert [v for k, v in got.items() if follow in k] == ["Teodor Vasquez-Lindahl"]
