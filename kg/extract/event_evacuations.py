"""Parsed sentence -> evacuations: people moved out of danger, counted or placed.

Official updates and bulletins count the people they move ("168 people were evacuated over the past
day", "rescuers evacuated 300 residents from X") or name the place emptied ("the town of X has been
evacuated"). Each is a ``kg:Event`` labelled "Evacuation", with the count of people, the place
left (the evacuated place, "from X", "in X"), the body that carried it out (the subject, a passive
"by X") and the time of its own clause. Two other wordings say the same: a noun an authority
orders or that begins ("ordered the evacuation of the town of X", "the evacuation of villages
near Y began"), and people moved out of harm's way ("4,000 residents have been moved to shelters",
"rescuers took 900 people to safety"). Precision first: an evacuation needs a count of people or
a named place, and "plans to evacuate", "could be evacuated", "called for the evacuation" are left
out as for every event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.event_triggers import PEOPLE_NOUNS, is_future, is_hypothetical
from kg.extract.quantities import QuantityMatch
from kg.extract.timex import Timex
from kg.nlp.doctext import marked, marked_in

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["read_evacuations"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


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


#: Verbs that carry out an evacuation named by its noun: "ordered the evacuation of X", "the
#: evacuation of Y began" (not "called for", "planned", "feared").
_CARRYING = frozenset(_words("order begin start conduct carry complete continue launch organise organize decree"))
#: Verbs of moving people, and where they are moved to when it is out of danger: "moved to shelters".
_MOVING = frozenset(_words("move relocate transfer take bring"))
_EVACUATING = frozenset(("evacuate", "evacuation"))
_SAFE = frozenset(_words("shelter safety refuge"))


def read_evacuations(
    reader: _Reader, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
) -> list[Mention]:
    """The evacuations one sentence reports, each counted, placed and dated by its own clause."""
    out: list[Mention] = []
    words = marked(sent.doc, "event_evacuations.lemma", LEMMA, lambda s: s.lower() in _EVACUATING | _MOVING)
    for tok in marked_in(sent, words):  # only these lemmas carry an evacuation
        lem = tok.lemma_.lower()
        verb: Token | None = None
        if tok.pos_ == "VERB" and (lem == "evacuate" or (lem in _MOVING and _to_safety(tok))):
            verb, m = tok, _by_verb(reader, tok, si, sent, quants)
        elif tok.pos_ == "NOUN" and lem == "evacuation" and (verb := _carried_out(tok)) is not None:
            m = _by_noun(reader, tok, verb, si, sent, quants)
        if verb is not None and m is not None and _dated(reader, m, verb, times):
            if m.count is not None:  # a counted evacuation is a figure: "X says 4,000 have been moved"
                m.reported_by = reader.args.figure_source(verb, verb.idx, m.agent)
            out.append(m)
    return out


def _to_safety(verb: Token) -> bool:
    """ "moved to shelters", "taken to safety", "taken by boat to X and to a shelter in Y"."""
    tos = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    tos += [g for c in tos for g in c.children if g.dep_ == "conj" and g.lower_ == "to"]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _SAFE for c in tos for g in c.children)


def _carried_out(noun: Token) -> Token | None:
    """The verb that orders or carries out an evacuation noun: its object ("ordered the evacuation")
    or its subject ("the evacuation began"); None for one only wanted or planned."""
    verb = noun.head
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in _CARRYING:
        return verb
    return None


def _done(verb: Token) -> bool:
    return not is_hypothetical(verb) and not is_future(verb)


def _by_verb(reader: _Reader, verb: Token, si: int, sent: SpacySpan, quants: list[QuantityMatch]) -> Mention | None:
    """ "168 people were evacuated", "rescuers evacuated 300 residents from X", "4,000 residents
    have been moved to shelters" (a move to safety needs its count: "moved the office to X" is none)."""
    if not _done(verb):
        return None  # "will evacuate": not yet done
    a = reader.args
    evacuated = _objects(verb, ("dobj", "nsubjpass"))
    m = reader.new("Event", si, sent, LABEL)
    for obj in evacuated:
        m.place += a.np_entities(obj, _PLACES)  # "the town of X has been evacuated"
        if m.count is None and (q := _counted(obj, quants)) is not None:
            reader.set_quantity(m, q)
    moved = verb.lemma_.lower() != "evacuate"
    if moved and m.count is None:
        return None
    within = ("from", "in", "of") if moved else ("from", "in")  # "residents of villages in X"
    for obj in _preps(verb, ("from", "in")) + [o for e in evacuated for o in _preps(e, within)]:
        m.place += a.np_entities(obj, _PLACES)  # "from villages in X": the place named inside
        m.place += [k for o in _preps(obj, ("in", "of")) for k in a.np_entities(o, _PLACES)]
    if any(c.dep_ == "dobj" for c in verb.children):
        m.agent += [k for s in _objects(verb, ("nsubj",)) for k in a.np_entities(s, _AGENTS, agentive=True)]
    for by in (c for c in verb.children if c.dep_ == "agent"):
        m.agent += [k for o in by.children if o.dep_ == "pobj" for k in a.np_entities(o, _AGENTS, agentive=True)]
    return m


def _by_noun(
    reader: _Reader, noun: Token, verb: Token, si: int, sent: SpacySpan, quants: list[QuantityMatch]
) -> Mention | None:
    """ "ordered the preventive evacuation of the town of X", "the evacuation of 300 residents from
    Y began on Monday": the noun's "of" and "from" phrases say what was emptied; the verb's
    subject, when the noun is its object, ordered it."""
    if not _done(verb):
        return None
    a = reader.args
    m = reader.new("Event", si, sent, LABEL)
    for obj in _preps(noun, ("of", "from")):
        if m.count is None and (q := _counted(obj, quants)) is not None:
            reader.set_quantity(m, q)
        m.place += a.np_entities(obj, _PLACES)
        m.place += [k for o in _preps(obj, ("of", "in", "around", "near", "from")) for k in a.np_entities(o, _PLACES)]
    if noun.dep_ == "dobj":
        m.agent += [k for s in _objects(verb, ("nsubj",)) for k in a.np_entities(s, _AGENTS, agentive=True)]
    return m


def _dated(reader: _Reader, m: Mention, verb: Token, times: list[Timex]) -> bool:
    """Date ``m`` by ``verb``'s clause; False when it has neither a count nor a named place."""
    m.place = list(dict.fromkeys(m.place))
    m.agent = [k for k in dict.fromkeys(m.agent) if k not in m.place]
    if m.count is None and not m.place:
        return False
    clause = {t.i for t in reader.args.clause_tokens(verb)}
    reader.time.set_time(m, reader.time.best_time(reader.time.times_in(times, clause)))
    return True
