"""Text -> quantities: counts, ranges, bounds, rates and percentage changes, as pure string functions.

News states numbers of people in a small set of shapes ("some 48,000", "just under 10,000",
"5,000 to 6,000", "1 250 000", "two million", "thousands", "10,000 a day", "up 30 percent",
"nearly doubled"). Each shape is read by a rule here, so that events only decide *which* number
belongs to *which* happening.

Choices, so that every consumer reads the same thing:

* a point value is ``count``; "some", "about", "around", "an estimated", and a speaker's
  "something like" or "in the region of" make it ``approximate``;
* an upper bound ("nearly", "almost", "just under", "less than", "up to", "the best part of",
  "shy of") gives ``count`` and ``count_max`` equal to the stated number, ``approximate`` true: the
  true value lies below;
* a lower bound ("more than", "over", "at least", "north of") gives ``count`` and ``count_min``,
  approximate;
* a range ("5,000 to 6,000", "between 5,000 and 6,000", "5,000-6,000") gives only
  ``count_min`` and ``count_max``;
* a vague plural ("dozens", "hundreds", "thousands", "tens of thousands") gives no ``count``,
  only the ``count_min`` the word implies (24, 100, 1,000, 10,000), approximate: the text never
  says how many, but "thousands" does say "at least a thousand".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

__all__ = [
    "Change",
    "Quantity",
    "QuantityMatch",
    "find_changes",
    "find_percents",
    "find_quantities",
    "parse_number",
    "parse_quantity",
]


@dataclass(frozen=True)
class Quantity:
    """A number of people (or things) as the text states it; see the module notes for the choices."""

    count: int | None = None
    count_min: int | None = None
    count_max: int | None = None
    approximate: bool = False
    per_time_unit: str | None = None  # "day", "week", "month"


@dataclass(frozen=True)
class QuantityMatch:
    """A quantity and the character span of the words that state it."""

    start: int
    end: int
    text: str
    quantity: Quantity


@dataclass(frozen=True)
class Change:
    """A change against an earlier period, in percent (negative for a fall), with its span."""

    start: int
    end: int
    text: str
    percent: float
    approximate: bool = False


_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "k": 1_000,  # "16.5k": a thousand, as tables and social posts write it
}
_UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]
_WORD = r"(?:{}|hundred|thousand|million|billion)".format("|".join(_UNITS))
_WORDNUM = rf"(?:a\s+|one\s+)?{_WORD}(?:(?:\s+and\s+|[\s-]+){_WORD})*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?"
_NUM = rf"(?:(?:{_DIGITS})(?:\s*(?:hundred|thousand|million|billion|bn|mn|m)\b|k\b)?|{_WORDNUM})"

_UPPER = (
    r"nearly|almost|just\s+under|just\s+below|less\s+than|fewer\s+than|under|below|up\s+to|close\s+to"
    r"|the\s+(?:best|better)\s+part\s+of|(?:just\s+)?shy\s+of|getting\s+on\s+for|south\s+of"
)
_LOWER = r"more\s+than|over|at\s+least|upwards?\s+of|in\s+excess\s+of|above|just\s+over|north\s+of"
#: "approx." / "approx", "c." / "ca." and "circa" are the abbreviated forms of tables and wire copy.
_ABOUT = (
    r"some|about|around|roughly|approximately|an\s+estimated|estimated|approx\.|approx\b|circa|(?<!\.)ca\.|(?<!\.)c\."
    r"|almost\s+exactly|something\s+like|somewhere\s+(?:around|near)"
    r"|(?:in|on|of)\s+the\s+(?:region|order|neighbou?rhood)\s+of"
)
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}

#: A rate after a figure: "10,000 a day", "3,000 per week", "daily"; a part of the day said of every
#: day ("1,900 each morning", "400 passengers a night", "nightly") is a daily rate too, but not the
#: one night a preposition makes of it ("arrested in a night", "during a night raid").
_RATE = re.compile(
    r"^(?:\s+[A-Za-z][\w-]*){0,3}?\s*(?:,\s*)?(?P<rate>(?:a|an|per|each|every)\s+(?P<unit>day|week|month)"
    r"|(?:each|every|per|(?<!\bin\s)(?<!\bon\s)(?<!\bfor\s)(?<!\bover\s)(?<!\bafter\s)(?<!\bduring\s)a)"
    r"\s+(?P<part>morning|afternoon|evening|night)(?!\s+(?:of|raid|raids|shift|shifts|patrol|patrols)\b)"
    r"|(?P<adv>daily|weekly|monthly|nightly))\b",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"\b(?:(?P<between>between)\s+|from\s+)?(?P<a>{_NUM})\s*(?:-|–|—|to|and)\s*(?P<b>{_NUM})\b",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    rf"(?:\b(?P<qual>{_UPPER}|{_LOWER}|{_ABOUT})\s+)?(?<![\w.,])(?P<n>{_NUM})(?![\w]|[.,]\d|\s*(?:%|per\s*cent|percent))",
    re.IGNORECASE,
)
_VAGUE_RE = re.compile(
    r"\b(?P<mult>tens|hundreds)\s+of\s+(?P<of>thousands|millions)\b|\b(?P<w>dozens|scores|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)
_MONTHS = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_NEAR = re.compile(r"\b(?:{})\.?\s*$".format("|".join(_MONTHS)), re.IGNORECASE)
_MONTH_AFTER = re.compile(r"^\s*(?:{})\b".format("|".join(_MONTHS)), re.IGNORECASE)
#: A share below one hundred written in words ("eleven per cent", "twenty-five percent"): the
#: English number words, tens with an optional unit first so that the longest form is taken.
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_PCT_WORDS = rf"(?:{_TENS})(?:[\s-](?:{'|'.join(_UNITS[:9])}))?|{'|'.join(_UNITS[18::-1])}"
_PCT = rf"(?P<p>\d+(?:\.\d+)?|{_PCT_WORDS})\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b)"
#: The hedge a speaker or a table puts between a change's direction and its size ("up roughly 10%",
#: "down approx. 5%", "a rise of about 13 per cent"): the words that hedge a count hedge a share too.
_CHANGE_HEDGE = rf"(?P<q>(?:{_ABOUT}|{_UPPER}|{_LOWER})\s*)?"
_CHANGE_PATTERNS = (
    (re.compile(rf"\b(?P<dir>up|down)\s+(?:by\s+)?{_CHANGE_HEDGE}{_PCT}", re.I), None),
    (
        re.compile(
            rf"\b(?P<dir>rise|rose|risen|rising|rises|increase[sd]?|increasing|jump(?:ed|s)?|grow|grew|grown|"
            rf"climb(?:ed|s)?|surge[sd]?|soar(?:ed|s)?|fall|fell|fallen|falling|falls|drop(?:ped|s)?|"
            rf"decrease[sd]?|decline[sd]?|plunge[sd]?|slump(?:ed|s)?|growth|hike|reduction)\s+(?:by\s+|of\s+)?"
            rf"{_CHANGE_HEDGE}{_PCT}",
            re.I,
        ),
        None,
    ),
    (
        re.compile(
            rf"\b{_PCT}\s+(?P<dir>rise|increase|jump|growth|surge|hike|drop|fall|decrease|decline|plunge|"
            rf"more|fewer|less|higher|lower)\b",
            re.I,
        ),
        None,
    ),
    (  # "more than 30% compared to the preceding week": a rise stated by its comparison alone
        re.compile(
            rf"\b(?:(?:more\s+than|over|almost|nearly|some|about|around)\s+)?{_PCT}(?P<dir>)\s*,?\s+"
            rf"(?:compared\s+(?:to|with)|against|versus|vs\.?|on|over|from)\s+(?:the\s+|a\s+)?"
            rf"(?:previous|preceding|prior|same|last)\b",
            re.I,
        ),
        None,
    ),
    (  # "seven percent up on July", "12% down from a year earlier": the direction after the figure
        re.compile(rf"\b{_PCT}\s+(?P<dir>up|down)\s+(?:on|from|over|against|compared)\b", re.I),
        None,
    ),
    (  # "the growth over the spring was 30 percent", "the fall in bookings was 15%": a change
        # named as a noun and sized by the copula of its clause
        re.compile(
            rf"\b(?P<dir>increase|rise|growth|fall|drop|decrease|decline)\b(?:\s+(?!is\b|was\b)[\w'-]+){{0,8}}?"
            rf"\s+(?:is|was|has\s+been|stands\s+at|stood\s+at)\s+{_CHANGE_HEDGE}{_PCT}",
            re.I,
        ),
        None,
    ),
)
#: A figure stated as a share of an earlier one: "71 per cent of the previous week's figure" is a fall
#: of 29 percent, "140 percent of last year's level" a rise of 40; never a rise by the share itself.
_SHARE_OF_EARLIER = re.compile(
    rf"\b{_PCT}\s+of\s+(?:(?:the|that|those|its|their)\s+)?(?:(?:figure|level|total|number|volume)s?\s+"
    rf"(?:of|for|in)\s+)?(?:(?:those|that)\s+of\s+)?(?:the\s+|a\s+)?"
    rf"(?:previous|preceding|prior|same|last|normal|usual|typical)\b",
    re.I,
)
_MULTIPLES = re.compile(
    r"\b(?P<q>nearly\s+|almost\s+|more\s+than\s+|roughly\s+)?(?P<w>doubled|doubling|tripled|trebled|tripling|"
    r"quadrupled|halved)\b",
    re.IGNORECASE,
)
_MULTIPLE_PERCENT = {"doubl": 100.0, "tripl": 200.0, "trebl": 200.0, "quadrupl": 300.0, "halv": -50.0}
#: A change stated as a fraction of the earlier figure: "up by a third", "a quarter lower than in May",
#: "fell by almost half". The fraction's share of the earlier figure in percent.
_FRACTION_PERCENT = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_FRACTION = rf"(?P<f>{'|'.join(_FRACTION_PERCENT)})"
_FRACTION_CHANGES = (
    re.compile(
        r"\b(?P<dir>up|down|rose|risen|rises|rising|increased|increases|grew|grown|climbed|jumped|fell|fallen|falls|"
        r"falling|dropped|decreased|declined)\s+by\s+(?P<q>almost\s+|nearly\s+|about\s+|roughly\s+|some\s+)?"
        rf"(?:(?:a|one)[\s-])?{_FRACTION}\b(?!\s+of\b)",
        re.I,
    ),
    re.compile(
        rf"\b(?P<q>almost\s+|nearly\s+|about\s+|roughly\s+|some\s+)?(?:a|one)[\s-]{_FRACTION}"
        r"\s+(?P<dir>more|fewer|less|higher|lower)\b",
        re.I,
    ),
)
_DOWN = re.compile(
    r"^(?:down|fall|fell|fallen|falling|falls|drop|decrease|decline|plunge|slump|fewer|less|lower|reduction)", re.I
)


def parse_number(text: str) -> int | None:
    """The integer a numeral states: "48,000", "1 250 000", "1.2 million", "two million", "13,400"."""
    t = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    m = re.fullmatch(r"(?P<d>\d[\d, ]*(?:\.\d+)?)\s*(?P<s>hundred|thousand|million|billion|bn|mn|m|k)?", t)
    if m:
        digits = re.sub(r"[, ]", "", m.group("d"))
        try:
            value = float(digits)
        except ValueError:
            return None
        return round(value * _SCALES.get(m.group("s") or "", 1))
    t = re.sub(r"^a\s+", "one ", t)
    try:
        return int(text2num(t.replace(" and ", " "), "en"))
    except ValueError:
        return None


def _is_date_or_year(text: str, start: int, end: int, value: int) -> bool:
    """True when a bare number is a day of a month ("September 21") or a year ("in 2022")."""
    raw = text[start:end]
    if re.fullmatch(r"\d{4}", raw) and 1800 <= value <= 2100:
        return True
    if re.fullmatch(r"\d{1,2}", raw):
        if _MONTH_NEAR.search(text[max(0, start - 12) : start]) or _MONTH_AFTER.match(text[end : end + 12]):
            return True
        if text[start - 1 : start] == "(" and text[end : end + 1] == ")":  # "Tuesday (27)"
            return True
    return False


def _is_list_marker(text: str, start: int, end: int) -> bool:
    """True for the number of a numbered point ("4. Welcomes the decision …", "2) Evacuation …").

    A communiqué's paragraphs and an official's update are numbered; the number opening a line,
    followed by a full stop or bracket and a blank, counts points, not people.
    """
    if end - start > 2 or text[start:end].strip() != text[start:end] or not text[start:end].isdigit():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and re.match(r"[.)](?:\s|$)", text[end : end + 2]) is not None


def _in_fraction(text: str, start: int, end: int) -> bool:
    """True for a number written against another with a slash: a thread's post counter ("3/7 Since
    ..."), a score or a fraction ("2/3 of the budget"), a date ("4/11"), a schedule ("open 24/7").
    Such a number is one half of a ratio, never a head count."""
    before = text[max(0, start - 2) : start]
    return re.match(r"/\d", text[end : end + 2]) is not None or re.search(r"\d/$", before) is not None


#: "seven in ten", "one in every five", "3 out of 4": a share of a group, written as two numbers.
_PROPORTION = re.compile(
    rf"\b(?P<a>{_NUM})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_NUM})\b"
    r"(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b)",
    re.IGNORECASE,
)


def _proportions(text: str) -> list[tuple[int, int]]:
    """Spans of the shares a text states as "N in M" ("Seven in ten were women").

    Neither number counts people: the smaller is a part of every larger. "2,000 in ten days" and
    "500 in 2024" are no shares (the first number is larger; the second is a year)."""
    out = []
    for m in _PROPORTION.finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is not None and b is not None and 0 < a < b and not _is_date_or_year(text, m.start("b"), m.end("b"), b):
            out.append((m.start(), m.end()))
    return out


#: A telephone number: an international one ("+357 22 000 000", "(+44) 20 7946 0000", "+1-202-555-0100")
#: or a national one opening with a trunk zero ("0800 123 456"); the groups are digits a blank,
#: hyphen or dot apart. No count is written with a "+" and groups after it, or with a leading zero.
_TELEPHONE = re.compile(
    r"(?:\(\+\d{1,4}\)|(?<![\w+])\+\d{1,4})(?:[ \u00a0.\-]\(?\d{2,}\)?){2,}(?![\d%])"
    r"|(?<![\w.,])(?<!\d[ \u00a0\-])0\d{2,4}(?:[ \u00a0\-]\d{2,}){1,}(?![\d%])"
)


def _telephone_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of the telephone numbers in ``text``: a release or an advisory ends with a number to
    call ("contact the duty officer on +357 22 000 000"), whose digit groups would otherwise read
    as counts (357, 22 million)."""
    return [(m.start(), m.end()) for m in _TELEPHONE.finditer(text)]


