"""Event mentions + sentences -> the source a sentence about published figures gives the figures.

"The latest figures from the Border Service: 960 people have crossed since the morning." / "The
Border Service has released its weekly figures. Some 3,170 people entered at X last week.": a
sentence that names who gives figures (the "from"/"by" of a figure noun, or the subject of a verb
of publishing one) credits the counted events of its own sentence that name no source and, when it
counts nothing itself, those of the sentences right after it, as long as each counts events with
no source of their own.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_args import ArgReader
from kg.extract.event_merge import Mention

__all__ = ["figure_sources"]

#: Nouns of published figures.
_FIGURE_NOUNS = frozenset({"figure", "data", "datum", "statistic", "number", "tally", "count", "estimate"})
#: Verbs of making figures public: "has released its weekly figures".
_PUBLISHING = frozenset({"release", "publish", "issue", "present", "update", "give", "share", "post"})
_SOURCE_TYPES = ("Agency", "Organization", "State", "Person")


def _given_by(args: ArgReader, noun: Token) -> list[str]:
    """Who gives the figures ``noun`` names: "figures from X", "data by X", "X released its figures"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for o in (g for g in c.children if g.dep_ == "pobj"):
                if found := args.np_entities(o, _SOURCE_TYPES):
                    return found
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _PUBLISHING:
        for s in (c for c in verb.children if c.dep_ == "nsubj"):
            if found := args.np_entities(s, _SOURCE_TYPES):
                return found
    return []


def _source(args: ArgReader, sent: SpacySpan) -> list[str]:
    """The giver of the figures ``sent`` speaks of, or []."""
    for tok in sent:
        if tok.lemma_.lower() in _FIGURE_NOUNS and tok.pos_ == "NOUN" and (found := _given_by(args, tok)):
            return found
    return []


def _counted(m: Mention) -> bool:
    return m.count is not None or m.count_min is not None


def figure_sources(mentions: list[Mention], sents: list[SpacySpan], args: ArgReader) -> None:
    """Credit counted mentions with no source to the giver of figures their sentence or the one before names."""
    counted: dict[int, list[Mention]] = {}
    for m in mentions:
        if _counted(m):
            counted.setdefault(m.sentence, []).append(m)
    for si, sent in enumerate(sents):
        source = _source(args, sent)
        if not source:
            continue
        if si in counted:
            for m in counted[si]:
                m.reported_by = m.reported_by or list(source)
            continue
        nxt = si + 1
        while nxt in counted and all(not m.reported_by for m in counted[nxt]):
            for m in counted[nxt]:
                m.reported_by = list(source)
            nxt += 1
