"""Event clause + time expressions -> the event's time: which expression dates which figure.

A sentence holds the time of the report ("the agency said Tuesday"), the base of a comparison
("a rise of a fifth on last month") and the time of the event; only the last dates it. With
several figures in one sentence, each takes the time written next to it, and "before"/"since"
between a figure and its date make that date an end or a start.
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.event_cause_time import cause_time
from kg.extract.event_merge import Mention
from kg.extract.event_triggers import SPEECH_VERBS
from kg.extract.quantities import QuantityMatch, find_changes
from kg.extract.timex import Timex
from kg.nlp.doctext import newline_tokens, span_text

__all__ = [
    "END_VERBS",
    "START_VERBS",
    "TimeReader",
    "clause_rate",
    "part_times",
    "sentences",
    "since_clause",
    "since_start",
]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


_BARE_WEEKDAY = re.compile(r"^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I)
_FROM_WEEKDAY = re.compile(
    r"^(?:from|as\s+of|starting(?:\s+on)?|with\s+effect\s+from|effective(?:\s+from)?)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$",
    re.I,
)
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.I)
_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’ .\-]{2,}(?:,\s*[A-Z][a-z]+)?,\s*$")
_BEFORE = re.compile(r"\b(?:before|until|prior\s+to|up\s+to)\b", re.I)
#: What stands between a time and the "when" clause that hangs on it: "in March, when".
_JUST_BEFORE = re.compile(r"\s*,\s*")
_AFTER = re.compile(r"\b(?:after|since|following)\b", re.I)
END_VERBS = frozenset(
    _words(
        """
        end close conclude finish wrap
        """
    )
)
START_VERBS = frozenset(
    _words(
        """
        begin start open launch
        """
    )
)
_EXPLICIT = re.compile(
    r"\d|january|february|march|april|may|june|july|august|september|october|november|"
    r"december",
    re.I,
)


_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|hrs|GMT|UTC)?\s*,?\s*)?$", re.I)
_RATE_ADVERBS = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month"}
_RATE_UNITS = frozenset(("day", "week", "month"))
#: Parts of a day that "each" or "every" make a daily rate: "cross each morning", "every night".
_DAY_PARTS = frozenset(("morning", "afternoon", "evening", "night"))
#: Words for one day or week that a rate may be written with: "on an ordinary weekday".
_UNIT_WORDS = {"day": "day", "weekday": "day", "week": "week", "month": "month"}
#: Nouns of published figures, whose period a report verb's time may give: "published its figures in".
_DATA_NOUNS = frozenset(_words("figure statistic data number report result"))
#: Nouns of a running total that a later figure gives: "bringing the total since May to 2,310".
_TOTAL_NOUNS = frozenset(_words("total tally number figure count"))
#: Adjectives that make one day stand for any: "on an average day", "in a typical week".
_TYPICAL = frozenset(_words("average normal typical ordinary usual regular"))
#: Days that "a" alone makes any such day: "on a weekday", "on a Saturday" (a day, a week or a
#: month needs an adjective of the usual: "in a week" is a duration).
_ANY_DAYS = frozenset(_words("weekday monday tuesday wednesday thursday friday saturday sunday"))


def clause_rate(head: Token) -> str | None:
    """The rate a clause states apart from its figure: "crossing into Chad every day", "arrive daily".

    "From 2,500 to 2,800 cross each day" counts people per day even though the rate is
    written after the verb, not after the number.
    """
    for c in head.children:
        lem = c.lemma_.lower()
        if c.dep_ in ("advmod", "npadvmod", "amod") and c.lower_ in _RATE_ADVERBS:
            return _RATE_ADVERBS[c.lower_]
        if (
            c.dep_ in ("npadvmod", "advmod", "dobj", "obl")
            and lem in _RATE_UNITS
            and any(d.lower_ in ("every", "each", "a", "per") for d in c.children)
        ):
            return lem
        if _each_part(c):
            return "day"
        if c.dep_ == "prep" and c.lower_ == "per":
            unit = next((g.lemma_.lower() for g in c.children if g.lemma_.lower() in _RATE_UNITS), None)
            if unit:
                return unit
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and (unit := _any_given(c)):
            return unit
        if c.dep_ == "prep" and (unit := _each_before(c)):
            return unit
    return None


def _each_part(tok: Token) -> bool:
    """ "each morning", "every night" as an adverb of a clause: a part of every day, so a daily rate."""
    return (
        tok.dep_ in ("npadvmod", "advmod", "dobj", "obl")
        and tok.lemma_.lower() in _DAY_PARTS
        and any(d.lower_ in ("every", "each") for d in tok.children)
    )


def _each_before(prep: Token) -> str | None:
    """The unit of "each day" or "every week" parsed under the phrase that follows it: "crossed the
    river each day before the floods", "arrived every week until May" ("a day before the floods"
    is one day earlier, no rate)."""
    for g in prep.children:
        if (
            g.dep_ == "npadvmod"
            and g.lemma_.lower() in _RATE_UNITS
            and any(d.lower_ in ("each", "every") for d in g.children)
        ):
            return g.lemma_.lower()
        if g.dep_ == "npadvmod" and _each_part(g):
            return "day"
    return None


def _any_given(prep: Token) -> str | None:
    """The unit of "on an average day", "on a normal day", "in a typical week", "on a weekday", "on a
    Saturday": a described day or week that stands for any of them, so the figure is a rate ("on a
    day when ..." or "in the first week" name one day, "in a single week" one week: no "a" with an
    adjective of the usual).
    """
    for g in prep.children:
        kids = list(g.children)
        noun = g.lower_
        if (
            g.dep_ == "pobj"
            and (g.lemma_.lower() in _UNIT_WORDS or noun in _ANY_DAYS)
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in kids)
            and (noun in _ANY_DAYS or any(d.dep_ == "amod" and d.lemma_.lower() in _TYPICAL for d in kids))
            and not any(d.dep_ in ("relcl", "acl") or (d.dep_ == "prep" and not _range_after(d)) for d in kids)
        ):
            return _UNIT_WORDS.get(g.lemma_.lower(), "day")
        if prep.lower_ == "on" and _every_such_day(g):
            return "day"
    return None


def _every_such_day(noun: Token) -> bool:
    """ "on weekdays", "on Saturdays", "on market days": days named in the plural without a
    determiner are every such day, so a figure said of them is a daily rate ("on the days when ..."
    and "on those days" name some days only)."""
    return (
        noun.dep_ == "pobj"
        and noun.tag_ in ("NNS", "NNPS")
        and (noun.lemma_.lower() in ("day", *_ANY_DAYS) or noun.lower_.rstrip("s") in _ANY_DAYS)
        and not any(d.dep_ in ("det", "relcl", "acl", "prep", "nummod", "poss") for d in noun.children)
    )


def _range_after(prep: Token) -> bool:
    """ "On a typical weekday between 1,650 and 1,935 cross": the parser may hang the figure's range on
    the day; it describes the people counted, not which day it is."""
    after = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    return prep.lower_ == "between" and (
        (after is not None and after.like_num) or any(t.like_num for t in prep.subtree)
    )


#: An equative comparison ending just before its base: "three times as many as in February", "as high as last
#: May" ("as many as 4,000 crossed in May" puts the figure, not a time, after it).
_EQUATIVE_BASE = re.compile(
    r"\bas\s+(?:many|much|high|low|large|few|little)\s+as\s+(?:(?:in|during|over|on)\s+)?$", re.I
)
#: The words before a comparison's base that restate its figure: ", against 48 in 2025", "compared with some
#: 300 a day in May", "up from 4,100 last week" (a figure and at most three words before the time; "more
#: than 300 crossed on Monday" is a bound, and "tear gas against 300 people on Monday" no comparison).
_FIGURE_BASE = re.compile(
    r"(?:\bcompar\w*\s+(?:with|to)|\bversus|\bvs\.?|,\s*against|\b(?:up|down|rise|fall|rose|fell)\s+from)\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|just|only|over|under)\s+)?\d[\d,.]*"
    r"(?:\s+[a-z]+){0,3}?\s*$",
    re.I,
)
#: The words before a comparison's base named by a season or holiday: "more than over Easter ".
_SEASON_BASE = re.compile(r"\b(?:than|compar\w*\s+(?:with|to))\s+(?:(?:in|over|during|at|on|for)\s+)?[A-Z][\w'-]*\s+$")


class TimeReader:
    """Chooses the times of events in one parsed article."""

    def __init__(self, doc: Doc, text: str) -> None:
        self.doc = doc
        self.text = text

    def root_of(self, start: int, end: int) -> Token | None:
        """The syntactic head of a character span."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def times_in(self, times: list[Timex], tokens: set[int], announced: bool = False) -> list[Timex]:
        """Times whose head lies in ``tokens``, without report and comparison times.

        With ``announced`` the saying is the event ("X on Tuesday announced a mobilisation"), so
        the time of the announcing verb is kept.
        """
        out = []
        for t in times:
            root = self.root_of(t.start, t.end)
            if root is None or (root.i not in tokens and not self._split_in(t, tokens)):
                continue
            if (self._reported_on(t, root) and not announced) or self.comparison_time(t) or self.dateline(t):
                continue
            if cause_time(root):  # "closed on Monday after the attack of 28 May": the attack's date
                continue
            out.append(t)
        return out

    def when_time(self, token: Token, times: list[Timex]) -> Timex | None:
        """The time a "when" clause holding ``token`` hangs on: "than in March, when 4,210 crossed".

        The clause's own figure happened then, even though the time itself is the base of a
        comparison for the figure before it. The parser attaches such a clause to the time (a
        relative clause) or to the main verb; either way the time stands just before its "when".
        """
        verb: Token | None = token
        while verb is not None and verb.dep_ not in ("relcl", "advcl"):
            verb = verb.head if verb.head.i != verb.i and verb.dep_ not in ("ccomp", "ROOT") else None
        when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ == "advmod"), None) if verb else None
        if verb is None or when is None:
            return None
        for t in times:
            if t.resolved and (t.start <= verb.head.idx < t.end or _JUST_BEFORE.fullmatch(self.text[t.end : when.idx])):
                return t
        return None

    def _split_in(self, t: Timex, tokens: set[int]) -> bool:
        """ "the election held on Sunday, 14th March 2027, has been completed": the parser may
        hang the date after the comma on the main verb; the phrase still belongs where its
        preposition ("on") hangs."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        return span is not None and span[0].pos_ == "ADP" and span[0].i in tokens

    def dateline(self, t: Timex) -> bool:
        """True for the date of a dateline ("N'DJAMENA, May 3 (Example Wire) -"): the filing date."""
        line_start = self.text.rfind("\n", 0, t.start) + 1
        return bool(_DATELINE.match(self.text[line_start : t.start]))

    def _reported_on(self, t: Timex, root: Token) -> bool:
        """True for the time of a saying: its head hangs on a speech verb, or its first word does
        ("said on Friday, 3 April 2026", where the parser hangs "3 April" on the event's verb)."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and _covered(t, span):
            return False  # "published its figures for the second quarter": the figures' period
        if self.report_time(root):
            return True
        first = span[0] if span is not None and len(span) else root
        return first.i != root.i and first.dep_ in ("prep", "pobj") and self.report_time(first)

    def report_time(self, root: Token) -> bool:
        head = root.head if root.dep_ != "pobj" else root.head.head
        return head.lemma_.lower() in SPEECH_VERBS and head.pos_ == "VERB"

    def figure_base(self, t: Timex) -> bool:
        """True for the time of a base that restates its own figure: ", against 20 during 2025",
        "compared with some 300 a day in May". That figure may be an event of its own (whose time
        this is), so only a reader that knows its event's figure lies elsewhere (an act's single
        count) passes such a time over."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        return bool(_FIGURE_BASE.search(self.text[span[0].sent.start_char : t.start]))

    def comparison_time(self, t: Timex) -> bool:
        """True for the base of a comparison: "up 30% from the previous week", "compared with May"."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        sent = span[0].sent
        before = self.text[sent.start_char : t.start]
        if re.search(r"\b(?:than|compar\w*\s+(?:with|to)|versus|vs\.?|against)\s*$", before, re.I):
            return True
        if _EQUATIVE_BASE.search(before):  # "three times as many as in February", "half as much as last year"
            return True
        # "more than over Easter last year", "fewer than during Lent last year": the base, named by a
        # season or holiday before its year
        if _SEASON_BASE.search(before):
            return True
        lead = re.match(r"(?:from|on|over|with)\b", t.text, re.I) or re.search(r"\b(?:from|on|over)\s*$", before, re.I)
        if not lead:
            return False
        for change in find_changes(before):
            gap = before[change.end :]
            if len(gap.split()) <= 4:
                return True
        return False

    def as_of_period(self, m: Mention, times: list[Timex]) -> None:
        """ "as of 27 September, 53,150 have entered since 24 September": since .. as of.

        A running total stated with an open start and the day it was counted covers that period.
        """
        if m.start_date is None or m.end_date is not None:
            return
        for t in times:
            if t.date and len(t.date) == 10 and _AS_OF.search(self.text[max(0, t.start - 30) : t.start]):
                if t.date >= m.start_date:
                    m.end_date = t.date
                return

    @staticmethod
    def best_time(times: list[Timex]) -> Timex | None:
        """An explicit calendar expression beats a relative one ("in the period September 19-25")."""
        resolved = [t for t in times if t.resolved] or times
        explicit = [t for t in resolved if _EXPLICIT.search(t.text)]
        chosen = explicit or resolved
        return chosen[0] if chosen else None

    @staticmethod
    def set_time(m: Mention, t: Timex | None, between: str = "", verb: str = "") -> None:
        if t is None:
            return
        if not t.resolved:
            m.date_text = t.text
            return
        date, start, end = t.date, t.start_date, t.end_date
        if date and (_BEFORE.search(between) or verb in END_VERBS):
            date, end = None, date
        elif date and (_AFTER.search(between) or verb in START_VERBS) and len(date) == 10:
            date, start = None, date
        m.date, m.start_date, m.end_date = date, start, end

    @staticmethod
    def look_ahead(m: Mention, t: Timex | None, published: date | None, *, weekdays: bool = True) -> None:
        """An event still to come ("will close on Friday") is on the next such weekday, not the last.

        Timex resolves a bare weekday backwards (news reports the past); a day that lands before
        publication is moved a week on, a day and month written without a year ("on 3 March") a
        year on (``weekdays=False`` moves only the latter). A month or a period written without a
        year ("will meet in November", "will be shut from 4 to 9 May") moves a year on as a whole
        when it ends before publication. Other expressions ("next week", "on 3 March 2031") say which.
        """
        if t is None or published is None:
            return
        if m.date is not None and len(m.date) == 10:
            day = date.fromisoformat(m.date)
            if day >= published:
                return
            if _BARE_WEEKDAY.match(t.text):
                if weekdays:
                    m.date = (day + timedelta(days=7)).isoformat()
                return
        if m.date is None and m.end_date is None and m.start_date is not None and len(m.start_date) == 10:
            day = date.fromisoformat(m.start_date)  # "will be closed from Monday": the next Monday on
            if day < published and _FROM_WEEKDAY.match(t.text):
                if weekdays:
                    m.start_date = (day + timedelta(days=7)).isoformat()
                return
        if not _MONTH_NAME.search(t.text) or re.search(r"\d{4}", t.text):
            return
        known = [v for v in (m.date, m.start_date, m.end_date) if v is not None]
        if not known or any(v >= published.isoformat()[: len(v)] for v in known):
            return
        with contextlib.suppress(ValueError):  # 29 February of a leap year has no next-year twin
            m.date, m.start_date, m.end_date = (_next_year(v) for v in (m.date, m.start_date, m.end_date))

    @staticmethod
    def past_weekdays(m: Mention, times: list[Timex], verb: Token, published: date | None) -> None:
        """ "Between Friday and Sunday, 4,000 people crossed" in a Friday paper: the days before.

        Timex reads a weekday range that starts on the day of publication as running on from it
        (right for "the road is closed from Thursday to Saturday"); a figure its verb puts in the
        past cannot end after publication, so the range is the one a week earlier.
        """
        if published is None or not (m.start_date and m.end_date) or m.end_date <= published.isoformat():
            return
        if not in_past(verb) or not any(
            _WEEKDAY_RANGE.match(t.text) and (t.start_date, t.end_date) == (m.start_date, m.end_date) for t in times
        ):
            return
        week = timedelta(days=7)
        m.start_date = (date.fromisoformat(m.start_date) - week).isoformat()
        m.end_date = (date.fromisoformat(m.end_date) - week).isoformat()

    @staticmethod
    def month_period(m: Mention, published: date | None) -> None:
        """A figure for a whole month ("9,000 arrived in March") covers the 1st to its last day, one
        for a whole year ("41,000 crossed in 2025") 1 January to 31 December.

        The month or year stays as the date (all the text gives); the period is added for a count,
        the span it covers. A month or year still running at publication ("90 of these in June"
        in a late-August report) has a start only: the figure runs to the report, as "so far this
        year" does; one not yet begun has no period.
        """
        if m.start_date or m.end_date or m.date is None or len(m.date) not in (4, 7):
            return
        if not _counted(m):
            return
        if len(m.date) == 4:
            first, last = date(int(m.date), 1, 1), date(int(m.date), 12, 31)
        else:
            first = date.fromisoformat(m.date + "-01")
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        if published is not None and last >= published:
            if first <= published:
                m.start_date = first.isoformat()
            return
        m.start_date, m.end_date = first.isoformat(), last.isoformat()

    def _of_total(self, t: Timex) -> bool:
        """Whether ``t`` is written right after a running total's noun ("bringing the total since
        1 May to 2,310", "the number for the year"): it dates the figure that total is brought
        "to", not the one before it (the parser may hang it on either)."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span) or span.start == 0:
            return False
        noun = self.doc[span.start - 1]
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in _TOTAL_NOUNS

    def segment_time(
        self, m: Mention, q: QuantityMatch, counts: list[QuantityMatch], i: int, times: list[Timex]
    ) -> None:
        """With several figures in a sentence, each takes the time written next to it; a rate set
        after a total ("counted 6,500 arrivals in the first half of June, some 460 a day")
        with no time of its own covers the total's period, the last time written before it."""
        nxt = counts[i + 1].start if i + 1 < len(counts) else 10**9
        prev = counts[i - 1].end if i else -1
        after = [t for t in times if q.end <= t.start < nxt and not self._of_total(t)]
        # "..., bringing the total since March 2025 to 2,310": the time of the total is its figure's
        totals = [t for t in times if prev <= t.start and t.end <= q.start and self._of_total(t)]
        rate = q.quantity.per_time_unit is not None
        before = [t for t in times if t.end <= q.start] if i == 0 or (rate and not after) else []
        if rate and not after and i:  # "6,200 in June, up from 5,350 in May, about 207 a day": June's rate
            based = [c for c in counts[:i] if _BASELINE_BEFORE.search(self.text[max(0, c.start - 40) : c.start])]
            before = [t for t in before if not any(c.end <= t.start for c in based)] or before
        t = after[0] if after else (totals[-1] if totals else (before[-1] if before else None))
        between = self.text[q.end : t.start] if t is not None and t.start >= q.end else ""
        self.set_time(m, t, between)


#: The words that make the figure after them the base of a comparison: "up from", "down from",
#: "against", "compared with" (a time written after that figure is the base's, not a later rate's).
_BASELINE_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+from|against|compared\s+(?:with|to))\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
#: A sentence that splits the figure before it: "Of these, ...", "Among them, ...".
_PART_OF = re.compile(r"^\W*(?:of|among)\s+(?:these|them|those|whom|this\s+number|the\s+total)\b", re.I)
#: A clause that splits the figure before it in the same sentence: "18,000 fled, of whom 6,000 ...".
_PART_CLAUSE = re.compile(r"[,;(]\s*(?:\d[\d,.]*\s+)?(?:of|among)\s+(?:whom|which|them|these)\b", re.I)
#: A figure named as a part anywhere in its sentence: "the bridge handled 1.2 million of these trips",
#: "entries accounted for 6,390 of them".
_PART_INSIDE = re.compile(r"\b(?:\d[\d,.]*|hundred|thousand|million|dozen)\s+of\s+(?:these|them|those)\b", re.I)


