"""(entities, linked mentions, found relations) -> ``kg:partOf`` from a state's body no rule placed
to the state the text is told from.

A release or briefing names its own government's bodies without their state: "the Office of
National Security said", "the Supreme Electoral Tribunal confirmed", "specialists of the 10th
Engineer Brigade". When no sentence, paragraph or dateline ties such a body to a state, and the
text is published by one state's body that names its state ("Ministry of Defence of Ruritania"),
the body is that state's. A story merely naming one state most is no such voice: a report on an
attack names the attacker as often as the attacked, and a bulletin names other states' bodies.
Bodies that stand above states (a bloc's, the UN's, a joint commission), bodies of an
organization, a region or a town the text names inside their name, news outlets and bare
one-word names stay unplaced: whose they are is not the home state's to say.
"""

from __future__ import annotations

from kg.extract.above_states import above_states
from kg.extract.crossings import home_state
from kg.extract.links import Linked
from kg.extract.relation_spans import Found
from kg.lexicon.names import strip_the
from kg.model import Entity
from kg.reference.tables import fold, parts

__all__ = ["place_orphan_bodies"]

#: Words of names of bodies above or between states: "International ...", "United Nations ...".
_SHARED = frozenset({"international", "multinational", "intergovernmental", "united", "world", "global", "inter"})

#: Words of news outlets' names: a press corps or a broadcaster is no state's body.
_OUTLETS = frozenset({"news", "media", "broadcasting", "radio", "television", "corps"})


def place_orphan_bodies(entities: tuple[Entity, ...], links: list[Linked], found: Found, publisher: str | None) -> None:
    """Add ``body partOf home state`` for each named body with no ``partOf`` at all."""
    owned = {s for (s, p, _) in found if p == "partOf"}
    orphans = [e for e in entities if e.type == "Agency" and e.key not in owned and _state_body(e, entities)]
    if not orphans:
        return
    home = home_state(links, publisher, named_most=False)
    if home is None:
        return
    for body in orphans:
        found.setdefault((body.key, "partOf", home), []).append(body.mentions[0])


def _state_body(body: Entity, entities: tuple[Entity, ...]) -> bool:
    """``body``'s name may be a state's own: two words or more, none of a body above states, an
    outlet's or a part of the reference table, and no other organization or place named inside it."""
    words = strip_the(body.name).split()
    if len(words) < 2 or above_states(words) or {w.lower() for w in words} & (_SHARED | _OUTLETS):
        return False
    if fold(body.name) in _reference_parts():
        return False
    name = f" {fold(body.name)} "
    return not any(
        e.key != body.key and e.type in {"Organization", "Region", "Settlement"} and f" {fold(n)} " in name
        for e in entities
        for n in {e.name, *e.aliases}
        if n
    )


def _reference_parts() -> frozenset[str]:
    """Folded names of the EU and UN bodies of the reference table."""
    return frozenset(n for part in parts()[1] for n in part.names)
