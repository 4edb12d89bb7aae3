"""Doc + chosen spans -> the persons an all-caps header line names after their office.

Transcripts and releases open with a header in capitals ("PRESS CONFERENCE BY PRIME MINISTER
JANE ROE, CAPITAL") and then label the turns by office alone ("PRIME MINISTER: ..."), so the
header is the one place the holder's name stands. The statistical model reads no names in all-caps
text: an office's words, then two to four capitalised words that are no office word, particle or
name of a state or known body, and that end the line, a comma, "and" or a bracket, make a person.
A caps headline is no header: words that are mostly common nouns or a verb ("PRESIDENT VISITS
FLOODED TOWNS") name nobody. A speaker label that opens with a form of address ("MS. JANE ROE:")
names a person the same way, and so does a label that is a name in capitals alone ("JANE ROE:",
"JANE ROE, MINISTER:"): an excerpt of a transcript may give its speaker no other way.
"""

from __future__ import annotations

import re
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import known_body, settlement_for, state_key
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.doctext import doc_text
from kg.nlp.persons import honorific
from kg.nlp.roles import NEWSROOM_ROLES, PERSON_NOUNS
from kg.nlp.script_cues import BITE_CUES

__all__ = ["caps_persons"]

#: Words that close a name in a header: what follows is the next item ("AND PRESIDENT ...", "ON ...").
_CLOSERS = frozenset({"and", "on", "at", "in", "of", "for", "with", "to", "the", "by", "&"})
_MIN_NAME = 2
_MAX_NAME = 4
_DASHES = frozenset({"-", "–", "—"})
#: Roles a turn's label gives with the holder's name in brackets: the programme's, and those who
#: lead an interview or a press conference ("INTERVIEWER (JO ROE):", "MODERATOR (JO ROE):").
_ASIDE_ROLES = NEWSROOM_ROLES | frozenset({"interviewer", "moderator"})


def caps_persons(doc: Doc, chosen: list[Span], words: frozenset[str] = frozenset()) -> list[Span]:
    """``chosen`` with a Person span for every name after an office in an all-caps line.

    ``words`` are the model's common nouns and verbs: a run of them is a headline's words, not a name.
    """
    text = doc_text(doc)
    out = list(chosen)
    start = 0
    for token in doc:
        if token.idx < start:
            continue
        end = text.find("\n", token.idx)
        end = len(text) if end < 0 else end
        start = end + 1
        line = text[token.idx : end]
        cued = (
            _cued_label(doc, token.i, end, words)
            or _bracketed_label(doc, token.i, end, words)
            or _role_aside(doc, token.i, end, words)
        )
        titled: list[Span] = []
        if cued:
            names = cued
        elif any(c.islower() for c in line) or not any(c.isalpha() for c in line):
            titled = _titled_label(doc, token.i, end, words)
            names = titled or _addressed_label(doc, token.i, end) or _plain_label(doc, token.i, end, words)
        else:
            names = _names_in_line(doc, token.i, end, words)
        for name in names:
            if cued:  # the cue's description is no part of the name: "SKIPPER JO ROE" is Jo Roe
                out = [s for s in out if not (s.label_ == "Person" and s.start < name.start < s.end <= name.end)]
            if titled:  # the model cut the label's name short: "MINISTER JO ROE LIND:" read as "JO ROE" or "LIND"
                out = [s for s in out if not (s.label_ == "Person" and _shorter_within(s, name))]
            clash = [s for s in out if s.start < name.end and name.start < s.end]
            if any(s.label_ == "Person" for s in clash) or any(s.start < name.start or s.end > name.end for s in clash):
                continue  # already a person, or a longer name the gazetteers read there
            out = [s for s in out if s not in clash]
            out.append(Span(doc, name.start, name.end, label="Person", kb_id="caps_header"))
    return sorted(out, key=lambda s: s.start)


