"""(spaCy sentence) -> the state a sentence opening "On the Y side, ..." turns to.

A story told from one side of a border turns to the other with a sentence such as "On the
Varnian side, traders say the market is empty": what that sentence names (its towns, its people,
a state) belongs to the other side, and says nothing of whose bodies the rest of the text speaks
of; a body named in it ("On the Varnian side, the police said ...") is that side's. Elsewhere in a
sentence "the Y side" may be the text's own ("counters on the Norlandic side were staffed, but the
queue was on the Varnian side"), so only the opening counts for what the sentence names; a body
that itself acts there ("the Harbour Inspectorate opened two lanes on the Varnian side", "officers
of the Revenue Service on the Varnian side checked ...") is that side's (``acting_side``), since a
body's officers serve on their own state's side of a frontier.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.lexicon.gazetteer import state_code, state_for_demonym

__all__ = ["acting_side", "side_opening"]

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


def acting_side(span: SpacySpan) -> str | None:
    """The state key of "on the Y side" where the body ``span`` names acts: on the body itself, on
    the verb it is the subject of or that verb's object, or on the people of the body ("officers of
    X on the Y side"); or of "the Y side" the body is set beside ("the Y side, the X Service, closes
    ..."); else None."""
    root = span.root
    holders = [root]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
        holders.append(root.head.head)  # "officers of the Revenue Service"
    for tok in holders:
        if tok.dep_ == "appos" and tok.head.lower_ == "side":  # "the Varnian side, the Harbour Inspectorate,"
            state = _side_noun(tok.head)
            if state is not None:
                return state
    points = list(holders)
    for tok in holders:
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            verb = tok.head
            points += [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for point in points:
        for prep in point.children:
            state = _side_of(prep) if prep.dep_ == "prep" and prep.lower_ == "on" else None
            if state is not None:
                return state
    return None


def _side_of(prep: Token) -> str | None:
    """The state of "on the Y side" headed by the preposition ``prep``."""
    side = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "side"), None)
    return _side_noun(side) if side is not None else None


def _side_noun(side: Token) -> str | None:
    """The state of the noun "side" its demonym or state's name qualifies ("the Varnian side")."""
    words = [c for c in side.lefts if c.dep_ != "det"]
    if not words or len(words) > 3:
        return None
    return _state_of(side.doc[words[0].i : side.i].text)


def _state_of(words: str) -> str | None:
    code = state_code(words)
    return f"state/{code}" if code else state_for_demonym(words)
