"""Doc + chosen spans -> the persons named in apposition to an office that the NER missed or cut.

Official texts introduce people as "the Minister of Defence, Ana Maria Lopes Rocha, said" or "Its
Prime Minister, Joao da Silva Mendes, added": an office, a comma, a personal name set off by a
second comma (or the sentence's, line's or list item's end). The statistical model misses long names of languages it
saw little of, or reads their last words as a town ("da Ponte Nova" -> GPE "Ponte Nova"). The
office before the comma is the cue: what stands between the commas is a person's name when it
is a run of capitalised words (with the particles names carry) and no gazetteer's state or body.
A name the model read as a body before an office set off by commas ("X Y-Z, ABC's Head of Mission,"
or "X Y, Chief Executive of the port") is a person's too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.gazetteer import known_body, state_key
from kg.lexicon.names import NAME_PARTICLES, TITLE_WORDS
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.nlp.cues import SETTLEMENT_NOUNS
from kg.nlp.doctext import with_orth
from kg.nlp.heads import AGENCY_CUES, BODY_HEADS, COUNCIL_HEADS, ORG_HEADS, head_class
from kg.nlp.malay_honorifics import chain_end
from kg.nlp.persons import honorific

__all__ = ["apposed_persons"]

#: Words that may stand between an office word and the comma: its complement ("of Defence").
_COMPLEMENT = frozenset({"of", "for", "and", "the"})
#: What may close the apposition: a comma, a full stop, a list item's semicolon (a line's end too).
_CLOSERS = frozenset({",", ".", ";"})
#: Offices below the top that the title lexicon leaves out, which news sets off the same way:
#: "the Humanitarian Coordinator, X, said", "the Special Rapporteur, Y,".
_OFFICE_NOUNS = frozenset(
    {"coordinator", "administrator", "adviser", "advisor", "rapporteur", "ombudsman", "registrar", "superintendent"}
    | {"chairperson", "comptroller", "negotiator", "prosecutor", "treasurer"}
)
_MAX_OFFICE = 7
#: An office before the comma may name its body in full, a unit of a body included: "the director
#: of the Northern Directorate of the Tarnian Police, X,".
_MAX_OFFICE_BEFORE = 12
#: Words that open an office phrase set off after a name: "X, the/a/its spokesman".
_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_POSSESSIVE = frozenset({"'s", "’s"})
#: Possessives that open a form of address before a name: "the President, His Excellency X,".
_ADDRESS_POSSESSIVES = frozenset({"his", "her", "their"})
_MAX_NAME = 8
#: Words that grade a rank before it ("Lieutenant General", "First Sergeant", "Rear Admiral").
_RANK_GRADES = frozenset({"lieutenant", "first", "second", "staff", "master", "chief", "vice", "rear", "major"})
#: NER labels of words no personal name holds: "On Wednesday", "Last March".
_TIMES = frozenset({"DATE", "TIME"})
#: A name opening a clause before an office's comma is short: longer capitalised runs are headings.
_MAX_NAME_BEFORE = 4


def apposed_persons(doc: Doc, chosen: list[Span]) -> list[Span]:
    """``chosen`` with a Person span for every name set off by commas after an office."""
    out = list(chosen)
    for comma in with_orth(doc, (",",)):
        if not _office_before(doc, comma.i):
            continue
        name = _name_after(doc, comma.i + 1)
        if name is None:
            continue
        if _rank_length(doc, comma.i + 1):
            out = _body_cut_at(doc, out, comma.i, name)
        clash = [s for s in out if s.start < name.end and name.start < s.end]
        if any(s.label_ == "Person" and s.start <= name.start and name.end <= s.end for s in clash):
            continue  # the NER had it whole
        if any(s.start < name.start or s.end > name.end for s in clash):
            continue  # a span reaches past the commas: leave the reading the NER and gazetteers gave
        out = [s for s in out if s not in clash]
        out.append(Span(doc, name.start, name.end, label="Person", kb_id="apposition"))
    ending = {s.end: s for s in out}
    for comma in with_orth(doc, (",",)):
        guessed = ending.get(comma.i)
        office = _bare_office_after(doc, comma.i) or _office_after(doc, comma.i)
        if guessed is not None and _guessed_name(guessed) and office:
            out = [s for s in out if s is not guessed]  # "spoke to Jo Roe, Chief Executive of ...": no body
            out.append(Span(doc, guessed.start, guessed.end, label="Person", kb_id="apposition"))
            continue
        name = _name_before(doc, comma.i) if _office_after(doc, comma.i) else None
        if name is not None and not any(s.start < name.end and name.start < s.end for s in out):
            out.append(Span(doc, name.start, name.end, label="Person", kb_id="apposition"))
    return sorted(out, key=lambda s: s.start)


#: Words of bodies' names, which no personal name holds.
_BODY_WORDS = AGENCY_CUES | BODY_HEADS | COUNCIL_HEADS | ORG_HEADS
#: Labels the NER gives a personal name it misreads from its letters: a body, a building.
_MISREAD = frozenset({"Organization", "Place"})


def _guessed_name(span: Span) -> bool:
    """An NER body or place of two or three capitalised words that could be a person's name."""
    words = [t for t in span if t.text != "-"]  # "Jo Roe-Lind": a double name is one of the words
    if span.kb_id_ != "ner" or span.label_ not in _MISREAD or not 2 <= len(words) <= 3:
        return False
    if any(t.lower_ in _BODY_WORDS for t in span):
        return False  # "the Lands Board, Chair ...": a body's own word
    return all(t.is_title or t.text == "-" for t in span) and _plain_name(span) is not None


