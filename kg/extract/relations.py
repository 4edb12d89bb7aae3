"""(spaCy Doc, Article, Entities) -> Relations stated in the text: partOf, borders, locatedIn, connects.

Read from short constructions around entity mentions: "Russia's X region" and "X, a Russian
region" (partOf), "countries that border Y" and "neighboring countries of Y" (borders), "X, a
former Soviet republic in Central Asia" (locatedIn), "the X checkpoint" in a sentence naming its
region and "the border with Y" (locatedIn, connects). Every qualified agency is partOf its state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.entities import Linked, link_mentions
from kg.lexicon.gazetteer import state_for_demonym, subdivision_for
from kg.model import Article, Entity, Relation, Span
from kg.nlp.cues import SETTLEMENT_NOUNS
from kg.nlp.patterns import REGION_WORDS

__all__ = ["find_relations"]

_PLACES = {"State", "Region", "Settlement", "Checkpoint"}
_BORDER_VERBS = {"border", "borders", "bordering", "neighbor", "neighbour", "neighboring", "neighbouring"}
_AREA_WORDS = {
    *REGION_WORDS,
    "regions",
    "provinces",
    "republic",
    "republics",
    "territory",
    "territories",
    "areas",
    "country",
    "nation",
    "state",
    *SETTLEMENT_NOUNS,
    "capital",
}

Found = dict[tuple[str, str, str], list[Span]]


def find_relations(doc: Doc, article: Article, entities: tuple[Entity, ...]) -> tuple[Relation, ...]:
    """Every relation the document states between its entities, with the sentence as evidence."""
    keys = {e.key for e in entities}
    links = [lk for lk in link_mentions(doc) if lk.key in keys]
    found: Found = {}
    for lk in links:
        if lk.type == "Agency" and lk.parent and lk.parent in keys:
            _add(found, lk.key, "partOf", lk.parent, doc.char_span(lk.start, lk.end, alignment_mode="expand"))
    _subdivisions(entities, keys, found)
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        in_sent = [lk for lk in links if sent.start_char <= lk.start < sent.end_char]
        _possessive_regions(doc, sent, in_sent, found)
        _appositions(doc, sent, in_sent, found)
        _borders(doc, sent, in_sent, found)
        _checkpoints(doc, sent, in_sent, found)
        _members(doc, sent, in_sent, found)
    return tuple(Relation(s, p, o, tuple(sorted(set(ev)))) for (s, p, o), ev in sorted(found.items()) if s != o)


def _subdivisions(entities: tuple[Entity, ...], keys: set[str], found: Found) -> None:
    """A region whose name is an ISO 3166-2 subdivision of a state the document names is partOf it.

    The state must be an entity of the document: subdivision names repeat across countries, and
    the text's own states decide which one is meant ("Batken" in a story naming Kyrgyzstan).
    """
    codes = {e.key[6:] for e in entities if e.type == "State"}
    for entity in entities:
        if entity.type != "Region":
            continue
        for name in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
            place = subdivision_for(name, codes)
            if place is not None and place.country and f"state/{place.country}" in keys:
                found.setdefault((entity.key, "partOf", f"state/{place.country}"), []).append(entity.mentions[0])
                break


def _add(found: Found, s: str, p: str, o: str, evidence: SpacySpan | None) -> None:
    spans = found.setdefault((s, p, o), [])
    if evidence is not None:
        spans.append(Span(evidence.start_char, evidence.end_char, evidence.text))


def _tokens(doc: Doc, lk: Linked) -> SpacySpan | None:
    return doc.char_span(lk.start, lk.end, alignment_mode="expand")


def _start(doc: Doc, lk: Linked, default: int) -> int:
    span = _tokens(doc, lk)
    return span.start if span is not None else default


def _possessive_regions(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "Pakistan's Sindh province", "the Russian region of X": region partOf state."""
    for i, lk in enumerate(links):
        if lk.type != "Region" or i == 0:
            continue
        prev = links[i - 1]
        span, pspan = _tokens(doc, lk), _tokens(doc, prev)
        if span is None or pspan is None or prev.type != "State":
            continue
        gap = doc[pspan.end : span.start]
        if [t.lower_ for t in gap] in (["'s"], ["’s"], []) or (prev.kind == "demonym" and not len(gap)):
            _add(found, lk.key, "partOf", prev.key, doc[pspan.start : span.end])


