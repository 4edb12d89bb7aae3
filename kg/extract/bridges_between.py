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

A crossing, checkpoint or border post between two towns ("lorries must use the road crossing between A
and B instead") is read the same way, named as crossings named by their pair of towns are ("A -
B", written "A - B motorway crossing"). Its noun says what it is when a border's or a mode's word
stands before it ("the border crossing", "the road crossing"); a bare "the crossing between A and
B" counts only where a bridge would (a level crossing between two villages is a railway's).
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
#: Nouns of a crossing point ("the crossing point between A and B"); "post" only after "border".
_CROSSING_NOUNS = frozenset({"crossing", "checkpoint", "point", "post"})
#: Words right before a crossing's noun that make it one without context ("the border post").
_CROSSING_KINDS = frozenset({"border", "crossing", *CROSSING_MODES})
#: Lower-case standing and mode words right before the bridge's noun: "the international road bridge".
_QUALIFIERS = re.compile(rf"(?:\b(?:{'|'.join((*CROSSING_STATUSES, *CROSSING_MODES))})\s+)+$")
#: The same words, and "border" or "crossing", right before a crossing point's noun: "the border crossing point".
_CROSSING_WORDS_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join((*CROSSING_STATUSES, *CROSSING_MODES, 'border', 'crossing', 'control'))})\s+)+$"
)


def bridges_between(doc: Doc, links: list[Linked]) -> list[Linked]:
    """A Checkpoint link on the noun of each "the bridge between A and B" of a text about crossing."""
    international = _international(doc, links)
    out: list[Linked] = []
    for tok in doc:
        if not _way_noun(doc, tok.i) or not tok.is_lower or not _definite(doc, tok.i):
            continue
        if not (international or _border_near(doc, tok.i) or _named_crossing(doc, tok.i)):
            continue
        ends = bridge_ends(doc, tok.i, links)
        if ends is None:
            continue
        name = f"{ends[0].name}-{ends[1].name} {_KIND_NAME}" if tok.lower_ == _KIND_NAME else _pair_name(ends)
        out.append(Linked(tok.idx, tok.idx + len(tok), tok.text, "Checkpoint", entity_key("Checkpoint", name), name))
    return out


def _way_noun(doc: Doc, i: int) -> bool:
    """Token ``i`` is the noun of a bridge or of a crossing point ("border post", "crossing point")."""
    word = doc[i].lower_
    if word == "post":
        return i > 0 and doc[i - 1].lower_ == "border"
    if word == "point":
        return i > 0 and doc[i - 1].lower_ in {"crossing", "border", "control"}
    return word == _KIND_NAME or word in _CROSSING_NOUNS


def _named_crossing(doc: Doc, i: int) -> bool:
    """The noun at ``i`` names a crossing point by itself: a checkpoint, or a crossing or post with a
    border's or a mode's word before it ("the motorway crossing", "the border post")."""
    word = doc[i].lower_
    if word == "checkpoint":
        return True
    return word in _CROSSING_NOUNS and i > 0 and doc[i - 1].lower_ in _CROSSING_KINDS


def _pair_name(ends: tuple[End, End]) -> str:
    """A crossing named by its two towns as such crossings are written: "A - B"."""
    return f"{ends[0].name} - {ends[1].name}"


def bridges_written(text: str, links: list[Linked]) -> set[str]:
    """Each such bridge's name with the standing and mode words the text writes before its noun:
    "the international bridge between A and B" is also the "A-B international bridge"."""
    out: set[str] = set()
    for lk in links:
        if lk.type != "Checkpoint":
            continue
        if lk.text == _KIND_NAME and lk.name.endswith(f" {_KIND_NAME}"):
            found = _QUALIFIERS.search(text, max(0, lk.start - 40), lk.start)
            if found is not None:
                out.add(f"{lk.name.removesuffix(_KIND_NAME)}{' '.join(found.group(0).split())} {_KIND_NAME}")
        elif lk.text.lower() in _CROSSING_NOUNS and " - " in lk.name:
            found = _CROSSING_WORDS_BEFORE.search(text, max(0, lk.start - 60), lk.start)
            words = " ".join(found.group(0).split()) + " " if found is not None else ""
            out.add(f"{lk.name} {words}{lk.text.lower()}")
    return out


def bridge_sides(doc: Doc, links: list[Linked], found: Found) -> None:
    """Each such bridge connects the states the text places its ends in ("A in R", "the town of A,
    in Y"): the town's own state, else that of the place named after "in"."""
    placed: dict[str, set[str]] = {}
    for s, p, o in found:
        if p in {"locatedIn", "partOf"} and o.startswith("state/"):
            placed.setdefault(s, set()).add(o)
    for lk in links:
        way = lk.text == _KIND_NAME or lk.text.lower() in _CROSSING_NOUNS
        span = tokens(doc, lk) if lk.type == "Checkpoint" and way else None
        ends = bridge_ends(doc, span.start, links, lk.key) if span is not None else None
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


def bridge_ends(doc: Doc, i: int, links: list[Linked], own: str | None = None) -> tuple[End, End] | None:
    """The two ends of the bridge whose noun is token ``i``: "bridge between (the town of) A (in R)
    and B (in S)"; None when the words after it are not two such places. An end linked to the
    crossing ``own`` itself (a side's name joined to its pair) is a name, not another crossing."""
    if i + 1 >= len(doc) or doc[i + 1].lower_ != "between":
        return None
    first = _end(doc, i + 2, links, own)
    if first is None or first[1] >= len(doc) or doc[first[1]].lower_ != "and":
        return None
    second = _end(doc, first[1] + 1, links, own)
    if second is None or first[0].name == second[0].name or (first[0].town is None and second[0].town is None):
        return None
    return first[0], second[0]


def _end(doc: Doc, i: int, links: list[Linked], own: str | None) -> tuple[End, int] | None:
    """The end named from token ``i`` and the token after it and its placement, or None."""
    if doc[i : i + 3].text.lower() in _TOWN_OF:
        i += 3
    run = _name_run(doc, i)
    if run is None:
        return None
    start, end = run
    lk = _link_from(doc, start, links)
    if lk is not None and lk.key == own:
        lk = None
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
        elif _joined_by_hyphen(doc, end):
            end += 2  # "Bad-Kellstadt": a hyphen between two capitalised words, no space around it
        else:
            break
    return i, end


def _joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written tight between a name's word and another capitalised one."""
    return (
        doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and i + 1 < len(doc)
        and doc[i + 1].is_title
        and doc[i + 1].is_alpha
    )


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
    cross the border there"): a text about one side of a border may name one state only. The noun
    itself does not count ("the crossing between A and B" says nothing of a border)."""
    if not doc.has_annotation("SENT_START"):
        return False
    sent = doc[i].sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return any(t.lower_ in _CROSSING_WORDS - {"traffic"} for t in doc[sent.start : end] if t.i != i)
