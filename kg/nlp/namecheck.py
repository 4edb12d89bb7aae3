"""NER span -> is it a name, where does it end, which class: helpers of ``kg_retype``.

The statistical NER over-reaches on real text: it tags a capitalised common noun ("the Union",
"the Assembly"), a phrase with lower-case words in it, or a number; and it stops a name before
its head ("Tarn" for "the Tarn Mountains"). These helpers read only the span and its
neighbouring tokens.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span

from kg.intervals import Intervals
from kg.lexicon.gazetteer import (
    is_known_place,
    known_body,
    region_for,
    settlement_for,
    state_code,
    state_for_demonym,
    state_key,
)
from kg.lexicon.head_first_bodies import opens_with_body_word
from kg.lexicon.languages import is_language
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.bodies import crossing_kind_only
from kg.nlp.doctext import occurs, with_orth
from kg.nlp.heads import (
    AGENCY_CUES,
    BODY_HEADS,
    NOT_ENTITY_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    PORTFOLIO_HEADS,
    REGION_HEADS,
    STATE_HEADS,
    county_named,
    head_class,
    head_runs,
    hyphen_half,
    junk_words,
    name_heads,
)
from kg.nlp.lines import caps_line
from kg.nlp.script_cues import cue_language, script_cue

__all__ = [
    "COMPASS",
    "add_head_names",
    "bracketed_short_forms",
    "members_follow",
    "not_a_name",
    "place_class",
    "placed_class",
    "possessive_acronyms",
    "shared_head_places",
    "split_at_and",
    "split_at_commas",
    "split_at_dashes",
    "split_at_owner",
    "split_at_parens",
    "state_owned_body",
    "typed_by_head",
    "with_head",
]

_HEADS = PLACE_HEADS | REGION_HEADS | STATE_HEADS | ORG_HEADS | NOT_ENTITY_HEADS
#: Words that join a name's parts and never open or close one.
_LINKS = frozenset({"of", "for", "and"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her"})


def split_at_commas(ents: list[Span]) -> list[Span]:
    """Place spans cut at their commas: "Merrow Bay, Norland Province" is two places, the second holding the first.

    Only GPE, LOC and FAC spans, a PERSON span whose first part a head noun makes a place
    ("Tarn Bay, Cape Verden"), and a town's few words before a known region or state ("Pellworth,
    Quebec", both then read as places): an organization's name may hold a comma ("Acme, Inc."),
    and so may a person's ("John Doe, Jr.").
    """
    out: list[Span] = []
    for ent in ents:
        comma = next((t.i for t in ent if t.text == ","), None)
        place_like = ent.label_ in {"GPE", "LOC", "FAC"} or (
            ent.label_ == "PERSON" and comma is not None and head_class(ent.doc[ent.start : comma]) == "Place"
        )
        placed = not place_like and comma is not None and _town_comma_region(ent, comma)
        if comma is None or not (place_like or placed):
            out.append(ent)
            continue
        start = ent.start
        for tok in [*(t for t in ent if t.text == ","), None]:
            end = tok.i if tok is not None else ent.end
            if end > start:
                out.append(Span(ent.doc, start, end, label="GPE" if placed else ent.label_))
            start = end + 1
    return out


def _town_comma_region(ent: Span, comma: int) -> bool:
    """An ORG or PERSON span "Pellworth, Quebec": a few capitalised words, one comma, then a state
    or a state's region the tables know; a town and where it lies, no body's or person's name."""
    head, tail = ent.doc[ent.start : comma], ent.doc[comma + 1 : ent.end]
    if not 1 <= len(head) <= 3 or not all(t.is_title and t.lower_ not in AGENCY_CUES for t in head):
        return False
    known = region_for(tail.text)
    return bool(state_key(tail.text)) or (known is not None and known.country is not None)


