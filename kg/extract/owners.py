"""(spaCy tokens, entity index) -> the body an office is in: demonyms, possessives, names, "of"-phrases.

What a title says about whose office it is: "Chilean" and "Chile's" name a state, "the agency's"
stands for the agency last named, "WHO" or "of the Ministry of Health" name a body, and so does
"of Chile" right after a name ("President X of Chile"). Entity spans that are plainly misread
(a "body" named "and Social Welfare") are no owners.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.lexicon.gazetteer import state_for_demonym
from kg.model import Entity
from kg.nlp.heads import REGION_HEADS

__all__ = [
    "DETERMINERS",
    "OWNER_TYPES",
    "POSSESSIVE",
    "demonym_only",
    "entity_at",
    "kind_named",
    "owner_after",
    "owner_at",
    "owner_before",
    "possessor",
    "short_named",
]

#: Entity types a position can be held in (kg:postIn accepts a State or an Organization).
OWNER_TYPES = frozenset({"State", "Organization", "Agency"})

#: Words that open a noun phrase, or own what follows.
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})

#: Common nouns that stand for a body already named ("the agency's director"), with the entity
#: types they can stand for; a noun missing here is looked up in the names of the bodies themselves.
_ANAPHORS: dict[str, frozenset[str]] = {
    "its": OWNER_TYPES,
    "their": frozenset({"Organization", "Agency"}),
    "agency": frozenset({"Agency"}),
    "country": frozenset({"State"}),
    "nation": frozenset({"State"}),
    "state": frozenset({"State"}),
    "organization": frozenset({"Organization", "Agency"}),
    "organisation": frozenset({"Organization", "Agency"}),
    "bloc": frozenset({"Organization"}),
    "alliance": frozenset({"Organization"}),
}

#: Offices only a state's government has: "its prime minister" after a bloc and one of its members
#: is the member's (a bloc has no ministers).
_STATE_OFFICES = frozenset({"minister", "premier", "king", "queen", "emir", "sultan"})


def owner_after(person: SpacySpan, index: EntityIndex) -> tuple[str | None, int]:
    """The body of an "of"-phrase right after the name, and where the evidence ends."""
    doc = person.doc
    j = person.end
    if j + 1 >= len(doc) or doc[j].lower_ != "of":
        return None, person.start
    j += 1
    while j < len(doc) - 1 and doc[j].lower_ == "the":
        j += 1
    entity = entity_at(doc[j], index)
    if entity is None:
        return None, person.start
    while j + 1 < len(doc) and index.at(doc[j + 1].idx, doc[j + 1].idx + len(doc[j + 1])) is entity:
        j += 1
    return entity.key, j + 1


def owner_before(doc: Doc, k: int, index: EntityIndex) -> tuple[str | None, int]:
    """The owner right before the title's first word ``k``, and where the evidence starts."""
    j = k - 1
    if j >= 1 and doc[j].lower_ in POSSESSIVE:
        owner = possessor(doc, j - 1, index)
        start = j - 1
        while start > 0 and doc[start - 1].lower_ in DETERMINERS | {"the"}:
            start -= 1
        return (owner, start) if owner else (None, k)
    if j >= 0 and doc[j].lower_ in {"its", "their"}:
        owner = possessor(doc, j, index)
        return (owner, j) if owner else (None, k)
    if j >= 0:
        owner = owner_at(doc[j], index)
        if owner:
            entity = entity_at(doc[j], index)
            start = j
            if entity is not None:
                while start > 0 and entity in {
                    e for _, e in index.covering(doc[start - 1].idx, doc[start - 1].idx + 1)
                }:
                    start -= 1
            return owner, start
    return None, k


def entity_at(tok: Token, index: EntityIndex) -> Entity | None:
    """The body (state, organization, agency) mentioned at a word, if any."""
    for _, entity in index.covering(tok.idx, tok.idx + len(tok)):
        if entity.type not in OWNER_TYPES:
            continue
        words = entity.name.split()
        if words[-1].islower() or words[0] in {"and", "of", "for"}:
            continue  # a body's name neither starts with "and" nor ends in "of": a misread span
        if words[:2] == ["State", "for"]:
            continue  # "Secretary of State for Trade": the office's own words, cut from it by the model
        return entity
    return index.short_form(tok.text) if tok.is_upper else None  # "the ECOWAS mission": its short form again


