"""(spaCy Doc, Article, Entities) -> Relations stated in the text: partOf, borders, locatedIn, connects, memberOf.

Read from short constructions around entity mentions: "Russia's X region", "the X region of Y"
and "X, a Russian region" (partOf), "X, a landlocked country in West Africa" and "X in
western Y" (locatedIn), "the X checkpoint" in a sentence naming its region and "the border with
Y" (locatedIn, connects). Every qualified agency is partOf its state. Borders are read by
:mod:`kg.extract.borders`, memberships and the parts of organizations by
:mod:`kg.extract.memberships`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.body_parts import find_body_parts
from kg.extract.borders import find_borders
from kg.extract.bridges_between import bridge_sides
from kg.extract.crossing_context import context_sides
from kg.extract.crossing_links import joined_sides
from kg.extract.crossing_town_sides import town_sides
from kg.extract.crossings import find_crossing_sides, home_sides
from kg.extract.entities import Linked, link_mentions
from kg.extract.ferry_terminals import ferry_sides
from kg.extract.force_units import force_units
from kg.extract.locations import find_locations, place_after
from kg.extract.masthead_parts import masthead_parts
from kg.extract.memberships import find_made_of, find_memberships, find_parts
from kg.extract.publisher_units import publisher_units
from kg.extract.relation_spans import Found, add, link_at, tokens
from kg.extract.town_states import place_towns_both_ways
from kg.lexicon.demonyms import WORLD_REGIONS
from kg.lexicon.gazetteer import state_code, state_for_demonym, subdivision_spelled
from kg.lexicon.names import initials, strip_the
from kg.model import Article, Entity, Relation, Span
from kg.nlp.cues import SETTLEMENT_NOUNS
from kg.nlp.doctext import doc_text
from kg.nlp.patterns import REGION_WORDS

__all__ = ["find_relations"]

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


#: Nouns of a state's first-level units, as "the Ruritanian X of Y" writes them.
_UNIT_WORDS = frozenset({*REGION_WORDS, "state", "department", "county", "territory", "municipality"})


#: Corporate and legal forms that may follow a firm's name and still name the firm itself.
_FORMS = frozenset({"Group", "Holdings", "Holding", "Company", "Corporation", "Ltd", "Limited", "Inc", "PLC", "Plc"})


def find_relations(doc: Doc, article: Article, entities: tuple[Entity, ...]) -> tuple[Relation, ...]:
    """Every relation the document states between its entities, with the sentence as evidence."""
    keys = {e.key for e in entities}
    links = [lk for lk in link_mentions(doc) if lk.key in keys]
    found: Found = {}
    parents: dict[str, str] = {}
    for lk in links:
        if lk.type == "Agency" and lk.parent and lk.parent in keys:
            parents.setdefault(lk.key, lk.parent)
            add(found, lk.key, "partOf", lk.parent, doc.char_span(lk.start, lk.end, alignment_mode="expand"))
    _subdivisions(doc_text(doc), entities, keys, found)
    _named_parts(entities, found)
    force_units(entities, found)
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    named: list[Linked] = []  # the states named before the sentence, in order
    for sent, in_sent in zip(sents, _by_sentence(sents, links), strict=True):
        _possessive_regions(doc, sent, in_sent, found)
        _appositions(doc, sent, in_sent, found)
        find_locations(doc, sent, in_sent, found)
        find_borders(doc, sent, in_sent, found)
        _checkpoints(doc, sent, in_sent, found)
        find_crossing_sides(doc, sent, in_sent, found)
        find_memberships(doc, sent, in_sent, found, named)
        named += [lk for lk in in_sent if lk.type == "State"]
        find_made_of(doc, sent, in_sent, found)
        find_parts(doc, sent, in_sent, found)
        find_body_parts(doc, sent, in_sent, found)
    masthead_parts(doc, links, entities, found)
    _sole_border_crossings(doc, links, found)
    bridge_sides(doc, links, found)
    joined_sides(doc, links, found)
    ferry_sides(doc, links, found)  # "the X Ferry Terminal" of a text on a route between two states
    home_sides(doc, links, found, article.publisher)
    context_sides(doc, links, found, article.publisher)
    town_sides(doc, links, found)  # "the X Ferry Terminal" beside the town X: the near side is X's state
    _drop_borders_of_parts(found)
    _drop_states_of_blocs(found)
    _one_state_per_agency(found, parents)
    publisher_units(article, entities, found)
    place_towns_both_ways(found)
    return tuple(Relation(s, p, o, tuple(sorted(set(ev)))) for (s, p, o), ev in sorted(found.items()) if s != o)


def _drop_borders_of_parts(found: Found) -> None:
    """A place does not border what it is part of or lies in: "X, through the Y crossing in Z
    region" names Z as X's, however close the words "border" and "Z" stand."""
    inside = {frozenset((s, o)) for (s, p, o) in found if p in {"partOf", "locatedIn"}}
    for key in [k for k in found if k[1] == "borders" and frozenset((k[0], k[2])) in inside]:
        del found[key]