def split_at_and(ents: list[Span]) -> list[Span]:
    """A span "A and B" whose two sides are known places is two places: "Tarnby and Vessel" read as
    one organization, and "County Rathmoy and Kilbrack": a county is named alone, so the name
    after "and" is a place beside it. A whole name that is itself known ("Trinidad and Tobago")
    stays whole.

    Each side becomes a GPE span, so it is typed as the place the tables say it is.
    """
    out: list[Span] = []
    for ent in ents:
        conj = [t.i for t in ent[1:-1] if t.lower_ in {"and", "&"}]
        if len(conj) != 1 or state_key(ent.text) or known_body(ent.text):
            out.append(ent)
            continue
        doc, at = ent.doc, conj[0]
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        sides = [doc[start:at], doc[at + 1 : ent.end]]
        county = county_named(list(sides[0])) and 0 < len(sides[1]) <= 3 and all(t.is_title for t in sides[1])
        if county or all(len(side) and _known_place(side.text) for side in sides):
            out.extend(Span(doc, side.start, side.end, label="GPE") for side in sides)
        else:
            out.append(ent)
    return out


def _known_place(text: str) -> bool:
    return bool(state_key(text) or region_for(text) or settlement_for(text, primary_only=True))


#: Dashes a dateline or a headline sets between words ("Tarnby - The ministry said", "X — Y").
_DASHES = frozenset({"-", "–", "—", "‒", "―"})


def split_at_dashes(ents: list[Span]) -> list[Span]:
    """NER spans cut at a dash with a space on either side, and at a blank line: no name holds
    either ("Tarnby - Norland", a byline run into the heading below it).

    A dateline written with a plain hyphen runs the town into the story's first name, and the
    NER reads the two as one name; a hyphen inside a word ("Guinea-Bissau") has no spaces and
    stays. A single line break may fall inside a name in hard-wrapped text; a blank line never
    does. Cut before anything reads the spans, so the pieces are what the gazetteers see.
    """
    out: list[Span] = []
    for ent in ents:
        start = ent.start
        for tok in ent:
            dash = tok.text in _DASHES and tok.whitespace_ and ent.doc[tok.i - 1].whitespace_
            if tok.i > ent.start and (dash or (tok.is_space and tok.text.count("\n") > 1)):
                if tok.i > start:
                    out.append(Span(ent.doc, start, tok.i, label=ent.label_))
                start = tok.i + 1
        if ent.end > start:
            out.append(Span(ent.doc, start, ent.end, label=ent.label_))
    return out


#: First words of a state body's name that may hold an "of" of their own before the owner's:
#: "the Ministry of Regional Cooperation of X", "the Department of Migration and Citizenship of X".
_OWNED_OPENINGS = frozenset(
    {"ministry", "department", "directorate", "office", "secretariat", "agency", "authority", "commission"}
)


def split_at_owner(ents: list[Span]) -> list[Span]:
    """A body's name cut before the state that owns it: "the Ministry of Regional Cooperation of X"
    is the ministry, and X its state.

    The NER runs the two together; the gazetteer takes the state out of the span, and what is left
    must still be the body's whole name. Only a name that opens with a body's word and holds an
    earlier "of" is cut ("the Bank of X" stays whole).
    """
    out: list[Span] = []
    for ent in ents:
        words = [t for t in ent if t.lower_ != "the"]
        ofs = [t.i for t in ent if t.lower_ == "of"]
        if ent.label_ != "ORG" or len(ofs) < 2 or not words or words[0].lower_ not in _OWNED_OPENINGS:
            out.append(ent)
            continue
        last = ofs[-1]
        owner = ent.doc[last + 1 : ent.end]
        owner_name = owner.text.removeprefix("the ").removeprefix("The ")
        if state_code(owner_name) and last > ofs[0]:
            out.append(Span(ent.doc, ent.start, last, label=ent.label_))
        else:
            out.append(ent)
    return out


def split_at_parens(ents: list[Span]) -> list[Span]:
    """NER spans cut at an opening parenthesis: "Authority on Development (AOD" is a name and its acronym.

    News spells a body out once with its short form in brackets, and the NER often runs the two
    together and stops before the closing bracket. The name before the bracket and the word(s)
    inside it are two spans of the same label; the entity linker makes them one entity.
    """
    out: list[Span] = []
    for ent in ents:
        paren = next((t.i for t in ent if t.text == "(" and t.i > ent.start), None)
        if paren is None:
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, paren, label=ent.label_))
        close = next((t.i for t in ent.doc[paren + 1 : paren + 6] if t.text == ")"), None)
        inner = Span(ent.doc, paren + 1, close if close is not None else ent.end, label=ent.label_)
        if len(inner) and inner[0].text[:1].isupper():
            out.append(inner)
    return out


