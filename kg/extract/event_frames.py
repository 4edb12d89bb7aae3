"""Trigger -> arguments of mobilizations, votes, military operations, annexations and closures.

One reading rule per event type, on the dependency tree around the trigger:

* the governing verb's subject acts ("Putin announced the mobilization", "Russia is organizing
  referendums"), so does a possessor ("Moscow's offensive") or a passive "by" ("decreed by X");
* "in X" places the event; "of/against/on X" and a direct object name its target;
* a referendum held "for four regions" with no name in the phrase covers the regions the rest of
  the sentence lists ("... ended – A and B, ..., C and D"); one with no place at all takes the
  voters' place of the sentence before ("Voters in X approved … in Sunday's referendum");
* an armed action that is the subject of a verb of hitting strikes that verb's object or place
  ("an airstrike hit a market in X");
* a closure or a reopening of "the crossing" with no name closes the checkpoint just named.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_args import ArgReader, demonym_state
from kg.extract.event_closure_objects import misplaced_object
from kg.extract.event_distance_from import measured_from
from kg.extract.event_merge import Mention
from kg.extract.event_misread import verb_in_use
from kg.extract.event_reopened import reopened_places
from kg.extract.event_route_anaphor import ROUTE_ANAPHORS, named_route, route_it
from kg.extract.event_struck_units import struck_unit_bodies
from kg.extract.event_triggers import (
    HIT_VERBS,
    REOPENING,
    Trigger,
    armed_operation,
    closed_before_reopening,
    closed_road,
    closed_state,
    described,
    named_closed,
    outbreak_sides,
    reopened_things,
    stopped_at,
    suffered,
    weapon_strike,
)


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = ["read_frame"]

_AGENTS = ("Person", "Agency", "Organization", "State")
_PLACES = ("State", "Region", "Settlement", "Place")
_TARGETS = ("State", "Region", "Settlement", "Checkpoint", "Place")
_NOMINAL = frozenset(
    ("nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "compound", "poss", "attr", "appos", "conj")
)
_GENERIC_AREAS = frozenset(
    _words(
        """
        region territory province area oblast republic district
        """
    )
)
#: Nouns for the side that fights: "of" + one of them names the attacker, not the target.
_ARMED = frozenset(
    _words(
        """
        side force army military troop militia rebel fighter militant
        """
    )
)
#: Verbs whose subject carries out the event their object names ("Putin announced the mobilization",
#: "the governor authorised the call-up of 450 reservists").
_ENACT = frozenset(
    _words(
        """
        announce declare order decree launch begin start hold organize organise conduct stage carry call
        impose approve sign extend expand complete mount continue step intensify claim introduce
        reintroduce tighten authorize authorise
        """
    )
)


def governing_verb(token: Token) -> Token | None:
    """The verb a noun phrase hangs from ("the days of referendums ended" -> "ended")."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.i != token.i:
            return node
        if node.dep_ not in _NOMINAL or node.head.i == node.i:
            return None
        node = node.head
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing to the clause that has one ("by invading" -> "he"); a passive
    has none to climb to ("the crossing will be closed, the customs office announced": who
    announced it reports the closure, and a "by" phrase names who closes)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            return None
        for c in node.children:
            if c.dep_ in ("nsubj",):
                return c
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _by_agent(token: Token) -> list[Token]:
    """Objects of a passive "by" on the token or on a verb describing it ("decreed by X"); "by
    decision of X", "by order of the authorities of X": the one whose act it is."""
    out: list[Token] = []
    holders = [token, *[c for c in token.children if c.dep_ in ("acl", "relcl")]]
    for h in holders:
        for c in h.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                for g in (g for g in c.children if g.dep_ == "pobj"):
                    out.extend(_preps(g, ("of",)) if g.lemma_.lower() in _ACTS else [g])
    return out


def _preps(token: Token, words: tuple[str, ...]) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"]


def _listed_regions(reader: ArgReader, trig: Token, sent: Span) -> list[str]:
    return [e.key for span, e in reader.index.within(trig.idx, sent.end_char) if e.type == "Region"]


