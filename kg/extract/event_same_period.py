"""(mentions, sentences, the time each sentence states) -> "for the same period" resolved.

Decrees and communiqués list measures one after another and date the later ones by pointing back:
"1. Night traffic is banned from 12 April to 9 May. ... 4. The crossing points between X and Y
stay shut to all vehicles for the same period." An event with no time of its own whose sentence
says it lasts "for", "during", "throughout" or "in" "the same period" (or "the same three weeks")
covers the period that the nearest sentence before it states, within a few sentences (a list's
numbers split off as sentences of their own do not count): both ends, a month or a year ("in
2025"), or the open start of "since 1 January". Reports do the same inside one sentence ("871,000
crossed at X in 2025, and 593,000 at Y during the same period"; "377 a day crossed in May, and
11,690 in the whole month"): a time stated earlier in the figure's own sentence comes first.
A bare "during the week" or "in the month" does the same when the period before is a week of
seven days or one whole month. "Compared with the same period of 2025" or "in the same period
last year" is a comparison's base, not an anaphor, and is left alone. A sentence between that
states a single day ("The minister visited on Monday.") is passed over, a period being no day;
"the same day" stops there. As a bare week, month or quarter names its length, it reaches back to
the nearest such stretch the text stated, past any other times between.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from kg.extract.event_merge import Mention
from kg.extract.timex import Timex

__all__ = ["same_period", "sized_stretch"]

#: How many sentences back "the same period" still finds the period it repeats.
_REACH = 4
#: Prepositions of a duration: "closed for the same period", "suspended during the same period".
_LASTING = frozenset(("for", "during", "throughout", "in", "over"))
#: Nouns of a stretch of time that "the same" points back with.
_STRETCHES = frozenset(("period", "week", "month", "quarter", "year", "day"))
#: Nouns "the whole"/"the entire" points back with: "in the whole month" (a whole day is a duration).
_WHOLE_STRETCHES = frozenset(("period", "week", "month", "quarter", "year"))
#: Nouns a bare "the" points back with when the period before is that long: "during the week",
#: "in the quarter", "during the year" (an annual report's year); "in the period" takes any period
#: stated before.
_BARE_STRETCHES = frozenset(("period", "week", "month", "quarter", "year"))
#: How many days a quarter of a year spans, ends included.
_QUARTER_DAYS = range(89, 93)
#: Words after the noun that name another time: "the same period of 2025", "the same week last year".
_OTHER_TIME = frozenset(("of", "last", "a", "the", "in", "previous", "before", "earlier", "one"))


def _points_back(sent: Span) -> Token | None:
    """The noun of "for / during / in the same period" (or "the whole month", or "during the week"
    alone) when nothing after it names another time ("of last year"); None otherwise."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in _STRETCHES or tok.dep_ != "pobj" or tok.head.lower_ not in _LASTING:
            continue
        kids = list(tok.children)
        same = any(c.lower_ == "same" for c in kids)
        whole = lemma in _WHOLE_STRETCHES and any(c.lower_ in ("whole", "entire") for c in kids)
        bare = lemma in _BARE_STRETCHES and [c.lower_ for c in kids] == ["the"] and tok.lower_ == lemma
        # "earlier in the year", "later in the month": a time inside the stretch, not all of it
        bare = bare and tok.head.head.pos_ != "ADV"
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if (
            (same or whole or bare)
            and all(c.dep_ in ("det", "amod", "nummod") for c in kids)
            and (nxt is None or (nxt.lower_ not in _OTHER_TIME and not nxt.like_num))
        ):
            return tok
    return None


def _sized(noun: Token) -> bool:
    """Whether a bare "the week" / "the month" / "the quarter" names a stretch by its length."""
    return [c.lower_ for c in noun.children] == ["the"] and noun.lower_ != "period"


def sized_stretch(sent: Span) -> Token | None:
    """The noun of a bare "during the week", "in the month", "over the quarter" in ``sent``, or None."""
    noun = _points_back(sent)
    return noun if noun is not None and _sized(noun) else None


def _fits(noun: Token, t: Timex) -> bool:
    """Whether ``t`` is the stretch a bare "the week" / "the month" / "the quarter" names: seven days
    for a week, one whole month for a month, three months for a quarter ("from 6 to 12 July ...
    during the week"; "between April and June ... in the quarter"). "the same period", "the whole
    month" and a bare "the period" fit any period."""
    kids = [c.lower_ for c in noun.children]
    if kids != ["the"]:
        return True
    if noun.lower_ == "month":
        return bool(t.date and len(t.date) == 7)
    if noun.lower_ == "year" and t.date:
        return len(t.date) == 4
    if not (t.start_date and t.end_date):
        return noun.lower_ == "period" and bool(t.date and len(t.date) in (4, 7))
    days = (date.fromisoformat(t.end_date) - date.fromisoformat(t.start_date)).days + 1
    lengths = {"week": range(7, 8), "quarter": _QUARTER_DAYS, "year": range(365, 367)}
    return noun.lower_ == "period" or days in lengths[noun.lower_]


def _copy(m: Mention, t: Timex) -> bool:
    """Give ``m`` the period ``t`` states; False when ``t`` states none (a single day)."""
    if t.start_date and t.end_date:
        m.start_date, m.end_date = t.start_date, t.end_date
    elif t.date and len(t.date) in (4, 7):
        m.date = t.date  # a month or a year: its days are filled in with the other counts'
    elif t.start_date and not t.date:
        m.start_date = t.start_date  # "since 1 January"
    else:
        return False
    return True


def same_period(mentions: list[Mention], sents: list[Span], stated: dict[int, Timex]) -> None:
    """Give each undated mention that lasts "for the same period" the period stated before it (in place)."""
    for m in mentions:
        if m.date or m.start_date or m.end_date or m.per_time_unit:
            continue
        noun = _points_back(sents[m.sentence])
        if noun is None:
            continue
        own = stated.get(m.sentence)
        if own is not None and own.end <= noun.idx and _fits(noun, own) and _copy(m, own):
            continue
        # a bare "the week", "the month" or "the quarter" names its length: it passes over times of
        # other lengths ("since 1 January", "on Saturday") to the nearest stretch of that length the
        # text stated before, however far back (a bulletin states its week once, at the top)
        sized = _sized(noun)
        reach = len(sents) if sized else _REACH
        for si in range(m.sentence - 1, -1, -1):
            if not any(t.is_alpha for t in sents[si]):
                continue  # "4." split off as a sentence of its own: a list's number, no sentence
            t = stated.get(si)
            if t is not None:
                if _fits(noun, t) and _copy(m, t):
                    break
                if not sized and (noun.lemma_.lower() == "day" or not (t.date and len(t.date) == 10)):
                    break
                # a sentence about a single day between ("The minister visited on Monday.") is no
                # period a "same period" repeats: the search goes on past it
            reach -= 1
            if not reach:
                break
