"""A speaker whose name follows an abbreviated form of address or rank ("Hon.", "Amb.", "Cllr.").

The quote-aware sentence splitter took the full stop of "Hon." for the end of a sentence, so the
cue lost its speaker ("…," said Hon. X.) or the quote its cue (Hon. X said: "…") and no
statement was made. Every abbreviated rank and form of address the tokenizer keeps whole is no
sentence end. Names and sentences are invented; each wording through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

_QUOTE = "Nobody at the port should wait more than a day for a permit"


@pytest.mark.parametrize(
    "sentence",
    [
        f'Opening the new terminal, Hon. Orlaith Denvane said: "{_QUOTE}."',
        f'"{_QUOTE}," said Hon. Orlaith Denvane.',
        f'"{_QUOTE}," Amb. Denvane told reporters after the visit.',
        f'"{_QUOTE}," Cllr. Denvane said on Friday.',
    ],
)
def test_statement_after_an_abbreviated_address(nlp: Language, sentence: str) -> None:
    text = f"The Minister of Trade, Orlaith Denvane, toured the harbour on Thursday. {sentence}\n"
    got = said(nlp, text)
    assert [v for k, v in got.items() if k.startswith(_QUOTE)] == ["Orlaith Denvane"], got