#: A time of day: "08:15", "21:05 hrs", "11.45 p.m.", "6 pm", "9 o'clock", "0745 hours", "1315 GMT", and
#: both ends of "between 8 and 10 p.m." / "from 6 to 9 a.m." (the suffix closes the range).
_MERIDIEM = r"(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"
_CLOCK_TIME = re.compile(
    rf"\b(?:between|from)\s+\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:and|to|until|till|-|\u2013)\s*\d{{1,2}}(?:[:.]\d{{2}})?\s*{_MERIDIEM}"
    rf"|\b\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:{_MERIDIEM}|o\x27clock\b|o\u2019clock\b)"
    r"|\b\d{1,2}:\d{2}(?!\d)(?:\s*(?:hrs|hours|h|GMT|UTC)\b)?|\b\d{1,2}\.\d{2}\s*(?:hrs|hours|h|GMT|UTC)\b"
    r"|\b[0-2]\d[0-5]\d\s*(?:hrs|hours|h|GMT|UTC)\b",
    re.IGNORECASE,
)


def _clock_times(text: str) -> list[tuple[int, int]]:
    """Spans of the times of day in ``text``: "closed until 11 a.m.", "between 8 and 10 p.m." or "at
    0745 hours" tell when, and their hours would otherwise read as counts (11, a range 8-10, 745)."""
    return [(m.start(), m.end()) for m in _CLOCK_TIME.finditer(text)]


