"""Parsed sentence -> evacuations: people moved out of danger, counted or placed.

Official updates and bulletins count the people they move ("168 people were evacuated over the past
day", "rescuers evacuated 300 residents from X") or name the place emptied ("the town of X has been
evacuated"). Each is a ``kg:Event`` labelled "Evacuation", with the count of people, the place
left (the evacuated place, "from X", "in X"), the body that carried it out (the subject, a passive
"by X") and the time of its own clause. Precision first: an evacuation needs a count of people or
a named place, and "plans to evacuate", "could be evacuated" are left out as for every event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.event_triggers import PEOPLE_NOUNS, is_future, is_hypothetical
from kg.extract.quantities import QuantityMatch
from kg.extract.timex import Timex

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["read_evacuations"]

LABEL = "Evacuation"
_PLACES = ("State", "Region", "Settlement", "Place")
_AGENTS = ("Person", "Agency", "Organization", "State")


def _objects(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in verb.children if c.dep_ in deps]


def _preps(token: Token, words: tuple[str, ...]) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"]


def _counted(evacuated: Token, quants: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure counting the people evacuated: "168 people", "37 children" (not "22 settlements")."""
    if evacuated.lemma_.lower() not in PEOPLE_NOUNS and not evacuated.like_num:
        return None
    nums = {c.idx for c in evacuated.children if c.dep_ == "nummod" or c.like_num}
    if evacuated.like_num:
        nums.add(evacuated.idx)
    return next((q for q in quants if any(q.start <= i < q.end for i in nums) and q.quantity.count), None)


def read_evacuations(
    reader: _Reader, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
) -> list[Mention]:
    """The evacuations one sentence reports, each counted, placed and dated by its own clause."""
    a = reader.args
    out: list[Mention] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "evacuate" or is_hypothetical(verb):
            continue
        if is_future(verb):
            continue  # "will evacuate": not yet done
        evacuated = _objects(verb, ("dobj", "nsubjpass"))
        m = reader.new("Event", si, sent, LABEL)
        for obj in evacuated:
            m.place += a.np_entities(obj, _PLACES)  # "the town of X has been evacuated"
            if m.count is None and (q := _counted(obj, quants)) is not None:
                reader.set_quantity(m, q)
        for obj in _preps(verb, ("from", "in")) + [o for e in evacuated for o in _preps(e, ("from", "in"))]:
            m.place += a.np_entities(obj, _PLACES)  # "from villages in X": the place named inside
            m.place += [k for o in _preps(obj, ("in", "of")) for k in a.np_entities(o, _PLACES)]
        if any(c.dep_ == "dobj" for c in verb.children):
            m.agent += [k for s in _objects(verb, ("nsubj",)) for k in a.np_entities(s, _AGENTS, agentive=True)]
        for by in (c for c in verb.children if c.dep_ == "agent"):
            m.agent += [k for o in by.children if o.dep_ == "pobj" for k in a.np_entities(o, _AGENTS, agentive=True)]
        m.place = list(dict.fromkeys(m.place))
        m.agent = [k for k in dict.fromkeys(m.agent) if k not in m.place]
        if m.count is None and not m.place:
            continue
        clause = {t.i for t in a.clause_tokens(verb)}
        reader.time.set_time(m, reader.time.best_time(reader.time.times_in(times, clause)))
        out.append(m)
    return out
