"""NER span -> whether the text sets something *at* it or measures a direction *from* it.

"Customs officers at X", "the checkpoints at X, Y and Z", "what happens at X or Y" and "ten
kilometres south of X" use X as a place: things stand, happen and are counted at places, and
only a place has a north or a south. The small NER model reads many unknown town and border-post
names as persons or bodies from their letters; these two constructions say otherwise.

A verb of keeping people or things somewhere ("stationed at X", "trucks stopped at X") places
what stands at X whatever the NER called it.

"at" also aims at people ("shouted at X", "a swipe at X", "angry at X"): a head among the words
of aiming or feeling is no place. A body's name after "at" is where people work ("analysts at X",
"researchers at X"), so a name the NER read as a body counts only when a thing, not a person,
stands at it ("the market at X", "the customs post at X").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.nlp.roles import EVERYDAY_PERSON_NOUNS, PERSON_NOUNS

__all__ = ["compass_of", "sited_at"]

#: Lemmas of verbs and adjectives whose "at" aims at someone rather than placing them ("shouted at X").
_AIMING_VERBS = frozenset(
    {
        *("look", "glance", "stare", "gaze", "peer", "point", "aim", "direct", "target", "shout", "yell"),
        *("scream", "laugh", "smile", "wink", "nod", "sneer", "swipe", "jab", "shoot", "fire", "hit", "lash"),
        *("strike", "hint", "snap", "swing", "rage", "jeer", "boo", "hurl", "throw", "level", "grab", "marvel"),
        *("angry", "mad", "furious", "good", "bad", "surprised", "upset"),
    }
)
#: Lemmas of nouns of aiming: "a swipe at X", "a dig at X", "a look at X".
_AIMING_NOUNS = frozenset({"look", "glance", "swipe", "dig", "jab", "shot", "attempt", "go", "stab", "surprise"})
#: Compass words (lower case, as the tokenizer keeps them) that measure a direction from a place.
_COMPASS = frozenset(
    {
        *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
        *("north-east", "north-west", "south-east", "south-west"),
    }
)
#: Verbs (lemmas) of keeping people or things somewhere: one is stationed, stopped or stranded at
#: a place, never at a body one works for ("works at X", "studied at X" are left out).
_STATIONING = frozenset(
    {"station", "base", "deploy", "post", "position", "intercept", "detain", "stop", "strand", "queue", "camp"}
    | {"gather", "shelter", "stage", "park", "moor", "anchor", "dock", "wait"}
)
#: Person nouns a body's staff is named by, beyond the lexicon of roles: "staff at X", "scientists at X".
_STAFF = frozenset({"staff", "employee", "researcher", "scientist", "economist", "professor", "engineer", "executive"})


def sited_at(span: Span) -> bool:
    """The name is the object of a placing "at", alone or in a list ("at X, Y and Z", "at X or Y").

    ``span``'s label is the NER's: a body's name ("ORG") needs a thing, not a person, standing at it.
    """
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    at = first.head if first.dep_ == "pobj" else None
    if at is None or at.lower_ != "at" or at.i + 1 >= len(doc) or doc[at.i + 1].lower_ == "the":
        return False  # "at the Ministry": a body one works in, never a bare place name
    if first.i == span.root.i and at.i != span.start - 1:
        return False  # a word between "at" and the name ("at Jane's Roe") is a name of another kind
    head = _aimed_from(at)
    if head is None:
        return False
    if span.label_ != "ORG":
        return True
    if head.pos_ in {"VERB", "AUX"} or head.tag_ == "VBN":
        return head.lemma_.lower() in _STATIONING
    return head.pos_ == "NOUN" and not _person_noun(head)


def compass_of(span: Span) -> bool:
    """ "ten kilometres south of X", "north-east of X": only a place has a direction from it."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    return doc[i - 1].lower_ in _COMPASS


def _aimed_from(at: Token) -> Token | None:
    """The word "at" hangs on, or ``None`` when that word aims ("looked at", "a swipe at")."""
    head = at.head
    aiming = _AIMING_NOUNS if head.pos_ == "NOUN" else _AIMING_VERBS
    if head.lemma_.lower() in aiming or head.lower_ in aiming:
        return None
    return head


def _person_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in EVERYDAY_PERSON_NOUNS or lemma in _STAFF