def _bare_office_after(doc: Doc, comma: int) -> bool:
    """An office without an article opens after the comma and names no one: "Jo Roe, Chief
    Executive of the port", "Jo Roe, Norlandic Prime Minister". Its capitalised words hold an
    office word and no person ("X, Chief Executive Jane Roe" names the executive after it)."""
    i = comma + 1
    office = False
    while i < len(doc) and i - comma <= _MAX_OFFICE and (doc[i].is_title or doc[i].text == "-"):
        if doc[i].ent_type_ in {"PERSON", "ORG"}:
            return False  # "Cllr. Jane Roe", "Chair of X": a name of its own after the comma
        low = doc[i].lower_
        office = office or low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS or low in _OFFICE_NOUNS
        i += 1
    return office and i > comma + 1 and doc[comma + 1].is_title


def _office_before(doc: Doc, comma: int) -> bool:
    """An office ends right before the comma: a title word, then only its capitalised complement."""
    i = comma - 1
    while i >= 0 and comma - i <= _MAX_OFFICE_BEFORE:
        tok = doc[i]
        low = tok.lower_
        if low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS or low in _OFFICE_NOUNS:
            return tok.is_title or tok.is_lower
        if not (tok.is_title or low in _COMPLEMENT or tok.text == "-"):
            return False
        i -= 1
    return False


def _joining(doc: Doc, i: int) -> bool:
    """A hyphen inside a double name ("Roe-Lind") or after a particle ("al-Roe"), glued on each side
    to a word of the name."""
    tok = doc[i]
    if tok.text != "-" or not i or i + 1 >= len(doc) or doc[i - 1].whitespace_ or tok.whitespace_:
        return False
    return (doc[i - 1].is_title or doc[i - 1].lower_ in NAME_PARTICLES) and doc[i + 1].is_title


def _office_after(doc: Doc, comma: int) -> bool:
    """An office phrase opens after the comma: "the president's press secretary", "a spokesman for X",
    up to the next comma or full stop, with an office word in it."""
    i = comma + 1
    if i >= len(doc) or not (doc[i].lower_ in _OPENERS or (i + 1 < len(doc) and doc[i + 1].lower_ in _POSSESSIVE)):
        return False
    while i < len(doc) and i - comma <= _MAX_OFFICE + 2 and doc[i].text not in {",", "."}:
        if doc[i].lower_ in TITLE_WORDS and not (i + 1 < len(doc) and doc[i + 1].lower_ in _POSSESSIVE):
            return True
        i += 1
    return False


