"""Parsed sentence -> event triggers: which words announce which kind of event.

Trigger words are general news vocabulary (British and American spellings), read on lemmas and
dependency shapes rather than on strings, so "fled", "have crossed into", "arrivals of" and
"entry figures" are all found by the same few rules. A trigger is only a candidate: events.py
keeps it when its arguments and numbers are found.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Span, Token

from kg.extract.event_among import among_clause
from kg.extract.event_checks import CHECKING_LIGHT_VERBS, checked_people
from kg.extract.event_closure_objects import misplaced_object
from kg.extract.event_counted_at import HAVING_VERBS, counted_at_name
from kg.extract.event_fire import opened_fire
from kg.extract.event_fired_upon import FIRING_VERBS, fired_upon
from kg.extract.event_flow_nouns import figure_reached
from kg.extract.event_flow_nouns import noun_lemma as _lemma
from kg.extract.event_force_moves import travelling_force
from kg.extract.event_misread import verb_in_use
from kg.extract.event_named_posts import named_post
from kg.extract.event_part_objects import parts_of
from kg.extract.event_purpose import purpose_places
from kg.extract.event_recalled_reserves import RECALL, calls_out_reserves, hyphened_call, recalls_reserves
from kg.extract.event_removals import REMOVING_VERBS, removed_people
from kg.extract.event_traffic import TRAFFIC, traffic_figure
from kg.extract.event_used_ways import used_way
from kg.extract.event_vehicles import VEHICLE_NOUNS, counted_vehicles
from kg.extract.event_where import checked_where
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.doctext import marked, marked_in


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = [
    "ATTEMPT",
    "CHANGE_VERBS",
    "CONVEYING_VERBS",
    "CROSSING_NOUNS",
    "CROSSING_VERBS",
    "DISPLACING_VERBS",
    "HIT_VERBS",
    "INFORMING_VERBS",
    "INTERCEPTION",
    "IRREGULAR",
    "LEAVE_VERBS",
    "PEOPLE_NOUNS",
    "RECEIVING_VERBS",
    "REOPENING",
    "SPEECH_VERBS",
    "Trigger",
    "announcer",
    "armed_operation",
    "attempt_verb",
    "closed_before_reopening",
    "closed_road",
    "closed_state",
    "control_point_subject",
    "crossing_attempt",
    "described",
    "find_triggers",
    "is_announced",
    "is_appeal",
    "is_future",
    "is_hypothetical",
    "named_closed",
    "outbreak_sides",
    "post_traffic_only",
    "refusal_of_entry",
    "refused_entry",
    "refused_noun_entry",
    "registered_arrivals",
    "reopened_things",
    "reopening",
    "stopped_at",
    "struck_place",
    "suffered",
    "weapon_strike",
]

#: Verbs of moving across a border: the subject is the people, the objects are where from / to
#: ("land" only with people as its subject: a boat or a plane lands too).
CROSSING_VERBS = frozenset(
    _words(
        """
        arrive flee cross enter leave return come travel reach head escape emigrate migrate relocate
        pour flock stream exit depart seek disembark visit land commute
        """
    )
)
#: Nouns naming a flow of people ("arrivals of Russians", "entry figures", "asylum seekers").
CROSSING_NOUNS = frozenset(
    _words(
        """
        arrival entry crossing refugee exodus influx departure migrant evacuee returnee emigration
        immigration inflow outflow asylum-seeker
        """
    )
)
#: Verbs that carry a number for a flow named by their subject ("arrivals doubled to 10,000").
CHANGE_VERBS = frozenset(
    _words(
        """
        double triple treble quadruple increase rise reach hit top exceed climb jump surge grow fall
        drop decline decrease soar total number stand swell average
        """
    )
)
#: Verbs of a place taking people in ("Chad has received 600,000 refugees"): the subject is where
#: they arrive, a counted group of displaced people the object.
RECEIVING_VERBS = frozenset(_words("receive host welcome absorb shelter accommodate"))  # not "admit": a speech verb
_TAKEN_IN = frozenset(_words("refugee migrant civilian people person asylum-seeker seeker evacuee returnee family"))
#: People named by their nationality, taken in only when counted: "received 46,000 X citizens" (a
#: minister who "received the citizens' delegation" takes in no one).
_COUNTED_IN = frozenset(_words("citizen national"))
#: Verbs of driving people from their homes ("the fighting displaced 10,000 people"): a flow out
#: of the place the fighting is in or the people are driven from, with no destination needed.
DISPLACING_VERBS = frozenset(_words("displace uproot"))
#: Nouns for the people counted ("300,000 men", "42,000 citizens").
PEOPLE_NOUNS = frozenset(
    _words(
        """
        people person citizen national resident civilian man woman child refugee migrant asylum seeker
        traveller traveler tourist visitor worker student family individual reservist soldier troop trader foreigner
        conscript recruit evacuee returnee arrival entry crossing passenger driver attempt
        """
    )
)
#: Verbs that report what someone said or published.
SPEECH_VERBS = frozenset(
    _words(
        """
        say tell report indicate announce confirm state tweet write add note estimate show reveal
        declare explain publish post claim insist warn admit stress emphasise emphasize underline
        """
    )
)
#: A readout's verbs of telling a counterpart: "informed / briefed / assured his counterpart that
#: ..." reports a plan or a figure as "said" does (the time of a briefing is another matter: "will
#: brief the council later today" dates the briefing, which is no report of what it tells).
INFORMING_VERBS = frozenset(_words("inform brief assure reassure notify"))
#: Label of the generic event a reopened border or crossing is.
REOPENING = "Reopening"
#: Attempted crossings: "attempts to cross", "tried to enter", "attempted crossings".
ATTEMPT = "attempt"
#: People stopped at a border: "detained at the border", "turned back", "pushed back".
INTERCEPTION = "interception"
#: "illegal crossings": counted by the state crossed into, whether or not the people got through.
IRREGULAR = "irregular"
_ATTEMPT_WORDS = frozenset(["attempt", "try", "bid", "effort"])
#: What an attempt is an attempt at: "tried to cross", "trying to reach Italy by sea".
_ENTER_VERBS = frozenset(["cross", "enter", "breach", "storm", "reach", "travel", "sail"])
#: Attempts at leaving a country ("trying to leave X illegally towards Y"): X is where they came from.
LEAVE_VERBS = frozenset(["leave", "exit"])
_IRREGULAR_MODIFIERS = frozenset(
    _words(
        """
        illegal irregular unlawful unauthorised unauthorized illicit
        """
    )
)
#: Verbs of stopping people at a border; "turn" and "push" only with "back".
_INTERCEPT_VERBS = frozenset(
    _words(
        """
        stop detain intercept apprehend arrest catch prevent block repel deter turn push
        """
    )
)
_BACK_VERBS = frozenset(["turn", "push"])
#: Ways across that people "use": the users of a crossing are a flow through it.
_ROUTES = frozenset(_words("crossing checkpoint crossing-point bridge border post"))
_CLOSURE_VERBS = frozenset(
    _words(
        """
        close shut seal suspend restrict bar ban halt block limit
        """
    )
)
_CLOSING_NOUNS = frozenset(_words("closure closing shutdown restriction suspension ban blocking"))
_CLOSURE_OBJECTS = frozenset(
    _words(
        """
        border frontier crossing checkpoint entry crossing-point post airspace port bridge airport airfield
        """
    )
)
#: Roads are closed as ways across only by a verb of closing ("the road between X and Y was
#: closed"): a road "blocked" by a landslide or "limited" to lorries is no closure of a route.
_ROADS = frozenset(_words("road highway motorway"))
_SHUT_VERBS = frozenset(_words("close shut seal"))
#: What stops at a crossing when it is suspended ("suspended traffic at the X checkpoint").
_STOPPED_ACTIVITIES = frozenset(_words("operation traffic movement crossing service processing"))
#: Refusals of entry: "refused entry to 300 people", "were denied entry into X".
_REFUSE_VERBS = frozenset(["refuse", "deny"])
_ENTRY_NOUNS = frozenset(["entry", "access", "admission"])
_MOBILIZATION_NOUNS = frozenset(
    _words(
        """
        mobilization mobilisation call-up callup conscription draft
        """
    )
)
_MOBILIZATION_VERBS = frozenset(["mobilize", "mobilise", "conscript"])
_REFERENDUM_NOUNS = frozenset(["referendum", "referenda", "plebiscite"])
_VOTE_MODIFIERS = frozenset(
    _words(
        """
        annexation independence secession sovereignty accession
        """
    )
)
_OPERATION_NOUNS = frozenset(
    _words(
        """
        invasion offensive incursion assault attack bombardment airstrike shelling bombing raid ambush
        """
    )
)
_OPERATION_VERBS = frozenset(
    _words(
        """
        invade attack bomb shell storm ambush
        """
    )
)
#: Fights between armed sides: an operation when the fighting is armed ("a clash with the army",
#: "an engagement in which four militants were killed"), not "clashes" of views or "engagement" of
#: volunteers; the last four are armed by their own meaning.
_CLASH_NOUNS = frozenset(_words("clash engagement firefight skirmish gunfight shootout"))
_ARMED_BY_NAME = frozenset(_words("firefight skirmish gunfight shootout"))
#: Who fights, and the harm that makes a fight armed.
_FIGHTERS = frozenset(
    _words("army troop soldier force militant rebel fighter insurgent terrorist gunman militia jihadist")
)
_HARM_VERBS = frozenset(_words("kill wound injure"))
#: Weapons that strike on their own: "a drone hit a school", "a missile struck the station".
_WEAPONS = frozenset(_words("drone missile rocket bomb shell projectile munition"))
#: Who attacks by the name of what they do: "a suicide bomber struck a market", "gunmen killed four".
_ATTACKERS = frozenset(_words("bomber gunman gunmen attacker assailant militant insurgent jihadist terrorist"))
#: Verbs whose subject, an armed action or a weapon, hits their object: "an airstrike hit the market".
HIT_VERBS = frozenset(_words("hit strike destroy damage target kill wound injure level flatten"))
#: "strike" is an armed action only with its weapon: "air strikes", "a missile strike" (not a walk-out).
_STRIKE_KINDS = frozenset(_words("air missile drone rocket artillery military"))
#: "fire" is an armed action only with its weapon: "artillery fire", "mortar fire" (not a forest fire).
_FIRE_KINDS = frozenset(_words("artillery mortar rocket tank sniper gun machine-gun heavy-weapons"))
_ANNEX = frozenset(["annexation", "annex"])
#: Heads that turn an event noun into a modifier ("mobilization post", "referendum result").
_MODIFIED_HEADS = frozenset(
    _words(
        """
        post office centre center commission committee point law order plan
        """
    )
)
_MODALS = frozenset(
    _words(
        """
        could would might may should
        """
    )
)
_CONDITIONS = frozenset(["if", "unless", "whether"])
#: Verbs that urge someone else to act: what follows their "to" is asked for, not done.
_APPEAL_VERBS = frozenset(_words("urge ask request demand press implore encourage invite appeal exhort"))
_PLAN_VERBS = frozenset(
    _words(
        """
        plan prepare intend aim decide agree vow promise threaten due set schedule expect
        """
    )
)


@dataclass(frozen=True)
class Trigger:
    """A word that announces an event of ``type`` (``label`` names generic events)."""

    type: str
    token: Token
    label: str = ""


def is_appeal(token: Token) -> bool:
    """True for an event someone is urged to carry out: "called on X to reopen the border", "urged Y
    to close it", "asked Z to deploy": an appeal, not the event."""
    if token.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    head = token.head
    lem = head.lemma_.lower()
    if lem == "call":
        return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children)
    return lem in _APPEAL_VERBS


