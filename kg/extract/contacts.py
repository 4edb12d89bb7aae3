"""Article text -> the people a release's contact lines name: "In Geneva, Jane Roe, Press Officer".

Releases end with whom the press may call, one person a line, in a shape the entity model rarely
reads (no verb, a hyphenated or accented name, a title with no article): where the person sits
("In Geneva," or "In Geneva:"), a rank or a form of address, the name, then after a comma a
title, an e-mail address or a telephone number. The block opens with a cue line ("For more
information, please contact:", "Media contacts:", "Issued by:"), or the cue stands before the
name on the same line ("Media contact: Mr. Jane Roe, Press Officer"); it ends at a blank line.

A line names a person only in a shape nothing else takes: a rank or form of address before the
name, a place it is called from before it, or a title, an address or a number after it. Names of
offices, bodies and places are never people ("Public Relations Department, Defence Force",
"UNHCR Office, Capital City").
"""

from __future__ import annotations

import re

from kg.extract.speakers import AGENCY_NOUNS, PERSON_NOUNS
from kg.extract.titles import HEADS
from kg.lexicon.gazetteer import known_body, region_for, settlement_for, state_key
from kg.lexicon.names import NAME_PARTICLES, TITLE_WORDS
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.nlp.heads import BODY_HEADS, COUNCIL_HEADS, ORG_HEADS, PLACE_HEADS
from kg.nlp.persons import HONORIFICS

__all__ = ["contact_names"]

#: A line that opens a contact block: a contact or issuer cue ending in a colon.
_CUE_LINE = re.compile(r"^[^\n]{0,80}\b(?:contacts?|enquiries|inquiries|issued\s+by)\b[^\n]{0,40}:[ \t]*$", re.I)
#: A cue that stands before the contact on its own line: "Media contact: Jane Roe, …".
_CUE_BEFORE = re.compile(r"^[^\n:]{0,40}\b(?:contacts?|enquiries|inquiries)[ \t]*:[ \t]*(?=\S)", re.I)
#: "In Geneva," / "In Geneva:": the office a contact answers from, before the name.
_CALLED_FROM = re.compile(r"In[ \t]+[A-Z][^,:\n]{0,40}[,:][ \t]*")
#: An e-mail address or a telephone number: what a contact line gives after the name.
_REACH = re.compile(r"@|\+?\d[\d \t().-]{5,}|\b(?:tel|phone|mob|mobile|email|e-mail|fax)\b\.?", re.I)
#: Lines a contact block may hold before it ends.
_BLOCK_LINES = 6
#: Words a personal name is never made of: offices, ranks, bodies' and places' heads.
_NOT_NAME = frozenset(
    PERSON_NOUNS | AGENCY_NOUNS | TITLE_WORDS | HEADS | BODY_HEADS | COUNCIL_HEADS | ORG_HEADS | PLACE_HEADS
) | frozenset({"and", "of", "the", "for", "in"})
#: A rank's grades and forms of address that may stand before the name ("Assistant Commissioner").
_ADDRESS = RANKS | SHORT_RANKS | HONORIFICS | frozenset({"lance", "staff", "first", "assistant", "senior", "chief"})
_ADDRESS |= frozenset({"inspector", "superintendent", "commissioner", "constable", "cllr", "hon", "honourable"})


def contact_names(text: str) -> list[tuple[str, int, int]]:
    """The personal names of a text's contact lines, each with its offsets in ``text``."""
    out: list[tuple[str, int, int]] = []
    left = 0  # lines of the current block still to read
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            left = 0
            continue
        if _CUE_LINE.match(line):
            left = _BLOCK_LINES
            continue
        cue = _CUE_BEFORE.match(line)
        if cue is None and left == 0:
            continue
        left = max(left - 1, 0)
        found = _named(line, cue.end() if cue else 0)
        if found is not None:
            out.append((found[0], start + found[1], start + found[2]))
    return out


def _named(line: str, skip: int) -> tuple[str, int, int] | None:
    """The name a contact line gives, with its offsets in ``line``: one item of its comma list."""
    called = _CALLED_FROM.match(line, skip)
    pos = called.end() if called else skip
    items = [(m.start() + pos, m.group()) for m in re.finditer(r"[^,]+", line[pos:])]
    for k, (offset, item) in enumerate(items):
        words = item.split()
        lead = 0
        while lead < len(words) and words[lead].lower().rstrip(".") in _ADDRESS:
            lead += 1
        name = words[lead:]
        if not _personal(name):
            continue
        after = [text for _, text in items[k + 1 :]]
        titled = bool(after) and any(w.lower() in HEADS or _staff(w) for w in after[0].split())
        if not (lead or called or titled or any(_REACH.search(a) for a in after)):
            continue
        joined = " ".join(name)
        begin = offset + item.index(name[0], len(" ".join(words[:lead])))
        return joined, begin, begin + len(joined)
    return None


def _staff(word: str) -> bool:
    """A staff post's head word written as a title: "Officer", "Associate"."""
    return word in {"Officer", "Associate"}


def _personal(words: list[str]) -> bool:
    """Two to four capitalised words that make a personal name, not a body's or a place's."""
    capitals = [w for w in words if w.lower() not in NAME_PARTICLES]
    if not 2 <= len(capitals) <= 4:
        return False
    for w in capitals:
        parts = [p for p in re.split(r"[-'’]", w) if p]
        if not parts or not all(p[:1].isupper() and p.isalpha() for p in parts):
            return False
        if any(p.isupper() and len(p) > 1 for p in parts) or w.lower() in _NOT_NAME:
            return False  # "UNHCR Office", "Public Relations Department"
    name = " ".join(words)
    return not (state_key(name) or settlement_for(name) or region_for(name) or known_body(name))
