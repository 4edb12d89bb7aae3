"""(Doc, linked mentions, found relations) -> ``kg:connects`` to the state of the town a crossing is named after.

A crossing named after the town it serves ("the Velsar Ferry Terminal", "the Velsar border post")
lies on that town's side of the border: where a text names the town too, the reader knows the
crossing's near side from it even when no sentence says "the border with ..." of that side
("sailings between the Velsar Ferry Terminal and Orm, in Y" gives only the far side). The town's
state is the one the text places it in, else the one its gazetteer entry lies in, and it must be a
state the text names. Only a crossing with fewer than two sides found gains it, and a crossing
named by a pair of towns ("A - B") is left to the rules that read both ends.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, tokens
from kg.lexicon.gazetteer import settlement_for
from kg.nlp.patterns import CHECKPOINT_WORDS, CROSSING_MODES, CROSSING_STATUSES

__all__ = ["town_sides"]

#: Words that may follow the town's name in a crossing's name: its kind, standing and mode, and
#: the words of a ferry's landing ("Ferry Terminal", "Pier").
_KIND_WORDS = frozenset(
    {w for phrase in CHECKPOINT_WORDS for w in phrase.split()}
    | set(CROSSING_MODES)
    | set(CROSSING_STATUSES)
    | {"ferry", "terminal", "pier", "jetty", "landing", "port"}
) - {"-"}


def town_sides(doc: Doc, links: list[Linked], found: Found) -> None:
    """Each crossing named after a town of the text, with fewer than two sides, connects the town's state."""
    states = {lk.key for lk in links if lk.type == "State"}
    towns = {lk.name: lk for lk in links if lk.type == "Settlement" and lk.kind == "name"}
    sides: dict[str, set[str]] = {}
    for s, p, o in found:
        if p == "connects":
            sides.setdefault(s, set()).add(o)
    done: set[str] = set()
    for lk in links:
        if lk.type != "Checkpoint" or lk.kind != "name" or lk.key in done or " - " in lk.name:
            continue
        done.add(lk.key)
        town = _named_after(lk.name, towns)
        if town is None or len(sides.get(lk.key, set())) > 1:
            continue
        state = _state_of(town, found)
        if state is None or state not in states or state in sides.get(lk.key, set()):
            continue
        add(found, lk.key, "connects", state, tokens(doc, lk))


def _named_after(name: str, towns: dict[str, Linked]) -> Linked | None:
    """The town whose name the crossing's name ``name`` is, followed by kind words only."""
    for town, lk in towns.items():
        rest = name.removeprefix(f"{town} ")
        if rest != name and rest and all(w.lower() in _KIND_WORDS for w in rest.split()):
            return lk
    return None


def _state_of(town: Linked, found: Found) -> str | None:
    """The one state the text places ``town`` in, else that of its gazetteer entry (the same place)."""
    placed = {o for s, p, o in found if s == town.key and p in {"locatedIn", "partOf"} and o.startswith("state/")}
    if placed:
        return next(iter(placed)) if len(placed) == 1 else None
    entry = settlement_for(town.name)
    if entry is None or entry.country is None or not set(entry.same_as) & set(town.same_as):
        return None
    return f"state/{entry.country}"