def is_renounced(token: Token) -> bool:
    """True for an event someone says they do not mean to carry out: "we have no intention of
    closing the border", "has no plans to deploy troops", "does not plan to close it".

    The negation sits on the noun or verb of intention the trigger completes, not on the trigger.
    """
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif token.dep_ not in ("acl", "xcomp"):
        return False
    if head.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
    return head.lemma_.lower() in _PLAN_VERBS and any(c.dep_ == "neg" for c in head.children)


#: How a question's main verb may hang on the parser's root: "is X calling up ...?" (read as "is" with
#: a clause), "will X close and seal ...?".
_MAIN_LINKS = frozenset({"conj", "ccomp", "xcomp"})
#: Tags of the words that open a wh-question: "how", "what", "which", "who", "when", "where".
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def is_hypothetical(token: Token) -> bool:
    """True for a trigger under negation, a modal or a condition ("could increase if Moscow closes"),
    one someone is urged to carry out (:func:`is_appeal`) or says they will not (:func:`is_renounced`),
    or one a question asks about (:func:`is_asked`)."""
    if is_appeal(token) or is_renounced(token) or is_asked(token):
        return True
    node: Token | None = token
    for _ in range(6):
        if node is None:
            break
        for child in node.children:
            if child.dep_ == "neg" and node.i == token.i:
                return True
            if child.dep_ == "aux" and child.lower_ in _MODALS and not _hedged_saying(node, token):
                return True
            if child.dep_ == "mark" and child.lower_ in _CONDITIONS:
                return True
        if node.head.i == node.i:  # the root (``is`` never holds: each ``.head`` is a new Token)
            break
        node = node.head
    return False


def _hedged_saying(verb: Token, token: Token) -> bool:
    """True for a speaker's own verb of saying above ``token`` with a modal on it: "I would just
    add that ...", "we should stress that ...". The modal softens the saying, not what the clause
    after it reports."""
    return (
        verb.i != token.i
        and _lemma(verb) in SPEECH_VERBS
        and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
    )


def is_asked(token: Token) -> bool:
    """True for the verb a yes-no question asks about: "Are you calling up reservists?", "Will the
    crossing be closed?". A reporter's question reports nothing; the answer does. What a question
    takes as known stays ("told of the detention of 12 divers?": the detention), and so does
    what a wh-question asks the figure of ("how many migrants entered X last year?": the answer
    gives it)."""
    if token.pos_ != "VERB" or not (token.dep_ == "ROOT" or (token.dep_ in _MAIN_LINKS and token.head.dep_ == "ROOT")):
        return False
    sent = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?" and not any(t.tag_ in _WH_TAGS for t in sent)


