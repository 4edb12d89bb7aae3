"""Doc + gazetteer spans -> a Demonym span for each combining form joined to another state.

"The Indo-Nepal border", "Sino-Indian talks": the first word names a state (India, China) only in
that shape, a combining form, a hyphen and a state's name or demonym; alone ("the Indo-Pacific")
it names no state. The span carries the form, which :func:`kg.lexicon.gazetteer.state_for_demonym`
reads as the state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.demonyms import COMBINING_FORMS
from kg.nlp.doctext import with_orth

__all__ = ["combining_forms"]

_STATE_LABELS = frozenset({"State", "Demonym"})
_FORMS = frozenset(COMBINING_FORMS)


def combining_forms(doc: Doc, spans: list[Span]) -> list[Span]:
    """Demonym spans for the combining forms right before a hyphen and a state's span in ``spans``."""
    starts = {s.start for s in spans if s.label_ in _STATE_LABELS}
    return [
        Span(doc, tok.i, tok.i + 1, label="Demonym")
        for tok in with_orth(doc, _FORMS)
        if tok.i < len(doc) - 2
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and not doc[tok.i + 1].whitespace_
        and tok.i + 2 in starts
    ]
