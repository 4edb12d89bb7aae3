"""(spaCy span of a state's mention) -> whether it names a state only through its envoy.

"The ministry summoned Y's ambassador", "the envoy of Y", "my counterpart in Y": a foreign
ministry summons a foreign envoy, and a minister who agreed a timetable with her counterpart in Y
speaks of the other government. Such a state is the other side: neither the home of the bodies
the sentence names nor the state of the officials it names bare.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

__all__ = ["envoy_state"]

#: Nouns of a state's representatives abroad, and of the other side's officials: "summoned Y's
#: ambassador", "the envoy of Y", "my counterpart in Y".
_ENVOYS = frozenset(
    {"ambassador", "envoy", "chargé", "charge", "consul", "diplomat", "embassy", "emissary", "counterpart"}
)


def envoy_state(state: SpacySpan) -> bool:
    """ "Y's ambassador", "the ambassador of Y", "my counterpart in Y": ``state`` (the mention of Y)
    is named as the state whose envoy or minister the text's own side deals with."""
    doc = state.doc
    if state.end < len(doc) and doc[state.end].lower_ in {"'s", "’s"}:
        after = doc[state.end + 1 : state.end + 4]
        noun = next((t for t in after if t.pos_ in {"NOUN", "PROPN"}), None)
        return noun is not None and noun.lemma_.lower() in _ENVOYS
    head = state.root.head
    return state.root.dep_ == "pobj" and head.lower_ in {"of", "in", "from"} and head.head.lemma_.lower() in _ENVOYS
