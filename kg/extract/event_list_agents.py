"""(sentence of a list item, the sentences before it) -> who acts in "X decided: - to close ...".

Communiqués give a body's decisions as a list after a colon: "The Council, meeting on Sunday,
decided: - to deploy a battalion ...; - to close the crossing points ...". Each item is an
infinitive with no subject of its own, split off as a sentence: its doer is the subject of the
verb that opens the list. Items are found by their marker (a dash, a bullet, "1." or "a)") or by
following another item; the lead is the nearest sentence before them that ends with a colon.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

__all__ = ["list_lead_subject"]

#: How many list items back the lead may stand.
_REACH = 12
#: A list item's marker at the start of a sentence: "-", "–", "•", "*", "1.", "2)", "a)", "(b)".
_MARKER = re.compile(r"^\s*(?:[-–—•*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s*", re.IGNORECASE)
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))


def _infinitive_item(sent: Span) -> bool:
    """True for a list item that is an infinitive with no subject: "- to close the crossings;"."""
    root = sent.root
    kids = list(root.children)
    return (
        bool(_MARKER.match(sent.text))
        and root.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
        and not any(c.dep_ in _SUBJECTS for c in kids)
    )


def _listed(sent: Span) -> bool:
    """True for a sentence that is a list item or only its number ("4." split off by the parser)."""
    return bool(_MARKER.match(sent.text)) or not any(t.is_alpha for t in sent)


def _lead_subject(verb: Token) -> Token | None:
    """The subject of the verb that opens a list; the first subject before it in its clause when the
    parser hangs it on an aside ("the Council, meeting on Sunday, decided:" with "Council" under
    "meeting")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    own = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if own is not None:
        return own
    return next((t for t in verb.subtree if t.dep_ in _SUBJECTS and t.i < verb.i), None)


def list_lead_subject(sents: list[Span], si: int) -> Token | None:
    """The subject of the verb that opens the list sentence ``si`` is an infinitive item of, or None."""
    if not _infinitive_item(sents[si]):
        return None
    for j in range(si - 1, max(-1, si - 1 - _REACH), -1):
        sent = sents[j]
        if sent.text.rstrip().endswith(":"):
            colon = next(t for t in reversed(sent) if not t.is_space)
            return _lead_subject(colon.head if colon.head.pos_ in ("VERB", "AUX") else sent.root)
        if not _listed(sent):
            return None
    return None
