"""(token) -> whether it names border checks put in place, kept or extended: an event of its own.

Governments and police forces announce checks at a border as a measure: "the government
reintroduced temporary controls on its border with X", "Y has had border checks on its frontier
since 1 May", "spot checks by the Z Police at W continue until 30 June". Such checks are a
``kg:Event`` labelled "Border checks", done by the subject or the "by" phrase, placed by the
crossing, town or state named "at", "on", "along", "in" or "over". A count of what was checked
("checked 52,000 vehicles") is a figure read elsewhere; "checks on prices" or a check someone
merely asks for are no event.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["CHECKS", "border_checks", "checking_verb"]

#: The label of the event.
CHECKS = "Border checks"
#: Nouns of the checks (plural in such announcements: "checks", "controls").
_NOUNS = frozenset(("check", "control"))
#: Words before the noun that make it checks of people crossing: "border checks", "spot checks".
_KINDS = frozenset(("border", "frontier", "passport", "identity", "random", "spot", "temporary", "entry"))
#: Words that make it checks at a border only together with a border phrase: "temporary controls on
#: the border"; "border", "frontier" and "passport" are enough alone.
_BORDER_KINDS = frozenset(("border", "frontier", "passport"))
#: Where checks are held: "on the border", "at the X crossing", "along the frontier".
_BORDER_PLACES = frozenset(("border", "frontier", "crossing", "checkpoint", "bridge", "post", "boundary"))
_WHERE = frozenset(("on", "at", "along"))
#: Verbs that put checks in place, keep them or end them later ("extended", "has had", "kept").
_PUTTING = frozenset(
    (
        *("introduce", "reintroduce", "impose", "reimpose", "reinstate", "restore", "extend", "prolong", "renew"),
        *("order", "announce", "approve"),
        *("have", "keep", "maintain", "conduct", "step", "tighten", "launch", "start", "begin", "decide"),
    )
)
#: Verbs of wanting or weighing over a putting verb: "wants to extend", "is considering introducing".
_WISHING = frozenset(("want", "wish", "hope", "like", "seek", "consider", "propose", "suggest", "prefer", "need"))
#: Verbs the checks go on by, as their subject: "checks continue until 30 June", "will remain".
_LASTING = frozenset(("continue", "remain", "last", "begin", "start", "go", "stay", "run", "resume"))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _at_border(tok: Token, named: bool) -> bool:
    """Whether a phrase under ``tok`` places it at a border ("on its border", "at the X crossing"),
    or, when ``named``, at any name ("at X")."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _WHERE):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if _lemma(obj) in _BORDER_PLACES or (named and obj.pos_ == "PROPN"):
                return True
    return False


def _counted(tok: Token) -> bool:
    """ "checks on 4,230 travellers": the people checked are counted, a flow read elsewhere."""
    return any(
        g.like_num or any(n.dep_ == "nummod" for n in g.children)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("on", "of")
        for g in c.children
        if g.dep_ == "pobj"
    )


def checking_verb(tok: Token) -> Token | None:
    """The verb that puts the checks ``tok`` in place or keeps them going, or None."""
    verb = tok.head
    if verb.dep_ == "xcomp" and _lemma(verb.head) in _WISHING:
        return None  # "wants to extend the controls": a wish, not checks in place
    if tok.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and _lemma(verb) in _PUTTING:
        return verb
    if tok.dep_ == "nsubj" and verb.pos_ == "VERB" and _lemma(verb) in _LASTING and not _told_before(tok, verb):
        return verb
    return None


def _told_before(tok: Token, verb: Token) -> bool:
    """ "The checks at X, in force for years now, go on": checks the reader already
    knows, pointed back to by "the" (unless a kind word names them anew); "the checks remain a task
    of the police": no lasting at all, the verb links a description."""
    if any(c.dep_ in ("attr", "acomp", "oprd") for c in verb.children):
        return True
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in _POINTING for c in tok.children)
    return definite and not any(c.dep_ == "amod" and _lemma(c) in _KINDS for c in tok.children)


#: Determiners that point back to checks already told.
_POINTING = frozenset(("the", "these", "those", "this", "that", "such"))


def border_checks(tok: Token) -> bool:
    """True for plural "checks" or "controls" of people crossing a border that a verb puts in place,
    keeps or extends: "border checks" alone, any checks "at the border" or "on the X bridge", and
    "temporary/random/spot checks" at a name ("spot checks at X")."""
    if _lemma(tok) not in _NOUNS or tok.tag_ != "NNS":
        return False
    verb = checking_verb(tok)
    if verb is None or any(c.dep_ == "neg" for c in verb.children) or _counted(tok):
        return False
    kinds = {_lemma(c) for c in tok.children if c.dep_ in ("compound", "amod")}
    if kinds & _BORDER_KINDS or _at_border(tok, False) or _at_border(verb, False):
        return True
    return bool(kinds & _KINDS) and (_at_border(tok, True) or _at_border(verb, True))
