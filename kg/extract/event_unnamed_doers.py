"""(mentions, sentences, entities) -> who made an arrest or a seizure its sentence tells without a doer.

Releases of forces tell their own arrests and seizures in the passive and leave the doer to the
context: "The army swept the hills around X from Monday; 17 suspects were detained in the course of
the operation"; "9 rifles were seized at Z in May, the Y Gendarmerie says"; "The Y
Gendarmerie refused entry to 230 people last week. A further 14 were held for smuggling." Read
alone, such an arrest has no one and often nowhere to it, and matches no reported fact. The doer
is the one a reader takes from the context, in this order:

* the operation the sentence puts it in ("during the operation"): that operation's doers, and its
  places when the arrest names none;
* the force that gives the figure ("according to the Y Police", "the Y Customs said"): a police,
  guard, customs or armed force reports its own arrests and seizures;
* a force that acted in the same sentence or the sentence just before, in the same paragraph;
* the force that publishes the release: "The driver and a passenger were arrested", in a customs
  release that names no other doer, were arrested by that customs service.

Only police, guards, customs and armed forces are taken as doers by the last three readings: a
ministry that reports or announces arrests did not make them.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.event_during_event import pointed_noun
from kg.extract.event_merge import Mention
from kg.extract.index import EntityIndex

__all__ = ["unnamed_doers"]

#: Events a force makes and tells in the passive (labels of generic events).
_DONE_BY_FORCES = frozenset(("Arrest", "Seizure"))
#: Words in the name of a body that arrests and seizes: police, guards, customs and armed forces.
_FORCE_WORDS = frozenset(
    ("police", "guard", "guards", "customs", "army", "forces", "gendarmerie", "navy", "constabulary", "military")
)
#: Nouns that point back to an operation: "during the operation", "throughout the offensive".
_OPERATION_NOUNS = frozenset(("operation", "offensive"))
#: Entity types that place an event.
_PLACE_TYPES = frozenset(("Place", "State", "Region", "Settlement", "Checkpoint"))


def _is_force(key: str, index: EntityIndex) -> bool:
    entity = index.by_key.get(key)
    if entity is None or entity.type != "Agency":
        return False
    return any(w in _FORCE_WORDS for w in entity.name.lower().replace("-", " ").split())


def _places(keys: list[str], index: EntityIndex) -> list[str]:
    return [k for k in keys if (e := index.by_key.get(k)) is not None and e.type in _PLACE_TYPES]


def _same_paragraph(sents: list[Span], a: int, b: int) -> bool:
    """Whether sentences ``a`` <= ``b`` are in one paragraph (no blank line between them)."""
    doc = sents[a].doc
    return "\n\n" not in doc.text[sents[a].end_char : sents[b].start_char]


def _operation(m: Mention, mentions: list[Mention], sents: list[Span]) -> Mention | None:
    """The operation with doers that a "during the operation" in ``m``'s sentence points back to (the
    phrase itself may be read as an operation of its own, with none)."""
    noun = pointed_noun(sents[m.sentence])
    if noun is None or noun.lemma_.lower() not in _OPERATION_NOUNS:
        return None
    before = [b for b in mentions if b.sentence <= m.sentence and b.type == "MilitaryOperation" and b.agent]
    return before[-1] if before else None


def _acting_force(m: Mention, mentions: list[Mention], sents: list[Span], index: EntityIndex) -> list[str]:
    """The forces that acted in ``m``'s sentence or the one before it in the same paragraph."""
    for si in (m.sentence, m.sentence - 1):
        if si < 0 or not _same_paragraph(sents, si, m.sentence):
            continue
        forces = [k for b in mentions if b.sentence == si and b is not m for k in b.agent if _is_force(k, index)]
        if forces:
            return list(dict.fromkeys(forces))
    return []


def unnamed_doers(mentions: list[Mention], sents: list[Span], index: EntityIndex, publisher: str | None = None) -> None:
    """Give each arrest or seizure told without a doer the doer its context names (in place);
    ``publisher`` is the key of the body that publishes the text, if the text names it."""
    for m in mentions:
        if m.type != "Event" or m.label not in _DONE_BY_FORCES or m.agent:
            continue
        if (operation := _operation(m, mentions, sents)) is not None:
            m.agent = list(operation.agent)
            m.place = m.place or _places(operation.place + operation.target, index)
            continue
        m.agent = [k for k in m.reported_by if _is_force(k, index)] or _acting_force(m, mentions, sents, index)
        if not m.agent and publisher is not None and _is_force(publisher, index):
            m.agent = [publisher]