def _name_before(doc: Doc, comma: int) -> Span | None:
    """The personal name right before the comma: a run of capitalised words opening a clause."""
    i = comma
    while i > 0 and comma - i < _MAX_NAME_BEFORE and (doc[i - 1].is_title or doc[i - 1].lower_ in NAME_PARTICLES):
        if not doc[i - 1].is_alpha and "-" not in doc[i - 1].text:
            break
        i -= 1
    opens = doc[i].is_sent_start or doc[i - 1].text in {",", ":"} or doc[i - 1].is_space
    if comma - i < 2 or not doc[i].is_title or not opens:
        return None
    return _plain_name(doc[i:comma])


def _name_after(doc: Doc, start: int) -> Span | None:
    """The personal name between the comma at ``start - 1`` and the next comma or full stop."""
    i = start + _rank_length(doc, start)
    while i < len(doc) and (honorific(doc[i]) or _addressing(doc, i)):
        i += 1
    first = i = chain_end(doc, i)  # "Laksamana Datuk Jo Roe": Jo Roe
    while (
        i < len(doc)
        and i - first < _MAX_NAME
        and (doc[i].is_title or doc[i].lower_ in NAME_PARTICLES or _joining(doc, i))
    ):
        if not doc[i].is_alpha and "-" not in doc[i].text:
            break
        i += 1
    ends = i >= len(doc) or doc[i].text in _CLOSERS or doc[i].is_space
    if i - first < 2 or not ends or not doc[i - 1].is_title:
        return None
    return _plain_name(doc[first:i])


def _body_cut_at(doc: Doc, spans: list[Span], comma: int, name: Span) -> list[Span]:
    """``spans`` with a body that runs over the comma into the rank or the ranked name ("the Armed
    Forces, Lieutenant General", "the Armed Forces, Lieutenant General Jo Roe" read as one body)
    ended at the comma: a rank after an office's comma can only open a person's name. A "person"
    glued from the body's last word and the rank is dropped."""
    out = []
    for s in spans:
        reaches = s.start < comma < s.end and (s.end <= name.start or (s.end == name.end and s.label_ != "Person"))
        if not reaches:
            out.append(s)
            continue
        if s.label_ != "Person":  # a "person" made of a body's last word and the rank names no one
            out.append(Span(doc, s.start, comma, label=s.label_, kb_id=s.kb_id_))
    return out


def _rank_length(doc: Doc, start: int) -> int:
    """Tokens of a rank opening the apposition ("the Commander of the Army, Lieutenant General Jo
    Roe,"): a rank is never part of the name, so the name is read after it. Grade words count only
    when a rank closes them ("First Sergeant"; "Major" is a rank of its own)."""
    i = start
    while i < len(doc) and doc[i].is_title and doc[i].lower_ in _RANK_GRADES and doc[i].lower_ not in RANKS:
        i += 1
    ranked = i < len(doc) and doc[i].is_title and (doc[i].lower_ in RANKS or doc[i].lower_.rstrip(".") in SHORT_RANKS)
    if not ranked:
        return 0
    i += 1
    while i < len(doc) and doc[i].is_title and doc[i].lower_ in RANKS:  # "Lieutenant General", "Major General"
        i += 1
    return i - start


def _addressing(doc: Doc, i: int) -> bool:
    """A possessive opening a form of address ("His Excellency", "Her Excellency"): no part of the name."""
    return doc[i].lower_ in _ADDRESS_POSSESSIVES and i + 1 < len(doc) and honorific(doc[i + 1])


def _plain_name(span: Span) -> Span | None:
    """``span`` unless a word of it is a title, a state, or the whole a known body or a place's
    name by its head ("Tarn County" after "Director of Disaster Response," on a caption)."""
    if any(t.lower_ in TITLE_WORDS for t in span) or state_key(span.text) or known_body(span.text):
        return None
    if span[0].pos_ == "ADP" or any(t.ent_type_ in _TIMES for t in span):
        return None  # "On Wednesday, the Security Council met": a time opening the clause, no name
    if head_class(span) is not None or (span[-1].is_title and span[-1].lower_ in SETTLEMENT_NOUNS):
        return None  # "Camp X, Dunmere City": a place's head, no surname, ends the words after the comma
    if any(state_key(t.text) for t in span):
        return None
    return span
