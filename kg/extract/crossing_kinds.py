"""A crossing point's name as the text writes it with its kind: "the Kelo crossing" is also "Kelo crossing".

The recogniser keeps a crossing's own name ("Kelo") and leaves the lower-case kind words after it
out, so that "the Kelo crossing" and "the Kelo border post" are one crossing. Readers and other
texts call it by the fuller form too, so the form as written is kept as one more name of it.
"""

from __future__ import annotations

import re

from kg.extract.links import Linked
from kg.lexicon.names import strip_the
from kg.nlp.patterns import CHECKPOINT_WORDS, CROSSING_MODES, CROSSING_STATUSES

__all__ = ["kinds_written"]

_WORD = "|".join(re.escape(w) for w in sorted(CHECKPOINT_WORDS, key=len, reverse=True) if " - " not in w)
_QUALIFIER = "|".join(sorted((*CROSSING_MODES, *CROSSING_STATUSES), key=len, reverse=True))
#: Lower-case standing and mode words, then a kind, right after the name: " international road crossing".
_KIND_AFTER = re.compile(rf"(?:\s+(?:{_QUALIFIER}))*\s+(?:{_WORD})\b")


def kinds_written(text: str, links: list[Linked]) -> set[str]:
    """Each crossing's name with the lower-case kind words the text writes right after it."""
    out: set[str] = set()
    for lk in links:
        if lk.kind != "name" or lk.type != "Checkpoint":
            continue
        found = _KIND_AFTER.match(text, lk.end, lk.end + 60)
        if found is not None:
            out.add(f"{strip_the(lk.text)} {' '.join(found.group(0).split())}")
    return out