def bracketed_short_forms(doc: Doc, chosen: list[Span]) -> list[Span]:
    """``chosen`` plus the bracketed short form the NER left out after a body's name.

    "the Border Authority (BA)", and after an "of <place>" that ends the name or the "in <place>" a
    body works in: "the Harbour Police of Norland (HPN)", "the Support Mission in Norland (SMN)".
    """
    taken = {i for s in chosen for i in range(s.start, s.end)}
    starts = {s.start: s for s in chosen}
    out = list(chosen)
    for span in chosen:
        i = span.end
        if span.label_ not in {"Organization", "Agency"}:
            continue
        if i + 1 < len(doc) and doc[i].lower_ in {"of", "in"}:  # "... of Norland (X)", "Mission in Norland (X)"
            after = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            i = starts[after].end if after in starts else i
        if i + 2 >= len(doc) or doc[i].text != "(":
            continue
        word, close = doc[i + 1], doc[i + 2]
        if close.text == ")" and word.i not in taken and word.is_alpha and word.text[:1].isupper():
            out.append(Span(doc, word.i, word.i + 1, label=span.label_))
            taken.add(word.i)
    return _short_form_uses(doc, out, taken)


#: The possessive's spellings after a name: "ABC's team".
_POSSESSIVES = frozenset({"'s", "’s"})
#: Fewest letters of a body's acronym: "UN's" is a known body's, two letters are too often initials.
_ACRONYM_LETTERS = 3
#: Labels the NER gives a body's letters it reads as a place's or a person's name.
_NER_GUESSES = frozenset({"Settlement", "Region", "Place", "Person"})
#: Readers whose type for a word the possessive overrules: the NER's, and a person read from context ("X said").
_GUESSERS = frozenset({"ner", "context"})


def possessive_acronyms(doc: Doc, chosen: list[Span]) -> list[Span]:
    """``chosen`` with an acronym in capitals before a possessive ("TARVA's team") a body's name.

    Letters in capitals that own something in running text name a body; the NER often leaves
    them out. A line in capitals (a title, a speaker label) is no such text, and a state's or
    known body's letters are typed by the gazetteers.
    """
    taken = {i: s for s in chosen for i in range(s.start, s.end)}
    guesses = []  # the NER's place for letters no gazetteer knows ("according to ABC's figures")
    letters = set()  # letters shown to be a body's: their other uses ("the charity TARVA said") are the body
    for mark in with_orth(doc, _POSSESSIVES):
        tok = doc[mark.i - 1] if mark.i else None
        if tok is None or len(tok.text) < _ACRONYM_LETTERS:
            continue
        if not (tok.is_upper and tok.is_alpha) or state_key(tok.text) or known_body(tok.text):
            continue
        span = taken.get(tok.i)
        if span is not None and len(span) == 1 and span.label_ == "Organization":
            letters.add(tok.text)
        guessed = span is not None and len(span) == 1 and span.kb_id_ == "ner" and span.label_ in _NER_GUESSES
        if (span is not None and not guessed) or is_known_place(tok.text) or caps_line(doc, tok.i):
            continue
        letters.add(tok.text)
        guesses.append(Span(doc, tok.i, tok.i + 1, label="Organization", kb_id="possessive"))
    owners = {s.start for s in guesses}
    guesses += [
        Span(doc, s.start, s.end, label="Organization", kb_id="possessive")
        for s in chosen
        if len(s) == 1
        and s.start not in owners
        and s.text in letters
        and s.kb_id_ in _GUESSERS
        and s.label_ in _NER_GUESSES
        and not caps_line(doc, s.start)
    ]
    replaced = {s.start for s in guesses}
    out = [s for s in chosen if not (len(s) == 1 and s.start in replaced)] + guesses
    return sorted(out, key=lambda s: s.start)