def _cued_label(doc: Doc, first: int, end_char: int, words: frozenset[str]) -> list[Span]:
    """ "SOT - TRADER JO ROE:", "CLIP - SKIPPER JO ROE (0'12):": the name closing a bite cue's label.

    A script's cue names whose sound follows, often after what the person is (a trade, a rank, an
    office); the words before the colon or the timing bracket end in the name. Leading common words,
    office words and abbreviated ranks are the description; two to four name words after them,
    the last no common word, are the person.
    """
    if doc[first].text not in BITE_CUES:
        return []
    i = first + 1
    if i >= len(doc) or doc[i].text not in {"-", "–", "—", "/"}:
        return []
    j = i + 1
    while j < len(doc) and doc[j].idx < end_char and doc[j].text not in {":", "("}:
        j += 1
    if j >= len(doc) or doc[j].idx >= end_char:
        return []
    label = [t for t in doc[i + 1 : j]]
    k = 0
    while k < len(label) and (
        label[k].text == "."
        or label[k].lower_ in TITLE_WORDS
        or label[k].lower_ in PERSON_NOUNS
        or (k + 1 < len(label) and label[k + 1].text == ".")
        or (label[k].lower_ in words and len(label) - k > _MIN_NAME)
    ):
        k += 1
    name = doc[label[k].i : j] if k < len(label) else None
    if name is None or not all(_name_word(t.text) or (t.text == "-" and not t.whitespace_) for t in name):
        return []
    count = len(name.text.split())  # "ROE-LIND" is one word of a name
    if not _MIN_NAME <= count <= _MAX_NAME or _common(name, words)[-1] or not _nameable(name):
        return []
    return [name]


def _bracketed_label(doc: Doc, first: int, end_char: int, words: frozenset[str]) -> list[Span]:
    """ "[ANCHOR - JO ROE]", "[PKG - JO ROE-LIND]": a broadcast script's segment line, the role in
    capitals, a spaced dash, then the name of who reads the segment, closing the bracket and the line.
    """
    if doc[first].text != "[":
        return []
    dash = next((i for i in range(first + 1, len(doc)) if doc[i].idx >= end_char or doc[i].text in _DASHES), None)
    if dash is None or dash == first + 1 or doc[dash].idx >= end_char or not doc[dash - 1].whitespace_:
        return []
    close = next((i for i in range(dash + 1, len(doc)) if doc[i].idx >= end_char or doc[i].text == "]"), None)
    if close is None or doc[close].idx >= end_char or doc[close].idx + 1 != end_char:
        return []
    name = doc[dash + 1 : close]
    if not len(name) or not all(_name_word(t.text) or (t.text == "-" and not t.whitespace_) for t in name):
        return []
    count = len(name.text.split())
    if not _MIN_NAME <= count <= _MAX_NAME or _common(name, words)[-1] or not _nameable(name):
        return []
    return [name]


def _role_aside(doc: Doc, first: int, end_char: int, words: frozenset[str]) -> list[Span]:
    """ "ANCHOR (JO ROE):", "PRESENTER (JO ROE-LIND)": a programme role in capitals opening the line,
    then in brackets the name of who holds it, closing the label (the line's end, or a colon that
    may open the turn on the same line; the model may take the bracket and the colon as one
    token, "):")."""
    if not (doc[first].is_upper and doc[first].lower_ in _ASIDE_ROLES):
        return []
    if first + 1 >= len(doc) or doc[first + 1].text != "(":
        return []
    close = next((i for i in range(first + 2, len(doc)) if doc[i].idx >= end_char or doc[i].text[0] == ")"), None)
    if close is None or doc[close].idx >= end_char:
        return []
    after = doc_text(doc)[doc[close].idx + 1 : end_char].strip()
    if after and not after.startswith(":"):
        return []
    name = doc[first + 2 : close]
    if not len(name) or not all(_name_word(t.text) or (t.text == "-" and not t.whitespace_) for t in name):
        return []
    if not _MIN_NAME <= len(name.text.split()) <= _MAX_NAME or _common(name, words)[-1] or not _nameable(name):
        return []
    return [name]


