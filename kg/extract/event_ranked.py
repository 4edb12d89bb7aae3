"""Ranked crossing points + their sentence -> one flow through each point its figure follows.

Border services rank their crossing points after the week's total: "The busiest crossing points were
X, with more than 2,100 people, and Z, with about 1,450", "The busiest crossings were X (2,100) and Z
(1,450)". No verb of movement carries these figures: the sentence's subject is the crossings and each
figure follows the point it counts, after "with" or in brackets. Each is the flow just counted (its
destination, origin, period and source) through that point; with no such flow before it, the point's
own state (or the state the text is filed from) is where the people were counted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.event_places import state_of_key
from kg.extract.quantities import QuantityMatch
from kg.extract.timex import Timex

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["ranked_flows"]

#: Nouns naming ways across a border, the subject of a ranking ("the busiest crossing points were").
_WAY_NOUNS = frozenset(("crossing", "checkpoint", "point", "post", "gate", "crossing-point", "border-crossing"))
#: Words that introduce a point's own figure: "X, with 2,100", "X (2,100)".
_FIGURE_CUES = frozenset(("with", "("))


def _ranks_crossings(sent: SpacySpan) -> bool:
    """A sentence whose verb "be" has ways across as its subject ("the busiest crossings were ...")."""
    return any(
        tok.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _WAY_NOUNS for c in tok.children)
        and any(c.dep_ == "attr" for c in tok.children)
        for tok in sent
    )


def _cued(sent: SpacySpan, num: Token, after: int) -> bool:
    """ "with more than 2,100", "(about 1,450)": the figure's phrase opens with a cue word after ``after``."""
    for tok in reversed(sent[: num.i - sent.start]):
        if tok.idx < after:
            return False
        if tok.lower_ in _FIGURE_CUES:
            return True
        if not (tok.pos_ in ("ADV", "ADJ", "ADP", "DET") or tok.like_num):  # "more than", "about", "some"
            return False
    return False


def ranked_flows(
    reader: _Reader,
    si: int,
    sent: SpacySpan,
    times: list[Timex],
    quants: list[QuantityMatch],
    anchor: Mention | None,
) -> list[Mention]:
    """One flow per figure that follows a ranked crossing point of ``sent``, shaped on ``anchor`` (the
    flow the story counted just before, or None)."""
    if not _ranks_crossings(sent):
        return []
    a = reader.args
    points = [(span.start, span.end, e.key) for span, e in a.index.within(sent.start_char, sent.end_char)]
    points = [p for p in points if a.index.by_key[p[2]].type == "Checkpoint"]
    if not points:
        return []
    own = reader.time.best_time(reader.time.times_in(times, set(range(sent.start, sent.end))))
    out: list[Mention] = []
    for q in quants:
        num = reader.people_count(q)
        before = [p for p in points if p[1] <= q.start]
        if num is None or not before or not _cued(sent, num, before[-1][1]):
            continue
        via = before[-1][2]
        m = reader.new("BorderCrossing", si, sent)
        reader.set_quantity(m, q)
        m.via = [via]
        if anchor is not None:
            m.label = anchor.label
            m.origin = list(anchor.origin)
            m.destination = [d for d in anchor.destination if a.index.by_key[d].type in ("State", "Region")]
            m.per_time_unit = m.per_time_unit or anchor.per_time_unit
            m.reported_by = list(anchor.reported_by)
        if not m.destination:
            state = state_of_key(via, a.index) or a.home
            m.destination = [state] if state else []
        if own is not None:
            reader.time.set_time(m, own)
        elif anchor is not None:
            m.date, m.start_date, m.end_date = anchor.date, anchor.start_date, anchor.end_date
        if stated := a.reported_by(num, q.start):
            m.reported_by = stated
        out.append(m)
    return out
