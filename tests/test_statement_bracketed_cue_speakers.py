"""A radio bulletin's insert may name its speaker by surname alone in the cue's brackets ("CLIP
(AL-SAYEGH): ..."), after the speaker was introduced in full by the reader. The label was compared
with the person's names up to the colon, closing bracket included ("AL-SAYEGH)"), so the surname
never matched and the bite was nobody's.

Every sentence here is invented; the class is shown in two wordings (a "CLIP" and an "INSERT"
cue, surnames opening with "al-" and "el-", which the model does not read as names on their own),
built with the real model through :func:`kg.extract.extract`.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said


@pytest.mark.parametrize(
    ("intro", "cue", "full"),
    [
        (
            "The harbour master, Captain Rashid bin Salim al-Sayegh, spoke to us before noon.",
            "CLIP (AL-SAYEGH)",
            "Rashid bin Salim al-Sayegh",
        ),
        (
            "Our reporter caught the port's director, Dr Tarek el-Mansouri, on the quay.",
            "INSERT (EL-MANSOURI)",
            "Tarek el-Mansouri",
        ),
    ],
)
def test_a_surname_in_the_cue_brackets_names_the_bite(nlp: Language, intro: str, cue: str, full: str) -> None:
    text = (
        "NOON BULLETIN\n\n"
        f"READER: Two more ferries were held at the quay overnight. {intro}\n\n"
        f"{cue}: We have told the crews to stay in port until the wind drops. Nobody sails before Thursday.\n\n"
        "READER: The weather service expects calmer seas by the weekend.\n"
    )
    speakers = {v for q, v in said(nlp, text).items() if "stay in port" in q}
    assert speakers == {full}
