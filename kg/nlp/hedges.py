"""Doc -> the same Doc, with a figure hedged by a phrase ("something like", "north of") hung where a
plain figure would hang.

Speakers round their figures with phrases that look like ordinary grammar: "we see something like
9,000 vehicles a day", "the post clears in the region of 4,000 travellers", "north of 2,000 people a
day", "the best part of a thousand". The parser reads the phrase's words as the object or an
adverb of the verb and hangs the counted noun under its preposition ("like", "of"), so the figure
is no object of the verb and every reader that looks for "VERB N people" misses it. "About",
"more than" and "upwards of" never had that trouble: the parser makes them modifiers of the
number. This component gives the hedging phrases the same shape after parsing: the counted noun
(or the number, when nothing follows it) takes the phrase's place under its head, and the
phrase's words become modifiers of the number. The quantity reader
(:mod:`kg.extract.quantities`) reads what each phrase means (about, at most, at least).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["HEDGES", "rehang_hedged_figures"]

#: English phrases that round a figure and stand right before it, in lower case, as words.
HEDGES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "something like",
        "somewhere around",
        "somewhere near",
        "in the region of",
        "in the order of",
        "on the order of",
        "of the order of",
        "in the neighbourhood of",
        "in the neighborhood of",
        "the best part of",
        "the better part of",
        "just shy of",
        "shy of",
        "getting on for",
        "north of",
        "south of",
        "in excess of",
        "upwards of",
        "upward of",
    )
)
_FIRST_WORDS = frozenset(h[0] for h in HEDGES)
#: Dependencies a figure may keep from the phrase it replaces: it stands as that phrase did.
_NOMINAL = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "dative", "oprd", "ROOT"))
#: How a number hangs on the noun it counts (or on a bigger number: "nine thousand").
_ON_NOUN = frozenset(("nummod", "compound", "quantmod", "nmod", "amod"))
_VERBAL = frozenset(("VERB", "AUX"))


@Language.component("kg_hedged_figures", assigns=["token.head", "token.dep"])
def rehang_hedged_figures(doc: Doc) -> Doc:
    """Hang each hedged figure as the parser hangs one after "about" (see the module notes)."""
    if not doc.has_annotation("DEP"):
        return doc
    for tok in doc:
        if tok.lower_ in _FIRST_WORDS:
            _rehang(doc, tok)
    return doc


def _rehang(doc: Doc, first: Token) -> None:
    """Rehang the figure after a hedging phrase that opens at ``first``, when the parser hung it on the phrase."""
    words = next((h for h in HEDGES if _spells(doc, first.i, h)), None)
    if words is None:
        return
    after = first.i + len(words)
    number = after + 1 if after + 1 < len(doc) and doc[after].lower_ in ("a", "an") else after
    if number >= len(doc) or not doc[number].like_num or doc[number].is_sent_start:
        return
    hedge = range(first.i, after)
    figure = doc[number]
    while figure.dep_ in _ON_NOUN and figure.head.i > figure.i and figure.head.sent == figure.sent:
        figure = figure.head  # "nine" -> "thousand" -> "vehicles"
    if figure.head.i not in hedge:
        return  # the parser hung it well already ("upwards of 9,000 vehicles")
    tops = [doc[i] for i in hedge if doc[i].head.i not in hedge or doc[i].head.i == i]
    if len(tops) != 1:
        return
    top = tops[0]
    numeral = doc[number] if figure.i == number else _numeral_on(figure, number)
    # what the parser hung on the phrase: "a day" goes with the figure, "at X" with the verb, as
    # the parser hangs them after "about"
    strays = [c for i in hedge for c in doc[i].children if c.i not in hedge and c.i != figure.i]
    if top.head.i == top.i:
        figure.head, figure.dep_ = figure, "ROOT"
    else:
        figure.head, figure.dep_ = top.head, _role(top)
    for i in hedge:
        doc[i].head, doc[i].dep_ = numeral, ("advmod" if i == first.i else "quantmod")
    for c in strays:
        c.head = figure if c.i > number and (c.dep_ == "npadvmod" or figure.head.pos_ not in _VERBAL) else figure.head


def _spells(doc: Doc, start: int, words: tuple[str, ...]) -> bool:
    """The tokens from ``start`` are ``words``, in one sentence."""
    end = start + len(words)
    if end > len(doc):
        return False
    toks = doc[start:end]
    return [t.lower_ for t in toks] == list(words) and not any(t.is_sent_start for t in toks[1:])


def _numeral_on(noun: Token, number: int) -> Token:
    """The number token right under ``noun`` that the number at ``number`` belongs to."""
    tok = noun.doc[number]
    while tok.head.i != noun.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _role(top: Token) -> str:
    """The dependency the figure takes under the phrase's head: the phrase's own when nominal, else the
    object of a verb ("we see something like N"), the attribute of "be" ("it is north of N")."""
    if top.dep_ in _NOMINAL:
        return top.dep_
    head = top.head
    if head.lemma_ == "be":
        return "attr"
    if head.pos_ in _VERBAL:
        return "dobj"
    return "pobj" if head.pos_ == "ADP" else "npadvmod"
