"""Event mentions + sentences -> the time of a breakdown figure: the period of the total it splits.

A report states a total with its period, then breaks it down without repeating the period:
"Between Friday and Sunday, 40,000 people entered X. [...] The busiest post was Y, where 9,000
entered, followed by Z with 6,000." A crossing figure that states no time, in a sentence that
states none either, covers the period of the last dated crossing figure before it when that
figure is larger, shares its destination and stands at most a few sentences and one paragraph
break away. A larger figure, another destination or a new story in between is no breakdown, nor
is a figure whose sentence names a stretch by its length ("over the quarter", "during the week":
:func:`kg.extract.event_same_period.same_period` dates it by the week or quarter stated before).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.event_merge import Mention
from kg.extract.event_same_period import sized_stretch

__all__ = ["breakdown_times"]

#: How many sentences after its total a breakdown may stand.
_REACH = 3


def _size(m: Mention) -> int | None:
    """The figure a total is compared by: the count, else the upper (or lower) bound of a range."""
    if m.count is not None:
        return m.count
    return m.count_max if m.count_max is not None else m.count_min


def _dated(m: Mention) -> bool:
    return bool(m.date or m.start_date or m.end_date)


def _paragraph_breaks(text: str, sents: list[SpacySpan], first: int, last: int) -> int:
    """How many blank lines separate sentence ``first`` from sentence ``last``."""
    return text.count("\n\n", sents[first].end_char, sents[last].start_char)


def breakdown_times(mentions: list[Mention], sents: list[SpacySpan], stated: set[int], text: str) -> None:
    """Give each undated crossing figure the period of the dated total it breaks down.

    ``stated`` holds the sentences that give a time of their own (such a sentence dates its
    figures itself); ``text`` is the document's text.
    """
    totals: list[Mention] = []  # dated figures so far, latest last
    for m in mentions:  # mentions come in sentence order
        size = _size(m)
        if m.type != "BorderCrossing" or size is None:
            continue
        if not _dated(m) and not m.date_text and m.sentence not in stated and sized_stretch(sents[m.sentence]) is None:
            total = next((t for t in reversed(totals) if _splits(m, size, t, sents, text)), None)
            if total is not None:
                m.date, m.start_date, m.end_date = total.date, total.start_date, total.end_date
        if _dated(m):
            totals.append(m)


def _splits(m: Mention, size: int, total: Mention, sents: list[SpacySpan], text: str) -> bool:
    """True when ``total`` is near enough before ``m``, larger, and counts the same destination."""
    whole = _size(total)
    return (
        0 < m.sentence - total.sentence <= _REACH
        and _paragraph_breaks(text, sents, total.sentence, m.sentence) <= 1
        and whole is not None
        and size < whole
        and bool(set(m.destination) & set(total.destination))
    )
