"""(spaCy sentence) -> the state a sentence opening "On the Y side, ..." turns to.

A story told from one side of a border turns to the other with a sentence such as "On the
Varnian side, traders say the market is empty": what that sentence names (its towns, its people,
a state) belongs to the other side, and says nothing of whose bodies the rest of the text speaks
of; a body named in it ("On the Varnian side, the police said ...") is that side's. Elsewhere in a
sentence "the Y side" may be the text's own ("counters on the Norlandic side were staffed, but the
queue was on the Varnian side"), so only the opening counts.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.lexicon.gazetteer import state_code, state_for_demonym

__all__ = ["side_opening"]

#: How far into its sentence "On the Y side" may open, past a transcript's label ("VO: On the ...").
_OPENING_REACH = 4


def side_opening(sent: SpacySpan) -> str | None:
    """The state key of "On the Y side" ("..., of the border,") opening ``sent``, else None.

    Y is a demonym or a state's name of up to three words ("On the South Sudanese side").
    """
    doc = sent.doc
    for k in range(sent.start, min(sent.end - 3, sent.start + _OPENING_REACH)):
        if doc[k].lower_ != "on" or doc[k + 1].lower_ != "the":
            continue
        if k > sent.start and doc[k - 1].text != ":":
            return None  # "On" must open the sentence or follow a speaker's label
        for width in (3, 2, 1):
            end = k + 2 + width
            if end < sent.end and doc[end].lower_ == "side":
                state = _state_of(doc[k + 2 : end].text)
                if state is not None:
                    return state
        return None
    return None


def _state_of(words: str) -> str | None:
    code = state_code(words)
    return f"state/{code}" if code else state_for_demonym(words)