def _short_form_uses(doc: Doc, chosen: list[Span], taken: set[int]) -> list[Span]:
    """``chosen`` with every later use of a body's bracketed short form in capitals a mention of the body.

    After "the Tarn Relief Mission (TRM)" the short form also stands as a modifier ("a TRM team",
    "the TRM plan"), where the NER leaves it out or reads it as a place of its own.
    """
    defined: dict[str, tuple[int, str]] = {}  # short form -> (where the brackets define it, the body's label)
    for span in chosen:
        i = span.start
        bracketed = len(span) == 1 and 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
        if bracketed and span.label_ in {"Organization", "Agency"} and span.text.isupper() and len(span.text) > 1:
            defined.setdefault(span.text, (i, span.label_))
    if not defined:
        return chosen
    relabel: dict[int, str] = {}
    for span in chosen:
        found = defined.get(span.text) if len(span) == 1 and span.kb_id_ == "ner" else None
        if found is not None and found[0] < span.start and span.label_ not in {"Organization", "Agency"}:
            relabel[span.start] = found[1]  # "the KVWA plan": no region of its own
    out = [Span(doc, s.start, s.end, label=relabel[s.start]) if s.start in relabel else s for s in chosen]
    for tok in with_orth(doc, defined.keys()):
        found = defined[tok.text]
        if found[0] < tok.i and tok.i not in taken:
            out.append(Span(doc, tok.i, tok.i + 1, label=found[1]))
            taken.add(tok.i)
    return out


#: Compass words that open a region's own name: "West Tarnia" is not the region "Tarnia".
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower"})
#: Plural nouns for the armed members of a group: the name before them is the group's.
_MEMBERS = frozenset({"militants", "fighters", "rebels", "insurgents", "jihadists", "gunmen", "militiamen"})


def members_follow(span: Span) -> bool:
    """A group's name before its members' noun: "al-Harakat militants", "Tarn Front fighters"."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ in _MEMBERS


def state_owned_body(ent: Span) -> bool:
    """An ORG whose own name opens with a state's name and ends in a body's head noun.

    "the Norland Revenue Authority", "Norland Red Cross Society", "Norland Airways": the name is the
    body's, and the state it opens with is its owner, not a mention to take out of it.
    """
    first = ent.start + 1 if ent[0].lower_ in {"the", "a", "an"} else ent.start
    head = ent[-1].lower_
    if ent.label_ != "ORG" or not ent[-1].is_title:
        return False
    if not (head in BODY_HEADS or head in ORG_HEADS or head in AGENCY_CUES):
        return False
    # "Norland Airways", "the Norland Times": one word after the state is enough for a firm's head
    least = 1 if head in ORG_HEADS else 2
    return any(ent.end - first - k >= least and state_code(ent.doc[first : first + k].text) for k in (1, 2, 3))


def as_state_body(ents: list[Span]) -> list[Span]:
    """The NER's places that are a state's body by their name ("the Republic of X Marine Corps",
    tagged GPE for the state it opens with) relabelled ORG, so the name is read as the body's."""
    out = []
    for e in ents:
        body = Span(e.doc, e.start, e.end, label="ORG") if e.label_ == "GPE" else e
        out.append(body if body is not e and state_owned_body(body) else e)
    return out


