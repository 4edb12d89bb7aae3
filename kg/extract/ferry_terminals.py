"""(Doc, linked mentions) -> the same mentions, a ferry terminal or pier on a route between states a crossing.

Where two states meet across water, the crossing point is where the ferry lands: travellers clear
immigration and customs at "the X Ferry Terminal" or "the X Pier" as they would at a land border's
post. The model reads such a name as a facility (a place); in a text that speaks of a ferry and
names the states the route joins (or whose terminal calls itself international) the terminal is the
crossing point, and it connects the two states of the text where no sentence says more. A
terminal of a bus, a coach or an airport is left alone (no ferry is said), and so is a landing in
a text of one state.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, tokens
from kg.lexicon.names import entity_key

__all__ = ["ferry_sides", "terminals_as_crossings"]

#: The last word of a landing's name: where a passenger ferry berths.
_LANDINGS = frozenset({"terminal", "pier", "jetty"})
#: Words in a landing's own name that say it serves passengers by sea or from abroad.
_SEA_NAME = frozenset({"ferry", "passenger", "international"})
#: Words of a sentence that say a ferry uses the landing.
_FERRY_WORDS = frozenset({"ferry", "ferries", "sailing", "sailings", "catamaran", "hovercraft"})


def terminals_as_crossings(doc: Doc, links: list[Linked]) -> list[Linked]:
    """``links`` with each named ferry landing between states retyped (and rekeyed) as a checkpoint."""
    candidates = [lk for lk in links if _landing(lk)]
    if not candidates:
        return links
    states = len({lk.key for lk in links if lk.type == "State"})
    crossings: set[tuple[int, int]] = set()
    for lk in candidates:
        words = {w.lower() for w in lk.name.split()}
        if (states >= 2 and (words & _SEA_NAME or _ferry_sentence(doc, lk))) or (states and "international" in words):
            crossings.add((lk.start, lk.end))
    names = {lk.name for lk in candidates if (lk.start, lk.end) in crossings}  # one name, one thing
    return [_crossing(lk) if _landing(lk) and lk.name in names else lk for lk in links]


def _crossing(lk: Linked) -> Linked:
    return replace(lk, type="Checkpoint", key=entity_key("Checkpoint", lk.name))


def ferry_sides(doc: Doc, links: list[Linked], found: Found) -> None:
    """Each ferry landing read as a crossing, with no side found yet, connects the text's two states:
    a route that lands on both sides of water between two states joins them, whichever end it is."""
    states = list(dict.fromkeys(lk.key for lk in links if lk.type == "State"))
    if len(states) != 2:
        return
    joined = {s for s, p, _ in found if p == "connects"}
    for lk in links:
        if lk.type != "Checkpoint" or lk.kind != "name" or not _landing_name(lk.name) or lk.key in joined:
            continue
        span = tokens(doc, lk)
        evidence = span.sent if span is not None and doc.has_annotation("SENT_START") else span
        for state in states:
            add(found, lk.key, "connects", state, evidence)


def _landing(lk: Linked) -> bool:
    """A place named with a capitalised landing word at its end ("Kelo Ferry Terminal", "Varn Pier")."""
    return lk.type == "Place" and lk.kind == "name" and _landing_name(lk.name)


def _landing_name(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].istitle() and words[-1].lower() in _LANDINGS


def _ferry_sentence(doc: Doc, lk: Linked) -> bool:
    """The sentence of the mention speaks of a ferry."""
    span = doc.char_span(lk.start, lk.end, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    return any(t.lower_ in _FERRY_WORDS for t in sent)
