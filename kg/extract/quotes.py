"""Article text -> quoted spans, paragraphs and sentence bounds: the text layer of statements.

Quotation marks are found on the raw text, not on spaCy tokens, because the tokenizer and the
sentence splitter both stumble on them (“A. B,” he said is often split in two). Every quote style
seen in English news is read: “…” and "…" (American), ‘…’ (British, where ’ is also the
apostrophe), «…» (agency copy translated from French, Spanish, Russian).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from kg.lexicon.ranks import SHORT_RANKS
from kg.nlp.abbreviations import ADDRESS_ABBREVIATIONS

__all__ = [
    "Quote",
    "find_quotes",
    "is_headline",
    "paragraph_of",
    "paragraphs",
    "sentence_end",
    "sentence_start",
]


def _words(text: str) -> frozenset[str]:
    """The blank-separated words of a lexicon written as prose lines."""
    return frozenset(text.split())


_TERMINAL = ".!?"
_CLOSERS = "”’»\"'"
_OPENERS = '“‘«"'
# Abbreviations that end in a period without ending the sentence ("Sen. Markey said"): also every
# abbreviated rank and form of address the tokenizer keeps whole ("said Hon. Jo Roe", "H.E. Jo Roe").
_ABBREVIATIONS = (
    _words(
        """
    mr mrs ms dr prof sen rep gen lt col maj capt sgt gov st mt no vs jr sr inc corp co ltd
    brig adm cmdr supt insp cpl rev h.e
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u
    """
    )
    | SHORT_RANKS
    | {word.lower() for word in ADDRESS_ABBREVIATIONS}
)


@dataclass(frozen=True)
class Quote:
    """One quotation: ``open``/``close`` bound the marks, ``start``/``end`` the words inside.

    ``closed`` is False for a quote left open at the end of its paragraph, the convention for a
    quotation that runs on into the next paragraph.
    """

    open: int
    close: int  # index just after the closing mark (or the paragraph end when unclosed)
    start: int
    end: int
    closed: bool = True

    def words(self, text: str) -> int:
        """How many words the quote holds."""
        return len(re.findall(r"\w+", text[self.start : self.end]))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) offsets; news paragraphs are lines."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def paragraph_of(paras: list[tuple[int, int]], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (the last one starting before it; ``paras`` in text order)."""
    return max(bisect_right(paras, offset, key=lambda p: p[0]) - 1, 0)


def is_headline(text: str, start: int, end: int) -> bool:
    """True for a line that does not end like a sentence: headlines, bylines, "Read also" links.

    Quotes in such lines ("West will ‘never’ recognize, says X") are headline shorthand, not
    reported words, and transcript turns always end in punctuation.
    """
    line = text[start:end].rstrip().rstrip(_CLOSERS + ")").rstrip()
    return not line or line[-1] not in _TERMINAL + "…:"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Inner bounds without surrounding blanks or a trailing comma ("…,” she said)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _pair_curly(text: str, s: int, e: int, opener: str, closer: str) -> list[Quote]:
    """Pair “…” or «…» in one paragraph; a quote that is reopened before it closes is dropped."""
    out = []
    i = text.find(opener, s, e)
    while i != -1:
        j = text.find(closer, i + 1, e)
        k = text.find(opener, i + 1, e)
        if j == -1:
            if k == -1:  # runs on into the next paragraph
                a, b = _trim(text, i + 1, e)
                if b > a:
                    out.append(Quote(i, e, a, b, closed=False))
            i = k
            continue
        if k != -1 and k < j and opener != closer:
            i = k
            continue
        a, b = _trim(text, i + 1, j)
        if b > a:
            out.append(Quote(i, j + 1, a, b))
        i = text.find(opener, j + 1, e)
    return out


def _pair_straight(text: str, s: int, e: int) -> list[Quote]:
    """Pair straight double quotes in one paragraph, first with second, third with fourth.

    A last mark left over that opens a quotation (after a blank or the line start, before a
    word) runs to the paragraph end: a quote continued in the next paragraph, or one whose
    closing mark was lost at the end of the text.
    """
    marks = [m.start() for m in re.finditer('"', text[s:e])]
    out = []
    for a_rel, b_rel in zip(marks[::2], marks[1::2], strict=False):
        i, j = s + a_rel, s + b_rel
        a, b = _trim(text, i + 1, j)
        if b > a:
            out.append(Quote(i, j + 1, a, b))
    if len(marks) % 2:
        i = s + marks[-1]
        if (i == s or text[i - 1].isspace()) and i + 1 < e and text[i + 1].isalnum():
            a, b = _trim(text, i + 1, e)
            if len(text[a:b].split()) >= 3:
                out.append(Quote(i, e, a, b, closed=False))
    return out


def _pair_single(text: str, s: int, e: int, opener: str = "‘", closer: str = "’") -> list[Quote]:
    """Pair single quotes (British ‘…’, or straight '…'), telling the closer from the apostrophe.

    An opening mark follows a blank, an opening bracket or the line start, and precedes a word; a
    closing mark follows a word and precedes no letter (so don’t and Moscow’s are apostrophes). A
    plural possessive ("the countries’ leaders") also fits that, so such a candidate is skipped
    when a later one in the paragraph fits better.
    """
    out: list[Quote] = []
    i = s
    while True:
        i = text.find(opener, i, e)
        if i == -1:
            return out
        if (i > s and not (text[i - 1].isspace() or text[i - 1] in "([“—–-")) or i + 1 >= e or text[i + 1].isspace():
            i += 1
            continue
        candidates = [
            j
            for j in (m.start() + i + 1 for m in re.finditer(re.escape(closer), text[i + 1 : e]))
            if not text[j - 1].isspace() and (j + 1 >= e or not text[j + 1].isalnum())
        ]
        good = [
            j for j in candidates if not (text[j - 1] == "s" and re.match(r"\s+[a-z]", text[j + 1 : j + 3]) is not None)
        ]
        if not candidates:
            i += 1
            continue
        pick = (good or candidates)[0]
        a, b = _trim(text, i + 1, pick)
        if b > a:
            out.append(Quote(i, pick + 1, a, b))
        i = pick + 1


def find_quotes(text: str) -> list[Quote]:
    """Every outermost quotation in ``text``, in text order; nested quotes are left inside."""
    found: list[Quote] = []
    for s, e in paragraphs(text):
        found += _pair_curly(text, s, e, "“", "”")
        found += _pair_curly(text, s, e, "«", "»")
        found += _pair_straight(text, s, e)
        found += _pair_single(text, s, e)
        found += _pair_single(text, s, e, "'", "'")
    found.sort(key=lambda q: (q.open, -q.close))
    out: list[Quote] = []
    for q in found:
        if out and q.open < out[-1].close:
            continue  # nested in (or tangled with) the previous outer quote
        out.append(q)
    return out


# The word before a full stop, read from at most this many characters back: longer than any
# abbreviation, so a longer run of word characters is never one, cut or not.
_LOOKBACK = 32
_WORD_TAIL = re.compile(r"[\w.]+$")
_NON_BLANK = re.compile(r"\S")


def _is_boundary(text: str, j: int, para_end: int) -> bool:
    """True when the terminal mark at ``j`` ends a sentence (not "Sen." or "U.S. officials").

    Looks only near ``j`` (the word before it, the first character after the closing marks), so
    checking every candidate of a long text costs in proportion to the text.
    """
    k = j + 1
    while k < para_end and text[k] in _CLOSERS + ")":
        k += 1
    if k < para_end and not text[k].isspace():
        return False
    if text[j] == ".":
        word = _WORD_TAIL.search(text, max(0, j - _LOOKBACK), j)
        if word and (word.group(0).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(0))):
            return False
    return not _starts_lower(text, k, para_end)


