"""Parsed sentence -> triggers of the generic events news reports, and the words that shape them.

Lemma lists here are general news vocabulary (meeting, deployment, request, adopted text, aid,
election, arrest, rescue, verdict, an assembly's vote), each short and read with the dependency
shape around it, so that "spoke with", "held talks with" and "a meeting with" are found by one
rule; :mod:`kg.extract.event_news` keeps a trigger only when its frame finds named arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.extract.event_brought_forces import brought_force
from kg.extract.event_checks_in_force import CHECKS, border_checks
from kg.extract.event_force_moves import UNIT_NOUNS
from kg.extract.event_opening_hours import HOURS_LABEL, opening_hours
from kg.extract.event_recalls import recall_vote
from kg.extract.event_rescued import rescued_group
from kg.extract.event_rounds import election_round
from kg.extract.event_triggers import PEOPLE_NOUNS
from kg.extract.event_vessels import VESSEL_ACTS, acted_vessel
from kg.nlp.numerals import counting_numeral
from kg.nlp.roles import EVERYDAY_PERSON_NOUNS, PERSON_NOUNS


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = [
    "AGENTS",
    "COUNTERPARTS",
    "ELECTION_VERBS",
    "HELP_NOUNS",
    "JUDGES",
    "MISSION_NOUNS",
    "PLACES",
    "UNIT_NOUNS",
    "NewsTrigger",
    "act_verb",
    "adoption_verb",
    "aid_verb",
    "arrested_group",
    "assembly_voters",
    "called_person",
    "counted_arrests",
    "counted_people",
    "emergency_measure",
    "find_news_triggers",
    "held_participle",
    "held_somewhere",
    "judges",
    "lemma",
    "person_noun",
    "phone_partners",
    "sent_force",
    "sent_members",
    "verb_object",
]

AGENTS = ("Person", "Agency", "Organization", "State")
PLACES = ("State", "Region", "Settlement", "Checkpoint", "Place")

#: Verbs of meeting (label "Meeting"), speaking with (label "Talks") and visiting (label "Visit").
_MEET_VERBS = {
    "meet": "Meeting",
    "host": "Meeting",
    "receive": "Meeting",
    "welcome": "Meeting",
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
    "videoconference": "Talks",
    "teleconference": "Talks",
    "visit": "Visit",
}
_PHONE_NOUNS = frozenset(("phone", "telephone", "videophone", "video"))
#: Sittings of a body that are meetings only when the text says they were held somewhere ("the
#: session was held in X"): "a session" or "a conference" alone, or with a kind before it ("a
#: training session", "a press conference"), is a class or a briefing, no meeting of sides.
_SITTING_NOUNS = {"session": "Meeting", "conference": "Meeting", "negotiation": "Talks"}
#: Verbs of a meeting taking place: "the talks were held in X", "the session convened in Y",
#: "talks between X and Y resumed on Monday".
_HELD_VERBS = frozenset(_words("hold convene take resume begin start open continue conclude end close"))
#: Participles that place a meeting noun they follow: "a meeting held in X", "a session convened in Y".
_HOLDING = frozenset(_words("hold convene"))
#: Verbs that send people or a mission somewhere ("assign" with a force: "40 officers were assigned
#: to the X Bureau"); nouns naming what is sent.
_SEND_VERBS = frozenset(
    _words("deploy send dispatch station redeploy fly airlift rush move transfer relocate second assign")
)
_SENT_NOUNS = (
    frozenset(
        _words(
            """
        officer guard troop soldier personnel police policeman policewoman gendarme marine ranger expert
        inspector team staff equipment peacekeeper reinforcement force agent vehicle aircraft helicopter ship boat
        serviceman servicewoman servicemen servicewomen servicemember trooper sailor airman paratrooper
        commando sapper firefighter rescuer
        """
        )
    )
    | UNIT_NOUNS
)
#: Words that make a body armed or uniformed: "members of the Armed Forces", "of the National Police".
_SERVICE_WORDS = frozenset(_words("force army police guard navy military gendarmerie corps marine reserve"))


def sent_members(obj: Token) -> bool:
    """ "deploy 320 members of the Armed Forces", "450 members of the National Police were sent",
    "2,300 elements of the Army" (as Latin American defence ministries count troops), "N men of
    the Armed Forces": members of an
    armed or uniformed body are people sent; "members of parliament" and "elements of a plan" are not."""
    if lemma(obj) not in ("member", "element", "man"):
        return False
    of = [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    words = {t.lower_.removesuffix("s") for g in of for t in g.subtree}  # "Forces" in a name keeps its plural
    return bool(words & _SERVICE_WORDS)


def sent_force(tok: Token) -> bool:
    """ "troops", "police officers", "a battalion", "members of the Armed Forces": people a state
    sends where it needs them (a deployment), not people crossing a border."""
    return lemma(tok) in _SENT_NOUNS or sent_members(tok)


#: Event nouns for a mission sent somewhere ("launch a rapid intervention", "the deployment").
MISSION_NOUNS = {"deployment": "Deployment", "intervention": "Intervention", "mission": "Mission"}
#: Nouns of asking for something, and what is asked for after a verb of asking.
_REQUEST_NOUNS = frozenset(_words("request appeal plea"))
_REQUEST_VERBS = frozenset(_words("request ask"))
HELP_NOUNS = frozenset(_words("assistance help support aid intervention deployment reinforcement"))
#: Texts adopted by an authority; the verbs that adopt, sign or present them.
_ACT_NOUNS = frozenset(
    _words(
        """
        guideline decree decision agreement deal accord treaty resolution regulation directive
        recommendation memorandum ordinance sanction protocol convention charter pact bill amendment
        declaration instrument
        """
    )
)
#: Nouns of adopting a text: "the signing of the agreement took place in X".
_ADOPT_NOUNS = frozenset(_words("signing adoption ratification conclusion"))
_ADOPT_VERBS = frozenset(
    _words(
        """
        adopt present publish issue sign approve announce unveil pass reach conclude endorse enact
        ink release impose
        """
    )
)
_ADOPTING = _ADOPT_VERBS | _ADOPT_NOUNS
_AID_NOUNS = frozenset(_words("aid assistance package funding"))
#: What makes a "package" aid: "an aid package", "a package of assistance" (not of sanctions).
_AID_KINDS = frozenset(_words("aid assistance humanitarian military financial relief support"))
#: Verbs of an official going somewhere: "the minister travelled to X", "arrived in Y".
_TRAVEL_VERBS = frozenset(_words("travel fly arrive"))
_AID_VERBS = frozenset(_words("pledge provide announce allocate grant approve deliver send give"))
_ELECTION_NOUNS = frozenset(_words("election elections by-election by-elections runoff runoffs"))
_ARREST_VERBS = frozenset(_words("arrest detain apprehend"))
#: Verbs of a court's judgment on people (label "Verdict"), and the nouns of who judges.
_VERDICT_VERBS = frozenset(_words("sentence convict acquit jail imprison"))
JUDGES = frozenset(_words("court tribunal judge magistrate jury"))
#: Bodies that vote as one, and the members through whom they do ("lawmakers in the X Parliament").
_ASSEMBLIES = frozenset(_words("parliament assembly senate congress house legislature chamber plenary duma council"))
_MEMBERS = frozenset(_words("lawmaker legislator deputy senator mp member representative"))
#: Verbs of saving people from danger: "the coast guard rescued 212 people" (label "Rescue").
_RESCUE_VERBS = frozenset(_words("rescue save"))
#: Nominalised arrests ("led to the detention of 17 suspects", "announced the arrest of nine people").
_ARREST_NOUNS = frozenset(_words("arrest detention"))
#: Prepositions and verbs that make a nominalised arrest wanted, not done: "a warrant for the arrest
#: of X", "called for the detention of Y", "the risk of arrest", "demanded the arrest of Z".
_UNDONE_PREPS = frozenset(_words("for of against from without"))
_WANTING_VERBS = frozenset(_words("call demand urge seek want request ask threaten fear avoid risk face"))
#: Emergency measures an authority puts in force ("declared a state of emergency", "imposed a
#: curfew", "extended martial law"): each labelled by its own kind.
_MEASURE_VERBS = frozenset(
    _words("declare impose extend introduce proclaim decree enact prolong renew order announce approve")
)
_MEASURE_LABELS = {"emergency": "State of emergency", "law": "Martial law", "curfew": "Curfew"}
#: Whom one meets when the object is not a name: "met his counterpart", "received officials of X".
COUNTERPARTS = frozenset(
    _words(
        """
        counterpart official delegation leader minister president representative envoy head chief
        ambassador secretary premier
        """
    )
)
#: Verbs that make an election news rather than a reference ("interfere in the elections").
ELECTION_VERBS = frozenset(_words("hold win lose call postpone cancel contest boycott rig annul go head vote"))
#: Verbs of "going to the polls": an election by another name.
_POLL_VERBS = frozenset(_words("go head return"))
#: Prepositions that make an event the background of the one reported ("after meeting X").
_BACKGROUND_PREPS = frozenset(_words("after before following during ahead"))


@dataclass(frozen=True)
class NewsTrigger:
    """A word announcing a generic event of kind ``label`` read by ``frame``."""

    label: str
    token: Token
    frame: str


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def _has_with(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in token.children)


def _kind_of_sitting(tok: Token) -> bool:
    """ "a training session", "a press conference": a kind before the noun makes a class or a
    briefing; an ordinal does not ("the Fifth Session of the X Committee" is a sitting of X)."""
    return any(c.dep_ == "compound" and not c.like_num for c in tok.children)


def _by_wire(tok: Token) -> bool:
    """ "a video conference", "a telephone conference", "a video session": sides who talk at a
    distance, written in two words as "videoconference" is in one; a kind of sitting that is
    still a meeting of its sides, unlike "a press conference"."""
    return any(c.dep_ == "compound" and lemma(c) in _PHONE_NOUNS for c in tok.children)


def held_somewhere(tok: Token) -> bool:
    """ "The talks were held in X", "the session convened in Y", "the talks in X were friendly": a
    meeting noun reported as taking place at a place (the frame checks that the place is named).

    The noun is the subject of a verb of taking place or of "be"; with "be", the place is the noun's
    own ("the talks in X"); or a participle of holding follows it ("a meeting held in X").
    """
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return held_participle(tok) is not None
    verb = tok.head
    if lemma(verb) == "be":
        return any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in tok.children)
    return lemma(verb) in _HELD_VERBS and (lemma(verb) != "take" or any(c.lower_ == "place" for c in verb.children))


def held_participle(tok: Token) -> Token | None:
    """ "agreed at a bilateral meeting held in X on 19 May": the participle of holding that places
    and dates a meeting noun, or None."""
    return next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in _HOLDING), None)


def _two_sides(verb: Token) -> bool:
    """ "X and Y spoke on Tuesday": a coordinated subject speaks with itself."""
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)


def _by_phone(verb: Token) -> bool:
    """ "X spoke by phone", "spoke on the telephone": a call, even when the other side comes later."""
    return any(
        c.dep_ == "prep" and any(lemma(g) in _PHONE_NOUNS for g in c.children if g.dep_ == "pobj")
        for c in verb.children
    )


def phone_partners(verb: Token) -> list[Token]:
    """ "spoke at noon by telephone with X": a time between the verb and "by telephone" makes
    the parser hang "with X" on the telephone; the objects of that "with"."""
    phones = [g for c in verb.children if c.dep_ == "prep" for g in c.children if lemma(g) in _PHONE_NOUNS]
    return [o for p in phones for c in p.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children]


def called_person(verb: Token) -> Token | None:
    """ "X called Y today": the named person called, or None for "called for", "called on",
    "called him a liar" (two objects) and "called elections".

    The parser often reads "called Prime Minister Y" as naming someone Y (an ``oprd``).
    """
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    if len(objs) != 1 or objs[0].ent_type_ != "PERSON":
        return None
    appeal = any(c.dep_ == "prep" and c.lower_ == "on" and not _dated(c) for c in verb.children)  # "called on X to"
    if appeal or any(c.dep_ in ("prt", "ccomp") for c in verb.children):
        return None
    return objs[0]


def _dated(prep: Token) -> bool:
    """ "on Sunday": a preposition whose object is a date."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def verb_object(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)


