"""A stop told by who was among those stopped: "Among the people detained were 40 migrants from X".

Police and border releases often count everyone held first and then single out the people who
crossed: "Among those arrested on Sunday were 40 migrants from X, who had crossed the border on
foot". The verb of stopping is then a participle in the "among" phrase, and the people it stopped
are the subject of "be" the phrase hangs on. This module finds that shape; the stop itself is read
like any other (:mod:`kg.extract.event_attempts`): it still needs a border in its clause (or an
attempt just before), so "Among those detained were 12 protesters" stays no crossing.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["among_clause", "among_people", "people_origin"]


def among_clause(verb: Token) -> Token | None:
    """The "be" of "Among the people <verb> were ..." when ``verb`` is that participle, else None.

    The parser hangs the participle on the "among" phrase's noun, or reads it as the clause's
    subject with the phrase below it ("Among the people stopped at X were ...").
    """
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "among":
        be = verb.head.head.head
    elif verb.dep_ == "csubj" and any(c.dep_ == "prep" and c.lower_ == "among" for c in verb.children):
        be = verb.head
    else:
        return None
    return be if be.lemma_.lower() == "be" and be.pos_ in ("AUX", "VERB") else None


def among_people(verb: Token) -> list[Token]:
    """Who was stopped: the subject or attribute of that "be", with the words joined to it ("40
    migrants ... and eight suspects")."""
    be = among_clause(verb)
    if be is None:
        return []
    people = [c for c in be.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN", "NUM")]
    return people + [g for p in people for g in p.children if g.dep_ == "conj"]


def people_origin(people: list[Token]) -> list[Token]:
    """The objects of the people's own "from" phrase ("40 migrants from X"): where they came from."""
    return [g for p in people for c in p.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
