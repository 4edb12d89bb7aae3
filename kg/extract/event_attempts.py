"""Attempt trigger + parsed sentence -> attempted, stopped or irregular border crossings.

Border guards count what they see: "1,500 attempts to cross the border were recorded", "officers
stopped 200 people a day", "900 migrants tried to enter Lithuania", "3,000 illegal crossings".
These are BorderCrossing events marked by their label ("Attempted crossings into Poland",
"Irregular crossings into Poland"), never merged with completed arrivals. The destination is
read conservatively, first found wins:

1. stated: "into Lithuania", "enter Poland", "cross the Polish border" (the border named by a
   state is the border of the state entered);
2. the state that stopped them: "Hungarian police turned back 300 people";
3. the state whose body reports the figure: "according to the Polish Border Guard";
4. the attempt of the two sentences before ("Officers stopped 200 people a day near X");
5. the state the release is filed from (its dateline), when that is not the state across the
   border ("At the border with X, the division recorded 160 attempts").

A state the border is shared "with", or named for when another state stopped the people ("at the
Serbian border" for Hungarian police), is the origin. A stop needs a border in its clause or an
attempt just before, so "police detained 40 protesters" is no crossing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_among import among_clause, among_people, people_origin
from kg.extract.event_bound import bound_for
from kg.extract.event_disasters import VESSELS
from kg.extract.event_irregular_stops import caught_in, crossed_before, irregular_people
from kg.extract.event_merge import Mention
from kg.extract.event_refusals import own_places, refusal_places
from kg.extract.event_stoppers import stop_subjects, stopping_bodies
from kg.extract.event_time import since_clause, since_start
from kg.extract.event_triggers import (
    ATTEMPT,
    INTERCEPTION,
    LEAVE_VERBS,
    Trigger,
    attempt_verb,
    crossing_attempt,
    refused_entry,
    refused_noun_entry,
)
from kg.extract.quantities import QuantityMatch, find_changes
from kg.extract.timex import Timex

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["border_states", "read_attempt"]

_BORDER_WORDS = frozenset(["border", "frontier", "checkpoint", "crossing", "fence", "borderline"])
_INTO_PREPS = frozenset(["into", "to", "towards", "toward"])
_WHERE_PREPS = frozenset(["in", "into", "to", "at", "inside", "towards", "toward"])
_AT_PREPS = frozenset(["at", "on", "near", "along", "across", "over"])
_FROM_CROSSING = frozenset(["cross", "enter", "reach", "get"])
_RECENT = 2  # sentences an attempt lends its destination to a following stop
_CARRY_VERBS = frozenset(["carry", "transport", "ferry"])


def _entered(reader: _Reader, np: Token, carrier: Token) -> list[str]:
    """Places a verb of crossing leads into: one "reaches" a country or a dependent territory
    ("trying to reach X by sea"), while reaching a town, a province or a stadium is no crossing."""
    a = reader.args
    if carrier.lemma_.lower() not in ("reach", "travel", "sail"):
        return a.np_entities(np, ("State", "Region", "Settlement", "Checkpoint"))
    return [k for k in a.np_entities(np, ("State", "Region")) if k.startswith("state/") or _territory(reader, k)]


def _territory(reader: _Reader, key: str) -> bool:
    """A region that ISO 3166-1 lists beside the states (a dependent territory: "Guam")."""
    entity = reader.args.index.by_key.get(key)
    return entity is not None and any(iri.startswith("urn:iso:std:iso:3166:-1:") for iri in entity.same_as)


def border_states(reader: _Reader, border: Token) -> tuple[list[str], list[str]]:
    """States a border is named by ("the Polish border", "Poland's border", "the state border of
    Poland", both of "the Polish-Ukrainian border", where the first hangs on the second) and shared
    with."""
    a = reader.args
    named: list[str] = []
    shared: list[str] = []
    for c in border.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            paired = [g for g in c.lefts if g.dep_ in ("amod", "compound") and g.i == c.i - 2 and g.nbor().text == "-"]
            for word in (*paired, c):
                named += a.np_entities(word, ("State",)) or ([k] if (k := _demonym(word.text)) else [])
        elif c.dep_ == "prep" and c.lower_ == "of":
            named += [k for o in c.children if o.dep_ == "pobj" for k in a.np_entities(o, ("State",))]
        elif c.dep_ == "prep" and c.lower_ in ("with", "between"):
            for o in c.children:
                if o.dep_ == "pobj":
                    shared += a.np_entities(o, ("State",))
    return named, shared


def _demonym(word: str) -> str | None:
    from kg.extract.event_args import demonym_state

    return demonym_state(word)


def _state_of(reader: _Reader, key: str) -> str | None:
    """The state a reporting or acting body stands for: itself, or the state its name ends with."""
    if key.startswith("state/"):
        return key
    entity = reader.args.index.by_key.get(key)
    if entity is None or entity.type != "Agency":
        return None
    from kg.lexicon.gazetteer import state_key

    for name in (entity.name, *entity.aliases):
        if " of " in name and (found := state_key(name.rsplit(" of ", 1)[1].removeprefix("the "))):
            return found
        if found := _demonym(name.split()[0]):  # "Polish Border Guard"
            return found
        words = name.split()  # "Ruritania Defence Force Coast Guard": the state it opens with
        if found := next(
            (k for n in range(min(4, len(words) - 1), 0, -1) if (k := state_key(" ".join(words[:n])))), None
        ):
            return found
    return None


def _stopped(tok: Token) -> list[Token]:
    """What a stop stopped: its objects, the words joined to them ("35 boats and 540 persons") and
    the people a stopped vessel carried ("two boats carrying 93 people", "a boat with 48 people")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"] + among_people(tok)
    return objs + [p for o in objs for p in _carried(o)] + [p for p in _carried(tok) if p not in objs]


def _carried(vessel: Token) -> list[Token]:
    """People aboard: the object of a carrying verb hung on ``vessel``, or its "with" phrase."""
    out: list[Token] = []
    for c in vessel.children:
        if c.dep_ == "acl" and c.lemma_.lower() in _CARRY_VERBS:
            out += [g for g in c.children if g.dep_ == "dobj"]
        elif c.dep_ == "prep" and c.lower_ == "with":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _vessel_stopped(tok: Token) -> bool:
    """True when the stop caught a boat with people aboard ("intercepted a canoe with 41 people on
    board", "stopped two skiffs carrying 30 people"): a crossing by sea, stopped at the sea border."""
    vessels = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in VESSELS]
    return any(_carried(v) for v in vessels) or bool(vessels and _carried(tok))


