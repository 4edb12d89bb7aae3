"""NER span + its context -> the ``kg:`` class of a name no gazetteer pattern claimed.

The last step of ``kg_retype`` for each statistical entity: known bodies, enumerations, head
nouns, the document's states and the words before the name (a preposition of place or motion)
decide between a body, a person, a town, a region and a place. Split from
:mod:`kg.nlp.components`, which gathers the spans and calls this once per span.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.gazetteer import capital_of, known_body, local_subdivision, region_for, settlement_for, subdivision_for
from kg.lexicon.names import NAME_PARTICLES
from kg.nlp.heads import AGENCY_CUES as _AGENCY_CUES
from kg.nlp.heads import BODY_HEADS, head_class, name_heads
from kg.nlp.locative import called_region, subdivision_abroad_town, town_or_region
from kg.nlp.namecheck import place_class, placed_class, typed_by_head
from kg.nlp.unit_names import force_unit

__all__ = ["ner_label"]

_LOCATIVE = frozenset({"in", "near", "outside"})
#: Prepositions of motion or target: a town of a state the text names, after them, is that town.
_TOWARDS = frozenset({"from", "to", "into", "on", "towards", "toward"})
_NEAR = frozenset({"near", "outside", "around"})
#: Lower-case links inside place names, the particles of names and French ones: "Velmar-sur-Orne",
#: "Sao Tomas dos Campos".
_LINKS = NAME_PARTICLES | {"sur", "sous", "en", "les", "lès"}
#: GeoNames population from which a town is known in its own right, wherever the text is.
_KNOWN_TOWN = 100_000
#: Capitalised level words some states name their regions by after a town: "X Regency" (Indonesia),
#: "X Division" (Pakistan, Malaysia, Bangladesh).
_LEVELS_AFTER_TOWNS = frozenset({"division", "regency"})


def _administrative_level(span: Span) -> bool:
    """ "Kelo Regency", "Multan Division": a region named by its seat and a level word. A
    regency is always a region; a division only after a town or region the gazetteers know (the
    "Immigration Division" is a body, the "Armoured Division" a unit)."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or not words[-1].is_title or words[-1].lower_ not in _LEVELS_AFTER_TOWNS:
        return False
    if words[-1].lower_ == "regency":
        return all(t.is_title for t in words)
    seat = span.doc[words[0].i : words[-1].i].text
    return bool(settlement_for(seat) or region_for(seat))


