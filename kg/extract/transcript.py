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

__all__ = ["Turn", "find_turns", "is_narrator", "label_matches", "narrators"]

_WORD = r"(?:[A-Z][\w.'’-]*|von|van|de|da|del|al|bin|el|la|le|of|the|for)"
# "JANE DOE, CHILEAN INTERIOR MINISTER (through translator): words"
_LABEL = re.compile(
    rf"(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,8}})"
    rf"(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,7}})?"
    r"[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*:[ \t]+(?P<body>\S)"
)
# Labels for the interviewer or a stage direction, never a named speaker.
_NOT_SPEAKERS = frozenset({"q", "a", "question", "answer", "note", "editor's note", "update", "photo", "video"})
# Roles of the programme's own people: their turns narrate the story, they are not statements.
_NARRATOR_ROLES = frozenset(
    ["anchor", "host", "presenter", "newsreader", "reporter", "correspondent", "narrator", "announcer", "moderator"]
)
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|da|van|von|al|el)){0,3}"
# "Our correspondent Jane Doe is at ...", "reporter Jane Doe in Kigali"
_INTRODUCED = re.compile(rf"\b(?:[Cc]orrespondent|[Rr]eporter|[Pp]resenter|[Aa]nchor|[Hh]ost)[ \t]+(?P<name>{_NAME})")


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
    asked: set[int] = set()  # lines of the interviewer ("Q:", "QUESTION:"): they end the turn before
    for s, e in lines:
        m = _LABEL.match(text, s, e)
        if m is not None and m.group("label").lower() in _NOT_SPEAKERS:
            asked.add(s)
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
        elif current is not None and text[s] not in "([" and s not in asked and not is_headline(text, s, e):
            out.append(Turn(current.label_start, current.label_end, s, e, s))
        else:
            current = None
    return out


def label_matches(label: str, name: str) -> bool:
    """True when a turn label names a person: "ROE", "PRESIDENT ROE", "Jane Roe" for "Jane Roe"."""
    label_words = {w.strip(".,").casefold() for w in label.split()}
    name_words = [w.strip(".,").casefold() for w in name.split()]
    return bool(name_words) and name_words[-1] in label_words


def narrators(text: str) -> set[str]:
    """Names the programme introduces as its own reporters ("our correspondent Jane Doe")."""
    return {m.group("name") for m in _INTRODUCED.finditer(text)}


def is_narrator(label: str, names: set[str]) -> bool:
    """True for a turn of the anchor or a reporter: "ANCHOR", "REPORTER JANE DOE", or a name in ``names``.

    A reporter's turn tells the story in the reporter's words; the quotes inside it, with their
    own attribution, are the statements. Officials interviewed on air keep their turns.
    """
    words = {w.strip(".,").casefold() for w in label.split()}
    if words & _NARRATOR_ROLES:
        return True
    return any(label_matches(label, n) for n in names)
