"""Parsed sentence -> people flown across a border: evacuation and repatriation flights.

When unrest or a disaster strands foreigners, news counts them by the flights that take them home:
"X flew 96 of its citizens out on a flight to Y", "120 nationals were airlifted to Y", "a plane
carrying 96 people landed at Y", "the Antonov landed at Y carrying 57 people" (only craft land,
whatever their name), "the aircraft brought 140 people from Z to Y". Each is a counted
flow (a ``BorderCrossing``) into the place the flight goes to or lands at, from the place its own
clause says it left. Precision first: the people must be counted and the flight must go to a named
place, carried by an aircraft when the verb is no verb of flying; planned flights ("will fly",
"could be airlifted") are left out as for every event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.event_news_triggers import sent_force
from kg.extract.event_triggers import is_future, is_hypothetical
from kg.extract.quantities import QuantityMatch
from kg.extract.timex import Timex
from kg.nlp.doctext import marked, marked_in

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["read_flights"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


_FLYING = frozenset(_words("fly airlift"))
_CARRYING = frozenset(_words("carry bring take transport"))
_LANDING = frozenset(_words("land arrive"))
_AIRCRAFT = frozenset(_words("plane aircraft flight jet airliner airlift charter helicopter"))
_PLACES = ("State", "Region", "Settlement", "Place", "Checkpoint")
_TO = ("to", "into", "at", "in")


def _pobjs(token: Token, words: tuple[str, ...]) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"]


def _aircraft(token: Token | None) -> bool:
    return token is not None and token.lemma_.lower() in _AIRCRAFT


def _subject(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "acl":  # "a plane carrying 96 people": the noun it describes
        return verb.head
    return subj


def _people(verb: Token) -> list[Token]:
    """Who is carried: the verb's object, or its passive subject ("120 nationals were flown")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and not _aircraft(c)]


def _carrying(verb: Token) -> Token | None:
    """ "landed at Y carrying 96 people", "a plane carrying 96 people landed": the carrying verb."""
    subj = _subject(verb)
    for c in [*verb.children, *(subj.children if subj is not None else [])]:
        if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in _CARRYING and _people(c):
            return c
    return None


def read_flights(
    reader: _Reader, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
) -> list[Mention]:
    """The counted flights of one sentence, each dated by its own clause."""
    out: list[Mention] = []
    verbs = marked(sent.doc, "event_flights.lemma", LEMMA, lambda s: s.lower() in _FLYING | _CARRYING | _LANDING)
    for verb in marked_in(sent, verbs):  # only these lemmas carry a flight
        if verb.pos_ != "VERB" or is_hypothetical(verb) or is_future(verb):
            continue
        lem = verb.lemma_.lower()
        carrier: Token | None = None
        if lem in _FLYING or (lem in _CARRYING and _aircraft(_subject(verb)) and verb.dep_ != "acl"):
            carrier, ends = verb, [verb, *(p for p in _pobjs(verb, ("on", "aboard")) if _aircraft(p))]
        elif lem in _LANDING and (_aircraft(_subject(verb)) or lem == "land"):  # "The Antonov landed at X"
            carrier, ends = _carrying(verb), [verb]
        if carrier is None:
            continue
        m = _flight(reader, si, sent, carrier, ends, quants)
        if m is not None:
            clause = {t.i for t in reader.args.clause_tokens(verb)} | {t.i for t in carrier.subtree}
            reader.time.set_time(m, reader.time.best_time(reader.time.times_in(times, clause)))
            out.append(m)
    return out


def _flight(
    reader: _Reader, si: int, sent: SpacySpan, carrier: Token, ends: list[Token], quants: list[QuantityMatch]
) -> Mention | None:
    """A flow into where ``ends`` go, counted by the people ``carrier`` carries; None without both."""
    a = reader.args
    if any(sent_force(p) for p in _people(carrier)):
        return None  # "120 troops were flown to X": a deployment (kg.extract.event_news), no crossing
    clause = {t.i for p in _people(carrier) for t in p.subtree}
    counts = [q for q in quants if (num := reader.people_count(q, clause)) is not None and num.i in clause]
    if not counts:
        return None
    m = reader.new("BorderCrossing", si, sent)
    for end in ends:
        m.destination += [k for o in _pobjs(end, _TO) for k in a.np_entities(o, _PLACES)]
    for node in (carrier, *ends, *_people(carrier)):
        for c in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "from"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            m.origin += [k for o in objs for k in a.np_entities(o, _PLACES)]
            # "from X to Y", where the parser hangs "to Y" on "from" or on X
            m.destination += [
                k for h in (c, *objs) for g in _pobjs(h, ("to", "into")) for k in a.np_entities(g, _PLACES)
            ]
        m.origin += [
            k for c in node.children if c.lower_ == "out" for o in _pobjs(c, ("of",)) for k in a.np_entities(o, _PLACES)
        ]
    m.destination = list(dict.fromkeys(m.destination))
    m.origin = [k for k in dict.fromkeys(m.origin) if k not in m.destination]
    if not m.destination:
        return None
    reader.set_quantity(m, counts[0])
    return m
