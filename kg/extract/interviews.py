"""Article text + people + positions -> the answers of a "Q:" / "A:" interview, as the interviewee's statements.

Print interviews introduce their guest once, in the lead ("The Minister of Trade, Dr. Jo Roe,
spoke to our correspondent Ana Lind"), and then set the exchange out as "Q: …" and "A: …"
paragraphs. The "A:" labels name nobody; the answers are the guest's words. The guest is the
person the lead names who is not the programme's own interviewer, an office holder before anyone
else. A paragraph without a label after an answer goes on with it, up to the next label; the
lines after the last answer are the writer's closing narration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.chairing import COURTESY
from kg.extract.quotes import is_headline, paragraphs
from kg.extract.transcript import label_matches, narrators
from kg.model import Entity, Position, Span, Statement

__all__ = ["interview_answers"]

_ANSWER = re.compile(r"(?:A|ANSWER|Answer)[ \t]*:[ \t]*(?=\S)")
# "Q:", "QUESTION:", "Q (Jane Roe, Daily Post):": the interviewer's line
_QUESTION = re.compile(r"(?:Q|QUESTION|Question)\b[^:\n]{0,90}:[ \t]*(?=\S)")
#: Answers an interview needs before its "A:" lines are read as one guest's words.
_MIN_ANSWERS = 2


def interview_answers(text: str, people: Sequence[Entity], positions: Sequence[Position]) -> list[Statement]:
    """Each answer paragraph of a Q/A interview as a statement of the guest the lead presents."""
    lines = paragraphs(text)
    kinds = [_kind(text, s, e) for s, e in lines]
    if kinds.count("A") < _MIN_ANSWERS or "Q" not in kinds:
        return []
    first = lines[min(k for k, kind in enumerate(kinds) if kind)][0]
    guest = _guest(text, first, people, positions)
    if guest is None:
        return []
    last_label = max(k for k, kind in enumerate(kinds) if kind)
    out: list[Statement] = []
    answering = False
    for k, ((s, e), kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind == "A":
            answering = True
            s = _ANSWER.match(text, s, e).end()  # type: ignore[union-attr]  # _kind matched it
        elif kind == "Q" or k > last_label:
            answering = False
            continue
        elif text[s] in "([" or is_headline(text, s, e):
            continue  # a stage direction or a subheading inside the exchange
        if answering and not COURTESY.fullmatch(text[s:e].strip()):  # "A: Thank you.": no answer
            out.append(Statement(guest.key, text[s:e], Span(s, e, text[s:e]), (Span(s, e, text[s:e]),)))
    return out


def _kind(text: str, start: int, end: int) -> str:
    """ "A" for an answer line, "Q" for a question line, "" for any other paragraph."""
    if _ANSWER.match(text, start, end):
        return "A"
    return "Q" if _QUESTION.match(text, start, end) else ""


def _guest(text: str, before: int, people: Sequence[Entity], positions: Sequence[Position]) -> Entity | None:
    """The person the lead (the text before the first label) presents: not an interviewer or
    reporter it names, and of several, one who holds an office the text gives, first mentioned first."""
    reporters = narrators(text)
    holders = {p.holder for p in positions}
    named: list[tuple[bool, int, str, Entity]] = []
    for e in people:
        starts = [m.start for m in e.mentions if m.start < before]
        if not starts or any(label_matches(r, n) for r in reporters for n in (e.name, *e.aliases)):
            continue
        named.append((e.key not in holders, min(starts), e.key, e))
    return min(named, key=lambda t: t[:3])[3] if named else None
