"""(spaCy Doc, entity index) -> the offices a hearing's roll and its turn labels give its members.

The record of a parliamentary hearing names its members once, in a roll ("Present: Hon. Jo
Roe, MP (Chairperson); Hon. Ana Lind, MP."), or in the label of each turn ("JO ROE (Chair): ...").
The words after the name are offices, not asides: ", MP" makes a member of parliament, and a
bracketed chairing word ("(Chair)", "(Chairperson)", "(Vice-Chair)") the chair. The body they
sit in is the parliament or committee the text names (a committee for a chair, the legislature
for a member). A chair of no body the text names is left out ("Chair" of a state says nothing),
while a member's state is read from the context as for any other title.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.index import EntityIndex
from kg.extract.office_context import local_state
from kg.extract.titles import TitleMatch
from kg.extract.transcript import find_turns
from kg.model import Entity
from kg.nlp.doctext import doc_text

__all__ = ["roll_offices"]

#: A roll of those present: "Present:", "Members present:", "In attendance:".
_ROLL = re.compile(
    r"^[ \t]*(?:(?:Members|MEMBERS)[ \t]+)?(?:Present|PRESENT|In attendance)[ \t]*:(?P<rest>[^\n]+)", re.M
)
#: A member's office after the name: ", MP", ", M.P.".
_MEMBER = re.compile(r",[ \t]*M\.?P\.?(?=[ \t]*(?:\(|;|,|\.?$))")
#: A member named by the seat, before the bracketed name or in brackets after it: "Member for Northtown".
_SEAT = re.compile(r"\b(?P<office>Member[ \t]+for[ \t]+(?P<seat>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}))")
#: A chairing office in brackets after the name: "(Chair)", "(Chairperson)", "(Vice-Chair)".
_CHAIRING = re.compile(r"\([ \t]*(?P<office>(?:(?:Vice|Deputy)[- ])?Chair(?:person|man|woman)?)[ \t]*\)", re.I)
#: Head words of a legislature's name and of its committees.
_LEGISLATURES = frozenset({"parliament", "assembly", "congress", "senate", "house", "chamber", "council", "khural"})
_COMMITTEES = frozenset({"committee", "subcommittee", "commission"})


def roll_offices(doc: Doc, index: EntityIndex, entities: tuple[Entity, ...]) -> list[tuple[str, TitleMatch]]:
    """(holder key, office) for each member a roll or a turn label gives an office."""
    text = doc_text(doc)
    legislature = _body(entities, _LEGISLATURES)
    committee = _body(entities, _COMMITTEES) or legislature
    out: list[tuple[str, TitleMatch]] = []
    for m in _ROLL.finditer(text):
        start = m.start("rest")
        for entry in m.group("rest").split(";"):
            out += _offices(doc, index, start, entry, legislature, committee)
            start += len(entry) + 1
    for turn in find_turns(text):
        if turn.start > turn.line_start and turn.asides:
            colon = text.find(":", turn.label_end, turn.start)
            out += _offices(doc, index, turn.label_start, text[turn.label_start : colon], None, committee)
    return out


def _offices(
    doc: Doc, index: EntityIndex, start: int, entry: str, legislature: str | None, committee: str | None
) -> list[tuple[str, TitleMatch]]:
    """The offices one roll entry or label gives the person it names first."""
    people = [(s, e) for s, e in index.within(start, start + len(entry)) if e.type == "Person"]
    if not people:
        return []
    name, person = people[0]
    rest = entry[name.end - start :]
    chair = _CHAIRING.search(rest)
    if chair is not None:
        # the chair of a body the text names; a chair's membership goes without saying
        span = doc.char_span(name.start, name.end + chair.end(), alignment_mode="contract")
        if span is None or committee is None:
            return []
        return [(person.key, TitleMatch(span, chair.group("office").title(), committee))]
    member = _MEMBER.match(rest)
    span = doc.char_span(name.start, name.end + member.end(), alignment_mode="contract") if member else None
    if span is not None:
        return [(person.key, TitleMatch(span, "Member of Parliament", legislature))]
    return _seat_office(doc, index, start, entry, person.key, legislature)


def _seat_office(
    doc: Doc, index: EntityIndex, start: int, entry: str, holder: str, legislature: str | None
) -> list[tuple[str, TitleMatch]]:
    """A member named by the seat in a label: "Mr Jo Roe (Member for Northtown):", "The Member for
    Northtown (Mrs Jo Roe):". The member sits in the legislature the text names, else in the
    seat's own state, else in the one the context gives."""
    seat = _SEAT.search(entry)
    if seat is None:
        return []
    span = doc.char_span(start + seat.start("office"), start + seat.end("office"), alignment_mode="contract")
    if span is None:
        return []
    place = index.at(start + seat.start("seat"), start + seat.end("seat"))
    owner = legislature or (local_state(place, index) if place is not None else None)
    return [(holder, TitleMatch(span, f"Member for {seat.group('seat')}", owner))]


def _body(entities: tuple[Entity, ...], heads: frozenset[str]) -> str | None:
    """The first agency the text names whose name has one of the head words."""
    found = [
        (min(m.start for m in e.mentions), e.key)
        for e in entities
        if e.type == "Agency" and e.mentions and heads & {w.casefold() for w in e.name.split()}
    ]
    return min(found)[1] if found else None
