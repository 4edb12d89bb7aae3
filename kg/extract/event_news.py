"""Parsed sentence -> the generic events news reports: meetings, deployments, requests, decisions.

Besides crossings, closures, call-ups, votes and attacks, a news text reports what officials do:
they meet or speak with each other, deploy officers, request assistance, adopt guidelines or sign
decrees, announce aid, hold elections, arrest people. Each is a ``kg:Event`` whose label names its
kind ("Meeting", "Deployment", "Request", "Guidelines", "Aid", "Election", "Arrest"), with the
usual roles: the subject acts (agent), a counterpart met or asked is the target or a fellow agent,
"to/in/at X" places it, a number on the people sent is the count.

Precision first, since such verbs are everywhere: a frame is kept only with named arguments
(a meeting needs a named counterpart, a request a named asker and addressee, a deployment a named
place or sender), and the caller drops hypothetical mentions as it does for every event type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.event_args import ArgReader, demonym_state
from kg.extract.event_merge import Mention
from kg.extract.event_triggers import find_triggers, is_future, is_hypothetical
from kg.extract.quantities import QuantityMatch
from kg.extract.timex import Timex

if TYPE_CHECKING:
    from kg.extract.events import _Reader


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = ["NewsTrigger", "find_news_triggers", "read_news"]

_AGENTS = ("Person", "Agency", "Organization", "State")
_PLACES = ("State", "Region", "Settlement", "Checkpoint", "Place")

#: Verbs of meeting (label "Meeting"), speaking with (label "Talks") and visiting (label "Visit").
_MEET_VERBS = {
    "meet": "Meeting",
    "host": "Meeting",
    "receive": "Meeting",
    "speak": "Talks",
    "talk": "Talks",
    "confer": "Talks",
    "phone": "Talks",
    "visit": "Visit",
}
_MEET_NOUNS = {
    "meeting": "Meeting",
    "summit": "Meeting",
    "talk": "Talks",
    "talks": "Talks",
    "call": "Talks",
    "conversation": "Talks",
    "consultation": "Talks",
    "visit": "Visit",
}
#: Verbs that send people or a mission somewhere; nouns naming what is sent.
_SEND_VERBS = frozenset(_words("deploy send dispatch station redeploy"))
_SENT_NOUNS = frozenset(
    _words(
        """
        officer guard troop soldier personnel police policeman expert team staff equipment
        reinforcement unit force agent officer vehicle aircraft helicopter ship boat
        """
    )
)
#: Event nouns for a mission sent somewhere ("launch a rapid intervention", "the deployment").
_MISSION_NOUNS = {"deployment": "Deployment", "intervention": "Intervention", "mission": "Mission"}
#: Nouns of asking for something, and what is asked for after a verb of asking.
_REQUEST_NOUNS = frozenset(_words("request appeal plea"))
_REQUEST_VERBS = frozenset(_words("request ask"))
_HELP_NOUNS = frozenset(_words("assistance help support aid intervention deployment reinforcement"))
#: Texts adopted by an authority; the verbs that adopt, sign or present them.
_ACT_NOUNS = frozenset(
    _words(
        """
        guideline decree decision agreement deal accord treaty resolution regulation directive
        recommendation memorandum ordinance
        """
    )
)
_ADOPT_VERBS = frozenset(
    _words(
        """
        adopt present publish issue sign approve announce unveil pass reach conclude endorse enact
        ink release
        """
    )
)
_AID_NOUNS = frozenset(_words("aid assistance package funding"))
_AID_VERBS = frozenset(_words("pledge provide announce allocate grant approve deliver send give"))
_ELECTION_NOUNS = frozenset(_words("election elections"))
_ARREST_VERBS = frozenset(_words("arrest detain"))
#: Whom one meets when the object is not a name: "met his counterpart", "received officials of X".
_COUNTERPARTS = frozenset(
    _words(
        """
        counterpart official delegation leader minister president representative envoy head chief
        ambassador secretary premier
        """
    )
)
#: Verbs that make an election news rather than a reference ("interfere in the elections").
_ELECTION_VERBS = frozenset(_words("hold win lose call postpone cancel contest boycott rig annul"))
#: Prepositions that make an event the background of the one reported ("after meeting X").
_BACKGROUND_PREPS = frozenset(_words("after before following during ahead"))


@dataclass(frozen=True)
class NewsTrigger:
    """A word announcing a generic event of kind ``label`` read by ``frame``."""

    label: str
    token: Token
    frame: str


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _has_with(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)


def _verb_object(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)


def find_news_triggers(sent: Span) -> list[NewsTrigger]:
    """The generic-event triggers of one sentence, in text order."""
    out: list[NewsTrigger] = []
    for tok in sent:
        lem = _lemma(tok)
        if _background(tok):
            continue
        if tok.pos_ == "VERB":
            obj = _verb_object(tok)
            if lem in _MEET_VERBS and (lem not in ("receive", "host", "visit") or obj is not None):
                if lem in ("speak", "talk", "confer") and not _has_with(tok):
                    continue
                out.append(NewsTrigger(_MEET_VERBS[lem], tok, "meet"))
            elif lem in _SEND_VERBS and obj is not None and _lemma(obj) in _SENT_NOUNS:
                out.append(NewsTrigger("Deployment", tok, "deploy"))
            elif lem in _REQUEST_VERBS and obj is not None:
                out.append(NewsTrigger("Request", tok, "ask"))
            elif lem in _ARREST_VERBS and obj is not None:
                out.append(NewsTrigger("Arrest", tok, "arrest"))
        elif tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_:
            if tok.dep_ == "compound":
                continue  # "meeting room", "aid workers"
            if lem in _MEET_NOUNS and (lem not in ("call", "talk", "talks") or _has_with(tok)):
                out.append(NewsTrigger(_MEET_NOUNS[lem], tok, "meet"))
            elif lem in _MISSION_NOUNS:
                out.append(NewsTrigger(_MISSION_NOUNS[lem], tok, "deploy"))
            elif lem in _REQUEST_NOUNS:
                out.append(NewsTrigger("Request", tok, "request"))
            elif lem in _ACT_NOUNS and tok.head.pos_ == "VERB" and _lemma(tok.head) in _ADOPT_VERBS:
                if tok.dep_ in ("dobj", "nsubjpass"):
                    out.append(NewsTrigger(tok.lower_.capitalize(), tok, "act"))
            elif lem in _AID_NOUNS and (verb := _aid_verb(tok)) is not None and _lemma(verb) in _AID_VERBS:
                out.append(NewsTrigger("Aid", tok, "aid"))
            elif tok.lower_ in _ELECTION_NOUNS:
                out.append(NewsTrigger("Election", tok, "elect"))
    return out


def _matter(act: Token) -> list[Token]:
    """What an adopted text is about: its own phrase, and "on/about X" hanging from its verb."""
    objs = _preps(act.head, ("on", "about", "for")) if act.dep_ == "dobj" else []
    about = [t for o in objs for t in o.subtree]
    return [*act.subtree, *about]


def _just_done(verb: Token) -> bool:
    """ "have just concluded", "has just returned": done on the day of the report."""
    children = {c.lower_ for c in verb.children}
    return "just" in children and bool(children & {"have", "has", "'ve", "’ve"})


def _background(tok: Token) -> bool:
    """True for a circumstance of another report: "said after meeting X", "before talks with Y"."""
    node = tok if tok.pos_ == "VERB" else tok.head
    return (node.dep_ == "pcomp" and node.head.lower_ in _BACKGROUND_PREPS) or (
        tok.dep_ == "pobj" and tok.head.lower_ in _BACKGROUND_PREPS
    )


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing out of "agreed to launch", "decided to send"."""
    node = verb
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head is node:
            return None
        node = node.head
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
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"]


