"""(text, entities) -> the people who sign a text together at its foot.

An open letter or a joint appeal written as "we" ends with its authors' signature blocks, each a
name on a line of its own over the line of that person's office:

    Jane Roe
    Mayor of Northtown

    Jo Doe
    Lord Mayor of Southtown

Every signer speaks the letter's words (:mod:`kg.extract.voiced` makes them the text's voice). A
name line holds the name alone, after a form of address; an office line holds an office noun
(:data:`kg.nlp.roles.PERSON_NOUNS`) and is no sentence; a name the entity model missed
there is a new person (:func:`kg.extract.voiced.with_voice` adds it). Lines without a letter after the blocks
("- END -", "###") are passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.cues import leading_name
from kg.lexicon.names import entity_key
from kg.model import Entity, Span
from kg.nlp.persons import HONORIFICS
from kg.nlp.roles import PERSON_NOUNS

__all__ = ["Signers", "foot_signers"]

#: A release's end mark after the signatures: "- END -", "ENDS", "###", "-30-".
_END_MARK = re.compile(r"[\W_]*(?:ends?|\d+)?[\W_]*", re.I)
#: The longest office line read as a signature's (a sentence is longer).
_OFFICE_WORDS = 12


@dataclass(frozen=True)
class Signers:
    """The people who sign at a text's foot, in the order they sign, and where the blocks begin."""

    people: tuple[Entity, ...]
    start: int


def foot_signers(text: str, entities: tuple[Entity, ...]) -> Signers | None:
    """The signature blocks closing ``text``: None unless the last lines are name-over-office blocks."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    while lines and _END_MARK.fullmatch(lines[-1][1]):
        lines.pop()
    signers: list[Entity] = []
    start = len(text)
    while len(lines) >= 2 and _office_line(lines[-1][1]):
        at, line = lines[-2]
        person = _name_line(text, at, line, entities)
        if person is None or person in signers:
            break
        signers.insert(0, person)
        start = at
        del lines[-2:]
    return Signers(tuple(signers), start) if signers else None


def _office_line(line: str) -> bool:
    """True for "Mayor of Northtown", "Lord Mayor of Southtown (East)": an office, no sentence."""
    words = re.findall(r"[\w'’-]+", line)
    if not words or len(words) > _OFFICE_WORDS or line.endswith((".", ":", "?", "!")):
        return False
    return any(w.lower() in PERSON_NOUNS for w in words) and leading_name(line) is None


def _name_line(text: str, at: int, line: str, entities: tuple[Entity, ...]) -> Entity | None:
    """The person whose name is all of the line at ``at``, after forms of address.

    A name the entity model missed there (a signature is no sentence) becomes a new person; one it
    read as something else is left.
    """
    words = line.rstrip(",").split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    name = " ".join(words)
    if not name:
        return None
    offset = text.find(line, at) + line.find(name)
    for e in entities:
        if any(m.start == offset and m.text == name for m in e.mentions):
            return e if e.type == "Person" else None
    if leading_name(name) != name or any(e.name.casefold() == name.casefold() for e in entities):
        return None
    mention = Span(offset, offset + len(name), name)
    return Entity(entity_key("Person", name), "Person", name, (mention,))
