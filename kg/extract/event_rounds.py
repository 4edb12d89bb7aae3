"""A round of an election told by the round alone: "will face X in the second round on 9 May",
"the run-off is set for 3 May".

After a first round, news names the next vote by its round rather than as an election. Such a
round is an election of its own (another day, another result). A round of anything else ("the
second round of talks", "a new round of sanctions") is not: the round must be a round of a vote,
stated by its "of" phrase or, with none, by a word of voting in its sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["election_round"]

#: Nouns of a decisive later vote that need no ordinal.
_RUNOFFS = frozenset(("runoff", "run-off"))
#: Words that make a round a round of voting.
_VOTING = frozenset(("election", "vote", "ballot", "poll", "candidate", "voter", "presidential", "electoral"))


def _voting(tok: Token) -> bool:
    return tok.lemma_.lower() in _VOTING or tok.lower_ in _VOTING


def election_round(tok: Token) -> bool:
    """True when ``tok`` is the head noun of a round of an election ("the second round", "the
    run-off"); never for a round of something else ("the second round of talks")."""
    lem = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or (lem != "round" and lem not in _RUNOFFS):
        return False
    if lem == "round" and not any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in tok.children):
        return False
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of:
        return any(_voting(g) for g in of)
    return any(_voting(t) for t in tok.sent)