#: An ordinal written in figures ("2nd", "101st"): the number of a unit ("the 7th Rifle Brigade").
_UNIT_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def with_head(ent: Span) -> Span:
    """The span with a capitalised head noun that directly follows it ("Tarn" + "Mountains"), or
    the title word an office's name ends with ("Office of the Prime" + "Minister"); a body's name
    with the ordinal in figures the NER tags apart before it ("7th" + "Rifle Brigade"), or
    two numbered units would be one; a person's given name with the half after its hyphen."""
    doc = ent.doc
    if ent.label_ == "ORG" and ent.start > 0 and _UNIT_ORDINAL.fullmatch(doc[ent.start - 1].text) and ent[0].is_title:
        ent = Span(doc, ent.start - 1, ent.end, label=ent.label_)
    end = ent.end
    half = doc[end + 1] if end + 1 < len(doc) else None
    chained = half is not None and not half.whitespace_ and half.i + 1 < len(doc) and doc[half.i + 1].text == "-"
    if ent.label_ == "PERSON" and half is not None and half.is_lower and hyphen_half(half) and not chained:
        end += 2  # "Seo Jae" + "-hyuk": the NER stops a given name at its hyphen ("Boulogne-sur-Mer" is a town's)
        return Span(doc, ent.start, end, label=ent.label_)
    while end < len(doc) and end - ent.end < 2 and doc[end].is_title and doc[end].lower_ in _HEADS:
        end += 1
    office = end == ent.end and ent.label_ == "ORG" and any(t.lower_ == "of" for t in ent)
    if office and end < len(doc) and doc[end].is_title and doc[end].lower_ in TITLE_WORDS:
        end += 1  # "Office of the Prime" + "Minister": the NER leaves the office's title out
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def not_a_name(span: Span, nouns: frozenset[str]) -> bool:
    """A phrase, a number, or a capitalised common noun after a determiner ("the Union") that does not act."""
    if junk_words(span) or not any(c.isalpha() for c in span.text) or _citation(span) or _era(span):
        return True
    if span[0].lower_ in _LINKS or span[-1].lower_ in _LINKS:
        return True  # "of Prisons", "for Foreign Trade": the tail of a title the NER cut, no name
    if span.label_ != "PERSON" and _written_lower(span):
        return True
    if _portfolio(span) or _code_name(span):
        return True
    if script_cue(span) or cue_language(span):
        return True  # "SOUNDBITE (French): ...": a script's cue and the language spoken, no one
    if len(span) != 1:
        return False
    tok = span[0]
    if span.label_ != "PERSON" and _language(tok.text):
        return True  # "((IN ARABIC))", "a broadcast in Swahili": a language is no place or body
    prev = span.doc[tok.i - 1] if tok.i else None
    return (
        prev is not None
        and prev.lower_ in _DETERMINERS
        and tok.lower_ in nouns
        and not tok.is_upper
        and tok.dep_ != "nsubj"  # "the Council appointed him": a body acting is named, if briefly
        and not (state_key(tok.text) or known_body(tok.text) or region_for(tok.text))
        and not settlement_for(tok.text, primary_only=True)  # "the Berlin critic": a city, not a noun
    )


def _portfolio(span: Span) -> bool:
    """ "Minister for Communications and Information Technology": fields joined by "and" after an
    office's "for" are its portfolio, which the NER tags as a body (after "of" the title reader
    tells them from a body's name); a body's own name ends in a head noun or is an acronym."""
    doc, i = span.doc, span.start
    if span.label_ == "PERSON" and not (len(span) == 1 and i > 0 and doc[i - 1].lower_ == "and"):
        return False  # "Minister of Health and Welfare Anna Berg": the holder; "Roads and [Bridges]" is a field
    while i > 0 and (doc[i - 1].is_title or doc[i - 1].lower_ == "and") and span.start - i < 6:
        i -= 1  # back to the start of the fields: "Roads and [Bridges]"
    if i < 2 or doc[i - 1].lower_ != "for" or doc[i - 2].lower_ not in PORTFOLIO_HEADS:
        return False
    end = span.start
    while end < len(doc) and (doc[end].is_title or doc[end].lower_ == "and") and end - i < 8:
        end += 1
    fields = doc[i:end]
    return (
        any(t.lower_ == "and" for t in fields)
        and span.end <= end
        and fields[-1].is_title
        and fields[-1].lower_ not in BODY_HEADS
        and fields[-1].lower_ not in ORG_HEADS
    )


#: A code of letters and digits ("COVID-19", "MH-17", "F-16"): a disease, a flight or a weapon, no entity.
_CODE = re.compile(r"[A-Z]{1,6}-\d{1,4}[A-Z]?")


def _code_name(span: Span) -> bool:
    return bool(_CODE.fullmatch(span.text.replace(" ", "")))


#: Era marks written with a year or century: "300 BC", "AD 79", "the 5th century BCE".
_ERAS = frozenset({"bc", "bce", "ad", "ce"})
_ERA_YEAR = re.compile(r"^(AD|BC|BCE|CE)\d+$")