def is_announced(token: Token) -> bool:
    """True for a plan reported in speech: "said it would close the border" (no "if", no "could").

    Such an event is announced, not hypothetical: kept, with only the time its own words give.
    A question announces nothing.
    """
    if is_asked(token):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in token.children):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in _CONDITIONS) for c in token.children):
        return False
    if any(  # "would be declared if the violence continued": a condition in a clause of its own
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in c.children)
        for c in token.children
    ):
        return False
    said = _said_clause(token)
    return said.dep_ == "ccomp" and said.head.lemma_.lower() in SPEECH_VERBS | INFORMING_VERBS


def announcer(token: Token) -> Token | None:
    """Who announces a plan told in the passive with no doer: "He announced that 250 extra troops
    would be posted to the frontier" (he), "X informed his counterpart that 120 officers would
    be deployed" (X). The one who announces what will be done is the one who decided it; a plan
    with its own doer ("said the army would send ...") or none announced gives None."""
    if not is_announced(token) or any(c.dep_ in ("nsubj", "agent") for c in token.children):
        return None
    speech = _said_clause(token).head
    return next((c for c in speech.children if c.dep_ == "nsubj"), None)


def _said_clause(token: Token) -> Token:
    """The clause a speech verb governs that holds ``token``: "announced that X ..., and that the
    post would close"; "stressed that X would stay open, while the Y post will be closed": a clause
    joined or set against the said one is said too."""
    said = token
    while (said.dep_ == "conj" or _contrasted(said)) and said.head.i != said.i:
        said = said.head
    return said


def _contrasted(clause: Token) -> bool:
    """True for a clause set against the one it hangs on: "..., while the Y post will be closed"."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children
    )


def is_future(token: Token) -> bool:
    """True for an event still to come: "will close", "is due to close", "is preparing to restrict".

    The parser may hang "will" on the passive's "be" rather than on the verb ("will be closed")."""
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    auxes += [g for c in auxes for g in c.children if g.dep_ == "aux"]
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "would") for c in auxes):
        return True
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_.lower() in _PLAN_VERBS


#: Who carries out an armed operation: "security forces conducted an operation in X".
_ARMED_BODIES = frozenset(_words("force troop army military soldier unit navy marine militant rebel fighter"))
#: Verbs that carry out an operation.
_CONDUCT_VERBS = frozenset(_words("conduct launch carry mount stage begin start continue"))


def armed_operation(token: Token) -> bool:
    """True for an "operation" armed people carry out: "security forces conducted an operation in X",
    "an operation was launched by troops near Y" (a rescue or a fraud operation has no such subject)."""
    if token.pos_ != "NOUN" or _lemma(token) != "operation" or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = token.head
    if verb.pos_ != "VERB" or _lemma(verb) not in _CONDUCT_VERBS:
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_lemma(d) in _ARMED_BODIES for d in doers)


def weapon_strike(token: Token) -> bool:
    """True for a weapon that is the subject of a verb of hitting: "a guided bomb hit a school",
    "when a drone struck his car" (the strike is the event; its place is read by the frame)."""
    return (
        token.pos_ == "NOUN"
        and _lemma(token) in _WEAPONS | _ATTACKERS
        and token.dep_ == "nsubj"
        and token.head.pos_ == "VERB"
        and _lemma(token.head) in HIT_VERBS
    )


#: Armed units and posts that fire hits wherever they are: "their patrol came under fire".
_ARMED_TARGETS = frozenset(_words("patrol convoy outpost base checkpoint"))
#: What a place "came under": "the convoy came under fire", "a town came under shelling".
_UNDER_ATTACK = frozenset(_words("fire attack shelling bombardment assault"))
#: Verbs whose passive subject is what an attack hit: "the clinic was struck", "a school was targeted".
_STRUCK_VERBS = frozenset(_words("strike hit target"))


def struck_place(token: Token) -> bool:
    """True for a verb that reports its subject attacked: "the health centre was struck overnight",
    "a depot was hit on Tuesday", "the convoy came under fire". A "by" agent must be armed or a
    weapon ("was hit by a car", "struck by lightning" are no attacks)."""
    if token.pos_ != "VERB":
        return False
    lem = _lemma(token)
    if lem == "come":
        under = any(
            c.dep_ == "prep" and c.lower_ == "under" and any(_lemma(o) in _UNDER_ATTACK for o in c.children)
            for c in token.children
        )
        subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return under and subj is not None and _placed_thing(subj)
    if fired_upon(token):  # "the patrol was fired upon", "a boat was shot at"
        return True
    if lem not in _STRUCK_VERBS or not any(c.dep_ == "nsubjpass" for c in token.children):
        return False
    doers = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    armed = _WEAPONS | _ARMED_BODIES | _OPERATION_NOUNS | {"strike", "fire", "artillery", "shelling"}
    return all(_lemma(d) in armed for d in doers)


def _placed_thing(subj: Token) -> bool:
    """ "a clinic in X", "the X depot": a thing the text places, which fire can hit; "the minister"
    or "the X governor" came under fire of words (a person or an office is no target)."""
    if subj.ent_type_ in ("PERSON", "ORG", "NORP") or _lemma(subj) in TITLE_WORDS:
        return False
    return _lemma(subj) in _ARMED_TARGETS or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in subj.subtree)


def suffered(token: Token) -> Token | None:
    """The subject an attack verb reports as hit, not as acting: "the clinic was shelled",
    "the convoy came under fire"; None for an active verb."""
    passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    if _lemma(token) == "come" and struck_place(token):
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    return None


def _armed_clash(token: Token) -> bool:
    """True for a fight between armed sides: "killed in a clash with the army", "in another
    engagement ..., three militants were killed", "clashes between rebels and soldiers", "troops
    clashed with rebels" (the verb, when a side is armed: not "fans clashed with police")."""
    if token.pos_ == "VERB" and _lemma(token) == "clash":
        sides = [c for c in token.children if c.dep_ == "nsubj"]
        sides += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
        return any(_lemma(t) in _FIGHTERS for s in sides for t in s.subtree)
    if token.pos_ != "NOUN" or _lemma(token) not in _CLASH_NOUNS or _is_modifier(token):
        return False
    if _lemma(token) in _ARMED_BY_NAME:
        return True
    if any(_lemma(t) in _FIGHTERS for t in [*token.subtree, *outbreak_sides(token)]):
        return True
    verb = token.head.head if token.dep_ == "pobj" else token.head  # "were killed in a clash"
    return verb.pos_ == "VERB" and _lemma(verb) in _HARM_VERBS


#: Verbs of fighting starting or going on: "clashes broke out between X and Y in Z".
_OUTBREAK_VERBS = frozenset(_words("break erupt flare resume continue"))