def _subgroup(num: Token) -> bool:
    """True for a part of the people just counted: "41 people, including nine children", "among
    them four women"."""
    noun = num.head if num.dep_ == "nummod" else num
    if noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "among" for c in noun.children)


def _stopped_crossing(tok: Token) -> list[Token]:
    """Verbs of crossing attached to a stop: "detained trying to enter X", "people who tried to cross"."""
    out = [entry] if (entry := refused_entry(tok)) is not None else []  # "refused entry into X"
    objs = _stopped(tok)
    for c in [*tok.children, *(g for o in objs for g in o.children)]:
        if c.dep_ not in ("advcl", "xcomp", "relcl", "acl"):
            continue
        if (inner := attempt_verb(c)) is not None:
            out.append(inner)
        elif c.pos_ == "VERB" and c.lemma_.lower() in ("cross", "enter"):
            out.append(c)
    return out


def _stopper(reader: _Reader, tok: Token) -> list[str]:
    """The state whose officers stopped or counted the people ("Hungarian police", "Poland")."""
    a = reader.args
    out: list[str] = []
    for subj in stop_subjects(tok):
        keys = a.np_entities(subj, ("State", "Agency"), agentive=True)
        if not keys:  # "officers of the X Coast Guard": the body they serve in
            keys = [
                k
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
                for k in a.np_entities(g, ("State", "Agency"), agentive=True)
            ]
        out += [st for k in keys if (st := _state_of(reader, k))]
        if not keys and (key := a.group_origin(subj)):  # "Greek border guards"
            out.append(key)
    return out


