"""The force a deployment sends: who it is, whose it is, and whether the text counts it.

A deployment is usually reported with a named place ("deployed 60 officers to X"). News also sends
a force to a body ("sent forty more officers to the X Police District"), to a place it names with a
common noun only ("to the region", "along the border"), or says where the force comes from and not
where it goes ("deployed 120 personnel from the X barracks to support the evacuation"). Such a
deployment is still reported when the text names who sends the force and counts its people: a
named sender and a head count are as specific as a place. The force may also be the noun a
participle describes ("90 officers sent by the X Command") or the "of" phrase of the event noun
("the deployment of 800 troops of the X Armed Forces"), whose own "of" names the force's owner.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_brought_forces import brought_force
from kg.extract.event_force_moves import UNIT_NOUNS
from kg.extract.event_news_triggers import lemma, sent_members, verb_object
from kg.extract.event_triggers import PEOPLE_NOUNS
from kg.nlp.numerals import counting_numeral

__all__ = [
    "ADDED_WORDS",
    "count_numbers",
    "counted_force",
    "force_noun",
    "force_of_noun",
    "force_owner_phrases",
    "people_noun",
    "sent_people",
]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


#: People sent or stationed by a force, beside the people nouns events count everywhere.
_FORCE_NOUNS = frozenset(
    _words(
        """
        officer guard police policeman policewoman gendarme personnel peacekeeper agent staff marine ranger inspector
        serviceman servicewoman servicemen servicewomen servicemember trooper sailor airman paratrooper
        commando sapper firefighter rescuer
        """
    )
)

#: People nouns that are no people when counted here ("80 vehicles").
_THINGS = frozenset(("vehicle", "car", "entry", "crossing", "attempt", "arrival"))

#: Words between a number and the people it counts: "forty more officers", "200 additional troops".
ADDED_WORDS = frozenset(("more", "additional", "extra", "further", "new", "fresh"))


def sent_people(verb: Token) -> Token | None:
    """What a verb of sending sends: its object ("sent 40 officers"), the subject of its passive
    ("40 officers were sent"), the noun its participle describes ("40 officers sent by X"), or
    what a verb of bringing in brings ("drafted in 60 officers": :mod:`kg.extract.event_brought_forces`)."""
    obj = verb_object(verb) or brought_force(verb)
    if obj is not None:
        return _restated_force(verb, obj) or obj
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _restated_force(verb: Token, units: Token) -> Token | None:
    """The head count a sent force of units is restated as: "Two battalions, about 900 troops in
    total, were deployed", parsed as a second subject (or object) of the verb beside the units,
    when the units themselves are no people noun. (An apposition, "three companies, some 450
    soldiers", is counted where the units' count is read.)
    """
    if people_noun(units):
        return None
    beside = (c for c in verb.children if c.dep_ == units.dep_ and c.i != units.i)
    return next((c for c in beside if people_noun(c) and count_numbers(c)), None)


def force_of_noun(noun: Token) -> Token | None:
    """The people an event noun sends: its "of" phrase ("the deployment of 800 troops")."""
    return next(
        (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"),
        None,
    )


def count_numbers(noun: Token) -> list[Token]:
    """The numbers counting ``noun``: its own ("400 soldiers") and those on a word of increase
    before it ("forty more officers", where the parser hangs the number on "more")."""
    out = [c for c in noun.children if c.dep_ == "nummod" or counting_numeral(c)]  # "Twelve officers" as amod
    for c in noun.children:
        if c.dep_ in ("amod", "advmod") and c.lower_ in ADDED_WORDS:
            out += [g for g in c.children if g.pos_ == "NUM" or g.like_num]
    return sorted(out, key=lambda t: t.i)


def force_noun(noun: Token) -> bool:
    """Whether ``noun`` names a force's people or units ("officers", "gendarmes", "units"), not
    people at large ("citizens")."""
    return lemma(noun) in _FORCE_NOUNS or lemma(noun) in UNIT_NOUNS


def people_noun(noun: Token) -> bool:
    """Whether ``noun`` names people ("soldiers", "gendarmes"), not things sent ("80 vehicles")."""
    lem = lemma(noun)
    if lem in ("element", "member"):  # "N elements of the Army", "N members of the Armed Forces"
        return sent_members(noun)  # people only as a force's members
    return (lem in PEOPLE_NOUNS or lem in _FORCE_NOUNS) and lem not in _THINGS


def counted_force(people: Token | None) -> bool:
    """Whether the text counts the people sent ("120 personnel", "forty more officers"); a number
    of things ("two aircraft") or of units ("two battalions") is no head count."""
    return people is not None and people_noun(people) and bool(count_numbers(people))


def force_owner_phrases(people: Token) -> list[Token]:
    """The objects of "of" / "from" on the people sent: "troops of the X Armed Forces", "officers
    from the Y Police": the body the force belongs to, a sender when the clause names none."""
    return [
        g
        for c in people.children
        if c.dep_ == "prep" and c.lower_ in ("of", "from")
        for g in c.children
        if g.dep_ == "pobj" and lemma(g) != "total"
    ]