def _appositions(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "X, a Russian region", "four Ukrainian regions – A, B", "X, a former Soviet republic in Y"."""
    for lk in links:
        span = _tokens(doc, lk)
        if span is None or lk.type not in {"Region", "State", "Settlement"} or span.end + 2 >= sent.end:
            continue
        if doc[span.end].text != ",":
            continue
        phrase = doc[span.end + 1 : min(sent.end, span.end + 9)]
        head = next((t for t in phrase if t.lower_ in _AREA_WORDS and t.is_lower), None)
        if head is None or any(t.text == "," for t in phrase if t.i < head.i):
            continue
        for tok in phrase:
            if tok.i >= head.i:
                break
            state = state_for_demonym(tok.text)
            if state and lk.type == "Region" and not tok.text.startswith("Soviet"):
                _add(found, lk.key, "partOf", state, doc[span.start : head.i + 1])
        if head.i + 2 < sent.end and doc[head.i + 1].lower_ in {"in", "of"}:
            # "a village in Y province", "the capital of the department of Y", "the main town of central Y"
            target = next(
                (t for t in (_link_at(doc, links, k) for k in range(head.i + 2, min(sent.end, head.i + 6))) if t), None
            )
            if target and target.type in {"Region", "State"} and target.key != lk.key:
                tspan = _tokens(doc, target)
                _add(
                    found,
                    lk.key,
                    "locatedIn",
                    target.key,
                    doc[span.start : tspan.end if tspan else head.i + 3],
                )
    for tok in sent:  # "three Nigerian states – Borno, Yobe and Adamawa"
        if tok.lower_ not in {"regions", "provinces", "territories", "oblasts"} or tok.i == 0:
            continue
        state = state_for_demonym(doc[tok.i - 1].text)
        if not state:
            continue
        dash = next((t.i for t in doc[tok.i + 1 : min(sent.end, tok.i + 5)] if t.text in {"–", "—", ":", "-"}), None)
        if dash is None:
            continue
        for lk in links:
            if lk.type == "Region" and lk.start > doc[dash].idx:
                _add(found, lk.key, "partOf", state, doc[tok.i - 1 : tok.i + 1])


def _link_at(doc: Doc, links: list[Linked], i: int) -> Linked | None:
    start = doc[i].idx
    return next((lk for lk in links if lk.start <= start < lk.end), None)


def _borders(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "A and B, two countries that border C", "neighboring countries of C", "X bordering Y"."""
    for tok in sent:
        if tok.lower_ not in _BORDER_VERBS:
            continue
        after = [lk for lk in links if lk.start >= tok.idx + len(tok) and lk.type in {"State", "Region"}]
        if not after:
            continue
        between = doc[tok.i + 1 : _start(doc, after[0], tok.i)]
        if len(between) > 3 or any(t.is_punct for t in between):
            continue
        other = after[0]
        if tok.lower_ == "border" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "with":
            subjects = _border_owner(doc, tok, links)
        else:
            subjects = _border_subjects(doc, sent, tok, links)
        for subject in subjects:
            if subject.key != other.key:
                _add(
                    found,
                    subject.key,
                    "borders",
                    other.key,
                    doc[_start(doc, subject, tok.i) : tok.i + 2],
                )


def _border_subjects(doc: Doc, sent: SpacySpan, tok: Token, links: list[Linked]) -> list[Linked]:
    """The places a border phrase is said of: the list or name before its comma, in the same sentence."""
    before = [lk for lk in links if lk.end <= tok.idx and lk.type in {"State", "Region"} and lk.kind == "name"]
    if not before:
        return []
    last = before[-1]
    last_span = _tokens(doc, last)
    if last_span is None:
        return []
    gap = doc[last_span.end : tok.i]
    if any(t.text in {".", ";"} or t.pos_ in {"VERB", "AUX"} for t in gap) or len(gap) > 8:
        return []  # "Ukrainians fled to neighboring Poland" says nothing of who borders whom
    group = [last]
    for lk in reversed(before[:-1]):  # "Georgia and Kazakhstan"
        span = _tokens(doc, lk)
        if span is None or span.end >= len(doc):
            break
        joint = doc[span.end : _start(doc, group[-1], span.end)]
        if [t.lower_ for t in joint] not in (["and"], [","], [",", "and"]):
            break
        group.append(lk)
    return group


def _border_owner(doc: Doc, tok: Token, links: list[Linked]) -> list[Linked]:
    """Whose "border with Y": "Norway's border with Sweden", or the subject of "X shares a border"."""
    owners: list[Token] = []
    if tok.i > 1 and doc[tok.i - 1].lower_ in {"'s", "’s"}:
        owners.append(doc[tok.i - 2])
    else:
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                owners += [child, *child.conjuncts]
    out = []
    for owner in owners:
        lk = _link_at(doc, links, owner.i)
        if lk and lk.type in {"State", "Region"} and lk.kind == "name":
            out.append(lk)
    return out


def _checkpoints(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """A checkpoint lies in the region named in its sentence and connects the states of that border."""
    checkpoints = [lk for lk in links if lk.type == "Checkpoint"]
    if not checkpoints:
        return
    regions = [lk for lk in links if lk.type == "Region" and lk.kind == "name"]
    region_keys = {r.key for r in regions}
    states_of_regions = {o for (s, p, o) in found if p == "partOf" and s in region_keys}
    border_with = []
    for tok in sent:
        if tok.lower_ == "border" and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "with":
            target = _link_at(doc, links, tok.i + 2)
            if target and target.type == "State":
                border_with.append(target.key)
    bordered = {o for (s, p, o) in found if p == "borders" and s in region_keys}
    for cp in checkpoints:
        evidence = sent[:-1] if sent[-1].is_space else sent
        own_states = states_of_regions
        if len(checkpoints) > 1 and regions and not _nearest_before(cp, checkpoints, regions[0]):
            own_states = set()  # "crossed the A bridge and reached the B checkpoint in R": B is in R
        elif len({r.key for r in regions}) == 1:
            _add(found, cp.key, "locatedIn", regions[0].key, evidence)
        for state in own_states:
            _add(found, cp.key, "locatedIn", state, evidence)
            _add(found, cp.key, "connects", state, evidence)
        for state in {*border_with, *bordered}:
            _add(found, cp.key, "connects", state, evidence)


def _nearest_before(cp: Linked, checkpoints: list[Linked], region: Linked) -> bool:
    """``cp`` is the checkpoint named last before ``region`` (or the first one, if none precedes it)."""
    before = [c for c in checkpoints if c.end <= region.start]
    return cp is (before[-1] if before else checkpoints[0])


_MEMBER_WORDS = frozenset({"member", "members"})


def _members(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "A and B are members of C", "A is a member state of C", "C members A and B": memberOf."""
    for tok in sent:
        if tok.lower_ not in _MEMBER_WORDS:
            continue
        j = tok.i + 1
        if j < sent.end and doc[j].lower_ in {"state", "states", "country", "countries"}:
            j += 1
        if j + 1 < sent.end and doc[j].lower_ == "of":
            org = _link_at(doc, links, j + 2 if doc[j + 1].lower_ == "the" else j + 1)
            states = [lk for lk in links if lk.type == "State" and lk.kind == "name" and lk.end <= tok.idx]
            verb = [t for t in doc[sent.start : tok.i] if t.lemma_ == "be"]
            if org is None or org.type != "Organization" or not verb:
                continue
            subjects = [lk for lk in states if lk.end <= verb[-1].idx]
        else:  # "fellow CSTO members Armenia and Belarus"
            org = _link_at(doc, links, tok.i - 1) if tok.i > sent.start else None
            if org is None or org.type != "Organization":
                continue
            subjects = [lk for lk in links if lk.type == "State" and lk.start > tok.idx][:4]
            subjects = [lk for lk in subjects if _listed(doc, tok.i, lk)]
        for state in subjects:
            _add(found, state.key, "memberOf", org.key, sent)


def _listed(doc: Doc, after: int, lk: Linked) -> bool:
    """``lk`` is in the list of names right after token ``after`` (names, commas and "and" only)."""
    span = _tokens(doc, lk)
    return span is not None and all(
        t.text == "," or t.lower_ == "and" or t.ent_type_ or t.is_title for t in doc[after + 1 : span.start]
    )