def _names_in_line(doc: Doc, first: int, end_char: int, words: frozenset[str]) -> list[Span]:
    """Runs of name words right after an office's words, between token ``first`` and the line's end."""
    out: list[Span] = []
    i = first
    while i < len(doc) and doc[i].idx < end_char:
        if doc[i].lower_ not in TITLE_WORDS:
            i += 1
            continue
        while i < len(doc) and doc[i].idx < end_char and doc[i].lower_ in TITLE_WORDS:
            i += 1
        j = i
        while j < len(doc) and doc[j].idx < end_char and _name_word(doc[j].text) and j - i < _MAX_NAME:
            j += 1
        closed = j >= len(doc) or doc[j].idx >= end_char or doc[j].is_punct or doc[j].lower_ in _CLOSERS
        if closed and j - i >= _MIN_NAME and _personal(doc[i:j], words):
            out.append(doc[i:j])
        i = max(j, i + 1)
    return out


def _shorter_within(span: Span, name: Span) -> bool:
    """True for a span inside ``name`` and shorter: the model's partial reading of it."""
    return name.start <= span.start and span.end <= name.end and len(span) < len(name)


def _titled_label(doc: Doc, first: int, end_char: int, words: frozenset[str]) -> list[Span]:
    """ "MINISTER JO ROE LIND: We deported ...", "COMMISSIONER GENERAL JO ROE, DIRECTOR OF X: ...":
    the name after the office words of a turn's label, whole.

    The label opens the line, is in capitals and ends at the first colon; each of its comma-parted
    pieces that opens with office words (with "DELEGATE", "ELECT" after them) and then holds only
    two to four name words, not all of them common words, names that person. A piece that goes on
    with other words ("DIRECTOR OF THE X") names nobody.
    """
    colon = doc_text(doc).find(":", doc[first].idx, end_char)
    if colon < 0 or not _office_word(doc[first].lower_):
        return []
    label = list(takewhile(lambda t: t.idx < colon, doc[first:]))  # the line's tokens, not the rest of the text
    if any(c.islower() for t in label for c in t.text):
        return []
    out: list[Span] = []
    pieces: list[list[Token]] = [[]]
    for t in label:
        if t.text == ",":
            pieces.append([])
        else:
            pieces[-1].append(t)
    for piece in pieces:
        k = 0
        while k < len(piece) and (_office_word(piece[k].lower_) or (k and piece[k].lower_ in _POSTPOSED)):
            k += 1
        if k == 0 or k == len(piece):
            continue
        name = doc[piece[k].i : piece[-1].i + 1]
        if not all(_name_word(t.text) or (t.text == "-" and not t.whitespace_) for t in name):
            continue
        # after an office and before the colon a name is expected: common words do not unmake it
        # (given names such as "ADAM" are common words too), unless every word is one
        if _MIN_NAME <= len(name.text.split()) <= _MAX_NAME and _nameable(name) and not all(_common(name, words)):
            out.append(name)
    return out


def _office_word(word: str) -> bool:
    """An office's word, also with a rank prefix written solid ("subcommissioner", "vicechair")."""
    if word in TITLE_WORDS or word in PERSON_NOUNS:
        return True
    return any(word.startswith(p) and word[len(p) :] in TITLE_WORDS for p in _RANK_PREFIXES)


#: Words written after an office that still belong to it: "MINISTER DELEGATE", "PRESIDENT ELECT".
_POSTPOSED = frozenset({"delegate", "designate", "elect"})
#: Prefixes of rank written solid before an office word.
_RANK_PREFIXES = ("sub", "vice", "co", "under")


def _addressed_label(doc: Doc, first: int, end_char: int) -> list[Span]:
    """ "MS. JANE ROE: Good afternoon": the name after a form of address in a turn's label."""
    if not (doc[first].is_upper and honorific(doc[first])):
        return []
    i = first + 1 + int(first + 1 < len(doc) and doc[first + 1].text == ".")
    j = i
    while j < len(doc) and doc[j].idx < end_char and _name_word(doc[j].text) and j - i < _MAX_NAME:
        j += 1
    if j - i < _MIN_NAME or j >= len(doc) or doc[j].text != ":":
        return []
    return [doc[i:j]]


