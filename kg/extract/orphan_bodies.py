"""(entities, linked mentions, found relations) -> ``kg:partOf`` from a state's body no rule placed
to the state the text is told from.

A release or briefing names its own government's bodies without their state: "the Office of
Coastal Affairs said", "the National Roads Tribunal confirmed", "engineers of the 7th Signals
Regiment". When no sentence, paragraph or dateline ties such a body to a state, and the
text is published by one state's body that names its state ("Ministry of Defence of Ruritania"),
the body is that state's. A story merely naming one state most is no such voice: a report on an
attack names the attacker as often as the attacked, and a bulletin names other states' bodies.
Bodies that stand above states (a bloc's, the UN's, a joint commission), bodies of an
organization, a region or a town the text names inside their name, news outlets and bare
one-word names stay unplaced: whose they are is not the home state's to say.
"""

from __future__ import annotations

from functools import cache

from kg.extract.above_states import above_states
from kg.extract.crossings import home_state
from kg.extract.links import Linked
from kg.extract.relation_spans import Found
from kg.lexicon.names import strip_the
from kg.model import Entity
from kg.reference.tables import fold, memberships, parts

__all__ = ["place_orphan_bodies"]

#: Words of names of bodies above or between states: "International ...", "United Nations ...".
_SHARED = frozenset({"international", "multinational", "intergovernmental", "united", "world", "global", "inter"})

#: Words of news outlets' names: a press corps or a broadcaster is no state's body.
_OUTLETS = frozenset({"news", "media", "broadcasting", "radio", "television", "corps"})

#: Heads of a parliament's committees and of commissions states share: part of a body, not a state.
_COMMITTEES = frozenset({"committee", "commission"})


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
    outlet's or a committee's, no part of the reference table, and no bloc, other organization or
    place named inside it."""
    words = strip_the(body.name).split()
    if len(words) < 2 or above_states(words) or {w.lower() for w in words} & (_SHARED | _OUTLETS | _COMMITTEES):
        return False
    name = f" {fold(body.name)} "
    if fold(body.name) in _reference_parts() or any(f" {org} " in name for org in _blocs()):
        return False
    return not any(
        e.key != body.key and e.type in {"Organization", "Region", "Settlement"} and f" {fold(n)} " in name
        for e in entities
        for n in {e.name, *e.aliases}
        if n
    )


@cache
def _blocs() -> frozenset[str]:
    """Folded names of the organizations of the membership table: "the X Commission" of a bloc is the bloc's."""
    return frozenset(n for org in memberships()[1] for n in org.names)


@cache
def _reference_parts() -> frozenset[str]:
    """Folded names of the EU and UN bodies of the reference table."""
    return frozenset(n for part in parts()[1] for n in part.names)
