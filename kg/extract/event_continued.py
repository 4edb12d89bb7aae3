"""Which figures after a crossing still count it: the follow-up figures ``events.continuation`` reads.

A sentence with no verb of movement after a crossing often goes on counting it ("About 800 more
on the Sunday"; "Of these, 75 were minors"; "The total climbed to 4,730"; "Another 230 were
recorded the next day"). Two kinds of figure there count something else:

* the day of a date: "extra ferries sail on 11 and 12 June" counts no one;
* people whose own verb tells another thing that befell them: "Three are still unaccounted for",
  "Eight men were passed on to the prosecutor", "Of these, 40 then requested protection". Their
  fate after the crossing is not the crossing; a verb of being, changing, counting, stopping or
  moving keeps them in it;
* people someone else acts on: "The field teams reached 640 households", "Mobile clinics treated
  450 children". A counted noun that is the object of a verb with its own subject is what the
  subject did; only a verb of counting, handling, carrying or taking in ("the post saw 4,000
  more travellers", "ferries brought 300 more passengers") keeps it in the flow.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import RECORDING_VERBS
from kg.extract.event_triggers import CHANGE_VERBS, CROSSING_VERBS, PEOPLE_NOUNS, crossing_attempt
from kg.extract.quantities import QuantityMatch
from kg.extract.timex import Timex

__all__ = ["continues_flow"]

#: Verbs whose subject is still the counted flow: being, staying, having, using a way across, and
#: being handled at a border ("passing" only through a way: "passed on to the police" hands over).
_FLOW_STATES = frozenset(
    [
        "be",
        "remain",
        "stay",
        "have",
        "go",
        "use",
        "move",
        "transit",
        "process",
        "check",
        "clear",
        "screen",
        "handle",
    ]
)
_SUBJECTS = ("nsubj", "nsubjpass")
#: Verbs whose object may still be the flow: seeing, reporting, carrying or taking people in.
_FLOW_OBJECTS = frozenset(
    ["see", "report", "carry", "bring", "ferry", "transport", "receive", "welcome", "host", "admit", "expect"]
)


def continues_flow(q: QuantityMatch, number: Token, times: list[Timex]) -> bool:
    """Whether the figure ``q`` (its number token ``number``) may continue the crossing before it;
    ``times`` are the times of its sentence."""
    if any(t.start <= q.start < t.end for t in times):
        return False  # "on 11 and 12 June": a day
    if number.dep_ == "nummod" and _acted_on(number.head):
        return False  # "the field teams reached 640 households"
    subject = number if number.dep_ in _SUBJECTS else number.head if number.dep_ == "nummod" else None
    if subject is None or subject.dep_ not in _SUBJECTS:
        return True
    verb = subject.head
    if verb.pos_ != "VERB":
        return True
    lemma = verb.lemma_.lower()
    if lemma == "pass":
        return any(c.dep_ == "prep" and c.lower_ in ("through", "via") for c in verb.children)
    return (
        lemma in _FLOW_STATES or lemma in CROSSING_VERBS or lemma in CHANGE_VERBS or lemma in RECORDING_VERBS
    ) or bool(crossing_attempt(verb))


def _acted_on(noun: Token) -> bool:
    """Whether the counted ``noun`` is the object of a verb with a subject of its own that does
    something to them ("field teams reached 640 households"), not one that counts, handles, carries or
    takes in the flow, nor a change of the flow's figure ("arrivals topped 5,000 people")."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _FLOW_STATES or lemma in RECORDING_VERBS or lemma in _FLOW_OBJECTS or crossing_attempt(verb):
        return False
    return lemma not in CHANGE_VERBS or subject.lemma_.lower() in PEOPLE_NOUNS