def read_frame(reader: ArgReader, trig: Trigger, m: Mention, sent: Span) -> Token | None:
    """Fill ``m``'s roles from the tree around ``trig``; returns the governing verb, if any."""
    tok = trig.token
    verb = tok if verb_in_use(tok) else governing_verb(tok)
    if tok.dep_ in ("acomp", "oprd") and closed_state(tok) is not None:
        verb = tok.head  # "remained closed on Monday": the state verb's clause dates it
    hit = suffered(tok) if trig.type == "MilitaryOperation" and tok.pos_ == "VERB" else None
    if hit is not None:  # "the clinic in X was shelled": what was hit, not who acted (nor who said so)
        m.target += _hit_places(reader, hit)
    elif tok.pos_ == "VERB":
        subj = _subject(tok)
        if subj is not None:
            m.agent += reader.np_entities(subj, _AGENTS, agentive=True)
        for c in tok.children:
            if c.dep_ == "dobj":
                role = m.target if trig.type != "Mobilization" else m.place
                role += reader.np_entities(c, _TARGETS, agentive=True)
    else:
        if verb is not None and tok.dep_ in ("dobj", "attr") and verb.lemma_.lower() in _ENACT:
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                m.agent += reader.np_entities(subj, _AGENTS, agentive=True)
        if verb is not None and tok.dep_ in ("nsubj", "nsubjpass"):  # "the mobilization decreed by X"
            for obj in _by_agent(verb):
                m.agent += reader.np_entities(obj, _AGENTS, agentive=True)
        if verb is not None and tok.dep_ in ("nsubj",) and verb.lemma_.lower() in ("be",):
            verb = None
        for c in tok.children:
            if c.dep_ == "poss":
                m.agent += reader.np_entities(c, _AGENTS, agentive=True)
            elif c.dep_ in ("amod", "compound") and (key := demonym_state(c.text)):
                m.agent.append(key)
    stated = [tok.head] if tok.dep_ in ("acomp", "oprd") else []  # "remains closed by decision of X"
    for obj in (o for t in (tok, *stated) for o in _by_agent(t)):
        m.agent += reader.np_entities(obj, _AGENTS, agentive=True)
    # "X signed a decree on the call-up", or an order that a participle completes: its signer, beside the force
    act = _enacting_text(tok)
    if act is not None and (not m.agent or tok.dep_ == "acl"):
        for subj in (c for c in act.head.children if c.dep_ == "nsubj"):  # "the minister, X, signed"
            for named in (subj, *(c for c in subj.children if c.dep_ == "appos")):
                m.agent += [k for k in reader.np_entities(named, _AGENTS, agentive=True) if k not in m.agent]
        for obj in _by_agent(act.head):
            m.agent += reader.np_entities(obj, _AGENTS, agentive=True)
    launched = (  # "launched an offensive in X": the verb that carries it out places it
        trig.type == "MilitaryOperation" and tok.dep_ == "dobj" and verb is not None and verb.lemma_.lower() in _ENACT
    )
    holders = [tok] + ([verb] if verb is not None and (trig.type == "Mobilization" or launched) else [])
    if armed_operation(tok) and verb is not None and verb not in holders:
        holders.append(verb)  # "an operation was carried out ... in X"
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "clash":
        holders += _preps(tok, ("with",))  # "clashed with the army in X": the place hangs on the other side
    if trig.type == "MilitaryOperation" and (sides := outbreak_sides(tok)):  # "clashes broke out between X
        holders += [t for t in sides if t.dep_ == "pobj"]  # and Y in Z": "in Z" may hang on a side
        holders.append(tok.head)
    wheres = ("in", "across", "throughout") + (("near", "around") if trig.type == "MilitaryOperation" else ())
    for h in holders:
        # "attacked a patrol at the X border post": where an attack verb struck its object
        at = ("at",) if trig.type == "MilitaryOperation" and h.pos_ == "VERB" and h.i == tok.i else ()
        measured = measured_from(h) if trig.type == "MilitaryOperation" else []  # "two km from X": near X
        for obj in _preps(h, wheres + at) + measured:
            role = m.target if trig.type == "MilitaryOperation" else m.place
            kinds = _TARGETS if at else _PLACES  # an attack "at the X border post" strikes the crossing
            role += reader.np_entities(obj, kinds, agentive=True) or [  # "in the north / a valley of X"
                k
                for o in _preps(obj, ("of",))
                if o.pos_ == "PROPN"  # a name, not "the south of the country"
                for k in reader.np_entities(o, _PLACES, agentive=True)
            ]
    aimed = _preps(tok, ("of", "against", "on", "into", "for", "with"))
    if trig.type == "MilitaryOperation" and tok.pos_ != "VERB":  # "attacks reported on X", "strikes launched on X"
        aimed += [o for c in tok.children if c.dep_ == "acl" for o in _preps(c, ("on", "against"))]
        if tok.dep_ == "nsubjpass" and verb is not None:  # "attacks were reported on X"
            aimed += _preps(verb, ("on", "against"))
    if trig.type == "MilitaryOperation" and tok.pos_ != "VERB" and verb is not None and tok.dep_ == "dobj":
        aimed += _preps(verb, ("against", "on", "into"))  # "launched an offensive on Kyrgyz territory"
    for obj in aimed:
        if obj.head.lower_ == "of" and obj.lemma_.lower() in _ARMED and trig.type == "MilitaryOperation":
            m.agent += reader.np_entities(obj, _AGENTS, agentive=True)  # "the attack of the Tajik side"
            continue
        keys = reader.np_entities(obj, _TARGETS, agentive=True)
        if not keys and (key := _adjective_state(obj)) and trig.type in ("Event", "MilitaryOperation"):
            keys = [key]
        if trig.type == "Referendum":
            m.place += keys
        elif trig.type == "Mobilization":
            continue
        else:
            m.target += keys
    if (
        trig.type == "Referendum"
        and not m.place
        and any(t.lemma_.lower() in _GENERIC_AREAS for t in sent if t.i > tok.i)
    ):  # "referendums for four regions ... – A, B, C and D"
        m.place = _listed_regions(reader, tok, sent)
    if trig.type == "Referendum" and not m.place:  # "Voters in Chile rejected ... in a referendum"
        m.place = _in_places(reader, sent)[:1]
    if trig.type == "Referendum" and not m.place:  # "Voters in X approved it. ... in Sunday's referendum"
        m.place = _in_places(reader, _previous(sent), _VOTERS)[:1]
    if trig.type == "Referendum" and not m.place:
        m.place = _vote_state(reader, tok)
    if trig.type == "MilitaryOperation" and tok.dep_ == "nsubj" and verb is not None:
        _struck(reader, verb, m)
    if trig.type == "MilitaryOperation" and tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "csubj"):
        _struck(reader, tok.head, m)  # "Shelling killed four people in X": a gerund as the subject,
        verb = tok.head  # whose verb's clause dates it
    if trig.type == "MilitaryOperation" and (m.target or m.place or m.agent):
        m.target += struck_unit_bodies(reader, tok, verb)  # "a patrol of the X Police was attacked near Y"
    if trig.type == "MilitaryOperation" and tok.pos_ != "VERB" and not m.target:
        m.target += _harm_places(reader, tok)
    if trig.type == "MilitaryOperation" and tok.pos_ != "VERB" and not (m.target or m.place or m.agent):
        m.target += _struck_phrase(reader, tok, verb)  # an attack that names nothing else
    if weapon_strike(tok) and not (m.place or m.target):
        m.agent = []  # "a drone hit a car": a strike only where the text names the place it hit
    if trig.type == "BorderClosure" or trig.label == REOPENING:
        _closure_objects(reader, tok, m)
    if trig.type == "BorderClosure" and (closed_names := named_closed(tok)) and not m.target:
        # "X was closed", "it had been closed": a crossing's closure only when X is one (or "it" points
        # back to one); a town, a firm or a bank that "was closed" is no closure of a border
        m.target = [k for o in closed_names if (k := route_it(reader.index, o) or _named_way(reader, o)) is not None]
        if not m.target:
            m.agent, m.place = [], []
    if trig.label == REOPENING and not m.place:
        m.place = reopened_places(reader.index, m.target)  # "the X post will reopen": at X
    if trig.type == "BorderClosure" and closed_road(tok) and not (m.place or m.target):
        m.agent = []  # "the road was closed by the army": a road only where the text names its places
    m.agent, m.target, m.place = (list(dict.fromkeys(v)) for v in (m.agent, m.target, m.place))
    m.target = [t for t in m.target if t not in m.agent]
    return verb


