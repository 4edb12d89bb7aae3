"""Parsed sentence -> the generic events news reports: meetings, deployments, requests, decisions.

Besides crossings, closures, call-ups, votes and attacks, a news text reports what officials do:
they meet or speak with each other, deploy officers, request assistance, adopt guidelines or sign
decrees, announce aid, hold elections, arrest people, rescue people, pass sentence, vote in an
assembly. Each is a ``kg:Event`` whose label names its kind ("Meeting", "Deployment", "Request",
"Guidelines", "Aid", "Election", "Arrest", "Rescue", "Verdict", "Vote"), with the usual roles: the
subject acts (agent), a counterpart met or asked is the target or a fellow agent, "to/in/at X"
places it, a number on the people sent, held or saved is the count.

Precision first, since such verbs are everywhere: a frame is kept only with named arguments
(a meeting needs a named counterpart, a request a named asker and addressee, a deployment a named
place or sender), and the caller drops hypothetical mentions as it does for every event type.
"""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.event_args import ArgReader, demonym_state
from kg.extract.event_arrest_operations import (
    PLACING,
    carrying_verb,
    operation_doers,
    operation_phrases,
    resulting_operation,
)
from kg.extract.event_arrest_scope import (
    at_border,
    caught_crossing,
    held_as_smugglers,
    in_headline,
    in_quotation,
    partners,
)
from kg.extract.event_begun import begun_clause
from kg.extract.event_checks_in_force import checking_verb
from kg.extract.event_command import commanders, receiving_bodies
from kg.extract.event_election_place import HOLDING_VERBS, election_place, holding_verb
from kg.extract.event_force_anaphor import named_force_before
from kg.extract.event_force_bodies import force_bodies, needs_body
from kg.extract.event_force_moves import force_move_triggers, moving_force
from kg.extract.event_held_people import held_count, held_people
from kg.extract.event_joined_counts import joined_counts
from kg.extract.event_merge import Mention
from kg.extract.event_news_triggers import (
    AGENTS,
    COUNTERPARTS,
    ELECTION_VERBS,
    HELP_NOUNS,
    MISSION_NOUNS,
    PLACES,
    UNIT_NOUNS,
    NewsTrigger,
    act_verb,
    adoption_verb,
    aid_verb,
    arrested_group,
    called_person,
    counted_arrests,
    find_news_triggers,
    held_participle,
    held_somewhere,
    judges,
    lemma,
    phone_partners,
    sent_force,
    sent_members,
    verb_object,
)
from kg.extract.event_opening_hours import hours_verb
from kg.extract.event_partitives import partitive_group
from kg.extract.event_parts import in_part_stretch
from kg.extract.event_placed_forces import placed_force, placement_triggers
from kg.extract.event_recalls import recall_places
from kg.extract.event_reinforce import reinforced_place, reinforcement_triggers, reinforcing_force
from kg.extract.event_rescued import bearing_objects, rescued_group
from kg.extract.event_rounds import election_round
from kg.extract.event_route_anaphor import named_route
from kg.extract.event_seizures import seizure_count, seizure_triggers
from kg.extract.event_sent_counts import sent_count
from kg.extract.event_sent_forces import (
    ADDED_WORDS,
    count_numbers,
    counted_force,
    force_of_noun,
    force_owner_phrases,
    sent_people,
)
from kg.extract.event_sides import names_both_sides
from kg.extract.event_signings import signed_without_doer, witnesses
from kg.extract.event_speaker_states import our_force, we_body, we_state
from kg.extract.event_standing_forces import standing_force, standing_triggers
from kg.extract.event_there import placed_there
from kg.extract.event_time import since_start
from kg.extract.event_triggers import SPEECH_VERBS, announcer, is_announced, is_future, is_hypothetical
from kg.extract.event_vessels import acted_vessel
from kg.extract.event_visitors import counted_visitors
from kg.extract.quantities import QuantityMatch, find_changes
from kg.extract.timex import Timex, happening_day
from kg.nlp.persons import honorific

if TYPE_CHECKING:
    from kg.extract.events import _Reader


__all__ = ["read_news"]


def _matter(act: Token) -> list[Token]:
    """What an adopted text is about: its own phrase, and "on/about X" hanging from its verb.

    A relative clause is no part of it: "an agreement that ends the war" is a signing, not the war.
    """
    objs = _preps(act.head, ("on", "about", "for")) if act.dep_ == "dobj" else []
    about = [t for o in objs for t in o.subtree]
    said = {t.i for c in act.children if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in act.subtree if t.i not in said] + about


def _just_done(verb: Token) -> bool:
    """ "have just concluded", "has just returned": done on the day of the report."""
    children = {c.lower_ for c in verb.children}
    return "just" in children and bool(children & {"have", "has", "'ve", "’ve"})


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing out of "agreed to launch", "decided to send"; the body a
    relative clause hangs from for "which" ("the mission, which deployed …"). A "who" clause on a
    person ("Doe, who visited X last week, said …") introduces a speaker: background, no subject."""
    node = verb
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("which", "that") and node.dep_ == "relcl":
            return node.head
        if subj is not None:
            return _fronted_place(subj)
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i:
            return _fronted_subject(node)
        node = node.head
    return None


def _fronted_place(subj: Token) -> Token:
    """ "On Friday in Lima, the ministers of X and Y signed ...": the parser may take the fronted
    place for the subject and the true subject for its apposition."""
    left = subj.left_edge
    if left.i > 0 and left.nbor(-1).lower_ in ("in", "at"):
        return next((c for c in subj.children if c.dep_ == "appos"), subj)
    return subj


def _fronted_subject(verb: Token) -> Token | None:
    """The same, when the parser hangs the true subject on the fronted place's own phrase and
    leaves the verb none."""
    for c in verb.children:  # the place hangs from the verb or from a fronted time ("Yesterday in X, ...")
        if c.i < verb.i and c.dep_ in ("prep", "npadvmod", "advmod"):
            for t in c.subtree:
                if t.dep_ == "appos" and t.head.dep_ == "pobj":
                    return t
    return None


def _by(token: Token) -> list[Token]:
    return [
        g
        for c in token.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _preps(token: Token, words: tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions ``words`` under ``token`` ("sent X to Y": the parser's "dative" too).

    A name the parser reads as a clause after the preposition ("spoke with X's Minister Y", the
    title taken for Y's subject) is still its object, and so is the object of a preposition joined
    to another by "and" ("along the river and at X").
    """
    preps = [c for c in token.children if c.dep_ in ("prep", "dative")]
    preps += [g for c in preps for g in c.children if g.dep_ == "conj" and g.pos_ == "ADP"]
    return [
        g
        for c in preps
        if c.lower_ in words
        for g in c.children
        if g.dep_ == "pobj" or (g.dep_ == "pcomp" and g.pos_ == "PROPN")
    ]


