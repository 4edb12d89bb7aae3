"""Language -> the same language, reading the short forms tables and wire copy write figures with.

"Approx. 4,730 people crossed" and "ca. 285 arrived": spaCy splits "Approx." into a word and a
full stop, and the parser ends the sentence there, so the figure loses its "about" and the event
reader sees a sentence that starts with a bare number. "16.5k" (sixteen and a half thousand) is one
token that spaCy does not take for a number, so no reader counts it. The abbreviations are kept
one token, and a number with a "k" for thousand is like a number, as "16,500" is.
"""

from __future__ import annotations

import re

from spacy.attrs import LIKE_NUM, ORTH
from spacy.lang.en.lex_attrs import like_num
from spacy.language import Language
from spacy.tokenizer import Tokenizer

__all__ = ["APPROXIMATIONS", "keep_figure_forms", "like_num_or_thousands"]

#: The abbreviations of "approximately" written before a figure ("c." only in lower case: "C." is an
#: initial).
APPROXIMATIONS = ("approx.", "Approx.", "ca.", "Ca.", "c.")
_THOUSANDS = re.compile(r"\d+(?:\.\d+)?[kK]")


def keep_figure_forms(nlp: Language) -> Language:
    """Keep the approximation abbreviations one token and read "16.5k" as a number; return ``nlp``.

    A pipeline with a tokenizer of its own making (not spaCy's rule-based one) keeps its tokens.
    """
    if isinstance(nlp.tokenizer, Tokenizer):
        for form in APPROXIMATIONS:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.vocab.lex_attr_getters[LIKE_NUM] = like_num_or_thousands  # type: ignore[attr-defined]
    return nlp


def like_num_or_thousands(text: str) -> bool:
    """English LIKE_NUM, and a number of thousands written with "k" ("16.5k", "3K")."""
    return bool(like_num(text)) or _THOUSANDS.fullmatch(text) is not None
