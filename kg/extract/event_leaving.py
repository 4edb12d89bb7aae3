"""Verb of leaving + the entry joined to it -> the place the people left (and the reverse).

Border services give both directions in one clause pair: "4,200 people entered X and 3,900 left it",
"4,200 entered the country and 3,900 left it", "4,200 entered, 3,900 exited". The leaving half names
no place of its own (a pronoun, "the country" or nothing): it left the place the joined entry reached,
the state the entry names or, for "the country" or no object at all, the state the text is filed from.
The pair also comes the other way round: "3,900 left X and 4,200 entered it": the entry reached the
place the joined leaving named.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import ArgReader

__all__ = ["enters_the_country", "entry_place", "joined_entry", "joined_exit_place"]

_LEAVING = frozenset(("leave", "exit", "depart"))
_ENTERING = frozenset(("enter", "arrive"))
#: Objects that stand for the country the story is about rather than name a place.
_COUNTRY_WORDS = frozenset(("country", "territory"))
_PLACE_TYPES = ("State", "Region", "Settlement")


def _stands_for_place(tok: Token) -> bool:
    """ "it", "the country": an object that names no place of its own."""
    return tok.pos_ == "PRON" or tok.lemma_.lower() in _COUNTRY_WORDS


def enters_the_country(verb: Token) -> bool:
    """ "4,200 entered", "4,200 entered the country": an entry into the state the text is filed from."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() == "enter" and all(o.lemma_.lower() in _COUNTRY_WORDS for o in objs)


def entry_place(a: ArgReader, entry: Token) -> list[str]:
    """Where the entry went: the place it names, else the text's own state for "the country" or no object."""
    objs = [c for c in entry.children if c.dep_ == "dobj"]
    objs += [g for c in entry.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children]
    named = [k for o in objs for k in a.np_entities(o, _PLACE_TYPES)]
    if named:
        return named[:1]
    if enters_the_country(entry) and a.home:
        return [a.home]
    return []


def joined_entry(verb: Token) -> Token | None:
    """ "... and 3,900 left it", "..., 3,900 exited": the entry joined to ``verb`` when ``verb`` leaves
    and names no place itself, else None."""
    if verb.lemma_.lower() not in _LEAVING:
        return None
    if not all(_stands_for_place(c) for c in verb.children if c.dep_ == "dobj"):
        return None
    partners = [verb.head] if verb.dep_ in ("conj", "ccomp") else []
    partners += [c for c in verb.children if c.dep_ in ("conj", "ccomp")]
    return next((p for p in partners if p.pos_ == "VERB" and p.lemma_.lower() in _ENTERING), None)


def joined_exit_place(a: ArgReader, verb: Token) -> list[str]:
    """ "3,900 left X and 4,200 entered it": the place the leaving joined to the entry ``verb`` names,
    when ``verb`` enters a pronoun ("it", "there"); [] otherwise. "Entered the country" is the text's
    own state (:func:`entry_place`), not the one just left."""
    if verb.lemma_.lower() not in _ENTERING:
        return []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "advmod") and c.pos_ in ("PRON", "ADV")]
    if not any(o.lower_ in ("it", "there") for o in objs):
        return []
    partners = [verb.head] if verb.dep_ in ("conj", "ccomp", "advcl") else []
    partners += [c for c in verb.children if c.dep_ in ("conj", "ccomp", "advcl")]
    for leaving in (p for p in partners if p.pos_ == "VERB" and p.lemma_.lower() in _LEAVING):
        for obj in (c for c in leaving.children if c.dep_ == "dobj" and not _stands_for_place(c)):
            if named := a.np_entities(obj, _PLACE_TYPES):
                return named[:1]
    return []
