"""Transcript line -> the time stamp that opens it: a running time or clock time that names nobody.

Radio and TV transcripts, phone-ins and subtitled scripts put the time of each turn before its
label: "[00:02:10] HOST: …", "(12:03) CLIP - JO ROE (Mayor):", "00:41:07 - JO ROE: …", "[1:05:33.4]
CALLER (Ana, Northtown): …". The stamp is furniture, like a shot number: whatever reads a line's
label (the turn reader, the bite cue reader, the model's label components) steps over it. The shape
alone decides: hours or minutes, a colon, two-digit minutes and seconds, an optional fraction, in
square or round brackets or bare and followed by a dash or bar, then the label.
"""

from __future__ import annotations

import re

__all__ = ["STAMP", "is_stamp_text"]

#: The digits of a running time or clock time: "00:02:10", "2:10", "01:02:10.5", "14:05:09,250".
_TIME = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"
#: A stamp opening a line, with the blanks (and a dash or bar) after it, as a regex source to put
#: before a label pattern: "[00:02:10] ", "(2:10) ", "00:02:10 - ", "00:02:10 | ".
STAMP = rf"(?:\[{_TIME}\]|\({_TIME}\)|{_TIME}(?=[ \t]*[-–—|]))[ \t]*(?:[-–—|][ \t]*)?"
_TIME_TOKEN = re.compile(_TIME)


def is_stamp_text(word: str) -> bool:
    """True for a token's text that is a stamp's time: "00:02:10", "2:10"."""
    return _TIME_TOKEN.fullmatch(word) is not None