def _rate_after(text: str, end: int) -> tuple[str | None, int]:
    m = _RATE.match(text[end : end + 60])
    if not m:
        return None, end
    if m.group("part"):
        return "day", end + m.end()
    unit = (
        m.group("unit")
        or {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month"}[m.group("adv").lower()]
    )
    return unit.lower(), end + m.end()


#: "a daily average of 12,000", "an average daily figure of 900", "weekly totals of 3,000": the rate
#: written before the figure.
_RATE_BEFORE = re.compile(
    r"\b(?P<adv>daily|weekly|monthly)\s+(?:average|mean|total|figure|number)s?\s+(?:of\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)


def _rate_before(text: str, start: int) -> str | None:
    """The unit of a rate the words just before a figure state ("a daily average of 4,060"), or None."""
    m = _RATE_BEFORE.search(text[max(0, start - 60) : start])
    return _RATE_ADVERB_UNITS[m.group("adv").lower()] if m else None


_RATE_ADVERB_UNITS = {"daily": "day", "weekly": "week", "monthly": "month"}


#: Words one of which every pattern of :func:`find_quantities` needs where it has no digit: the
#: number words and the vague plurals ("dozens", "hundreds").
_NUMBER_WORDS = (*_UNITS, "hundred", "thousand", "million", "billion", "dozens", "scores")
_DIGIT = re.compile(r"\d")


def _may_count(text: str) -> bool:
    """False when ``text`` can hold no count: no digit and no number word in it. Most sentences
    have neither, and the patterns are costly to try at every position. Only ASCII text is
    ruled out: there lower-casing is what the patterns' IGNORECASE does ("ſ" matches "s")."""
    if not text.isascii() or _DIGIT.search(text):
        return True
    low = text.lower()
    return any(word in low for word in _NUMBER_WORDS)


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every count, range, bound or vague plural in ``text``, in text order, with its span.

    Percentages, years, days of the month, the numbers of numbered points, shares ("seven in
    ten"), telephone numbers and times of day are not counts and are left out.
    """
    if not _may_count(text):
        return []
    found: list[QuantityMatch] = []
    taken: list[tuple[int, int]] = _proportions(text) + _telephone_numbers(text) + _clock_times(text)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, q: Quantity) -> None:
        unit, e2 = _rate_after(text, e)
        unit = unit or _rate_before(text, s)
        if unit:
            q = Quantity(q.count, q.count_min, q.count_max, q.approximate, unit)
        found.append(QuantityMatch(s, e, text[s:e], q))
        taken.append((s, max(e, e2)))

    for m in _RANGE.finditer(text):
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b is None or not free(m.start(), m.end()):
            continue
        if m.group(0).lower().find(" and ") >= 0 and not m.group("between"):
            continue  # "13,400 and 9,000" lists two figures, not a range
        if text[m.end("a") : m.start("b")] == "-" and m.group("a")[-1].isalpha() and m.group("b")[0].isalpha():
            continue  # "seventy-three thousand": one number written in words, not a range
        if _is_date_or_year(text, m.start("a"), m.end("a"), a) or _is_date_or_year(text, m.start("b"), m.end("b"), b):
            continue
        if re.match(r"\s*(?:%|per\s*cent|percent)", text[m.end() : m.end() + 9], re.I):
            continue
        if a < b / 100 and re.search(r"[a-z]$", m.group("b"), re.I):  # "5 to 6 million"
            scale = b // max(1, parse_number(re.sub(r"\s*[a-z]+$", "", m.group("b"), flags=re.I)) or 1)
            a *= scale
        if a >= b:
            continue
        add(m.start(), m.end(), Quantity(count_min=a, count_max=b))

    for m in _SINGLE.finditer(text):
        if not free(m.start("n"), m.end("n")):
            continue
        n = parse_number(m.group("n"))
        if n is None or _is_date_or_year(text, m.start("n"), m.end("n"), n):
            continue
        if _is_list_marker(text, m.start("n"), m.end("n")) or _in_fraction(text, m.start("n"), m.end("n")):
            continue
        qual = re.sub(r"\s+", " ", (m.group("qual") or "").lower())
        if not qual:
            q = Quantity(count=n)
        elif re.fullmatch(_UPPER, qual):
            q = Quantity(count=n, count_max=n, approximate=True)
        elif re.fullmatch(_LOWER, qual):
            q = Quantity(count=n, count_min=n, approximate=True)
        else:
            q = Quantity(count=n, approximate=True)
        start = m.start() if qual else m.start("n")
        add(start, m.end(), q)

    for m in _VAGUE_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("w"):
            low = _VAGUE[m.group("w").lower()]
        else:
            low = (10 if m.group("mult").lower() == "tens" else 100) * _VAGUE[m.group("of").lower()]
        add(m.start(), m.end(), Quantity(count_min=low, approximate=True))
    found.sort(key=lambda x: x.start)
    return found


def parse_quantity(text: str) -> Quantity | None:
    """The first quantity ``text`` states, or None ("some 48,000" -> count 48000, approximate)."""
    found = find_quantities(text)
    return found[0].quantity if found else None


def find_changes(text: str) -> list[Change]:
    """Every change against an earlier period: "up 30 percent", "a 12% rise", "an increase of 8 percent",
    "down 5%", "nearly doubled", "up by a third", "a quarter lower"."""
    out: list[Change] = []
    # every change pattern and the share of an earlier figure need a percentage (_PCT): "%" or "cent"
    percent = "%" in text or "cent" in text.lower()
    for pattern, _ in _CHANGE_PATTERNS if percent else ():
        for m in pattern.finditer(text):
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            pct = _percent_value(m.group("p"))
            if _DOWN.match(m.group("dir")):
                pct = -pct
            approx = bool(m.groupdict().get("q")) or bool(re.search(r"\b(?:almost|nearly|some)\s", m.group(0), re.I))
            out.append(Change(m.start(), m.end(), m.group(0), pct, approx))
    for m in _SHARE_OF_EARLIER.finditer(text) if percent else ():
        if not any(c.start < m.end() and m.start() < c.end for c in out):
            out.append(Change(m.start(), m.end(), m.group(0), _percent_value(m.group("p")) - 100.0))
    for m in _MULTIPLES.finditer(text):
        stem = next(k for k in _MULTIPLE_PERCENT if m.group("w").lower().startswith(k))
        out.append(Change(m.start(), m.end(), m.group(0), _MULTIPLE_PERCENT[stem], bool(m.group("q"))))
    for pattern in _FRACTION_CHANGES:
        for m in pattern.finditer(text):
            if any(c.start < m.end() and m.start() < c.end for c in out):
                continue
            share = round(_FRACTION_PERCENT[m.group("f").lower()], 1)
            out.append(
                Change(
                    m.start(), m.end(), m.group(0), -share if _DOWN.match(m.group("dir")) else share, bool(m.group("q"))
                )
            )
    out.sort(key=lambda c: c.start)
    return out


def find_percents(text: str) -> list[tuple[int, int, float]]:
    """Every percentage ("96%", "52.4 percent") as (start, end, value): results, shares, turnout."""
    return [(m.start(), m.end(), _percent_value(m.group("p"))) for m in re.finditer(rf"\b{_PCT}", text, re.I)]


def _percent_value(written: str) -> float:
    """The share a percentage states, written in digits ("11.5") or in words ("eleven", "twenty-one")."""
    if written[0].isdigit():
        return float(written)
    return float(text2num(re.sub(r"\s+", "-", written.lower()), "en"))
