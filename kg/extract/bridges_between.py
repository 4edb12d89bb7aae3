"""(Doc, linked mentions) -> crossings named by the towns they join: "the bridge between A and B".

Local and broadcast news often names a border bridge by its two ends rather than by a name of its
own ("the bridge between A and B", "the old road bridge between A in R and B in S"). Each end is a
place the text names, so the bridge itself would otherwise be lost: it becomes a crossing point
named "A-B bridge", the form readers and other texts use, linked at its noun ("the international
bridge between A and B" is also the "A-B international bridge", as written). It connects the
states its two ends are placed in, where the text places them.

Only a definite bridge between two proper names counts, one of them a town the text names as one,
neither a state nor a region ("the bridge between Europe and Asia" is a figure of speech), in a
text about crossing that names two states or more, or beside a sentence about the border (a
bridge between two towns of one country is no crossing point).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, tokens
from kg.lexicon.names import NAME_PARTICLES, entity_key
from kg.nlp.patterns import CROSSING_MODES, CROSSING_STATUSES

__all__ = ["End", "bridge_ends", "bridge_sides", "bridges_between", "bridges_written"]

#: Words of a text about crossing a border: a bridge between two places there is a crossing point.
_CROSSING_WORDS = frozenset({"border", "borders", "cross", "crossed", "crossing", "crossings", "frontier", "traffic"})
#: Types an end of such a bridge may not have: a bridge between two states or regions is a figure,
#: and one between crossings ("the bridge between the A crossing and B") has a name of its own.
_NOT_ENDS = frozenset({"State", "Region", "Agency", "Checkpoint"})
#: Words before an end that say it is a town: "the bridge between the town of A and B".
_TOWN_OF = frozenset({"the town of", "the village of", "the city of"})
#: Kind of the links this module makes: the two ends are read again from the text after them.
_KIND_NAME = "bridge"
#: Lower-case standing and mode words right before the bridge's noun: "the international road bridge".
_QUALIFIERS = re.compile(rf"(?:\b(?:{'|'.join((*CROSSING_STATUSES, *CROSSING_MODES))})\s+)+$")


def bridges_between(doc: Doc, links: list[Linked]) -> list[Linked]:
    """A Checkpoint link on the noun of each "the bridge between A and B" of a text about crossing."""
    international = _international(doc, links)
    out: list[Linked] = []
    for tok in doc:
        if tok.lower_ != "bridge" or not tok.is_lower or not _definite(doc, tok.i):
            continue
        if not (international or _border_near(doc, tok.i)):
            continue
        ends = bridge_ends(doc, tok.i, links)
        if ends is None:
            continue
        name = f"{ends[0].name}-{ends[1].name} {_KIND_NAME}"
        out.append(Linked(tok.idx, tok.idx + len(tok), tok.text, "Checkpoint", entity_key("Checkpoint", name), name))
    return out


def bridges_written(text: str, links: list[Linked]) -> set[str]:
    """Each such bridge's name with the standing and mode words the text writes before its noun:
    "the international bridge between A and B" is also the "A-B international bridge"."""
    out: set[str] = set()
    for lk in links:
        if lk.type != "Checkpoint" or lk.text != _KIND_NAME or not lk.name.endswith(f" {_KIND_NAME}"):
            continue
        found = _QUALIFIERS.search(text, max(0, lk.start - 40), lk.start)
        if found is not None:
            out.add(f"{lk.name.removesuffix(_KIND_NAME)}{' '.join(found.group(0).split())} {_KIND_NAME}")
    return out


def bridge_sides(doc: Doc, links: list[Linked], found: Found) -> None:
    """Each such bridge connects the states the text places its ends in ("A in R", "the town of A,
    in Y"): the town's own state, else that of the place named after "in"."""
    placed: dict[str, set[str]] = {}
    for s, p, o in found:
        if p in {"locatedIn", "partOf"} and o.startswith("state/"):
            placed.setdefault(s, set()).add(o)
    for lk in links:
        span = tokens(doc, lk) if lk.type == "Checkpoint" and lk.text == _KIND_NAME else None
        ends = bridge_ends(doc, span.start, links) if span is not None else None
        if span is None or ends is None:
            continue
        states: list[str] = []
        for end in ends:
            for key in (end.town, end.placed):
                if key is None:
                    continue
                own = [key] if key.startswith("state/") else sorted(placed.get(key, ()))
                if len(own) == 1:
                    states.append(own[0])
                    break
        for state in dict.fromkeys(states):
            add(found, lk.key, "connects", state, span)


class End(NamedTuple):
    """One end of a bridge: its name as written, the town it is linked to, the place after "in"."""

    name: str
    town: str | None
    placed: str | None


def bridge_ends(doc: Doc, i: int, links: list[Linked]) -> tuple[End, End] | None:
    """The two ends of the bridge whose noun is token ``i``: "bridge between (the town of) A (in R)
    and B (in S)"; None when the words after it are not two such places."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ != "between":
        return None
    first = _end(doc, i + 2, links)
    if first is None or first[1] >= len(doc) or doc[first[1]].lower_ != "and":
        return None
    second = _end(doc, first[1] + 1, links)
    if second is None or first[0].name == second[0].name or (first[0].town is None and second[0].town is None):
        return None
    return first[0], second[0]


def _end(doc: Doc, i: int, links: list[Linked]) -> tuple[End, int] | None:
    """The end named from token ``i`` and the token after it and its placement, or None."""
    if doc[i : i + 3].text.lower() in _TOWN_OF:
        i += 3
    run = _name_run(doc, i)
    if run is None:
        return None
    start, end = run
    lk = _link_from(doc, start, links)
    if lk is not None and (lk.type in _NOT_ENDS or lk.end > doc[end - 1].idx + len(doc[end - 1])):
        return None
    placed = None
    if end < len(doc) and doc[end].lower_ == "in":
        where = _name_run(doc, end + 1 + int(end + 1 < len(doc) and doc[end + 1].lower_ == "the"))
        if where is not None:
            place = _link_from(doc, where[0], links)
            placed = place.key if place is not None and place.type in {"State", "Region"} else None
            end = where[1]
    town = lk.key if lk is not None and lk.type == "Settlement" else None
    return End(doc[start : run[1]].text, town, placed), end


def _link_from(doc: Doc, i: int, links: list[Linked]) -> Linked | None:
    return next((x for x in links if x.start == doc[i].idx), None)


def _name_run(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start, end) of the capitalised name from token ``i``, lower-case particles inside it included
    ("Puerto de la Cruz"), or None."""
    if i >= len(doc) or not doc[i].is_title or not doc[i].is_alpha:
        return None
    end = i + 1
    while end < len(doc):
        nxt = doc[end]
        if nxt.is_title and nxt.is_alpha:
            end += 1
        elif nxt.lower_ in NAME_PARTICLES and nxt.is_lower and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 2
        else:
            break
    return i, end


def _definite(doc: Doc, i: int) -> bool:
    """ "the bridge", "the old railway bridge": a definite article before up to three lower-case modifiers."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if doc[j].lower_ in {"the", "this", "that"}:
            return True
        if not doc[j].is_lower or not doc[j].is_alpha:
            return False
    return False


def _international(doc: Doc, links: list[Linked]) -> bool:
    """The text names two states or more and speaks of crossing or the border."""
    states = {lk.key for lk in links if lk.type == "State"}
    return len(states) > 1 and any(t.lower_ in _CROSSING_WORDS for t in doc)


def _border_near(doc: Doc, i: int) -> bool:
    """The bridge's sentence or the next one speaks of the border or of crossings ("Few other roads
    cross the border there"): a text about one side of a border may name one state only."""
    if not doc.has_annotation("SENT_START"):
        return False
    sent = doc[i].sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(t.lower_ in _CROSSING_WORDS - {"traffic"} for t in doc[sent.start : end])