def arrested_group(token: Token) -> Token | None:
    """Who is held: the object of "arrested 12 suspects" / "12 suspects were arrested", or the "of"
    phrase of a nominalised arrest ("the detention of 17 suspects")."""
    if token.pos_ == "VERB":
        return verb_object(token)
    of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not of:  # "the detention on Friday of four fishermen": the parser hangs "of" on the time
        of = [
            g
            for t in _time_after(token)
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    return of[0] if of else None


def _time_after(noun: Token) -> list[Token]:
    """The head nouns of a time phrase right after ``noun`` ("the arrest on Friday ...", "the
    detention yesterday evening ..."), hung on the noun or on the verb it is the object of."""
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    phrases = [c for h in heads for c in h.children if c.dep_ in ("prep", "npadvmod") and c.left_edge.i == noun.i + 1]
    nouns = [
        g for p in phrases for g in ([p] if p.dep_ == "npadvmod" else p.children) if g.dep_ in ("pobj", "npadvmod")
    ]
    return [t for t in nouns if t.ent_type_ in ("DATE", "TIME")]


def emergency_measure(tok: Token) -> str:
    """The label of a measure put in force ("a state of emergency", "martial law", "a curfew"), when
    ``tok`` heads one that a verb of enacting governs ("declared", "was extended"), else ""."""
    lem = lemma(tok)
    if lem == "state":
        of = arrested_group(tok)  # the "of" phrase: "state of emergency"
        kind = "emergency" if of is not None and lemma(of) == "emergency" else ""
    elif lem == "law":
        kind = "law" if any(c.dep_ == "amod" and c.lower_ == "martial" for c in tok.children) else ""
    else:
        kind = "curfew" if lem == "curfew" else ""
    if not kind:
        return ""
    verb = tok.head
    if tok.dep_ == "conj":  # "declared a curfew and a state of emergency"
        verb = verb.head
    enacted = tok.dep_ in ("dobj", "nsubjpass", "conj") and verb.pos_ == "VERB" and lemma(verb) in _MEASURE_VERBS
    return _MEASURE_LABELS[kind] if enacted else ""


def judges(verb: Token) -> list[Token]:
    """Who passes a judgment: the subject of "the X Court sentenced ...", or a "by" phrase anywhere
    in the verb's clause ("were convicted of smuggling by the X Court", the parser hanging "by" low)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    bys = [
        g
        for t in verb.subtree
        if t.lower_ == "by" and t.dep_ in ("agent", "prep")
        for g in t.children
        if g.dep_ == "pobj"
    ]
    return [j for j in subjects + bys if lemma(j) in JUDGES]


def assembly_voters(verb: Token) -> Token | None:
    """The assembly a verb of voting has for its subject ("the X Parliament voted on Tuesday"), or
    whose members it has ("lawmakers in the X Parliament voted"): the token naming the body."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if lemma(subj) in _ASSEMBLIES:
        return subj
    if lemma(subj) in _MEMBERS:
        body = [g for c in subj.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children]
        return next((b for b in body if b.dep_ == "pobj" and lemma(b) in _ASSEMBLIES), None)
    return None


def _votes_to_adopt(verb: Token) -> bool:
    """ "voted to approve the bill": the adopted text is the event (:func:`act_verb`), not the vote."""
    return any(
        c.dep_ == "xcomp" and lemma(c) in _ADOPT_VERBS and any(lemma(o) in _ACT_NOUNS for o in c.children)
        for c in verb.children
    )


def counted_people(tok: Token) -> bool:
    """ "212 migrants", "some 1,200 people", "four fishermen", "nine crew members": a group of people
    counted by its own numeral, named by any noun for people (a role, or a compound in -man)."""
    return person_noun(tok) and any(counting_numeral(c) for c in tok.children)


def person_noun(tok: Token) -> bool:
    """Whether a noun names people: the lexicons' nouns for people and roles, English compounds in
    -man/-woman by their lemma ("fisherman", "seamen", "crewman"; "specimen" is none), and members
    of a crew ("crew members")."""
    lem = tok.lemma_.lower()
    if lem in PEOPLE_NOUNS or lem in EVERYDAY_PERSON_NOUNS or lem in PERSON_NOUNS:
        return True
    if lem == "member":
        return any(c.dep_ == "compound" for c in tok.children)
    return len(lem) > 5 and lem.endswith("man") and tok.pos_ == "NOUN"  # the lemma: "seamen" is "seaman"


def counted_arrests(tok: Token) -> bool:
    """ "reported 1,420 arrests", "made 85 detentions": an arrest noun counted by its own numeral,
    which counts the people held even when no "of" phrase names them."""
    return tok.pos_ != "VERB" and any(c.dep_ == "nummod" for c in tok.children)


def _done_arrest(tok: Token) -> bool:
    """ "announced the arrest of nine people", "led to the detention of 17 suspects", "made 85
    arrests": an arrest noun with its "of" phrase or its own count, reported as done (not wanted,
    feared or warranted)."""
    if arrested_group(tok) is None and not counted_arrests(tok):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in _UNDONE_PREPS:
        return False
    governor = tok.head.head if tok.dep_ == "pobj" else tok.head
    return lemma(governor) not in _WANTING_VERBS


def _background(tok: Token) -> bool:
    """True for a circumstance of another report: "said after meeting X", "before talks with Y"."""
    node = tok if tok.pos_ == "VERB" else tok.head
    return (node.dep_ == "pcomp" and node.head.lower_ in _BACKGROUND_PREPS) or (
        tok.dep_ == "pobj" and tok.head.lower_ in _BACKGROUND_PREPS
    )


def _is_aid(tok: Token) -> bool:
    if lemma(tok) != "package":
        return True
    kinds = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    kinds += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(lemma(k) in _AID_KINDS for k in kinds)


def act_verb(tok: Token) -> Token | None:
    """The verb adopting a text: "adopted guidelines", "a decree was signed", "a package of sanctions",
    "the agreement reached on Monday by X" (a participle after the noun, or parsed as its verb)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in _ADOPT_NOUNS:
        return _reported_adoption(tok.head.head)  # "the signing of the agreement took place in X"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "a new package / round of sanctions"
    own = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in _ADOPT_VERBS), None)
    if own is not None:  # "welcomed the agreement reached by X": its own participle, not "welcomed"
        return own
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
        return tok.head
    if tok.dep_ == "nsubj" and tok.head.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.head.children):
        return tok.head  # the same, parsed as the participle's subject
    return None


def _reported_adoption(noun: Token) -> Token | None:
    """ "The signing of the treaty took place in X", "attended the signing of the accord": the noun
    of adopting a text, reported as done; None for the background or aim of another report ("after
    the signing of", "ahead of the signing", "called for the adoption of")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _BACKGROUND_PREPS | {"for", "of", "towards", "toward"}:
        return None
    return noun


def adoption_verb(noun: Token) -> Token | None:
    """The verb reporting a noun of adoption ("the signing ... took place", "witnessed the signing")."""
    if lemma(noun) not in _ADOPT_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") else None


def aid_verb(tok: Token) -> Token | None:
    """The verb giving aid: "pledged aid", "aid was approved", "allocated 10 million in aid"."""
    if tok.dep_ in ("dobj", "nsubjpass"):
        return tok.head
    amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") else None
    if amount is not None and amount.dep_ in ("dobj", "nsubjpass") and amount.head.pos_ == "VERB":
        return amount.head
    return None


def _to_the_polls(tok: Token) -> bool:
    """ "voters will go to the polls on Sunday": the polls as an election."""
    prep = tok.head
    return tok.lower_ == "polls" and tok.dep_ == "pobj" and prep.lower_ == "to" and lemma(prep.head) in _POLL_VERBS


def _a_vote(tok: Token) -> bool:
    """ "the vote on Sunday", "voting on Tuesday was peaceful", "every vote cast on Tuesday": a vote
    dated in its own phrase is the election (a share "51% of the vote" or "a vote of thanks" is not).

    Only the dated word is taken here; :func:`kg.extract.event_news._elect` still needs its place.
    """
    if tok.lower_ not in ("vote", "voting", "polling") or tok.head.lower_ == "of":
        return False
    return any(t.ent_type_ == "DATE" and t.i != tok.i for t in tok.subtree)


def _names_a_text(tok: Token) -> bool:
    """ "signed a Free Trade Agreement": the head noun of a named treaty or accord (the model often
    tags such names as organizations) is still the adopted text; a modifier ("Treaty Organization")
    is passed over as a compound by the caller."""
    return lemma(tok) in _ACT_NOUNS


def _held_meeting(tok: Token) -> bool:
    """ "The Ninth Ordinary Meeting of the Council was held in X": a named meeting (the model
    often tags such names as organizations or events) reported as held is still a meeting."""
    return lemma(tok) in ("meeting", "summit") and tok.dep_ == "nsubjpass" and lemma(tok.head) in _HELD_VERBS


def _names_a_vote(tok: Token) -> bool:
    """ "the Presidential Election held on 5 May", "X held the General Elections": the head noun
    of a capitalised election (the model tags such names as events or organizations) is still a
    vote; "the Election Commission" is passed over as a compound by the caller."""
    return tok.lower_ in _ELECTION_NOUNS


def _described(verb: Token) -> Token:
    """The noun a participle with its sender describes ("90 officers sent by X": officers), else the
    verb itself; without a sender ("1,200 personnel deployed in X") the phrase says where a force
    stands, not that it was sent."""
    return verb.head if verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children) else verb


def _brings_force(verb: Token) -> bool:
    """ "brought in eight more officers", "drafted in 60 officers": a force brought in is sent
    (:mod:`kg.extract.event_brought_forces`)."""
    brought = brought_force(verb)
    return brought is not None and sent_force(brought)


def find_news_triggers(sent: Span) -> list[NewsTrigger]:
    """The generic-event triggers of one sentence, in text order."""
    out: list[NewsTrigger] = []
    for tok in sent:
        lem = lemma(tok)
        if _background(tok):
            continue
        if opening_hours(tok):  # "lengthen the opening hours at X", "X will remain open day and night"
            out.append(NewsTrigger(HOURS_LABEL, tok, "hours"))
        elif tok.pos_ == "VERB":
            obj = verb_object(tok)
            if lem in _MEET_VERBS and (lem not in ("receive", "host", "welcome", "visit") or obj is not None):
                if lem in ("speak", "talk", "confer") and not (_has_with(tok) or _two_sides(tok) or _by_phone(tok)):
                    continue
                out.append(NewsTrigger(_MEET_VERBS[lem], tok, "meet"))
            elif lem == "call" and called_person(tok) is not None:
                out.append(NewsTrigger("Talks", tok, "meet"))
            elif (
                lem in _SEND_VERBS
                and (
                    lemma(obj if obj is not None else _described(tok)) in _SENT_NOUNS
                    or (obj is not None and sent_members(obj))
                )
            ) or _brings_force(tok):
                out.append(NewsTrigger("Deployment", tok, "deploy"))
            elif lem in _REQUEST_VERBS and obj is not None:
                out.append(NewsTrigger("Request", tok, "ask"))
            elif lem in _RESCUE_VERBS and (saved := rescued_group(tok)) is not None and counted_people(saved):
                out.append(NewsTrigger("Rescue", tok, "rescue"))
            elif acted_vessel(tok) is not None:  # "navy patrols boarded nine longliners"
                out.append(NewsTrigger(VESSEL_ACTS[lem], tok, "vessel"))
            elif lem == "vote" and (voters := assembly_voters(tok)) is not None and not _votes_to_adopt(tok):
                out.append(NewsTrigger("Vote", voters, "vote"))
            elif lem in _VERDICT_VERBS and obj is not None and judges(tok):
                out.append(NewsTrigger("Verdict", tok, "verdict"))
            elif lem in _ARREST_VERBS and obj is not None:
                out.append(NewsTrigger("Arrest", tok, "arrest"))
            elif lem in _TRAVEL_VERBS and any(c.dep_ == "prep" and c.lower_ in ("to", "in") for c in tok.children):
                out.append(NewsTrigger("Visit", tok, "travel"))
        elif tok.pos_ in ("NOUN", "PROPN") and (
            not tok.ent_type_ or _names_a_text(tok) or _held_meeting(tok) or _names_a_vote(tok)
        ):
            if tok.dep_ == "compound":
                continue  # "meeting room", "aid workers"
            held = held_somewhere(tok) or (tok.dep_ == "dobj" and lemma(tok.head) in ("hold", "conduct"))
            if lem in _MEET_NOUNS and (lem not in ("call", "talk", "talks") or _has_with(tok) or held):
                out.append(NewsTrigger(_MEET_NOUNS[lem], tok, "meet"))
            elif lem in _SITTING_NOUNS and _by_wire(tok) and (held or _has_with(tok)):
                out.append(NewsTrigger("Talks", tok, "meet"))
            elif lem in _SITTING_NOUNS and held_somewhere(tok) and not _kind_of_sitting(tok):
                out.append(NewsTrigger(_SITTING_NOUNS[lem], tok, "meet"))
            elif lem in MISSION_NOUNS:
                out.append(NewsTrigger(MISSION_NOUNS[lem], tok, "deploy"))
            elif lem in _REQUEST_NOUNS:
                out.append(NewsTrigger("Request", tok, "request"))
            elif (
                lem in _ACT_NOUNS and (verb := act_verb(tok)) is not None and lemma(verb) in _ADOPT_VERBS | _ADOPT_NOUNS
            ):
                out.append(NewsTrigger(tok.lower_.capitalize(), tok, "act"))
            elif (
                lem in _AID_NOUNS and _is_aid(tok) and (verb := aid_verb(tok)) is not None and lemma(verb) in _AID_VERBS
            ):
                out.append(NewsTrigger("Aid", tok, "aid"))
            elif (
                tok.lower_ in _ELECTION_NOUNS
                or _to_the_polls(tok)
                or _a_vote(tok)
                or election_round(tok)
                or recall_vote(tok)
            ):
                out.append(NewsTrigger("Election", tok, "elect"))
            elif lem in _RESCUE_VERBS and (saved := rescued_group(tok)) is not None and counted_people(saved):
                out.append(NewsTrigger("Rescue", tok, "rescue"))  # "informs residents of the rescue of 14 fishermen"
            elif lem in _ARREST_NOUNS and _done_arrest(tok):
                out.append(NewsTrigger("Arrest", tok, "arrest"))
            elif measure := emergency_measure(tok):
                out.append(NewsTrigger(measure, tok, "measure"))
            elif border_checks(tok):
                out.append(NewsTrigger(CHECKS, tok, "checks"))
    return out
