"""NER spans -> the same spans with the whole name of an office's holder after a title or an address.

"Mayor Alba Ledesma Cuenca", "Minister of the Interior Ines Olmedo Segovia", "Governor Tobar Vidal
Soria": a name of three words (a given name and two surnames) is common in Spanish and
Portuguese, and the small model reads it badly after a title. It misses the name, tags only its
last word (as a place when a town shares the surname) or drops the given name. The title settles
it: the capitalised words right after it, up to the next lower-case word, are the holder's name.
A later mention of the two surnames ("Olmedo Segovia said") is the same person. Runs before
``kg_retype`` reads the spans, so the name is typed like any other person's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import known_body, region_for, settlement_for, state_for_demonym, state_key
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.heads import (
    BODY_HEADS,
    COUNCIL_HEADS,
    NOT_ENTITY_HEADS,
    ORG_HEADS,
    PLACE_HEADS,
    REGION_HEADS,
    STATE_HEADS,
    head_class,
    lower_half,
)
from kg.nlp.persons import honorific
from kg.nlp.roles import PERSON_NOUNS

__all__ = ["titled_names"]

#: Title words that also qualify things ("State Department", "Home Office"): they open no office here.
_WEAK = frozenset({"state", "home", "foreign", "interior", "internal", "affairs", "former", "then", "late", "head"})
#: Words that end a body's or a place's name, never a person's.
_NOT_NAME = TITLE_WORDS | BODY_HEADS | COUNCIL_HEADS | ORG_HEADS | PLACE_HEADS | REGION_HEADS | STATE_HEADS
_NOT_NAME_WORDS = _NOT_NAME | NOT_ENTITY_HEADS
#: Entity types no personal name is made of.
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_MIN_WORDS, _MAX_WORDS = 3, 4
#: Forms of address that stand only before a person's name, after which the model misses the name.
_ADDRESSES = frozenset({"honourable", "honorable", "hon", "excellency"})
#: Courtesy titles, after which the model cuts a long name ("Mr. Ramon Ekua Obiang Ndong" as "Ramon Ekua").
_COURTESY = frozenset({"mr", "mrs", "ms", "mme", "mister", "madam"})


def titled_names(doc: Doc, ents: list[Span], common: frozenset[str]) -> list[Span]:
    """``ents`` with each long name after a title made one PERSON span, and its two-surname repeats.

    Only names of three or four words are taken (shorter ones the model reads well, and a title
    before them is read elsewhere); each word a capitalised proper noun, not all of them common
    words of the model's lexicon (``common``) unless the NER saw a name there (a Title Case
    headline is made of common words), no title, head noun, date or gazetteer name, and no NER
    span may run into or past the name. A name the NER already has whole is left as it is.
    """
    names: list[Span] = []
    offices: list[int] = []  # where each name's title starts
    for tok in doc:
        courtesy = tok.is_title and tok.lower_.rstrip(".") in _COURTESY
        if _opens_office(tok) or tok.lower_.rstrip(".") in _ADDRESSES or courtesy:
            name = _holder_after(doc, tok.i, common) if _opens_office(tok) else _addressed_after(doc, tok.i, common)
            if courtesy and name is not None and len(name) < _MIN_WORDS:
                name = None  # "Mr. Jo Roe": two words the model reads well
            if name is not None and (not names or name.start >= names[-1].end):
                names.append(name)
                offices.append(tok.i)
    if not names:
        return ents
    surnames = {(n[-2].text, n[-1].text) for n in names}
    repeats = _repeats(doc, ents, surnames, names)
    return _merged(ents, [*names, *repeats], [*offices, *(r.start for r in repeats)])


def _opens_office(tok: Token) -> bool:
    """A capitalised title word that names an office by itself ("Mayor", "Minister", "Judge")."""
    low = tok.lower_.rstrip(".")
    return tok.is_title and low in TITLE_WORDS and low not in _WEAK


def _holder_after(doc: Doc, i: int, common: frozenset[str]) -> Span | None:
    """The name of three or four words after the title at ``i`` (and its "of" complement), or None."""
    j = i + 1
    while j < len(doc) and doc[j].is_title and (doc[j].lower_ in TITLE_WORDS or honorific(doc[j])):
        j += 1
    for k in range(j, min(j + 3, len(doc))):  # "Chief Public Prosecutor": the office ends at its role noun
        if not doc[k].is_title:
            break
        if doc[k].lower_ in PERSON_NOUNS:
            j = k + 1
    complement = j < len(doc) and doc[j].lower_ == "of"
    if j < len(doc) and doc[j].lower_ == "of":  # "Minister of the Interior", "Minister of Health"
        j += 2 if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else 1
        k = j
        while (
            k < len(doc) and k - j < 3 and doc[k].is_title and (doc[k].lower_ in _NOT_NAME or doc[k].lower_ in common)
        ):
            k += 1
        if k == j:
            return None  # "Minister of X Jo Roe": a state or body after "of" is read elsewhere
        j = k
        while j < len(doc) and honorific(doc[j]):
            j += 1
    end, words, glued = j, 0, False
    while end < len(doc) and words <= _MAX_WORDS and _name_word(doc[end]):
        end, words = end + 1, words + 1
        if end + 1 < len(doc) and doc[end].text == "-" and lower_half(doc[end + 1]):
            end, glued = end + 2, True  # "Park Ji-hwan": the model misses a given name written so
        elif complement and _double_barrel(doc, end):
            # "Chief of Defence General Ana Roe-Doe": a surname of two names joined by a hyphen,
            # after an office with its "of" complement (which no firm or place name opens with)
            end, glued = end + 2, True
    name = doc[j:end]
    least = 2 if glued else _MIN_WORDS
    if not least <= words <= _MAX_WORDS or (end < len(doc) and doc[end].is_title):
        return None
    if all(t.lower_ in common and t.ent_type_ == "" for t in name):
        return None  # "Minister Meets Border Chiefs": a Title Case headline is made of common words
    if head_class(name) is not None or _owned(name.text) or state_for_demonym(name[0].text) or state_key(name[0].text):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _double_barrel(doc: Doc, i: int) -> bool:
    """A hyphen at ``i`` with no space either side, joining the name word before it to a capitalised
    name word: the model misses a two-word name whose surname is written so after a title."""
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _name_word(doc[i + 1])
    )


def _addressed_after(doc: Doc, i: int, common: frozenset[str]) -> Span | None:
    """The name of two to four words after "the Honourable" or "His Excellency" at ``i``, or None.

    The small model misses a name after these forms of address ("the Honourable Jo Roe"), which
    stand only before a person's name: the capitalised words after them are that name.
    """
    j = i + 1
    while j < len(doc) and (doc[j].text == "." or honorific(doc[j])):
        j += 1  # "Hon. Dr. Jo Roe"
    end, words = j, 0
    while end < len(doc) and words < _MAX_WORDS and _name_word(doc[end]):
        end, words = end + 1, words + 1
        glued = end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
        if glued and not doc[end].whitespace_ and _name_word(doc[end + 1]):
            end += 1  # "Camenzuli-Dray" split at its hyphen: one surname
            words -= 1
    name = doc[j:end]
    if words < 2 or (end < len(doc) and doc[end].is_title and doc[end].text.isalpha()):
        return None
    if all(t.lower_ in common and t.ent_type_ == "" for t in name) or _owned(name.text):
        return None
    return Span(doc, name.start, name.end, label="PERSON")


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun a personal name may be made of."""
    return (
        tok.is_title
        and tok.tag_ in {"NNP", "NNPS"}
        and tok.text.replace("-", "").isalpha()
        and tok.lower_ not in _NOT_NAME_WORDS
        and tok.lower_ not in PERSON_NOUNS
        and not honorific(tok)
        and tok.ent_type_ not in _NOT_NAMES
    )


