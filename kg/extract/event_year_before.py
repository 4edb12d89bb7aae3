"""(mentions, sentences) -> the period of a baseline figure given "in the same period of" another year.

Border agencies set a figure against the one for the same stretch of an earlier year: "Since 1
January, 869 people have arrived, against 527 during the same period of 2021", "turned back 1,275
people in March and April, up from 585 over the same months a year before", or only "a year
earlier" after the baseline ("about 80 a day in May, down from 209 twelve months before"). The
baseline is a figure of its own (a figure for another period is another event), and its period is the first
figure's, moved to the year the sentence names ("of 2021"), or one year back ("last year", "a year
before"). Only a figure standing right before the phrase is the baseline, and only a first figure
with a stated start gives the period; the baseline's own reading of "last year" (the whole year)
gives way to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.event_merge import Mention
from kg.extract.quantities import QuantityMatch, find_quantities

__all__ = ["year_before"]

#: "during / over the same period" or "the same weeks" followed by a year ("of 2021"), "last year",
#: "the previous year" or "a year before": a period repeated in another year. Group 1 is a year
#: written out; without it, the year before.
_SAME_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|(?:\w+\s+)?(?:days|weeks|months))\s+"
    r"(?:(?:of|in)\s+(\d{4})\b|(?:of\s+)?last\s+year\b|(?:of\s+)?the\s+previous\s+year\b|a\s+year\s+(?:earlier|before|ago)\b)"
    # the baseline set a year back with no "same period": "down from 210 daily one year earlier"
    r"|\b(?:(?:a|one)\s+year|twelve\s+months)\s+(?:earlier|before|ago|previously)\b",
    re.IGNORECASE,
)
#: How far a baseline figure may stand before the phrase ("527 travellers over the same period").
_GAP = 30


def _in_year(day: str | None, year: int) -> str | None:
    """``day`` (ISO, a day or a month) with its year replaced; the 29th of February becomes the 28th."""
    if day is None:
        return None
    moved = f"{year:04d}{day[4:]}"
    return moved.replace("-02-29", "-02-28")


def _figure(m: Mention) -> int | None:
    return m.count if m.count is not None else m.count_min if m.count_min is not None else m.count_max


def _count_of(q: QuantityMatch) -> int | None:
    qq = q.quantity
    return qq.count if qq.count is not None else qq.count_min if qq.count_min is not None else qq.count_max


def _dated_with(counted: list[Mention], figure: int | None) -> list[Mention]:
    """The mentions counting ``figure`` that have a stated start."""
    return [m for m in counted if _figure(m) == figure and m.start_date]


def year_before(mentions: list[Mention], sents: list[Span]) -> None:
    """Give each baseline figure "in the same period of" another year its period (in place)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if _figure(m) is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
    for si, counted in by_sentence.items():
        if len(counted) < 2:
            continue
        text = sents[si].text
        for found in _SAME_PERIOD.finditer(text):
            before = [q for q in find_quantities(text[: found.start()]) if _count_of(q) is not None]
            if len(before) < 2 or found.start() - before[-1].end > _GAP:
                continue
            base_n = _count_of(before[-1])
            # the anchor is the nearest figure before that counts a dated event (a day of "between 1
            # and 21 March" between them counts nothing)
            anchors = next(
                (found_ for q in reversed(before[:-1]) if (found_ := _dated_with(counted, _count_of(q)))), []
            )
            bases = [m for m in counted if _figure(m) == base_n]
            if len(anchors) != 1 or not bases:
                continue
            anchor = anchors[0]
            assert anchor.start_date is not None
            year = int(found.group(1)) if found.group(1) else int(anchor.start_date[:4]) - 1
            for m in bases:
                m.date, m.date_text = None, None
                m.start_date, m.end_date = _in_year(anchor.start_date, year), _in_year(anchor.end_date, year)
