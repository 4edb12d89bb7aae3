"""(Doc, links, entities, found relations) -> ``kg:partOf`` between the bodies a release stacks in its letterhead.

An official release opens with its letterhead: the issuing body, one line each from the broadest
down ("Ruritanian Police" / "Northern District Directorate", "SENATE" / "Committee on Roads").
Every lower line names a body inside the one on the first line. A ministry is the exception that
English letterheads put either way round: a department's release may name itself first and its
ministry below it ("Department of Fisheries" / "Ministry of Agriculture"), and a ministry is never
part of a department, so a ministry below a body of another kind is the top of the stack.

The stack is the run of lines that opens the text, each wholly one named body: a body linked on
the line, with only its state, a short form in brackets or its name in another script beside it,
or a line that is exactly the name of a body the text names further down (the model often reads
a bare letterhead line as no name at all). A line wholly naming a state ("REPUBLIC OF X") may
open the stack and is passed over. Nothing is nested when the bodies belong to two states or are
both ministries (a joint statement's heading lists its authors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.body_heads import body_head
from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add
from kg.lexicon.names import strip_the
from kg.model import Entity
from kg.nlp.doctext import doc_text

__all__ = ["masthead_parts"]

#: Lines looked at from the top of the text: a letterhead is short.
_MAX_LINES = 5
#: What may stand on a body's line beside the names: separators, "of the" before a state, and
#: words in another script ("POLICE / ΑΣΤΥΝΟΜΙΑ").
_FILLER = re.compile(r"(?:[\s,/|:–—-]|\bof\b|\bthe\b|[^\x00-\x7F]+)*", re.IGNORECASE)
_BRACKETS = re.compile(r"\([^)]*\)")
#: Head of a body that is never part of a body of another kind in a letterhead.
_MINISTRY = "ministry"


@dataclass(frozen=True)
class _Line:
    """One letterhead line's body: its key, its name and the line's offsets."""

    key: str
    name: str
    start: int
    end: int


def masthead_parts(doc: Doc, links: list[Linked], entities: tuple[Entity, ...], found: Found) -> None:
    """Add ``lower body partOf top body`` for each body of the letterhead below the top one."""
    stack = _stack(doc_text(doc), links, entities)
    if len(stack) < 2:
        return
    top = next((b for b in stack[1:] if _head(b) == _MINISTRY and _head(stack[0]) != _MINISTRY), stack[0])
    for body in stack:
        if body.key == top.key or _head(body) == _MINISTRY or _apart(found, body.key, top.key):
            continue
        first, last = min(body.start, top.start), max(body.end, top.end)
        add(found, body.key, "partOf", top.key, doc.char_span(first, last, alignment_mode="expand"))


def _stack(text: str, links: list[Linked], entities: tuple[Entity, ...]) -> list[_Line]:
    """The bodies of the lines that open the text, one per line, until a line that is none."""
    named: dict[str, Entity] = {}
    for e in entities:
        if e.type == "Agency":
            for n in (e.name, *e.aliases):
                named.setdefault(strip_the(n).casefold(), e)
    out: list[_Line] = []
    start = 0
    for _ in range(_MAX_LINES):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            inside = [lk for lk in links if start <= lk.start and lk.end <= end]
            body = _linked_body(text, start, end, inside) if inside else _named_body(text[start:end], named)
            if body is None or (body == "State" and out):
                break
            if isinstance(body, Linked | Entity):
                out.append(_Line(body.key, body.name, start, end))
        start = end + 1
        if start >= len(text):
            break
    return out


def _linked_body(text: str, start: int, end: int, inside: list[Linked]) -> Linked | str | None:
    """The body a line wholly names, "State" for a line wholly naming a state, else None."""
    rest = text[start:end]
    for lk in sorted(inside, key=lambda lk: -lk.start):
        rest = rest[: lk.start - start] + " " * (lk.end - lk.start) + rest[lk.end - start :]
    if not _FILLER.fullmatch(_BRACKETS.sub(" ", rest)):
        return None
    if all(lk.type == "State" for lk in inside):
        return "State"
    body = min(inside, key=lambda lk: lk.start if lk.type != "State" else end)
    return body if body.type == "Agency" and body.kind == "name" else None


def _named_body(line: str, named: dict[str, Entity]) -> Entity | None:
    """The body whose name is the whole line, short form in brackets aside."""
    return named.get(strip_the(_BRACKETS.sub(" ", line).strip()).casefold())


def _head(body: _Line) -> str:
    return body_head(strip_the(body.name).lower().split())


def _apart(found: Found, a: str, b: str) -> bool:
    """The two bodies are parts of two different states: two authors, not one body in another."""
    states = [{o for (s, p, o) in found if s == key and p == "partOf" and o.startswith("state/")} for key in (a, b)]
    return bool(states[0] and states[1] and not states[0] & states[1])
