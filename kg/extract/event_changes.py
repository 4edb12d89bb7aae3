"""Event mentions + sentences -> the change a following sentence states of the figure before it.

"520 people entered X last week. That is 18 percent fewer than in the same week of May.":
a sentence whose subject points back at a figure ("that", "this", "it", "the figure", "the
total") and states a change against an earlier period gives that change to the last figure of
the sentence before, unless that figure states its own change (and not to a figure of its own
sentence, the earlier one compared against). When that last figure is the daily average of a
total just before it, the total takes the change as well.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.event_merge import Mention
from kg.extract.quantities import find_changes

__all__ = ["carried_changes"]

#: Subjects that point back at the figure just given: pronouns, and nouns naming a figure.
_POINTERS = frozenset({"that", "this", "it"})
_FIGURE_NOUNS = frozenset({"figure", "total", "number"})


def _points_back(sent: SpacySpan) -> bool:
    """True when the sentence's subject is "that", "this", "it" or "the/this figure" alone."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in _POINTERS:
        return True
    words = [t.lower_ for t in subject.subtree]
    return subject.lemma_.lower() in _FIGURE_NOUNS and words in (["the", subject.lower_], ["this", subject.lower_])


def _total_of_rate(figures: list[Mention]) -> Mention | None:
    """The total a sentence's last figure averages ("repatriated 6,214 people, an average of about
    890 a day"), or None: a change pointed back at the rate is the total's change too, both
    counting the same period against the one before."""
    if len(figures) < 2 or figures[-1].per_time_unit is None:
        return None
    total = figures[-2]
    if total.per_time_unit is not None or total.change_percent is not None or total.type != figures[-1].type:
        return None
    return total


def carried_changes(mentions: list[Mention], sents: list[SpacySpan]) -> None:
    """Give each sentence's pointed-back change to the last counted mention of the sentence before."""
    counted: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.count is not None or m.count_min is not None:
            counted.setdefault(m.sentence, []).append(m)
    for si in range(1, len(sents)):
        before = counted.get(si - 1)
        if not before or before[-1].change_percent is not None or not _points_back(sents[si]):
            continue
        changes = find_changes(sents[si].text)
        if not changes:
            continue
        before[-1].change_percent = changes[0].percent
        total = _total_of_rate(before)
        if total is not None:
            total.change_percent = changes[0].percent
        for m in counted.get(si, []):  # "... than in March, when 6,940 arrived": not that figure's change
            if m.change_percent == changes[0].percent:
                m.change_percent = None
