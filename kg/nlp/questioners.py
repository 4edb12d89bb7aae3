"""Doc + labelled spans -> the same spans with a questioner's outlet read as a body, not a person.

Press-conference transcripts label each question with who asks it and for whom: "Q (Jane Roe,
Tarnia Courier): ...", "QUESTION: Jane Roe, Norland Radio. Minister, ...". The NER reads the
outlet's name, capitalised words after a personal name, as a second person. The label's shape
decides: a one-word capitals cue opening its line, a person's name (or capitalised words the NER
left out), a comma, then a name that ends the label (a bracket, a colon or a full stop): that
name is the outlet, an organization. The label's shape also makes the first name a person
whatever the NER read it as ("Q (Jane Roe, ...)" is no town or firm), and the outlet's words
no place ("Balkans Wire" is a service, not the Balkans).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from spacy.attrs import IS_ALPHA, IS_UPPER
from spacy.tokens import Doc, Span, Token

from kg.lexicon.names import TITLE_WORDS
from kg.nlp.doctext import column
from kg.nlp.heads import ORG_HEADS
from kg.nlp.roles import EVERYDAY_PERSON_NOUNS, NEWSROOM_ROLES, PERSON_NOUNS
from kg.nlp.script_cues import BITE_CUES

__all__ = ["outlet_label", "questioners_outlets"]

#: What may stand between the cue word and the questioner's name: "Q (", "QUESTION:".
_OPENERS = frozenset({"(", ":"})
#: What ends a questioner's label after the outlet (a token's first character: "):" is one token).
_ENDS = frozenset({")", ":", "."})
_MAX_NAME = 4
#: Capitalised words of an outlet's name the NER may leave out before the part it read ("Radio").
_MAX_LEAD = 2
#: Words of an outlet's name, lower-case particles included ("Voce del Monte").
_MAX_OUTLET = 6
#: What the NER or a gazetteer may have made of the words of a labelled asker or outlet, and the
#: label's shape overrules: a person, a body or a place, never a state (a demonym's state stays).
#: Cues of a question's label that may be written all in capitals with the asker and outlet.
_QUESTION_CUES = frozenset({"q", "question"})
_OVERRULED = frozenset({"Person", "Organization", "Settlement", "Place", "Region"})


def questioners_outlets(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each outlet of a questioner's label relabelled Organization, and the
    questioner's name made a person where the NER left it out (whether it read the outlet as a
    person or as a body)."""
    spans = _labelled(doc, spans)
    by_end = {s.end: s for s in spans}
    out = []
    for span in spans:
        guessed = span.label_ in {"Person", "Organization"} and span.kb_id_ == "ner"
        outlet = _outlet(doc, span) if guessed else span
        asker = _asker(doc, outlet, by_end) if guessed else None
        if asker is not None:
            span = Span(doc, outlet.start, outlet.end, label="Organization", kb_id="ner")
            if not any(end in by_end for end in range(asker.start + 1, asker.end + 1)):  # nothing there yet
                out.append(Span(doc, asker.start, asker.end, label="Person", kb_id="context"))
        out.append(span)
    return sorted(out, key=lambda s: s.start)