class _Frames:
    """Role readers shared by the frames; ``speaker`` is who says the words the sentence quotes."""

    def __init__(self, args: ArgReader, speaker: str | None, bodily: bool = False) -> None:
        self.args = args
        self.speaker = speaker
        self.bodily = bodily  # an act a body does through its people: a speaker's "we" is also their body

    def agents(self, tok: Token | None) -> list[str]:
        """Named actors of a noun phrase; "the head of X" is X's, "I" / "we" in a quote the speaker's."""
        if tok is None:
            return []
        if tok.lower_ in ("i", "we") and self.speaker:  # "we": also the speaker's state (and body)
            body = we_body(self.args, tok, self.speaker) if self.bodily else []
            return list(dict.fromkeys([self.speaker, *we_state(self.args, tok, self.speaker), *body]))
        if self.bodily and self.speaker and (ours := our_force(self.args, tok, self.speaker)):
            return ours  # "our officers detained 14": the speaker's state and body
        if names_both_sides(tok) and self.args.sides:  # "the two governments signed ..."
            return list(self.args.sides)
        keys = self.args.np_entities(tok, AGENTS, agentive=True)
        for ap in (c for c in tok.children if c.dep_ == "appos"):
            keys += [k for k in self.args.np_entities(ap, AGENTS, agentive=True) if k not in keys]
        if not keys:  # "the Executive Director of UNICEF", "his counterpart from the United States"
            for obj in _preps(tok, ("of", "from")):
                keys += self.args.np_entities(obj, AGENTS, agentive=True)
        if not keys and (key := _demonym_mod(tok)):
            keys.append(key)
        return keys

    def places(self, tok: Token, words: tuple[str, ...] = ("to", "in", "at", "into", "inside")) -> list[str]:
        """Places of "to X", "in X", "at X's border" under ``tok``."""
        out: list[str] = []
        for obj in _preps(tok, words):
            keys = self.args.np_entities(obj, PLACES, agentive=False)
            if not keys:
                keys = [k for c in obj.children if c.dep_ == "poss" for k in self.args.np_entities(c, PLACES)]
            if lemma(obj) in _BORDER_NOUNS:  # "to its border with X", "along the frontier between X and Y"
                keys += [k for o in _preps(obj, ("with", "between")) for k in self.args.np_entities(o, PLACES)]
            out += [k for k in keys if k not in out]
        return out


#: Nouns of a border, whose "with X" names the place beyond it.
_BORDER_NOUNS = frozenset(("border", "frontier", "boundary"))


def _demonym_mod(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and (key := demonym_state(c.text)):
            return key
    return None


def _governor(tok: Token) -> Token | None:
    """The verb a noun trigger is the object or subject of."""
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "pobj") and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "pobj" and head.head.pos_ == "VERB":
        return head.head
    return None


def read_news(
    reader: _Reader,
    si: int,
    sent: Span,
    times: list[Timex],
    quants: list[QuantityMatch],
    typed: set[int],
    acting: frozenset[int] | set[int] = frozenset(),
) -> list[Mention]:
    """The generic events of one sentence, each dated by the times of its own clause.

    ``typed``: the tokens of the sentence that trigger a typed event (:func:`find_triggers`);
    ``acting``: verbs a named operation acts through ("troops of Operation X arrested 19"): what
    they report is the operation, not an arrest of its own.
    """
    out: list[Mention] = []
    moves = [NewsTrigger("Deployment", tok, "deploy") for tok in force_move_triggers(sent)]
    for trig in [
        *find_news_triggers(sent),
        *reinforcement_triggers(sent),
        *placement_triggers(sent),
        *standing_triggers(sent),
        *seizure_triggers(sent),
        *moves,
    ]:
        # "announced that 600 soldiers would be deployed": a plan announced, as a closure's is
        announced = trig.frame == "deploy" and is_announced(trig.token)
        # "said the curfew would be extended from 2 March": a measure announced by its authority
        announced = announced or (trig.frame in ("measure", "checks") and is_announced(trig.token.head))
        if (is_hypothetical(trig.token) and not announced) or trig.token.i in acting:
            continue
        adopting = act_verb(trig.token) if trig.frame == "act" else None
        own = {adopting.i} if adopting is not None else set()
        if trig.frame == "act" and any(t.i in typed - own for t in _matter(trig.token)):
            continue  # "a decree on the call-up of reservists": the call-up is the event (not "reached")
        m = reader.new(_type_of(trig), si, sent, trig.label)
        speaker = reader.args.speaker_at(trig.token.idx)
        head = _fill(reader.args, trig, m, speaker)
        if head is None:
            continue
        # a noun trigger's own words too ("a meeting on 3 May", "every vote cast on Tuesday"); a verb
        # trigger's embedded clauses never: "spoke today ... to discuss the floods of 2 March"
        own_words = {t.i for t in trig.token.subtree} if trig.token.pos_ != "VERB" else set()
        clause = {t.i for t in reader.args.clause_tokens(head)} | own_words
        # a measure's declaring is the event: "declared on Monday a state of emergency"; so is the putting
        # of a force ("added ten inspectors since April", "posted 12 guards on 3 May"), whose verbs are also
        # verbs of saying ("she added", "he posted")
        putting = trig.frame == "deploy" and placed_force(trig.token) is not None
        found = reader.time.times_in(times, clause, announced=trig.frame in ("measure", "checks") or putting)
        # "held 57 people this year, nine of them in February": February is the share's
        found = [t for t in found if not in_part_stretch(reader.time.text[sent.start_char : t.start])]
        # "rescued 35 this year, against 20 during 2025": the act's one count is not the base's
        when = reader.time.best_time([t for t in found if not reader.time.figure_base(t)])
        if when is not None and trig.token.pos_ != "VERB" and trig.token.idx < when.start:
            when = happening_day(reader.time.text, when)  # "since the election of 7 May": the election's day
        if when is None and trig.frame == "deploy":  # "285 soldiers, who began moving in yesterday": the start
            begun = reader.time.best_time(reader.time.times_in(times, begun_clause(sent, clause)))
            when = since_start(begun) if begun is not None else None
        reader.time.set_time(m, when)
        if when is None and _just_done(head) and reader.article.published is not None:
            m.date = reader.article.published.isoformat()  # "we have just concluded a meeting"
        # "the elections the country will hold on 3 May": a noun's own clause may say it is to come
        ahead = any(c.dep_ in ("relcl", "acl") and is_future(c) for c in trig.token.children)
        if is_future(trig.token) or is_future(head) or ahead:
            # "on 3 May": next May; "will travel on Monday": the next Monday, when the day is written in the
            # clause itself, not before its subject ("said on Monday she will visit": the day of saying)
            own_day = when is not None and when.start > _subject_start(head)
            reader.time.look_ahead(m, when, reader.article.published, weekdays=own_day)
            if m.date and reader.article.published and m.date < reader.article.published.isoformat():
                m.date = m.start_date = m.end_date = None  # "will deploy": not the day it was said
            reader.time.look_ahead(m, when, reader.article.published)
        sent_obj = arrested_group(trig.token) if trig.frame == "arrest" else verb_object(head)
        if trig.frame == "rescue":  # "six passengers rescued near X": the noun of the participle
            sent_obj = rescued_group(trig.token)
        if trig.frame == "vessel":  # "boarded nine yachts": the vessels
            sent_obj = acted_vessel(trig.token)
        if trig.frame == "deploy" and trig.token.i == head.i:  # "90 officers sent by X": the participle's noun
            sent_obj = (
                moving_force(head) or reinforcing_force(head) or placed_force(head) or standing_force(head)
            ) or sent_people(head)
        if trig.frame == "arrest" and counted_arrests(trig.token):
            sent_obj = trig.token  # "1,420 arrests": the noun carries its own count
            _arrest_figure(trig.token, sent, m)
        if trig.frame == "rescue":  # a counted rescue is a figure: "X said the coast guard had rescued 212"
            m.reported_by = reader.args.figure_source(head, trig.token.idx, m.agent)
        listed = held_people(trig.token) if trig.frame == "arrest" and trig.token.pos_ == "VERB" else []
        held = held_count(listed, quants)
        if held is not None:  # "two men and a woman were detained": three, not the first noun's two
            m.count = held
        elif trig.frame in ("deploy", "arrest", "rescue", "vessel") and (q := sent_count(sent_obj, quants)) is not None:
            reader.set_quantity(m, q)
            if trig.frame == "rescue" and m.change_percent is None:
                m.change_percent = _later_change(sent, q)
        if trig.frame == "seize" and (q := seizure_count(trig.token, quants)) is not None:
            reader.set_quantity(m, q)  # "seized 3,260 packets", "recorded 176 seizures"
        # "X said 40 were held"; a patrol body's count of the boats it stopped, told by that body: its own tally
        if trig.frame in ("arrest", "deploy", "seize", "vessel") and m.count is not None and not m.reported_by:
            # "X announced that 40 officers would be sent": X decides the plan and gives its figure
            plan = trig.frame == "deploy" and announcer(head) is not None
            at = trig.token.idx
            m.reported_by = reader.args.reported_by(head, at) if plan else reader.args.figure_source(head, at, m.agent)
        out.append(m)
        for q, bodies in joined_counts(sent_obj, quants) if trig.frame == "deploy" else ():
            other = reader._copy(m)  # "620 officers and 410 soldiers of the X": the X's 410
            other.date, other.start_date, other.end_date, other.date_text = (
                m.date,
                m.start_date,
                m.end_date,
                m.date_text,
            )
            reader.set_quantity(other, q)
            other.agent = [k for b in bodies for k in reader.args.np_entities(b, AGENTS, agentive=True)] or other.agent
            out.append(other)
    return out


