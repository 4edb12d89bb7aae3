"""(a person's name, entity index) -> the office a relative clause after it states: "X, who heads Y".

News introduces an official with a clause as often as with a title: "Jane Roe, who heads the
agency, said", "X, who chairs the commission", "Y, who is the ministry's spokeswoman". A verb of
leading in the present tense, with a named body for its object, states an office in that body,
called by the verb's agent noun; "who is" or "who serves as" before a title states that title.
A past verb ("who headed") states a past office, which the graph does not record; after a title
the clause tells what the holder does in that office (see :func:`kg.extract.positions.find_positions`).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.extract.owners import entity_at
from kg.extract.titles import TitleMatch, appositive

__all__ = ["relative_office"]

#: Verbs of leading a body -> the office their subject holds (the verb's agent noun).
_LEADS = {
    "head": "Head",
    "lead": "Leader",
    "chair": "Chair",
    "direct": "Director",
    "command": "Commander",
    "run": "Head",
    "manage": "Manager",
    "coordinate": "Coordinator",
    "govern": "Governor",
}
#: Present-tense tags: "heads", "lead" (a past "headed" is no office held now).
_PRESENT = frozenset({"VBZ", "VBP"})
#: Copulas before a title: "who is the agency's spokesman", "who serves as its director".
_COPULAS = frozenset({"is", "serves", "remains"})


def relative_office(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """The office "X, who heads Y" or "X, who is Y's director" states for the person, if any."""
    doc = person.doc
    i = person.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return None
    verb = doc[i + 2]
    if verb.lemma_ in _LEADS and verb.tag_ in _PRESENT:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)  # the body's head noun: "Council"
        if obj is None or any(t.lower_ in {"a", "an"} for t in obj.lefts):
            return None  # "who runs a small clinic": no body named
        # the body's name, else the name its own name opens with ("the Tarnian Union Commission")
        body = next((b for t in [obj, *reversed(list(obj.lefts))] if (b := entity_at(t, index))), None)
        if body is None:
            return None
        span = doc[i + 1 : obj.i + 1]
        return TitleMatch(span, _LEADS[verb.lemma_], body.key, _LEADS[verb.lemma_])
    if verb.lower_ in _COPULAS:
        start = i + 3 + int(doc[i + 3].lower_ == "as")
        end = start
        while end < len(doc) and end - start < 12 and not (doc[end].is_punct and doc[end].text != "-"):
            end += 1
        return appositive(doc, start, end, index) if end > start else None
    return None
