"""A named bridge whose sentence gives one of its ends to a state: a crossing point between states.

Local news about a border bridge often says nothing of crossing or of the border in the sentence
that names it, yet places its ends: "the X Bridge ... while engineers repair the railings at its
Slovak end", "the X Bridge links A with the Bolivian town of B". A bridge one of
whose ends, sides or banks is a state's, or that links a place to a town the sentence gives to a
state, stands on a border: a town's own bridge is not described by the state its end lies in.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon.gazetteer import state_for_demonym, state_key

__all__ = ["ends_in_states"]

#: Nouns of a bridge's end or of the land beside it, which a state's demonym may qualify.
_END_NOUNS = frozenset({"end", "ends", "side", "sides", "bank", "banks", "shore", "approach"})
#: Verbs of a way joining two places, as written ("the X Bridge links A with B"): the small model
#: often reads "links" after a name as a noun, so the word itself is the cue.
_LINK_VERBS = frozenset({f"{stem}{end}" for stem in ("link", "join", "connect") for end in ("", "s", "ed", "ing")})
#: Nouns of a place a demonym gives to a state in "the Ruritanian town of B".
_PLACE_NOUNS = frozenset({"town", "city", "village", "port", "bank", "side", "shore"})


def ends_in_states(span: Span) -> bool:
    """The sentence of the named bridge ``span`` ("the X Bridge") gives one of its ends to a state
    ("its Slovak end"), or the bridge links a place with one the sentence gives to a state ("with
    the Bolivian town of B"), after the bridge's name."""
    if not span.doc.has_annotation("SENT_START") or not span[-1].is_title:
        return False  # "the Kelo bridge": a town's bridge, which the rules of crossings named by towns read
    sent = span.sent
    if any(_qualified_by_state(tok) for tok in sent if tok.lower_ in _END_NOUNS):
        return True
    after = span.doc[span.end : sent.end]
    link = next((tok.i for tok in after if tok.lower_ in _LINK_VERBS), None)
    if link is None:
        return False
    return any(_qualified_by_state(tok) for tok in span.doc[link : sent.end] if tok.lower_ in _PLACE_NOUNS)


def _qualified_by_state(tok: Token) -> bool:
    """ "its Slovak end", "the Bolivian town": a noun qualified by a state's demonym or name."""
    return any(c.dep_ in {"amod", "compound"} and _of_a_state(c) for c in tok.children)


def _of_a_state(tok: Token) -> bool:
    return tok.is_title and bool(state_for_demonym(tok.text) or state_key(tok.text))