class _Frames:
    """Role readers shared by the frames; ``speaker`` is who says the words the sentence quotes."""

    def __init__(self, args: ArgReader, speaker: str | None) -> None:
        self.args = args
        self.speaker = speaker

    def agents(self, tok: Token | None) -> list[str]:
        """Named actors of a noun phrase; "the head of X" is X's, "I" / "we" in a quote the speaker's."""
        if tok is None:
            return []
        if tok.lower_ in ("i", "we") and self.speaker:
            return [self.speaker]
        keys = self.args.np_entities(tok, _AGENTS, agentive=True)
        for ap in (c for c in tok.children if c.dep_ == "appos"):
            keys += [k for k in self.args.np_entities(ap, _AGENTS, agentive=True) if k not in keys]
        if not keys:  # "the Executive Director of Frontex", "his counterpart from the United States"
            for obj in _preps(tok, ("of", "from")):
                keys += self.args.np_entities(obj, _AGENTS, agentive=True)
        if not keys and (key := _demonym_mod(tok)):
            keys.append(key)
        return keys

    def places(self, tok: Token, words: tuple[str, ...] = ("to", "in", "at", "into", "inside")) -> list[str]:
        """Places of "to X", "in X", "at X's border" under ``tok``."""
        out: list[str] = []
        for obj in _preps(tok, words):
            keys = self.args.np_entities(obj, _PLACES, agentive=False)
            if not keys:
                keys = [k for c in obj.children if c.dep_ == "poss" for k in self.args.np_entities(c, _PLACES)]
            out += [k for k in keys if k not in out]
        return out


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