def _labelled(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the asker of each full label "CUE (Name, Outlet):" or "CUE, Name, Outlet:"
    a Person and its outlet an Organization, in place of what was read over their words."""
    states = [s for s in spans if s.label_ == "State"]
    titled = {t.text for t in doc if t.is_title and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1] == ":")}
    cues = np.flatnonzero(column(doc, IS_UPPER) & column(doc, IS_ALPHA)).tolist()  # every label opens so
    parts = [
        part
        for i in cues
        for part in (_label_at(doc, i) or _outlet_label_at(doc, i) or _asker_label_at(doc, i, titled))
        if not any(s.start < part.end and part.start < s.end for s in states)  # "ROME, Norland (Wire):"
    ]
    if not parts:
        return spans
    out = [s for s in spans if not any(p.start < s.end and s.start < p.end and s.label_ in _OVERRULED for p in parts)]
    for part in parts:
        if part.label_ == "Person" or any(p.start < part.end and part.start < p.end for p in spans):
            out.append(part)  # an outlet no one read stays out, as before
    return sorted(out, key=lambda s: s.start)


def _label_at(doc: Doc, i: int) -> tuple[Span, ...]:
    """The asker (Person) and outlet (Organization) of a label whose cue is token ``i``: a capitals
    word opening its line, "(", ":" or ",", capitalised words, a comma, an outlet's name closed by
    ")" or ":"; else nothing."""
    if not (doc[i].is_upper and doc[i].is_alpha and _opens_line(doc, i)) or i + 2 >= len(doc):
        return ()
    if doc[i + 1].text not in {*_OPENERS, ","}:
        return ()
    start = end = i + 2
    caps = doc[start].is_upper and doc[i].lower_ in _QUESTION_CUES  # "QUESTION, JO ROE, TARN TV:"
    word = _caps_word if caps else _title_word
    while end < len(doc) and end - start < _MAX_NAME and word(doc[end]):
        end += 1
    if end == start or end >= len(doc) or doc[end].text != ",":
        return ()
    first = last = end + 1
    while last < len(doc) and last - first < _MAX_OUTLET and (_outlet_word(doc[last], word) or doc[last].is_lower):
        last += 1
    if last == first or last >= len(doc) or doc[last].text[:1] not in {")", ":"}:
        return ()
    if not _outlet_word(doc[last - 1], word):
        return ()
    second = "Settlement" if doc[i].lower_ in _CALLER_CUES else "Organization"  # a caller's home town
    return (
        Span(doc, start, end, label="Person", kb_id="context"),
        Span(doc, first, last, label=second, kb_id="ner"),
    )


#: Cues of a phone-in's label: the member of the public calling is named with the town they call
#: from ("CALLER (Jo, Northtown):"), not with an outlet.
_CALLER_CUES = frozenset({"caller", "listener", "viewer"})


def _outlet_word(tok: Token, word: Callable[[Token], bool]) -> bool:
    """A word of an outlet's name: one shaped like the label's names, or an acronym ("NTV Tarn")."""
    return word(tok) or (tok.is_upper and tok.is_alpha and len(tok) > 1)


#: Words of an outlet's name in a label before its reporter's: "THE DAILY POST (Jo Roe):".
_MAX_LABEL = 5
#: NER readings that make a bracket's words a place (a constituency, a town), not a reporter.
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _outlet_label_at(doc: Doc, i: int) -> tuple[Span, ...]:
    """The asker (Person) and outlet (Organization) of a question labelled by the outlet, the
    reporter in brackets: "NORTHERN RADIO (Jo Roe): Minister, will ...?"; else nothing.

    Token ``i`` opens its line and the outlet's name runs in capitals up to the bracket, shaped
    as a body's (:func:`outlet_label`); the bracket holds two to four capitalised words the NER
    read as no place; the line asks a question. A reporter's own name before the outlet ("JO ROE
    (Daily Post):"), a constituency ("JO ROE (Northtown):") and a chair's "MINISTER (Jo Roe):"
    are no such label.
    """
    if not (doc[i].is_upper and doc[i].is_alpha and _opens_line(doc, i)):
        return ()
    end = i
    while end < len(doc) and end - i < _MAX_LABEL and _caps_word(doc[end]):
        end += 1
    if end >= len(doc) - 3 or doc[end].text != "(" or not outlet_label(doc[i:end].text):
        return ()
    first = last = end + 1
    while last < len(doc) and last - first < _MAX_NAME and doc[last].is_title and doc[last].ent_type_ not in _PLACES:
        last += 1
    if last - first < 2 or last >= len(doc) - 1 or not doc[last].text.startswith(")"):
        return ()
    if ":" not in doc[last].text and doc[last + 1].text != ":":
        return ()
    line_end = next((j for j in range(last, len(doc)) if "\n" in doc[j].text or "\n" in doc[j].whitespace_), len(doc))
    if not any(doc[j].text == "?" for j in range(last, line_end)):
        return ()
    return (
        Span(doc, first, last, label="Person", kb_id="context"),
        Span(doc, i, end, label="Organization", kb_id="ner"),
    )


def _asker_label_at(doc: Doc, i: int, titled: set[str]) -> tuple[Span, ...]:
    """The asker (Person) and outlet (Organization) of a question labelled by the asker's given
    name in capitals, the outlet in brackets: "ZANDILE (Marel Daily): Minister, ...?"; else nothing.

    A label in capitals may be a role ("MODERATOR (Jo Roe):") or a name; the chair who gives the
    floor tells them apart: the label's word is written as a name elsewhere in the same text
    ("Zandile, go ahead.", not the label of a line "Witness: ..."), and it is no title, role noun
    or cue word. The bracket holds one to four words
    shaped like a name (an acronym too: "(NTV)") that the NER read as no place, closed by "):".
    Each place the text writes the name ("Soon, Zandile.") is that person too.
    """
    if not (doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 2 and _opens_line(doc, i)):
        return ()
    word = doc[i].text.title()
    if i + 3 >= len(doc) or doc[i + 1].text != "(" or word not in titled or not _given_name(doc[i].lower_):
        return ()
    first = last = i + 2
    while last < len(doc) and last - first < _MAX_NAME and _named_outlet_word(doc[last]):
        last += 1
    if last == first or last >= len(doc) - 1 or not doc[last].text.startswith(")"):
        return ()
    if ":" not in doc[last].text and doc[last + 1].text != ":":
        return ()
    repeats = [Span(doc, t.i, t.i + 1, label="Person", kb_id="context") for t in doc if t.text == word]
    return (
        Span(doc, i, i + 1, label="Person", kb_id="context"),
        Span(doc, first, last, label="Organization", kb_id="ner"),
        *repeats,
    )


def _given_name(word: str) -> bool:
    """A label's word that may be a given name: no title, role noun, question cue or script cue
    ("WITNESS (Hon. Jo Roe):" is a role before its holder)."""
    return word not in _ROLES and word.upper() not in BITE_CUES


_ROLES = TITLE_WORDS | PERSON_NOUNS | EVERYDAY_PERSON_NOUNS | NEWSROOM_ROLES | _QUESTION_CUES


def _named_outlet_word(tok: Token) -> bool:
    """A word of a bracketed outlet's name: capitalised or an acronym, read as no place."""
    return (tok.is_title or (tok.is_upper and tok.is_alpha and len(tok) > 1)) and tok.ent_type_ not in _PLACES


def outlet_label(label: str) -> bool:
    """True for a label in capitals that names a body, not a person: it opens with "THE" ("THE
    DAILY POST") or holds an organization's head noun ("NORTHERN RADIO", "CAPITAL NEWS NETWORK").
    A reporter's own name before the outlet's in brackets ("JO ROE (Daily Post):") holds neither."""
    words = [w.casefold() for w in label.split()]
    return bool(words) and (words[0] == "the" or any(w in ORG_HEADS for w in words))


def _title_word(tok: Token) -> bool:
    return tok.is_title


def _caps_word(tok: Token) -> bool:
    """A word of a label written in capitals: letters (a name, an outlet's "TV")."""
    return tok.is_upper and tok.is_alpha


def _outlet(doc: Doc, span: Span) -> Span:
    """``span`` with the capitalised words the NER left out before it up to a comma: "Radio" of
    "(Jo Roe, Radio Tarn Nord):", where only "Tarn Nord" was read (as a person)."""
    start = span.start
    while start > 1 and span.start - start < _MAX_LEAD and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        start -= 1
    return doc[start : span.end] if doc[start - 1].text == "," else doc[span.start : span.end]


def _asker(doc: Doc, span: Span, by_end: dict[int, Span]) -> Span | None:
    """The questioner's name when ``span`` follows "CUE (Name," or "CUE: Name," at a line's start
    and ends the label; else None."""
    if span.start < 4 or span.end >= len(doc) or doc[span.end].text[:1] not in _ENDS:
        return None
    if doc[span.start - 1].text != ",":
        return None
    known = by_end.get(span.start - 1)
    if known is not None and known.label_ != "Person":
        return None
    start = span.start - 1  # the asker's name: a Person span, or capitalised words the NER left out
    while start > 0 and span.start - 1 - start < _MAX_NAME and doc[start - 1].is_title:
        start -= 1
    if start == span.start - 1 or start < 2:
        return None
    opener, cue = doc[start - 1], doc[start - 2]
    if not (opener.text in _OPENERS and cue.is_upper and cue.is_alpha and _opens_line(doc, cue.i)):
        return None
    return doc[start : span.start - 1]


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first of its line (or of the text), or follows only a bracketed time
    that opens it, as a recording's log writes its turns: "[00:04:10] CALLER (Jo, Northtown):"."""
    if i >= 3 and doc[i - 1].text == "]":
        opener = next((j for j in range(i - 2, max(i - 8, -1), -1) if doc[j].text == "["), None)
        timed = opener is not None and all(c.isdigit() or c == ":" for t in doc[opener + 1 : i - 1] for c in t.text)
        if timed and opener is not None:
            i = opener
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
