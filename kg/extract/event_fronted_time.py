"""(verb of a joined clause) -> the tokens of a time phrase set before the clause it is joined to.

A time written at the head of a sentence covers every clause joined after it: "On Monday, 3,275
people entered X, and 2,615 left for Y", "Last week 3,275 entered X, while 2,615 left": both
figures are Monday's, or last week's. The parser hangs the time on the first verb only, so a figure
of the joined clause ("and ... left", "while ... left") that gives no time of its own takes the
one fronted before the first verb's subject. A time after the first verb ("3,275 entered on Monday,
and 2,615 left") is that clause's own and is not carried. A time phrase opening a sentence that the
parser took for the sentence's root, the clause after it for a relative clause, is that clause's.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["fronted_time_tokens"]

#: Words that join a contrasting clause of the same time: "..., while 2,615 left".
_CONTRAST_MARKS = frozenset(("while", "whereas"))
#: Dependents that carry a time phrase: "On Monday", "Last week", "Since 1 May", "Yesterday".
_TIME_DEPS = frozenset(("prep", "npadvmod", "advmod", "advcl"))


def _joined_to(verb: Token) -> Token | None:
    """The verb of the first clause ``verb``'s clause is joined to, or None."""
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        first = verb.head
        while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
            first = first.head
        return first
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children):
        return verb.head
    return None


def _opening_phrase(verb: Token) -> set[int]:
    """A time phrase opening a sentence ("Since the ninth of May, guards logged ...") may be taken by
    the parser for the sentence's root, and the clause after it for a relative clause of the time's
    noun. The phrase before the clause's first word is then the clause's fronted time."""
    root = verb.sent.root
    if (
        verb.dep_ != "relcl"
        or root.pos_ not in ("ADP", "SCONJ")
        or root.i != verb.sent.start
        or not root.is_ancestor(verb)
    ):
        return set()
    return set(range(root.i, verb.left_edge.i))


def fronted_time_tokens(verb: Token) -> set[int]:
    """Tokens of the phrases fronted before the subject of the clause ``verb`` is joined to (or of the
    time phrase the parser made the root before it); empty if none."""
    first = _joined_to(verb)
    if first is None:
        return _opening_phrase(verb)
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None:
        return set()
    return {
        t.i
        for c in first.children
        if c.dep_ in _TIME_DEPS and c.i < subject.left_edge.i and c.i != verb.i
        for t in c.subtree
    }
