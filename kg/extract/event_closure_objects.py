"""(closing verb) -> the way across it closes where the parser hangs it elsewhere.

Two parses lose the object of a closing verb, and with it the closure:

* a passive whose subject the parser tags ``nsubj`` while keeping the passive auxiliary, often
  hanging it on that auxiliary ("The crossing points between X and Y are closed to all
  traffic"): the subject is what was closed,
  as with any passive (an active "border guards closed ..." has no passive auxiliary);
* an active verb whose object follows an aside set off by commas ("to close, until further
  notice, the crossing points between X and Y", "closed, with immediate effect, the border"):
  the parser hangs the noun phrase on the aside or on the verb above, so the verb has no object.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Words that open or fill a noun phrase before its head ("the secondary border crossing points").
_BEFORE_HEAD = frozenset(("det", "amod", "compound", "nummod", "poss", "advmod", "punct"))


def misplaced_object(verb: Token) -> Token | None:
    """The head noun of what ``verb`` closes when the parse hangs it elsewhere (see the module
    notes), or None when the verb has an object of its own or none can be found."""
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "nsubjpass") for c in kids):
        return None
    passive = [c for c in kids if c.dep_ == "auxpass"]
    if passive:  # the subject hangs on the verb or on its auxiliary
        subjects = [c for t in (verb, *passive) for c in t.children if c.dep_ == "nsubj" and c.i < verb.i]
        return subjects[0] if subjects else None
    return _after_aside(verb)


def _after_aside(verb: Token) -> Token | None:
    """The noun phrase right after a comma-bounded aside that follows ``verb`` at once: "close, until
    further notice, the crossings" -> "crossings"."""
    doc, end = verb.doc, verb.sent.end
    if verb.i + 1 >= end or doc[verb.i + 1].text != ",":
        return None
    closing = next((i for i in range(verb.i + 2, min(end, verb.i + 10)) if doc[i].text == ","), None)
    if closing is None or closing == verb.i + 2:
        return None
    i = closing + 1
    while i < end and doc[i].dep_ in _BEFORE_HEAD and doc[i].pos_ not in ("VERB", "AUX", "ADP", "CCONJ"):
        if doc[i].dep_ == "punct":
            return None
        if doc[i].head.i < i or doc[i].head.i >= end:  # no longer inside the phrase's pre-head words
            break
        i += 1
    if i >= end or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[i]