def read_news(reader: _Reader, si: int, sent: Span, times: list[Timex], quants: list[QuantityMatch]) -> list[Mention]:
    """The generic events of one sentence, each dated by the times of its own clause."""
    out: list[Mention] = []
    typed = {t.token.i for t in find_triggers(sent)}
    for trig in find_news_triggers(sent):
        if is_hypothetical(trig.token):
            continue
        if trig.frame == "act" and any(t.i in typed for t in _matter(trig.token)):
            continue  # "a decree on the call-up of reservists": the call-up is the event
        m = reader.new("Event", si, sent, trig.label)
        speaker = next(
            (s.speaker for s in reader.args.statements if s.quote_span.start <= trig.token.idx < s.quote_span.end),
            None,
        )
        head = _fill(reader.args, trig, m, speaker)
        if head is None:
            continue
        clause = {t.i for t in reader.args.clause_tokens(head)} | {t.i for t in trig.token.subtree}
        when = reader.time.best_time(reader.time.times_in(times, clause))
        reader.time.set_time(m, when)
        if when is None and _just_done(head) and reader.article.published is not None:
            m.date = reader.article.published.isoformat()  # "we have just concluded a meeting"
        if is_future(trig.token) or is_future(head):
            if m.date and reader.article.published and m.date < reader.article.published.isoformat():
                m.date = m.start_date = m.end_date = None  # "will deploy": not the day it was said
            reader.time.look_ahead(m, when, reader.article.published)
        if trig.frame == "deploy" and (sent_obj := _verb_object(head)) is not None:  # "deployed 60 officers"
            nums = {c.idx for c in sent_obj.children if c.dep_ == "nummod"}
            counts = [q for q in quants if any(q.start <= i < q.end for i in nums) and q.quantity.count]
            if counts:
                reader.set_quantity(m, counts[0])
        out.append(m)
    return out


def _fill(args: ArgReader, trig: NewsTrigger, m: Mention, speaker: str | None) -> Token | None:
    """Fill ``m``'s roles for ``trig``; the head whose clause dates it, or None to drop the mention."""
    f = _Frames(args, speaker)
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
    }[trig.frame]
    head = reader(f, tok, m)
    m.agent, m.target, m.place = (list(dict.fromkeys(v)) for v in (m.agent, m.target, m.place))
    m.target = [t for t in m.target if t not in m.agent]
    return head