def _border_context(clause: set[int], sent: SpacySpan) -> bool:
    """True when a stop happens at a border or at sea ("intercepted 400 migrants off the coast",
    "stopped a boat at sea") or keeps people from crossing."""
    for t in sent:
        if t.i in clause and t.lemma_.lower() in _BORDER_WORDS:
            return True
        if t.i in clause and _at_sea(t):
            return True
        if t.i in clause and t.dep_ == "pcomp" and t.lemma_.lower() in _FROM_CROSSING and t.head.lower_ == "from":
            return True
    return False


#: Words of the sea a stop happens on: a navy or coast guard stops people crossing by boat.
_SEA_WORDS = frozenset(["sea", "coast", "coastline", "waters", "offshore"])


def _at_sea(tok: Token) -> bool:
    """ "at sea", "off the coast of X", "in territorial waters", "off X" (a place name after "off")."""
    if tok.lemma_.lower() in _SEA_WORDS and tok.dep_ in ("pobj", "advmod"):
        return True
    if tok.lower_ != "off" or tok.dep_ not in ("prep", "prt"):
        return False
    # the parser often reads "stopped off X" as a particle and X as the verb's own object or adverb
    following = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return any(o.dep_ == "pobj" for o in tok.children) or (following is not None and following.is_title)


def _the_country(tok: Token) -> bool:
    """ "tried to enter the country": in a border body's report, its own country, which the text
    may have named long before another state it mentions on the way."""
    return tok.lemma_.lower() == "country" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _counted_people(tok: Token) -> set[int]:
    """The number on the people an attempt clause describes ("detected 127 migrants who were trying to
    leave X", "counted 58 people attempting to cross"), when no stop reads them already ("stopped 58
    people who tried to cross" is the stop's figure)."""
    people = tok.head
    if tok.dep_ not in ("relcl", "acl") or people.pos_ not in ("NOUN", "PROPN") or people.head.i == people.i:
        return set()
    if crossing_attempt(people.head) == INTERCEPTION:
        return set()
    return {t.i for c in people.children if c.dep_ in ("nummod", "quantmod") for t in c.subtree}


