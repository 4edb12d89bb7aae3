"""Article text -> speaker turns of a broadcast or press-conference transcript.

Transcripts label each turn at the line start: "PRESIDENT BIDEN: We will…", "Jane Doe: Thank
you." The label is a short run of capitalised words before a colon; the rest of the line is the
quote. Lines that follow a turn without a label of their own continue it, but only in a text that
has at least two labelled turns, so that one "Note: …" line never makes an article a transcript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.quotes import is_headline, paragraphs

__all__ = ["Turn", "find_turns", "label_matches"]

_WORD = r"(?:[A-Z][\w.'’-]*|von|van|de|da|del|al|bin|el|la|le|of|the|for)"
# "JANE DOE, CHILEAN INTERIOR MINISTER (through translator): words"
_LABEL = re.compile(
    rf"(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,5}})"
    rf"(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,7}})?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*:[ \t]+(?P<body>\S)"
)
# Labels for the interviewer or a stage direction, never a named speaker.
_NOT_SPEAKERS = frozenset({"q", "a", "question", "answer", "note", "editor's note", "update", "photo", "video"})


@dataclass(frozen=True)
class Turn:
    """One turn: the label's offsets and the spoken line's offsets (``body`` may be a continuation)."""

    label_start: int
    label_end: int
    start: int
    end: int
    line_start: int


def find_turns(text: str) -> list[Turn]:
    """Labelled turns and their unlabelled continuation lines, in text order."""
    labelled: list[Turn] = []
    lines = paragraphs(text)
    kinds: list[Turn | None] = []
    for s, e in lines:
        m = _LABEL.match(text, s, e)
        if m is None or m.group("label").lower() in _NOT_SPEAKERS or is_headline(text, s, e):
            kinds.append(None)
            continue
        turn = Turn(m.start("label"), m.end("label"), m.start("body"), e, s)
        labelled.append(turn)
        kinds.append(turn)
    if len(labelled) < 2:
        return labelled
    out: list[Turn] = []
    current: Turn | None = None
    for (s, e), kind in zip(lines, kinds, strict=True):
        if kind is not None:
            current = kind
            out.append(kind)
        elif current is not None and text[s] not in "([" and not is_headline(text, s, e):
            out.append(Turn(current.label_start, current.label_end, s, e, s))
        else:
            current = None
    return out


def label_matches(label: str, name: str) -> bool:
    """True when a turn label names a person: "BIDEN", "PRESIDENT BIDEN", "Joe Biden" for "Joe Biden"."""
    label_words = {w.strip(".,").casefold() for w in label.split()}
    name_words = [w.strip(".,").casefold() for w in name.split()]
    return bool(name_words) and name_words[-1] in label_words
