"""Nouns of a flow of people as the subject of a figure: "Arrivals from X rose to 4,200",
"arrivals in Y reached 9,100", "Entries at the Z post climbed to 3,800".

Two habits of the parser hide such flows. After a wire dateline ("CITY, 3 May - Arrivals ...") the
capitalised plural that opens the sentence is tagged as a name, so its lemma is the word itself
("Arrivals", not "arrival"): :func:`noun_lemma` singularises it. And "reach" is both a verb of
movement ("reached Italy") and a verb of a figure ("arrivals reached 9,100"): with a flow noun as
subject and a number as object it moves no one itself (:func:`figure_reached`), and the noun is the
trigger; so with "traffic" (:mod:`kg.extract.event_traffic`) and a figure in people or vehicles.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["figure_reached", "noun_lemma"]

#: Nouns that name a counted flow of people as a whole.
_FLOW_NOUNS = frozenset(("arrival", "crossing", "entry", "departure", "exit", "return"))


def noun_lemma(token: Token) -> str:
    """Lower-case lemma; a capitalised plural tagged as a name ("Arrivals of ...") is singularised."""
    lem = token.lemma_.lower().replace("’", "'")
    if token.pos_ == "PROPN" and not token.ent_type_ and lem.endswith("s") and lem == token.lower_:
        lem = lem[:-3] + "y" if lem.endswith("ies") else lem[:-1]
    return lem


def figure_reached(verb: Token) -> bool:
    """True for "arrivals (in X) reached 4,200": "reach" with a flow noun as subject and a figure as
    object, a verb of the figure rather than of movement."""
    if verb.lemma_.lower() != "reach":
        return False
    subjects = [noun_lemma(c) for c in verb.children if c.dep_ == "nsubj"]
    if "traffic" in subjects:  # "traffic at X reached 5,100 vehicles (a day)": a figure in any unit
        return any(c.dep_ == "dobj" for c in verb.children)
    subject = any(lem in _FLOW_NOUNS for lem in subjects)
    return subject and any(c.dep_ == "dobj" and c.like_num for c in verb.children)