def _plain_label(doc: Doc, first: int, end_char: int, words: frozenset[str]) -> list[Span]:
    """ "JANE ROE: We closed ...", "JANE ROE, MINISTER: ...": a turn's label that is a name in capitals.

    The label opens the line and is two to four name words before the colon, or before a comma and
    a role in capitals that ends at the colon. Words that are a town's, state's or body's name, a
    verb, or common words at the head ("BREAKING NEWS:", "NEW YORK:") are no person; a surname
    the text writes elsewhere is left to that full name, which the label then stands for.
    """
    j, count = first, 0
    while j < len(doc) and doc[j].idx < end_char and count < _MAX_NAME:
        if _name_word(doc[j].text):
            j, count = j + 1, count + 1
        elif j > first and _joined_half(doc, j):
            j += 2  # "JANE ROE-LIND": the model splits a double surname at its hyphen
        else:
            break
    if count < _MIN_NAME or j >= len(doc) or doc[j].text not in {":", ","}:
        return []
    role = ""
    if doc[j].text == ",":
        colon = doc_text(doc).find(":", doc[j].idx, end_char)
        role = doc_text(doc)[doc[j].idx + 1 : colon].split("(")[0]
        if colon < 0 or any(c.islower() for c in role):
            return []
    name = doc[first:j]
    surname = re.compile(rf"\b{re.escape(name[-1].text.title())}\b")
    if surname.search(doc_text(doc)):
        return []  # "FM ROE:" where the text names Jane Roe: the label stands for her, no new person
    common = _common(name, words)
    # An office after the name ("JANE ROE, FOREIGN MINISTER:") says a person speaks. Without one,
    # a label's head is its last word: "BREAKING NEWS", "FULL TEXT" end in a common noun, a
    # surname seldom does; a given name may be a common word too ("DORIAN").
    office = any(w.strip(".,").casefold() in TITLE_WORDS | PERSON_NOUNS for w in re.split(r"[\s,]+", role))
    if not office and (common[-1] or 2 * sum(common) > len(name)):
        return []
    return [name] if _nameable(name) and settlement_for(name.text.title()) is None else []


def _joined_half(doc: Doc, i: int) -> bool:
    """True for a hyphen token ``doc[i]`` written tight between two name words: "ROE-LIND"."""
    return (
        doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and i + 1 < len(doc)
        and _name_word(doc[i + 1].text)
    )


def _name_word(word: str) -> bool:
    """An upper-case word that may be part of a personal name: letters (with inner "-" or "'")."""
    core = word.replace("-", "").replace("'", "").replace("’", "")
    return core.isalpha() and word.isupper() and word.lower() not in TITLE_WORDS and word.lower() not in _CLOSERS


def _personal(span: Span, words: frozenset[str]) -> bool:
    """Words that can be a personal name: no state's or known body's name, no verb, not mostly common words."""
    common = _common(span, words)
    return _nameable(span) and 2 * sum(common) < len(span)


def _nameable(span: Span) -> bool:
    """No state's or known body's name and no verb: words that may still be a personal name."""
    title = span.text.title()
    if state_key(title) is not None or known_body(title) is not None or any(state_key(t.text.title()) for t in span):
        return False
    return not any(t.pos_ in {"VERB", "AUX"} for t in span)  # "PRIME MINISTER JANE ROE RESIGNS": a headline's verb


def _common(span: Span, words: frozenset[str]) -> list[bool]:
    """For each word of ``span``: is it (or its stem) one of the model's common nouns and verbs?"""
    return [any(form in words for form in _forms(t.lower_)) for t in span]


def _forms(word: str) -> tuple[str, ...]:
    """The word and the stems its English endings leave: "towns" -> "town", "flooded" -> "flood"."""
    out = [word]
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out.append(word[: -len(ending)])
    return tuple(out)