def _era(span: Span) -> bool:
    """An era mark beside a year or "century" ("500 BC", "AD 842", "AD842"): a date, no body."""
    if len(span) != 1:
        return False
    tok = span[0]
    if _ERA_YEAR.match(tok.text):
        return True
    if tok.text.replace(".", "").lower() not in _ERAS or not tok.text[:1].isupper():
        return False
    doc = span.doc
    near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return any(t.like_num or t.lower_ in {"century", "centuries", "millennium"} for t in near)


def _language(word: str) -> bool:
    """A major language's name that no gazetteer knows as a state, people, town or region."""
    return (
        is_language(word)
        and not (state_key(word) or state_for_demonym(word) or known_body(word) or region_for(word))
        and not settlement_for(word, primary_only=True)
    )


def _citation(span: Span) -> bool:
    """A reference or dated title, not a name: "Marsh et al.", "Kovacs and Lind 2019", "Plan 2040"."""
    words = [t.lower_ for t in (span.doc[span.start - 1 : span.end] if span.start else span)]
    year = any(t.is_digit and len(t) == 4 and t.text[:2] in {"19", "20"} for t in span)
    return year or any(a == "et" and b.startswith("al") for a, b in pairwise(words))


def _written_lower(span: Span) -> bool:
    """The document also writes the words in lower case: a common noun or phrase capitalised in a
    heading or at a sentence start ("Gravity", "Marine Acoustics"), not a name.
    """
    text = span.text
    if text.isupper() or not text[:1].isupper() or known_body(text) or state_key(text):
        return False
    return occurs(span.doc, text.lower())


def place_class(text: str) -> str:
    """The most specific place class the gazetteers give a name: State, Settlement, Region or Place."""
    if state_code(text):
        return "State"
    if settlement_for(text, primary_only=True):
        return "Settlement"
    if region_for(text):
        return "Region"
    return "Place"


def typed_by_head(span: Span, by_head: str) -> str | None:
    """The class a head noun gives: a place as the gazetteers refine it, a body (or agency), or none."""
    if by_head == "None":
        return None
    if by_head == "Organization":
        body = any(t.lower_ in AGENCY_CUES for t in span) or bool(name_heads(span) & BODY_HEADS)
        body = body or opens_with_body_word([t.text for t in span if t.lower_ != "the"])
        return "Agency" if body or _state_institute(span) else "Organization"
    if by_head in {"Region", "Settlement", "State"}:
        return by_head
    if _state_centre(span):
        return "Agency"
    return place_class(span.text)


#: Words that make an institute a state's own: "National Migration Institute", "Federal Statistics Institute".
_STATE_LEADS = frozenset({"national", "federal", "state"})


def _state_institute(span: Span) -> bool:
    """An institute named by its state ("National ...", "Federal ...", a demonym) is a government
    body: the national institutes of migration, statistics or meteorology that news quotes."""
    words = [t for t in span if t.lower_ != "the"]
    lead = words[0] if words else None
    if lead is None or not name_heads(span) & {"institute", "instituto", "institut"} or not lead.is_title:
        return False
    return lead.lower_ in _STATE_LEADS or bool(state_for_demonym(lead.text))


#: Leads of a centre run by a state or several of its bodies: "National ... Centre", "Joint ... Centre".
_CENTRE_LEADS = _STATE_LEADS | {"joint"}
#: What a state's centre does: command, coordinate, manage a crisis ("National Crisis Management
#: Centre"); a "National Convention Centre" or "National Exhibition Centre" is a venue.
_CENTRE_WORK = frozenset(
    {"operation", "operations", "coordination", "management", "command", "control", "crisis", "emergency"}
    | {"emergencies", "monitoring", "intelligence", "security", "response", "situation", "disaster"}
)


#: Work that only a body's centre does, named right before "Centre": "Rescue Coordination Centre",
#: "Flood Operations Centre"; shops, venues and schools are never named so.
_COORDINATING = frozenset({"coordination", "co-ordination", "operations", "command"})


