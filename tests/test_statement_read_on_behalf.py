"""Words read out or put out "on behalf of" someone are that person's, not the reader's.

An aide reads a chief's words to the press ("Captain X read a statement on behalf of the navy's
chief, Admiral Y, to reporters"), or a press desk publishes them under a title line naming the
chief ("A message released on behalf of Z, Fisheries Minister"). The quotation below, or the body
under the title, is the chief's. Sentences and names are invented; each class in two wordings,
through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

_WORDS = "Two patrol boats were damaged in the storm, and both crews are safe."


@pytest.mark.parametrize(
    "lead",
    [
        "Captain Ama Fenwick, the navy's spokeswoman, read a statement on behalf of Ghana's naval chief, "
        "Rear Admiral Kobina Oduro-Pell, to reporters in Accra.",
        "In Accra on Tuesday a short statement was read out on behalf of Ghana's Chief of Naval Staff, Rear "
        "Admiral Kobina Oduro-Pell, by Captain Ama Fenwick.",
    ],
)
def test_statement_read_on_behalf_is_the_chiefs(nlp: Language, lead: str) -> None:
    text = f'{lead}\n\n"{_WORDS} We will report again tomorrow."\n\nThe navy gave no further details.\n'
    got = said(nlp, text)
    assert [v for k, v in got.items() if _WORDS in k] == ["Kobina Oduro-Pell"]


@pytest.mark.parametrize(
    "title",
    [
        "Speech read on behalf of Abena Korsgaard, Minister for Fisheries, to the boat owners",
        "Remarks delivered on behalf of the Fisheries Minister, Abena Korsgaard, at the harbour in Takoradi",
    ],
)
def test_statement_title_issued_on_behalf_names_the_voice(nlp: Language, title: str) -> None:
    body = (
        "This week I met the boat owners of the eastern coast. "
        "We will open two new landing sites before the rainy season, and I have asked the "
        "harbour board to cut the fees for small canoes by a third."
    )
    text = f"{title}\n\nAccra, 3 March 2025\n\n{body}\n"
    got = said(nlp, text)
    assert got and set(got.values()) == {"Abena Korsgaard"}
