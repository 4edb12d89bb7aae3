"""Chosen entity spans -> the same spans with a body's name read whole across its "and".

Bodies are often named by two fields joined by "and" ("the Fisheries and Coastal Agency", "the
Records and Outreach Unit", "the Upland and Lowland Home Guard District"). The model ends such a
name at its "and": it keeps the part after, with the head noun, and drops the words before or
tags them apart (as a body, a town or a people). One article before the first field, with no
article after "and", says the two fields share the one head: the capitalised words between the
article and "and" open the name. Two bodies named together keep their own heads or articles
("the Interior Ministry and Border Guard Service", "the Army and the Coast Guard").

A body named by its head and its fields after "of" or "for" ("the Ministry of Mines and
Energy", "the Directorate of Roads and Bridges", "the Office of Weights and Measures")
is cut by the model at the same "and", the other way round: it keeps the head and the first
field, and reads the second field alone as a person or nothing. The capitalised words after
"and" that end the phrase belong to the name, unless they name a place, a people or a person
(a word no dictionary holds), or are a body of their own (a head of a body's after a field of
their own: "the Ministry of Defence and Border Guard Service").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import state_for_demonym, state_key
from kg.nlp.heads import (
    AGENCY_CUES,
    BODY_HEADS,
    COUNCIL_HEADS,
    FORCE_WORDS,
    ORG_HEADS,
    SITTING_HEADS,
    force_unit_area,
)
from kg.nlp.persons import common_word, honorific
from kg.nlp.roles import PERSON_NOUNS

__all__ = ["and_joined_bodies", "fields_after_and"]

#: Labels of a body's span that the words before its "and" may open: the model's and ours.
_BODIES = frozenset({"ORG", "Agency", "Organization"})
#: Labels of a person's name, which no body's name swallows.
_PERSONS = frozenset({"PERSON", "Person"})
#: Most words and commas the fields before "and" have ("the Civil Aviation and Airports Authority",
#: "the Passport, Visa and Residence Office").
_FIELD_WORDS = 5
#: Heads of a force's name: after one, a field that is a body's head is another force.
_FORCES = FORCE_WORDS | frozenset({"force", "corps"})
#: Heads that end a body's name of their own: a field of several words ending in one is another
#: body ("the Interior Ministry and Border Guard Service"). A place's or a registry's head may open
#: a field ("the Tarn Harbour and Coastal Police", "the Land Registry and Survey Office").
_HEADS = AGENCY_CUES | BODY_HEADS | COUNCIL_HEADS | ORG_HEADS
#: Heads a body's name joined across "and" ends in: a body's, a sitting body's, a centre's or a
#: programme's ("the Tallies and Returns Centre"), or a force's area ("Home Guard District").
_ENDS = _HEADS | SITTING_HEADS | frozenset({"centre", "center", "programme", "program"})


def and_joined_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each body's span that begins right after "the A and" grown back over "A".

    Spans inside the opened words (the model's reading of the first field as a body or a town)
    give way to the whole name; a person's name there keeps both readings apart. Read on the
    model's entities, so the rules after it see the whole name, and again on the chosen spans,
    where a gazetteer's match ("Border Guard Board") may have won over the model's.
    """
    out = list(spans)
    for span in spans:
        start = _field_start(doc, span)
        if start is None:
            continue
        inside = [s for s in out if start - 1 <= s.start and s.end <= span.start - 1]  # the article too
        if any(s.label_ in _PERSONS for s in inside):
            continue
        whole = Span(doc, start, span.end, label=span.label_, kb_id=span.kb_id_)
        out = [s for s in out if s not in inside and s != span] + [whole]
    return sorted(out, key=lambda s: s.start)


