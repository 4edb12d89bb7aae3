"""(spaCy Doc, EntityIndex) -> the regions and towns the text names a local office "of".

A release or a script names the office with its place once, often with no holder beside it (a
heading "Statement from the Governor of X", "the Mayor of Y's office said"), and its holder
elsewhere with the title alone ("Governor Jo Roe said"). The bare title is that place's office,
not the office of the state around it, when the text names exactly one place for that office
and no other holder's title already names it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.index import EntityIndex
from kg.extract.office_context import local_office, local_state
from kg.nlp.doctext import doc_text

__all__ = ["Seats", "named_seats", "seat_of"]

#: Office word (lower case) -> where the text names that office "of" a region or town, and its key.
Seats = dict[str, list[tuple[int, str]]]

#: Local offices and what follows them up to the place: "Governor of (the) X", "Mayor of X".
_OFFICE_OF = re.compile(
    r"\b(?P<office>mayor|governor|premier|chief minister|administrator|town clerk|prefect)\s+of\s+(?:the\s+)?(?=[A-Z])",
    re.I,
)
#: Places an office is held in.
_LOCAL_PLACES = frozenset({"Region", "Settlement"})


def named_seats(doc: Doc, index: EntityIndex) -> Seats:
    """Every "OFFICE of PLACE" of a local office in the text, read once per document."""
    out: Seats = {}
    for m in _OFFICE_OF.finditer(doc_text(doc)):
        place = index.at(m.end(), m.end() + 1)
        if place is not None and place.type in _LOCAL_PLACES:
            out.setdefault(_office(m.group("office")), []).append((m.start(), place.key))
    return out


def seat_of(title: str, seats: Seats, taken: set[str], state: str | None, index: EntityIndex, first: int) -> str | None:
    """The one place the text names a bare local ``title`` "of" before the holder, whose title
    is first read at ``first``.

    "Governor" under a heading "A note from the Governor of X" is X's. With two provinces'
    governors named, a place named only after the holder ("the Governor of Y told me", in the
    governor's own statement: another governor), the one place already another holder's ("the
    Mayor of X, Jo Roe" beside "Mayor Ana Lind"), or a place the gazetteer puts in another state
    than ``state``, the one the context gave the office, the title says nothing of its place.
    """
    words = title.lower().split()
    if "of" in words or not local_office(words):
        return None
    named = seats.get(_office(" ".join(words[-2:])), []) or seats.get(words[-1], [])
    places = {key for _, key in named}
    if len(places) != 1 or places & taken or min(at for at, _ in named) > first:
        return None
    place = next(iter(places))
    home = local_state(index.by_key[place], index)
    return place if state is None or not state.startswith("state/") or home in (None, state) else None


def _office(words: str) -> str:
    """The office word a seat is filed under: "Chief Minister" -> "chief minister", "Mayor" -> "mayor"."""
    return " ".join(words.lower().split())