def _meet(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X met Y", "X spoke with Y", "X held talks with Y", "a meeting with Y", "X visited Z".

    A verb needs its named subject ("Wikinews spoke with ..." is an interview, not talks between
    officials); a noun needs a verb that reports it ("efforts towards a summit" is no meeting).
    """
    is_verb = tok.pos_ == "VERB"
    verb = tok if is_verb else _governor(tok)
    if verb is None:
        return None
    own = f.agents(_subject(verb))
    if is_verb and not own:
        return None
    counterpart = [k for obj in _preps(tok, ("with", "between")) for k in f.agents(obj)]
    seen = _verb_object(tok) if is_verb else None
    if seen is not None and (f.args.entity_at(seen) is not None or _lemma(seen) in _COUNTERPARTS):
        if _lemma(tok) == "visit":
            m.place += f.args.np_entities(seen, _PLACES)
        guests = [k for k in f.agents(seen) if k not in m.place]
        if _lemma(tok) in ("host", "receive"):  # one hosts a person, not "rebels" or "refugees"
            guests = [k for k in guests if k in f.args.index.by_key and f.args.index.by_key[k].type == "Person"]
        counterpart += guests
    for c in tok.children:
        if c.dep_ == "poss":
            m.agent += f.agents(c)
    m.agent += own
    m.agent += [k for k in counterpart if k not in m.agent]
    m.place += f.places(tok, ("in", "at"))
    if not counterpart and not (m.place and m.agent and (not is_verb or _lemma(tok) == "visit")):
        return None  # only a visit, or a meeting held somewhere, needs no counterpart
    return verb


def _deploy(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X deployed 60 officers to Y", "X launched a rapid intervention at Y's border"."""
    verb = tok if tok.pos_ == "VERB" else _governor(tok)
    if tok.pos_ == "VERB" and (obj := _verb_object(tok)) is not None and _lemma(obj) in _MISSION_NOUNS:
        return None  # "sent an intervention": the noun is the trigger
    m.agent += f.agents(_subject(verb) if verb is not None else None)
    for obj in _by(tok) + (_by(verb) if verb is not None else []):
        m.agent += f.agents(obj)
    for c in tok.children:
        if c.dep_ == "poss":
            m.agent += f.agents(c)
    m.place += f.places(tok)
    if verb is not None and verb is not tok:
        m.place += f.places(verb)
    if not m.place:
        return None
    return verb or tok


def _request(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X sent a request for assistance to Y", "Y received X's request"."""
    verb = _governor(tok)
    for c in tok.children:
        if c.dep_ == "poss":
            m.agent += f.agents(c)
    if not m.agent and (key := _demonym_mod(tok)):
        m.agent.append(key)
    if verb is not None and _lemma(verb) == "receive":
        m.target += f.agents(_subject(verb))
    elif verb is not None:
        m.agent += f.agents(_subject(verb))
    for h in (tok, verb, *_preps(tok, ("for",))):  # "a request for assistance to X": "to" may hang low
        if h is not None:
            for obj in _preps(h, ("to",)):
                m.target += f.args.np_entities(obj, _AGENTS, agentive=True)
    for obj in _preps(tok, ("from",)):
        m.agent += f.args.np_entities(obj, _AGENTS, agentive=True)
    if not (m.agent and m.target):
        return None
    return verb or tok


def _ask(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X asked Y for assistance", "X requested help from Y"."""
    obj = _verb_object(tok)
    helped = [o for o in _preps(tok, ("for",)) if _lemma(o) in _HELP_NOUNS]
    if obj is not None and _lemma(obj) in _HELP_NOUNS:
        helped.append(obj)
        for o in _preps(tok, ("from",)) + _preps(obj, ("from",)):
            m.target += f.args.np_entities(o, _AGENTS, agentive=True)
    elif obj is not None:
        m.target += f.args.np_entities(obj, _AGENTS, agentive=True)
    if not helped:
        return None
    m.agent += f.agents(_subject(tok))
    return tok if m.agent and m.target else None


def _act(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X adopted guidelines", "a decree signed by X", "X and Y signed an agreement"."""
    verb = tok.head
    m.agent += f.agents(_subject(verb)) if tok.dep_ == "dobj" else []
    for obj in _by(verb):
        m.agent += f.agents(obj)
    for obj in _preps(tok, ("with", "between")):
        m.agent += f.agents(obj)
    return verb if m.agent else None


def _aid_verb(tok: Token) -> Token | None:
    """The verb giving aid: "pledged aid", "aid was approved", "allocated 10 million in aid"."""
    if tok.dep_ in ("dobj", "nsubjpass"):
        return tok.head
    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") else None
    if amount is not None and amount.dep_ in ("dobj", "nsubjpass") and amount.head.pos_ == "VERB":
        return amount.head
    return None


def _aid(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "X pledged aid to Y", "X allocated 10 million in aid for Y", "aid to Y was approved by X"."""
    verb = _aid_verb(tok)
    if verb is None:
        return None
    m.agent += f.agents(_subject(verb))
    for obj in _by(verb):
        m.agent += f.agents(obj)
    for h in (tok, verb):
        for obj in _preps(h, ("to", "for")):
            m.target += f.args.np_entities(obj, _AGENTS, agentive=True)
    return verb if m.agent and m.target else None


def _elect(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "the presidential election in X on Sunday", "X's parliamentary elections were postponed".

    An election is reported when it is dated in its own phrase or its verb holds, wins, calls or
    postpones it; a passing reference ("interfere in the elections") is not an event.
    """
    verb = _governor(tok)
    dated = any(t.ent_type_ == "DATE" for t in tok.subtree) or any(
        c.ent_type_ == "DATE" for c in (verb.children if verb is not None else ()) if c.i != tok.i
    )
    if not dated and (verb is None or _lemma(verb) not in _ELECTION_VERBS):
        return None
    m.place += f.places(tok, ("in",))
    for c in tok.children:
        if c.dep_ == "poss":
            m.place += f.args.np_entities(c, _PLACES, agentive=False)
        elif c.dep_ in ("amod", "compound") and (key := demonym_state(c.text)):
            m.place.append(key)
    return tok if m.place else None


def _arrest(f: _Frames, tok: Token, m: Mention) -> Token | None:
    """ "police in X arrested Y", "X detained the opposition leader Y"."""
    obj = _verb_object(tok)
    m.target += [k for k in f.agents(obj) if k in f.args.index.by_key and f.args.index.by_key[k].type == "Person"]
    subj = _subject(tok)
    m.agent += f.agents(subj)
    for o in _by(tok):
        m.agent += f.agents(o)
    m.place += f.places(tok, ("in",)) + (f.places(subj, ("in",)) if subj is not None else [])  # "police in X"
    return tok if m.target and (m.agent or m.place) else None