def _owned(text: str) -> bool:
    """A name some gazetteer owns outright (a state, a body, a region, a main town)."""
    return bool(state_key(text) or known_body(text) or region_for(text) or settlement_for(text, primary_only=True))


def _repeats(doc: Doc, ents: list[Span], surnames: set[tuple[str, str]], names: list[Span]) -> list[Span]:
    """ "Olmedo Segovia said": the two surnames of a titled name, which the NER read as one place or person word."""
    named = {i for n in names for i in range(n.start, n.end)}
    out: list[Span] = []
    for ent in ents:
        if len(ent) != 1 or not ent.start or ent.start in named or ent.start - 1 in named:
            continue
        prev = doc[ent.start - 1]
        if prev.ent_iob_ == "O" and (prev.text, ent.text) in surnames:
            out.append(Span(doc, prev.i, ent.end, label="PERSON"))
    return out


def _merged(ents: list[Span], names: list[Span], offices: list[int]) -> list[Span]:
    """``ents`` with each name in place of the spans inside it, or run into it from its office ("the
    Interior Ines"); a name an NER span runs past or into from before the office is left out (the
    NER's longer reading stands). Token-indexed, so a long text stays linear."""
    at = {i: e for e in ents for i in range(e.start, e.end)}
    kept, inside = [], set()
    for name, office in zip(names, offices, strict=True):
        held = {id(at[i]): at[i] for i in range(name.start, name.end) if i in at}
        if any(e.start < office or e.end > name.end for e in held.values()):
            continue
        kept.append(name)
        inside |= set(held)
    return sorted([e for e in ents if id(e) not in inside] + kept, key=lambda s: s.start)
