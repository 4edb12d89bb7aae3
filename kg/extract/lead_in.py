"""Unquoted words after a lead-in: "Spokesperson Jane Roe said:" closing a paragraph.

Releases, situation reports and live blogs often give an official's words as a paragraph of
their own with no quotation marks, under a line or sentence that ends in a speech verb and a
colon:

    The head of the agency, Jane Roe, said:
    We will not leave these families without shelter this winter.

The paragraph is the speaker's direct speech (the colon announces it, as it would a quotation),
so it becomes one statement. The lead-in must be an attribution clause of its own (a subject and
a speech verb, :func:`kg.extract.attribution.before`), so a list heading ("Highlights:"), a
transcript label ("ROE:"), a line "attributable to Jane Roe:" or a lead line over numbered points
("Jane Roe, governor, on the situation:") is left to the modules that read those. A paragraph
that credits its words to someone else ("…, according to local officials", "the police said") is
the reporter's narration, not the speaker's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Token

from kg.extract import attribution
from kg.extract.quotes import Quote, is_headline, sentence_start
from kg.extract.speakers import AGENCY_NOUNS, PERSON_NOUNS, SpeakerResolver
from kg.model import Entity

__all__ = ["LeadIn", "find_lead_ins"]

# Any quotation mark: a paragraph that quotes is read by the quote finder instead.
_QUOTE_MARKS = re.compile('["“”«»„]')
# Subjects of the speaker's own words ("we have asked them to …").
_FIRST = frozenset({"i", "we"})
# A numbered or bulleted point ("1. …", "2) …", "- …", "• …"): the points of a lead line.
_POINT = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–])\s+")


@dataclass(frozen=True)
class LeadIn:
    """One unquoted paragraph of speech: its speaker, its bounds and the lead-in clause's."""

    speaker: Entity
    start: int  # the paragraph of speech
    end: int
    clause_start: int  # the attribution clause that leads into it
    clause_end: int


def _spoken(doc: Doc, start: int, end: int) -> bool:
    """True when the lead-in has a verb of speaking ("said:", "told reporters:"), not a bare label."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(attribution.is_cue(t) or attribution.is_saying_act(t) for t in span)


def _source(to: Token) -> bool:
    """True when "according to" names who says so ("local officials", "the police", a name), not
    a measure ("according to plan", "according to schedule")."""
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    return obj.pos_ == "PROPN" or obj.tag_ == "NNS" or lemma in PERSON_NOUNS or lemma in AGENCY_NOUNS


def _reports_others(doc: Doc, start: int, end: int) -> bool:
    """True when the paragraph credits its words to someone else ("…, according to local
    officials", "the police said"): a reporter's narration after the lead-in, not the speech."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    for t in span:
        if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and _source(doc[t.i + 1]):
            return True
        if attribution.is_cue(t) and any(c.dep_ == "nsubj" and c.lower_ not in _FIRST for c in t.children):
            return True
    return False


def find_lead_ins(
    doc: Doc,
    text: str,
    paras: list[tuple[int, int]],
    quotes: list[Quote],
    resolver: SpeakerResolver,
    turn_lines: set[int],
) -> list[LeadIn]:
    """Every paragraph of unquoted speech that a lead-in clause ending in a colon introduces.

    Args:
        doc: the parsed text.
        text: its characters.
        paras: its paragraphs (:func:`kg.extract.quotes.paragraphs`).
        quotes: its quotations, so that a lead-in sentence is bounded as the quote finder bounds it.
        resolver: resolves the lead-in's subject to a speaker of the document.
        turn_lines: line starts of transcript turns ("ROE: …"), which are read as turns instead.
    """
    out = []
    for (ps, pe), (ns, ne) in pairwise(paras):
        if not text[ps:pe].endswith(":") or ns in turn_lines or _POINT.match(text, ns):
            continue
        if _QUOTE_MARKS.search(text, ns, ne) or is_headline(text, ns, ne):
            continue
        start = sentence_start(text, pe - 1, ps, quotes)
        attr = attribution.before(doc, Quote(ns, ne, ns, ne), start)
        if attr is None or not _spoken(doc, attr.start, pe) or _reports_others(doc, ns, ne):
            continue
        speaker = resolver.resolve(attr.phrase, attr.head, ns)
        if speaker is not None:
            out.append(LeadIn(speaker, ns, ne, attr.start, pe))
    return out