def ner_label(
    span: Span,
    ner: str,
    titled: bool,
    enum: set[int],
    states: frozenset[str] = frozenset(),
    placed: frozenset[str] = frozenset(),
) -> str | None:
    """The ``kg:`` class of an NER span that no gazetteer pattern claimed (``placed``: names used as places)."""
    text = span.text
    body = known_body(text)
    if body:
        return body[0]
    if span.start in enum:
        return "Region"
    if ner == "ORG" and force_unit(span):
        return "Agency"  # "the Armoured Division": a force's unit, not a firm, nor a town troops come from
    if _administrative_level(span):
        return "Region"
    by_head = head_class(span)
    if by_head is not None:
        return typed_by_head(span, by_head)
    if subdivision_for(text, states) and settlement_for(text) and not capital_of(text) and called_region(span):
        return "Region"  # a state's region and its main town share the name: the text says which
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if ner in {"ORG", "PERSON"} and not titled and not capital_of(text):
        if subdivision_for(text, states):  # "Rakhine" in a story about Myanmar: the state's region,
            town = settlement_for(text, primary_only=True)  # unless it is a town the text does not call a region
            home = town is not None and not subdivision_abroad_town(text, states)  # not a town abroad ("Norfolk")
            # a municipality ISO lists by its town's name, which the town tables lack, is the town
            home = home or (local_subdivision(text) and settlement_for(text) is None)
            return "Settlement" if home and (before in _LOCATIVE or not called_region(span)) else "Region"
        if before in _NEAR and _name_words(span) <= 3:
            return "Settlement"  # "the camps around X", "a village near X": people are not near-able
        if text in placed and _name_words(span) <= 3 and not any(t.lower_ in _AGENCY_CUES for t in span):
            return placed_class(text)  # "the ferry leaves X at dawn ... hotels in X": X is a place

    if text.isupper() and len(text) > 3 and settlement_for(text, primary_only=True):
        return "Settlement"  # a dateline: "WARSAW (Reuters) -"
    if ner in {"ORG", "PERSON", "GPE"} and capital_of(text):
        return "Settlement"  # "told reporters in N'Djamena": a capital is the city, not a body
    city = settlement_for(text, primary_only=True) if ner == "ORG" else None
    if city is not None and (
        before in _LOCATIVE
        or (before in _TOWARDS and len(span) == 1 and city.country in states)
        or (before == "at" and city.major)
    ):
        return "Settlement"  # "speaking in X", "fled from X" in a story about X's country, "based at" a big city
    if ner == "ORG":
        if titled and all(t.is_title or t.is_punct for t in span):
            return "Person"
        cued = any(t.lower_ in _AGENCY_CUES for t in span) or bool(name_heads(span) & BODY_HEADS)
        return "Agency" if cued or _organ_of_body(span) else "Organization"
    if ner == "PERSON":
        city = settlement_for(text)  # "Kiev" is Kyiv's other name, "Khan" only that of little Haan
        if city and len(span) == 1 and not titled and (city.major or _home_town(span, states)):
            return "Settlement"
        if 1 < _name_words(span) <= 3 and not titled and _home_town(span, states):
            return "Settlement"  # "to visit Kota Baru": a town of several words by its own GeoNames name
        return "Person"
    if ner == "NORP":  # a people, unless the text uses the name as a town's ("walked to X")
        return "Settlement" if text in placed else None
    if ner == "FAC":
        return place_class(text)
    return town_or_region(span, ner, states)  # a capital that is also a subdivision (Islamabad) is the city


def _organ_of_body(span: Span) -> bool:
    """A longer name that opens with a known international body's ("United Nations X Mission") is
    an intergovernmental body: one of that body's organs or missions."""
    return len(span) > 2 and any(known_body(span[:k].text) for k in (1, 2, 3))


def _home_town(span: Span, states: frozenset[str]) -> bool:
    """A town by its own GeoNames name, not a small one abroad: the NER's person there is the town.

    The text names its countries by the states themselves, their regions or their towns. A town
    of under 100,000 people in another country that shares a famous surname ("under X", "wrote on
    Y") is no reading the text supports: the model's person stands. A bigger city, or any town in
    a text that names no country, stays the town.
    """
    town = settlement_for(span.text, primary_only=True)
    if town is None:
        return False
    if town.population >= _KNOWN_TOWN:
        return True  # a city known in its own right ("disasters such as X") needs no country named
    countries = _story_countries(span.doc, states)
    return not countries or town.country in countries  # a text that names no country gives no "abroad"


def _story_countries(doc: Doc, states: frozenset[str]) -> frozenset[str]:
    """ISO codes of the states a Doc names, or names a region or a town of (once per Doc, cached)."""
    cached = doc.user_data.get("kg_story_countries")
    if cached is None:
        regions = (region_for(s.text) for s in doc.spans.get("kg_gazetteer", []) if s.label_ == "Region")
        towns = (settlement_for(e.text, primary_only=True) for e in doc.ents if e.label_ == "GPE")
        cached = frozenset(p.country for p in (*regions, *towns) if p is not None and p.country)
        doc.user_data["kg_story_countries"] = cached
    return states | cached


def _name_words(span: Span) -> int:
    """The words of a name, not counting hyphens and lower-case particles: "Velmar-sur-Orne" and
    "Santa Lucia de Arriba" are names of three words, as short as "Port Said" is of two."""
    return sum(1 for t in span if t.text != "-" and not (t.is_lower and t.lower_ in _LINKS))