def _subject_start(head: Token) -> int:
    """Where the clause of ``head`` begins: its subject's first character, else the head's own."""
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.left_edge.idx if subject is not None else head.idx


def _type_of(trig: NewsTrigger) -> str:
    """An election is a vote (``kg:Referendum``, labelled "Election"); the other frames are ``kg:Event``."""
    return "Referendum" if trig.frame == "elect" else "Event"


#: Frames of acts a body does through its people ("we sent", "we arrested", "we seized"); in the
#: others "we" is the speaker with whoever they met, asked or voted with, not their body.
_BODILY_FRAMES = frozenset(("deploy", "arrest", "rescue", "vessel", "seize", "measure", "checks"))


def _fill(args: ArgReader, trig: NewsTrigger, m: Mention, speaker: str | None) -> Token | None:
    """Fill ``m``'s roles for ``trig``; the head whose clause dates it, or None to drop the mention."""
    f = _Frames(args, speaker, bodily=trig.frame in _BODILY_FRAMES)
    tok = trig.token
    reader = {
        "meet": _meet,
        "deploy": _deploy,
        "request": _request,
        "ask": _ask,
        "act": _act,
        "aid": _aid,
        "elect": _elect,
        "arrest": _arrest,
        "travel": _travel,
        "measure": _measure,
        "checks": _checks,
        "hours": _hours,
        "rescue": _rescue,
        "vessel": _vessel,
        "seize": _seize,
        "verdict": _verdict,
        "vote": _vote,
    }[trig.frame]
    head = reader(f, tok, m)
    m.agent, m.target, m.place = (list(dict.fromkeys(v)) for v in (m.agent, m.target, m.place))
    m.target = [t for t in m.target if t not in m.agent]
    return head