def outbreak_sides(token: Token) -> list[Token]:
    """The words of the phrases a verb of breaking out hangs on a fight that is its subject: "heavy
    clashes broke out on Monday between rebels and soldiers in X" (the parser's "between", "in")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ != "VERB" or _lemma(verb) not in _OUTBREAK_VERBS:
        return []
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("between", "in", "near") for t in c.subtree]


def _is_modifier(token: Token) -> bool:
    """True when an event noun only modifies another noun ("mobilization post", "annexation votes")."""
    return token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i


#: People whose registration somewhere is their arrival: "refugees were registered in X".
_REGISTERED = frozenset(_words("refugee asylum-seeker seeker migrant evacuee returnee"))


def registered_arrivals(verb: Token) -> bool:
    """ "60,000 people from X had registered in Y", "2,300 refugees were registered in Z": a counted
    group from somewhere (or of refugees) registering in a place is a flow into it; "voters
    registered in X" and "the firm registered 300 workers" are no such flow."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        any(c.like_num for c in s.children)
        and (_lemma(s) in _REGISTERED or any(c.dep_ == "prep" and c.lower_ == "from" for c in s.children))
        for s in subjects
    )


#: Verbs of border officers counting the people they let through ("cleared 9,000 travellers").
_CONTROL_VERBS = frozenset(_words("clear process check register screen count handle"))
#: Verbs of a way across that has people or vehicles go over it: "the X bridge carries 2,600
#: vehicles a day", "the post sees about 900 travellers daily"; a flow only when a way is the subject.
_WAY_VERBS = frozenset(_words("carry see"))
#: Where such counting makes a flow: a way across or the border itself.
_CONTROL_POINTS = _ROUTES | frozenset(_words("frontier point gate causeway"))
#: What such counting counts at a post named bare: people, not crossings or attempts (their own nouns
#: are the figure) nor vehicles (handled, not moved: :func:`kg.extract.event_vehicles.vehicle_count`).
_COUNTED_AT = PEOPLE_NOUNS - _ATTEMPT_WORDS - CROSSING_NOUNS


def counted_only_at_name(token: Token) -> bool:
    """True for a verb that counts traffic only "at" a proper name ("our officers clear 2,864
    travellers a day at X", "we had 900 travellers a day at X"), a flow only when X is a crossing
    point or its town; False when the verb is a flow on other grounds ("at the X checkpoint",
    "registered entering")."""
    if token.pos_ != "VERB" or not counted_at_name(token, _CONTROL_VERBS, _COUNTED_AT):
        return False
    if _lemma(token) in HAVING_VERBS:
        return True
    checked = checked_where(token, _CONTROL_POINTS, PEOPLE_NOUNS)
    return not (registered_arrivals(token) or _border_control(token) or checked)


def _counted_through(verb: Token) -> bool:
    """A verb of counting (``_CONTROL_VERBS``) or of a way (``_WAY_VERBS``) that counts people or
    vehicles through a way across on grounds of its own, not only through a bare-named subject."""
    if _lemma(verb) in _WAY_VERBS:  # "the X bridge carries about 2,600 vehicles a day"
        return control_point_subject(verb) is not None and _border_control(verb)
    checked = checked_where(verb, _CONTROL_POINTS, PEOPLE_NOUNS)  # "the X post, where 340 were checked"
    # "our officers clear 2,864 travellers a day at X": at a bare name (read_crossing checks it is a crossing)
    named = counted_at_name(verb, _CONTROL_VERBS, _COUNTED_AT)
    return registered_arrivals(verb) or _border_control(verb) or bool(checked) or named


def _named_post_traffic(verb: Token) -> bool:
    """ "X handled about 2,300 travellers daily", "Y carries 3,800 cars each day": counted people or
    vehicles a proper-name subject let through, a crossing point's traffic if that name is one."""
    if named_post(verb) is None:
        return False
    return any(
        _lemma(c) in PEOPLE_NOUNS | VEHICLE_NOUNS and any(g.like_num and g.dep_ == "nummod" for g in c.children)
        for c in _counted_objects(verb)
    )


def post_traffic_only(verb: Token) -> bool:
    """True when ``verb`` is a flow's trigger only through its bare-named subject ("X handled 1,900
    people a day"): the flow stands only if that name is a crossing point."""
    lem = _lemma(verb)
    return lem in _CONTROL_VERBS | _WAY_VERBS and not _counted_through(verb) and _named_post_traffic(verb)


#: Verbs of moving people across on their behalf: the object is the people, "to/into X" where they went.
CONVEYING_VERBS = frozenset(_words("smuggle ferry transport traffic"))


#: Verbs of carrying people home: "a repatriation flight brought 140 nationals home".
_HOMEWARD_VERBS = frozenset(_words("bring fly"))


def _brought_home(verb: Token) -> bool:
    """ "brought 140 nationals home", "flew 212 citizens home": counted people carried to their own
    country (the verb's "home"); "brought 40 tonnes of aid" or "brought 300 people together" is no flow."""
    home = any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod") for c in verb.children)
    return home and any(
        c.dep_ == "dobj" and _lemma(c) in PEOPLE_NOUNS and any(g.like_num for g in c.children) for c in verb.children
    )


def _conveyed(verb: Token) -> bool:
    """ "smuggled at least 1,170 migrants from X to Y", "ferried 300 people into Y": counted people
    the subject moved to a place; "smuggled 40 kilos of cocaine to Y" counts no people."""
    people = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and _lemma(c) in PEOPLE_NOUNS and any(g.like_num for g in c.children)
    ]
    described = [g for p in people for g in p.children if g.dep_ == "appos"]  # "1,170 migrants, most of them ..."
    preps = [c for h in (verb, *people, *described) for c in h.children if c.dep_ == "prep"]
    preps += [g for c in preps if c.lower_ == "from" for g in c.children if g.dep_ == "prep"]  # "from X to Y"
    return bool(people) and any(c.lower_ in ("to", "into", "across") for c in preps)


def _border_control(verb: Token) -> bool:
    """ "officers cleared 98,000 travellers at the X-Y border", "staff registered 1,100 foreigners
    at the X crossing": people counted through a border are a flow across it. A figure of
    attempts or crossings is read by its own noun; people checked in a town are no flow."""
    objects = [
        c
        for c in _counted_objects(verb)
        if any(g.like_num and g.dep_ == "nummod" for g in c.children)
        and _lemma(c) not in _ATTEMPT_WORDS | CROSSING_NOUNS
    ]
    if objects and control_point_subject(verb) is not None:  # "the X checkpoint handled 9,350 passengers"
        # "... an average of 900 passengers a day"; "the crossing handles 860 trucks a day": the
        # post's own traffic (officers who "checked 10,400 vehicles" count inspections, not traffic)
        return any(_lemma(o) in PEOPLE_NOUNS | VEHICLE_NOUNS for o in objects)
    # the parser hangs "at the X post" on the verb or on the people counted ("registered 900 travellers at X")
    people = [o for o in objects if _lemma(o) in PEOPLE_NOUNS]
    return bool(objects) and any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "through", "on")
        and (_lemma(o) in _CONTROL_POINTS or o.lower_ in _CONTROL_POINTS)
        for h in (verb, *people)
        for c in h.children
        for o in c.children
        if o.dep_ == "pobj"
    )


