"""(spaCy span of a person) -> whether the sentence makes the person a guest of the text's host.

"we welcome Prime Minister X to Y", "the President hosted Chancellor X", "talks with the
visiting Prime Minister X": the person came from elsewhere, so a head of state or government named
bare is not in the state the story is filed from (its dateline's), which is the host's.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

__all__ = ["guest"]

#: Verbs whose object is a guest: a host welcomes, hosts or greets a visitor.
_HOSTING = frozenset({"welcome", "host", "greet"})
#: Words that say the person is visiting, up to this many tokens before the name ("the visiting Prime Minister X").
_VISITING = frozenset({"visiting"})
_LOOKBACK = 4


def guest(person: SpacySpan) -> bool:
    """True when the person is the object of a host's verb or is called "visiting" in front of the title."""
    root = person.root
    if root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in _HOSTING:
        return True
    doc = person.doc
    return any(t.lower_ in _VISITING for t in doc[max(person.start - _LOOKBACK, person.sent.start) : person.start])
