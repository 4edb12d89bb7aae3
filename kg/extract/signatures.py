"""(a person's mention, entity index) -> TitleMatch: the office a signature block or a caption gives.

Press releases and statements end with who issued them, one item a line: the name (after a form
of address, before degrees and honours), the title, the body. The lines say what a sentence
would say with commas ("Jane Doe, Police Spokesperson of the National Police Service"). A TV
script's on-screen caption says it with a slash: "SUPER: Jane Doe / Police Spokesperson, Y".
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.extract.owners import owner_at
from kg.extract.titles import HEADS, TitleMatch, appositive, officer_post
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.nlp.persons import honorific

__all__ = ["caption", "signature", "signed_below"]


def _line_after(doc: Doc, i: int) -> SpacySpan | None:
    """The words of the line that starts after the line break at or after token ``i``."""
    while i < len(doc) and "\n" not in doc[i].text:
        if doc[i].is_space:
            return None
        i += 1
    start = i + 1
    end = start
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    return doc[start:end] if end > start else None


#: A rank and its grade words before a signature's name: "Assistant Commissioner Jane Doe" /
#: "Police Spokesperson": the line below is the office, the rank how the holder is addressed.
_RANK_WORDS = RANKS | SHORT_RANKS | frozenset({"inspector", "superintendent", "commissioner", "constable"})
_RANK_WORDS |= frozenset({"senior", "assistant", "chief", "deputy", "lance", "staff", "first"})


def signature(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """A release's signature block: the name on a line of its own, the title on the next, the body after.

    "Dr. Jane Doe, PhD" / "Police Spokesperson" / "National Police Service": the name's line holds
    only the name (after a form of address or a rank, before degrees and honours), and the title's
    line is a title and nothing else.
    """
    doc = person.doc
    left = person.start
    while left > 0 and (
        honorific(doc[left - 1]) or (doc[left - 1].is_title and doc[left - 1].lower_.rstrip(".") in _RANK_WORDS)
    ):
        left -= 1
    if left > 0 and "\n" not in doc[left - 1].text:
        return None
    rest = doc[person.end : _line_end(doc, person.end)]
    if any(not (t.is_punct or t.is_upper or t.text[:1].isupper()) for t in rest):
        return None  # "Jane Doe said on Monday ...": a sentence, not a signature
    line = _line_after(doc, person.end)
    if (
        line is None
        or len(line) > 8
        or not (any(t.lower_ in HEADS for t in line) or officer_post([t.text for t in line]))
    ):
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.ent_type_ == "PERSON" for t in line):
        return None
    match = appositive(doc, line.start, line.end, index)
    if match is None or match.owner is not None:
        return match
    body = _line_after(doc, line.end - 1) if line.end < len(doc) else None
    owner = owner_at(body[0], index) if body is not None and len(body) else None
    return TitleMatch(match.span, match.title, owner, match.wording) if owner else match


def signed_below(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """A signature block with the title above the name: "For the Executive Committee," / "The
    Publicity Secretary" / "Jane Doe". The name's line holds only the name; the line above is a
    title and nothing else; a "For the X," line above that names the body it signs for.
    """
    doc = person.doc
    left = person.start
    while left > 0 and honorific(doc[left - 1]):
        left -= 1
    if left == 0 or "\n" not in doc[left - 1].text:
        return None
    rest = doc[person.end : _line_end(doc, person.end)]
    if any(not t.is_punct for t in rest):
        return None  # "Jane Doe said ...": a sentence, not a signature
    line = _line_before(doc, left - 1)
    if line is None or len(line) > 12 or not any(t.lower_ in HEADS for t in line):
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.ent_type_ == "PERSON" for t in line) or line[-1].text in (",", ":"):
        return None  # "For the Committee," is the body's line, not the title's
    match = appositive(doc, line.start, line.end, index)
    if match is None or match.owner is not None:
        return match
    above = _line_before(doc, line.start - 1) if line.start > 0 else None
    if above is None or above[0].lower_ != "for":
        return match
    owner = next((o for t in above[1:] if (o := owner_at(t, index))), None)
    return TitleMatch(match.span, match.title, owner, match.wording) if owner else match


def _line_before(doc: Doc, br: int) -> SpacySpan | None:
    """The words of the line that ends at the line break token ``br``, or None when it is blank."""
    if "\n" not in doc[br].text or doc[br].text.count("\n") > 1:
        return None
    start = br
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    words = doc[start:br]
    return words if len(words) else None


def _line_end(doc: Doc, i: int) -> int:
    while i < len(doc) and "\n" not in doc[i].text:
        i += 1
    return i


#: Places a caption's office may be of: "Jane Doe / Secretary for Roads, X Province".
_CAPTION_PLACES = frozenset({"Region", "Settlement"})


def caption(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """A TV script's on-screen caption: "SUPER: Jane Doe / Secretary for Border Affairs, X".

    The name opens the line (after the caption's cue, "SUPER:", "CG:", "LOWER THIRD:"), a slash
    follows it, then the title, then after a comma the body or the place whose office it is.
    "Jane Doe / Farmer from X" gives no office: what follows the slash must be a title.
    """
    doc = person.doc
    start = person.start
    while start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_space:
        start -= 1
    lead = doc[start : person.start]
    if len(lead) and not (lead[-1].text == ":" and all(t.is_upper or t.is_punct for t in lead)):
        return None  # "... said Jane Doe / ...": not a caption line
    if person.end + 1 >= len(doc) or doc[person.end].text != "/":
        return None
    end = _line_end(doc, person.end + 1)
    comma = next((t.i for t in doc[person.end + 1 : end] if t.text == ","), end)
    match = appositive(doc, person.end + 1, comma, index)
    if match is None or match.owner is not None or comma >= end - 1:
        return match
    body = doc[comma + 1]
    owner = owner_at(body, index)
    if owner is None:
        place = index.at(body.idx, body.idx + len(body))
        owner = place.key if place is not None and place.type in _CAPTION_PLACES else None
    return TitleMatch(match.span, match.title, owner, match.wording) if owner else match
