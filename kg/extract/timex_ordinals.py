"""Ordinal words -> days of the month: "the first of September" is 1 September.

Official English writes a day as a word in formal texts and speeches ("since the first of
January", "on the twenty-first of March"); the time patterns read these like the figures.
"""

from __future__ import annotations

__all__ = ["DAY_WORDS"]

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)

#: Every day of a month as an ordinal word (the compounds with a hyphen, as style guides write them).
DAY_WORDS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    "twentieth": 20,
    **{f"twenty-{w}": i + 21 for i, w in enumerate(_UNITS)},
    "thirtieth": 30,
    "thirty-first": 31,
}
