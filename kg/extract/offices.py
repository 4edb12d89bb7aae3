"""DocExtraction -> the same without entities that are only an office's capitalised words.

Official texts capitalise offices: "the Official Spokesperson said", "the Regional Refugee
Coordinator". The tagger reads such a phrase as a body or a person, and the position finder
needs that reading to take it as the title of the name beside it ("the Humanitarian Coordinator,
Jane Roe,"); but the phrase itself names nobody. An entity whose name ends in a noun of a role
held by one person, with no body's head word, is dropped once every extractor has run, unless a
position, relation, statement or event points to it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import DocExtraction, Entity
from kg.nlp.heads import BODY_HEADS, COUNCIL_HEADS, ORG_HEADS

__all__ = ["without_offices"]

#: Nouns of a role held by one person: a name never ends in one.
_ROLE_HEADS = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "chairperson", "chairman", "chairwoman", "coordinator"}
    | {"co-ordinator", "rapporteur", "envoy"}
)
_BODY_WORDS = BODY_HEADS | ORG_HEADS | COUNCIL_HEADS


def _office(entity: Entity) -> bool:
    """A body or person whose name is an office's words: "Official Spokesperson", "Area Coordinator"."""
    words = entity.name.casefold().split()
    return (
        entity.type in {"Organization", "Person"}
        and len(words) > 1
        and words[-1] in _ROLE_HEADS
        and not any(w in _BODY_WORDS for w in words)
    )


def without_offices(out: DocExtraction) -> DocExtraction:
    """``out`` without the entities that only name an office and that nothing else points to."""
    offices = {e.key for e in out.entities if _office(e)}
    if not offices:
        return out
    used = {p.holder for p in out.positions} | {p.post_in for p in out.positions if p.post_in}
    used |= {k for r in out.relations for k in (r.subject, r.object)}
    used |= {s.speaker for s in out.statements}
    for ev in out.events:
        used |= {*ev.agent, *ev.target, *ev.place, *ev.origin, *ev.destination, *ev.via, *ev.reported_by}
    drop = offices - used
    return replace(out, entities=tuple(e for e in out.entities if e.key not in drop)) if drop else out