def part_times(mentions: list[Mention], sents: list[SpacySpan], stated: dict[int, Timex]) -> None:
    """ "9,000 crossed between Friday and Sunday. Of these, 5,000 entered X": a part of a figure
    covers the same time and has the same source as the whole, which the sentence before states,
    or its own sentence ("18,000 fled since May, of whom 6,000 crossed into X", "9,000 arrived in
    May, 4,070 of them from X"); the part may be named anywhere in its sentence ("The bridge
    handled 3,160 of these crossings"). ``stated`` is the
    time each sentence gives its own events, when it gives one.
    """
    whole: dict[int, Mention] = {}
    for m in mentions:
        if m.sentence not in whole and _counted(m) and (m.date or m.start_date or m.end_date):
            whole[m.sentence] = m
    for m in mentions:
        if not _counted(m) or m.date or m.start_date or m.end_date or m.date_text:
            continue
        text = sents[m.sentence].text
        if _PART_CLAUSE.search(text):
            of = m.sentence
        elif m.sentence and _PART_OF.match(text):
            of = m.sentence - 1
        elif _PART_INSIDE.search(text):
            of = m.sentence if m.sentence in whole else m.sentence - 1  # its whole is told here, or just before
        else:
            continue
        w = whole.get(of)
        earlier = whole.get(of - 1) if w is None and of == m.sentence - 1 and of > 0 else None
        if earlier is not None and earlier.count is not None and m.count is not None and m.count < earlier.count:
            # "9,000 crossed since May. That is twice last year's figure. Of these, 5,000 ...": the
            # group counted two sentences back, past a sentence that only compares it
            w = earlier
        if w is not None:
            m.date, m.start_date, m.end_date = w.date, w.start_date, w.end_date
            if not m.reported_by:
                m.reported_by = list(w.reported_by)
        elif (t := stated.get(of)) is not None:
            TimeReader.set_time(m, t)