def _drop_states_of_blocs(found: Found) -> None:
    """A body two or more states are members of stands above them: none of them owns it, whatever
    the text's home state ("the X Commission, which comprises A, B and C", in a text filed from A)."""
    members: dict[str, set[str]] = {}
    for s, p, o in found:
        if p == "memberOf" and s.startswith("state/"):
            members.setdefault(o, set()).add(s)
    blocs = {body for body, states in members.items() if len(states) > 1}
    for key in [k for k in found if k[1] == "partOf" and k[0] in blocs and k[2].startswith("state/")]:
        del found[key]


def _one_state_per_agency(found: Found, parents: dict[str, str]) -> None:
    """A state's body belongs to one state: where rules read two ("the Council" the text's home
    names, and "members of the Council, the representative of Y"), the state its own name or
    context gave it stays, else the one stated most often (then the first by key)."""
    states: dict[str, list[tuple[str, str, str]]] = {}
    for k in found:
        if k[1] == "partOf" and k[0].startswith("agency/") and k[2].startswith("state/"):
            states.setdefault(k[0], []).append(k)
    for agency, ks in states.items():
        if len(ks) < 2:
            continue
        keep = next((k for k in ks if k[2] == parents.get(agency)), None)
        keep = keep or min(ks, key=lambda k: (-len(set(found[k])), k[2]))
        for k in ks:
            if k != keep:
                del found[k]


def _by_sentence(sents: list[SpacySpan], links: list[Linked]) -> list[list[Linked]]:
    """The links starting in each sentence, in their order: one pass, not one per sentence."""
    starts = [sent.start_char for sent in sents]
    out: list[list[Linked]] = [[] for _ in sents]
    for lk in links:
        i = bisect_right(starts, lk.start) - 1
        if i >= 0 and lk.start < sents[i].end_char:
            out[i].append(lk)
    return out


def _subdivisions(text: str, entities: tuple[Entity, ...], keys: set[str], found: Found) -> None:
    """A region whose name is an ISO 3166-2 subdivision of a state the document names is partOf it.

    The state must be an entity of the document: subdivision names repeat across countries, and
    the text's own states decide which one is meant ("Batken" in a story naming Kyrgyzstan). When
    several of them have a province of the name ("Western"), the one named in its paragraph, or
    closest to it, is meant. English spellings of ISO's romanised names count ("Kampong Cham" for
    "Kampong Chaam": :func:`kg.lexicon.gazetteer.subdivision_spelled`).
    """
    states = {e.key[6:]: e.mentions for e in entities if e.type == "State"}
    named = [c for c in states if f"state/{c}" in keys]
    for entity in entities:
        if entity.type != "Region" or all(_world_region(m.text) for m in entity.mentions):
            continue  # "the Gulf", "the Sahel": a region of the world, whatever province shares its name
        # each spelling once: a region named fifty times is looked up for its few spellings, not fifty
        for name in dict.fromkeys((entity.name, *entity.aliases, *(m.text for m in entity.mentions))):
            owners = sorted(c for c in named if subdivision_spelled(name, {c}) is not None)
            if owners:
                near = min(owners, key=lambda c: (_distance(text, entity.mentions[0], states[c]), c))
                found.setdefault((entity.key, "partOf", f"state/{near}"), []).append(entity.mentions[0])
                break


