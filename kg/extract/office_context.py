"""Words around an office and its holder that say whose office it is.

"her Norlandic counterpart, Foreign Minister X": the counterpart holds the office in the other
state. "A, the Minister of Y, B, and ...": in a list of officials each office stands before its
holder, so read after the previous name it belongs to the next one.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.lexicon.gazetteer import state_for_demonym, state_key

__all__ = ["counterpart_state", "next_named"]


def counterpart_state(doc: Doc, start: int) -> str | None:
    """ "his Norlandic counterpart, Foreign Minister X": the office is in the state the demonym names.

    A counterpart holds the same office in the other state, which the text names by its demonym or
    its possessive, not the state of the sentence's first official.
    """
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or doc[i].lower_ not in {"counterpart", "counterparts"}:
        return None
    for tok in doc[max(0, i - 3) : i]:
        key = state_for_demonym(tok.text) or state_key(tok.text)
        if key:
            return key
    return None


def next_named(doc: Doc, fwd: SpacySpan, index: EntityIndex) -> bool:
    """The office after a name introduces the next name: "X, the Minister of Y, Z, and ..." is Z's.

    In a list of officials each office stands before its holder; read after the previous name,
    it would go to the wrong person.
    """
    if fwd.end + 1 >= len(doc) or doc[fwd.end].text != ",":
        return False
    nxt = doc[fwd.end + 1]
    found = index.at(nxt.idx, nxt.idx + len(nxt))
    return found is not None and found.type == "Person"