_WD_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY_RANGE = re.compile(rf"^(?:between|from)\s+{_WD_NAME}\s+(?:and|to|until|till|through)\s+{_WD_NAME}$", re.I)
_MODALS = frozenset(("will", "would", "shall", "'ll", "may", "might", "could", "should"))


def _covered(t: Timex, span: SpacySpan) -> bool:
    """Whether ``t`` is the period that published figures cover: "for" or "covering" it ("published
    its figures for the second quarter", "a report covering May"), or a month or longer after a
    report verb's data noun ("released its statistics on traffic in the third quarter of 2026").
    A saying takes a day, never such a period."""
    if not (t.start_date and t.end_date) and not (t.date and len(t.date) in (4, 7)):
        return False
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.lower_ in ("for", "covering"):
        return True
    long = (
        not (t.start_date and t.end_date)
        or (date.fromisoformat(t.end_date) - date.fromisoformat(t.start_date)).days >= 27
    )
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    return long and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DATA_NOUNS and c.i < span.start for c in verb.children
    )


def since_clause(head: Token) -> set[int]:
    """The tokens of a clause opened by "since" that hangs on ``head`` ("Since the bridge reopened on
    3 March, 8,730 people have crossed"): its date opens the period of ``head``'s figure."""
    return {
        t.i
        for c in head.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for t in c.subtree
    }