def _distance(text: str, mention: Span, others: tuple[Span, ...]) -> tuple[bool, int]:
    """How far ``mention`` is from the nearest of ``others``: outside its paragraph first, then in
    characters. Several named states may have a province of one name ("Western"); the one its
    paragraph names is meant, else the one named closest."""
    first = text.rfind("\n", 0, mention.start) + 1
    last = text.find("\n", mention.end)
    last = len(text) if last < 0 else last
    return min(
        ((not first <= o.start < last, max(o.start - mention.end, mention.start - o.end, 0)) for o in others),
        default=(True, 1 << 30),
    )


#: Regions of the world that span several states, folded: a province of one state may share the name.
_WORLD = frozenset(strip_the(r).casefold() for r in WORLD_REGIONS if r.startswith("the "))


def _world_region(text: str) -> bool:
    return strip_the(text).casefold() in _WORLD


def _named_parts(entities: tuple[Entity, ...], found: Found) -> None:
    """A body whose name opens with an organization's name is part of it: "the X Commission", "X Standby Force";
    so is one whose name opens with another body's name of several words: "the Norland Defence
    Force Air Wing" is a part of the Norland Defence Force, and so is "the NDF Air Wing",
    named with its initials.

    Only an organization or body the document names itself (alone, not just inside the body's
    name; a body by its full name, never a short form like "Armed Forces") counts, the way the
    reference parts do. A legal or corporate form after the name ("X Group", "X Holdings") names
    the organization itself, not a part of it: no self loop; nor is "Ministry of X and Y" a part
    of "Ministry of X".
    """
    orgs = [(name, e) for e in entities if e.type == "Organization" for name in sorted({e.name, *e.aliases}) if name]
    orgs += [(e.name, e) for e in entities if e.type == "Agency" and len(e.name.split()) > 1]  # its full name only
    for entity in entities:
        if entity.type not in {"Agency", "Organization"}:
            continue
        for name in sorted({entity.name, *entity.aliases}):
            owner = next(
                (
                    o
                    for n, o in orgs
                    if o.key != entity.key
                    and name.startswith(f"{n} ")
                    and name[len(n) + 1 :] not in _FORMS
                    and name[len(n) + 1 :][:1].isupper()  # "Ministry of X and Y" is no part of "Ministry of X"
                ),
                None,
            )
            owner = owner or _initialled_owner(name, orgs, entity.key)
            if owner is not None and name[:1].isupper():
                found.setdefault((entity.key, "partOf", owner.key), []).append(entity.mentions[0])
                break


