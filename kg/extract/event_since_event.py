"""(mentions, sentences) -> figures counted "since the closure" or "since the reopening" dated.

A report tells a closure or a reopening with its day, then counts what followed by pointing back
at it with a noun: "The X crossing was closed on 14 May. ... Since the closure, 2,300 people have
crossed at Y." The figure covers the time from the day of the event the noun names: a closure's
first day, a reopening's day (or, when the reopening was told only as the end of a closure, that
closure's last day). The event is the latest one of its kind told before the figure's sentence,
the one a definite "the closure" points back to; with none told, or none dated to a day, the
figure stays undated. A clause does the same ("Since the crossing was closed, ..."). A "since"
phrase that carries its own date ("since the closure on 3 May") is read by the time patterns
instead.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_merge import Mention
from kg.extract.event_triggers import REOPENING

__all__ = ["since_event"]

#: Nouns that name the closing of a way across ("since the closure", "since the shutdown").
_CLOSING = frozenset(("closure", "closing", "shutdown", "suspension", "blockade"))
#: Nouns that name its reopening ("since the reopening", "since the resumption of traffic").
_REOPENING = frozenset(("reopening", "resumption"))
#: The same events told by a verb in a "since" clause ("since the crossing was closed", "since it
#: reopened"), lemma or past participle (the parser may leave "closed" unlemmatised in a passive).
_CLOSING_VERBS = frozenset(("close", "closed", "shut", "seal", "sealed", "suspend", "suspended"))
_REOPENING_VERBS = frozenset(("reopen", "reopened", "resume", "resumed"))
_CLOSED, _REOPENED = "closed", "reopened"


def _pointed_event(sent: Span) -> str | None:
    """Which event (closed or reopened) a bare "since the closure" phrase or "since it was closed"
    clause points back to, if the sentence has one."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.dep_ == "pobj" and tok.head.lower_ == "since" and _bare(tok):
            kind = _CLOSED if lemma in _CLOSING else _REOPENED if lemma in _REOPENING else None
        elif tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children) and _bare(tok):
            forms = {lemma, tok.lower_}
            kind = _CLOSED if forms & _CLOSING_VERBS else _REOPENED if forms & _REOPENING_VERBS else None
        else:
            continue
        if kind is not None:
            return kind
    return None


def _bare(head: Token) -> bool:
    """True when the phrase carries no time of its own ("the closure on 3 May" has one)."""
    return all(not t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in head.subtree)


def _day(value: str | None) -> str | None:
    return value if value is not None and len(value) == 10 else None


def _opening_day(kind: str, before: list[Mention]) -> str | None:
    """The day the named event happened: the latest closure's first day, or the latest reopening's."""
    for m in reversed(before):
        if kind == _CLOSED and m.type == "BorderClosure":
            return _day(m.start_date) or _day(m.date)
        if kind == _REOPENED and m.label == REOPENING:
            return _day(m.date) or _day(m.start_date)
        if kind == _REOPENED and m.type == "BorderClosure" and _day(m.end_date):
            return m.end_date  # "closed on 1 June until 8 June": reopened on the 8th
    return None


def since_event(mentions: list[Mention], sents: list[Span]) -> None:
    """Date each undated figure counted "since the closure/reopening" from that event's day (in place)."""
    for m in mentions:
        counted = m.count is not None or m.count_min is not None or m.count_max is not None
        # an end of its own stays: a count since the reopening that stops at a stated hour and day
        if not counted or m.per_time_unit or m.date or m.start_date:
            continue
        kind = _pointed_event(sents[m.sentence])
        if kind is None:
            continue
        before = [b for b in mentions if b.sentence < m.sentence]
        if (day := _opening_day(kind, before)) is not None and (m.end_date is None or day <= m.end_date):
            m.start_date = day
