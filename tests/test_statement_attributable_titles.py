"""A title line "Statement attributable to TITLE NAME on …" with no colon after it: the text
below is that person's words, as after "Statement by …" or "… attributable to NAME:".

Invented statements through the real model and every extractor.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

_BODY = (
    "The harbour board learned on Friday that the pilot launch serving the northern quays has a cracked "
    "hull and will stay on the slipway until October. Night arrivals will be held at the outer anchorage "
    "until it returns.\n\n"
    "About 300 vessels call at the northern quays each month, nearly all of them after dark. "
    "Shipping lines have been told to expect longer queues at the anchorage.\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "Statement attributable to the Harbour Board Spokesperson, Ms. Ilona Tessarek, on the pilot launch\n\n",
        "REMARKS ATTRIBUTABLE TO HARBOUR MASTER ILONA TESSAREK REGARDING NIGHT ARRIVALS\n\n",
    ],
)
def test_statement_attributable_titles_body_is_the_speakers(nlp: Language, head: str) -> None:
    text = head + _BODY
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    said = [s.quote for s in out.statements if s.speaker == "person/ilona-tessarek"]
    assert any("300 vessels" in q for q in said)
