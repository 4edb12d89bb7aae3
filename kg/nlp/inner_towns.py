"""Labelled spans -> the cities named inside institutions' and places' names ("X University").

Schools, universities, libraries, airports, bays and stations are often named after the city they
serve or lie by: "the Varnholm Grammar School", "University of Varnholm", "Varnholm Airport".
The whole name is one body or place, and the city is named too: a reader learns where it is. Only
cities GeoNames knows by their own name and with a population of a real city count (a small
town's name is as often a founder's or a patron's), never a state's name (that is a firm's or a
body's owner, read elsewhere), and a city that opens a longer place name ("X State University",
"X County Airport") is no part of that place's name.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.lexicon.gazetteer import settlement_for, state_key
from kg.nlp.heads import INNER_ORGS

__all__ = ["inner_towns"]

#: GeoNames population from which a city's name inside another name is taken for the city.
MIN_POPULATION = 100_000
#: Words after a city's name that make it part of a longer place's name ("X State", "X County").
_LONGER_PLACE = frozenset({"state", "county", "city", "province", "region", "district", "valley", "mountains"})
_ARTICLES = frozenset({"the", "a", "an"})
#: Tokens that tie a first word to the next: "X's", "X-Y" are one name, no city of their own.
_JOINS = frozenset({"'s", "’s", "-", "–"})
_LEVELS_HERE = frozenset({"Organization", "Place"})
#: Heads of what serves or lies by a city and is named after it: schools, libraries, hospitals,
#: airports, ports and stations ("Varnholm Airport"). Streets, squares, halls and bridges are
#: named after people as often ("Varnholm Street" honours a Mr Varnholm), so they are left out.
_SERVING_HEADS = frozenset(
    {"university", "universiteit", "college", "school", "academy", "institute", "library", "libraries"}
    | {"museum", "hospital", "conservatory", "airport", "airfield", "port", "harbour", "harbor", "bay", "station"}
)


def inner_towns(spans: list[Span]) -> list[Span]:
    """Settlement spans for the cities that open, close or follow the "of" of the names in ``spans``.

    "Varnholm Grammar School", "the University of Varnholm", "Vrije Universiteit Varnholm" ->
    "Varnholm" (when Varnholm is a big city). The name must be an institution's or a serving
    place's, so what is found is a city the name is about, not a word of a longer name.
    """
    taken = {(s.start, s.end) for s in spans}
    out: list[Span] = []
    for span in spans:
        if span.label_ not in _LEVELS_HERE:
            continue
        words = span[1:] if span[0].lower_ in _ARTICLES else span
        if len(words) < 2:
            continue
        for group in (_openings(words), _after_of(words), _closing(words)):
            inner = next((c for c in group if _big_city(c)), None)
            if inner is not None and (inner.start, inner.end) not in taken:
                out.append(Span(span.doc, inner.start, inner.end, label="Settlement"))
                taken.add((inner.start, inner.end))
    return out


def _openings(words: Span) -> list[Span]:
    """The opening two words, then the opening word, of a name that ends in a serving head, when
    what follows them is no part of a longer place's name."""
    head = words[-1]
    if not (head.is_title and head.lower_ in _SERVING_HEADS):
        return []
    doc = words.doc
    return [
        doc[words.start : words.start + k]
        for k in (2, 1)
        if k < len(words) and doc[words.start + k].lower_ not in _LONGER_PLACE | _JOINS
    ]


def _after_of(words: Span) -> list[Span]:
    """What follows the "of" after a serving head: "University of X", "Bay of X"."""
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    if of is None or not 0 < of < len(words) - 1 or words[of - 1].lower_ not in _SERVING_HEADS:
        return []
    return [words[of + 1 :]]


def _closing(words: Span) -> list[Span]:
    """The last word after an institution noun of the languages that name the city last:
    "Vrije Universiteit X", "Freie Universität X"."""
    if len(words) < 2 or not any(t.lower_ in INNER_ORGS for t in words[:-1]):
        return []
    return [words[-1:]]


def _big_city(span: Span) -> bool:
    """A GeoNames city by its own name with a city's population, no state, all words capitalised."""
    if not all(t.is_title for t in span) or state_key(span.text):
        return False
    city = settlement_for(span.text, primary_only=True)
    return city is not None and city.population >= MIN_POPULATION
