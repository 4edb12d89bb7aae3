"""Two entity descriptions -> whether they name the same thing, by which rule, with what score.

Pure functions over names and a little context (type, parent state, nationality): no store, no
spaCy. The resolver blocks candidates (:mod:`kg.resolve.blocking`) and asks :func:`match` about
each pair; every positive answer carries the rule's name and a score in [0, 1] so that the merge
can be recorded and explained. A new merge rule goes here: a ``_rule(x, y) -> Match | None``
called from :func:`match`, and, if it compares names that share no blocking key yet, a key in
:func:`kg.resolve.blocking.blocking_keys`.

Rules, by type:

* people: the surnames agree (transliteration-folded, Jaro-Winkler >= 0.93) and every given name
  of the shorter full name agrees with one of the other's (equal, an initial, or Jaro-Winkler >=
  0.9 with the same first and last letters). Bare surnames are handled by the resolver (they merge only
  with the single full-named person of that surname). Known, disjoint nationalities veto.
* places: same type, transliteration-insensitive form (``Kharkov``/``Kharkiv``,
  ``Odessa``/``Odesa``, ``Kiev``/``Kyiv``, Russian toponym modifiers such as
  ``Verkhniy``/``Upper``) with the same consonant skeleton and fuzzy ratio >= 80; known, different
  parent states veto.
* organizations and agencies: same normalised name, or an acronym equal to the initials of the
  other name's capitalised words (``UNHCR``, ``EU``, ``NATO``). Agencies with a generic name
  (ministry, border guard, police...) merge only when both belong to the same known state.
* checkpoints: also a crossing named after one town of another's pair of towns ("Orsa
  crossing" and "Vell - Orsa crossing point").
* anything: a shared external identifier (``owl:sameAs`` to the same ISO or GeoNames IRI).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode

from kg.lexicon.crossing_names import crossing_sides, without_kind
from kg.lexicon.spelling import ascii_name, fold_name

__all__ = [
    "Candidate",
    "Match",
    "acronym",
    "bare_acronym",
    "domain_words",
    "match",
    "person_parts",
    "skeleton",
    "type_group",
]

PLACE_TYPES = frozenset({"Place", "Region", "Settlement", "Checkpoint"})
ORG_TYPES = frozenset({"Organization", "Agency"})
_SMALL = frozenset({"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le", "to", "at", "&"})
_GENERIC_HEADS = frozenset(
    {
        "ministry",
        "ministries",
        "department",
        "office",
        "police",
        "guard",
        "service",
        "services",
        "army",
        "forces",
        "force",
        "government",
        "parliament",
        "council",
        "committee",
        "agency",
        "commission",
        "court",
        "embassy",
        "authority",
        "authorities",
        "directorate",
        "bureau",
    }
)
_DOMAIN_SYNONYMS = {"internal": "interior", "home": "interior", "foreign": "foreign", "external": "foreign"}


@dataclass(frozen=True)
class Candidate:
    """One node of the store as the rules see it: names and context gathered from all graphs."""

    iri: str
    type: str
    names: tuple[str, ...]
    same_as: frozenset[str] = frozenset()
    parents: frozenset[str] = frozenset()  # ISO codes of states it is part of or located in
    nationality: frozenset[str] = frozenset()
    graphs: frozenset[str] = field(default=frozenset(), compare=False)


@dataclass(frozen=True)
class Match:
    """Why two candidates are the same thing: the rule, its score, the two names that matched."""

    rule: str
    score: float
    names: tuple[str, str]


def skeleton(text: str) -> str:
    """Consonant skeleton of a folded name, first letters kept: "kiev"/"kiv" -> "kv"."""
    return " ".join(w[0] + re.sub(r"[aeiou]", "", w[1:]) for w in fold_name(text).split())


def type_group(type_: str) -> str:
    """The types whose nodes may merge with each other."""
    if type_ in ORG_TYPES:
        return "org"
    return type_


def person_parts(name: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname), lower-case ASCII, hyphens split.

    "Jean-Claude Juncker" -> (("jean", "claude"), "juncker").
    """
    tokens = [t for t in ascii_name(name.replace("-", " ")).split() if t not in {"jr", "sr", "ii", "iii"}]
    if not tokens:
        return (), ""
    return tuple(tokens[:-1]), tokens[-1]


def acronym(name: str) -> str:
    """Initials of the capitalised words: "United Nations High Commissioner for Refugees" -> "UNHCR"."""
    words = re.findall(r"[A-Za-z][\w'’-]*", unidecode(name))
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in _SMALL).upper()


def bare_acronym(name: str) -> str | None:
    """The name itself when it is written as an acronym ("NATO", "U.N."), else None."""
    bare = name.replace(".", "").strip()
    return bare if 2 <= len(bare) <= 8 and bare.isalpha() and bare.isupper() else None


def _compatible_types(a: Candidate, b: Candidate) -> bool:
    if a.type == b.type:
        return True
    if a.type in ORG_TYPES and b.type in ORG_TYPES:
        return True
    return {a.type, b.type} <= PLACE_TYPES and "Place" in {a.type, b.type}


