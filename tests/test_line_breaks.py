"""kg_line_breaks: a sentence starts after every line break, found from the text's breaks.

The component finds the tokens that hold a line break by their offsets instead of reading every
token; these tests hold it to the token-by-token reading it replaced, on written cases and on
random mixes of words, blanks, tabs and line breaks.
"""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from kg.nlp.lines import mark_line_starts


def _reference(doc: Doc) -> list[int]:
    """The first token after each run of whitespace tokens holding a line break, read token by token."""
    out, after_break = [], False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
        elif after_break:
            out.append(token.i)
            after_break = False
    return out


_NLP = spacy.blank("en")


def _starts(text: str) -> list[int]:
    doc = mark_line_starts(_NLP.make_doc(text))
    return [t.i for t in doc if t.is_sent_start and t.i > 0]


def test_line_breaks_start_a_sentence_after_each_line() -> None:
    text = "Ferry halted at Quelby\nThe operator said the ramp failed"
    doc = _NLP.make_doc(text)
    assert _starts(text) == [5] == _reference(doc)
    assert doc[5].text == "The"


def test_line_breaks_blank_lines_and_indents_mark_the_first_word_or_blank() -> None:
    for text in (
        "Notice to travellers\n\n  Crossings at Varnholm stay shut until Friday",
        "NOTICE\r\n\r\nCrossings stay shut.\n \nBuses run from Quelby instead",
        "No break in this one at all, only blanks  and\ttabs",
        "\n\nOpening breaks before the first word\n",
    ):
        assert _starts(text) == _reference(_NLP.make_doc(text)), text


_PARTS = st.sampled_from(["Ferry", "ramp", ".", ",", " ", "  ", "\t", "\n", "\n\n", " \n", "\n ", "\r\n", "—"])


@settings(max_examples=300)
@given(st.lists(_PARTS, max_size=40))
def test_line_breaks_match_the_token_by_token_reading(parts: list[str]) -> None:
    text = "".join(parts)
    assert _starts(text) == _reference(_NLP.make_doc(text))
