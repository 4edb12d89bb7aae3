"""NER spans -> the same spans with the words of a title taken out of the names after it.

"the King of X", "2nd Earl of Y" and "the Duke of Z" are titles, not names: the NER tags them as
persons (or bodies), and the place after "of" is the entity the text names there. "President of
the Republic Jo Roe" and "Minister of Labour Jo Roe" are an office and a person: the NER runs the
office's complement into the name and calls the whole a body. Runs before ``kg_retype`` reads the
spans, so the place and the person are typed like any other.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import known_body, region_for, settlement_for, state_key
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.heads import BODY_HEADS, COUNCIL_HEADS, ORG_HEADS, SITTING_HEADS, head_class

__all__ = ["office_complements", "territories_governed", "titles_held"]

#: Ranks of nobility and church held "of" a place ("Earl of X", "Bishop of Y"); TITLE_WORDS has the rest.
_RANKS = frozenset(
    {"earl", "duke", "duchess", "count", "countess", "baron", "baroness", "marquess", "marquis", "viscount"}
    | {"bishop", "archbishop", "abbot", "tsar", "czar", "shah"}
)
#: Rulers' titles held "of" a place that the NER also tags as bodies ("the King of X" as ORG).
_RULERS = frozenset({"king", "queen", "emperor", "empress", "prince", "princess"})
_ORDINAL = re.compile(r"^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")


def titles_held(ents: list[Span]) -> list[Span]:
    """NER spans with each bare title held "of" a place replaced by that place (label GPE).

    "the King of X", "2nd Earl of Y" (one PERSON span, or a title span and the place's own span
    after "of"), "the Duke of Z" (tagged ORG) name no one: the person is named elsewhere, or not
    at all, and the words after "of" name the place the title belongs to. A title span that ends
    at "of" ("2nd Earl of") is dropped: it names nothing. A name set off by a comma right after
    the title is its holder ("the King of X, Jo unified ..."), found even where the NER missed it.
    """
    out: list[Span] = []
    used: set[int] = set()
    for k, ent in enumerate(ents):
        if k in used:
            continue
        held = _held(ent, ents[k + 1] if k + 1 < len(ents) else None) if ent.label_ in {"PERSON", "ORG"} else None
        if held is None:
            out.append(ent)
            continue
        place, took_next = held
        if took_next:
            used.add(k + 1)
        if len(place):
            out.append(place)
        holder = _apposed_holder(ent.doc, ents[k + 1].end if took_next else place.end if len(place) else ent.end)
        if holder is None:
            continue
        later: list[int] = []
        for i in range(k + 1, len(ents)):  # the spans the holder reaches into, in text order
            if ents[i].start >= holder.end:
                break
            later.append(i)
        if all(ents[i].end <= holder.end for i in later):  # the NER's own part of the name gives way
            used.update(later)
            out.append(holder)
    return out


#: Offices held of a territory, and the NER label of what they govern: a mayor's is a town (GPE),
#: a governor's, prefect's or premier's a region (LOC).
_TERRITORY_OFFICES = {"governor": "LOC", "mayor": "GPE", "prefect": "LOC", "premier": "LOC"}
#: Words that make a commissioner the administrator of a territory ("the Deputy Commissioner of X",
#: "the District Commissioner of Y"), where a bare "Commissioner of X" may head a field or a body.
_TERRITORIAL = frozenset({"deputy", "assistant", "district", "divisional", "regional", "county", "provincial"})


def territories_governed(ents: list[Span]) -> list[Span]:
    """NER spans with a person's name right after "Governor of" (or Mayor, Prefect, Premier, a
    district's or deputy commissioner, and hyphened forms: "Governor-General", "Sub-Prefect")
    relabelled a place (a region; a mayor's, a town): an office is held of a territory, so what
    follows "of" is the territory ("the Governor of Al Kesra, in Chad, said"), never its holder.
    The NER reads a name opening with a particle ("Al", "El") as a person's."""
    out = []
    for ent in ents:
        doc, i = ent.doc, ent.start
        if i >= 1 and doc[i - 1].lower_ == "the":
            i -= 1
        label = _territory_office(doc, i - 2) if i >= 2 and doc[i - 1].lower_ == "of" else None
        out.append(Span(doc, ent.start, ent.end, label=label) if label and ent.label_ == "PERSON" else ent)
    return out


def _territory_office(doc: Doc, i: int) -> str | None:
    """The NER label of the territory the office ending at token ``i`` governs, or None.

    A hyphened office is read by either part ("Governor-General", "Sub-Prefect"); a commissioner
    only with a word that makes the office a territory's ("Deputy Commissioner").
    """
    parts = [doc[i]]
    if i >= 2 and doc[i - 1].text == "-":
        parts.append(doc[i - 2])
    for part in parts:
        if part.lower_ in _TERRITORY_OFFICES:
            return _TERRITORY_OFFICES[part.lower_]
    if doc[i].lower_ == "commissioner" and i >= 1 and doc[i - 1].lower_ in _TERRITORIAL:
        return "LOC"
    return None


def _apposed_holder(doc: Doc, end: int) -> Span | None:
    """The name set off by a comma after a title held of a place: "the King of X, Jo unified ...".

    One to three capitalised words that are no title and no known place, ending the apposition
    (a comma, or a lower-case word: the verb), and not the first of a list ("the King of X, Y and Z").
    """
    if end >= len(doc) or doc[end].text != ",":
        return None
    start = j = end + 1
    while j < len(doc) and j - start < 3 and doc[j].is_title and doc[j].is_alpha and doc[j].lower_ not in TITLE_WORDS:
        j += 1
    if j == start or j >= len(doc) or _gazetteer_word(doc[start:j].text):
        return None
    after = doc[j]
    if after.lower_ in {"and", "or"} or after.is_title:
        return None
    if after.text == "," and j + 1 < len(doc) and (doc[j + 1].is_title or doc[j + 1].lower_ in {"and", "or"}):
        return None
    return Span(doc, start, j, label="PERSON")


def _held(ent: Span, nxt: Span | None) -> tuple[Span, bool] | None:
    """(the place ``ent`` is a title of, whether it is the next span), or None for no bare title."""
    doc = ent.doc
    words = [t.lower_ for t in ent]
    of = words.index("of") if "of" in words else len(words)
    ranks = _RANKS | _RULERS if ent.label_ == "ORG" else _RANKS | TITLE_WORDS
    lead = [t for t in ent[:of] if t.lower_ not in {"the", "a"} and not _ORDINAL.match(t.lower_)]
    if not lead or not all(t.lower_ in ranks for t in lead):
        return None
    if of == len(words):  # "3rd Earl" + "of" + the place's own span
        i = ent.end
        if nxt is None or i + 1 >= len(doc) or doc[i].lower_ != "of":
            return None
        if nxt.start != (i + 2 if doc[i + 1].lower_ == "the" else i + 1):
            return None
        place = _place(doc, nxt.start, nxt.end)
        return (place, True) if place is not None else None
    start = ent.start + of + 1
    if start < ent.end and doc[start].lower_ == "the":
        start += 1
    if start == ent.end:
        return Span(doc, start, start, label="GPE"), False  # "2nd Earl of": the NER cut the place off
    stop = next((t.i for t in doc[start : ent.end] if t.text == ","), ent.end)  # "the Duke of X, Jo": X
    place = _place(doc, start, stop)
    return (place, False) if place is not None else None


def _place(doc: Doc, start: int, end: int) -> Span | None:
    """The words after a title's "of" as a place, unless a personal name may follow the place.

    "Governor of Tarn Jo Roe" is a person: the part after "of" must be one capitalised word that
    is no title word ("Secretary of State"), or a place a gazetteer knows.
    """
    held = doc[start:end]
    if not all(t.is_title or t.is_upper for t in held) or any(t.lower_ in TITLE_WORDS for t in held):
        return None
    if len(held) > 1 and not _gazetteer_word(held.text):
        return None
    return Span(doc, start, end, label="GPE")


def _gazetteer_word(text: str) -> bool:
    """A known state, body, region or city name."""
    return bool(known_body(text) or state_key(text) or region_for(text) or settlement_for(text, primary_only=True))


#: Words of a body's name, never of a person's.
_BODY_WORDS = TITLE_WORDS | BODY_HEADS | ORG_HEADS
#: Heads of bodies that meet ("Council", "Board"): a name ending in one is no person's.
_SITTING_ENDS = COUNCIL_HEADS | SITTING_HEADS


def office_complements(ents: list[Span], nouns: frozenset[str]) -> list[Span]:
    """NER spans with "the Republic Jo Roe" after "President of" cut to the person "Jo Roe".

    An office written "TITLE of (the) COMPLEMENT NAME" ("Speaker of the Assembly Jo Roe",
    "Minister of Labour Jo Roe") has no comma between its complement and the holder's name, and
    the NER takes the complement's capitalised common nouns and the name for one body. The words
    before the span must be a title word and "of"; the complement is the span's leading common
    noun (the model's lexicon) and the title words after it; what follows must be two to four
    capitalised words that head no body or place: the person.

    A field of two joined by "and" ("Minister for Forests and Parks Jo Roe") leaves its last word
    opening the name the NER tags, as a person or a body: the word after "and" that the model's
    lexicon lists as a common noun goes back to the office.
    """
    out: list[Span] = []
    for ent in ents:
        person = _holder(ent, nouns) if ent.label_ == "ORG" else None
        if person is None and ent.label_ in {"ORG", "PERSON"}:
            person = _field_tail(ent, nouns)
        out.append(person if person is not None else ent)
    return out


#: Words between an office's "of"/"for" and the "and" of a field of two ("for Forests and ...").
_FIELD_WORDS = 3


def _field_tail(ent: Span, nouns: frozenset[str]) -> Span | None:
    """The personal name after a joint field's last word ("Minister for Lakes and [Wetlands] Jo Roe"), else None."""
    doc = ent.doc
    if ent.start < 4 or doc[ent.start - 1].lower_ not in {"and", "&"} or not _field_noun(ent[0], nouns):
        return None
    j = ent.start - 2  # back over the first field's capitalised nouns to "of"/"for" after a title word
    while j > 0 and ent.start - 2 - j < _FIELD_WORDS and doc[j].is_title and _field_noun(doc[j], nouns):
        j -= 1
    if j == ent.start - 2 or doc[j].lower_ not in {"of", "for"}:
        return None
    if not (doc[j - 1].is_title and doc[j - 1].lower_ in TITLE_WORDS):
        return None
    name = ent[1:]
    if not 2 <= len(name) <= 4:
        return None
    if not all(t.is_title and t.text.replace("-", "").isalpha() and t.lower_ not in _BODY_WORDS for t in name):
        return None
    if head_class(name) is not None or _gazetteer_word(name.text) or name[-1].lower_ in _SITTING_ENDS:
        return None  # "Minister of Trade and Industry Lake Fisheries Board": a body, no holder
    return Span(doc, name.start, name.end, label="PERSON")


def _field_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """A capitalised common noun of an office's field ("Forests", "Parks"), no state's name."""
    low = tok.lower_
    listed = low in nouns or (low.endswith("s") and low[:-1] in nouns)
    return tok.is_title and listed and low not in TITLE_WORDS and not state_key(tok.text)


def _holder(ent: Span, nouns: frozenset[str]) -> Span | None:
    """The personal name ending ``ent`` when an office's complement opens it, else None."""
    doc = ent.doc
    i = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    j = ent.start - 1
    if j >= 0 and doc[j].lower_ == "the" and i == ent.start:
        j -= 1
    if j < 1 or doc[j].lower_ != "of" or doc[j - 1].lower_ not in TITLE_WORDS or not doc[j - 1].is_title:
        return None
    k = i  # the complement: a common noun ("Republic", "Labour"), then only title words ("Foreign Affairs")
    while k < ent.end and doc[k].is_title and (doc[k].lower_ in _BODY_WORDS or (k == i and doc[k].lower_ in nouns)):
        k += 1
    name = doc[k : ent.end]
    if k == i or not 2 <= len(name) <= 4:
        return None
    if not all(t.is_title and t.text.replace("-", "").isalpha() and t.lower_ not in _BODY_WORDS for t in name):
        return None
    if head_class(name) is not None or _gazetteer_word(name.text) or name[-1].lower_ in _SITTING_ENDS:
        return None  # "Director of the Lake Fisheries Board": a body after the complement, no holder
    return Span(doc, name.start, name.end, label="PERSON")