def match(a: Candidate, b: Candidate) -> Match | None:
    """Whether ``a`` and ``b`` are the same thing, and why; None when no rule says so."""
    if not _compatible_types(a, b):
        return None
    if a.parents and b.parents and not a.parents & b.parents:
        return None  # different states: two ministries of interior are two ministries
    if shared := sorted(a.same_as & b.same_as):
        return Match("same external identifier " + shared[0], 1.0, (a.names[0], b.names[0]))
    if a.type == "Person":
        return _person(a, b)
    if a.type == b.type == "Checkpoint":
        return _best(a, b, _place_names) or _best(a, b, _crossing_side)
    if a.type in PLACE_TYPES:
        return _best(a, b, _place_names)
    if a.type in ORG_TYPES or b.type in ORG_TYPES:
        return _org(a, b)
    return None


def _best(a: Candidate, b: Candidate, rule: object) -> Match | None:
    found = [m for x in a.names for y in b.names if (m := rule(x, y)) is not None]  # type: ignore[operator]
    return max(found, key=lambda m: (m.score, m.names)) if found else None


# ---------------------------------------------------------------------------- people


def _given_agree(x: str, y: str) -> float:
    if x == y:
        return 1.0
    if (len(x) == 1 or len(y) == 1) and x[0] == y[0]:
        return 0.9
    fx, fy = fold_name(x, vowels=False), fold_name(y, vowels=False)
    if fx == fy:
        return 0.98
    sim = JaroWinkler.similarity(fx, fy)
    return sim if fx[0] == fy[0] and fx[-1] == fy[-1] and sim >= 0.9 else 0.0


def _person_names(x: str, y: str) -> Match | None:
    gx, sx = person_parts(x)
    gy, sy = person_parts(y)
    if not gx or not gy or not sx or not sy:
        return None  # bare surnames are the resolver's business
    surname = 1.0 if sx == sy else JaroWinkler.similarity(fold_name(sx), fold_name(sy))
    if surname < 0.93:
        return None
    short, long_ = (gx, gy) if len(gx) <= len(gy) else (gy, gx)
    scores, rest = [], list(long_)
    for given in short:
        best = max(rest, key=lambda other: _given_agree(given, other))
        score = _given_agree(given, best)
        if score == 0.0:
            return None  # Ahmed Khan is not Imran Khan
        scores.append(score)
        rest.remove(best)
        if not rest and len(scores) < len(short):
            return None
    total = (surname + sum(scores)) / (1 + len(scores))
    return Match("person: surname and given names agree", round(total, 3), (x, y))


def _person(a: Candidate, b: Candidate) -> Match | None:
    if a.nationality and b.nationality and not a.nationality & b.nationality:
        return None
    return _best(a, b, _person_names)


# ---------------------------------------------------------------------------- places


def _place_names(x: str, y: str) -> Match | None:
    fx, fy = fold_name(x), fold_name(y)
    if fx == fy:
        rule = "place: same name" if ascii_name(x) == ascii_name(y) else "place: transliteration variant"
        return Match(rule, 1.0 if ascii_name(x) == ascii_name(y) else 0.95, (x, y))
    if skeleton(x) != skeleton(y):
        return None
    ratio = fuzz.ratio(fx, fy) / 100
    return Match("place: transliteration variant", round(ratio, 3), (x, y)) if ratio >= 0.8 else None


def _crossing_side(x: str, y: str) -> Match | None:
    """A crossing named after one town of another's pair: "Orsa crossing" of "Vell - Orsa"."""
    for pair, one in ((x, y), (y, x)):
        town = fold_name(without_kind(one))
        if not crossing_sides(one) and town in {fold_name(side) for side in crossing_sides(pair)}:
            return Match("checkpoint: named after one town of its pair", 0.9, (x, y))
    return None


# ---------------------------------------------------------------------------- organizations


def domain_words(name: str) -> set[str]:
    """What a body is about: its words without function words ("Internal Affairs" ~ "Interior")."""
    words = [_DOMAIN_SYNONYMS.get(w, w) for w in ascii_name(name).split()]
    return {w for w in words if w not in _SMALL and w != "affairs"}


def _generic(name: str) -> bool:
    return bool(set(ascii_name(name).split()) & _GENERIC_HEADS)


def _org_names(x: str, y: str) -> Match | None:
    if ascii_name(x) == ascii_name(y):
        return Match("organization: same name", 1.0, (x, y))
    for short, long_ in ((x, y), (y, x)):
        if (bare := bare_acronym(short)) and not bare_acronym(long_) and acronym(long_) == bare:
            return Match("organization: acronym of the full name", 0.95, (x, y))
    return None


def _org(a: Candidate, b: Candidate) -> Match | None:
    generic = any(_generic(n) for n in (*a.names, *b.names))
    if generic and not (a.parents and b.parents):
        return None  # "the Interior Ministry" of which state? Without both states, never
    found = _best(a, b, _org_names)
    if found is None and generic:
        x = min(a.names, key=lambda n: (-len(n), n))
        y = min(b.names, key=lambda n: (-len(n), n))
        dx, dy = domain_words(x) - _state_words(a), domain_words(y) - _state_words(b)
        if dx and dx == dy:
            return Match("agency: same body of the same state", 0.95, (x, y))
    return found


def _state_words(node: Candidate) -> set[str]:
    from kg.lexicon.gazetteer import state_name

    return {w for code in node.parents for w in ascii_name(state_name(code)).split()}
