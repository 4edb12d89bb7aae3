"""Chosen spans -> the given name and patronymic a speaker addresses someone by, read as a person.

In Russian and in the Central Asian and Caucasian usage that follows it, a person is addressed
politely by the given name and the patronymic, the father's name with "-ovich" or "-evich" for a
son and "-ovna", "-evna" or "-ichna" for a daughter ("dear Ivan Petrovich"). Transcripts of
summits and interviews keep that form of address, and the statistical model reads the two words
as a body's name, or runs the salutation "Dear" into them. A span of one capitalised given name
and a patronymic, after an optional "Dear", is the person so addressed; the person linker joins
it to the full name that opens with the same two words, where the text gives one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.lexicon.names import TITLE_WORDS

__all__ = ["is_patronymic", "patronymic_address"]

#: The endings of East Slavic patronymics in English transliteration: a son's (-ovich, -evich,
#: -yevich) and a daughter's (-ovna, -evna, -yevna, -ichna). A closed class of the grammar.
_PATRONYMIC = re.compile(r"[a-z]{2,}(?:ovich|evich|ovna|evna|ichna)")
#: The salutation that opens a letter or a spoken address, no part of the name after it.
_SALUTATION = "dear"


def is_patronymic(word: str) -> bool:
    """``word`` is written as a patronymic: capitalised, ending in a son's or a daughter's suffix."""
    return word[:1].isupper() and _PATRONYMIC.fullmatch(word.lower()) is not None


def patronymic_address(span: Span) -> Span:
    """``span`` as the person it addresses when it is "[Dear] Given Patronymic", else unchanged."""
    start = span.start + 1 if len(span) == 3 and span[0].lower_ == _SALUTATION else span.start
    if span.end - start != 2:
        return span
    given, father = span.doc[start], span.doc[start + 1]
    if not (given.is_title and given.is_alpha and given.lower_ not in TITLE_WORDS and is_patronymic(father.text)):
        return span
    if span.label_ == "Person" and start == span.start:
        return span
    return Span(span.doc, start, span.end, label="Person", kb_id="context")