def _hit_places(reader: ArgReader, hit: Token) -> list[str]:
    """ "the X health centre in Y district, Z governorate, was struck": every place the phrase of
    what was hit names (its own name, where it stands, the appositions widening that), so that
    the headline's "attack on a centre in Z" and the body's account are one event."""
    heads = [hit, *_preps(hit, ("in", "near", "at"))]
    heads += [a for h in heads for a in h.children if a.dep_ == "appos"]
    return [k for h in heads for k in reader.np_entities(h, _TARGETS, agentive=True)]


#: Verbs of the harm an attack did: where it was done is where the attack struck.
_HARM = frozenset(_words("kill wound injure"))


def _harm_places(reader: ArgReader, tok: Token) -> list[str]:
    """ "an attack that killed five guards in X", "were killed in an attack by militants into Y's Z
    district", "were killed by artillery fire in X": the place of the killing clause, which the
    parser hangs on its victims, its agents or the weapon."""
    clauses = [c for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in _HARM]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by") else None
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _HARM:
        clauses.append(verb)
    out: list[str] = []
    for clause in clauses:
        for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("in", "into", "near", "at")):
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.i != tok.i):
                out += reader.np_entities(obj, _PLACES, agentive=True)
    return out


#: Verbs that judge or report an attack as a whole: "condemns the attack of 12 May by X on Y".
_JUDGING = frozenset(_words("condemn denounce deplore report confirm claim"))
#: Prepositions of where an attack struck: "the attack on the town of X", "near the village of Y".
_STRUCK_PREPS = frozenset(_words("on near at in against into"))


