"""Trigger -> arguments of mobilizations, votes, military operations, annexations and closures.

One reading rule per event type, on the dependency tree around the trigger:

* the governing verb's subject acts ("Putin announced the mobilization", "Russia is organizing
  referendums"), so does a possessor ("Moscow's offensive") or a passive "by" ("decreed by X");
* "in X" places the event; "of/against/on X" and a direct object name its target;
* a referendum held "for four regions" with no name in the phrase covers the regions the rest of
  the sentence lists ("... ended – A and B, ..., C and D").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_args import ArgReader, demonym_state
from kg.extract.event_merge import Mention
from kg.extract.event_triggers import Trigger


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = ["read_frame"]

_AGENTS = ("Person", "Agency", "Organization", "State")
_PLACES = ("State", "Region", "Settlement", "Place")
_TARGETS = ("State", "Region", "Settlement", "Checkpoint", "Place")
_NOMINAL = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound", "poss", "attr", "appos", "conj"))
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
#: Verbs whose subject carries out the event their object names ("Putin announced the mobilization").
_ENACT = frozenset(
    _words(
        """
        announce declare order decree launch begin start hold organize organise conduct stage carry call
        impose approve sign extend expand complete mount continue step intensify claim introduce
        reintroduce tighten
        """
    )
)


def governing_verb(token: Token) -> Token | None:
    """The verb a noun phrase hangs from ("the days of referendums ended" -> "ended")."""
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node is not token:
            return node
        if node.dep_ not in _NOMINAL or node.head is node:
            return None
        node = node.head
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing to the clause that has one ("by invading" -> "he")."""
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            return None
        for c in node.children:
            if c.dep_ in ("nsubj",):
                return c
        if node.head is node:
            return None
        node = node.head
    return None


def _by_agent(token: Token) -> list[Token]:
    """Objects of a passive "by" on the token or on a verb describing it ("decreed by X")."""
    out: list[Token] = []
    holders = [token, *[c for c in token.children if c.dep_ in ("acl", "relcl")]]
    for h in holders:
        for c in h.children:
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _preps(token: Token, words: tuple[str, ...]) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ in words for g in c.children if g.dep_ == "pobj"]


def _listed_regions(reader: ArgReader, trig: Token, sent: Span) -> list[str]:
    return [e.key for span, e in reader.index.within(trig.idx, sent.end_char) if e.type == "Region"]


def read_frame(reader: ArgReader, trig: Trigger, m: Mention, sent: Span) -> Token | None:
    """Fill ``m``'s roles from the tree around ``trig``; returns the governing verb, if any."""
    tok = trig.token
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
    if tok.pos_ == "VERB":
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
    for obj in _by_agent(tok):
        m.agent += reader.np_entities(obj, _AGENTS, agentive=True)
    if not m.agent and (act := _enacting_text(tok)) is not None:  # "X signed a decree on the call-up"
        for subj in (c for c in act.head.children if c.dep_ == "nsubj"):
            m.agent += reader.np_entities(subj, _AGENTS, agentive=True)
        for obj in _by_agent(act.head):
            m.agent += reader.np_entities(obj, _AGENTS, agentive=True)
    holders = [tok] + ([verb] if verb is not None and trig.type == "Mobilization" else [])
    for h in holders:
        for obj in _preps(h, ("in", "across", "throughout")):
            role = m.target if trig.type == "MilitaryOperation" else m.place
            role += reader.np_entities(obj, _PLACES, agentive=True)
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
    if trig.type == "BorderClosure":
        _closure_objects(reader, tok, m)
    m.agent, m.target, m.place = (list(dict.fromkeys(v)) for v in (m.agent, m.target, m.place))
    m.target = [t for t in m.target if t not in m.agent]
    return verb


#: Texts by which an authority enacts an event: "a decree on the mobilization", "an order to close".
_ACTS = frozenset(_words("decree order law resolution decision regulation ordinance directive"))


def _enacting_text(tok: Token) -> Token | None:
    """The act noun an event noun is the subject matter of, when a verb governs that act."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("on", "of", "for", "about", "announcing", "ordering"):
        return None
    act = prep.head
    if act.pos_ == "VERB":  # "signed a decree on the call-up": the prep may hang from the verb
        act = next((c for c in act.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ACTS), act)
    if act.lemma_.lower() in _ACTS and act.dep_ in ("dobj", "nsubjpass") and act.head.pos_ == "VERB":
        return act
    return None


def _in_places(reader: ArgReader, sent: Span) -> list[str]:
    """Places the sentence names after "in" ("Voters in Chile rejected ..."), in text order."""
    out = []
    for span, entity in reader.index.within(sent.start_char, sent.end_char):
        chars = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
        root = chars.root if chars is not None else None
        if entity.type in _PLACES and root is not None and root.dep_ == "pobj" and root.head.lower_ == "in":
            out.append(entity.key)
    return out


def _adjective_state(token: Token) -> str | None:
    """ "Ukrainian territory" -> the state of the adjective."""
    for c in token.children:
        if c.dep_ in ("amod", "compound") and (key := demonym_state(c.text)):
            return key
    return None


def _closure_objects(reader: ArgReader, tok: Token, m: Mention) -> None:
    """ "closed the Medyka checkpoint", "shut its border with Belarus"."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs and tok.pos_ == "VERB":  # "the border with X closed": the subject is what closed
        objs = [c for c in tok.children if c.dep_ == "nsubj"]
    objs += _preps(tok, ("of",))
    for o in objs:
        for sub in o.subtree:
            entity = reader.entity_at(sub) if sub.pos_ == "PROPN" else None
            if entity is None:
                continue
            if entity.type == "Checkpoint" and entity.key not in m.target:
                m.target.append(entity.key)
            elif entity.type in ("State", "Region") and entity.key not in m.place:
                m.place.append(entity.key)
