"""Event mentions + sentences -> the change a following sentence states of the figure before it.

"520 people entered X last week. That is 18 percent fewer than in the same week of May.":
a sentence whose subject points back at a figure ("that", "this", "it", "the figure", "the
total") and states a change against an earlier period gives that change to the last figure of
the sentence before, unless that figure states its own change (and not to a figure of its own
sentence, the earlier one compared against). When that last figure is the daily average of a
total just before it, the total takes the change as well. A change named by a noun with "the"
("The bureau says the growth over the spring was 30 percent") points back too. A speaker may
restate the earlier figure first ("The post sees 800 a day. In 2024 that was nearer 500. It is up
by three fifths."): the change is then the figure's before that baseline, not the baseline's.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.quantities import find_changes

__all__ = ["carried_changes"]

#: Subjects that point back at the figure just given: pronouns, and nouns naming a figure.
_POINTERS = frozenset({"that", "this", "it"})
_FIGURE_NOUNS = frozenset({"figure", "total", "number"})
#: Nouns that name a change of a figure, and the determiners that point it back.
_CHANGE_NOUNS = frozenset({"increase", "rise", "growth", "fall", "drop", "decrease", "decline"})
_DEFINITE = frozenset({"the", "this", "that"})
#: Adverbs that set a restated figure in the time before the one just given: "Before, it was 1,400."
_EARLIER = frozenset({"before", "earlier", "previously", "formerly"})


def _points_back(sent: SpacySpan) -> bool:
    """True when the sentence's subject is "that", "this", "it" or "the/this figure" alone, or the
    subject of the sentence or of the clause it reports is "the increase", "the fall" (the change of
    the figure just given: "The bureau says the growth over the spring was 30 percent")."""
    subject = _subject(sent.root)
    if subject is None:
        return _named_change(sent)
    if subject.lower_ in _POINTERS:
        return True
    words = [t.lower_ for t in subject.subtree]
    if subject.lemma_.lower() in _FIGURE_NOUNS and words in (["the", subject.lower_], ["this", subject.lower_]):
        return True
    return _named_change(sent)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, active or passive, or None."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _named_change(sent: SpacySpan) -> bool:
    """True when a change the sentence states opens with a change noun after "the", "this" or
    "that" ("the growth over the spring was 30 percent"): the change of a figure already given, not of
    one still to come. Read on the words: the parser often takes such a noun for an object."""
    starts = {sent.start_char + c.start for c in find_changes(sent.text)}
    return any(
        tok.idx in starts and tok.lemma_.lower() in _CHANGE_NOUNS and tok.nbor(-1).lower_ in _DEFINITE
        for tok in sent[1:]
    )


def _baseline(sent: SpacySpan) -> bool:
    """True for a sentence that only restates an earlier figure to compare against: "In 2024 that
    was nearer 500.", "Previously it stood at 400.": a pointing subject, the copula and the earlier
    time ("That was 1,100 a day." names no time: it restates the figure itself)."""
    subject = _subject(sent.root)
    return (
        sent.root.lemma_ == "be"
        and subject is not None
        and subject.lower_ in _POINTERS
        and any(t.ent_type_ == "DATE" or (t.dep_ == "advmod" and t.lower_ in _EARLIER) for t in sent)
    )


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
        if si > 1 and _baseline(sents[si - 1]) and counted.get(si - 2):
            before = counted[si - 2]  # "It sees 800 a day. In 2024 that was nearer 500. It is up 60%."
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