def _struck_phrase(reader: ArgReader, tok: Token, verb: Token | None) -> list[str]:
    """ "condemns the attack on a position of the force near the village of X", "the attack of 12
    October by armed groups on the town of Y": the named places of the attack's own phrase, at any
    depth, and, when the attack is what its verb judges or reports (condemned, reported), of that
    verb's clause; never of the clauses describing them ("which killed ... in Z"), nor of a verb
    the attack only caused ("fled attacks by armed groups in X": where the people fled from)."""
    if verb is not None and tok.dep_ == "dobj" and verb.lemma_.lower() not in _JUDGING:
        return []  # "fled attacks by X in Y", "feared an attack on Z": the attack is background
    words = reader.clause_tokens(tok) + (reader.clause_tokens(verb) if verb is not None and tok.dep_ == "dobj" else [])
    out: list[str] = []
    for t in words:
        if t.dep_ == "pobj" and t.head.lower_ in _STRUCK_PREPS:
            out += [k for k in reader.np_entities(t, _PLACES, agentive=True) if k not in out]
    return out


def _vote_state(reader: ArgReader, tok: Token) -> list[str]:
    """The state of a referendum its sentences do not place, in this order: the dateline's ("X City,
    3 June: The commission announced the results of the referendum"); the one state of a text
    that names no other ("the referendum held yesterday"); for a national vote only ("calls a
    national referendum"), the state of the publisher, else the state the text names most. Texts
    about other states' votes mention them in passing, so only a national vote takes a state the
    text merely names most."""
    first = reader.home or reader.sole_state
    if first:
        return [first]
    here = reader.publisher_state or reader.story_state
    return [here] if here and _nationwide(tok) else []


def _nationwide(tok: Token) -> bool:
    """ "a national referendum", "a nationwide vote", "the constitutional referendum" (a
    constitution is the whole state's): a vote of the whole state."""
    words = ("national", "nationwide", "countrywide", "constitutional")
    return any(c.dep_ in ("amod", "compound") and c.lower_ in words for c in tok.children)


#: Texts by which an authority enacts an event: "a decree on the mobilization", "an order to close".
_ACTS = frozenset(_words("decree order law resolution decision regulation ordinance directive"))


def _enacting_text(tok: Token) -> Token | None:
    """The act noun an event noun is the subject matter of, or a participle completes ("signed an
    order calling up 600 reservists"), when a verb governs that act."""
    if tok.pos_ == "VERB" and tok.dep_ == "acl":
        act = tok.head
        return (
            act
            if act.lemma_.lower() in _ACTS and act.dep_ in ("dobj", "nsubjpass") and act.head.pos_ == "VERB"
            else None
        )
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "of", "for", "about", "announcing", "ordering"):
        return None
    act = prep.head
    if act.pos_ == "VERB":  # "signed a decree on the call-up": the prep may hang from the verb
        act = next((c for c in act.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ACTS), act)
    if act.lemma_.lower() in _ACTS and act.dep_ in ("dobj", "nsubjpass") and act.head.pos_ == "VERB":
        return act
    return None


#: Who votes: "voters in X", "the people of X".
_VOTERS = frozenset(_words("voter elector people resident citizen"))


def _in_places(reader: ArgReader, sent: Span, of: frozenset[str] | None = None) -> list[str]:
    """Places the sentence names after "in" ("Voters in Chile rejected ..."), in text order; with
    ``of``, only after a noun of those lemmas ("voters in X", "the people of X")."""
    out = []
    for span, entity in reader.index.within(sent.start_char, sent.end_char):
        chars = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
        root = chars.root if chars is not None else None
        if entity.type not in _PLACES or root is None or root.dep_ != "pobj":
            continue
        voters = of is not None and root.head.lower_ in ("in", "of") and root.head.head.lemma_.lower() in of
        if voters or (of is None and root.head.lower_ == "in"):
            out.append(entity.key)
    return out


