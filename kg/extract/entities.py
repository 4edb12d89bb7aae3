"""(spaCy Doc, Article) -> Entities: typed spans linked to keys, merged within the document.

Reads ``doc.spans["kg_entities"]`` (written by the ``kg_retype`` component), links each span to a
key (ISO code, GeoNames city, known body, qualified ministry, person slug), folds short names into
full ones ("Putin" -> "Vladimir Putin"), and adds the descriptions a careful reader resolves ("the
bloc", "the agency", "the Caucasian country") as extra mentions of the entity they point at.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.gazetteer import (
    BLOCS,
    NEWS_MEDIA,
    known_body,
    region_for,
    settlement_for,
    state_code,
    state_for_demonym,
    state_key,
    state_name,
    state_same_as,
    state_slug,
)
from kg.model import Article, Entity, Span
from kg.nlp.components import SPANS_KEY
from kg.nlp.names import entity_key, initials, slugify, strip_the
from kg.nlp.patterns import AGENCY_HEADS, MINISTRY_DOMAINS

__all__ = ["Linked", "find_entities", "link_mentions"]

_DESCRIPTIONS = {
    "bloc",
    "agency",
    "ministry",
    "country",
    "alliance",
    "organization",
    "checkpoint",
    "crossing",
}
_STRONG = ("Checkpoint", "Region")


@dataclass(frozen=True)
class Linked:
    """One mention linked to an entity: offsets, the entity's key, type and name, and how it was seen.

    ``kind`` is "name", "demonym" or "description"; ``parent`` is the state, region or
    organization a generic agency name was qualified by.
    """

    start: int
    end: int
    text: str
    type: str
    key: str
    name: str
    kind: str = "name"
    same_as: tuple[str, ...] = ()
    parent: str | None = None


def find_entities(doc: Doc, article: Article) -> tuple[Entity, ...]:
    """Every entity of the document with all its mentions, sorted by key."""
    groups: dict[str, list[Linked]] = defaultdict(list)
    for link in link_mentions(doc):
        if article.text[link.start : link.end] == link.text:
            groups[link.key].append(link)
    return tuple(_entity(key, links) for key, links in sorted(groups.items()))


def _entity(key: str, links: list[Linked]) -> Entity:
    names = [lk for lk in links if lk.kind == "name"]
    best = max(names or links, key=lambda lk: (len(lk.name), lk.name))
    aliases = {strip_the(lk.text) for lk in names} - {best.name}
    return Entity(
        key=key,
        type=best.type,
        name=best.name,
        mentions=tuple(sorted({Span(lk.start, lk.end, lk.text) for lk in links})),
        aliases=tuple(sorted(a for a in aliases if a[:1].isupper())),
        same_as=tuple(sorted({iri for lk in links for iri in lk.same_as})),
    )


def link_mentions(doc: Doc) -> list[Linked]:
    """Every typed span and resolved description of ``doc`` linked to an entity key, in text order.

    Computed once per Doc (entities and relations both need it) and kept in ``doc.user_data``.
    """
    cached = doc.user_data.get("kg_links")
    if cached is None:
        cached = doc.user_data["kg_links"] = _link_mentions(doc)
    return list(cached)


def _link_mentions(doc: Doc) -> list[Linked]:
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    strong = {strip_the(s.text): s.label_ for s in spans if s.label_ in _STRONG}
    for s in spans:  # "Boric" tagged ORG after "Gabriel Boric": the surname of a person named here
        if s.label_ == "Person" and len(s) > 1:
            strong.setdefault(s[-1].text, "Person")
    links: list[Linked] = []
    persons: list[SpacySpan] = []
    agencies: list[SpacySpan] = []
    for span in spans:
        label = span.label_
        if label not in {"State", "Demonym"} and known_body(span.text) is None:
            label = strong.get(strip_the(span.text), label)
        if label == "Person":
            persons.append(span)
        elif label == "Agency" and known_body(span.text) is None:
            agencies.append(span)
        else:
            link = _link_place_or_body(span, label)
            if link:
                links.append(link)
    links += _link_persons(persons)
    links.sort(key=lambda lk: lk.start)
    links += [_link_agency(span, links) for span in agencies]
    links.sort(key=lambda lk: lk.start)
    links += _descriptions(doc, links, {(s.start_char, s.end_char) for s in spans})
    links = _merge_acronyms(links)
    return sorted(links, key=lambda lk: (lk.start, lk.end, lk.key))


def _mk(span: SpacySpan, type_: str, key: str, name: str, **kw: object) -> Linked:
    return Linked(span.start_char, span.end_char, span.text, type_, key, name, **kw)  # type: ignore[arg-type]


def _link_place_or_body(span: SpacySpan, label: str) -> Linked | None:
    text = strip_the(span.text)
    if label in {"State", "Demonym"}:
        code = state_code(text) or (state_for_demonym(text) or "")[6:]
        if not code:
            return None
        kind = "name" if label == "State" else "demonym"
        return _mk(span, "State", f"state/{code}", state_name(code), kind=kind, same_as=state_same_as(code))
    if label in {"Organization", "Agency"}:
        body = known_body(text)
        type_, name = body if body else (label, text)
        return _mk(span, type_, entity_key(type_, name), name)
    place = region_for(text) if label == "Region" else settlement_for(text) if label == "Settlement" else None
    if place is not None and place.type == label:
        return _mk(span, label, place.key, place.name, same_as=place.same_as)
    if text.isupper() and len(text) > 4:
        text = text.title()  # a dateline's "KUZNICA" is named "Kuznica"
    return _mk(span, label, entity_key(label, text), text)


def _link_persons(spans: list[SpacySpan]) -> list[Linked]:
    """Short names join the full name that ends with them ("Tokayev" -> "Kassym-Jomart Tokayev")."""
    fulls: list[str] = []
    for span in sorted(spans, key=lambda s: (-len(s.text), s.start)):
        name = " ".join(span.text.split())
        if not any(_same_person(name, f) for f in fulls):
            fulls.append(name)
    out = []
    for span in spans:
        name = " ".join(span.text.split())
        full = next((f for f in fulls if _same_person(name, f)), name)
        out.append(_mk(span, "Person", entity_key("Person", full), full))
    return out


def _same_person(short: str, full: str) -> bool:
    if short == full:
        return True
    s_words, f_words = short.replace("-", " ").split(), full.replace("-", " ").split()
    return len(s_words) < len(f_words) and f_words[-len(s_words) :] == s_words


def _link_agency(span: SpacySpan, before: list[Linked]) -> Linked:
    """A ministry or security body, qualified by the state, region or body it belongs to."""
    low = [t.lower_ for t in span]
    domain = next((MINISTRY_DOMAINS[w] for w in low if w in MINISTRY_DOMAINS), None)
    head = " ".join(w for w in low if w not in {"the", "of"})
    generic = True
    if domain:
        canon = f"{domain} Ministry"
    else:
        canon = next((v for k, v in AGENCY_HEADS.items() if head.endswith(k)), "")
        generic = bool(canon)
        canon = canon or strip_the(span.text)
    parent = _qualifier(span, before, context=generic)
    if parent is None:
        return _mk(span, "Agency", entity_key("Agency", canon), canon)
    key, pname = parent
    slug = state_slug(key[6:]) if key.startswith("state/") else slugify(pname)
    return _mk(span, "Agency", f"agency/{slugify(canon)}-{slug}", f"{canon} of {pname}", parent=key)


def _qualifier(span: SpacySpan, before: list[Linked], *, context: bool = True) -> tuple[str, str] | None:
    """(key, name) of what qualifies an agency name, from its words or (if ``context``) around it.

    A demonym or state name right before the name decides first ("the Polish Border Guard",
    "Chadian police"), whatever other state the sentence names; only a generic name ("the
    border guard", "Interior Ministry") takes the state of its context.
    """
    doc = span.doc
    direct = _modifier_state(span)
    if direct:
        return direct
    prior = [lk for lk in before if lk.end <= span.start_char]
    nxt = [lk for lk in before if lk.start >= span.end_char]
    # "the Interior Ministry of Kazakhstan"
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and nxt:
        first = nxt[0]
        if first.start <= doc[span.end + 1].idx + 6 and first.type in {"State", "Region", "Organization"}:
            return first.key, first.name
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in {"'s", "’s"}:
        i -= 1
    if i >= 0:
        tok = doc[i]
        for lk in reversed(prior):  # "Georgian Interior Ministry", "Poland's border guard"
            if lk.start <= tok.idx < lk.end and lk.type in {"State", "Region", "Organization"}:
                return lk.key, lk.name
        if tok.lower_ == "local":
            region = next((lk for lk in reversed(prior) if lk.type == "Region"), None)
            if region:
                return region.key, region.name
    if not context:
        return None  # "Rapid Support Forces" is a name of its own, not one state's forces
    state = next((lk for lk in reversed(prior) if lk.type == "State" and lk.kind == "name"), None)
    state = state or next((lk for lk in nxt if lk.type == "State" and lk.kind == "name"), None)
    return (state.key, state.name) if state else None


def _modifier_state(span: SpacySpan) -> tuple[str, str] | None:
    """The state whose demonym or name directly modifies ``span`` ("Polish", "Poland's"), if any."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in {"'s", "’s"}:
        i -= 1
    if i < 0:
        return None
    key = state_for_demonym(doc[i].text) or state_key(doc[i].text)
    return (key, state_name(key[6:])) if key else None


def _descriptions(doc: Doc, links: list[Linked], covered: set[tuple[int, int]]) -> list[Linked]:
    """ "the bloc", "the agency", "the ministry", "the <adjective> country" -> the entity meant."""
    out: list[Linked] = []
    starts = [lk.start for lk in links]
    for tok in doc:
        if tok.lower_ not in _DESCRIPTIONS or tok.i == 0:
            continue
        first = tok.i - 1
        while first > 0 and tok.i - first <= 2 and doc[first].is_alpha and doc[first].lower_ != "the":
            first -= 1  # up to two modifiers: "the Caucasian country", "the Central African country"
        if doc[first].lower_ != "the" or any(t.pos_ in {"VERB", "AUX", "ADP"} for t in doc[first + 1 : tok.i]):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (tok.is_title and not tok.is_sent_start) or (nxt is not None and nxt.lower_ == "of"):
            continue  # "the Organization of American States" is a name, not a description
        span = doc[first : tok.i + 1]
        if any(s <= span.start_char < e for s, e in covered):
            continue
        prior = [lk for lk, s in zip(links, starts, strict=True) if s < span.start_char]
        target = _antecedent(tok.lower_, prior)
        if target:
            out.append(_mk(span, target.type, target.key, target.name, kind="description", parent=target.parent))
    return out


def _antecedent(noun: str, prior: list[Linked]) -> Linked | None:
    def ok(lk: Linked) -> bool:
        if noun == "country":
            return lk.type == "State" and lk.kind == "name"
        if noun in {"bloc", "alliance"}:
            return lk.type == "Organization" and lk.name in BLOCS
        if noun == "organization":
            return lk.type == "Organization" and lk.name not in NEWS_MEDIA
        if noun in {"checkpoint", "crossing"}:
            return lk.type == "Checkpoint"
        if noun == "ministry":
            return lk.type == "Agency" and "ministry" in lk.key
        return lk.type == "Agency"

    return next((lk for lk in reversed(prior) if ok(lk)), None)


def _merge_acronyms(links: list[Linked]) -> list[Linked]:
    """An unknown acronym takes the key of an organization whose initials it spells."""
    full = {initials(lk.name): lk for lk in links if lk.type in {"Organization", "Agency"} and " " in lk.name}
    out = []
    for lk in links:
        target = full.get(lk.text) if lk.text.isupper() and lk.type in {"Organization", "Agency"} else None
        if target and target.key != lk.key:
            lk = Linked(lk.start, lk.end, lk.text, target.type, target.key, target.name, lk.kind, target.same_as)
        out.append(lk)
    return out