#: Nouns a counted group hangs on as the subject of a passive: "a total of 900 people were screened".
_TALLY_NOUNS = frozenset(_words("average total number"))


def _counted_objects(verb: Token) -> list[Token]:
    """Who a counting verb counts: its object ("cleared 900 travellers", "cleared an average of 900
    travellers a day"), or the subject of its passive ("900 travellers were checked", "a total of 900
    people were screened")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    for c in verb.children:
        if c.dep_ in ("nsubjpass", "dobj") and _lemma(c) in _TALLY_NOUNS:
            out += [
                g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
            ]
        elif c.dep_ == "nsubjpass":
            out.append(c)
    return out


def _at_control_point(holders: tuple[Token, ...]) -> bool:
    """ "at the border crossings", "at the X crossing point": a way across after "at" or "through"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "through")
        and (_lemma(o) in _CONTROL_POINTS or o.lower_ in _CONTROL_POINTS)
        for h in holders
        for c in h.children
        for o in c.children
        if o.dep_ == "pobj"
    )


def control_point_subject(verb: Token) -> Token | None:
    """The way across that is the subject of a counting verb: "the X checkpoint handled ...",
    "the crossing processed ...", also through a relative pronoun ("the X checkpoint, which handled
    ..."); None when the subject is anything else (officers, a town)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in _RELATIVES and verb.dep_ == "relcl":
        # "the X post, which handled 27,600 people": the post, which the parser may pass over for
        # a later noun ("the X post on the border with Y, which ..."): the nearest way up the tree
        for anc in [verb.head, *verb.head.ancestors]:
            if anc.pos_ in ("VERB", "AUX"):
                break
            if _lemma(anc) in _CONTROL_POINTS and _lemma(anc) not in _LINES:  # "the border with Y" is no post
                return anc
        return None
    return subj if subj is not None and _lemma(subj) in _CONTROL_POINTS else None


#: Borders as lines, not posts: a relative clause after "the border with Y" tells of the post before.
_LINES = frozenset(("border", "frontier"))
#: Relative pronouns standing for the noun a clause describes.
_RELATIVES = frozenset(("which", "that"))


#: Clauses a "through which" may open (the parser reads some as adverbial).
_CLAUSES = frozenset(("relcl", "advcl"))


def _passed_through(verb: Token) -> bool:
    """ "17,400 travellers passed through the X checkpoint", "X, through which 9,000 people passed",
    "about 2,480 travellers pass through X", "between 800 and 900 people pass through it daily":
    counted people passing through a way across, the relative "which" or the pronoun "it" standing
    for one, or a bare name (the flow keeps it as its way only when it names a crossing); "the bill
    passed" and "passed through the town" are no flow. "went through X" is the same passage, and
    "at X" names the way as "through X" does ("At the X crossing, 2,400 trucks a day pass in both
    directions")."""
    ways = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("through", "at")
        for o in c.children
        if o.dep_ == "pobj"
        and (
            _lemma(o) in _CONTROL_POINTS
            or (o.lower_ == "which" and verb.dep_ in _CLAUSES)
            or o.lower_ == "it"
            or (o.pos_ == "PROPN" and not any(c.dep_ == "det" for c in o.children))
            or checks_at_way(o)
        )
    ]
    # "1,200 travellers passed ...", or the "of" phrase of a tally subject ("an average of 835 cars ...")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [
        g for s in subjects if _lemma(s) in _TALLY_NOUNS for p in s.children if p.lower_ == "of" for g in p.children
    ]
    people = any(
        (_lemma(c) in PEOPLE_NOUNS or counted_vehicles(c)) and any(g.like_num for g in c.children) for c in subjects
    ) or any(
        _range_of_people(c) for c in verb.children if c.dep_ in ("nsubj", "npadvmod", "prep") and c.lower_ != "through"
    )
    return bool(ways) and people


#: Nouns of the checks people go through at a way across ("went through passport control at X").
_CHECK_NOUNS = frozenset(_words("check control inspection"))


def checks_at_way(noun: Token) -> bool:
    """ "the checks at X", "passport control at the Y crossing": checks a named place or a way
    across locates, which people pass through as through the way itself."""
    return _lemma(noun) in _CHECK_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or _lemma(g) in _CONTROL_POINTS) for g in c.children)
        for c in noun.children
    )


def _range_of_people(phrase: Token) -> bool:
    """ "Each day between 800 and 900 travellers pass through X", "On a busy day between 800 and 900
    ...": the parser may hang the range of people on the time phrase before it ("day ... between 800
    and 900 travellers"), so the counted people are a conjunct inside that phrase rather than the
    verb's subject."""
    return any(
        t.dep_ == "conj" and _lemma(t) in PEOPLE_NOUNS and t.head.like_num and any(g.like_num for g in t.children)
        for t in phrase.subtree
    )


def _route_word(tok: Token) -> bool:
    """ "the bridge", "that crossing": a way across by its noun, also where the tagger reads "crossing"
    as the verb's gerund (lemma "cross")."""
    return tok.lemma_.lower() in _ROUTES or tok.lower_ in _ROUTES


