"""A force that moves on its own: "an initial contingent of 210 soldiers departed X for Y", "about
140 troops arrived in Y", "two more battalions reached Y". A deployment told from the force's side.

The verbs are those of people crossing a border ("left", "arrived", "reached"), so without this
reading such a sentence became a border crossing of soldiers. Troops, gendarmes and formed units
that travel are sent by their state, not migrating: the sentence is a deployment to where they go,
and no crossing. Only armed or uniformed people and formed units count as a force (a boat, a
team of experts or a family that "left X for Y" still travels). Verbs of fleeing, crossing or
entering are left to the crossing and operation readers ("soldiers fled across the border",
"troops entered the town").

This module reads no other event module: the crossing triggers consult it too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["UNIT_NOUNS", "force_move_triggers", "moving_force", "travelling_force"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Formed units sent somewhere: their number counts units, not people ("two companies").
UNIT_NOUNS = _words("unit company battalion brigade contingent squadron platoon regiment detachment wing")
#: Armed or uniformed people (lemmas): who a state moves as a force.
_ARMED_PEOPLE = _words(
    """
    soldier troop officer gendarme policeman policewoman police marine paratrooper commando trooper
    serviceman servicewoman servicemen servicewomen servicemember sailor airman ranger peacekeeper sapper
    guard
    """
)
#: People a formed unit is counted in: "a contingent of 3,480 men", "a detachment of 27 personnel".
_MEN = _ARMED_PEOPLE | _words("man personnel member element")
#: Verbs of a force going somewhere on its own.
_GOING_VERBS = _words("leave depart arrive reach head travel move march proceed")
#: Determiners of a force already told of: "the two battalions", "these troops".
_KNOWN = _words("the these those this that")
#: The prepositions naming where the force goes or comes from.
_WHERE = _words("for to in into at from")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _of_people(noun: Token, people: frozenset[str]) -> list[Token]:
    """The people of a group's "of" phrase: "a contingent of 210 soldiers", "a group of 85 gendarmes"."""
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and _lemma(g) in people
    ]


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" or (c.dep_ == "amod" and c.like_num) for c in noun.children)


def _mover(verb: Token) -> Token | None:
    """Who goes: the verb's subject, or the noun a finite past verb was hung on as if it were a
    participle ("a contingent of 3,480 men left X": "left" on "men"); for the people of a group's "of"
    phrase, the group ("a contingent of 3,480 men")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD":  # a participle is VBN, never VBD
        subj = verb.head
    if subj is not None and subj.dep_ == "pobj" and subj.head.lower_ == "of" and subj.head.head.pos_ == "NOUN":
        return subj.head.head
    return subj


def travelling_force(verb: Token) -> Token | None:
    """The force that is the subject of a verb of going, when it is counted and its way is named
    ("210 soldiers left X for Y"; "two battalions reached Y"; "the 95 officers arrived in Y"); None
    for anyone else. Such a verb is never a border crossing."""
    if verb.pos_ != "VERB" or _lemma(verb) not in _GOING_VERBS:
        return None
    subj = _mover(verb)
    if subj is None:
        return None
    lem = _lemma(subj)
    if lem in UNIT_NOUNS:
        counted = _counted(subj) or any(_counted(p) for p in _of_people(subj, _MEN))
    elif lem in _ARMED_PEOPLE:
        counted = _counted(subj)
    else:
        counted = any(_counted(p) for p in _of_people(subj, _ARMED_PEOPLE))  # "a first group of 85 gendarmes"
    if not counted:
        return None
    way = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _WHERE) for c in verb.children)
    return subj if way else None


def moving_force(verb: Token) -> Token | None:
    """The travelling force of ``verb`` when it is new to the story: a deployment of its own. A
    definite force ("the two battalions arrived in X") is the one a deployment before it sent."""
    force = travelling_force(verb)
    if force is None or any(c.dep_ == "det" and c.lower_ in _KNOWN for c in force.children):
        return None
    return force


def force_move_triggers(sent: Span) -> list[Token]:
    """The verbs of one sentence whose subject is a counted force on its way somewhere."""
    return [tok for tok in sent if moving_force(tok) is not None]
