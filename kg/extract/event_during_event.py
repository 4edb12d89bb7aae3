"""(mentions, sentences) -> what happened "during the operation" or "during the closure" dated by it.

A report dates an operation, a closure or an exercise once, then tells what happened within it by
pointing back with a noun: "The army swept the valley between 4 and 7 May ... During the operation,
its units held 14 suspects." What is told there takes the time of the event the noun names: its
period, or its day. The event is the latest one of the noun's kind told before it (a closure for
"the closure", an operation for "the operation", an event so labelled for "the exercise"), the one a
definite noun points back to; with none told, or none dated, nothing changes. A phrase that carries
its own date ("during the closure on 3 May") is read by the time patterns instead, and an event with
a time of its own keeps it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_merge import Mention

__all__ = ["during_event", "pointed_noun"]

#: Prepositions that put a happening inside another's time.
_WITHIN = frozenset(("during", "throughout"))
#: Nouns that name an event of a type: the closing of a way across, an armed operation.
_NOUN_TYPES = {
    "closure": "BorderClosure",
    "closing": "BorderClosure",
    "shutdown": "BorderClosure",
    "suspension": "BorderClosure",
    "blockade": "BorderClosure",
    "operation": "MilitaryOperation",
    "offensive": "MilitaryOperation",
}
#: Determiners of a noun that points back: "the operation", "this closure".
_DEFINITE = frozenset(("the", "this", "that"))


def pointed_noun(sent: Span) -> Token | None:
    """The head noun of a bare "during the operation" phrase in the sentence, if there is one."""
    for tok in sent:
        if tok.dep_ != "pobj" or tok.head.lower_ not in _WITHIN or tok.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
            continue
        if all(not t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in tok.subtree):
            return tok
    return None


def _of_kind(m: Mention, noun: str) -> bool:
    """Whether ``m`` is an event the noun can name: of the noun's type, or labelled with the noun."""
    return m.type == _NOUN_TYPES.get(noun) or noun in m.label.lower().split()


def _timed(m: Mention) -> bool:
    return bool(m.date or m.start_date or m.end_date)


def during_event(mentions: list[Mention], sents: list[Span]) -> None:
    """Give each undated event told "during the X" the time of the latest X told before (in place)."""
    for m in mentions:
        if _timed(m):
            continue
        noun = pointed_noun(sents[m.sentence])
        if noun is None:
            continue
        lemma = noun.lemma_.lower()
        if _of_kind(m, lemma):
            continue  # "the closure" names this event itself
        before = [b for b in mentions if b.sentence < m.sentence and _of_kind(b, lemma)]
        if before and _timed(before[-1]):
            m.date, m.start_date, m.end_date = before[-1].date, before[-1].start_date, before[-1].end_date