def _adjective_state(token: Token) -> str | None:
    """ "Ukrainian territory" -> the state of the adjective."""
    for c in token.children:
        if c.dep_ in ("amod", "compound") and (key := demonym_state(c.text)):
            return key
    return None


def _previous(sent: Span) -> Span:
    """The sentence before ``sent`` (``sent`` itself when it is the first)."""
    return sent.doc[sent.start - 1].sent if sent.start > 0 else sent


def _struck(reader: ArgReader, verb: Token, m: Mention) -> None:
    """ "a drone strike hit a school in X", "shelling damaged the bridge at Y": the place struck; for
    "a man was killed in X when a drone hit his car", the place of the clause the strike explains."""
    if verb.lemma_.lower() not in HIT_VERBS:
        return
    explained = [verb.head] if verb.dep_ == "advcl" and verb.head.i != verb.i else []
    wheres = [w for v in (verb, *explained) for w in _preps(v, ("in", "near", "at", "on"))]
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + wheres:
        for key in reader.np_entities(obj, _TARGETS):
            if key not in m.target and key not in m.place:
                (m.place if key.startswith(("settlement/", "region/")) else m.target).append(key)


def _after_preposition(tok: Token) -> bool:
    """True for a name that is a preposition's object, or joined to one ("at X and Y")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj"


def _named_way(reader: ArgReader, name: Token) -> str | None:
    """The crossing point a name is, if it is one."""
    entity = reader.entity_at(name)
    return entity.key if entity is not None and entity.type == "Checkpoint" else None


def _closure_objects(reader: ArgReader, tok: Token, m: Mention) -> None:
    """ "closed the Medyka checkpoint", "shut its border with Belarus", "the crossing was shut" (the
    checkpoint the entity layer resolved "the crossing" to)."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if (state := closed_state(tok)) is not None:  # "the X crossing remains closed"
        objs = [state]
    if not objs and (misplaced := misplaced_object(tok)) is not None:
        objs = [misplaced]  # "the crossing points ... are closed", "to close, from midnight onwards, the border"
    if not objs and verb_in_use(tok):  # "the border with X closed": the subject is what closed
        objs = [c for c in tok.children if c.dep_ == "nsubj"]
    if not objs and tok.pos_ == "VERB" and tok.dep_ == "acl":  # "the X bridge, ..., reopened last month"
        objs = [tok.head]
    if not objs and (reopened := closed_before_reopening(tok)) is not None:
        objs = reopened_things(reopened)  # "X reopened on D, after being closed since D0": X was closed
    objs += [w for w in stopped_at(tok, objs) if w not in objs]  # "At the X crossing, traffic was halted"
    if tok.dep_ == "relcl" and any(o.lower_ in ("which", "that") for o in objs):
        objs = [described(tok)]  # "the crossing points at X, which have been closed since May"
    for o in objs:
        entity = reader.entity_at(o) if o.lemma_.lower() in ROUTE_ANAPHORS else None
        if entity is not None and entity.type == "Checkpoint" and entity.key not in m.target:
            m.target.append(entity.key)
        elif entity is None and o.lemma_.lower() in ROUTE_ANAPHORS and (key := named_route(reader.index, o)):
            m.target += [key] if key not in m.target else []  # "The bridge has been closed": the one named before
    objs += _preps(tok, ("of",))
    for o in objs:
        itself = reader.entity_at(o)  # "the X Bridge was closed": a named place that is the way across
        for sub in o.subtree:
            named = sub.pos_ == "PROPN" or (sub.dep_ == "amod" and sub.is_title)  # a name tagged ADJ
            entity = reader.entity_at(sub) if named else None
            if entity is None:
                continue
            way = entity.type == "Checkpoint" or (entity.type == "Place" and entity is itself)
            if way and entity.key not in m.target:
                m.target.append(entity.key)
            elif entity.key in m.place:
                continue
            elif entity.type in ("State", "Region") or (
                entity.type == "Settlement" and (_after_preposition(sub) or _names_an_area(sub))
            ):
                m.place.append(entity.key)  # "the crossings at X and Y" (not "the X checkpoint": its name)


#: Nouns of an inhabited area a town's name may stand before: "the X community remains closed".
_AREA_NOUNS = frozenset(_words("community municipality village town city district area settlement"))


def _names_an_area(tok: Token) -> bool:
    """True for a town's name before a noun of an inhabited area ("the X community"), unlike the
    name of a crossing ("the X checkpoint") which is no place of its own."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in _AREA_NOUNS