def _field_start(doc: Doc, span: Span) -> int | None:
    """Where the first field of ``span``'s name opens, when an article and capitalised words
    stand before its "and"; else None."""
    if span.label_ not in _BODIES or span.start < 3 or not span[0].is_title:
        return None
    joined = doc[span.start - 1].lower_ == "and"
    if not (joined or (doc[span.start - 1].text == "," and any(t.lower_ == "and" for t in span[1:-1]))):
        return None  # "the Passport, Visa and Residence Office": the model kept the list's last fields
    if not (span[-1].is_title and (span[-1].lower_ in _ENDS or force_unit_area(list(span)))):
        return None  # "the Tarn and Vell communities": no body's head, no body's name
    i = span.start - 1
    while i > 0 and span.start - 1 - i < _FIELD_WORDS and (_field_word(doc[i - 1]) or _listing_comma(doc, i - 1)):
        i -= 1
    if i == span.start - 1 or not _led(doc, i):
        return None
    field = doc[i : span.start - 1]
    if len(field) > 1 and field[-1].lower_ in _HEADS:
        return None  # "the Interior Ministry and Border Guard Service": two bodies, two heads
    if span[-1].lower_ in _FORCES and any(t.lower_ in _HEADS for t in field):
        return None  # "the Army and Air Force", "the Navy, Army and Coast Guard": forces of their own
    return i


#: Words that part a body's head from its fields: "Ministry of X", "Office for X".
_FIELD_LINKS = frozenset({"of", "for"})
#: Labels of spans the words after "and" may hold that are no field of a body's name.
_NOT_FIELDS = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "State", "Region", "Settlement", "Demonym", "Place", "Checkpoint"}
)


def fields_after_and(doc: Doc, spans: list[Span], nouns: frozenset[str]) -> list[Span]:
    """``spans`` with each body's span "Head of A" that "and B" follows grown over "and B".

    "B" is the run of capitalised field words after "and" up to the end of the name; spans the
    model read in it (a common word taken for a person) give way to the whole name.
    """
    out = list(spans)
    for span in spans:
        end = _fields_end(doc, span, nouns)
        if end is None:
            continue
        inside = [s for s in out if span.end <= s.start and s.end <= end]
        if any(s.label_ in _NOT_FIELDS for s in inside):
            continue
        whole = Span(doc, span.start, end, label=span.label_, kb_id=span.kb_id_)
        out = [s for s in out if s not in inside and s != span] + [whole]
    return sorted(out, key=lambda s: s.start)


def _fields_end(doc: Doc, span: Span, nouns: frozenset[str]) -> int | None:
    """Where the name of ``span`` ends when "and" and its second field follow it; else None."""
    if span.label_ not in _BODIES or span.end + 1 >= len(doc) or doc[span.end].lower_ != "and":
        return None
    link = next((t.i for t in span[1:] if t.lower_ in _FIELD_LINKS), None)
    if link is None or not (doc[link - 1].is_title and doc[link - 1].lower_ in _ENDS):
        return None  # no head before "of": "the Tarn Agency and ..." ends at its own head
    if not all(t.is_title or t.lower_ == "the" for t in doc[link + 1 : span.end]) or not span[-1].is_title:
        return None
    end = span.end + 1
    while end < len(doc) and end - span.end <= _FIELD_WORDS and _field_word(doc[end]):
        end += 1
    run = doc[span.end + 1 : end]
    if not len(run) or (end < len(doc) and doc[end].is_title):
        return None
    if len(run) > 1 and run[-1].lower_ in _HEADS:
        return None  # "the Ministry of Defence and Border Guard Service": a body of its own
    if any(state_key(t.text) or state_for_demonym(t.text) for t in run):
        return None  # "the Embassies of Norland and Tarnia": two states' bodies
    if not all(common_word(t, nouns) for t in run):
        return None  # "the Ministry of Health and Jo Roe": a name no dictionary holds
    return end


def _listing_comma(doc: Doc, i: int) -> bool:
    """A comma between two fields of one name ("the Passport, Visa and Residence Office")."""
    return doc[i].text == "," and 0 < i < len(doc) - 1 and _field_word(doc[i - 1]) and _field_word(doc[i + 1])


def _led(doc: Doc, i: int) -> bool:
    """The article stands right before token ``i``."""
    return i > 0 and doc[i - 1].lower_ == "the"


def _field_word(tok: Token) -> bool:
    """A capitalised word of a field's name ("Interior", "Fisheries"), on the same line: no noun
    for a person ("the President and Defence Council" are two), honorific or function word."""
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.is_stop
        and tok.lower_ not in PERSON_NOUNS
        and not honorific(tok)
        and "\n" not in tok.whitespace_
    )
