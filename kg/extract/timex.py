"""Text + publication date -> resolved dates and periods, as pure functions.

News dates events relative to the day the story ran: "on Tuesday", "last week", "Sunday (25)",
"since September 21", "over the past three days". Each is resolved here against the publication
date. Without one nothing relative is resolved (the words are still returned, so callers can keep
them in ``date_text``), and the publication date is never used as a default: the time of an event
is not the time of its report.

Choices, so that every consumer reads the same thing:

* a bare weekday ("on Tuesday", "said Monday") is the last such day on or before publication;
  "last Wednesday" is the last one strictly before it;
* "Tuesday (27)" (Latin-American and Portuguese wire style): the day of the month wins when it
  falls on that weekday within five weeks of publication; when the two disagree the weekday wins;
* "last week", "the previous week" and "the past week" are the ISO week (Monday to Sunday) before
  publication's, as annotators read them; "over the weekend" is the latest Saturday-Sunday;
* "the first week of July" is 1-7 July, "the last week of June" the last seven days of June;
  "the first eight months of 2027" is 1 January-31 August, "the second quarter of last year"
  April-June of the year before publication;
* "so far this year", "this year to date" and "year to date" start on 1 January of publication's
  year (no end: the figure runs to the report);
* "the past three days" / "the last four days" end the day before publication and start N days
  before it; "since X" gives a start only, "until X" an end only, and "from X until Y" (clock times
  beside the days or not) is one period;
* a month without a year ("last February", "in March") is the latest one not after publication,
  "last February" strictly before the publication month; it is a ``YYYY-MM`` value;
* a season ("over the winter", "this summer", "last spring") is the meteorological one of the
  story's hemisphere (:mod:`kg.extract.timex_season`); "in summer" alone is a habit, no time;
* a date without a year ("September 21", "3 March") is the latest one not more than a week after
  publication (stories announce a vote "on October 2" a few days ahead); after "until" or "by" it
  may lie up to six months ahead (a deadline).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from text_to_num import text2num

from kg.extract.timex_month import month_part
from kg.extract.timex_ordinals import DAY_WORDS
from kg.extract.timex_season import SEASONS, season_days
from kg.extract.timex_stretch import STRETCH_TO, stretch_bounds
from kg.extract.timex_year import year_part

__all__ = ["Timex", "find_times", "happening_day"]


@dataclass(frozen=True)
class Timex:
    """A time expression, its span and what it resolves to (ISO strings; None when unresolved)."""

    start: int
    end: int
    text: str
    date: str | None = None  # "2022-09-21", "2022-02" or "2022"
    start_date: str | None = None
    end_date: str | None = None

    @property
    def resolved(self) -> bool:
        """True when the expression gave a date or one end of a period."""
        return bool(self.date or self.start_date or self.end_date)


_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MON = r"(?P<mon>{})\.?".format("|".join(sorted(_MONTHS, key=len, reverse=True)))
_MON2 = r"(?P<mon2>{})\.?".format("|".join(sorted(_MONTHS, key=len, reverse=True)))
_WD = r"(?P<wd>{})".format("|".join(_WEEKDAYS))
#: A weekday before a day of a range, unnamed: "between Tuesday 9 and Saturday 13 July".
_ANY_WD = r"(?:{})".format("|".join(_WEEKDAYS))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_SMALL = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)"
#: Words that open a period at the day after them, read as "from": "starting on 9 May", "effective
#: 1 June", "as from Monday".
_INCEPTION = r"(?:starting|beginning|commencing|effective)(?:\s+(?:on|from|in))?|as\s+from"
#: The words of an order taking effect ("effective Monday", "with effect from Monday", the formula of
#: orders and decrees), after which a bare weekday is the nearest such day: an order "with effect
#: from Wednesday" issued on a Tuesday takes effect the next day, not six days before.
_TAKING_EFFECT = re.compile(r"^effective\b", re.I)
_WITH_EFFECT = re.compile(r"\bwith\s+effect\s+$", re.I)
_PREP = rf"(?P<prep>{_INCEPTION}|since|from|until|till|through|by|before|after|on|in)\s+"
_INCEPTION_PREP = re.compile(rf"^(?:{_INCEPTION})$", re.I)
#: A day of the month as an ordinal word: "since the first of September".
_DAY_WORD = r"(?P<dword>{})".format("|".join(sorted(DAY_WORDS, key=len, reverse=True)))

# Order matters: longer, more specific shapes first; a later match may not overlap an earlier one.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "range_md",
        re.compile(
            rf"(?:\b(?:from|between)\s+)?\b{_MON}\s+{_DAY}\s*(?:-|–|—|to|and|through|until)\s*"
            rf"(?:{_MON2}\s+)?{_DAY2}\b{_YEAR}",
            re.I,
        ),
    ),
    (
        "range_dm",
        re.compile(
            rf"(?:\b(?:from|between)\s+)?\b(?:{_ANY_WD},?\s+)?{_DAY}\s*(?:-|–|—|to|and|through|until)\s*"
            rf"(?:{_ANY_WD},?\s+)?{_DAY2}\s+{_MON}{_YEAR}",
            re.I,
        ),
    ),
    (
        "md",
        re.compile(rf"(?:\b{_PREP})?(?:{_WD},?\s+)?\b{_MON}\s+{_DAY}\b(?!\s*(?:%|,\d))(?!:){_YEAR}", re.I),
    ),
    ("dm", re.compile(rf"(?:\b{_PREP})?(?:{_WD},?\s+)?\b{_DAY}\s+(?:of\s+)?{_MON}\b{_YEAR}", re.I)),
    ("dm_word", re.compile(rf"(?:\b{_PREP})?\bthe\s+{_DAY_WORD}\s+of\s+{_MON}\b{_YEAR}", re.I)),
    (
        "wd_paren",
        re.compile(rf"(?:\b{_PREP})?(?:\b(?P<last>last|this|next)\s+)?\b{_WD}\s*\(\s*{_DAY}\s*\)", re.I),
    ),
    (
        "week_of",
        re.compile(
            rf"(?:\b{_PREP})?\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+{_MON}\b{_YEAR}",
            re.I,
        ),
    ),
    (
        "part_of_month",  # "the first two weeks of March", "the last ten days of May"
        re.compile(
            rf"(?:\b{_PREP})?\bthe\s+(?P<nth>first|last)\s+{_SMALL}\s+(?P<unit>weeks|days)\s+of\s+{_MON}\b{_YEAR}",
            re.I,
        ),
    ),
    (
        "half_of_month",  # "the first half of March": 1-15 March; "the second half of May": 16-31 May
        re.compile(rf"(?:\b{_PREP})?\bthe\s+(?P<nth>first|second|latter)\s+half\s+of\s+{_MON}\b{_YEAR}", re.I),
    ),
    (
        "month_edge",  # "since the beginning of October", "until the end of June"
        re.compile(
            rf"(?:\b{_PREP})?\b(?:the\s+)?(?P<edge>beginning|start|end)\s+of\s+{_MON}\b(?!\s+\d{{1,2}}\b){_YEAR}",
            re.I,
        ),
    ),
    (
        "part_of_year",  # "the first eight months of 2027", "the second quarter of last year"
        re.compile(
            rf"(?:\b{_PREP})?\bthe\s+(?:(?P<nth>first|last)\s+{_SMALL}\s+months|(?P<ord>first|second|third|"
            r"fourth|last)\s+(?P<part>quarter|half))(?:\s+of\s+(?:(?P<year>(?:19|20)\d\d)\b|(?P<which>the|this|last)"
            r"\s+year\b)|(?:(?<=quarter)|(?<=half))\b(?![\s-]+of\b|-))",  # "in the third quarter": no year named
            re.I,
        ),
    ),
    (
        # a heading's or table's period, written without "the": "Passengers, second quarter of 2031:",
        # "fourth quarter of 2029 totals", "Q4 2030"; a year must be written (a bare "second half" is none)
        "year_part_named",
        re.compile(
            r"\b(?:(?P<ord>first|second|third|fourth)\s+(?P<part>quarter|half)\s+of|Q(?P<q>[1-4])(?:\s+of)?)\s+"
            r"(?P<year>(?:19|20)\d\d)\b(?![-/])",
            re.I,
        ),
    ),
    (
        "past_n",
        re.compile(
            rf"\b(?:(?:over|in|during|for)\s+)?(?:the\s+)?(?:past|last|previous)\s+(?:{_SMALL}\s+"
            r"(?P<unit>days|weeks|months)|(?P<fortnight>fortnight))\b",
            re.I,
        ),
    ),
    ("ago", re.compile(rf"\b(?:{_SMALL}|a|an)\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)\s+ago\b", re.I)),
    (
        # "since the beginning of this year", "until the end of last year": before "rel_week" takes the year
        "rel_year_edge",
        re.compile(
            r"\b(?P<prep>since|from|until|till|by|before|after)\s+the\s+(?P<edge>beginning|start|end)\s+of\s+"
            r"(?P<which>the|this|last)\s+year\b",
            re.I,
        ),
    ),
    (
        # "so far this year", "this year to date", "year to date": from 1 January of the publication's year
        "year_so_far",
        re.compile(
            r"\b(?:so\s+far\s+(?:this|in\s+the)\s+year|(?:this|the)\s+year\s+(?:so\s+far|to\s+date)"
            r"|year[\s-]+to[\s-]+date)\b",
            re.I,
        ),
    ),
    (
        "rel_week",
        re.compile(
            r"\b(?P<prep>since|from|until|before|after|in|during|over)?\s*(?P<which>last|the\s+previous|"
            r"the\s+past|this|next|the(?=\s+weekend))\s+(?P<unit>week|month|year|weekend)\b",
            re.I,
        ),
    ),
    (
        # "over the winter", "this summer", "last spring", "during the autumn months": a season; "in
        # (the) summer" is a habit ("roads flood in spring", "in the summer it is hot"), so "the" needs a
        # preposition of a stretch ("over", "during", "since"); "since the summer timetable came in"
        # names a thing of the season, no time
        "season",
        re.compile(
            r"\b(?:(?:(?P<prep>over|during|throughout|since|in)\s+)?(?P<which>this|last|past)\s+"
            rf"|(?P<stretch>over|during|throughout|since)\s+the\s+)(?P<season>{'|'.join(SEASONS)})"
            r"(?:\s+months)?\b(?!['’]|\s+(?:timetables?|schedules?|holidays?|break|term|session)\b)",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?:\b{_PREP})?(?:\b(?P<last>last|this|next|early|mid|late|early-|mid-|late-)\s*)?\b"
            rf"{_MON}\b(?!\s+\d{1, 2}\b){_YEAR}",
            re.I,
        ),
    ),
    ("weekday", re.compile(rf"(?:\b{_PREP})?(?:\b(?P<last>last|this|next|past)\s+)?\b{_WD}\b", re.I)),
    (
        "deictic",
        re.compile(
            rf"\b(?P<prep>since\s+|(?:{_INCEPTION})\s+|from\s+(?=(?:today|tomorrow)\b))?"
            r"(?P<w>yesterday|today|tomorrow|the\s+day\s+before\s+yesterday"
            r"|this\s+(?:morning|afternoon|evening)|tonight"  # the day of the report, as a bulletin says it
            # an order or measure that takes effect as it is issued: the day of the report
            r"|with\s+immediate\s+effect|effective\s+immediately"
            # "closed since noon", "shelling since dawn": an hour with no day named is the report's day
            r"|(?<=since\s)(?:noon|midday|dawn|daybreak)(?!\s+(?:on|of|last|yesterday|the)\b)"
            # "between midnight and 3pm", "from dawn to noon": two hours of the report's day, no day named
            r"|(?:(?<=between\s)|(?<=from\s))(?:midnight|noon|midday|dawn|daybreak)(?=\s+(?:and|to|until|till)\s+"
            r"(?:\d|noon|midday|dusk)(?![^,;\n]{0,20}\b(?:on|of|last|yesterday|the|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b))"
            r"|(?<=over\s)the\s+(?:past|last)\s+(?:day|24\s+hours)|(?<=in\s)the\s+(?:past|last)\s+24\s+hours)\b",
            re.I,
        ),
    ),
    (
        "year_edge",  # "since the beginning of 2025", "by the end of 2031": the year's first or last day
        re.compile(
            r"\b(?P<prep>since|from|until|till|by|before|after)\s+the\s+(?P<edge>beginning|start|end)\s+of\s+"
            r"(?P<year>(?:19|20)\d\d)\b(?![-/])",
            re.I,
        ),
    ),
    (  # "in 2031", "in the whole of 2031", "throughout 2031", "during all of 2031", "the figures for 2031"
        "year",
        re.compile(
            r"\b(?P<prep>in|since|until|during|by|throughout|for)\s+(?:the\s+(?:whole|course)\s+of\s+|all\s+of\s+)?"
            r"(?P<year>(?:19|20)\d\d)\b(?![-/])",
            re.I,
        ),
    ),
]


#: Words a deictic time needs besides "day" ("tomorrow", "this morning", "since noon", "with immediate effect").
_DEICTIC_WORDS = (
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "tonight",
    "hours",
    "noon",
    "dawn",
    "midnight",
    "immediate",
)

# What each pattern cannot match without (a superset test, so skipping never changes a result):
# every month name begins with its abbreviation; the weekday patterns need a weekday's name.
_NEEDS: dict[str, frozenset[str]] = {
    "iso": frozenset(["digit"]),
    "range_md": frozenset(["month"]),
    "range_dm": frozenset(["month"]),
    "md": frozenset(["month"]),
    "dm": frozenset(["month"]),
    "dm_word": frozenset(["month"]),
    "wd_paren": frozenset(["weekday("]),
    "past_n": frozenset(["day", "week", "month", "fortnight"]),
    "ago": frozenset(["ago"]),
    "rel_year_edge": frozenset(["year"]),
    "year_so_far": frozenset(["year"]),
    "rel_week": frozenset(["week", "month", "year"]),
    "week_of": frozenset(["week"]),
    "part_of_month": frozenset(["month"]),
    "half_of_month": frozenset(["month"]),
    "month_edge": frozenset(["month"]),
    "part_of_year": frozenset(["year", "digit", "quarter", "half"]),
    "year_part_named": frozenset(["digit"]),
    "month": frozenset(["month"]),
    "season": frozenset(["season"]),
    "weekday": frozenset(["weekday"]),
    # "today": "day"; "since noon", "since dawn"
    "deictic": frozenset(["day", *_DEICTIC_WORDS]),
    "year_edge": frozenset(["digit"]),
    "year": frozenset(["digit"]),
}
_HINT_WORDS = (
    "day",
    "week",
    "month",
    "year",
    "ago",
    "yesterday",
    "today",
    *_DEICTIC_WORDS,
    "quarter",
    "half",
    "fortnight",
)
_MONTH_HINT = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _hints(text: str) -> frozenset[str]:
    """Which of the prefilter's words occur in ``text`` (one lower-casing, a few substring tests).

    "weekday" stands for a weekday's name, "weekday(" for one and a bracket; outside ASCII both
    stand, as lower-casing is not what IGNORECASE matches there ("ſ" matches "s").
    """
    low = text.lower()
    out = {w for w in _HINT_WORDS if w in low}
    if not text.isascii() or any(w in low for w in _WEEKDAYS):
        out.add("weekday")
        if "(" in text:
            out.add("weekday(")
    if any(c.isdigit() for c in text):
        out.add("digit")
    if _MONTH_HINT.search(text):
        out.add("month")
    if any(s in low for s in SEASONS):
        out.add("season")
    return frozenset(out)


def _num(word: str) -> int:
    return int(word) if word.isdigit() else int(text2num(word.lower(), "en"))


def _iso(d: date) -> str:
    return d.isoformat()


def _latest(month: int, day: int, pub: date, slack: int = 7) -> date | None:
    """The date with this month and day closest before ``pub`` (or up to ``slack`` days after)."""
    for year in (pub.year + 1, pub.year, pub.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= pub + timedelta(days=slack):
            return d
    return None


def _weekday(wd: int, pub: date, strict: bool) -> date:
    back = (pub.weekday() - wd) % 7
    if strict and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _weekday_with_day(wd: int, day: int, pub: date, last: bool) -> date:
    """Resolve "Tuesday (27)": the day of the month wins when it is that weekday near publication."""
    for delta in range(-35, 8):
        d = pub + timedelta(days=delta)
        if d.day == day and d.weekday() == wd:
            return d
    return _weekday(wd, pub, strict=last)


def _period(kind: str, prep: str | None, d: date | None, start: date | None = None, end: date | None = None):
    """Turn a point or period into (date, start, end) according to a leading preposition."""
    prep = (prep or "").lower()
    if start is None and end is None:
        if d is None:
            return None, None, None
        if prep in ("since", "from", "after"):
            return None, _iso(d), None
        if prep in ("until", "till", "through", "by", "before"):
            return None, None, _iso(d)
        return _iso(d), None, None
    if prep in ("since", "from", "after"):
        return None, _iso(start) if start else None, None
    if prep in ("until", "till", "through", "before", "by"):
        return None, None, _iso(end) if end else None
    return None, _iso(start) if start else None, _iso(end) if end else None


def _month_year(mon: int, pub: date) -> int:
    """The year of the latest such month not after publication."""
    return pub.year if mon <= pub.month else pub.year - 1


def _resolve(
    kind: str, m: re.Match[str], pub: date, southern: bool = False
) -> tuple[str | None, str | None, str | None]:
    g = {k: (v.lower() if isinstance(v, str) else v) for k, v in m.groupdict().items()}
    prep = g.get("prep")
    taking_effect = bool(prep and _TAKING_EFFECT.match(prep)) or (
        (prep or "").strip() == "from" and _WITH_EFFECT.search(m.string, max(0, m.start() - 16), m.start()) is not None
    )
    if prep and (_INCEPTION_PREP.match(prep.strip()) or prep.strip() == "from"):
        prep = "from"  # "starting on 9 May", "from tomorrow": the period opens that day
    if kind == "iso":
        return _period(kind, None, date(int(g["y"]), int(g["m"]), int(g["d"])))
    if kind in ("range_md", "range_dm"):
        mon = _MONTHS[g["mon"]]
        mon_a = mon
        mon_b = _MONTHS[g["mon2"]] if g.get("mon2") else mon
        if g.get("year"):
            a, b = date(int(g["year"]), mon_a, int(g["day"])), date(int(g["year"]), mon_b, int(g["day2"]))
        else:
            # a range in a sentence about the future ("will be held between 2 and 30 November") looks ahead
            b2 = _latest(mon_b, int(g["day2"]), pub, 180 if _future(m.string, m.start()) else 7)
            if b2 is None:
                return None, None, None
            a = date(b2.year if mon_a <= mon_b else b2.year - 1, mon_a, int(g["day"]))
            b = b2
        return (None, _iso(a), _iso(b)) if a < b else (None, None, None)
    if kind in ("md", "dm", "dm_word"):
        mon, day = _MONTHS[g["mon"]], int(g["day"]) if g.get("day") else DAY_WORDS[g["dword"]]
        if not 1 <= day <= 31:
            return None, None, None
        try:
            # deadlines and dates in a sentence about the future look ahead
            ahead = prep in ("until", "till", "through", "by") or _future(m.string, m.start())
            slack = 180 if ahead else _SOON_DAYS if prep == "from" and _arranged(m.string, m.start()) else 7
            d = date(int(g["year"]), mon, day) if g.get("year") else _latest(mon, day, pub, slack)
        except ValueError:
            return None, None, None
        return _period(kind, prep, d)
    if kind == "wd_paren":
        d = _weekday_with_day(_WEEKDAYS[g["wd"]], int(g["day"]), pub, g.get("last") == "last")
        return _period(kind, prep, d)
    if kind == "weekday":
        d = _weekday(_WEEKDAYS[g["wd"]], pub, strict=g.get("last") in ("last", "past"))
        if taking_effect and not g.get("last") and (pub - d).days > 3:
            d += timedelta(days=7)  # "with effect from Wednesday": the nearest Wednesday, here the coming one
        ahead = prep in ("by", "until", "till") and not g.get("last") and _deadline_ahead(m.string, m.start())
        if g.get("last") == "next" or ahead:
            d = pub + timedelta(days=(_WEEKDAYS[g["wd"]] - pub.weekday()) % 7 or 7)
        return _period(kind, prep, d)
    if kind == "deictic":
        word = g["w"].lower()
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, -2 if word.startswith("the day before") else 0)
        if "immediate" in word:
            return _period(kind, None, pub)  # "with immediate effect": the day the order is issued
        return _period(kind, prep, pub + timedelta(days=offset))
    if kind == "past_n":  # "the past fortnight": the fourteen days before publication
        days = 14 if g["fortnight"] else _num(g["n"]) * {"days": 1, "weeks": 7, "months": 30}[g["unit"]]
        return None, _iso(pub - timedelta(days=days)), _iso(pub - timedelta(days=1))
    if kind == "ago":
        n = 1 if g["n"] is None else _num(g["n"])
        unit = g["unit"].rstrip("s")
        if unit == "year":
            return str(pub.year - n), None, None
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}", None, None
        return _iso(pub - timedelta(days=n * {"week": 7, "fortnight": 14}.get(unit, 1))), None, None
    if kind == "rel_week":
        which, unit = re.sub(r"\s+", " ", g["which"]), g["unit"]
        shift = {"this": 0, "next": 1, "the": 0}.get(which, -1)  # "over the weekend": the latest one
        if unit in ("week", "weekend"):
            monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
            if unit == "weekend":
                sat = monday + timedelta(days=5) if shift != 0 or pub.weekday() >= 5 else monday - timedelta(days=2)
                return _period(kind, prep, None, sat, sat + timedelta(days=1))
            return _period(kind, prep, None, monday, monday + timedelta(days=6))
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 + shift, 12)
            return f"{y:04d}-{mo + 1:02d}", None, None
        return str(pub.year + shift), None, None
    if kind == "week_of":  # "the first week of July": days 1-7; "the last week": the month's last 7
        year = int(g["year"]) if g.get("year") else _month_year(_MONTHS[g["mon"]], pub)
        first = date(year, _MONTHS[g["mon"]], 1)
        end = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        nth = {"first": 0, "second": 1, "third": 2, "fourth": 3}.get(g["nth"])
        start = end - timedelta(days=6) if nth is None else first + timedelta(weeks=nth)
        return _period(kind, prep, None, start, start + timedelta(days=6))
    if kind in ("part_of_month", "month_edge"):
        days = _num(g["n"]) * (7 if g["unit"] == "weeks" else 1) if kind == "part_of_month" else 0
        written = int(g["year"]) if g.get("year") else None
        part = month_part(_MONTHS[g["mon"]], written, pub, prep, g.get("edge"), g.get("nth"), days)
        if part is None:
            return None, None, None
        if kind == "part_of_month":
            return _period(kind, prep, None, *part)
        if prep is None:  # "the beginning of October": the month is all the text says
            return f"{part[0].year:04d}-{part[0].month:02d}", None, None
        return _period(kind, prep, part[0])
    if kind == "half_of_month":
        written = int(g["year"]) if g.get("year") else None
        whole = month_part(_MONTHS[g["mon"]], written, pub, prep, None, "first", 1)
        if whole is None:
            return None, None, None
        first = whole[0]
        month_end = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        half = (first, first + timedelta(days=14)) if g["nth"] == "first" else (first + timedelta(days=15), month_end)
        return _period(kind, prep, None, *half)
    if kind == "part_of_year":
        year = int(g["year"]) if g.get("year") else pub.year - (1 if g["which"] == "last" else 0)
        months = _num(g["n"]) if g.get("n") else None
        stretch = year_part(year, g.get("nth") or g["ord"], months, g.get("part"))
        bare = stretch is not None and not (g.get("year") or g.get("which"))
        if bare and stretch is not None and stretch[0] > pub and not _future(m.string, m.start()):
            # "in the third quarter" with no year: the latest one begun by publication ("will open
            # in the fourth quarter" keeps this year's)
            stretch = year_part(year - 1, g["ord"], None, g["part"])
        return _period(kind, prep, None, *stretch) if stretch is not None else (None, None, None)
    if kind == "year_part_named":
        ordinal = g.get("ord") or ("first", "second", "third", "fourth")[int(g["q"]) - 1]
        stretch = year_part(int(g["year"]), ordinal, None, g.get("part") or "quarter")
        return _period(kind, None, None, *stretch) if stretch is not None else (None, None, None)
    if kind == "month":
        mon, last = _MONTHS[g["mon"]], (g.get("last") or "").rstrip("-")
        if g.get("year"):
            year = int(g["year"])
        elif last == "next":
            year = pub.year if mon > pub.month else pub.year + 1
        elif last == "last":
            year = pub.year if mon < pub.month else pub.year - 1
        else:
            year = pub.year if mon <= pub.month + (1 if last == "this" else 0) else pub.year - 1
        value = f"{year:04d}-{mon:02d}"
        if (prep or "") in ("since", "from", "after"):
            return None, f"{value}-01", None
        return value, None, None
    if kind == "season":
        first, last = season_days(g["season"], g.get("which"), pub, southern)
        return _period(kind, prep or g.get("stretch"), None, first, last)
    if kind == "year_so_far":
        return None, f"{pub.year:04d}-01-01", None
    if kind in ("year_edge", "rel_year_edge"):
        year = int(g["year"]) if kind == "year_edge" else pub.year - (1 if g["which"].lower() == "last" else 0)
        return _period(kind, prep, date(year, 1, 1) if g["edge"] in ("beginning", "start") else date(year, 12, 31))
    if kind == "year":
        if prep in ("since", "from"):
            return None, f"{g['year']}-01-01", None
        return g["year"], None, None
    return None, None, None


def find_times(text: str, published: date | None, offset: int = 0, *, southern: bool = False) -> list[Timex]:
    """Every time expression in ``text`` with its resolution against ``published``.

    Args:
        text: a sentence or any stretch of an article.
        published: the publication date; when None, expressions are returned unresolved
            (except fully explicit dates such as "21 September 2022").
        offset: added to the spans, so that callers can pass a sentence and get article offsets.
        southern: the story is from south of the equator, where seasons are six months on.
    """
    found: list[Timex] = []
    taken: list[tuple[int, int]] = []
    hints = _hints(text)
    for kind, pattern in _PATTERNS:
        if not hints & _NEEDS[kind]:
            continue  # cheap prefilter: the pattern cannot match without one of these words
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            if any(s < b and a < e for a, b in taken):
                continue
            if kind == "month" and not (m.group("prep") or m.group("year")) and _not_a_month(m, text):
                continue
            if kind == "weekday" and not m.group("last") and _ANY_WEEKDAY.search(text, 0, m.start("wd")):
                continue  # "on a Saturday", "on an ordinary Tuesday": any such day, none in particular
            explicit = kind == "iso" or (kind in ("md", "dm", "dm_word", "range_md", "range_dm") and m.group("year"))
            try:
                pub = published or date.min
                resolved = _resolve(kind, m, pub, southern) if (published or explicit) else (None, None, None)
            except (ValueError, TypeError):  # impossible dates such as "February 30"
                resolved = (None, None, None)
            if kind in ("range_md", "range_dm") and _NIGHT_OF.search(text, 0, s) and resolved[2]:
                # "the night of 11 to 12 July": one night, dated by its morning, spanning both days
                resolved = (resolved[2], resolved[1], resolved[2])
            found.append(Timex(s + offset, e + offset, text[s:e], *resolved))
            taken.append((s, e))
    found.sort(key=lambda t: t.start)
    return _periods(text, found, offset, published)


_NIGHT_OF = re.compile(r"\bnight\s+of\s+$", re.I)
#: The words before a weekday that stand for any such day: "on a Saturday", "on an ordinary Tuesday",
#: "every Monday" ("signed a deal Monday" is that Monday). A figure told of it is a rate
#: (:func:`kg.extract.event_time.clause_rate`), no date.
_ANY_WEEKDAY = re.compile(
    r"\b(?:a|an|any|every|each)\s+(?:(?:average|normal|typical|ordinary|usual|regular|busy|quiet|given)\s+)?$", re.I
)
#: Words that put a clause in the future: "will meet", "is scheduled for", "due to resume", "set to";
#: and a day something is called or set "for" ("has called a referendum for 29 November": the
#: day named right after the "for" is the one fixed ahead).
_FUTURE = re.compile(
    r"\b(?:will|shall|scheduled|due\s+to|due\s+on|set\s+to|to\s+be\s+held|upcoming|(?:is|are)\s+to)\b|\w\x27ll\b"
    r"|\b(?:call|calls|called|set|sets|fix|fixes|fixed)\b[^.;]{0,80}\bfor\s+$",
    re.I,
)
#: A period being arranged: the present progressive ("are being recalled", "is calling up") or a
#: length before its start ("for three months from"): a start it names in the coming weeks is ahead.
_ARRANGED = re.compile(
    r"\b(?:is|are|am)\s+(?:being\s+[a-z]+|(?!(?:no|some|any|every)thing\b|during\b|morning\b|evening\b)[a-z]+ing)\b"
    r"|\bfor\s+(?:[\w-]+\s+){1,2}(?:days|weeks|months)\s+$",
    re.I,
)
#: How far ahead such a start may lie; further ahead, the date is last year's (news tells what was).
_SOON_DAYS = 31
#: Where a sentence starts, seen from inside it (a stop and a space, or a line break).
_SENTENCE_END = re.compile(r"[.!?][\x27\x22\u2019\u201d]?\s|\n")


def _future(text: str, at: int) -> bool:
    """Whether the sentence holding ``at`` speaks of the future before it (a bounded look back)."""
    window = text[max(0, at - 240) : at]
    ends = list(_SENTENCE_END.finditer(window))
    return _FUTURE.search(window, ends[-1].end() if ends else 0) is not None


def _arranged(text: str, at: int) -> bool:
    """Whether the sentence holding a "from" date at ``at`` arranges the period it opens."""
    window = text[max(0, at - 240) : at]
    ends = list(_SENTENCE_END.finditer(window))
    return _ARRANGED.search(window, ends[-1].end() if ends else 0) is not None


#: Words that, besides :data:`_FUTURE`'s, put a deadline ahead of the report: reported or expected
#: action ("said the officers would arrive by Friday", "expects to reopen a lane by Friday").
_REPORTED_AHEAD = re.compile(r"\b(?:would|expects?\s+to|expected\s+to|plans?\s+to|hopes?\s+to)\b", re.I)


def _deadline_ahead(text: str, at: int) -> bool:
    """Whether a weekday after "by"/"until" at ``at`` is a deadline still to come: the sentence
    before it speaks of the future or of what someone would or expects to do."""
    window = text[max(0, at - 240) : at]
    ends = list(_SENTENCE_END.finditer(window))
    start = ends[-1].end() if ends else 0
    return _future(text, at) or _REPORTED_AHEAD.search(window, start) is not None


_FULL_MONTHS = frozenset(k for k in _MONTHS if len(k) > 4) | {"may", "june", "july"}
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _not_a_month(m: re.Match[str], text: str) -> bool:
    """A bare month word with no preposition or year that is something else: the modal "may", the
    verb "mar", a given name ("President Jan Roe", "April Lind": a capitalised word follows), or
    an abbreviation standing alone ("Jan" is a month only beside a day or a year)."""
    mon = _g_lower(m, "mon")
    after_month = mon == "may" and m.group("mon")[:1] == "M" and _MONTH_BEFORE.search(text, 0, m.start("mon"))
    if after_month and not _NAME_AFTER.match(text, m.end()):
        return False  # "between January and May", "from March to May": the month, after another
    if _MONTH_OF.search(text, 0, m.start("mon")) and not _NAME_AFTER.match(text, m.end()):
        return False  # "in the month of May": named a month
    return mon in ("may", "mar") or mon not in _FULL_MONTHS or bool(_NAME_AFTER.match(text, m.end()))


#: The words that name what follows a month: "in the month of ".
_MONTH_OF = re.compile(r"\bmonth\s+of\s+$", re.I)
#: A full month name and a word joining it to the next month: "January and ", "March to ".
_MONTH_BEFORE = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)"
    r"\s+(?:and|to|until|till|through|-|–)\s+$"
)


# A clock time before a day ("from 06:00 on Sunday 3 May until 18:00 on Monday 4 May", "from
# midnight on 15 May").
_CLOCK = r"(?:(?:\d{1,2}[:.]\d{2}(?:\s*(?:hours|hrs|h|a\.m\.|p\.m\.|am|pm))?|midnight|noon)\s+)?"
# or a part of the day: "shut from the afternoon of 2 May to the night of 4 May" is 2-4 May
_DAY_PART = r"(?:the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?"
_SPAN_OPEN = re.compile(rf"\b(?:from|between)\s+{_CLOCK}{_DAY_PART}$", re.I)
# the joiner may follow a comma closing the first day: "from Monday, 7 September, to Friday, 18 September"
# or the part of the first day the period opens in: "between Friday night and Sunday morning"
_SPAN_JOIN = re.compile(
    rf"^\s*(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s*)?"
    rf"(?:,?\s*(?:to|and|until|till|through|-|–)\s*{_CLOCK}{_DAY_PART})?$",
    re.I,
)
_SPAN_ENDS = ("to ", "until ", "till ", "through ")


def _day(t: Timex) -> date | None:
    return date.fromisoformat(t.date) if t.date and len(t.date) == 10 else None


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WRITTEN_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")


def _month(t: Timex) -> tuple[int, int, bool] | None:
    """(year, month, whether the year is written) of a whole month ("March", "from March",
    "December 2025"), or None for anything else (a day, a week, a year)."""
    if _WRITTEN_DAY.search(_WRITTEN_YEAR.sub("", t.text)):
        return None
    if t.date and len(t.date) == 7:
        value = t.date
    elif t.start_date and not t.date and not t.end_date and t.text.lower().startswith("from "):
        value = t.start_date[:7]
    else:
        return None
    return int(value[:4]), int(value[5:7]), bool(_WRITTEN_YEAR.search(t.text))


def _month_span(a: Timex, b: Timex) -> tuple[str, str] | None:
    """First and last day of "between March and December 2025", "from May 2024 to January 2025".

    A year written once, after the second month, is the year of both unless the first month comes
    later in the year than the second ("between November and February 2025": November 2024).
    """
    first, second = _month(a), _month(b)
    if first is None or second is None:
        return None
    y2, m2 = second[0], second[1]
    y1 = first[0] if first[2] else (y2 if first[1] <= m2 else y2 - 1)
    start = date(y1, first[1], 1)
    end = (date(y2, m2, 1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return (_iso(start), _iso(end)) if start < end else None


#: A dash between two months is a range of its own: "in October-December 2026", "the March–May figures".
_DASH = re.compile(r"^\s*[-–—]\s*$")
#: "in January and February": two months said together are one period when they follow each other.
_IN_TWO_MONTHS = re.compile(r"^(?:in|during|over)\s", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|during|over)\s+$", re.I)
_AND = re.compile(r"^\s+and\s+$")


def _next_months(a: Timex, b: Timex) -> tuple[str, str] | None:
    """First and last day of two months in a row ("January and February"), else None."""
    first, second = _month(a), _month(b)
    if first is None or second is None or (second[1] - first[1]) % 12 != 1:
        return None
    return _month_span(a, b)


def _periods(text: str, found: list[Timex], offset: int, published: date | None = None) -> list[Timex]:
    """Join time expressions that together state a period.

    "the week to Sunday (18)" is the seven days ending that Sunday; "from 3 March to 9 March" and
    "between Monday and Thursday" run from the first day to the second; "between March and
    December 2025" from the first day of March to the last of December.
    """
    out: list[Timex] = []
    i = 0
    while i < len(found):
        t = found[i]
        s = t.start - offset
        nxt = found[i + 1] if i + 1 < len(found) else None
        # a week, N months or a fiscal year written with the day it closes on ("the 12 months to 31
        # May", "the fiscal year which closed on 30 June 2025"): that stretch, ending on that day
        week = STRETCH_TO.search(text[max(0, s - 60) : s])
        bounds = stretch_bounds(week, t.date) if week and not (t.start_date or t.end_date) else None
        if week and bounds is not None:
            a = max(0, s - 60) + week.start()
            out.append(Timex(a + offset, t.end, text[a : t.end - offset], None, _iso(bounds[0]), _iso(bounds[1])))
            i += 1
            continue
        opened = _SPAN_OPEN.search(text[max(0, s - 48) : s])
        a_day = _day(t) or (
            date.fromisoformat(t.start_date) if t.text.lower().startswith("from ") and t.start_date else None
        )
        gap = text[t.end - offset : nxt.start - offset] if nxt is not None else ""
        # the end stated on its own ("from 3 May until 9 May": "until 9 May" is an end already)
        b_day = (_day(nxt) if _SPAN_JOIN.match(gap) and gap.strip() else None) if nxt is not None else None
        if nxt is not None and b_day is None and not gap.strip(" ,") and nxt.text.lower().startswith(_SPAN_ENDS):
            b_day = date.fromisoformat(nxt.end_date) if nxt.end_date else None
        if a_day and b_day and nxt is not None and _bare_weekday(nxt.text) and 0 < (a_day - b_day).days < 7:
            b_day += timedelta(days=7)  # "from Thursday to Saturday": the Saturday after that Thursday
        if a_day and b_day and (b_day - a_day).days > 366 and not _WRITTEN_YEAR.search(t.text):
            # "from 4 June until 9 June" read apart: the end a deadline ahead, the start behind
            a_day = _same_day_before(a_day, b_day)
        if (opened or t.text.lower().startswith("from ")) and a_day and b_day and a_day < b_day and nxt is not None:
            a = max(0, s - 48) + opened.start() if opened else s
            out.append(Timex(a + offset, nxt.end, text[a : nxt.end - offset], None, _iso(a_day), _iso(b_day)))
            i += 2
            continue
        months = (
            _month_span(t, nxt)
            if (opened or t.text.lower().startswith("from ") or _DASH.match(gap))
            and nxt is not None
            and _SPAN_JOIN.match(text[t.end - offset : nxt.start - offset])
            else None
        )
        said_in = _IN_TWO_MONTHS.match(t.text) or _IN_BEFORE.search(text[max(0, s - 8) : s])
        if months is None and nxt is not None and said_in and _AND.match(gap):
            months = _next_months(t, nxt)  # "in January and February": the two months together
        if months is not None and nxt is not None:
            a = max(0, s - 48) + opened.start() if opened else s
            out.append(Timex(a + offset, nxt.end, text[a : nxt.end - offset], None, *months))
            i += 2
            continue
        if nxt is not None and _AND.match(gap) and (days := _next_weekdays(t, nxt)) is not None:
            out.append(Timex(t.start, nxt.end, text[s : nxt.end - offset], None, *days))
            i += 2  # "on Saturday and Sunday": the two days together
            continue
        out.append(_since_apposed(text, _clock_bound(text, t, offset, published), offset))
        i += 1
    return out


#: A bound set by a time of day before the day it falls on: "closed until 11 a.m. on Friday", "open
#: till 23:10 on 4 May". The day is where the period ends, not a day the event happened on.
_CLOCK_BOUND = re.compile(
    r"\b(?:until|till|up\s+to)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm|hrs|hours|h)?|noon|midday|midnight)"
    r"\s*,?\s+(?:on\s+)?$",
    re.I,
)


#: A day set off by commas after a "since" phrase that names no day: "Since the summer timetable came
#: in, on 4 May, ...", "since the pass reopened, on 9 June, ...": the day the period opens.
_SINCE_APPOSED = re.compile(r"\bsince\s+[^,.;:\d]{3,60},\s*(?:on\s+)?$", re.I)


#: A day that names a happening after "since": "since the floods of 3 April", "since the attack of 9
#: May": the period opens on the happening's day.
_SINCE_OF = re.compile(r"\bsince\s+the\s+(?:[^\W\d]+[\s-]+){1,3}of\s+(?:the\s+)?$", re.I)


def happening_day(text: str, t: Timex) -> Timex:
    """``t`` as the own date of the happening a "since the X of DAY" phrase names ("the general
    election of 7 May", read for the election itself), where :func:`find_times` made it a start.

    Args:
        text: the whole text ``t``'s offsets point into.
        t: a time expression found in it.
    """
    if not t.start_date or t.date or t.end_date or not _SINCE_OF.search(text, max(0, t.start - 60), t.start):
        return t
    day = t.start_date if _WRITTEN_DAY.search(_WRITTEN_YEAR.sub("", t.text)) else t.start_date[:7]
    return replace(t, date=day, start_date=None)


def _since_apposed(text: str, t: Timex, offset: int) -> Timex:
    """``t`` as the start of a period when it stands in apposition after a "since" phrase, or
    names the day of the happening a "since" phrase names."""
    s = t.start - offset
    if not t.date or len(t.date) not in (7, 10) or t.start_date or t.end_date:
        return t
    if _SINCE_OF.search(text, max(0, s - 60), s):  # "since the floods of May": from 1 May
        return replace(t, date=None, start_date=t.date if len(t.date) == 10 else f"{t.date}-01")
    if len(t.date) != 10 or not _SINCE_APPOSED.search(text, max(0, s - 80), s):
        return t
    return replace(t, date=None, start_date=t.date)


def _clock_bound(text: str, t: Timex, offset: int, published: date | None) -> Timex:
    """``t`` as the end of a period when an "until" and a time of day stand just before its day; a
    weekday there is a deadline ahead when the sentence speaks of the future, as "until Friday" is."""
    s = t.start - offset
    if not t.date or len(t.date) != 10 or t.start_date or t.end_date:
        return t
    bound = _CLOCK_BOUND.search(text, max(0, s - 40), s)
    if bound is None or t.text.lower() in ("yesterday", "today"):
        return t  # "until 18:00 yesterday": a report's cut-off, the day its count stands at
    end = date.fromisoformat(t.date)
    # the future is read before the "until": "a.m." holds full stops that would end the sentence
    ahead = _bare_weekday(t.text) and _deadline_ahead(text, bound.start())
    if published is not None and end < published and ahead:
        end += timedelta(days=7)
    return replace(t, date=None, end_date=_iso(end))


def _next_weekdays(a: Timex, b: Timex) -> tuple[str, str] | None:
    """First and second day of two weekdays in a row said together ("on Saturday and Sunday"), else
    None: a closure or a count "on Saturday and Sunday" covers both days, as "on 6 and 7 June" does."""
    first, second = _day(a), _day(b)
    if not (_bare_weekday(a.text) and _bare_weekday(b.text)) or first is None or second is None:
        return None
    return (_iso(first), _iso(second)) if (second - first).days == 1 else None


def _same_day_before(day: date, end: date) -> date:
    """The same day and month as ``day`` in the latest year that keeps it before ``end``."""
    with_year = date(end.year, day.month, min(day.day, 28)) if (day.month, day.day) == (2, 29) else None
    moved = with_year or day.replace(year=end.year)
    return moved if moved < end else moved.replace(year=end.year - 1)


def _bare_weekday(text: str) -> bool:
    """ "Saturday", "to Saturday": a weekday named alone, which resolves to the last one by default."""
    words = text.lower().split()
    return len(words) <= 2 and words[-1] in _WEEKDAYS and not any(ch.isdigit() for ch in text)


def _g_lower(m: re.Match[str], name: str) -> str:
    """A named group of a match, lower-cased, or ""."""
    return (m.group(name) or "").lower()
