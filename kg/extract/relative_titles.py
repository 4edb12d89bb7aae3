"""(a person's name, entity index) -> the office a relative clause after it states: "X, who heads Y".

News introduces an official with a clause as often as with a title: "Jane Roe, who heads the
agency, said", "X, who chairs the commission", "Y, who is the ministry's spokeswoman". A verb of
leading in the present tense, with a named body for its object, states an office in that body,
called by the verb's agent noun; "who is" or "who serves as" before a title states that title.
A past verb ("who headed") states a past office, which the graph does not record; after a title
the clause tells what the holder does in that office (see :func:`kg.extract.positions.find_positions`).
The same goes for a passive whose subject is a body's delegation or mission: "The X delegation was
led by Jane Roe" or "the X mission, headed by Mrs. Jane Roe," makes her the head of it, in the
body or state it names.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.extract.owners import entity_at
from kg.extract.titles import TitleMatch, appositive, normalize_title
from kg.lexicon.gazetteer import state_for_demonym
from kg.nlp.persons import honorific

__all__ = ["led_delegation", "relative_office", "second_office"]

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
#: Bodies sent for one task, which one person leads: "the X delegation was led by Y", "the X
#: observer mission, headed by Z,".
_LED_BODIES = frozenset({"delegation", "mission"})


def relative_office(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """The office "X, who heads Y" or "X, who is Y's director" states for the person, if any."""
    doc = person.doc
    i = person.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return None
    v = i + 2
    while v + 1 < len(doc) and doc[v].pos_ == "ADV":
        v += 1  # "who also serves as", "who currently heads"
    verb = doc[v]
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
        start = v + 1
        while start < len(doc) and doc[start].pos_ == "ADV":
            start += 1  # "who is also the chairman"
        start += int(start < len(doc) and doc[start].lower_ == "as")
        end = start
        while end < len(doc) and end - start < 12 and not (doc[end].is_punct and doc[end].text != "-"):
            end += 1
        return appositive(doc, start, end, index) if end > start else None
    return None


def second_office(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """A second office "also" held after a title: "Minister X, who also serves as Y's Chief Negotiator".

    After a title a relative clause tells what the holder does in that office; "also" with a
    copula states another office, held beside the first.
    """
    doc = person.doc
    i = person.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return None
    words = [doc[i + 2].lower_, doc[i + 3].lower_]
    if "also" not in words or not _COPULAS & set(words):  # "who also serves as", "who is also"
        return None
    return relative_office(person, index)


def led_delegation(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """ "The X delegation was led by Jane Roe": head of X's delegation, when no title stands before the name.

    Missions and talks report who led each side with a passive, often the only place the leader's
    office is stated; the office is in the body the subject names ("the European Parliament
    delegation") or the state of its demonym ("the Tarnian delegation"). A title before the name
    ("led by Foreign Minister Y") is the office stated, and this one is not added.
    """
    doc = person.doc
    by = person.start - 1
    while by > 0 and honorific(doc[by]):
        by -= 1  # "headed by Mrs. Jane Roe"
    if by < 2 or doc[by].lower_ != "by" or doc[by].dep_ != "agent":
        return None
    verb = doc[by].head
    if verb.i != by - 1 or verb.lemma_ not in ("lead", "head"):
        return None
    # "The X delegation was led by Y", or a participle after the body: "The X mission, headed by Y,"
    side = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if side is None or side.lower_ not in _LED_BODIES:  # one leader leads one delegation or mission
        return None
    end = side.right_edge.i + 1 if verb.dep_ != "acl" else verb.i
    while end > side.i + 1 and doc[end - 1].is_punct:
        end -= 1  # "The mission of the X, headed by Y": the body's words end before the comma
    words = doc[side.left_edge.i : end]
    body = next((b for t in words if (b := entity_at(t, index)) is not None), None)
    state = next((k for t in words if (k := state_for_demonym(t.text))), None)
    owner = body.key if body is not None else state
    if owner is None:
        return None
    named = [t.text for t in words[int(words[0].lower_ in ("the", "a", "an")) :]]  # "of the X" keeps its "the"
    return TitleMatch(words, normalize_title(["Head", "of", "the", *named], literal=True), owner)
