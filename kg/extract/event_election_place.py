"""Where an election is held when its own phrase names no place but its sentence does.

A dated election ("the general elections of 21 March", "the local elections ... on 4 October")
is often placed by words the parser does not hang from the election noun:

* a clause of its own that the parser reads as a complement of the main verb: "sent observers to
  the local elections Ruritania will hold on 4 October" (the subject of "will hold" right after
  the noun is the state that votes);
* the body elected, after "to": "the elections to the Folkmoot, Ruritania's parliament";
* the people or the head of government of the state that votes, elsewhere in the sentence: "wished
  the people of X well ahead of the elections of 21 March", "the Prime Minister of X, attending
  his first summit since the general election of 9 November" (only when one state is so named).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.event_triggers import PEOPLE_NOUNS
from kg.extract.titles import HEADS

__all__ = ["HOLDING_VERBS", "election_place", "holding_verb", "trailing_clause"]

#: Verbs of a clause that says where a vote took place: "the elections held in X", "X will hold".
HOLDING_VERBS = frozenset({"hold", "conduct", "organise", "organize", "stage"})
#: Nouns of the people who vote: "the people of X", "the voters of X".
_VOTERS = frozenset({"people", "citizen", "voter", "electorate", "nation"}) | PEOPLE_NOUNS

#: Reads the place keys a noun phrase names.
Places = Callable[[Token], list[str]]


def trailing_clause(tok: Token) -> Token | None:
    """The words right after the election noun ``tok`` that belong to it though the parser hung
    them elsewhere: the name before "will hold" in "the elections X will hold", or the "to" of "the
    elections to the Folkmoot"."""
    doc = tok.doc
    after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    if after is None or after.head.i == tok.i:
        return None
    if after.lower_ == "to" and after.dep_ in ("prep", "dative"):
        return after
    name = None
    for t in doc[after.i : min(after.i + 6, len(doc))]:
        if t.pos_ == "PROPN":
            name = t
        elif t.pos_ in ("AUX", "PART") or t.dep_ == "det":
            continue
        else:
            return name if name is not None and t.pos_ == "VERB" and t.lemma_.lower() in HOLDING_VERBS else None
    return None


def holding_verb(tok: Token) -> Token | None:
    """The verb that holds the election noun ``tok`` in its trailing clause ("X will hold on 3 May",
    "the elections to the Folkmoot, which are due to be held in April"): its clause dates the vote."""
    after = trailing_clause(tok)
    if after is None:
        return None
    if after.lower_ != "to":
        return next(t for t in after.doc[after.i :] if t.pos_ == "VERB")
    return next((t for t in after.subtree if t.lemma_.lower() in HOLDING_VERBS), None)


def election_place(tok: Token, places: Places) -> list[str]:
    """The places of the election noun ``tok`` that its sentence gives outside its own phrase."""
    after = trailing_clause(tok)
    if after is not None and after.lower_ != "to":
        return places(after)  # "the local elections Ruritania will hold on 4 October"
    if after is not None:
        return _body_place(after, places)  # "the elections to the Folkmoot, Ruritania's parliament"
    return _voters_place(tok, places)


def _body_place(to: Token, places: Places) -> list[str]:
    """ "to the Folkmoot, Ruritania's parliament": the owner of the body, else the body's place."""
    for obj in (c for c in to.children if c.dep_ == "pobj"):
        for ap in (c for c in obj.children if c.dep_ in ("appos", "conj")):
            owners = [k for c in ap.children if c.dep_ == "poss" for k in places(c)]
            if owners:
                return owners
        if found := places(obj):
            return found
    return []


def _voters_place(tok: Token, places: Places) -> list[str]:
    """The one state whose people or head is named "of X" in the sentence of ``tok``."""
    found: list[str] = []
    for word in tok.sent:
        if word.i == tok.i or not (word.lemma_.lower() in _VOTERS or word.lower_ in HEADS):
            continue
        for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found += [k for k in places(obj) if k not in found]
    return found if len(found) == 1 else []
