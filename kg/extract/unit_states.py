"""(linked bodies, linked places) -> a generic unit of a force keyed and placed by its force's state.

Forces number their units the same way the world over: "the 1st Infantry Battalion", "the
Third Rifle Brigade", "the Eastern Military Region" name no one state's unit, so such a key
alone would make two states' battalions, read in two documents, one node part of both states.
A unit named so, with no state or body qualifying its name, takes the state of the force it
serves into its key and as its parent: the force whose possessive opens the name ("the X
Defence Force's 1st Battalion") or that follows it after "of" ("the 2nd Brigade of the X
Army"); else the state of the official body or force that publishes the text (a force's release
writes of its own units); else the one state whose forces the text names. With none of these,
or two states' forces and no owner in view, the unit is left as it was.

The decision is made once per unit and document, at its first mention that names an owner, so
that every mention of the unit keeps one key.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.publisher_owner import BODY_WORDS
from kg.extract.publisher_state import doc_publisher, publisher_state
from kg.lexicon.gazetteer import state_slug
from kg.nlp.unit_names import force_unit

__all__ = ["place_units"]

#: Last words of a state's armed or disciplined force's name ("Defence Force", "Army", "Navy").
_FORCE_HEADS = frozenset({"army", "force", "forces", "navy", "guard", "gendarmerie", "marines", "corps"})
#: Words of a publisher that speaks for an official body or a force ("Ministry of Defence", "X Army").
_OFFICIAL = BODY_WORDS | _FORCE_HEADS
#: How far after "of" a force's name may start ("of the X Army").
_OF_REACH = 6


def place_units(bodies: list[tuple[SpacySpan, Linked]], links: list[Linked]) -> list[tuple[SpacySpan, Linked]]:
    """``bodies`` with each generic unit's key and parent carrying the state of its force."""
    units = {lk.key for span, lk in bodies if _generic(span, lk)}
    if not units:
        return bodies
    forces = [lk for _, lk in bodies if lk.key not in units and _force_state(lk) is not None]
    homes: dict[str, str] = {}
    for span, lk in sorted(bodies, key=lambda b: b[0].start):
        if lk.key in units and lk.key not in homes:
            owner = _owner(span, forces)
            if owner is not None:
                homes[lk.key] = owner
    doc = bodies[0][0].doc
    default = _publisher_home(doc, links) or _forces_home(forces)
    out = []
    for span, lk in bodies:
        home = homes.get(lk.key, default) if lk.key in units else None
        if home is not None:
            lk = replace(lk, key=f"{lk.key}-{state_slug(home[6:])}", parent=home)
        out.append((span, lk))
    return out


def _generic(span: SpacySpan, lk: Linked) -> bool:
    """A unit's name by number and kind alone: no state, region or body qualified it."""
    return lk.type == "Agency" and lk.parent is None and force_unit(span)


def _force_state(lk: Linked) -> str | None:
    """The state a force of the text belongs to, when the body is a force placed in a state."""
    words = lk.name.lower().split(" of ")[0].split()
    if lk.type != "Agency" or not words or words[-1] not in _FORCE_HEADS:
        return None
    return lk.parent if lk.parent is not None and lk.parent.startswith("state/") else None


def _owner(span: SpacySpan, forces: list[Linked]) -> str | None:
    """The state of the force named as the unit's owner: its possessive right before the name or
    its name right after "of"."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in {"'s", "’s"}:
        at = doc[span.start - 2].idx
        owner = next((lk for lk in forces if lk.start <= at < lk.end), None)
        if owner is not None:
            return _force_state(owner)
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        start, reach = doc[span.end + 1].idx, doc[span.end + 1].idx + _OF_REACH
        owner = next((lk for lk in forces if start <= lk.start <= reach), None)
        if owner is not None:
            return _force_state(owner)
    return None


def _publisher_home(doc: Doc, links: list[Linked]) -> str | None:
    """The state an official publisher's name names ("X Defence Force", "Ministry of Defence of X"),
    if the text names that state: its release writes of its own units."""
    publisher = doc_publisher(doc)
    if not _OFFICIAL & set(publisher.lower().replace(",", " ").split()):
        return None
    return publisher_state(publisher, {lk.key for lk in links if lk.type == "State"})


def _forces_home(forces: list[Linked]) -> str | None:
    """The one state whose forces the text names, if only one."""
    states = {state for lk in forces if (state := _force_state(lk)) is not None}
    return next(iter(states)) if len(states) == 1 else None