def _starts_lower(text: str, start: int, end: int) -> bool:
    """The first non-blank character of ``text[start:end]`` is a lower-case letter."""
    found = _NON_BLANK.search(text, start, end)
    return found is not None and found.group().islower()


def _first_non_blank(text: str, start: int, end: int) -> int:
    """Offset of the first non-blank character of ``text[start:end]``, or ``end``."""
    found = _NON_BLANK.search(text, start, end)
    return found.start() if found else end


def _quoted(quotes: list[Quote], j: int, lo: int, hi: int) -> bool:
    """``j`` lies inside the words of a quote that opens at or after ``lo`` and closes by ``hi``.

    ``quotes`` are as :func:`find_quotes` gives them: in text order and not nested, so the one
    quote that can hold ``j`` is the last starting at or before it (a binary search, not a scan).
    """
    i = bisect_right(quotes, j, key=lambda q: q.start) - 1
    if i < 0:
        return False
    q = quotes[i]
    return q.start <= j < q.end and q.open >= lo and q.close <= hi


def sentence_start(text: str, pos: int, para_start: int, quotes: list[Quote]) -> int:
    """Start of the sentence holding ``pos``, skipping terminal marks inside other quotes.

    ``quotes`` are as :func:`find_quotes` gives them (in text order, not nested).
    """
    j = pos - 1
    while j >= para_start:
        if text[j] in _TERMINAL and not _quoted(quotes, j, para_start, pos) and _is_boundary(text, j, len(text)):
            k = j + 1
            while k < pos and (text[k] in _CLOSERS + ")" or text[k].isspace()):
                k += 1
            return k
        if text[j] in _CLOSERS and _quoted(quotes, j - 1, para_start, pos) and text[j - 1] in _TERMINAL:
            first = _first_non_blank(text, j + 1, pos)
            if first < pos and (text[first].isupper() or text[first] in _OPENERS):
                return first
        j -= 1
    return para_start


def sentence_end(text: str, pos: int, para_end: int, quotes: list[Quote]) -> int:
    """End (after the terminal mark and closing quotes) of the sentence holding ``pos``.

    ``quotes`` are as :func:`find_quotes` gives them (in text order, not nested).
    """
    for j in range(pos, para_end):
        if text[j] in _TERMINAL and not _quoted(quotes, j, pos, para_end) and _is_boundary(text, j, para_end):
            k = j + 1
            while k < para_end and text[k] in _CLOSERS + ")":
                k += 1
            return k
        if text[j] in _CLOSERS and _quoted(quotes, j - 1, pos, para_end) and text[j - 1] in _TERMINAL:
            first = _first_non_blank(text, j + 1, para_end)
            if first == para_end or text[first].isupper() or text[first] in _OPENERS:
                return j + 1
    return para_end
