"""Event mention + entity index -> a short human label ("Arrivals from Russia in Finland").

Labels are for people browsing the graph (Gephi node names, query results): short, built from
the arguments' names, never from the sentence.
"""

from __future__ import annotations

from kg.extract.event_between import TWO_WAY
from kg.extract.event_merge import Mention
from kg.extract.index import EntityIndex

__all__ = ["label_for"]

# Crossings that are not (known to be) arrivals, by the marker their trigger set (event_triggers).
_CROSSING_KINDS = {"attempt": "Attempted crossings", "irregular": "Irregular crossings"}


#: Generic events whose target is an addressee, not a thing acted on ("Request to Frontex").
_TARGET_PREPS = {"Request": "to", "Aid": "to", "Sanctions": "against"}


def _name(key: str, index: EntityIndex) -> str:
    entity = index.by_key.get(key)
    if entity is not None:
        return entity.name
    if key.startswith("state/"):
        try:
            from kg.lexicon.gazetteer import state_name

            return state_name(key.split("/", 1)[1])
        except ImportError:  # the gazetteer is optional for labels
            pass
    return key.rsplit("/", 1)[-1].replace("-", " ").title()


def _names(keys: list[str], index: EntityIndex) -> str:
    names = [_name(k, index) for k in keys[:4]]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def label_for(m: Mention, index: EntityIndex) -> str:
    """A short label naming the kind of event and its main arguments."""
    if m.type == "BorderCrossing":
        kind = _CROSSING_KINDS.get(m.label)
        # a flow placed only by the crossing it used ends there, but is no arrival anywhere
        ends = [d for d in m.destination if d not in m.via]
        label = kind or ("Arrivals" if ends else "Departures" if m.origin else "Crossings")
        if m.origin:
            label += f" from {_names(m.origin, index)}"
        if ends and m.label == TWO_WAY:  # a flow both ways: "Crossings between X and Y"
            label = f"Crossings between {_names(ends, index)}"
        elif ends:
            label += f" {'into' if kind else 'in'} {_names(ends, index)}"
        elif m.via and not m.origin:
            label += f" via {_names(m.via, index)}"
        return label
    if m.type == "Referendum":  # a referendum, or an election ("Election in X")
        kind = m.label or "Referendum"
        return f"{kind} in {_names(m.place, index)}" if m.place else kind
    named = m.type == "MilitaryOperation" and m.label  # "Operation Desert Lance"
    kind = (
        m.label
        if named
        else {
            "Mobilization": "Mobilization",
            "MilitaryOperation": "Military operation",
            "BorderClosure": "Border closure",
        }.get(m.type, m.label or "Event")
    )
    parts = [kind]
    if m.agent:
        parts.append(f"by {_names(m.agent, index)}")
    if m.target:
        parts.append(
            f"{'in' if named else 'against'} {_names(m.target, index)}"
            if m.type == "MilitaryOperation"
            else f"{_TARGET_PREPS.get(kind, 'of')} {_names(m.target, index)}"
        )
    if m.place and not m.target:
        parts.append(f"in {_names(m.place, index)}")
    return " ".join(parts)