def _meet(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X met Y", "X spoke with Y", "X held talks with Y", "a meeting with Y", "X visited Z".

    A verb needs its named subject ("The magazine spoke with ..." is an interview, not talks between
    officials); a noun needs a verb that reports it ("efforts towards a summit" is no meeting).
    """
    is_verb = tok.pos_ == "VERB"
    if is_verb and counted_visitors(tok):
        return None  # "6.8 million Xs visited Y": arrivals, counted by the crossing reader
    held = not is_verb and held_somewhere(tok)
    if held and is_future(tok.head):
        return None  # "the next session will be held in X": a plan, not a meeting held
    verb = tok if is_verb else (held_participle(tok) or tok.head) if held else _governor(tok)
    if verb is None:
        return None
    own = f.agents(_subject(verb))
    # "the two prime ministers held talks in X", "both leaders met in Y": the sides, unnamed, meet there
    both = (subj := _subject(verb)) is not None and names_both_sides(subj)
    if is_verb and not own and not both:
        return None
    counterpart = [k for obj in _preps(tok, ("with", "between")) for k in f.agents(obj)]
    if counterpart and not is_verb:  # "talks between the minister, X, and her counterpart, Y": Y may hang on the noun
        counterpart += [k for c in tok.children if c.dep_ == "appos" for k in f.agents(c) if k not in counterpart]
    if not counterpart and not is_verb and tok.dep_ == "dobj":
        # "held a phone call this afternoon with the Premier of X, Y": a time between
        # the noun and its "with" makes the parser hang the other side on the verb
        counterpart = [k for obj in _preps(verb, ("with", "between")) for k in f.agents(obj)]
    if not counterpart and is_verb:  # "spoke at noon by telephone with X"
        counterpart = [k for obj in phone_partners(tok) for k in f.agents(obj)]
    seen = (called_person(tok) if lemma(tok) == "call" else verb_object(tok)) if is_verb else None
    if seen is not None and (f.args.entity_at(seen) is not None or lemma(seen) in COUNTERPARTS):
        if lemma(tok) == "visit":
            m.place += f.args.np_entities(seen, PLACES)
        guests = [k for k in f.agents(seen) if k not in m.place]
        if lemma(tok) in ("host", "receive", "welcome"):  # one hosts a person, not "rebels" or "refugees"
            guests = [k for k in guests if k in f.args.index.by_key and f.args.index.by_key[k].type == "Person"]
        if not guests and lemma(seen) in COUNTERPARTS:
            guests = _named_next(f, seen)
        counterpart += guests
    for c in tok.children:
        if c.dep_ == "poss":
            m.agent += f.agents(c)
    m.agent += own
    m.agent += [k for k in counterpart if k not in m.agent]
    # "welcomed X to Y": the guest came to Y, where they met; "paid a state visit to Y": the noun's
    # "to" names where the visitor went (the verb "visit" takes its place as its object)
    m.place += f.places(
        tok,
        ("in", "at", "near")
        if lemma(tok) == "visit" and is_verb
        else ("in", "at", "to")
        if lemma(tok) in ("welcome", "visit")
        else ("in", "at"),
    )
    convened_there = not is_verb and tok.dep_ == "nsubjpass" and lemma(verb) in _CONVENE_VERBS
    if convened_there:  # "the summit of the bloc was held in X from 14 to 16 October": the bloc's
        m.agent += [k for k in f.agents(tok) if k not in m.agent]
    held = held or convened_there
    if held:  # "the talks were held in X": the verb places them
        m.place += [k for k in f.places(verb, ("in", "at")) if k not in m.place]
    if seen is not None:  # "met the minister, Mr X, in Y": the parser hangs "in Y" on the object
        named = [seen, *(ap for ap in seen.children if ap.dep_ == "appos")]
        m.place += [k for t in named for k in _after_comma_places(f, t)]
    if lemma(tok) == "visit" and seen is not None and f.args.entity_at(seen) is None:
        m.place += f.places(seen, ("in", "at", "near"))  # "visited a camp near X"
    alone = lemma(tok) == "meet" and seen is None  # "X and Y met in Z": with each other
    if len(own) > 1 and (not is_verb or alone or lemma(tok) in ("speak", "talk", "confer")):
        counterpart = counterpart or own[1:]  # "X and Y spoke", "X and Y agreed in a videoconference"
    # "the leaders began their summit in X": a summit opened in a named place needs no named side
    convened = not is_verb and lemma(tok) == "summit" and lemma(verb) in _CONVENE_VERBS and bool(own or m.place)
    if held and m.place:
        return verb  # a meeting held somewhere needs no named side; "the talks in X were friendly": "be" dates them
    if both and not own and not is_verb and len(counterpart) > 1:
        return verb  # "the two sides agreed ... at talks between X and Y": the sides the noun names
    if both and not own and lemma(tok) != "visit":
        sites = [verb, *_preps(tok, ("at",)), *_preps(verb, ("at",))]  # "at the X Office in Y": in Y
        m.place += [k for h in sites for k in f.places(h, ("in", "at")) if k not in m.place]
        return verb if m.place and not counterpart else None
    if not counterpart and not convened and not (m.place and m.agent and (not is_verb or lemma(tok) == "visit")):
        return None  # only a visit, a meeting held somewhere or a summit a body holds needs no counterpart
    return verb


def _after_comma_places(f: _Frames, tok: Token) -> list[str]:
    """Places of "in X" / "at X" under ``tok`` set off from it by a comma (the phrase closing an
    apposition belongs to the verb); "a lawyer in X", with no comma, stays the lawyer's."""
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i > 0 and c.nbor(-1).text == ",":
            out += [k for o in c.children if o.dep_ == "pobj" for k in f.args.np_entities(o, PLACES)]
    return out


def _named_next(f: _Frames, noun: Token) -> list[str]:
    """ "met her counterpart Mr. X, Minister of ...": the person named right after the noun, which
    the parser often hangs off the verb; a form of address may stand between them."""
    i = noun.right_edge.i + 1
    doc = noun.doc
    while i < len(doc) and honorific(doc[i]):
        i += 1
    entity = f.args.entity_at(doc[i]) if i < len(doc) else None
    return [entity.key] if entity is not None and entity.type == "Person" else []


#: Verbs of a body holding its summit ("the bloc opened a two-day summit").
_CONVENE_VERBS = frozenset(("hold", "host", "open", "convene", "begin", "start", "close", "end"))


def _deploy(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X deployed 60 officers to Y", "X launched a rapid intervention at Y's border"."""
    verb = tok if tok.pos_ == "VERB" else _governor(tok)
    if tok.pos_ == "VERB" and (obj := verb_object(tok)) is not None and lemma(obj) in MISSION_NOUNS:
        return None  # "sent an intervention": the noun is the trigger
    if (force := reinforcing_force(tok)) is not None:
        return _reinforce(f, tok, force, m)
    if (force := moving_force(tok)) is not None:
        return _moved(f, tok, force, m)
    m.agent += f.agents(_subject(verb) if verb is not None else None)
    for obj in _by(tok) + (_by(verb) if verb is not None else []):
        m.agent += f.agents(obj)
    for obj in commanders(verb) if verb is not None and not m.agent else []:
        m.agent += f.agents(obj)  # "have been deployed ..., under the command of X"
    joined = receiving_bodies(verb) if verb is not None and not m.agent else []
    for obj in joined:  # "will be assigned to the X Bureau in Y": the body the force joins
        m.agent += [k for k in f.agents(obj) if k.startswith(_BODIES)]
    own = verb is not None and verb.i == tok.i
    sent = (standing_force(verb) or placed_force(verb) or sent_people(verb)) if verb is not None and own else None
    body: list[str] = []
    if sent is not None and (sent.dep_ == "nsubjpass" or sent_members(sent)):
        # "two companies of the X were deployed", "deployed 250 members of the X": the body's own people
        body = [k for o in _preps(sent, ("of", "from")) for k in f.agents(o)]
        m.agent += body
    for c in tok.children:
        if c.dep_ == "poss":
            m.agent += f.agents(c)
    m.place += f.places(tok, _POSTS)
    if verb is not None and verb.i != tok.i:
        m.place += f.places(verb, _POSTS)
    if sent is not None and not m.place:  # "stationed 300 agents along the river and at X"
        m.place += f.places(sent, _POSTS)
    if sent is not None and not m.place and verb is not None and standing_force(verb) is not None:
        m.place += [k for o in force_owner_phrases(sent) for k in f.places(o, ("in", "at"))]  # "N of its corps in X"
    for obj in joined if m.agent and not m.place else []:  # "assigned to the X Bureau in Y": in Y
        m.place += [k for k in f.places(obj, ("in", "at")) if k not in m.place]
    if verb is not None and not m.place:  # "deployed ... from X to Y": "to Y" hangs on "from" or on X
        # "deployed two battalions, about 900 soldiers, from X to Y": or on the people sent
        sent_as = [sent, *(a for a in sent.children if a.dep_ == "appos")] if sent is not None else []
        froms = [c for h in (verb, *sent_as) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
        for h in froms + [g for c in froms for g in c.children if g.dep_ == "pobj"]:
            m.place += [k for k in f.places(h, ("to", "into")) if k not in m.place]
    if verb is not None and not m.place:  # "we have posted 25 more officers there": the place named before
        m.place += placed_there(f.args.index, verb)
    force = sent if tok.pos_ == "VERB" else force_of_noun(tok)
    if not m.agent and force is not None:  # "the deployment of 800 troops of the X Armed Forces"
        m.agent += [k for o in force_owner_phrases(force) for k in f.agents(o)]
    if not m.agent and verb is not None and (said_by := announcer(verb)) is not None:
        # "he announced that 250 extra troops would be posted ...": his plan; "the minister, X,
        # announced": the name set beside the title, not a minister named before
        beside = [ap for ap in said_by.children if ap.dep_ == "appos"]
        m.agent += [k for ap in beside for k in f.args.np_entities(ap, AGENTS, agentive=True)] or f.agents(said_by)
    if needs_body(m.agent):  # "we are sending 60 officers of the X Police": the X Police's too
        m.agent += [k for k in force_bodies(f.args, force) if k not in m.agent]
    # "members of the X Armed Forces would be deployed to the southern provinces": the body anchors it
    if m.place or (body and sent is not None and sent_members(sent)):
        return verb or tok
    if not (m.agent and (counted_force(force) or _formed_unit(force, m.agent)) and not _planned(tok)):
        return None  # a named place, or a named sender and a head count or unit ("promised to send 40": a plan)
    return verb or tok


#: Keys of a state's bodies, the only receivers of a force read as its senders ("assigned to the X
#: Bureau"); an organization there is most often a facility's name misread ("deployed to the XYZ").
_BODIES = ("agency/",)
#: Verbs whose infinitive is a decision taken, not a plan: "decided to send 85 officers".
_DECIDING_VERBS = frozenset(("decide", "resolve", "order"))


def _planned(tok: Token) -> bool:
    """ "promised to send 40", "plans to deploy 90": an infinitive of a plan; "decided to send 85
    officers" or "has resolved to dispatch 75" is a decision taken, reported like the sending."""
    return tok.dep_ == "xcomp" and lemma(tok.head) not in _DECIDING_VERBS


def _formed_unit(force: Token | None, agents: list[str]) -> bool:
    """ "an extra company of troops", "an additional battalion", "two battalions", "a detachment of
    N marines": a formed unit
    added to a force is sent as one, whether or not its men are counted, by a state's body or
    official (a firm or a charity sends no battalion: such a sender is a misread name)."""
    if force is None or lemma(force) not in UNIT_NOUNS or any(k.startswith("organization/") for k in agents):
        return False
    counted_men = [g for g in force_owner_phrases(force) if counted_force(g)]  # "a detachment of N marines"
    return bool(count_numbers(force) or counted_men) or any(c.lower_ in ADDED_WORDS for c in force.children)


def _reinforce(f: _Frames, verb: Token, force: Token, m: Mention) -> Token | None:
    """ "X reinforced the Y region with N members of the Z Armed Forces": sent by X (else by the force's
    own body), to Y (a place named, or the crossing "the post" points back to)."""
    m.agent += f.agents(_subject(verb)) + [k for o in _by(verb) for k in f.agents(o)]
    if not m.agent:
        m.agent += [k for o in force_owner_phrases(force) for k in f.agents(o)]
    place = reinforced_place(verb)
    if place is not None and sent_force(place):
        return None  # "will reinforce its staff at X with N officers": more hands, not a force sent
    if place is not None:
        m.place += f.args.np_entities(place, PLACES) or [k for k in (named_route(f.args.index, place),) if k]
    if not m.place:  # "reinforced its presence in the south of Y with N soldiers": where, on the verb or object
        hosts = [verb] if place is None else [verb, place]
        m.place += [k for h in hosts for k in f.places(h, ("in", "at", "along", "on")) if k not in m.place]
    return verb if m.place else None


def _moved(f: _Frames, verb: Token, force: Token, m: Mention) -> Token | None:
    """ "a contingent of 210 soldiers of the X Army left Y for Z": the force's own body sends it, to
    where it goes ("for Z", "to Z", "in Z" after "arrived", the object of "reached"), never where it
    left from; kept with a place, or with a named body (the force is always counted)."""
    m.agent += [k for o in [force, *force_owner_phrases(force)] for k in f.args.np_entities(o, AGENTS, agentive=True)]
    # "for Y" on the verb, or on a phrase before it ("left X by road for Y", "from X to Y")
    m.place += f.places(verb, ("for", "to", "into", "in", "at"))
    hosts = [g for c in verb.children if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]
    m.place += [k for h in hosts for k in f.places(h, ("for", "to", "into")) if k not in m.place]
    if lemma(verb) == "reach":
        reached = [k for c in verb.children if c.dep_ == "dobj" for k in f.args.np_entities(c, PLACES)]
        m.place += [k for k in reached if k not in m.place]
    return verb if m.place or m.agent else None


#: Where people are sent or stationed: "to X", "in X", "on the beaches between X and Y", "along the border",
#: "between X and Y".
_POSTS = ("to", "in", "at", "into", "inside", "on", "along", "near", "between")


def _request(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X sent a request for assistance to Y", "Y received X's request"."""
    verb = _governor(tok)
    for c in tok.children:
        if c.dep_ == "poss":
            m.agent += f.agents(c)
    if not m.agent and (key := _demonym_mod(tok)):
        m.agent.append(key)
    if verb is not None and lemma(verb) == "receive":
        m.target += f.agents(_subject(verb))
    elif verb is not None:
        m.agent += f.agents(_subject(verb))
    for h in (tok, verb, *_preps(tok, ("for",))):  # "a request for assistance to X": "to" may hang low
        if h is not None:
            for obj in _preps(h, ("to",)):
                m.target += f.args.np_entities(obj, AGENTS, agentive=True)
    for obj in _preps(tok, ("from",)):
        m.agent += f.args.np_entities(obj, AGENTS, agentive=True)
    if not (m.agent and m.target):
        return None
    return verb or tok


def _ask(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X asked Y for assistance", "X requested help from Y"."""
    obj = verb_object(tok)
    helped = [o for o in _preps(tok, ("for",)) if lemma(o) in HELP_NOUNS]
    if obj is not None and lemma(obj) in HELP_NOUNS:
        helped.append(obj)
        for o in _preps(tok, ("from",)) + _preps(obj, ("from",)) + [c for c in obj.children if c.dep_ == "poss"]:
            m.target += f.args.np_entities(o, AGENTS, agentive=True)  # "from X", "X's assistance"
    elif obj is not None:
        m.target += f.args.np_entities(obj, AGENTS, agentive=True)
    if not helped:
        return None
    m.agent += f.agents(_subject(tok))
    return tok if m.agent and m.target else None


def _act(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X adopted guidelines", "a decree signed by X", "X and Y signed an agreement", "X imposed
    sanctions on Y"."""
    verb = act_verb(tok)
    if verb is None:
        return None
    m.agent += f.agents(_subject(verb))
    for obj in _by(verb):
        m.agent += f.agents(obj)
    for obj in _preps(tok, ("with", "between")) + (_preps(verb, ("between",)) if verb.i != tok.i else []):
        m.agent += f.agents(obj)  # "a memorandum was signed between the ministries of X and Y"
    for obj in _preps(tok, ("on", "against")) + _preps(verb, ("on", "against")):
        m.target += f.args.np_entities(obj, AGENTS, agentive=True)
    m.place += f.places(verb, ("in", "at"))  # "signed in Lima", "at the palace"
    if verb.dep_ == "xcomp" and lemma(verb.head) == "vote":
        verb = verb.head  # "voted on Tuesday to approve the bill": the vote dates the adoption
    texts = [tok] if verb.pos_ == "VERB" else [tok, verb]  # the text, and a noun of signing it
    participles = [c for h in texts for c in h.subtree if c.dep_ == "acl" and lemma(c) in ("sign", "conclude")]
    for own in (c for c in sorted(participles) if not m.agent):  # "the signing of X, signed by Y and Z"
        for obj in _by(own):
            m.agent += f.agents(obj)
    if not m.agent:  # "both presidents attended the signing": the heads present at it
        m.agent += f.agents(witnesses(verb))
    met, where = f.args.met
    at_meeting = not m.agent and bool(met or where) and signed_without_doer(verb)
    if at_meeting:  # "five instruments were signed" with no doer: by the sides of the meeting told
        m.agent += f.args.sides or met
        m.place += [k for k in where if k not in m.place]
    if (reporting := adoption_verb(verb)) is not None:  # "the signing of X took place in Y on Monday"
        m.place += [k for k in f.places(reporting, ("in", "at")) if k not in m.place]
        verb = reporting
    return verb if m.agent or (at_meeting and m.place) else None


def _aid(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X pledged aid to Y", "X allocated 10 million in aid for Y", "aid to Y was approved by X"."""
    verb = aid_verb(tok)
    if verb is None:
        return None
    m.agent += f.agents(_subject(verb))
    for obj in _by(verb):
        m.agent += f.agents(obj)
    for h in (tok, verb):
        for obj in _preps(h, ("to", "for")):
            m.target += f.args.np_entities(obj, AGENTS, agentive=True)
    return verb if m.agent and m.target else None


def _elect(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "the presidential election in X on Sunday", "X's parliamentary elections were postponed",
    "X held a general election", "the people of X will go to the polls on 3 May".

    An election is reported when it is dated in its own phrase or its verb holds, wins, calls or
    postpones it; a passing reference ("interfere in the elections") is not an event.
    """
    taking = _taking_place(tok)  # "the elections will take place in X on 3 May"
    verb = _governor(tok) or taking
    holding = holding_verb(tok)  # "the elections X will hold on 3 May": a clause hung elsewhere
    dated = (
        _day_named(tok)
        or any(t.ent_type_ == "DATE" for t in tok.subtree)
        or (holding is not None and any(t.ent_type_ == "DATE" for t in holding.subtree))
        or any(c.ent_type_ == "DATE" for c in (verb.children if verb is not None else ()) if c.i != tok.i)
    )
    if not dated and taking is None and (verb is None or lemma(verb) not in ELECTION_VERBS):
        return None
    m.place += f.places(tok, ("in",))
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and lemma(c) in HOLDING_VERBS:  # "the election held in X on 5 May"
            m.place += [k for k in f.places(c, ("in",)) if k not in m.place]
        elif c.dep_ == "poss":
            m.place += f.args.np_entities(c, PLACES, agentive=False)
        elif c.dep_ in ("amod", "compound") and (key := demonym_state(c.text)):
            m.place.append(key)
        elif c.dep_ == "compound" and c.pos_ == "PROPN":  # "the X by-election": a place's own vote
            m.place += f.args.np_entities(c, PLACES, agentive=False)
    if verb is not None and (taking is not None or (tok.dep_ == "nsubjpass" and lemma(verb) in HOLDING_VERBS)):
        # "elections will be held in X", "the runoff will take place in X": the verb places the vote
        m.place += [k for k in f.places(verb, ("in",)) if k not in m.place]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None and not m.place else []
    for subj in subjects:  # "Ruritania held a general election", "the voters of X go to the polls"
        m.place += f.args.np_entities(subj, PLACES, agentive=False) or f.places(subj, ("of", "in"))
    if not m.place:  # "the votes on the dismissal of the mayors of X and Y": where the office is
        m.place += recall_places(tok, lambda t: f.args.np_entities(t, PLACES, agentive=False))
    if not m.place:  # "the elections X will hold on 3 May", "wished the people of X well ahead of the elections"
        m.place += election_place(tok, lambda t: f.args.np_entities(t, PLACES, agentive=False))
    if not m.place and f.args.home:  # "the elections held on Sunday", filed from the country that voted
        m.place.append(f.args.home)
    if not m.place and f.args.story_state:  # "go to the polls today in the Senate elections", in a text about one state
        m.place.append(f.args.story_state)
    if not m.place:
        return None
    if verb is not None and (
        lemma(verb) in ELECTION_VERBS or (taking is not None and verb.i == taking.i) or election_round(tok)
    ):
        return verb  # "will face X in the second round on 9 May": the verb says it is to come
    return holding or tok  # "held it on 7 May": dated


def _taking_place(tok: Token) -> Token | None:
    """The verb of "the elections will take place (in X on DATE)", "the vote happened": the noun is
    its subject, and the verb dates and places it as a holding verb does."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if lemma(verb) in ("happen", "occur") or (
        lemma(verb) == "take" and any(c.lower_ == "place" for c in verb.children)
    ):
        return verb
    return None


_MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name if m)


def _day_named(tok: Token) -> bool:
    """ "the 12 June by-election", "the June 12 election": a day written before the noun, which the
    entity recogniser does not always mark as a date."""
    return any(
        c.dep_ in ("compound", "nmod") and c.lower_ in _MONTH_NAMES and any(g.like_num for g in c.children)
        for c in tok.children
    )


def _arrest(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "police in X arrested Y", "X detained the opposition leader Y", "12 suspects were arrested in
    villages south of X", "announced the detention of 17 suspects in X" (an arrest noun is read
    through the verb that reports it: its subject is the agent)."""
    obj = arrested_group(tok)
    verb = tok if tok.pos_ == "VERB" else _governor(tok)
    m.target += [k for k in f.agents(obj) if k in f.args.index.by_key and f.args.index.by_key[k].type == "Person"]
    subj = _subject(verb) if verb is not None else None
    m.agent += f.agents(subj)
    for o in _by(tok) + (partners(verb) if verb is not None else []):  # "in cooperation with X"
        m.agent += f.agents(o)
    m.place += f.places(tok, ("in",)) + (f.places(subj, ("in",)) if subj is not None else [])  # "police in X"
    if not m.agent:  # "guards detained 23 ..." after "X guards inspected ...": the X's guards
        m.agent += named_force_before(subj, f.agents)
    carried = None
    if (operation := resulting_operation(verb)) is not None:  # "an operation ... led to the arrest of"
        m.agent += [k for o in operation_doers(operation) for k in f.agents(o) if k not in m.agent]
        m.place += [k for h in operation_phrases(operation) for k in f.places(h, PLACING) if k not in m.place]
        carried = carrying_verb(operation)
    group = partitive_group(obj)  # "the arrest of 14 of its supporters at X": the group's phrases too
    if (verb is None or verb.i != tok.i) and obj is not None:  # "the arrest of nine people in X"
        m.place += f.places(obj, ("in",)) + (f.places(group, ("in",)) if group is not None else [])
    if not m.place:  # "in villages south of X", "in a farm building near Y"
        m.place += _nearby(f, tok) or (_nearby(f, obj) if (verb is None or verb.i != tok.i) and obj is not None else [])
    if not m.place and verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "raided two farms in X and arrested 14 suspects", "destroyed camps south of Y and detained 19": there
        joined = [k for o in bearing_objects(verb.head) for k in f.args.np_entities(o, PLACES, agentive=False)]
        m.place += f.places(verb.head, ("in", "at", "near")) or _nearby(f, verb.head) or joined
    head = carried or (verb if verb is not None else tok)  # an operation's arrests: when it was carried out
    if m.target:
        return head if m.agent or m.place else None
    if _one_person(obj) and m.agent:  # "a Swedish citizen was detained by the X Police at Y"
        m.place += [k for k in f.places(tok, ("at",)) if k not in m.place]
        return head if m.place else None
    # "police detained 40 protesters in X", "six suspects were arrested": a counted arrest is a fact
    # of its own, unless at a border or of people caught crossing (a stopped crossing)
    # "reported 1,420 arrests of people crossing ...": the count is the body's arrests, not a head
    # count of the people who crossed, so it is an arrest even when they were crossing
    own_count = counted_arrests(tok)
    counted = own_count or group is not None or (obj is not None and any(c.dep_ == "nummod" for c in obj.children))
    counted = counted or (tok.pos_ == "VERB" and bool(held_people(tok)))  # "the driver and a passenger were held"
    # "arrested 287 people who had crossed", "were detained while trying to cross": a stopped crossing
    crossed = not own_count and caught_crossing(head, obj)
    if not m.place and (in_headline(head) or (not m.agent and subj is not None and subj.pos_ == "PRON")):
        return None  # a bare headline arrest, "they arrested 14": the body or the story names who
    if not (m.place or m.agent) and in_quotation(head):
        return None  # '"Three drivers were held too," she said': an aside in a speaker's words
    # "arrested five men on suspicion of smuggling during border checks": smugglers held, no crossing
    bordered = at_border(_where(tok)) and not held_as_smugglers(head, obj)
    return head if counted and not (bordered or crossed) else None


def _later_change(sent: Span, q: QuantityMatch) -> float | None:
    """The change a sentence states after a counted rescue's figure: "brought 2,391 people ashore this
    year, a fifth more than by this date in 2030 (up 20%)", "saved 417 sailors in May, 12% fewer than
    in April" (a body's tally, compared as a flow's is)."""
    after = sent.text[q.end - sent.start_char :]
    return changes[0].percent if (changes := find_changes(after)) else None


#: Verbs by which a body states its own figure: "the X Police reported 310 arrests", "recorded 85".
_FIGURE_VERBS = frozenset(["report", "record", "register", "count"])


def _arrest_figure(tok: Token, sent: Span, m: Mention) -> None:
    """A counted arrest noun is a body's figure: its change on an earlier period ("down 22 per
    cent") and, when the body "reported" or "recorded" it, the body as its source."""
    if changes := find_changes(sent.text):
        m.change_percent = changes[0].percent
    verb = _governor(tok)
    if verb is not None and lemma(verb) in _FIGURE_VERBS:
        m.reported_by += [k for k in m.agent if k not in m.reported_by]


#: Nouns for one person held: "a Swedish citizen was detained", "police arrested a journalist".
_PERSON_NOUNS = frozenset(
    ["citizen", "national", "man", "woman", "journalist", "activist", "resident", "tourist", "student", "reporter"]
)


def _one_person(obj: Token | None) -> bool:
    """ "a citizen", "an activist": one unnamed person, told by an indefinite article."""
    return (
        obj is not None
        and lemma(obj) in _PERSON_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in obj.children)
    )


#: Words placing something by a named place without being in it: "south of X", "near Y".
_COMPASS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"])
_BESIDE = frozenset(("near", "outside", "around"))


def _nearby(f: _Frames, tok: Token) -> list[str]:
    """Named places of the phrases under ``tok`` that lie beside them: "in villages south of X",
    "in a farm building near Y" (the parser hangs such phrases off the verb or the noun)."""
    out: list[str] = []
    for t in _where(tok):
        prep = t.head
        beside = prep.lower_ in _BESIDE or (prep.lower_ == "of" and prep.head.lower_ in _COMPASS)
        if t.dep_ == "pobj" and beside:
            out += [k for k in f.args.np_entities(t, PLACES) if k not in out]
    return out


def _where(tok: Token) -> list[Token]:
    """The words of the place phrases under ``tok``, without the clauses describing their nouns:
    "arrested 23 people in X suspected of organising crossings" is no arrest at a border. A compass
    word the parser hangs off the verb ("arrested ... south of X") opens a place phrase too."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "prep" or (c.dep_ in ("advmod", "npadvmod") and c.lower_ in _COMPASS)]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in ("acl", "relcl")]
    return out


def _measure(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "The government declared a state of emergency in X", "a curfew was imposed on Y by Z": who
    put the measure in force and where; the verb's clause dates it ("from 21 February": its start)."""
    verb = tok.head.head if tok.dep_ == "conj" else tok.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not declare a state of emergency"
    subj = _subject(verb)
    m.agent += f.agents(subj)
    for o in _by(verb):
        m.agent += f.agents(o)
    wheres = ("in", "across", "throughout", "over", "on", "for")
    m.place += f.places(verb, wheres) + f.places(tok, wheres)
    of = arrested_group(tok)  # "a state of emergency in X": the parser may hang the place on "emergency"
    if of is not None:
        m.place += f.places(of, wheres)
    if not m.place:  # "from 21 February, in the province of X": a place phrase the parser nests
        clause = f.args.clause_tokens(verb)
        m.place += [
            k
            for t in clause
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "throughout")
            for k in f.args.np_entities(t, PLACES)
        ]
    return verb if m.agent or m.place else None


def _checks(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X reintroduced checks on its border", "spot checks by the Y Police at Z continue": who
    checks (the putting verb's subject, a "by" on the noun or the verb) and where (:mod:`kg.extract.
    event_checks_in_force`); the verb's clause dates them ("since 1 May", "until 30 June")."""
    verb = checking_verb(tok)
    if verb is None:
        return None
    if tok.dep_ == "dobj":  # "the government reintroduced checks"; "checks continue": no doer there
        m.agent += f.agents(_subject(verb))
    for o in _by(tok) + _by(verb) + [c for c in tok.children if c.dep_ == "poss"]:  # "the X Police's checks"
        m.agent += f.agents(o)
    # the crossing, town or state named, never the state beyond "its border with Y": the checks are this side's
    for obj in _preps(tok, _CHECKED_AT) + _preps(verb, _CHECKED_AT):
        m.place += [k for k in f.args.np_entities(obj, PLACES, agentive=False) if k not in m.place]
    return verb if m.agent or m.place else None


def _hours(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "the two ministries decided to lengthen the daily opening hours at three posts", "the X post
    will stay open day and night": who extends them (the verb's subject) and the posts (the hours' "of", or
    the subject kept open); the verb's clause dates them ("from 15 December to 10 January"), and
    without days it announces no period."""
    verb = hours_verb(tok)
    # "the posts will stay open day and night, all week, from 6 July": the parser may hang the days
    # on the verb of informing; "which remains open 24 hours each day": no period, nothing announced
    head = next((h for h in (verb, verb.sent.root) if _has_days(f.args.clause_tokens(h))), None)
    if head is None:
        return None
    subject = _subject(verb)
    kept = verb_object(verb) if lemma(verb) == "keep" else None  # "decided to keep the X crossing open"
    held_open = kept or subject
    posts = _preps(tok, ("of", "at")) + _preps(verb, ("at",))  # "the hours of X", "lengthen the hours at X"
    phrases = posts if tok.lower_ == "hours" else [held_open] if held_open is not None else []
    if tok.lower_ == "hours" or kept is not None:
        m.agent += f.agents(subject)
    for phrase in phrases:  # every post the phrase names: "two posts, X and Y", "the X and Y posts"
        named = f.args.index.within(phrase.left_edge.idx, phrase.right_edge.idx + len(phrase.right_edge))
        m.place += [e.key for _, e in named if e.type in PLACES and e.key not in m.place]
    return head if m.agent or m.place else None


def _has_days(tokens: list[Token]) -> bool:
    """Whether ``tokens`` name a day of the calendar: a date with a number ("6 July", "2026")."""
    return any(t.ent_type_ == "DATE" and t.like_num for t in tokens)


#: Prepositions that place border checks: "at the X crossing", "on the Y bridge", "along the frontier".
_CHECKED_AT = ("on", "at", "along", "in", "over")


def _rescue(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "The coast guard rescued 1,210 people at sea", "212 migrants were rescued off X by the navy":
    who saved a counted group (the subject, a passive "by") and where ("off X", "near Y", also
    inside "from a boat near Y"); a noun's rescuer is the subject of the verb that reports it ("the
    navy announced the rescue of 14 fishermen"). A rescue needs a named rescuer or a named place."""
    verb = tok if tok.pos_ == "VERB" else _governor(tok) or _informed_of(tok)
    m.agent += f.agents(_subject(verb)) if verb is not None else []
    if verb is not None and verb.i != tok.i:  # "informs residents of the rescue of 14 fishermen off X on Sunday"
        m.place += f.places(verb, ("off", "near", "at"))
    for obj in _by(tok):
        m.agent += f.agents(obj)
    wheres = ("in", "at", "off", "near", "from", "outside")
    m.place += f.places(tok, wheres)
    saved = rescued_group(tok)
    for obj in _preps(tok, ("from",)) + ([saved] if saved is not None and saved.i != tok.head.i else []):
        m.place += [k for k in f.places(obj, wheres) if k not in m.place]
    for obj in bearing_objects(tok):  # "south of X", "9 km east of Y"
        m.place += [k for k in f.args.np_entities(obj, PLACES, agentive=False) if k not in m.place]
    if not m.place and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        m.place += f.places(tok.head, wheres)  # "stopped crossings at X and Y, and rescued 58 people": there
    return (verb or tok) if m.agent or m.place else None


def _informed_of(noun: Token) -> Token | None:
    """The verb of telling whose object a noun is "of": "informs residents of the rescue" -> informs."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.dep_ != "dobj":
        return None
    return prep.head.head if prep.head.head.pos_ == "VERB" else None


def _vessel(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "Navy patrols boarded nine longliners near X", "a dhow was intercepted by the coast guard
    south of Y": the patrol that acted (subject, passive "by") and where (its own "in / off /
    near / around X", the vessels' phrase, a compass bearing). Kept only with a named actor."""
    m.agent += f.agents(_subject(tok))
    for obj in _by(tok):
        m.agent += f.agents(obj)
    wheres = ("in", "at", "off", "near", "around", "inside", "within", "outside")
    m.place += f.places(tok, wheres)
    boats = acted_vessel(tok)
    for phrase in [boats, *boats.children] if boats is not None else []:  # "counted 30 trawlers fishing off X"
        m.place += [k for k in f.places(phrase, wheres) if k not in m.place]
    for obj in bearing_objects(tok):  # a bearing from a named place: "east of X"
        m.place += [k for k in f.args.np_entities(obj, PLACES, agentive=False) if k not in m.place]
    if not m.agent:  # "the X Coast Guard says two boats were intercepted near Y": the body that tells it
        m.agent += _passive_teller(f, tok)
    return tok if m.agent else None


def _passive_teller(f: _Frames, verb: Token) -> list[str]:
    """The named body that says a passive act of its own kind was done ("the X Coast Guard says
    two boats were intercepted"): a patrol body tells its stops in the passive and is their doer.
    A state or a person telling it ("the minister said two boats were boarded") is no doer."""
    if verb.dep_ != "ccomp" or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    speech = verb.head
    if lemma(speech) not in SPEECH_VERBS:
        return []
    return [k for c in speech.children if c.dep_ == "nsubj" for k in f.agents(c) if k.startswith("agency/")]


def _seize(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "Officers of the X Customs at the Y post seized ...", "... were seized near Z by the W Police",
    "customs officers at the posts of V have recorded 176 seizures": who took the goods (the
    subject, a passive "by") and where ("at / in / near / on X", also in the subject's own phrase).
    Kept only with a named seizer or a named place (:mod:`kg.extract.event_seizures`)."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    subj = _subject(verb)
    m.agent += f.agents(subj)
    for obj in _by(verb):
        m.agent += f.agents(obj)
    if not m.agent:  # "officers have seized ..." after "officers of the X Customs inspected ...": the X's
        m.agent += named_force_before(subj, f.agents)
    # anywhere in the verb's own clause: "officers of X at the Y crossing seized", "seized two vans
    # and 7,300 euros in cash near Z" (the parser hangs such phrases off any noun before them)
    for t in f.args.clause_tokens(verb):
        if t.dep_ == "pobj" and t.head.lower_ in _SEIZED_AT:
            m.place += [k for k in f.args.np_entities(t, PLACES, agentive=False) if k not in m.place]
            if lemma(t) in _BORDER_NOUNS and (key := _demonym_mod(t)) and key not in m.place:
                m.place.append(key)  # "at the Latvian border"
    return verb if m.agent or m.place else None


#: Prepositions placing a seizure: "at the X post", "near Y", "in Z".
_SEIZED_AT = frozenset(("at", "in", "near", "on", "inside", "outside"))


def _verdict(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "The X Court sentenced eight people", "three men were convicted by the X Court", "a court in
    Y jailed four smugglers": the court that judged (named, or placed by its "in Y")."""
    for judge in judges(tok):
        m.agent += f.agents(judge)
        m.place += f.places(judge, ("in",))
    m.place += [k for k in f.places(tok, ("in",)) if k not in m.place]
    return tok if m.agent or m.place else None


def _vote(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "The X Parliament voted on Tuesday ...", "lawmakers in the X Assembly voted against ...": the
    assembly named is the agent; its verb dates the vote, which is kept only once cast."""
    verb = tok.head if tok.dep_ == "nsubj" else tok.head.head.head  # "lawmakers in X voted"
    if is_future(verb):
        return None  # "will vote next week": a vote still to come
    m.agent += f.agents(tok)
    return verb if m.agent else None


def _travel(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "Foreign Minister X travelled to Y", "President Z arrived in W": a named person's own trip.

    The traveller is named in the clause itself; "she left to travel to X" (a pronoun, a clause
    borrowed from another verb) is a story's character, not a visit.
    """
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    people = [k for k in f.agents(subj) if (e := f.args.index.by_key.get(k)) is not None and e.type == "Person"]
    m.agent += people
    m.place += f.places(tok, ("to", "in"))
    return tok if people and m.place else None