def since_start(t: Timex) -> Timex:
    """The day (or month) a "since" clause names opens the period of the figure it hangs on."""
    if t.start_date or t.end_date or t.date is None or len(t.date) not in (7, 10):
        return t
    return replace(t, date=None, start_date=t.date if len(t.date) == 10 else f"{t.date}-01")


def in_past(verb: Token) -> bool:
    """True for a verb in the past: "crossed", "have crossed", "were stopped" (not "will cross")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODALS for a in auxes):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ in ("have", "be") for a in auxes)


def _counted(m: Mention) -> bool:
    """True for a mention with a figure."""
    return m.count is not None or m.count_min is not None or m.count_max is not None


def _next_year(value: str | None) -> str | None:
    """The same ISO day, month or year a year later."""
    if value is None:
        return None
    year, rest = int(value[:4]), value[4:]
    if len(value) == 10:
        date.fromisoformat(f"{year + 1:04d}{rest}")  # ValueError for 29 February
    return f"{year + 1:04d}{rest}"


def sentences(doc: Doc) -> list[SpacySpan]:
    """spaCy's sentences, also cut at line breaks: a headline or dateline is never part of a sentence."""
    out = []
    breaks = newline_tokens(doc)  # a token's whitespace is a blank at most: breaks lie in tokens
    for sent in doc.sents:
        start = sent.start
        for i in breaks[bisect_left(breaks, sent.start) : bisect_left(breaks, sent.end)]:
            if i > start:
                out.append(doc[start:i])
                start = i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if span_text(s).strip()]
