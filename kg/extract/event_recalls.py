"""A vote to remove an office holder: "the votes on the dismissal of the mayors of X and Y", "a
recall vote against the governor of X".

Recall and dismissal votes are put to a place's electors like elections, but the news names
them by what they decide, not as an election. Such a vote is an election of its own (a
``kg:Referendum``, the contract's "a vote"); it is held where the recalled office is, the places
its "of" phrases name ("the mayors of X and Y").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["recall_places", "recall_vote"]

#: Nouns of voting that a recall is put to.
_VOTE_NOUNS = frozenset(("vote", "ballot", "poll", "plebiscite"))
#: Nouns of removing an office holder from office.
_REMOVAL_NOUNS = frozenset(("recall", "dismissal", "removal", "deposition", "revocation"))
#: Offices that electors fill and may recall ("the recall of the ambassador" or "the dismissal of
#: the finance minister" is no vote of electors).
_ELECTED_OFFICES = frozenset(
    (
        "mayor",
        "governor",
        "president",
        "councillor",
        "councilor",
        "senator",
        "legislator",
        "deputy",
        "representative",
        "alderman",
        "prefect",
        "assemblyman",
        "assemblywoman",
    )
)


def _removal(tok: Token) -> Token | None:
    """The removal noun a vote decides: "recall vote" (its compound), "the vote on the dismissal of
    X" (its "on" phrase, also on the vote's participle, "the vote held last week on the recall",
    or hung by the parser on the verb above the vote right after it), else None."""
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _REMOVAL_NOUNS:
            return c
    holders = [tok, *(c for c in tok.children if c.dep_ in ("acl", "relcl"))]
    holders += [a for a in tok.ancestors if a.pos_ == "VERB"][:1]
    for holder in holders:
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ not in ("on", "for", "over") or (holder.i != tok.i and c.i < tok.i):
                continue
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in _REMOVAL_NOUNS:
                    return g
    return None


def recall_vote(tok: Token) -> bool:
    """True for the head noun of a vote on removing an elected office holder ("the votes on the
    dismissal of the mayors", "a recall vote against the governor"); a vote on anything else is
    left to the election rules."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _VOTE_NOUNS or (removal := _removal(tok)) is None:
        return False
    return any(t.lemma_.lower() in _ELECTED_OFFICES for head in (tok, removal) for t in head.subtree)


def recall_places(tok: Token, places: Callable[[Token], list[str]]) -> list[str]:
    """The places of the office a recall vote ``tok`` removes from: the named places in the removal
    noun's phrase ("the dismissal of the mayors of X and Y": X, Y), read by ``places``."""
    removal = _removal(tok)
    if removal is None:
        return []
    out: list[str] = []
    for t in removal.subtree:
        if t.dep_ == "pobj" or (t.dep_ == "conj" and t.head.dep_ in ("pobj", "conj")):
            out += [k for k in places(t) if k not in out]
    return out