def _crossing(token: Token) -> bool:
    lem = _lemma(token)
    if token.pos_ == "VERB" and lem == "go" and _passed_through(token):  # "2,300 lorries went through X"
        return True
    if token.pos_ == "VERB" and lem == "go":  # "went back to X", "went home": a return
        return any(c.lower_ in ("back", "home") and c.dep_ in ("advmod", "prt", "npadvmod") for c in token.children)
    if token.pos_ == "VERB" and lem == "use":  # "3,500 travellers used this crossing every day"
        # "the X Bridge, used by some 3,850 vehicles a day": the passive's counted doers
        return any(c.dep_ == "dobj" and _route_word(c) for c in token.children) or used_way(token) is not None
    if token.pos_ == "VERB" and lem in CONVEYING_VERBS:  # "the network smuggled 1,300 migrants into X"
        return _conveyed(token)
    if token.pos_ == "VERB" and lem in _HOMEWARD_VERBS:  # "a flight brought 140 nationals home"
        return _brought_home(token)
    if token.pos_ == "VERB" and lem == "pass":  # "17,400 travellers passed through the X checkpoint"
        return _passed_through(token)
    if token.pos_ == "VERB" and lem in _CONTROL_VERBS | _WAY_VERBS and _named_post_traffic(token):
        return True  # "X handled about 2,300 travellers daily" (read_crossing checks X is a crossing point)
    if token.pos_ == "VERB" and lem in _CONTROL_VERBS | _WAY_VERBS and _counted_through(token):
        return True  # "guards cleared 9,000 travellers at the X post", "the X bridge carries 3,800 cars daily"
    if token.pos_ == "VERB" and lem in _CONTROL_VERBS:
        return False
    if token.pos_ == "VERB" and lem in HAVING_VERBS:  # "we had some 900 travellers a day at X"
        return counted_at_name(token, _CONTROL_VERBS, _COUNTED_AT | VEHICLE_NOUNS)
    if token.pos_ == "VERB" and lem in CHECKING_LIGHT_VERBS:  # "carried out checks on 84,000 passengers at X"
        people = checked_people(token, PEOPLE_NOUNS)
        return people is not None and _at_control_point((token, people))
    if lem in REMOVING_VERBS:  # "deported 1,200 migrants"
        return removed_people(token)
    if token.pos_ == "VERB" and lem in DISPLACING_VERBS:  # "displaced 10,000 people", "were displaced"
        return any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
    if token.pos_ == "VERB" and lem in RECEIVING_VERBS:  # "had received 2,000 wounded civilians"
        if token.tag_ in ("VBZ", "VBP"):  # "the camp shelters 110,000 refugees": how many are there, no flow
            return False
        return any(c.dep_ == "dobj" and _taken_in(c) for c in token.children)
    if token.pos_ == "VERB" and lem in CROSSING_VERBS:
        if figure_reached(token):  # "arrivals reached 4,200": the noun is the trigger
            return False
        if travelling_force(token) is not None:  # "210 soldiers left X for Y": a deployment, no crossing
            return False
        if lem == "land":  # "4,900 refugees landed in X": people, not the craft ("the plane landed at X")
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in PEOPLE_NOUNS for c in token.children)
        if lem == "seek":  # "seek refuge / asylum / shelter in"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in ("refuge", "asylum", "shelter") for c in token.children)
        if lem in _GOAL_VERBS and any(_counted_people(c) for c in token.children if c.dep_ == "dobj"):
            return False  # "the field teams reached 640 households": the people counted were reached, not moving
        # "come", "head", "return", "leave" move people only with a where: "came to", "left Russia"
        return (
            lem not in ("come", "head", "return", "leave")
            or any(c.dep_ in ("prep", "dobj", "advmod") for c in token.children)
            or bool(purpose_places(token))  # "nurses come to work in X each day"
        )
    if token.pos_ in ("NOUN", "PROPN") and lem == TRAFFIC:  # "traffic at X averaged 4,700 people daily"
        return traffic_figure(token, PEOPLE_NOUNS) is not None
    if token.pos_ in ("NOUN", "PROPN") and lem in CROSSING_NOUNS and not token.ent_type_:
        # "refused entry", "entry refusals", "refusals of entry": the refusal is the trigger
        if token.dep_ in ("compound", "pobj") and refusal_of_entry(
            token.head.head if token.dep_ == "pobj" else token.head
        ):
            return False
        return not (token.dep_ in ("dobj", "nsubjpass") and _lemma(token.head) in _REFUSE_VERBS)
    return token.pos_ == "NOUN" and lem == "seeker" and any(c.lemma_.lower() == "asylum" for c in token.children)


#: Crossing verbs whose object is where the movers go ("reached X", "visited Y"): a counted group
#: of people there ("reached 640 households") is who was reached, no flow.
_GOAL_VERBS = frozenset(("reach", "visit"))


def _counted_people(noun: Token) -> bool:
    """ "640 households", "some 400 villagers": a number on a noun of people."""
    return _lemma(noun) in PEOPLE_NOUNS and any(c.dep_ == "nummod" for c in noun.children)


#: Verbs that hold a state: "the crossing remains closed", "stayed shut".
_STATE_VERBS = frozenset(_words("be remain stay"))
#: What a place is closed to: "closed to passenger traffic", "closed to civilian entry".
_CLOSED_TO = _STOPPED_ACTIVITIES | frozenset(
    _words("entry access traffic pedestrian vehicle passenger freight cargo truck lorry civilian foreigner")
)
#: Prepositions dating a closure stated by a bare participle: "closed since 3 May", "shut until Friday".
_SPAN_PREPS = frozenset(_words("since until till from through"))


def closed_state(token: Token) -> Token | None:
    """What a closed state names, for "X remains closed", "X stayed shut to traffic", "its post at X,
    closed since 3 May"; None when ``token`` states no closure of a way across.

    The subject of a state verb is closed when it is a way across ("the crossing remains closed")
    or when it is closed to traffic or entry ("the X community remains closed to civilian entry");
    a bare participle dated by "since" or "until" closes the way across the sentence named just
    before it.
    """
    if _lemma(token) not in ("close", "closed", "shut") or token.pos_ not in ("VERB", "ADJ"):
        return None
    if token.dep_ in ("acomp", "oprd") and _lemma(token.head) in _STATE_VERBS:
        subj = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        closed_to = any(
            c.dep_ == "prep" and c.lower_ == "to" and any(_lemma(g) in _CLOSED_TO for g in c.children)
            for c in token.children
        )
        named = _lemma(subj) in _CLOSURE_OBJECTS or _has_compound(subj, _CLOSURE_OBJECTS) or _road_between(subj)
        return subj if named or (closed_to and subj.pos_ in ("NOUN", "PROPN")) else None
    own = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "auxpass")]
    dated = any(c.dep_ == "prep" and c.lower_ in _SPAN_PREPS for c in token.children)
    if token.tag_ not in ("VBN", "VBD") or own or not dated or token.dep_ not in ("acl", "xcomp", "advcl", "dep"):
        return None
    if token.dep_ == "acl" and _lemma(token.head) in _CLOSURE_OBJECTS:
        return token.head
    for i in range(token.i - 1, max(-1, token.i - 9), -1):
        before = token.doc[i]
        if _lemma(before) in _CLOSURE_OBJECTS and before.pos_ == "NOUN":
            return before
        if before.is_sent_start:
            break
    return None


def _road_between(subj: Token) -> bool:
    """ "the road between X and Y (remains closed)", "the highway from X to Y": a road named by
    its ends is a way across when it is closed; a road named by nothing else is not."""
    return _lemma(subj) in _ROADS and any(
        c.dep_ == "prep" and c.lower_ in ("between", "from", "to", "into") for c in subj.children
    )


def _closure(token: Token) -> bool:
    lem = _lemma(token)
    if closed_state(token) is not None or closed_before_reopening(token) is not None:
        return True
    if lem in _CLOSURE_VERBS and verb_in_use(token):
        objs = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if token.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objs):
            objs = [described(token)]  # "the crossing points, which have been closed since May"
        if not objs and (misplaced := misplaced_object(token)) is not None:
            objs = [misplaced]  # "the crossing points ... are closed", "to close, from midnight onwards, the border"
        objs += stopped_at(token, objs)
        objs += parts_of(objs)  # "shut its side of the X crossing"
        if closed_road(token):
            return True
        if not objs:  # intransitive: "the border closed on Monday" (not "border guards closed ...")
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in _CLOSURE_OBJECTS for c in token.children)
        return any(_closure_object(o) for o in objs) or bool(named_closed(token))
    if token.pos_ == "NOUN" and lem in _CLOSING_NOUNS:
        return any(  # "closure of the border", "restrictions regarding the entry of ...", "of the crossing points"
            c.dep_ == "prep" and any(_closure_object(g) for g in c.children if g.dep_ == "pobj") for c in token.children
        ) or any(c.lemma_.lower() in _CLOSURE_OBJECTS for c in token.children if c.dep_ == "compound")
    return False


