"""A stop of people at a border -> the body that made it: the agent of the counted attempt.

Border agencies report what they did, not only what they saw: "the X Border Police prevented 1,745
illegal entries", "X's navy says it stopped three dinghies with 118 people on board", "the
migration service has refused entry to 1,915 foreigners". The figure is an attempted crossing
(:mod:`kg.extract.event_attempts`) and the body that stopped, prevented or refused it is what
carried it out, so it is the event's ``kg:agent``, whatever state it stands for. A verb that only
counts ("recorded 2,635 illegal crossings") makes no agent: the counting body is the figure's
source, not the doer of the crossing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.event_triggers import INTERCEPTION, crossing_attempt

if TYPE_CHECKING:
    from kg.extract.event_args import ArgReader

__all__ = ["stop_subjects", "stopping_bodies"]

#: What can stop people at a border: a state or one of its bodies, or a named organization.
_STOPPERS = ("State", "Agency", "Organization")


def stop_subjects(verb: Token) -> Iterator[Token]:
    """Who does ``verb``: its subject, the object of its "by" phrase, and for a pronoun subject of a
    reported clause the sayer ("the coast guard says it stopped ...")."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "agent"):
            continue
        subj = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
        if subj.pos_ == "PRON" and verb.dep_ == "ccomp":
            subj = next((g for g in verb.head.children if g.dep_ == "nsubj"), subj)
        yield subj


def stopping_bodies(args: ArgReader, verb: Token) -> list[str]:
    """The named bodies that stopped, prevented or refused the people ``verb`` counts; none when
    ``verb`` is no verb of stopping ("recorded", "counted")."""
    if crossing_attempt(verb) != INTERCEPTION:
        return []
    out: list[str] = []
    for subj in stop_subjects(verb):
        keys = args.np_entities(subj, _STOPPERS, agentive=True)
        if not keys:  # "officers of the X Coast Guard": the body they serve in
            keys = [
                k
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
                for k in args.np_entities(g, _STOPPERS, agentive=True)
            ]
        if not keys and (body := _body_of(args, subj)) is not None:
            keys = [body]
        out += [k for k in keys if k not in out]
    return out


def _body_of(args: ArgReader, subj: Token) -> str | None:
    """The body a subject that names no entity stands for: its short form spelt once in brackets
    ("the National X Service (NXS) ... NXS has refused entry"), or its members by the last words of
    its name ("the State Border Guard ... border guards have prevented"), named before the subject.
    Of several bodies, none: the tie is the text's, not ours to break."""
    phrase: tuple[str, ...]
    if subj.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in subj.children):
        phrase = (subj.text,)
        by_alias = True
    elif subj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("the",) for c in subj.children):
        phrase = (*(c.lower_ for c in subj.lefts if c.dep_ == "compound"), subj.lemma_.lower())
        by_alias = False
    else:
        return None
    found = []
    for entity in args.index.by_key.values():
        if entity.type not in ("Agency", "Organization") or not any(m.start < subj.idx for m in entity.mentions):
            continue
        if by_alias:
            named = phrase[0] in entity.aliases
        else:
            ends = (tuple(n.casefold().split()[-len(phrase) :]) for n in (entity.name, *entity.aliases))
            named = len(phrase) > 1 and phrase in ends
        if named:
            found.append(entity.key)
    return found[0] if len(found) == 1 else None
