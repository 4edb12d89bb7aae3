"""Trigger + parsed sentence -> the words outside a crossing's own clause that still belong to it,
and the destination of flows their sentence does not place.

News counts people in one clause and moves them in another: "300 people were forced to flee X",
"they fled and crossed into X", "patrols detected 410 people entering X", "X opened a corridor and
had received 2,000 civilians". These helpers widen the clause events.py reads figures and times
from, and give counted flows with no place of arrival the one the rest of the story names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.event_args import RECORDING_VERBS, ArgReader
from kg.extract.event_merge import Mention
from kg.extract.event_number_of import number_of_clause
from kg.extract.event_removals import removed_people
from kg.extract.event_triggers import CHANGE_VERBS, CROSSING_VERBS

__all__ = ["borrowed_clause", "is_removal", "left_behind", "placed_by_story", "shared_subject"]


def shared_subject(verb: Token) -> Token | None:
    """The subject a verb joined to another borrows from it ("X opened ... and received ..."), or None."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def borrowed_clause(args: ArgReader, head: Token) -> set[int]:
    """Tokens outside ``head``'s own clause that still count its people and date it.

    "300 people were forced to flee X": the people are the subject of the verb it completes;
    "they fled and crossed into X": a verb joined to another shares its subject (not "entered and
    left": the people are the first verb's); "detected 410 people entering X", "arrested 300 people
    who had crossed X": a participle or relative clause on the counted noun takes the noun, and the
    clause of the verb that counted them (its time "between 2 and 8 May", its reporter), as a flow
    noun takes the clause of the verb it is the object of ("recorded 6,310 arrivals in May").
    """
    out: set[int] = set()
    joined = head.dep_ == "conj" and head.head.lemma_.lower() not in CROSSING_VERBS
    if head.dep_ == "xcomp" or (joined and shared_subject(head) is not None):
        out |= {t.i for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    if _object_controlled(head):  # "assisted 3,100 migrants to return home": the object is who moves
        out |= {t.i for c in head.head.children if c.dep_ == "dobj" for t in c.subtree}
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        people = head.head
        out |= {people.i} | {
            t.i for c in people.children if c.dep_ in ("nummod", "quantmod", "amod") for t in c.subtree
        }
        counter = people.head
        if people.dep_ in ("dobj", "nsubjpass") and counter.pos_ == "VERB":
            own = {x.i for x in head.subtree}  # its figures are the noun's: "between 2 and 8 May" counts no one
            out |= {t.i for t in args.clause_tokens(counter) if t.i not in own and (not t.like_num or _compared(t))}
    if head.dep_ in ("xcomp", "advcl") and head.head.lemma_.lower() in RECORDING_VERBS:
        # "logged 3,900 people entering X in May, down from 3,100 in April": the counting verb's
        # baseline and average are the flow's figures too
        out |= {t.i for t in args.clause_tokens(head.head) if t.like_num and _compared(t)}
    for verb in number_of_clause(head, CHANGE_VERBS):  # "the number of people who entered X rose to N"
        own = {x.i for x in verb.children if x.dep_ == "nsubj" for x in x.subtree}
        out |= {t.i for t in args.clause_tokens(verb) if t.i not in own}
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        # "recorded 6,310 arrivals in X in May", "3,060 entries were registered in June": the
        # verb that counted the flow dates it (its own figures, if any, are not the flow's)
        own = {x.i for x in head.subtree}
        out |= {t.i for t in args.clause_tokens(head.head) if t.i not in own and (not t.like_num or _compared(t))}
    return out


#: The adverbs of a baseline: "up from 5,480", "down from 5,480".
_BASELINE_ADVERBS = frozenset(("up", "down"))
#: Nouns of a figure that averages the counted total: "an average of 170 a day".
_AVERAGE_NOUNS = frozenset(("average", "mean"))
#: Time units of a rate set after a total: "about 170 a day".
_RATE_UNITS = frozenset(("day", "week", "month", "night", "hour"))


#: Verbs of helping people move: "assisted 3,100 migrants to return", "helped 900 refugees to travel home".
_HELPING_VERBS = frozenset(("assist", "help", "enable", "support"))


def _object_controlled(verb: Token) -> bool:
    """ "helped 900 refugees to travel home", "assisted 3,100 migrants to return": an infinitive with no
    subject of its own, completing a verb of helping with an object; the object is its subject (a
    body's assisted movements are counted one by one, as "forcing thousands to flee" is not)."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    helped = verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in _HELPING_VERBS
    return verb.dep_ in ("xcomp", "advcl") and infinitive and not own_subject and helped


def _compared(num: Token) -> bool:
    """A figure the counting verb sets after the flow it counted, of the same flow: its earlier
    period's ("compared with 5,480 in April", "up from 5,480 in April", "against 5,480 in April")
    or the total's average ("an average of roughly 170 a day", "about 170 a day"). The parser hangs
    these on the verb, not on the counted noun, so they are only the flow's by their shape."""
    prep = num.head
    if num.dep_ == "pobj" and prep.lower_ in ("with", "to") and prep.head.lower_ == "compared":
        return True
    if num.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lower_ in _BASELINE_ADVERBS:
        return True
    if num.dep_ == "pobj" and prep.lower_ == "against" and prep.head.pos_ == "VERB":
        return True
    if num.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _AVERAGE_NOUNS:
        return True
    return num.dep_ == "npadvmod" and any(c.lemma_.lower() in _RATE_UNITS for c in num.children)


def is_removal(verb: Token) -> bool:
    """True for people sent away by the subject: "we have returned 7,250 people", not "they returned"."""
    return (verb.lemma_.lower() == "return" and any(c.dep_ == "dobj" for c in verb.children)) or removed_people(verb)


def left_behind(verb: Token) -> bool:
    """True for "the shootings left six people dead", "the storm left 3,000 people homeless": the
    people "left" are its object, put in a state, and no one departs."""
    return verb.lemma_.lower() == "leave" and any(
        c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children) for c in verb.children
    )


def placed_by_story(
    mentions: list[Mention],
    unplaced: list[Mention],
    removed: list[Mention],
    state_of: Callable[[str], str | None] = lambda key: None,
) -> list[Mention]:
    """Counted flows no sentence placed ("1,300 people crossed the channel in small boats", "the
    agency counted 870 new arrivals a day"), given the destination of the story's other flows
    when those arrive in exactly one state and it is not where these people come from; people
    ``removed`` ("we returned 7,250 people") leave that state instead. A flow into a region or a
    town arrives in the state ``state_of`` finds for it ("into the X region": the region's state)."""
    reached = {d for m in mentions if m.type == "BorderCrossing" for d in m.destination}
    states = {s for d in reached if (s := d if d.startswith("state/") else state_of(d))}
    if len(states) != 1:
        return []
    out = []
    for m in unplaced:
        if not states & set(m.origin):
            m.destination = sorted(states)
            out.append(m)
    for m in removed:
        m.origin = sorted(states)
        out.append(m)
    return out