def _taken_in(obj: Token) -> bool:
    """True for the people a place takes in: "2,000 wounded civilians", "46,000 X citizens"."""
    lem = _lemma(obj)
    return lem in _TAKEN_IN or (lem in _COUNTED_IN and any(c.dep_ == "nummod" for c in obj.children))


def described(relcl: Token) -> Token:
    """What a "which" clause describes: its head, or the noun of "the crossing points at X, which
    ...", where the parser hangs the clause on X; a way across the clause hangs on is what it
    describes ("the situation at the X border post, which was closed ...": the post)."""
    node = relcl.head
    if _closure_object(node):
        return node
    if node.dep_ in ("pobj", "conj") and node.head.pos_ == "ADP" and node.head.head.pos_ in ("NOUN", "PROPN"):
        node = node.head.head
        if _closure_object(node):
            return node
    return _way_described(node) or node


def _way_described(node: Token) -> Token | None:
    """ "the X Bridge, the main crossing between A, in the province of B, and C, in the department of
    D, which has been closed since ...": a "which" clause after a way across and the places that
    locate it describes the way, wherever the parser hangs it. The nearest way-across noun before
    ``node`` in its sentence, when only names, nouns and their prepositions come between (a verb
    between starts another clause: "crossed the border to reach the town of X, which ...")."""
    for tok in reversed(node.sent[: node.i - node.sent.start]):
        if tok.pos_ in ("VERB", "AUX"):
            return None
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound" and _closure_object(tok):
            return tok
    return None


def closed_before_reopening(token: Token) -> Token | None:
    """The reopening verb of "X reopened on D, after being closed since D0" (or "after having been
    closed"), whose passive "closed" states the closure that ended: what reopened is what was closed.
    None for any other word."""
    if (
        _lemma(token) not in _CLOSURE_VERBS
        or token.tag_ != "VBN"
        or not any(c.dep_ == "auxpass" for c in token.children)
    ):
        return None
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "after":
        head = head.head
    elif token.dep_ != "advcl":
        return None
    return head if reopening(head) else None


def reopened_things(verb: Token) -> list[Token]:
    """What a reopening verb reopens: its object, its passive or intransitive subject, or the noun
    its participle describes ("the X bridge, closed for years, reopened last month")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:  # intransitive: "the border reopened on Monday"
        objs = [c for c in verb.children if c.dep_ == "nsubj"]
    if not objs and verb.dep_ == "acl":
        objs = [verb.head]
    return objs


def reopening(token: Token) -> bool:
    """ "reopened the crossing", "the border will reopen": the end of a closure, its own event."""
    if token.pos_ != "VERB" or _lemma(token) != "reopen":
        return False
    return any(_closure_object(o) for o in reopened_things(token))


def closed_road(verb: Token) -> bool:
    """ "The road between X and Y was closed", "closed the highway to Z": a road shut as a route."""
    return _lemma(verb) in _SHUT_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in _ROADS for c in verb.children
    )


def stopped_at(verb: Token, objs: list[Token]) -> list[Token]:
    """Where an activity a verb stops is stopped: "suspended operations at the X port of entry", "At
    the X ferry crossing, traffic was suspended" (the place hung on the activity or on the verb)."""
    stopped = [o for o in objs if o.lemma_.lower() in _STOPPED_ACTIVITIES]
    if not stopped:
        return []
    ways = [g for o in stopped for g in _at_objects(o)]
    return ways + [g for g in _at_objects(verb) if _lemma(g) in _CLOSURE_OBJECTS or _has_compound(g, _CLOSURE_OBJECTS)]


def _at_objects(token: Token) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "through") for g in c.children]


def _has_compound(token: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ == "compound" and c.lemma_.lower() in words for c in token.children)


def named_closed(verb: Token) -> list[Token]:
    """What a passive verb of closing closes when it is only a name or "it" ("X was closed to
    lorries from Monday", "it had been closed for nine weeks"): a crossing only if the name is
    one's, or "it" points back to one, which the event reader checks (no word here says so)."""
    if _lemma(verb) not in _CLOSURE_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "nsubjpass" and (c.pos_ == "PROPN" or c.lower_ == "it")]


def _closure_object(token: Token) -> bool:
    """ "the border", "the crossing points"; "the X crossing" read as a verb by the parser (its
    lemma "cross") is still the crossing: its own word is a way across."""
    return (
        token.lemma_.lower() in _CLOSURE_OBJECTS
        or token.lower_ in _CLOSURE_OBJECTS
        or _has_compound(token, _CLOSURE_OBJECTS)
        or (token.lower_ in ("gate", "gates") and token.is_title and not token.is_sent_start)  # "the Unity Gate"
    )


def attempt_verb(token: Token) -> Token | None:
    """The verb of crossing an attempt noun or verb governs ("attempts to cross", "tried to enter"),
    or the noun of crossing an attempt is "at" ("recorded 900 attempts at illegal crossing", where
    the parser often hangs the "at" on the counting verb right after the attempts)."""
    if _lemma(token) not in _ATTEMPT_WORDS or token.pos_ not in ("NOUN", "VERB"):
        return None
    for c in token.children:
        if c.dep_ in ("acl", "xcomp", "advcl") and c.pos_ == "VERB" and _lemma(c) in _ENTER_VERBS | LEAVE_VERBS:
            return c
    if token.pos_ != "NOUN":
        return None
    preps = [c for c in token.children if c.dep_ == "prep"]
    if token.dep_ == "dobj":
        preps += [c for c in token.head.children if c.dep_ == "prep" and c.i == token.i + 1]
    for p in (p for p in preps if p.lower_ in ("at", "of")):
        for o in p.children:
            if o.dep_ == "pobj" and _lemma(o) in ("crossing", "entry"):
                return o
    return None


def refused_entry(token: Token) -> Token | None:
    """The "entry" a verb of refusal governs ("refused entry to", "were denied entry into"), or None."""
    if _lemma(token) not in _REFUSE_VERBS:
        return None
    return next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in _ENTRY_NOUNS), None)


#: Nouns of a refusal: "refusals of entry", "entry denials".
_REFUSAL_NOUNS = frozenset(("refusal", "denial"))


def refusal_of_entry(token: Token) -> bool:
    """ "refusals of entry at X", "entry refusals", "denials of admission": entry refused, told by
    its noun (counted like the verb's "refused entry to N"); a refusal of anything else ("the
    refusal of the offer") is none."""
    return refused_noun_entry(token) is not None


def refused_noun_entry(token: Token) -> Token | None:
    """The "entry" of a refusal noun (:func:`refusal_of_entry`), or None."""
    if token.pos_ != "NOUN" or _lemma(token) not in _REFUSAL_NOUNS:
        return None
    kinds = [c for c in token.children if c.dep_ == "compound"]
    kinds += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((k for k in kinds if _lemma(k) in _ENTRY_NOUNS), None)


