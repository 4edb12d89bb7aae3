"""Names -> spelling-insensitive keys, for matching names across documents and against gazetteers.

``ascii_name`` folds case, diacritics and punctuation; ``fold_name`` also folds the common
romanisations of Cyrillic and Arabic names ("Kharkov"/"Kharkiv", "Kiev"/"Kyiv"), so the
resolver's rules, the linker and the capital lookup agree on when two spellings are one name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

__all__ = ["ascii_name", "fold_name"]

#: Russian/Ukrainian toponym modifiers and their English translations (general toponymy).
_MODIFIERS = (
    (r"verkhn(?:i|ii|iy|y|yi|yaya|eye|ee|ya)", "upper"),
    (r"nizhn(?:i|ii|iy|y|yi|yaya|eye|ee|ya)", "lower"),
    (r"nov(?:y|yi|yy|iy|aya|oye|a|e)", "new"),
    (r"star(?:y|yi|yy|iy|aya|oye|a|e)", "old"),
    (r"bol(?:s|sh)(?:oi|oy|aya|oye)", "great"),
    (r"mal(?:y|yi|iy|aya|oye)", "little"),
)
#: Ordered spelling rewrites that fold common romanisations of Cyrillic and Arabic names.
_FOLDS = (
    ("shch", "s"),
    ("sch", "s"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("tch", "c"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("sh", "s"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("x", "ks"),
    ("h", "g"),
    ("y", "i"),
    ("ou", "u"),
)
_THE = re.compile(r"^the\s+")
_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def ascii_name(text: str) -> str:
    """ASCII, lower case, words only: the cheap exact-match key (no transliteration folding).

    Cached, like :func:`fold_name`: the resolver asks about the same few thousand names for every
    pair it compares. ASCII text skips transliteration (``unidecode`` leaves it as it is), which
    matters when a gazetteer of a hundred thousand names is keyed at start-up.
    """
    text = (text if text.isascii() else unidecode(text)).lower().replace("'", "").replace("’", "")
    text = _THE.sub("", text.strip())
    return " ".join(_WORD.findall(text))


@lru_cache(maxsize=1 << 16)
def fold_name(text: str, vowels: bool = True) -> str:
    """A transliteration-insensitive form: "Kharkiv" -> "garkiv", "Verkhniy Zhukov" -> "uper jukov".

    ``vowels=False`` keeps vowel sequences, for given names where they carry meaning (Maria, Mario).
    """
    words = []
    for word in ascii_name(text).split():
        for pattern, english in _MODIFIERS:
            if re.fullmatch(pattern, word):
                word = english
                break
        for old, new in _FOLDS:
            word = word.replace(old, new)
        word = re.sub(r"(.)\1+", r"\1", word)  # doubled letters
        word = re.sub(r"([aeiou])[aeiou]+", r"\1", word) if vowels and len(word) > 3 else word
        words.append(word)
    return " ".join(words)
