"""Tokenizer -> the same tokenizer, keeping "by-election" and "run-off" one word.

spaCy's English tokenizer splits a hyphen between letters, which suits open compounds ("cross-border")
but breaks a noun whose first part is a preposition: "the 12 June by-election" became "by" "-"
"election", and the parser read "by" as a preposition ("June by election"), so the election noun
hung under its own date and no election was found. Kept whole, the word is one noun like "election".
A noun whose second part is a particle fares the same: "the run-off will be held" became "run" "-"
"off", a verb and its particle.
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

__all__ = ["PREFIXED_NOUNS", "keep_prefixed_nouns"]

#: Nouns joined by a hyphen to a preposition or particle, which the parser cannot read split.
PREFIXED_NOUNS = ("by-election", "by-elections", "run-off", "run-offs")


def keep_prefixed_nouns(nlp: Language) -> Language:
    """Add tokenizer special cases so each of :data:`PREFIXED_NOUNS` stays one token; return ``nlp``.

    A pipeline with a tokenizer of its own making (not spaCy's rule-based one) is left as it is.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp
    for word in PREFIXED_NOUNS:
        for form in (word, word.capitalize(), word.upper()):
            tokenizer.add_special_case(form, [{ORTH: form, NORM: word}])
    return nlp