def crossing_attempt(token: Token) -> str:
    """The kind of attempted or irregular crossing ``token`` announces, or "".

    "1,500 attempts to cross", "900 migrants tried to enter", "attempted crossings" are attempts;
    "officers stopped 200 people", "turned back at the border" are interceptions (events.py asks
    for a border in the clause or an attempt just before); "illegal crossings" are irregular.
    """
    lem = _lemma(token)
    if attempt_verb(token) is not None:
        return ATTEMPT
    if token.pos_ in ("NOUN", "PROPN") and lem in ("crossing", "entry", "stay") and not token.ent_type_:
        mods = {_lemma(c) for c in token.children if c.dep_ in ("amod", "compound", "advmod")}
        if lem == "stay":  # "5,000 illegal stays": a count of people found in the country unlawfully
            return IRREGULAR if mods & _IRREGULAR_MODIFIERS else ""
        if mods & {"attempt", "attempted"}:
            return ATTEMPT
        if mods & _IRREGULAR_MODIFIERS:
            return IRREGULAR
    if token.pos_ == "VERB" and lem in _REFUSE_VERBS and refused_entry(token) is not None:
        return INTERCEPTION
    if refusal_of_entry(token):  # "290 refusals of entry at X", "entry refusals fell to 27"
        return INTERCEPTION
    if token.pos_ == "VERB" and lem in _INTERCEPT_VERBS:
        back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in token.children)
        if lem in _BACK_VERBS and not back:
            return ""
        if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children) or among_clause(token) is not None:
            return INTERCEPTION
    return ""


#: Every lemma a rule of :func:`find_triggers` asks for. Each rule starts by testing the lemma (or,
#: for the "up" of "call-up" and the "out" of "call-out", the word), so a token with none of these
#: is no trigger and is looked at no further: most tokens of a sentence are passed over by one set
#: lookup. A new rule adds the lemmas it starts from here.
_TRIGGER_LEMMAS = frozenset(
    _MOBILIZATION_NOUNS | _MOBILIZATION_VERBS | {"call", RECALL}
    | _REFERENDUM_NOUNS | {"referendums", "vote", "voting", "ballot"}
    | _OPERATION_NOUNS | _OPERATION_VERBS | {"operation", "strike", "fire"} | _WEAPONS | _ATTACKERS | _CLASH_NOUNS
    | _STRUCK_VERBS | FIRING_VERBS | {"come", "open"}
    | _ANNEX
    | _CLOSURE_VERBS | _CLOSING_NOUNS | {"closed", "reopen"}
    | _ATTEMPT_WORDS | {"crossing", "entry", "stay"} | _REFUSE_VERBS | _REFUSAL_NOUNS | _INTERCEPT_VERBS
    | CROSSING_VERBS | CROSSING_NOUNS | {"go", "use", "seeker", "pass"} | RECEIVING_VERBS | DISPLACING_VERBS
    | _CONTROL_VERBS | _WAY_VERBS | HAVING_VERBS | CONVEYING_VERBS | _HOMEWARD_VERBS | REMOVING_VERBS
    | CHECKING_LIGHT_VERBS
)  # fmt: skip


#: Words split from "call" in "call-up" and "call-out", looked at although no lemma of a rule.
_PARTICLES = frozenset(("up", "out"))


def _may_trigger(sent: Span) -> list[Token]:
    """The tokens of ``sent`` whose :func:`_lemma` may be a trigger's, or that are "up" or "out": a superset,
    found from the Doc's distinct lemmas and lower-case forms (:func:`kg.nlp.doctext.marked`).

    :func:`_lemma` is the lemma, lower-cased with a typographic apostrophe made plain, or, for a
    name tagged so, its lower-case form made singular ("Arrivals"): either form is tested.
    """
    doc = sent.doc
    lemmas = marked(doc, "event_triggers.lemma", LEMMA, lambda s: s.lower().replace("’", "'") in _TRIGGER_LEMMAS)
    lowers = marked(doc, "event_triggers.lower", LOWER, lambda s: s in _PARTICLES or _singular(s) in _TRIGGER_LEMMAS)
    return marked_in(sent, lemmas, lowers)


def _singular(low: str) -> str:
    """A lower-case plural as :func:`_lemma` makes it singular ("arrivals", "entries"); else ""."""
    if not low.endswith("s"):
        return ""
    return low[:-3] + "y" if low.endswith("ies") else low[:-1]


def find_triggers(sent: Span) -> list[Trigger]:
    """Every event trigger of one sentence, in text order."""
    out: list[Trigger] = []
    candidates = [
        (t, lem) for t in _may_trigger(sent) if (lem := _lemma(t)) in _TRIGGER_LEMMAS or t.lower_ in _PARTICLES
    ]
    attempted = {v.i for t, _ in candidates if (v := attempt_verb(t)) is not None}
    for token, lem in candidates:
        if token.i in attempted:
            continue  # "attempts to cross": the attempt is the trigger
        if token.pos_ in ("NOUN", "PROPN", "VERB") and lem in _MOBILIZATION_NOUNS | _MOBILIZATION_VERBS:
            if lem == "draft" and token.pos_ == "VERB":
                continue
            if not (_is_modifier(token) and token.head.lemma_.lower() in _MODIFIED_HEADS):
                out.append(Trigger("Mobilization", token))
        elif (
            (lem == "call" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children))
            or hyphened_call(token, "up")
            or recalls_reserves(token)
            or calls_out_reserves(token)
        ):
            out.append(Trigger("Mobilization", token))
        elif (
            lem in _REFERENDUM_NOUNS
            or lem in ("referendums",)
            or (lem in ("vote", "voting", "ballot") and token.pos_ == "NOUN" and _has_compound(token, _VOTE_MODIFIERS))
        ):
            out.append(Trigger("Referendum", token))
        elif (
            (token.pos_ == "NOUN" and lem in _OPERATION_NOUNS)
            or (token.pos_ == "VERB" and lem in _OPERATION_VERBS)
            or (token.pos_ == "NOUN" and lem == "operation" and any(c.lower_ == "military" for c in token.children))
            or armed_operation(token)
            or (
                token.pos_ == "NOUN" and lem == "strike" and any(c.lemma_.lower() in _STRIKE_KINDS for c in token.lefts)
            )
            or weapon_strike(token)
            or struck_place(token)
            or _armed_clash(token)
            or (token.pos_ == "NOUN" and lem == "fire" and any(_lemma(c) in _FIRE_KINDS for c in token.lefts))
            or opened_fire(token)
        ):
            out.append(Trigger("MilitaryOperation", token))
        elif lem in _ANNEX and not (_is_modifier(token) and token.head.pos_ == "NOUN"):
            out.append(Trigger("Event", token, "Annexation"))
        elif _closure(token):
            out.append(Trigger("BorderClosure", token))
        elif reopening(token):
            out.append(Trigger("Event", token, REOPENING))
        elif kind := crossing_attempt(token):
            out.append(Trigger("BorderCrossing", token, kind))
        elif _crossing(token):
            out.append(Trigger("BorderCrossing", token))
    return out
