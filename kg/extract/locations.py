"""A sentence's linked mentions -> ``kg:locatedIn`` of named places (``kg:partOf`` of regions) in states and regions.

Three shapes: a prepositional phrase ("Kisumu in western Kenya", "Nakuru, in western
Kenya,"), a comma pair ("Nakuru, Kenya", the way many outlets name a town) and a demonym on the
place's noun ("the Kenyan town of Nakuru"). World knowledge decides when it can: a city GeoNames
knows must have a namesake in the state named, a subdivision pycountry knows must belong to it,
so a sentence about who is where ("families from X in Poland") is not read as where X is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, link_at, listed_after, tokens
from kg.lexicon.gazetteer import region_for, state_for_demonym, subdivision_for
from kg.nlp.cues import SETTLEMENT_NOUNS
from kg.nlp.patterns import REGION_WORDS
from kg.reference.tables import city_countries

__all__ = ["find_locations", "place_after"]

#: Words between "X in" and the place X lies in: "in western Ukraine", "in the north of".
_COMPASS = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"),
        *("northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western"),
        *("south-eastern", "south-western", "north-east", "north-west", "south-east", "south-west"),
        *("northeast", "northwest", "southeast", "southwest", "far", "the", "occupied", "rural", "neighbouring"),
        *("neighboring", "-"),
    }
)


#: What a place lies in: a state or a region; a crossing point set off by a comma also in a town
#: ("the X border post, in Y,": border posts are named after the towns they serve or lie in).
_AREAS = frozenset({"State", "Region"})
_CROSSING_AREAS = _AREAS | {"Settlement"}
#: Lower-case kind nouns a settlement's name may carry before "in": "Kelo camp in Varn district".
_KINDS = frozenset({*SETTLEMENT_NOUNS, "camp"})
#: Lower-case nouns a crossing point's name may carry before a comma: "the X border post, in Y".
_CROSSING_NOUNS = frozenset({"border", "post", "crossing", "checkpoint", "point", "station"})


def place_after(
    doc: Doc, sent: SpacySpan, i: int, word: str, links: list[Linked], kinds: frozenset[str] = _AREAS
) -> Linked | None:
    """The state or region (or other place of ``kinds``) named after ``word`` at token ``i``: "of
    Ukraine", "in north-western Ukraine", "in the department of Y", "in the Ruritanian state of Y"."""
    if i >= sent.end or doc[i].lower_ != word:
        return None
    k = i + 1
    while k < sent.end and k - i <= 3 and doc[k].lower_ in _COMPASS:
        k += 1
    own = k + 2 < sent.end and state_for_demonym(doc[k].text) is not None and _unit_word(doc[k + 1])
    k += int(own)  # "in the Ruritanian state of Y": the demonym of the unit's state first
    if k + 1 < sent.end and _unit_word(doc[k]) and doc[k + 1].lower_ == "of":
        k += 2  # "in the department of Y", "in the state of Y": the unit's level written before its name
    target = link_at(doc, links, k)
    if target is None or target.type not in kinds or target.kind != "name":
        return None
    tspan = tokens(doc, target)
    if (
        target.type == "State"
        and tspan is not None
        and tspan.end + 1 < sent.end
        and doc[tspan.end].lower_ in {"'s", "’s"}
    ):
        owned = link_at(doc, links, tspan.end + 1)  # "in Ukraine's Kharkiv region": the region, itself in the state
        if owned is not None and owned.type == "Region" and owned.kind == "name":
            return owned
    return target


