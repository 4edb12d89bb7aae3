"""(spaCy span of an office's holder, entity index) -> the state the sentence before has act.

"Tarnia urged the two governments to talk. Foreign Minister X said ...": a bare office right after
a sentence whose subject is a state speaks for that state, a surer reading than the state the
story is filed from (a story from one capital reports the other side's ministers too).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.nlp.doctext import doc_text

__all__ = ["previous_subject_state"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def previous_subject_state(person: SpacySpan, index: EntityIndex, taken: set[str]) -> str | None:
    """The state that is the main clause's subject of the sentence before, in the same paragraph."""
    doc = person.doc
    sent = person.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    paragraph = doc_text(doc).rfind("\n", 0, person.start_char)  # where the person's paragraph opens
    for tok in before.root.children:
        if tok.dep_ not in _SUBJECTS or tok.idx < paragraph:
            continue  # another paragraph is another story, in a bulletin
        entity = index.at(tok.idx, tok.idx + len(tok))
        if entity is not None and entity.type == "State" and entity.key not in taken:
            return entity.key
    return None
