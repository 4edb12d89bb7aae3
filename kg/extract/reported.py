"""Parsed sentences -> reported (indirect) speech: "X said that …", "X told reporters that …".

Kept conservative: a speech verb (:data:`~kg.extract.attribution.CUE_LEMMAS`), an explicit "that"
complementizer, a subject that resolves to a person, agency or state, and a complement that holds
no direct quote (those are read as quotes). The clause after "that" is the statement's words.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.attribution import is_cue, subject_phrase
from kg.extract.quotes import Quote
from kg.extract.speakers import SpeakerResolver
from kg.model import Entity

__all__ = ["Reported", "find_reported"]


@dataclass(frozen=True)
class Reported:
    """One reported clause: its speaker, the complement's offsets and the sentence's."""

    speaker: Entity
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    verb_start: int
    verb_end: int


def find_reported(doc: Doc, resolver: SpeakerResolver, quotes: list[Quote]) -> list[Reported]:
    """Every "SUBJECT cue-verb [object] that CLAUSE" whose subject resolves to a speaker."""
    spans = [(q.open, q.close) for q in quotes]
    out = []
    for verb in doc:
        if not is_cue(verb) or any(a <= verb.idx < b for a, b in spans):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if subject is None or comp is None:
            continue
        mark = next((c for c in comp.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is None:
            continue
        tokens = [t for t in comp.subtree if t.i > mark.i]
        while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
            tokens.pop()
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if any(start <= a and b <= end + 1 for a, b in spans):
            continue
        phrase = subject_phrase(subject, verb.i)
        speaker = resolver.resolve(phrase, subject, phrase.start_char)
        if speaker is None:
            continue
        sent = verb.sent
        out.append(Reported(speaker, start, end, sent.start_char, sent.end_char, verb.idx, verb.idx + len(verb.text)))
    return out
