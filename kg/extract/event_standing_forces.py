"""A force said to stand somewhere, not to be sent there: "as of today there are 400 soldiers in the
department of X", "the police had eight officers on the X side", "the agency will keep about 120
officers in Y until September". Officials report a deployment by the force it leaves in place as
often as by the sending; the head count and the named place are the same facts.

"have", "keep" and "be" are the commonest verbs of all, so such a clause reports a deployment only
when what stands is a counted force of uniformed people (not "300 refugees", not "300 employees") and
the place it stands in is named ("in the district of X", "at Y"): "has 40,000 soldiers in eleven
districts" describes a force's strength, and a place counted by a number is no place it was put.

A force told to stay where it is ("ordered that a detachment of 60 soldiers remain at X", "decided
to keep some 75 troops in the valley") is a deployment too: the decision keeps it there, as a
decision to send sends it, so such a force needs no named place (its decider is the agent). A
formed unit counts as the force when its "of" phrase counts uniformed people ("a detachment of 60
soldiers").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_force_moves import UNIT_NOUNS
from kg.extract.event_news_triggers import NewsTrigger, lemma
from kg.extract.event_sent_forces import count_numbers, force_owner_phrases

__all__ = ["standing_force", "standing_triggers"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


#: Verbs that hold a force where it is: "there are", "has", "keeps", "maintains".
_HOLDING_VERBS = frozenset(("be", "have", "keep", "maintain"))
#: Uniformed people, the only ones whose standing somewhere is a deployment (a closed class of roles).
_UNIFORMED = frozenset(
    _words(
        """
        soldier troop officer gendarme guard police policeman policewoman personnel agent marine trooper
        serviceman servicewoman servicemember sailor airman paratrooper commando reservist conscript inspector
        """
    )
)
#: Verbs of a force staying where it is, the force their subject: "60 soldiers will remain at X".
_STAYING_VERBS = frozenset(("remain", "stay"))
#: Verbs of a decision taken: "ordered that ... remain", "decided to keep".
_DECIDING_VERBS = frozenset(("decide", "order", "resolve"))
#: Prepositions of where a force stands.
_WHERE = frozenset(("in", "at", "on", "along", "near", "inside"))


def _named_place(head: Token) -> bool:
    """Whether a "where" phrase on ``head`` names its place ("in the region of X", "at Y") and does
    not count it ("in eleven districts")."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE:
            continue
        for obj in prep.children:
            counted = any(c.dep_ == "nummod" for c in obj.children)
            if obj.dep_ == "pobj" and not counted and any(t.pos_ == "PROPN" for t in obj.subtree):
                return True
    return False


def standing_force(verb: Token) -> Token | None:
    """The counted uniformed force a holding verb places somewhere named, else None: the object of
    "has/keeps 120 officers in X", the attribute of "there are 400 soldiers in X"."""
    lem = lemma(verb)
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
        return None
    if lem not in _HOLDING_VERBS | _STAYING_VERBS:
        return None
    if lem == "be":
        if not any(c.dep_ == "expl" for c in verb.children):
            return None  # only the existential "there are"
        force = next((c for c in verb.children if c.dep_ == "attr"), None)
    else:
        role = "nsubj" if lem in _STAYING_VERBS else "dobj"
        force = next((c for c in verb.children if c.dep_ == role), None)
        if force is None and role == "nsubj" and verb.dep_ == "xcomp":  # "ordered 70 officers to remain"
            force = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if force is None or not _counted_force(force):
        return None
    if lem != "be" and verb.dep_ in ("ccomp", "xcomp") and lemma(verb.head) in _DECIDING_VERBS:
        return force  # "resolved to keep 75 troops in the valley": kept there by a decision
    # "keep 120 officers of its standing corps in X": the parser may hang the place on the force's owner
    holders = (verb, force, *force_owner_phrases(force))
    return force if any(_named_place(h) for h in holders) else None


def _counted_force(noun: Token) -> bool:
    """ "400 soldiers", or a formed unit of counted uniformed people ("a detachment of 60 soldiers")."""
    if lemma(noun) in _UNIFORMED:
        return bool(count_numbers(noun))
    return lemma(noun) in UNIT_NOUNS and any(
        lemma(g) in _UNIFORMED and count_numbers(g) for g in force_owner_phrases(noun)
    )


def standing_triggers(sent: Span) -> list[NewsTrigger]:
    """The deployments one sentence tells by the force it holds in a named place."""
    return [NewsTrigger("Deployment", tok, "deploy") for tok in sent if standing_force(tok) is not None]