def _state_centre(span: Span) -> bool:
    """A centre led by "National", "Federal", "Joint" or a demonym and naming a state's work
    ("Crisis Management"), naming a body ("Police Command Centre") where the NER calls it one, or
    named for coordinating or commanding ("the Rescue Coordination Centre") is a government body:
    the crisis, operations and coordination centres news quotes. A "Shopping Centre", a
    "National Convention Centre" or a town's "Tarn Centre" stays a place."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or words[-1].lower_ not in {"centre", "center"}:
        return False
    inner = words[:-1]
    if inner[-1].is_title and inner[-1].lower_ in _COORDINATING:
        return True
    if words[-1].ent_type_ == "ORG" and any(t.lower_ in AGENCY_CUES or t.lower_ in BODY_HEADS for t in inner):
        return True
    lead = words[0]
    led = lead.is_title and (lead.lower_ in _CENTRE_LEADS or bool(state_for_demonym(lead.text)))
    return led and any(t.lower_ in _CENTRE_WORK for t in inner)


def placed_class(text: str) -> str:
    """A name the text uses as a place: a region if the gazetteers say so, else a settlement."""
    if settlement_for(text):
        return "Settlement"
    return "Region" if region_for(text) else "Settlement"


def add_head_names(doc: Doc, chosen: list[Span]) -> list[Span]:
    """``chosen`` plus the names only a head noun finds ("Ruritanian Library", "Tarn Airport").

    Such a name fills a gap, or replaces the demonyms and NER spans it contains ("British" of
    "Ruritanian Library", "Museum of Art" of "Estonian Museum of Art").
    """
    out = list(chosen)
    near = Intervals((s.start, s.end, s) for s in out)  # kept as ``out``: no scan of it per run
    for run in head_runs(doc):
        if crossing_kind_only(run):
            continue  # "the X One-Stop Border Post": the kind words left beside the crossing's name
        by_head = head_class(run)
        label = typed_by_head(run, by_head) if by_head else None
        if label is None:
            continue
        clash = [s for _, _, s in near.near(run.start, run.end) if s.start < run.end and run.start < s.end]
        if all(
            (s.label_ == "Demonym" or s.kb_id_ == "ner") and run.start <= s.start and s.end <= run.end and s != run
            for s in clash
        ):
            if clash:  # a span equal to one that clashes clashes too: dropping these by identity is enough
                gone = {id(s) for s in clash}
                out = [s for s in out if id(s) not in gone]
                for s in clash:
                    near.remove(s.start, s)
            out.append(Span(doc, run.start, run.end, label=label, kb_id="ner"))
            near.add(run.start, run.end, out[-1])
    return out


def shared_head_places(doc: Doc, chosen: list[Span]) -> list[Span]:
    """``chosen`` with names that share a plural place head typed as places: "the Tarn and Vessel
    rivers", "Barra, Coll and Tiree islands", "the Old Mill and Harbour districts" (regions); the
    NER reads each name alone, often as a person.
    """
    out = list(chosen)
    for tok in doc:
        if not (tok.is_lower and tok.tag_ == "NNS" and tok.i > 2):
            continue
        if not (tok.lemma_ in PLACE_HEADS or tok.lemma_ in REGION_HEADS):
            continue
        if doc[tok.i - 2].lower_ not in {"and", "or", ","}:
            continue  # one name alone before a plural ("Oslo hotels") is no such list
        i = tok.i - 1
        while i >= 0:
            start = i
            while start >= 0 and doc[start].is_title and doc[start].is_alpha and not doc[start].is_stop:
                start -= 1
            if start == i:
                break
            words = doc[start + 1 : i + 1]
            label = "Region" if tok.lemma_ in REGION_HEADS else place_class(words.text)
            name = Span(doc, start + 1, i + 1, label=label, kb_id="ner")
            clash = [s for s in out if s.start < name.end and name.start < s.end]
            if all(s.kb_id_ == "ner" and name.start <= s.start and s.end <= name.end for s in clash):
                out = [s for s in out if s not in clash] + [name]
            if start < 0 or doc[start].lower_ not in {"and", "or", ","}:
                break
            i = start - 1
    return out