def demonym_only(tok: Token, index: EntityIndex) -> bool:
    """A demonym standing alone for its state ("American diplomacy"), not starting a body's name."""
    entity = entity_at(tok, index)
    return bool(state_for_demonym(tok.text)) and (entity is None or entity.type == "State")


def owner_at(tok: Token, index: EntityIndex) -> str | None:
    """The body a word names: a state by its demonym, or a state, organization or agency mentioned there."""
    body = entity_at(tok, index)
    if body is not None:
        return body.key
    entity = index.at(tok.idx, tok.idx + len(tok))
    if entity is None or entity.type != "Person":
        return state_for_demonym(tok.text)
    return None


def kind_named(tok: Token, index: EntityIndex) -> str | None:
    """The entity a definite common noun stands for: "of the party", "of the province", "of the nation".

    A text names a body or an area once and then calls it by its kind: "the treasurer of the
    party" after "the Tarn Renewal Party", "the governor of the province, X" after "Vessa
    Province". The noun stands for the last entity named before it whose name ends in that noun
    ("Party"), or, for the kinds of area and of state, the last region or state named before it.
    """
    noun = tok.lower_
    if not tok.is_lower or not tok.is_alpha:
        return None
    if noun in REGION_HEADS:
        found = index.last_before(tok.idx, lambda e: e.type == "Region")
    elif noun in _STATE_NOUNS:
        found = index.last_before(tok.idx, lambda e: e.type == "State")
    else:
        found = index.last_before(
            tok.idx,
            lambda e: e.type in OWNER_TYPES and e.name.split()[-1].casefold() == noun and len(e.name.split()) > 1,
        )
    return found.key if found is not None else None


def short_named(doc: Doc, j: int, end: int, index: EntityIndex) -> str | None:
    """The body a capitalised short form after "the" stands for: "the head of the Bureau", "the
    spokesman of the Command", after "the Lottery Bureau" or "the Command of the Coastal Fleet"
    was named in full.

    Official texts name a body in full once and then by its capitalised head alone. The one to
    three capitalised words up to the end of the phrase stand for the last body named before them
    whose longer name ends with them, or opens with them before "of" (or is them: a mention the
    tagger left unmarked).
    """
    k = j
    while k < end and doc[k].is_alpha and doc[k].is_title and k - j < 3:
        k += 1
    if k == j or (k < end and not doc[k].is_punct):
        return None
    short = doc[j:k].text.casefold()

    def stands_for(e: Entity) -> bool:
        name = e.name.casefold()
        shortened = name.endswith(f" {short}") or name.startswith(f"{short} of ")
        return e.type in _BODY_OWNERS and (name == short or shortened)

    found = index.last_before(doc[j].idx, stands_for)
    return found.key if found is not None else None


#: Body types a short form may stand for (a state is named by its own short name).
_BODY_OWNERS = frozenset({"Organization", "Agency"})
#: Common nouns that stand for a state already named ("the president of the country").
_STATE_NOUNS = frozenset({"country", "nation"})


def possessor(doc: Doc, i: int, index: EntityIndex) -> str | None:
    """The body a possessive at token ``i`` names: "Kazakhstan's", "the EU's", "the agency's", "its".

    A common noun ("the agency's", "the council's") or a possessive pronoun ("its") stands for the
    latest body before it of a type the word names, or whose name contains the noun.
    """
    tok = doc[i]
    body = owner_at(tok, index)
    if body:
        return body
    pronoun = tok.lower_ in {"its", "their"}
    if not tok.is_alpha or (not pronoun and tok.text[:1].isupper() and i > 0 and doc[i - 1].lower_ not in DETERMINERS):
        return None  # a person's name: "Lee's adviser" names no body
    noun = tok.lower_
    types = _ANAPHORS.get(noun)
    if pronoun and any(t.lower_ in _STATE_OFFICES for t in doc[i + 1 : i + 5]):
        types = frozenset({"State"})
    best: Entity | None = None
    best_start = -1
    for mention, entity in index.mentions():
        if mention.start >= tok.idx or entity.type not in OWNER_TYPES:
            continue
        named = noun in entity.name.lower().split()
        if ((types is not None and entity.type in types) or named) and mention.start > best_start:
            best, best_start = entity, mention.start
    return best.key if best else None
