"""A title "of the Bureau", "of the Joint Staff": official texts name a body in full once and
then by its capitalised head alone; the office is in the body last named in full whose name ends
with those words or opens with them before "of".

Invented sentences through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _posts(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    return {(p.holder, p.title, p.post_in) for p in out.positions}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Pilotage fees will rise in May, the Bureau of Harbour Pilots said on Monday.\n\n"
            "The head of the Bureau, Ms. Ilona Tessarek, said that pilots were scarce.",
            ("person/ilona-tessarek", "Head", "agency/bureau-of-harbour-pilots"),
        ),
        (
            "Night patrols were ordered on Friday by the Joint Staff, which commands the Reef Guard. The "
            "spokeswoman of the Joint Staff, Major Hedda Quillan, said the launches were fuelled.",
            ("person/hedda-quillan", "Spokeswoman", "agency/joint-staff"),
        ),
    ],
)
def test_positions_short_body_names_body_named_before(
    nlp: Language, text: str, post: tuple[str, str, str | None]
) -> None:
    assert post in _posts(nlp, text)
