"""Doc -> its NER entities with personal names made whole, before ``kg_retype`` reads them.

The model ends a long name early and tags the rest apart, and it leaves out an editor's
bracketed completion of a name; both belong to the one name. It also runs a body's acronym
into the name after it ("spokesman for ATO Jane Roe"): two things; and after an office held "of"
a state it runs the state into the holder's name ("Minister of Chile Ana Rojas") or misses the
name altogether ("Foreign Minister of Maldives Ali Rasheed").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import known_body, region_for, settlement_for, state_for_demonym, state_key
from kg.lexicon.names import NAME_PARTICLES, TITLE_WORDS
from kg.nlp.doctext import with_lower
from kg.nlp.heads import (
    BODY_HEADS,
    NOT_ENTITY_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    REGION_HEADS,
    STATE_HEADS,
    head_class,
    lower_half,
)
from kg.nlp.patterns import DOMAIN_TAIL, MINISTRY_DOMAINS
from kg.nlp.persons import HONORIFICS, common_word, honorific
from kg.nlp.roles import PERSON_NOUNS

__all__ = [
    "hyphen_lead",
    "hyphen_tail",
    "join_names",
    "named_after_states",
    "named_after_titles",
    "ordinal_lead",
    "spaced_checkpoints",
    "split_acronym_leads",
]


def join_names(doc: Doc, nouns: frozenset[str] = frozenset()) -> list[Span]:
    """NER entities with a person's name made whole: "Ahmed Raza" + "Khan" -> "Ahmed Raza Khan".

    The model sometimes ends a long name early and tags the last word apart (as a person, or as
    a place when the surname is also a town's other name), or tags a given name that is a town's
    other name as a place ("Karolina" + "Lindqvist"); adjacent parts are one name. An
    editor's completion in brackets belongs to the name too: "Jo [Varga]" in a transcript. A
    body's name the NER ended at its "of" is completed by the span right after ("Court of" +
    "First Instance").
    """
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if prev is not None and ent.end <= prev.end:
            continue  # inside a bracketed completion already taken
        if (
            prev is not None
            and prev.end == ent.start
            and not _possessive(prev)  # "Jo Roe's" + "Kingsman": the owner and the thing owned
            and (
                (prev.label_ == "PERSON" and (ent.label_ == "PERSON" or _surname_like(ent)))
                or (ent.label_ == "PERSON" and len(prev) == 1 and prev.label_ in {"GPE", "LOC"} and _loose(prev))
            )
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        elif prev is not None and _across_particle(prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")  # "Karima" + "bint" + "Salem": one name
        elif prev is not None and _numbered_unit(prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")  # "3rd" + "Armoured Brigade": one unit
        elif prev is not None and _hyphened(prev, ent):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)  # "Varsk" + "-" + "Orlen County"
        elif (
            prev is not None
            and prev.end == ent.start
            and prev.label_ == "ORG"
            and (_open_of(prev, ent) or _open_and(prev, ent))
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="ORG")  # "the X Court of" + "First Instance"
        else:
            out.append(ent)
        last = out[-1]
        if last.label_ == "ORG":
            out[-1] = Span(doc, last.start, _of_tail_end(doc, last.end), label="ORG")
        if last.label_ == "PERSON":
            start, end = _given_name_start(doc, last.start, out, nouns), _compound_head_end(doc, last.end)
            out[-1] = Span(doc, start, _bracketed_end(doc, end), label="PERSON")
    return out


def _possessive(span: Span) -> bool:
    """``span`` ends in a possessive ("Jo Roe's"): what follows is owned, not more of the name."""
    return span[-1].lower_ in {"'s", "’s", "'", "’"}


def _compound_head_end(doc: Doc, end: int) -> int:
    """End of a person's name that the NER cut before its last words ("Dita Purnama" + "Halim",
    "Jo Ela" + "Mba Roe").

    The parser still reads the whole name as one noun phrase: the NER's last word is a compound
    modifier of a capitalised proper noun one or two words on, which no entity claims, and the
    words between modify it too. Those words are the rest of the name, unless one is a title, a
    state or a known body.
    """
    if end >= len(doc) or doc[end].ent_iob_ != "O":
        return end
    last = doc[end - 1]
    head = last.head.i
    if not (last.dep_ == "compound" and end <= head < end + _MAX_NAME_TAIL):
        return end
    for nxt in doc[end : head + 1]:
        if nxt.ent_iob_ != "O" or not (nxt.tag_ == "NNP" and nxt.is_title):
            return end
        if not nxt.text.replace("-", "").isalpha() or nxt.lower_ in _HEAD_WORDS or _owned(nxt.text):
            return end
        if nxt.i < head and not (nxt.dep_ == "compound" and nxt.head.i == head):
            return end
    after = doc[head + 1] if head + 1 < len(doc) else None
    if after is not None and after.is_title and after.tag_ == "NNP":
        return end  # "Jo Roe Memorial Hospital": a longer name the NER's reading does not settle
    return head + 1


#: Words of a name the NER may leave after its last one ("Jo Ela" + "Mba Roe").
_MAX_NAME_TAIL = 2


def _given_name_start(doc: Doc, start: int, taken: list[Span], nouns: frozenset[str]) -> int:
    """Start of a person's name that the NER began a word late ("Governor Ilse" + "Marrow Denkt").

    The word before is a capitalised proper noun the parser attaches to the name as a compound,
    no entity claims, and is no title, honorific, demonym or gazetteer name, nor a common noun of
    the model's lexicon before another ("Member" before the "States" the NER took for a surname).
    """
    if not start or doc[start - 1].ent_iob_ != "O" or (len(taken) > 1 and taken[-2].end == start):
        return start
    prev = doc[start - 1]
    inside = prev.dep_ == "compound" and start <= prev.head.i < start + 4
    if not (inside and prev.tag_ == "NNP" and prev.is_title and prev.is_alpha):
        return start
    low = prev.lower_
    if low in _HEAD_WORDS or honorific(prev) or state_for_demonym(prev.text) or _owned(prev.text):
        return start
    if low in nouns and common_word(doc[start], nouns) and not _particle(doc[start]):
        return start  # "Member" + "States": common nouns the NER read as a name, no given name
    before = doc[start - 2] if start >= 2 else None
    if before is not None and before.is_title and before.tag_ == "NNP" and before.lower_ not in TITLE_WORDS:
        return start  # a run of capitalised words ("Jo Roe Memorial"): the NER's cut stands
    return start - 1


def _across_particle(prev: Span, ent: Span) -> bool:
    """A person's name, a lower-case particle the NER left out, and a capitalised word it tagged
    apart ("Karima" + "bint" + "Salem", the last as a town): after "bin", "van" or "de" the word
    is the rest of the name, whatever the gazetteer knows of it."""
    return (
        prev.label_ == "PERSON"
        and ent.start == prev.end + 1
        and _particle(prev.doc[prev.end])
        and ent[0].is_title
        and ent.label_ in {"PERSON", "GPE", "LOC", "ORG", "NORP"}
        and len(ent) <= 2
    )


def _particle(tok: Token) -> bool:
    """A lower-case name particle ("bin", "ibn", "van", "von"): a name the NER began at one lost
    its given name, whatever the lexicon says of the words ("bin" and "van" are common nouns too)."""
    return tok.is_lower and tok.lower_ in NAME_PARTICLES


def _owned(text: str) -> bool:
    """A word some gazetteer owns outright (a state, a body, a region, a main town)."""
    return bool(state_key(text) or known_body(text) or region_for(text) or settlement_for(text, primary_only=True))


def _of_tail_end(doc: Doc, end: int) -> int:
    """End of a body's name the NER ended before its "of" phrase ("the X Court" + "of First Instance").

    The words after "of" are capitalised, claimed by no entity and no gazetteer place or state (a
    state after "of" is the body's owner, read elsewhere: "the Interior Ministry of X").
    """
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    i = end + 1
    while i < len(doc) and i - end <= 4 and doc[i].is_title and doc[i].is_alpha and doc[i].ent_iob_ == "O":
        i += 1
    words = doc[end + 1 : i]
    if not len(words) or (i < len(doc) and doc[i].is_title) or _owned(words.text):
        return end
    if any(t.lower_ in TITLE_WORDS for t in words):
        return end  # "the X Party of Deputy Minister ...": an office, not the name's end
    return i


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


#: Heads of the units of a force that an ordinal numbers ("the 3rd Armoured Brigade").
_UNIT_HEADS = frozenset(
    {"brigade", "battalion", "division", "regiment", "corps", "fleet", "squadron", "army", "headquarters", "command"}
)


def _numbered_unit(prev: Span, ent: Span) -> bool:
    """ "the 3rd Armoured Brigade": an ordinal in figures right before a unit's name is part of it
    (the 3rd and the 4th brigade are two units); the NER tags the ordinal apart."""
    return (
        prev.label_ == "ORDINAL"
        and len(prev) == 1
        and prev[0].text[:1].isdigit()
        and prev.end == ent.start
        and ent.label_ == "ORG"
        and ent[0].is_title
        and ent[-1].lower_ in _UNIT_HEADS
    )


def _hyphened(prev: Span, ent: Span) -> bool:
    """Two place or body spans joined by a hyphen with no space: halves of one double name."""
    doc = prev.doc
    if ent.start != prev.end + 1 or doc[prev.end].text != "-" or prev.label_ not in _PLACE_LABELS:
        return False
    return ent.label_ in _PLACE_LABELS and not doc[prev.end - 1].whitespace_ and not doc[prev.end].whitespace_


def hyphen_lead(span: Span) -> Span:
    """``span`` with the first halves of a double name a pattern left out: "Tavi-" before "Rondel District".

    Patterns match capitalised words and stop at the hyphen; a capitalised word glued to the
    span by a hyphen with no space belongs to the same name ("Lääne-Viru County").
    """
    doc, start = span.doc, span.start
    # a crossing named after its towns on both sides may join them with a slash: "the Kelo/Varn crossing"
    joins = {"-", "/"} if span.label_ == "Checkpoint" else {"-"}
    while start >= 2 and doc[start - 1].text in joins and not doc[start - 1].whitespace_:
        lead = doc[start - 2]
        if lead.whitespace_ or not (lead.is_title and lead.is_alpha):
            break
        start -= 2
    if start < span.start and span.label_ == "Checkpoint":
        start = _first_end(doc, start)
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def hyphen_tail(span: Span) -> Span:
    """``span`` with the second halves of a double name a pattern left out: "Kelo" of "at
    Kelo-Varn" (a crossing named after the towns on its two sides, written after "at").

    Patterns match capitalised words and stop at the hyphen; a capitalised word glued to the span by
    a hyphen or slash with no space on either side belongs to the same name.
    """
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].text in {"-", "/"} and not doc[end - 1].whitespace_:
        tail = doc[end + 1]
        if doc[end].whitespace_ or not (tail.is_title and tail.is_alpha):
            break
        end += 2
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def _first_end(doc: Doc, start: int) -> int:
    """Start of a crossing's first end of more than one word: "Pak Tovel-" of "Pak Tovel-Sen Marro".

    A crossing named after the towns on its two sides joins them with a hyphen, and a town's name
    may have two or three words; capitalised name words (no state or people's name, none opening
    its line) before the hyphen's first word belong to the first town.
    """
    lead = start
    while lead > 0 and start - lead < _END_WORDS - 1 and _end_word(doc[lead - 1]):
        if state_for_demonym(doc[lead - 1].text) or state_key(doc[lead - 1].text):
            break
        lead -= 1
    if lead < start and (lead == 0 or "\n" in doc[lead - 1].text + doc[lead - 1].whitespace_):
        return start  # "TOWN Kelo-Varn ...": capitals that open a line are a dateline's
    return lead


def ordinal_lead(span: Span) -> Span:
    """``span`` with the ordinal right before it: "Second" or "3rd" before "Kelo-Varn Bridge".

    Crossings built one after another on one border are numbered ("the Second X Bridge", "the 3rd
    X Bridge"): the first and the second are two crossings, so the number is part of the name.
    Patterns start at the first name word and leave it out. An ordinal in words counts when it is
    capitalised, as a name's word is ("the second X Bridge" counts the bridges of a story).
    """
    doc, start = span.doc, span.start
    if start == 0:
        return span
    prev = doc[start - 1]
    spelled = prev.is_title and prev.is_alpha and prev.like_num and prev.lower_.endswith(("st", "nd", "rd", "th"))
    if not (spelled or _FIGURE_ORDINAL.fullmatch(prev.text)):
        return span
    return Span(doc, start - 1, span.end, label=span.label_)


#: An ordinal in figures: "3rd", "21st".
_FIGURE_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
#: Dashes set with a space on each side between the two ends of a crossing's name ("A - B").
_SPACED_DASHES = frozenset({"-", "–", "—"})
#: Most capitalised words one end of such a name may have.
_END_WORDS = 3


def spaced_lead(span: Span) -> Span:
    """``span`` with the first end of a name "A - B" a pattern left out: "Tarvo - " before "Melnik".

    A crossing is named after the towns on its two sides, set apart by a spaced dash ("the Tarvo -
    Melnik crossing point") or an en dash set close, as a pair is typeset ("the Tarvo–Melnik
    crossing"); patterns match capitalised words and stop at the dash. One to three capitalised
    words before it belong to the name, unless they open their line: "TOWN - " there is a dateline.
    (A hyphen set close joins the parts of one name: "Kelo-Varn" is no pair.)
    """
    doc, start = span.doc, span.start
    if start < 2:
        return span
    dash, before = doc[start - 1], doc[start - 2]
    spaced = dash.text in _SPACED_DASHES and bool(dash.whitespace_) and bool(before.whitespace_)
    closed = dash.text == "–" and not dash.whitespace_ and not before.whitespace_
    if not (spaced or closed):
        return span
    lead = _particle_start(doc, start - 1)
    if lead == start - 1 or lead == 0 or "\n" in doc[lead - 1].text + doc[lead - 1].whitespace_:
        return span
    return Span(doc, lead, span.end, label=span.label_)


def particled(span: Span) -> Span:
    """``span`` with the words of its first name before a particle a pattern left out: "Puerto de "
    before "Salvena crossing".

    Place names in Spanish, Portuguese, French or Arabic carry lower-case particles ("Carrizal del
    Monte", "Bab al Tor"); patterns match capitalised words and stop at the particle. Only a name
    with a particle is lengthened: the capitalised word before "Korvath checkpoint" may be a day
    ("on Sunday Korvath checkpoint").
    """
    doc = span.doc
    start = _particle_start(doc, span.start)
    if not any(t.is_lower and t.lower_ in NAME_PARTICLES for t in doc[start : span.start]):
        return span
    return Span(doc, start, span.end, label=span.label_)


def _particle_start(doc: Doc, end: int) -> int:
    """Start of the name of up to :data:`_END_WORDS` capitalised words (particles between them
    not counted) that ends right before ``end``; ``end`` itself when there is none."""
    lead, words = end, 0
    while lead > 0 and words < _END_WORDS:
        prev = doc[lead - 1]
        if _end_word(prev):
            lead, words = lead - 1, words + 1
        elif (run := _particle_run(doc, lead)) and lead - run > 0 and _end_word(doc[lead - run - 1]):
            lead -= run  # "del" between "Paso" and "Norte", "de la" between "Pas" and "Casa"
        else:
            break
    return lead


def _particle_run(doc: Doc, end: int) -> int:
    """How many lower-case particles (one or two: "de", "de la") stand right before ``end``."""
    run = 0
    while run < 2 and end - run > 0 and doc[end - run - 1].is_lower and doc[end - run - 1].lower_ in NAME_PARTICLES:
        run += 1
    return run


def spaced_checkpoints(spans: list[Span]) -> list[Span]:
    """``spans`` with each checkpoint named "A - B" read whole (:func:`spaced_lead`), unless the
    text names A alone as a checkpoint: then "A - B" is A's crossing seen from both sides, and the
    pattern's B stays as found ("the A - B crossing ... the A crossing will reopen")."""
    alone = {s.text for s in spans if s.label_ == "Checkpoint"}
    out = []
    for span in spans:
        named = particled(span) if span.label_ == "Checkpoint" else span
        whole = spaced_lead(named) if span.label_ == "Checkpoint" else named
        lead = span.doc[whole.start : named.start - 1].text
        out.append(named if whole is named or lead in alone else whole)
    return out


def _end_word(tok: Token) -> bool:
    return tok.is_alpha and tok.is_title and not tok.is_stop


def _open_of(prev: Span, ent: Span) -> bool:
    """A body's name the NER cut after its "of": the capitalised words right after complete it."""
    return len(prev) > 1 and prev[-1].lower_ == "of" and ent.label_ in {"ORG", "GPE", "LOC"} and ent[0].is_title


def _open_and(prev: Span, ent: Span) -> bool:
    """A body's name the NER cut after its "and" ("National Command and" + "Operation Centre"): the
    capitalised words right after complete it when they end in a head noun."""
    if len(prev) < 2 or prev[-1].lower_ != "and" or not prev[-2].is_title:
        return False
    return ent.label_ == "ORG" and ent[0].is_title and head_class(ent) is not None


def _bracketed_end(doc: Doc, end: int) -> int:
    """End of an editor's bracketed completion of a name at ``end`` ("[Varga]"), else ``end``."""
    if end >= len(doc) or doc[end].text != "[":
        return end
    i = end + 1
    while i < len(doc) and i - end <= 3 and doc[i].is_title and doc[i].is_alpha:
        i += 1
    return i + 1 if i > end + 1 and i < len(doc) and doc[i].text == "]" else end


def _surname_like(ent: Span) -> bool:
    """A one-word GPE/ORG after a person's name: its last word, tagged apart."""
    return len(ent) == 1 and ent.label_ in {"GPE", "ORG"} and _loose(ent)


def _loose(ent: Span) -> bool:
    """A one-word GPE/ORG that no gazetteer owns outright: may be a surname."""
    text = ent.text
    return ent[0].is_title and not (
        state_key(text) or known_body(text) or region_for(text) or settlement_for(text, primary_only=True)
    )


def split_acronym_leads(ents: list[Span]) -> list[Span]:
    """ "the spokesman for ATO Jane Roe": an acronym the NER ran into the personal name after it.

    The rest must look like a name (two or three capitalised words, no head noun of a body or
    place, no title) and be a person by its context: an office noun just before the acronym, or
    the last word used elsewhere in the text as a person's name ("Roe said"). A title between the
    acronym and the name says it is a person's, and is left out of both: "NVB Chairperson Jo Roe"
    is the body NVB and the person Jo Roe, as the NER reads "NVB Chairman Jo Roe".
    """
    out: list[Span] = []
    person_words = _person_words(ents[0].doc) if ents else {}
    for whole in ents:
        led = len(whole) > 1 and whole[0].lower_ == "the"
        ent = Span(whole.doc, whole.start + 1, whole.end, label=whole.label_) if led else whole
        titles = next((k for k, t in enumerate(ent[1:]) if t.lower_ not in TITLE_WORDS), len(ent) - 1)
        rest = ent[1 + titles :]
        words = [t for t in rest if not (lower_half(t) or _glue(t))]  # "Jo Mei-ling": two words
        if (
            ent.label_ in {"ORG", "PERSON"}
            and 2 <= len(words) <= 3
            and ent[0].is_upper
            and ent[0].is_alpha
            and 2 <= len(ent[0]) <= 6
            and all(t.is_title and t.is_alpha and t.lower_ not in _NOT_NAME_WORDS for t in words)
            and head_class(rest) is None
            and (titles > 0 or _office_before(ent) or _surname_alone(rest, person_words))
        ):
            doc = ent.doc
            out += [Span(doc, ent.start, ent.start + 1, label="ORG"), Span(doc, rest.start, rest.end, label="PERSON")]
        else:
            out.append(whole)
    return out


def _glue(tok: Token) -> bool:
    """The hyphen of a hyphenated given name whose second half is in lower case ("Mei-ling")."""
    return tok.text == "-" and tok.i + 1 < len(tok.doc) and lower_half(tok.doc[tok.i + 1])


_NOT_NAME_WORDS = TITLE_WORDS | BODY_HEADS | ORG_HEADS
#: Words that end a body's or a place's name, never a person's.
#: Words an office's field may have ("Minister of Road, Transport and Urban Development"), "and" included.
_MAX_FIELD = 6
#: What the model may read a field and the name after it as: a body or a longer name.
_ACROSS_FIELD = frozenset({"ORG", "PERSON"})
_HEAD_WORDS = _NOT_NAME_WORDS | PLACE_HEADS | REGION_HEADS | STATE_HEADS | NOT_ENTITY_HEADS


def _office_before(ent: Span) -> bool:
    """An office noun within three words before the span: "spokesman for", "the head of the"."""
    doc = ent.doc
    return any(t.lemma_.lower() in PERSON_NOUNS for t in doc[max(0, ent.start - 3) : ent.start])


def _person_words(doc: Doc) -> dict[str, list[int]]:
    """Where each word the NER tags as part of a person's name stands, read once per text."""
    words: dict[str, list[int]] = {}
    for t in doc:
        if t.ent_type_ == "PERSON":
            words.setdefault(t.text, []).append(t.i)
    return words


def _surname_alone(rest: Span, person_words: dict[str, list[int]]) -> bool:
    """The name's last word stands elsewhere in the text as a person's name of its own."""
    last = rest[-1]
    return any(i != last.i for i in person_words.get(last.text, ()))


def named_after_states(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Foreign Minister of Chile Ana Rojas": the state an office is held in, then its holder's name.

    The model tags the two as one person or misses the name; after "of" and a state's name that
    follows a title word, a run of two or three capitalised name words is a person. So it is after
    the portfolio in capitals ("Minister of the Interior Jo Roe Lind", where the model takes the
    portfolio and the given names for the title and keeps the last word alone).
    """
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    drop: set[Span] = set()
    add: list[Span] = []
    for of in (t for t in with_lower(doc, ("of",)) if _office_within(doc, t.i)):
        found = next((of.i + 1 + k for k in (3, 2, 1) if state_key(doc[of.i + 1 : of.i + 1 + k].text)), None)
        domain_end = None if found is not None else _domain_end(doc, of.i + 1)
        # "Minister of the Interior Jo Roe Lind": the portfolio in place of the state, then the name
        state_end = found if found is not None else domain_end
        if state_end is None:
            continue
        end, words = _name_end(doc, state_end, 4)
        name = doc[state_end:end]
        if not 2 <= words <= 3 or any(t.lower_ in _NOT_NAME_WORDS or state_key(t.text) for t in name):
            continue
        if head_class(name) is not None or known_body(name.text):
            continue
        held = {taken[i] for i in range(of.i + 1, end) if i in taken}
        if any(e.label_ != "PERSON" and e.start >= state_end for e in held) or any(e.end > end for e in held):
            continue  # a body or place reading of the words after the state stands
        # a span across the state or portfolio and the name ("the Interior Jo" ORG) reads neither
        straddling = {e for e in held if e.start < state_end < e.end}
        drop |= {e for e in held if e.label_ == "PERSON"} | straddling
        state = doc[of.i + 1 : state_end]
        add += [Span(doc, name.start, name.end, label="PERSON")]
        if domain_end is None and any(e.start < state_end and (e.label_ == "PERSON" or e in straddling) for e in held):
            add.append(Span(doc, state.start, state.end, label="GPE"))
    return sorted([e for e in ents if e not in drop] + add, key=lambda e: e.start)


#: Offices written right before their holder's name ("Governor Jo Roe Lind", "I, Mayor Jo Roe,").
_NAME_TITLES = frozenset(
    {"president", "governor", "mayor", "minister", "senator", "ambassador", "premier", "chancellor", "commissioner"}
    | {"prince", "princess", "king", "queen", "sheikh", "emir", "sultan"}  # royal titles, or a given name
)


def named_after_titles(doc: Doc, ents: list[Span], nouns: frozenset[str] = frozenset()) -> list[Span]:
    """ "Governor Jo Roe Lind ordered …": a name of two or three words after an office or a form of
    address ("Dasho Jo Roe Lind, the district's governor"), the model missed.

    The model finds most names after a title, but misses some long ones of unfamiliar names
    altogether. After a capitalised office word, a run of two or three capitalised words that no
    entity claims, that ends the run of capitals, and that holds no title, head, state, demonym or
    common word of the lexicon, is a person. An office's one-word field may stand between
    ("Minister for Health Jo Roe"): the run after it is the name.
    """
    taken = {i for e in ents for i in range(e.start, e.end)}
    ending: dict[int, list[Span]] = {}  # bodies and persons by their end: looked up per title, not scanned
    for e in ents:
        if e.label_ in _ACROSS_FIELD:
            ending.setdefault(e.end, []).append(e)
    add: list[Span] = []
    drop: set[Span] = set()
    for t in with_lower(doc, _NAME_TITLES | HONORIFICS):
        if not t.is_title:
            continue
        # "Minister for Health Jo Roe": the name after the field; a form of address has none ("Dasho Jo Roe")
        first = _after_field(doc, t.i + 1, nouns) if t.lower_ in _NAME_TITLES else t.i + 1
        end, words = _name_end(doc, first, 4)
        name = doc[first:end]
        # the model may read a long field and the name after it as one body or person ("Road and
        # Transport Development Jo Roe" ORG): that reading gives way to the field and the name
        across = {e for e in ending.get(end, ()) if t.i <= e.start < first < e.end}
        held = {i for e in across for i in range(e.start, e.end)}
        if not 2 <= words <= 3 or any(i in taken and i not in held for i in range(name.start, name.end)):
            continue
        if any(
            w.lower_ in _HEAD_WORDS or w.lower_ in nouns or state_key(w.text) or state_for_demonym(w.text)
            for w in name
            if w.text != "-"
        ):
            continue
        if head_class(name) is not None or known_body(name.text) or settlement_for(name.text) or region_for(name.text):
            continue
        add.append(Span(doc, name.start, name.end, label="PERSON"))
        drop |= across
    return sorted([e for e in ents if e not in drop] + add, key=lambda e: e.start) if add else ents


def _after_field(doc: Doc, i: int, nouns: frozenset[str]) -> int:
    """Where a name may start after an office's field at ``i`` ("for Health", "of Road and Waterways
    Development"), else ``i``.

    Only capitalised common nouns of the model's lexicon (or their plurals) make a field here,
    with "and" between two of them: ministers' portfolios are named with everyday words, and
    personal names rarely are. A place or state after "of" is read by the office and complement
    readers, and a body's name ("of the National Assembly") opens with an article, so neither is
    a field.
    """
    if i + 2 >= len(doc) or doc[i].lower_ not in {"for", "of"}:
        return i
    end = j = i + 1
    while j < len(doc) and j - i <= _MAX_FIELD:
        if _field_word(doc[j], nouns):
            j += 1
            end = j
        elif doc[j].lower_ in {"and", "&"} and end == j and j + 1 < len(doc) and _field_word(doc[j + 1], nouns):
            j += 1
        else:
            break
    return end if end > i + 1 else i


def _field_word(tok: Token, nouns: frozenset[str]) -> bool:
    """A capitalised common noun of an office's field: no office, state or demonym ("Minister of Tarnia")."""
    low = tok.lower_
    if not (tok.is_title and tok.is_alpha) or low in _NAME_TITLES or state_key(tok.text) or state_for_demonym(tok.text):
        return False
    if low in MINISTRY_DOMAINS:  # "for Foreign Affairs", "of Home Affairs": adjectives of a domain
        return True
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
    return low in nouns or singular in nouns


def _name_end(doc: Doc, start: int, limit: int) -> tuple[int, int]:
    """End of the run of capitalised words at ``start`` (at most ``limit``) and how many words it has.

    A double surname joined by a hyphen without spaces ("Jo Roe-Lind") is one word of the run: the
    tokenizer splits it in three, and a run cut at the hyphen would name half a person. So is a
    hyphenated given name whose second half is written in lower case ("Mei-ling").
    """
    end, words = start, 0
    while end < len(doc) and words < limit and doc[end].is_title and doc[end].is_alpha:
        end += 1
        words += 1
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and ((doc[end + 1].is_title and doc[end + 1].is_alpha) or lower_half(doc[end + 1]))
        ):
            end += 2
    return end, words


def _domain_end(doc: Doc, start: int) -> int | None:
    """End of a ministry's portfolio in capitals at ``start`` ("the Interior", "Foreign Affairs"), or None."""
    i = start + 1 if start < len(doc) and doc[start].lower_ == "the" else start
    if i >= len(doc) or not doc[i].is_title or doc[i].lower_ not in MINISTRY_DOMAINS:
        return None
    return i + 2 if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ in DOMAIN_TAIL else i + 1


def _office_within(doc: Doc, of: int) -> bool:
    """A title word among the four words before "of": "Minister of", "Minister of Foreign Affairs of"."""
    return of > 0 and any(t.lower_ in TITLE_WORDS and t.is_title for t in doc[max(0, of - 4) : of])