def _initialled_owner(name: str, orgs: list[tuple[str, Entity]], key: str) -> Entity | None:
    """The body whose initials open ``name``, words of its own after them: "the VDF Coast Guard" is
    part of the Verlan Defence Force the text names in full (only one body of those initials)."""
    first, _, rest = name.partition(" ")
    if len(first) < 2 or not first.isupper() or not first.isalpha() or not rest[:1].isupper() or "," in rest:
        return None  # "ABC Norland, Press Unit" is a sign-off's line, not a body's own name
    owners = {o.key: o for n, o in orgs if o.key != key and len(n.split()) > 1 and initials(n) == first}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _possessive_regions(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "Pakistan's Sindh province", "the Russian region of X", "the X region of Y": region partOf state."""
    for i, lk in enumerate(links):
        if lk.type != "Region" or i == 0:
            continue
        prev = links[i - 1]
        span, pspan = tokens(doc, lk), tokens(doc, prev)
        if span is None or pspan is None or prev.type != "State":
            continue
        gap = doc[pspan.end : span.start]
        if [t.lower_ for t in gap] in (["'s"], ["’s"], []) or (prev.kind == "demonym" and not len(gap)):
            listed, end = _listed_regions(doc, links, i)  # "Y's A and B districts": each one Y's
            for part in listed or [lk]:
                add(found, part.key, "partOf", prev.key, doc[pspan.start : end or span.end])
    for lk in links:  # "the Zaporizhzhia region of Ukraine", "the Kursk region of western Russia"
        span = tokens(doc, lk)
        if lk.type == "Region" and span is not None and (owner := _demonym_area(doc, span)) is not None:
            add(found, lk.key, "partOf", owner, doc[span.start - 3 : span.end])  # "the Ruritanian province of X"
        if lk.type != "Region" or span is None or span[-1].lower_ not in REGION_WORDS:
            continue
        state = place_after(doc, sent, span.end, "of", links)
        if state is not None and (state.type == "State" or _level_named(doc, state, lk)):
            tspan = tokens(doc, state)
            add(found, lk.key, "partOf", state.key, doc[span.start : tspan.end if tspan else span.end + 2])


def _listed_regions(doc: Doc, links: list[Linked], first: int) -> tuple[list[Linked], int]:
    """The regions of a list that opens with ``links[first]`` and ends in a plural unit word ("A, B
    and C districts"), which the owner before the list qualifies as a whole, and the token index
    after that word; ([], 0) for no such list."""
    out = [links[first]]
    for lk in links[first + 1 :]:
        span, last = tokens(doc, lk), tokens(doc, out[-1])
        if lk.type != "Region" or span is None or last is None:
            break
        if not {t.lower_ for t in doc[last.end : span.start]} <= {",", "and", "or"} or span.start == last.end:
            break
        out.append(lk)
    end = tokens(doc, out[-1])
    if len(out) < 2 or end is None or end.end >= len(doc):
        return [], 0
    word = doc[end.end]
    return (out, word.i + 1) if word.is_lower and word.tag_ == "NNS" and word.lemma_ in REGION_WORDS else ([], 0)


def _level_named(doc: Doc, region: Linked, part: Linked) -> bool:
    """``region`` is written with a level word of its own, another than ``part``'s: "the X district of
    the Y region", "the X canton of Y province" name a unit inside a larger one. A name without
    its level ("the X region of Y") may be a town or a state the tables lack: no part of it is read."""
    span, pspan = tokens(doc, region), tokens(doc, part)
    if span is None or pspan is None or region.key == part.key:
        return False
    level = span[-1].lower_ if span[-1].lower_ in REGION_WORDS else None
    if level is None and span.end < len(doc) and doc[span.end].is_lower and doc[span.end].lower_ in REGION_WORDS:
        level = doc[span.end].lower_
    return level is not None and level != pspan[-1].lower_


def _demonym_area(doc: Doc, span: SpacySpan) -> str | None:
    """The state of "the Ruritanian province of X": a demonym, a lower-case area word and "of"
    right before the region's name (the name itself need not be one the tables know)."""
    if span.start < 3 or doc[span.start - 1].lower_ != "of":
        return None
    noun, adjective = doc[span.start - 2], doc[span.start - 3]
    if not noun.is_lower or noun.lower_ not in _UNIT_WORDS:
        return None
    return state_for_demonym(adjective.text)


def _appositions(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "X, a Russian region", "four Ukrainian regions – A, B", "X, a former Soviet republic in Y"."""
    for lk in links:
        span = tokens(doc, lk)
        if span is None or lk.type not in {"Region", "State", "Settlement"} or span.end + 2 >= sent.end:
            continue
        if doc[span.end].text != ",":
            continue
        phrase = doc[span.end + 1 : min(sent.end, span.end + 9)]
        head = next((t for t in phrase if t.lower_ in _AREA_WORDS and t.is_lower), None)
        if head is None or any(t.text == "," for t in phrase if t.i < head.i):
            continue
        if phrase[0].lower_ == "in" and head.i + 1 < sent.end and doc[head.i + 1].lower_ == "of":
            continue  # "X, in the state of Y": no apposition, a unit :func:`find_locations` reads
        for tok in phrase:
            if tok.i >= head.i:
                break
            state = state_for_demonym(tok.text)
            if state and lk.type == "Region" and not tok.text.startswith("Soviet"):
                add(found, lk.key, "partOf", state, doc[span.start : head.i + 1])
        if head.i + 2 < sent.end and doc[head.i + 1].lower_ in {"in", "of"}:
            # "a village in Y province", "the capital of the department of Y", "the main town of central Y"
            target = next(
                (t for t in (link_at(doc, links, k) for k in range(head.i + 2, min(sent.end, head.i + 6))) if t), None
            )
            if target and target.type in {"Region", "State"} and target.key != lk.key:
                tspan = tokens(doc, target)
                add(
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
                add(found, lk.key, "partOf", state, doc[tok.i - 1 : tok.i + 1])


def _checkpoints(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """A checkpoint lies in the region named in its sentence and connects the states of that border.

    The state of that region is a side of the crossing, not where it is placed: the region says
    where it lies, and a crossing sits on the line between two states ("the X border post in the Y
    region" connects Y's state and lies in Y). Regions of two states in its sentence ("the X
    checkpoint, which connects A province with B's C region") are its two sides: it connects both.
    A region named as the far side ("a trade point with R", "waiting to cross into R") is none it
    lies in. A crossing restated by a description ("the temporary crossing") lies in no region of its sentence,
    and is on no border of a sentence that names another crossing by name: "because of works on the
    bridge, the X crossing on the border with Y will close" puts X on that border, whatever bridge
    the description resolved to.
    """
    checkpoints = [lk for lk in links if lk.type == "Checkpoint"]
    if not checkpoints:
        return
    regions = [lk for lk in links if lk.type == "Region" and lk.kind == "name"]
    region_keys = {r.key for r in regions}
    states_of_regions = {o for (s, p, o) in found if p == "partOf" and s in region_keys and o.startswith("state/")}
    border_with: list[tuple[int, str]] = []
    for tok in sent:
        if tok.lower_ == "border" and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ == "with":
            target = link_at(doc, links, tok.i + 2)
            if target and target.type == "State":
                border_with.append((tok.idx, target.key))
    bordered = {o for (s, p, o) in found if p == "borders" and s in region_keys}
    for cp in checkpoints:
        evidence = sent[:-1] if sent[-1].is_space else sent
        own_states = states_of_regions
        if cp.kind != "name":
            own_states = set()  # "the crossing" restated: its sentence's regions may be anywhere ("units from R")
        elif len(checkpoints) > 1 and regions and not _nearest_before(cp, checkpoints, regions[0]):
            own_states = set()  # "crossed the A bridge and reached the B checkpoint in R": B is in R
        elif len({r.key for r in regions}) == 1 and not _far_side(doc, regions[0]):
            add(found, cp.key, "locatedIn", regions[0].key, evidence)
        for state in own_states:
            add(found, cp.key, "connects", state, evidence)
        if cp.kind != "name" and any(c.kind == "name" and c.key != cp.key for c in checkpoints):
            continue
        mine = [] if _border_taken(doc, cp, checkpoints, border_with) else _own_border(cp, border_with)
        for state in {*mine, *bordered}:
            add(found, cp.key, "connects", state, evidence)


#: Prepositions that name the other side of a crossing, or where its traffic goes: "a trade point
#: with R", "waiting to cross into R". A region after one is no place the crossing lies in.
_FAR_SIDE = frozenset({"with", "into", "to", "towards", "toward", "from"})


def _far_side(doc: Doc, region: Linked) -> bool:
    """The region is named after "with", "into", "to" ... (an article or its state's possessive
    between: "on the border with Y's R region"): the far side."""
    span = tokens(doc, region)
    i = span.start - 1 if span is not None else -1
    if i >= 1 and doc[i].lower_ in {"'s", "’s"}:
        # back over the owner's whole name ("the Czech Republic's"); an owner that is no state ends it
        size = next((n for n in (3, 2, 1) if i - n >= 0 and state_code(doc[i - n : i].text)), 0)
        i = i - size - 1 if size else -1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and doc[i].lower_ in _FAR_SIDE


def _own_border(cp: Linked, border_with: list[tuple[int, str]]) -> list[str]:
    """The states of the sentence's "border with Y" that ``cp`` is on: all of them when they name
    one state; else the first one after it ("A and B on the border with Y and C on the border
    with Z"), or the last one before it when none follows."""
    if len({state for _, state in border_with}) < 2:
        return [state for _, state in border_with]
    after = [state for at, state in border_with if at > cp.start]
    return after[:1] if after else [border_with[-1][1]]


#: What may stand between two crossings of one list: "the A and B checkpoints", "A, B or C".
_LIST_GAP = re.compile(r"(?:\s*(?:,|and|or|checkpoints?|crossings?|border|posts?)\s*)*")


def _border_taken(doc: Doc, cp: Linked, checkpoints: list[Linked], border_with: list[tuple[int, str]]) -> bool:
    """The sentence's first "border with Y" after ``cp`` belongs to another crossing named between
    them in a clause of its own: "A and B stay open, and lorries go to the C checkpoint on the
    border with Y" puts C on that border, not A and B (a list, "A and B on the border with Y", shares it)."""
    after = next((at for at, _ in border_with if at > cp.start), None)
    if after is None:
        return False
    text = doc_text(doc)
    between = sorted((c for c in checkpoints if c.key != cp.key and cp.end <= c.start < after), key=lambda c: c.start)
    end = cp.end
    for other in between:
        if not _LIST_GAP.fullmatch(text[end : other.start]):
            return True
        end = other.end
    return False


def _sole_border_crossings(doc: Doc, links: list[Linked], found: Found) -> None:
    """In a text that states one border between two states, each of its checkpoints crosses that border.

    A story about a crossing says once that the two states border each other ("the border post
    with Y") and names the crossing elsewhere, often in another sentence than either state.
    With two or more borders stated, which one a checkpoint is on is left to its own sentence; so
    it is when the checkpoint's own paragraph names another state (a bulletin's other story).
    """
    pairs = {
        frozenset((s, o))
        for (s, p, o) in found
        if p == "borders" and s.startswith("state/") and o.startswith("state/") and s != o
    }
    if len(pairs) != 1:
        return
    pair = next(iter(pairs))
    for lk in links:
        if lk.type == "Checkpoint" and lk.kind == "name" and _paragraph_states(doc.text, links, lk) <= pair:
            span = doc.char_span(lk.start, lk.end, alignment_mode="expand")
            for state in sorted(pair):
                add(found, lk.key, "connects", state, span)


def _paragraph_states(text: str, links: list[Linked], mention: Linked) -> set[str]:
    """The states named in the paragraph (line) of ``mention``."""
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    return {lk.key for lk in links if lk.type == "State" and start <= lk.start and lk.end <= end}


def _nearest_before(cp: Linked, checkpoints: list[Linked], region: Linked) -> bool:
    """``cp`` is the checkpoint named last before ``region`` (or the first one, if none precedes it)."""
    before = [c for c in checkpoints if c.end <= region.start]
    return cp is (before[-1] if before else checkpoints[0])
