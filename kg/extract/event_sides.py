""" "The two sides", "both governments", "the delegations" -> the two parties of the story's meeting.

Readouts and joint statements name the parties once, in the meeting ("X met Y in Z"), and then
write what they did together with a plural noun: "The two governments signed a memorandum",
"the delegations agreed to ...", "both leaders adopted a declaration". Such a noun names nobody
by itself (a gazetteer would read "the governments" as the story's one state); it stands for the
sides of the last meeting of two named parties the story reported, and an act they do
without a date or place of its own happens at that meeting.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_merge import Mention

__all__ = ["at_meeting", "names_both_sides"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


#: Nouns for one side of a meeting between states or bodies.
_SIDE_NOUNS = frozenset(
    _words("side party government delegation leader country state minister president head team administration")
)
#: Nouns that are the sides of a meeting with the article alone ("the delegations", "the parties").
_PLAIN_SIDES = frozenset(_words("side party delegation"))


def names_both_sides(noun: Token) -> bool:
    """ "the two governments", "both sides", "the two heads of state", "the delegations"."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    # "the two Prime Ministers": a capitalised plural the lemmatizer leaves as it is
    lem = noun.lemma_.lower().removesuffix("s") if noun.tag_ == "NNPS" else noun.lemma_.lower()
    if lem not in _SIDE_NOUNS:
        return False
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "predet", "nummod")}
    return "both" in words or "two" in words or ("the" in words and lem in _PLAIN_SIDES)


def at_meeting(m: Mention, meeting: Mention) -> None:
    """Give ``m`` (done by the sides of ``meeting``) the meeting's place and time when it has none."""
    if not m.place:
        m.place = list(meeting.place)
    if m.date is None and m.start_date is None:
        m.date, m.start_date, m.end_date = meeting.date, meeting.start_date, meeting.end_date
