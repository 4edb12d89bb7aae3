"""(spaCy Doc, people) -> the state each transcript speaker's turn label puts in brackets.

A press conference of several heads of state labels each leader's first turn with the state
they speak for ("PRESIDENT JO ROE (Norland): ..."), and later turns and the reporters' questions
name them bare ("President Roe, ..."). The bracketed state is the text's own word on whose
office that is: surer than whichever state the sentence around a later mention names. Inside
such a turn, "my minister" and "our ambassador" are officials of the same state.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.extract.transcript import Turn, find_turns, label_matches
from kg.lexicon.gazetteer import state_key
from kg.model import Entity
from kg.nlp.doctext import doc_text

__all__ = ["LabelStates", "label_states"]

#: Possessives that make an office the speaker's own government's: "my Minister for X".
_OWN = frozenset({"my", "our"})


class LabelStates:
    """The bracketed states of a transcript's turn labels: by speaker, and by the turn a line is in."""

    def __init__(self, text: str, turns: Sequence[Turn], people: Sequence[Entity]) -> None:
        by_label: dict[tuple[int, int], str] = {}
        for turn in turns:
            if turn.asides and (state := _aside_state(text, turn)) is not None:
                by_label[(turn.label_start, turn.label_end)] = state
        #: the turns (body start, body end) whose label names a state, with that state
        self.turns = sorted(
            (t.start, t.end, by_label[(t.label_start, t.label_end)])
            for t in turns
            if (t.label_start, t.label_end) in by_label
        )
        states: dict[str, set[str]] = defaultdict(set)
        labels = {text[s:e]: state for (s, e), state in by_label.items()}
        for person in people:
            if person.type != "Person":
                continue
            for label, state in labels.items():
                if label_matches(label, person.name):
                    states[person.key].add(state)
        #: person key -> the one state the labels naming the person put in brackets
        self.speakers = {key: next(iter(found)) for key, found in states.items() if len(found) == 1}

    def own_office(self, title_span: SpacySpan, index: EntityIndex) -> str | None:
        """The speaker's state for "my Minister for X" said in a turn labelled with a state, else None.

        A title that names a state itself ("my Tarnian counterpart") keeps it.
        """
        start = title_span.start
        doc = title_span.doc
        if start == 0 or (doc[start - 1].lower_ not in _OWN and title_span[0].lower_ not in _OWN):
            return None
        if any(e.type == "State" for _, e in index.within(title_span.start_char, title_span.end_char)):
            return None
        at = title_span.start_char
        return next((state for s, e, state in self.turns if s <= at < e), None)


def _aside_state(text: str, turn: Turn) -> str | None:
    """The state an aside between a label and its colon names: "(Norland)", "(Norlandic)"."""
    rest = text[turn.label_end : turn.start]
    opened = rest.find("(")
    closed = rest.find(")", opened + 1)
    if opened < 0 or closed < 0:
        return None
    return state_key(rest[opened + 1 : closed].strip())


def label_states(doc: Doc, people: Sequence[Entity]) -> LabelStates:
    """The document's :class:`LabelStates`."""
    text = doc_text(doc)
    return LabelStates(text, find_turns(text), people)