def read_attempt(
    reader: _Reader, trig: Trigger, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
) -> list[Mention]:
    """The attempted, stopped or irregular crossings one trigger announces (one per figure)."""
    a = reader.args
    tok = trig.token
    m = reader.new("BorderCrossing", si, sent, ATTEMPT if trig.label == INTERCEPTION else trig.label)
    head = tok  # the clause the figures and the time sit in
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB":
        head = tok.head  # "1,500 attempts ... were recorded last week"
    head = among_clause(tok) or head  # "Among the people detained were 40 migrants ..."
    described = _counted_people(tok)  # "detected 127 migrants who tried to ...": the people counted
    clause = {t.i for t in a.clause_tokens(head)} | {t.i for t in tok.subtree} | described
    recent = reader.recent_attempt if reader.recent_attempt and si - reader.recent_attempt[0] <= _RECENT else None
    inner = _stopped_crossing(tok) if trig.label == INTERCEPTION else []
    bound = [k for o in _stopped(tok) for k in bound_for(a, o)]  # "45 migrants bound for X were stopped"
    # "the rangers held 583 undocumented people near X" (a body's count of its stops; "were held
    # in a raid" may be an arrest), "apprehended after crossing from Y": stopped crossings
    stopped_by = any(True for _ in stop_subjects(tok))
    unlawful = trig.label == INTERCEPTION and (
        (stopped_by and irregular_people(_stopped(tok), tok)) or bool(crossed_before(tok))
    )
    inner += crossed_before(tok) if trig.label == INTERCEPTION else []
    if (
        trig.label == INTERCEPTION
        and not (inner or _border_context(clause, sent) or recent or _vessel_stopped(tok) or bound or unlawful)
        and refused_noun_entry(tok) is None
    ):
        # "turned back" / "pushed back" after a sentence about the border: a pushback there
        back = any(c.lower_ == "back" for c in tok.children)
        if not back or not any(_border_context({t.i for t in p}, p) for p in reader.sents[max(0, si - 2) : si]):
            return []
    named: list[str] = []
    shared: list[str] = []
    carriers = [c for c in (tok, attempt_verb(tok), *inner) if c is not None]
    if head.i != tok.i:  # "At the border with X, officers recorded 160 attempts": the counting verb's border
        for o in (g for c in head.children if c.dep_ == "prep" and c.lower_ in _AT_PREPS for g in c.children):
            if o.dep_ == "pobj" and o.lemma_.lower() in _BORDER_WORDS:
                n, s_ = border_states(reader, o)
                named, shared = named + n, shared + s_
    refused = refused_entry(tok) or refused_noun_entry(tok)  # "refused entry to 31", "31 refusals of entry"
    countries: list[Token] = []  # "tried to enter the country": read after the side that counted them
    for carrier in carriers:
        for c in carrier.children:
            objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
            if c.dep_ == "prep" and c.lower_ == "to" and refused is not None and carrier in (tok, refused):
                continue  # "refused entry to 300 people": those refused, not where they went
            if c.dep_ == "prep":
                preps = _INTO_PREPS if trig.label == INTERCEPTION else _WHERE_PREPS
                for o in objs:
                    if o.lemma_.lower() in _BORDER_WORDS and c.lower_ in _AT_PREPS | _WHERE_PREPS | {"of"}:
                        n, s = border_states(reader, o)
                        named, shared = named + n, shared + s
                    elif c.lower_ in preps and _the_country(o):
                        countries.append(o)
                    elif c.lower_ in preps:
                        m.destination += _entered(reader, o, carrier)
                    elif c.lower_ == "from":
                        m.origin += a.np_entities(o, ("State", "Region", "Settlement"))
            elif c.dep_ == "dobj" and carrier.i != tok.i:  # "(tried) to cross the Polish border"
                if c.lemma_.lower() in _BORDER_WORDS:
                    n, s = border_states(reader, c)
                    named, shared = named + n, shared + s
                elif carrier.lemma_.lower() in LEAVE_VERBS:  # "trying to leave X": they came from X
                    m.origin += a.np_entities(c, ("State", "Region", "Settlement"))
                elif _the_country(c):
                    countries.append(c)
                else:
                    m.destination += _entered(reader, c, carrier)
    # who stopped them, or counted them ("Spanish police recorded 3,400 illegal crossings")
    # a stop's subject, or the subject of the verb counting the attempts (head is another token then)
    stopper = _stopper(reader, head) if trig.label == INTERCEPTION or head.i != tok.i else []
    m.agent = stopping_bodies(a, head)  # "the X Border Police prevented 1,745 entries": who stopped them
    counts = [q for q in quants if (num := reader.people_count(q, clause)) is not None and not _subgroup(num)]
    if not counts:
        return []
    reporters = a.reported_by(head, counts[0].start)
    if not m.destination and bound:
        m.destination = bound[:1]
    # "trying to leave X": only where the text says they were going ("towards Y"), never the state
    # that stopped or counted them, which is the one they were leaving
    leaving = any(c.lemma_.lower() in LEAVE_VERBS for c in carriers)
    if not m.destination and not leaving:
        if trig.label != INTERCEPTION and named:
            m.destination = named[:1]
            named = []
        elif stopper:
            m.destination = stopper[:1]
        elif states := [st for k in reporters if (st := _state_of(reader, k))]:
            m.destination = states[:1]
        elif named and countries and (here := a.home or a.story_state) is not None and here not in named:
            # "stopped 300 people who entered the country along the Xian border": the country is the
            # one the text is filed from (or about); the state the border is named by is the far side
            m.destination = [here]
        elif named:  # "were turned back at the Chilean border": nobody else names the state entered
            m.destination, named = named[:1], named[1:]
        elif recent:
            m.destination = list(recent[1].destination)
        elif a.home and a.home not in shared:  # counted by a body of the state the release is filed from
            m.destination = [a.home]
    if not m.destination and unlawful:  # "held 583 undocumented people near X": inside the state entered
        m.destination = [k for o in caught_in(tok) for k in a.np_entities(o, ("State", "Region", "Settlement"))][:1]
        if not m.destination and a.story_state and a.story_state not in (*m.origin, *shared):
            m.destination = [a.story_state]  # "apprehended after crossing from Y": into the state the text is about
    if not m.destination and countries:  # nobody's side named: the state the text is about, else the last named
        m.destination = [a.story_state] if a.story_state else a.np_entities(countries[0], ("State",))[:1]
        if not a.story_state and described:  # a count in passing ("detected six who tried to enter the
            return []  # country"): only a side the text makes plain
    figures = [num for q in counts if (num := reader.people_count(q, clause)) is not None]
    places = refusal_places(a, tok, refused, figures) if refused is not None else []  # "refused entry at X"
    where = list(dict.fromkeys(k for k, _ in places))
    if not m.destination and refused is not None:  # "refused entry at X"; else the side the story is about
        m.destination = where or [s for s in (a.story_state,) if s is not None and s not in shared]
    if not m.destination:
        return []
    m.origin += [s for s in (*shared, *named) if s not in m.destination]
    m.origin += [k for o in people_origin(among_people(tok)) for k in a.np_entities(o, ("State",))]
    if trig.label == INTERCEPTION:  # "X's coast guard stopped 300 people bound for Y": they left X
        m.origin += [s for s in stopper if s not in m.destination]
        if bound and not stopper and a.home and a.home not in m.destination:  # "we", "police", filed from X
            m.origin.append(a.home)
    for q in counts:  # "400 Peruvians", "120 Peruvian nationals": the people's state
        num = reader.people_count(q, clause)
        if num is not None and (key := a.group_origin(num.head)) and key not in m.destination:
            m.origin.append(key)
    if not m.origin and recent:
        m.origin = [o for o in recent[1].origin if o not in m.destination]
    m.destination = list(dict.fromkeys(m.destination))
    m.origin = list(dict.fromkeys(m.origin))
    if refused is not None:  # "were refused entry": an act at the refusing side's border, which is there
        m.place = [*where, *(k for k in m.destination if k not in where)]
    elif not (m.place or leaving or bound):  # "foiled 185 attempts", "intercepted 56 migrants": stopped
        m.place = [k for k in m.destination if k.startswith("state/")][:1]  # at the border of the state entered
    changes = find_changes(sent.text)
    if changes:
        m.change_percent = changes[0].percent
    # "Since the new rules took effect on 2 May, 300 were refused entry": the clause's day opens the period
    since = since_clause(head)
    clause_times = reader.time.times_in(times, clause - since) or [
        since_start(t) for t in reader.time.times_in(times, since)
    ]
    out = []
    for i, q in enumerate(counts):
        one = reader._copy(m)
        reader.set_quantity(one, q)
        if len(counts) > 1:
            reader.time.segment_time(one, q, counts, i, clause_times)
            # "300 turned away on the Xian side, against 120 on the Yian side": each figure its own side
            if own := own_places(places, [sent.start_char + c.start for c in counts], i):
                one.place = [*own, *(k for k in one.place if k not in where)]
                one.destination = own if one.destination == where else one.destination
        else:
            reader.time.set_time(one, reader.time.best_time(clause_times))
        one.reported_by = a.reported_by(head, q.start) or (list(recent[1].reported_by) if recent else [])
        reader.time.past_weekdays(one, clause_times, head, reader.article.published)
        out.append(one)
    return out