def find_locations(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """Every named place the sentence puts in a state or region."""
    placed: dict[int, tuple[str, SpacySpan]] = {}  # root token of a town put "in" a state -> (state, evidence)
    for lk in links:
        span = tokens(doc, lk)
        if lk.type not in {"Settlement", "Region", "Checkpoint"} or lk.kind != "name" or span is None:
            continue
        # a region in a state or region is an administrative part of it ("the Kelo province in the
        # Varn region"), as the contract reads partOf; towns and crossings lie in theirs
        predicate = "partOf" if lk.type == "Region" else "locatedIn"
        hits = [_in_phrase(doc, sent, lk, span, links), _comma_pair(doc, sent, lk, span, links)]
        if lk.type == "Settlement" and hits[0][0] is not None and hits[0][0].startswith("state/") and hits[0][1]:
            placed[span.root.i] = (hits[0][0], hits[0][1])
        if hits[0][0] is None:
            hits.append(_listed_in_area(doc, sent, lk, links))
        elif lk.type != "Region" and (owner := _region_owner(doc, links, hits[0])) is not None:
            hits.append((owner, hits[0][1]))  # "X, in Y's R region": X lies in Y as well as in R
        for n, (key, evidence) in enumerate(hits):
            if key is not None and key != lk.key:
                # "X, in the department of Y" and "X, Y" with Y a province: a town's address names the
                # unit it is an administrative part of (a crossing still lies in its unit)
                admin = _unit_named(doc, links, key, evidence) or (n == 1 and key.startswith("region/"))
                add(found, lk.key, "partOf" if lk.type == "Settlement" and admin else predicate, key, evidence)
        state = _demonym_noun(doc, lk, span)
        if state is not None and _may_lie_in(lk, state) is not False:
            add(found, lk.key, predicate, state, doc[span.start - 3 : span.end])
        kind = _kind_owner(doc, lk, span, links) if lk.type == "Settlement" else None
        if kind is not None and kind[0] != lk.key and _may_lie_in(lk, kind[0]) is not False:
            add(found, lk.key, predicate, kind[0], kind[1])
        side = _side_of(doc, sent, lk, span, links) if lk.type == "Settlement" else None
        if side is not None and _may_lie_in(lk, side[0]) is not False:
            add(found, lk.key, predicate, side[0], side[1])
    _conjoined_towns(doc, links, placed, found)
    _scene_towns(doc, sent, links, found)


def _scene_towns(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "In Y, floods cut off Z overnight": a sentence that opens by setting its scene in a state puts
    the towns it names after the comma in that state, unless GeoNames knows them only elsewhere ("In
    Y, flights from W were cancelled")."""
    opener = next((t for t in sent if not t.is_punct and t.dep_ not in {"advmod", "cc", "intj"}), None)
    if opener is None or opener.lower_ != "in" or opener.head.dep_ != "ROOT":
        return
    state = link_at(doc, links, opener.i + 1)
    span = tokens(doc, state) if state is not None else None
    if state is None or span is None or state.type != "State" or state.kind != "name":
        return
    if span.end >= sent.end or doc[span.end].text != "," or opener.head.i < span.end:
        return
    for lk in links:
        town = tokens(doc, lk)
        if lk.type != "Settlement" or lk.kind != "name" or town is None or not span.end < town.start < sent.end:
            continue
        if _may_lie_in(lk, state.key) is not False:
            add(found, lk.key, "locatedIn", state.key, doc[opener.i : town.end])


def _conjoined_towns(doc: Doc, links: list[Linked], placed: dict[int, tuple[str, SpacySpan]], found: Found) -> None:
    """ "attacks on X in western Y and Z": a town conjoined with a town put in a state lies in that
    state too when GeoNames has a town of its name there ("X in Y and Z" may also join a town of
    another state: only a namesake in Y decides)."""
    for lk in links:
        span = tokens(doc, lk)
        if lk.type != "Settlement" or lk.kind != "name" or span is None or span.root.dep_ != "conj":
            continue
        head = span.root.head.i  # the parser may hang "and Z" on the town or on the state after "in"
        state = next((v for root, v in placed.items() if root == head or v[1].start <= head < v[1].end), None)
        if state is not None and _may_lie_in(lk, state[0]) is True:
            evidence = doc[min(state[1].start, span.start) : max(state[1].end, span.end)]
            add(found, lk.key, "locatedIn", state[0], evidence)


Hit = tuple[str | None, SpacySpan | None]


def _in_phrase(doc: Doc, sent: SpacySpan, lk: Linked, span: SpacySpan, links: list[Linked]) -> Hit:
    """ "Kisumu in western Kenya", "Nakuru, in western Kenya,", "Kelo camp in Varn district": of a
    place nothing is known about, the "in" must hang on the place (or its kind noun) rather than
    on the verb."""
    named = span
    if lk.type == "Settlement" and span.end < sent.end and doc[span.end].is_lower and doc[span.end].lower_ in _KINDS:
        named = doc[span.start : span.end + 1]  # "Kelo camp", "Kelo village": the name with its kind noun
    set_off = named.end < sent.end and doc[named.end].text == ","
    if lk.type == "Checkpoint" and named.end + 1 < sent.end and doc[named.end].lower_ in _CROSSING_NOUNS:
        named = doc[span.start : named.end + 1 + int(doc[named.end + 1].lower_ in _CROSSING_NOUNS)]
        set_off = named.end < sent.end and doc[named.end].text == ","
    i = named.end + 1 if set_off else named.end
    kinds = _CROSSING_AREAS if lk.type == "Checkpoint" and set_off else _AREAS
    target = place_after(doc, sent, i, "in", links, kinds)
    if target is None:
        return None, None
    known = _may_lie_in(lk, target.key)
    tspan = tokens(doc, target)
    if known is False or (
        known is None and i == named.end and not _hangs_on(doc[i], named) and not _area_word(doc, tspan)
    ):
        return None, None
    return target.key, doc[span.start : tspan.end if tspan else i + 2]


def _region_owner(doc: Doc, links: list[Linked], hit: Hit) -> str | None:
    """The state written as the owner of the region a place was put in ("in Y's R"), or None.

    "Kelo, in Norland's Varn region" names the state the town lies in as plainly as "Kelo, in
    Norland" does; the region's own "partOf" is read elsewhere.
    """
    key, evidence = hit
    if key is None or evidence is None or not key.startswith("region/"):
        return None
    region = next((lk for lk in links if lk.key == key and lk.end == evidence.end_char), None)
    span = tokens(doc, region) if region is not None else None
    if span is None or span.start < 2 or doc[span.start - 1].lower_ not in {"'s", "’s"}:
        return None
    owner = link_at(doc, links, span.start - 2)
    return owner.key if owner is not None and owner.type == "State" and owner.kind == "name" else None


def _listed_in_area(doc: Doc, sent: SpacySpan, lk: Linked, links: list[Linked]) -> Hit:
    """ "the provinces of A and B in the Y region": A is in Y as much as B, the list's last name.

    Only an area word after "in" ("region", "district") carries the phrase back over the list:
    "A and B in Y" alone may say where something happened in B.
    """
    listed = listed_after(doc, lk, [x for x in links if x.kind == "name"], {lk.type})
    last = tokens(doc, listed[-1])
    if len(listed) < 2 or last is None:
        return None, None
    target = place_after(doc, sent, last.end, "in", links)
    tspan = tokens(doc, target) if target is not None else None
    if target is None or tspan is None or target.type != "Region" or not _area_word(doc, tspan):
        return None, None
    span = tokens(doc, lk)
    return target.key, doc[span.start if span is not None else last.start : tspan.end]


def _area_word(doc: Doc, tspan: SpacySpan | None) -> bool:
    """The place after "in" is called a region, district or province ("in the Y region", "in Y district").

    Such a phrase says where the place before it lies wherever the parser hangs it: "an attack on
    the port of X in the Y region" puts X in Y as surely as "X in the Y region" does.
    """
    if tspan is None:
        return False
    last = tspan[-1].lower_
    if tspan.start >= 2 and doc[tspan.start - 1].lower_ == "of" and _unit_word(doc[tspan.start - 2]):
        return True  # "in the state of Y", "in the Ruritanian province of Y"
    return last in REGION_WORDS or (tspan.end < len(doc) and doc[tspan.end].lower_ in REGION_WORDS)


def _hangs_on(prep: Token, span: SpacySpan) -> bool:
    """The preposition belongs to the place, or to the noun it names ("the town of X in Y")."""
    if span.start <= prep.head.i < span.end:
        return True
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and prep.head.i == span.start - 2


def _comma_pair(doc: Doc, sent: SpacySpan, lk: Linked, span: SpacySpan, links: list[Linked]) -> Hit:
    """ "Nakuru, Kenya": a place and its state after a comma, the state closing the phrase; and a
    district with its province as humanitarian reports write them: "Kelo district, Varn province",
    "the department of Kelo, Varn region"."""
    comma = span.end + int(lk.type == "Region" and span.end < sent.end and _level(doc[span.end]))
    if comma + 1 >= sent.end or doc[comma].text != ",":
        return None, None
    target = link_at(doc, links, comma + 1)
    tspan = tokens(doc, target) if target is not None else None
    if target is None or tspan is None or target.kind != "name" or tspan.start != comma + 1:
        return None, None
    end = tspan.end
    if target.type == "Region" and lk.type == "Region" and (_level(doc[comma - 1]) or _level_before(doc, span)):
        end += int(end < sent.end and _level(doc[end]))  # "Kelo district, Varn province": both levels written
        if not _level(doc[end - 1]):
            return None, None
    elif target.type == "Region" and lk.type == "Settlement":
        end += int(end < sent.end and _unit_word(doc[end]))  # "Kelo, Varn state"
        return _town_province(doc, sent, lk, span, target, end, links)
    elif target.type != "State":
        return None, None
    known = _may_lie_in(lk, target.key)
    closes = end >= sent.end or doc[end].is_punct
    if known is False or (known is None and not closes):
        return None, None
    return target.key, doc[span.start : end]


def _town_province(
    doc: Doc, sent: SpacySpan, lk: Linked, span: SpacySpan, target: Linked, end: int, links: list[Linked]
) -> Hit:
    """ "from Kelo, Varn Province, to ...", "near Kelo, Varn.": a town and the province of its
    address, the way outlets write a town the reader may not know.

    Never inside a list of places ("A, B, C and D"): the town follows no comma or "and", and the
    province closes the phrase, nothing but another word or the sentence's end after its comma.
    GeoNames vetoes a town it puts only in other states than the province's.
    """
    if span.start > sent.start and doc[span.start - 1].lower_ in {",", "and", "or", "&"}:
        return None, None
    if end < sent.end and not doc[end].is_punct:
        return None, None
    after = link_at(doc, links, end + 1) if end + 1 < sent.end and doc[end].text == "," else None
    if after is not None and after.type in {"Settlement", "Region", "State"}:
        return None, None
    if end + 1 < sent.end and doc[end + 1].lower_ in {"and", "or"}:
        return None, None
    province = region_for(target.name)
    countries = city_countries(lk.name) or city_countries(lk.text)
    if countries and province is not None and province.country and province.country not in countries:
        return None, None
    return target.key, doc[span.start : end]


def _level_before(doc: Doc, span: SpacySpan) -> bool:
    """The region's level is written before its name: "the department of Kelo, Varn region"."""
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and _level(doc[span.start - 2])


#: Lower-case level words of a region: "district", "province", and the units some states name
#: otherwise ("department", "county", "municipality", "parish").
_LEVELS = frozenset({*REGION_WORDS, "department", "county", "municipality", "parish"})


def _unit_word(tok: Token) -> bool:
    """A level word, or "state", written before a unit's name: "the state of Y", "the department of Y"."""
    return _level(tok) or tok.lower_ == "state"


def _unit_named(doc: Doc, links: list[Linked], key: str, evidence: SpacySpan | None) -> bool:
    """The evidence closes with ``key``'s name written after its level: "..., in the state of Y"."""
    if evidence is None:
        return False
    for x in links:
        tspan = tokens(doc, x) if x.key == key else None
        if tspan is not None and tspan.end == evidence.end and tspan.start >= 2:
            return doc[tspan.start - 1].lower_ == "of" and _unit_word(doc[tspan.start - 2])
    return False


def _level(tok: Token) -> bool:
    """A lower-case level word beside a region's name: "district", "province", "department"."""
    return tok.is_lower and tok.lower_ in _LEVELS


#: Words that put a town beside a side of the border named before it: "on the Y side near X".
_BESIDE = frozenset({"near", "at", "in", "around", "outside"})


def _side_of(
    doc: Doc, sent: SpacySpan, lk: Linked, span: SpacySpan, links: list[Linked]
) -> tuple[str, SpacySpan] | None:
    """(state key, evidence) of the side of the border a town is said to be on: "X, on the Ruritanian
    side", "X on the Ruritanian side of the river", "queues on the Ruritanian side near X", "shots
    from the Ruritanian side of the border near X".

    Border stories place towns by the side they lie on more often than by the state's name; a
    demonym or the state's own name may say which ("on the Y side").
    """
    i = span.end + int(span.end < sent.end and doc[span.end].text == ",")
    if i + 3 < sent.end and [t.lower_ for t in doc[i : i + 2]] == ["on", "the"]:
        state = _side_word(doc, links, i + 2, sent)
        if state is not None:
            return state, doc[span.start : i + 4]
    inside = _inside_state(doc, links, i, sent)
    if inside is not None:
        return inside[0], doc[span.start : inside[1]]
    k = span.start - 1
    if (  # "queues on the Y side near X", "the Y side at X can take more lorries"
        k - 3 >= sent.start and doc[k].lower_ in _BESIDE and doc[k - 1].lower_ in _SIDES and doc[k - 3].lower_ == "the"
    ):
        state = _side_word(doc, links, k - 2, sent)
        if state is not None:
            return state, doc[k - 3 : span.end]
    if (  # "firing from the Y side of the border near X", "on the Y side of the river at X"
        k - 5 >= sent.start
        and doc[k].lower_ in _BESIDE
        and doc[k - 1].lower_ in _LINES
        and [t.lower_ for t in doc[k - 3 : k - 1]] == ["of", "the"]
        and doc[k - 4].lower_ in _SIDES
    ):
        state = _side_word(doc, links, k - 5, sent)
        if state is not None:
            return state, doc[k - 5 : span.end]
    return None


#: What a side is the side of: "the Y side of the border", "of the river", "of the frontier", and
#: the crossing points on those lines (a post, a checkpoint, a bridge) a town lies by.
_LINES = frozenset({"border", "frontier", "river", "boundary", "line", "crossing", "post", "checkpoint", "bridge"})


#: Nouns of the side of a border, a river or a sea a town lies on: "on the Y side", "on the Y coast".
_SIDES = frozenset({"side", "bank", "coast", "shore"})

#: Words of a distance between a town and "inside Y": "about forty kilometres inside Y", "just inside Y".
_DISTANCE = frozenset(
    {"about", "some", "nearly", "around", "roughly", "just", "well", "deep", "km", "mi"}
    | {"kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters"}
)


def _inside_state(doc: Doc, links: list[Linked], i: int, sent: SpacySpan) -> tuple[str, int] | None:
    """(state key, end token) of "X, about N kilometres inside Y" or "X, just inside Y" at token ``i``."""
    k = i
    while k < min(sent.end, i + 5) and (doc[k].like_num or doc[k].lower_ in _DISTANCE):
        k += 1
    if k + 1 >= sent.end or doc[k].lower_ != "inside":
        return None
    named = link_at(doc, links, k + 1)
    if named is None or named.type != "State" or named.kind != "name":
        return None
    end = tokens(doc, named)
    return named.key, end.end if end is not None else k + 2


def _side_word(doc: Doc, links: list[Linked], i: int, sent: SpacySpan) -> str | None:
    """The state of "Y side" at token ``i``: a demonym or a state's one-word name before "side"
    (or "bank", "coast", "shore")."""
    if i + 1 >= sent.end or doc[i + 1].lower_ not in _SIDES:
        return None
    named = link_at(doc, links, i)
    if named is not None and named.type == "State" and named.key.startswith("state/"):
        return named.key
    return state_for_demonym(doc[i].text) if doc[i].is_title else None


def _demonym_noun(doc: Doc, lk: Linked, span: SpacySpan) -> str | None:
    """ "the Kenyan town of Nakuru": the state of the demonym on the place's noun."""
    if lk.type != "Settlement" or span.start < 3:
        return None
    of, noun, adjective = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
    if of.lower_ != "of" or noun.lower_ not in SETTLEMENT_NOUNS:
        return None
    return state_for_demonym(adjective.text)


#: Kind nouns of towns a state or region qualifies: "the Norland villages of A and B", "French communes".
_TOWN_KINDS = SETTLEMENT_NOUNS | {"commune"}


def _kind_owner(doc: Doc, lk: Linked, span: SpacySpan, links: list[Linked]) -> tuple[str, SpacySpan] | None:
    """The state or region that qualifies the kind noun a town is named under, and the evidence:
    "the Norland Islands villages of A and B", "A and B are Varnian hamlets" (each town of the list).

    The qualifier is a state's or region's name the text links, or a demonym, right before the noun.
    """
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "A and B": the list's first name carries the phrase
    noun = None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != root.head.i:
        noun = root.head.head  # "the X communes of A and B"
    elif root.dep_ == "nsubj" and root.head.lemma_ == "be":
        noun = next((c for c in root.head.children if c.dep_ == "attr"), None)  # "A and B are X communes"
    if noun is None or noun.lemma_.lower() not in _TOWN_KINDS:
        return None
    words = [c for c in noun.lefts if c.dep_ in {"amod", "compound"}]
    if not words:
        return None
    first = doc[words[0].left_edge.i]
    owner = link_at(doc, links, first.i)
    tspan = tokens(doc, owner) if owner is not None else None
    lo, hi = min(span.start, noun.i), max(span.end, noun.i + 1)
    if owner is not None and tspan is not None and owner.type in {"State", "Region"} and tspan.end == noun.i:
        return owner.key, doc[min(lo, tspan.start) : hi]
    key = state_for_demonym(doc[first.i : noun.i].text) if first.is_title else None
    return (key, doc[min(lo, first.i) : hi]) if key is not None else None


def _may_lie_in(place: Linked, target: str) -> bool | None:
    """What world knowledge says of ``place`` lying in ``target``: True, False, or None (nothing known).

    Only states are checked: a city GeoNames knows must have a namesake in the state, and a region
    pycountry knows must be a subdivision of it.
    """
    if not target.startswith("state/"):
        return None
    code = target[6:]
    if place.type == "Settlement":
        countries = city_countries(place.name) or city_countries(place.text)
        return code in countries if countries else None
    if place.type == "Region":
        if subdivision_for(place.name, {code}) is not None:
            return True
        known = region_for(place.name)
        return None if known is None or known.country is None else known.country == code
    return None
