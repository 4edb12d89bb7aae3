"""Spans that are only a form of address in another language: "Monsieur le Ministre", "Señora
Presidenta", "Herr Minister".

Readouts and transcripts keep a speaker's greeting in the language it was spoken in; the model
reads such a greeting as a person's or a place's name. It names no one: the office it addresses
is held by a person the text names elsewhere. A span is such a greeting when it opens with (or
follows) a polite form of address of a European language and holds nothing else but articles and
the office's word, an English title's cognate ("Ministro", "Président", "Secretário").
"""

from __future__ import annotations

from spacy.tokens import Span
from unidecode import unidecode

from kg.lexicon.names import TITLE_WORDS

__all__ = ["foreign_address"]

#: Polite forms of address before a name or an office, in French, Spanish, Portuguese, Italian,
#: German and Dutch (a closed class: the words for Sir, Madam and Miss).
_ADDRESS = frozenset(
    {"monsieur", "madame", "mademoiselle", "senhor", "senhora", "senhorita", "senor", "senora", "senorita"}
    | {"signor", "signore", "signora", "signorina", "herr", "frau", "meneer", "mevrouw"}
)
#: Articles those languages set between the form of address and the office ("Monsieur le Ministre").
_ARTICLES = frozenset({"le", "la", "l'", "el", "o", "a", "il", "der", "die", "de", "heer"})
#: Letters an office's word shares with its English cognate: "presid-", "minist-", "secret-".
_STEM = 5
_STEMS = frozenset(w[:_STEM] for w in TITLE_WORDS if w.isalpha() and len(w) > _STEM)


def foreign_address(span: Span) -> bool:
    """The span is a greeting in another language and no name: "Senhor Ministro", "le Ministre"
    after "Monsieur"."""
    doc = span.doc
    start = span.start
    while start > 0 and start > span.start - 3 and _fold(doc[start - 1].text) in _ARTICLES:
        start -= 1
    if start > 0 and _fold(doc[start - 1].text) in _ADDRESS:
        start -= 1
    words = [_fold(t.text) for t in doc[start : span.end]]
    if not words or words[0] not in _ADDRESS:
        return False
    offices = [w for w in words[1:] if w not in _ARTICLES]
    return bool(offices) and all(w[:_STEM] in _STEMS for w in offices)


def _fold(word: str) -> str:
    """A word in lower case without its accents: "Señora" is "senora", "Président" "president"."""
    return unidecode(word).lower()
