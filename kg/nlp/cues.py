"""Doc -> Settlement spans named by their context: datelines, "the town of X", "X, the capital of Y".

A name the statistical NER cannot place (it takes "Sukkur" for an organization, "Kuznica" for a
region, and misses "ISLAMABAD" in a dateline) is still a settlement when the text says so. These
cues read only a few tokens around each trigger word, so they cost one pass over the Doc.
"""

from __future__ import annotations

import calendar

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import known_body, settlement_for, state_key
from kg.lexicon.names import NAME_PARTICLES
from kg.nlp.doctext import line_starts, with_lower
from kg.nlp.heads import AGENCY_CUES, head_class
from kg.nlp.script_cues import BITE_CUES

__all__ = ["SETTLEMENT_NOUNS", "dated_line", "dateline_spans", "settlement_cue_spans"]

#: Nouns that say the name beside them is a settlement ("the village of X", "X, a port town").
SETTLEMENT_NOUNS = frozenset(
    {"city", "town", "village", "port", "hamlet", "township", "municipality", "suburb", "settlement"}
)
_APPOSED_NOUNS = SETTLEMENT_NOUNS | {"capital"}
_MONTHS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
#: Days of the week a dateline may give before its date: "RABAT, Thursday, 16 April".
_WEEKDAYS = frozenset(calendar.day_name[d].lower() for d in range(7))
#: NER labels of spans that are no place: times, and the events and works a cue may sit beside.
_NOT_NAMES = frozenset({"DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW"})
_DASHES = frozenset({"-", "–", "—", "--"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
_MAX_NAME = 4


def _name_token(tok: Token) -> bool:
    """A word that can be part of a place name: capitalised or ALL CAPS, not a function word."""
    return (tok.is_title or (tok.is_upper and len(tok) > 1)) and not tok.is_stop and any(c.isalpha() for c in tok.text)


def _is_month(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in _MONTHS


def _dated(doc: Doc, i: int) -> bool:
    """What follows a dateline's place: ", May 3", ", 4 March", ", Thursday, 4 March", " (Reuters)" or a dash."""
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.text == "-" and i and not doc[i - 1].whitespace_:
        return False  # "Jo Roe-Lind": a hyphen joined to the word before makes a double name, no dateline
    if tok.text in _DASHES:  # "WARSAW -", but not a show's title line "WORLD TONIGHT - TRANSCRIPT"
        return not (i + 1 < len(doc) and _name_token(doc[i + 1]) and doc[i + 1].is_upper)
    if tok.text == "(":  # "DHAKA (Wire) -", but not a speaker's label "JOHN DOE (on tape):"
        close = next((j for j in range(i + 1, min(len(doc), i + 8)) if doc[j].text == ")"), None)
        return close is not None and close + 1 < len(doc) and doc[close + 1].text in _DASHES
    if tok.text != "," or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if state_key(nxt.text) or (i + 3 < len(doc) and state_key(doc[i + 1 : i + 4].text)):
        end = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ","), None)
        if end is not None and _dated(doc, end):
            return True  # "BUKA, Papua New Guinea, Dec 11 (Wire) -"
    if _name_token(nxt):  # "TOWN, Kingdom of X - 15 April", "Town, Island - 22 February": where it lies, a dash, a date
        end = next((j for j in range(i + 1, min(len(doc), i + 2 + _MAX_NAME)) if doc[j].text in _DASHES), None)
        placed = end is not None and all(_name_token(t) or t.lower_ == "of" for t in doc[i + 1 : end])
        if placed and end is not None and _date_at(doc, end + 1):
            return True
    return _date_at(doc, i + 1)  # "RABAT, Thursday, 16 April 2026", "Muscat, Sunday 7 June", "X, May 3"


def dated_line(span: Span) -> bool:
    """A dateline's town followed by a written date ("X, 3 May 2027", "X, Kingdom of Y - 15 April"),
    not a bare dash: no person's name is written so ("Jane Roe - the minister said" is one)."""
    doc, j = span.doc, span.end
    if j >= len(doc) or (doc[j].text != "," and doc[j].text not in _DASHES):
        return False
    for k in range(j + 1, min(len(doc), j + 3 + _MAX_NAME)):
        if _date_at(doc, k):
            return True
        if not (_name_token(doc[k]) or doc[k].lower_ == "of" or doc[k].text == "," or doc[k].text in _DASHES):
            return False
    return False


def _date_at(doc: Doc, i: int) -> bool:
    """A date opens at ``i``: "15 April", "April 15", "Thursday, 16 April"."""
    if i < len(doc) and doc[i].lower_ in _WEEKDAYS:
        i += 1 + int(i + 1 < len(doc) and doc[i + 1].text == ",")
    if i >= len(doc):
        return False
    return _is_month(doc[i]) or (doc[i].like_num and i + 1 < len(doc) and _is_month(doc[i + 1]))


def _particle_between(doc: Doc, i: int, upper: bool) -> bool:
    """A name particle at ``i`` between two words of a town's name ("del" in "Puerto Lindo del Mar")."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in NAME_PARTICLES
        and doc[i].is_lower != upper
        and _name_token(doc[i + 1])
        and doc[i + 1].is_upper == upper
    )


def _not_a_settlement(span: Span) -> bool:
    if span.text.upper() in BITE_CUES:
        return True  # "SOT - Jo Roe, trader:": a script's cue for a sound bite, no dateline's town
    if head_class(span) == "Organization" or _glossed_body(span):
        return True  # a masthead: "KESTREL BROADCASTING AGENCY (KBA) - ...", "Hemvakt - Tarnish Home Guard"
    return bool(state_key(span.text) or known_body(span.text)) or any(t.ent_type_ in _NOT_NAMES for t in span)


def _glossed_body(span: Span) -> bool:
    """A name, a dash and a body's name that ends the line ("Hemvakt - Tarnish Home Guard"): a
    masthead giving a body's own-language name and its English one, not a dateline's town; a
    dateline's dash is followed by the story's sentence or a date."""
    doc, j = span.doc, span.end
    if j >= len(doc) or doc[j].text not in _DASHES:
        return False
    end = j + 1
    while end < len(doc) and not _breaks(doc[end]) and end - j <= 2 * _MAX_NAME:
        end += 1
    if end < len(doc) and not _breaks(doc[end]):
        return False  # the line goes on: a sentence
    words = doc[j + 1 : end + int(end < len(doc) and not doc[end].is_space)]
    if not len(words) or not all(_name_token(t) or t.is_stop for t in words):
        return False
    return head_class(words) == "Organization" or words[-1].lower_ in AGENCY_CUES


def _breaks(tok: Token) -> bool:
    """The line ends at ``tok``: a line break after it, or it is one."""
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)


def dateline_spans(doc: Doc) -> list[Span]:
    """Settlements opening an article or paragraph: "N'DJAMENA, May 3 (Wire) -", "Warsaw –", or alone on a line."""
    out: list[Span] = []
    for i in line_starts(doc):
        tok = doc[i]
        if not _name_token(tok):
            continue
        upper = tok.is_upper
        end = i
        while end < len(doc) and end - i < _MAX_NAME and _name_token(doc[end]) and doc[end].is_upper == upper:
            end += 1
            if _particle_between(doc, end, upper):
                end += 1  # "Puerto Lindo del Mar": a particle inside a town's name, between two of its words
        span = Span(doc, i, end, label="Settlement")
        if (_dated(doc, end) or _place_line(span)) and not _not_a_settlement(span):
            out.append(span)
    return out


def dateline_area_spans(doc: Doc, nouns: frozenset[str]) -> list[Span]:
    """A dateline's town and the area it lies in: "Town, Area, May 3, 2026." opening a line.

    Releases of presidencies and local governments place a town by its canton, parish, district
    or province without the kind word. The model reads both names as persons. The shape settles
    them: the first is the town, the second the region. A venue or body before a known town
    ("Tarn House, Varna, May 3") is no town of an area (the known town is the venue's), nor is a
    state in the second place (the town's state, read elsewhere), nor a venue in the town
    ("Varna, Tarn Barracks, May 3"): a name
    ending in a common noun of the model's lexicon (``nouns``) is no area unless the noun is a
    region's kind ("Tarn Canton").
    """
    out: list[Span] = []
    for i in line_starts(doc):
        end = _name_after(doc, i)
        if end == i or end >= len(doc) or doc[end].text != ",":
            continue
        stop = _name_after(doc, end + 1)
        if stop == end + 1 or stop >= len(doc) or doc[stop].text != "," or not _date_at(doc, stop + 1):
            continue
        town, area = Span(doc, i, end, label="Settlement"), Span(doc, end + 1, stop, label="Region")
        if state_key(area.text) or known_body(area.text):
            continue
        if settlement_for(area.text, primary_only=True) and not settlement_for(town.text):
            # "Presidential Palace, La Paz, 3 May": the venue's town, whatever the model read (a
            # person, or only "Paz"); after a known town ("Tarnby, Victoria, ...") it may be an area
            out.append(Span(doc, end + 1, stop, label="Settlement"))
            continue
        if _not_a_settlement(town) or head_class(town) not in {None, "Settlement"}:
            continue
        kind = head_class(area)
        venue = kind is None and (area[-1].lower_ in nouns or area[-1].lower_.rstrip("s") in nouns)
        if kind in {None, "Region"} and not venue and not any(t.ent_type_ in _NOT_NAMES for t in area):
            out.extend((town, area))
    return out


def _place_line(span: Span) -> bool:
    """A line that is only a town's name, under a release's or briefing's title: "Lisbon" alone.

    Nothing but the name is on the line, so GeoNames must know it as a town's own name.
    """
    doc, end = span.doc, span.end
    alone = end == len(doc) or "\n" in doc[end - 1].whitespace_ or (doc[end].is_space and "\n" in doc[end].text)
    return alone and settlement_for(span.text, primary_only=True) is not None


def _name_after(doc: Doc, i: int) -> int:
    """End of the run of name words starting at ``i`` (hyphenated parts included)."""
    end = i
    while end < len(doc) and end - i < _MAX_NAME:
        if _name_token(doc[end]):
            end += 1
        elif doc[end].text == "-" and end + 1 < len(doc) and _name_token(doc[end + 1]) and end > i:
            end += 2
        else:
            break
    return end


def _name_before(doc: Doc, i: int) -> int:
    """Start of the run of name words ending just before ``i``."""
    start = i
    while start > 0 and i - start < _MAX_NAME and _name_token(doc[start - 1]):
        start -= 1
    return start


def settlement_cue_spans(doc: Doc) -> list[Span]:
    """Names the text calls settlements: "the (border) town of X", "X, the capital of Y"."""
    out: list[Span] = []
    for tok in with_lower(doc, _APPOSED_NOUNS):
        if not tok.is_lower:
            continue
        i = tok.i
        if tok.lower_ in SETTLEMENT_NOUNS and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
            end = _name_after(doc, i + 2)
            if end > i + 2:
                out.append(Span(doc, i + 2, end, label="Settlement"))
            continue
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN"} or nxt.lower_ in {"'s", "’s"}):
            continue  # "a village elder", "the city's mayor": the noun is not the head
        named = _name_before(doc, i)
        if tok.lower_ in SETTLEMENT_NOUNS and 0 < named < i and doc[named - 1].lower_ == "the":
            out.append(Span(doc, named, i, label="Settlement"))  # "the Karlsvik suburb", "the Tarnby village"
            continue
        det = i - 1
        while det > 0 and i - det <= 3 and doc[det].lower_ not in _DETERMINERS and not doc[det].is_punct:
            det -= 1
        if det < 2 or doc[det].lower_ not in _DETERMINERS or doc[det - 1].text != ",":
            continue
        start = _name_before(doc, det - 1)
        if start < det - 1:
            out.append(Span(doc, start, det - 1, label="Settlement"))
    return [s for s in out if not _not_a_settlement(s)]
