"""A sentence's linked mentions -> ``kg:borders`` stated in it.

Four shapes of phrasing: a border verb after its places ("A and B, two countries that border C",
"X, which borders Y and Z", "X borders Y"), a possessed border ("Norway's border with Sweden",
"Russia's troops on the border with Finland"), a sharing verb ("X shares a border with Y", "X
and Y share a border") and a border between two places ("the border between X and Y").
Two states are related only when GeoNames does not say otherwise: a parse that hands the border
to the wrong country ("Germany's aid on the border with Ukraine") is caught by world knowledge.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, between_pair, link_at, listed_after, start_of, tokens
from kg.lexicon.gazetteer import neighbours

__all__ = ["find_borders"]

_BORDER_VERBS = {"border", "borders", "bordering", "neighbor", "neighbour", "neighboring", "neighbouring"}
_AREAS = {"State", "Region"}


def find_borders(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """Every "borders" the sentence states between its states and regions."""
    for tok in sent:
        pair = _between(doc, sent, tok, links) or _sharing(doc, tok, links)
        if pair and pair[0].key != pair[1].key and _plausible(pair[0].key, pair[1].key):
            add(found, pair[0].key, "borders", pair[1].key, sent)
        if tok.lower_ not in _BORDER_VERBS:
            continue
        after = [lk for lk in links if lk.start >= tok.idx + len(tok) and lk.type in _AREAS]
        if not after:
            continue
        between = doc[tok.i + 1 : start_of(doc, after[0], tok.i)]
        if len(between) > 3 or any(t.is_punct for t in between):
            continue
        others = listed_after(doc, after[0], links, _AREAS)
        if tok.lower_ == "border" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "with":
            subjects = _border_owner(doc, tok, links)
        else:
            subjects = _border_subjects(doc, tok, links)
        for subject in subjects:
            for other in others:
                if subject.key != other.key and _plausible(subject.key, other.key):
                    add(found, subject.key, "borders", other.key, doc[start_of(doc, subject, tok.i) : tok.i + 2])


def _between(doc: Doc, sent: SpacySpan, tok: Token, links: list[Linked]) -> list[Linked]:
    """ "the border between Kenya and Somalia": the two places after "between"."""
    if tok.lower_ not in {"border", "frontier", "boundary"} or tok.i + 2 >= sent.end:
        return []
    if doc[tok.i + 1].lower_ != "between":
        return []
    return between_pair(doc, tok.i + 1, links, _AREAS)


def _sharing(doc: Doc, tok: Token, links: list[Linked]) -> list[Linked]:
    """ "Peru and Ecuador share a long border": the subjects of "share" with a border and no "with"."""
    if tok.lemma_ != "share" or tok.pos_ != "VERB":
        return []
    objects = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_ in {"border", "frontier", "boundary"}]
    if not objects or any(c.lower_ == "with" for o in objects for c in o.children):
        return []
    subjects = [w for c in tok.children if c.dep_ == "nsubj" for w in (c, *c.conjuncts)]
    found = [link_at(doc, links, w.i) for w in subjects]
    places = [lk for lk in found if lk is not None and lk.type in _AREAS and lk.kind == "name"]
    return places if len(places) == 2 else []


def _plausible(a: str, b: str) -> bool:
    """Not contradicted by GeoNames: two states it knows the neighbours of must be neighbours."""
    if not (a.startswith("state/") and b.startswith("state/")):
        return True
    known = neighbours(a[6:])
    return not known or b[6:] in known


def _border_subjects(doc: Doc, tok: Token, links: list[Linked]) -> list[Linked]:
    """The places a border phrase is said of: the list or name before it, in the same sentence."""
    before = [lk for lk in links if lk.end <= tok.idx and lk.type in _AREAS and lk.kind == "name"]
    if not before:
        return []
    last = before[-1]
    last_span = tokens(doc, last)
    if last_span is None:
        return []
    gap = doc[last_span.end : tok.i]
    if any(t.text in {".", ";"} or t.pos_ in {"VERB", "AUX"} for t in gap) or len(gap) > 8:
        return []  # "Ukrainians fled to neighboring Poland" says nothing of who borders whom
    if any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ in {"NOUN", "PROPN"} for t in gap):
        return []  # "as fighting spread in X, EU countries bordering Y closed": the border is not X's
    group = [last]
    for lk in reversed(before[:-1]):  # "Georgia and Kazakhstan"
        span = tokens(doc, lk)
        if span is None or span.end >= len(doc):
            break
        joint = doc[span.end : start_of(doc, group[-1], span.end)]
        if [t.lower_ for t in joint] not in (["and"], [","], [",", "and"]):
            break
        group.append(lk)
    return group


def _border_owner(doc: Doc, tok: Token, links: list[Linked]) -> list[Linked]:
    """Whose "border with Y": "Norway's border with Sweden", "Russia's troops on the border with
    Finland" (the possessor of the noun the border phrase hangs on), or the subject of the clause
    ("X shares a border with Y", "X closed its border with Y")."""
    owners: list[Token] = []
    if tok.i > 1 and doc[tok.i - 1].lower_ in {"'s", "’s"}:
        owners.append(doc[tok.i - 2])
    elif tok.head.pos_ == "ADP" and tok.head.head.pos_ in {"NOUN", "PROPN"} and tok.head.head.i != tok.i:
        owners += [c for c in tok.head.head.children if c.dep_ == "poss"]
    if not owners:
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                owners += [child, *child.conjuncts]
    out = []
    for owner in owners:
        lk = link_at(doc, [lk for lk in links if lk.kind == "name"], owner.i)
        if lk and lk.type in _AREAS:
            out.append(lk)
    return out
