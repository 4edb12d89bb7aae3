"""Doc + NER spans -> the names the text uses as places: "in X", "flew from X to Y", "X, Norland".

The small NER model tags many towns, islands and districts ORG or PERSON ("the boats leave
Vessa at dawn"). Grammar says otherwise: people live *in* a place, travel *from* and *to* one,
and a place is written "Town, Province". A name used that way once is a place in the whole
document (one name, one type), unless a gazetteer or head noun says more.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.lexicon.cities import city_key, spellings
from kg.lexicon.gazetteer import (
    is_known_place,
    local_subdivision,
    region_for,
    settlement_for,
    state_for_demonym,
    state_key,
    subdivision_for,
    wide_subdivision,
)
from kg.nlp.patterns import REGION_WORDS
from kg.nlp.sited import compass_of, sited_at

__all__ = [
    "NOUN_REACH",
    "called_region",
    "listed_places",
    "place_names",
    "subdivision_abroad_town",
    "town_or_region",
]

#: Prepositions that put their object in a place.
_IN = frozenset({"in", "near", "outside", "around", "across", "throughout", "inside"})
#: Nouns of the land around a place: "the outskirts of X", "in the areas of X, Y and Z".
_AREA_NOUNS = frozenset({"area", "areas", "outskirts", "vicinity", "environs", "suburbs", "surroundings"})
#: Nouns of what a town has and who lives and trades there: "the mayor of X", "the markets of X
#: and Y", "residents of X". A person or a body has no mayor, residents or streets.
_TOWN_NOUNS_OF = frozenset(
    {"mayor", "mayors", "residents", "inhabitants", "townspeople", "villagers", "merchants", "shopkeepers"}
    | {"market", "markets", "streets", "schools", "neighbourhoods", "neighborhoods"}
)
#: Prepositions of a path: a place when a verb of motion or a route ("from X to Y") governs them.
_PATH = frozenset({"from", "to", "into", "via", "through", "towards", "toward"})
#: Verbs of motion (lemmas): what one does from, to or through a place.
_MOTION = frozenset(
    {
        *("go", "come", "travel", "flee", "move", "leave", "depart", "arrive", "return", "fly", "drive"),
        *("walk", "sail", "head", "evacuate", "escape", "relocate", "bring", "send", "transport", "ride"),
        "cross",
        *("retreat", "march", "journey", "trek", "voyage"),
    }
)
#: Verbs of motion with no recipient (lemmas): "to X" after them is a destination, never a person
#: one gives or sends something to ("sent a letter to X", "the prize went to X" are left out).
_JOURNEYS = frozenset(
    {"travel", "flee", "move", "depart", "fly", "walk", "sail", "evacuate", "escape", "relocate", "cross"}
    | {"retreat", "march", "journey", "trek", "voyage"}
)
#: Nouns (lemmas) of a journey: "his journey through X", "a pilgrimage to X", "the army's retreat
#: from X". One makes them across land, never to a person or a body ("a visit to X" may be either).
_JOURNEY_NOUNS = frozenset({"journey", "trip", "voyage", "march", "retreat", "expedition", "pilgrimage", "trek"})
#: Nouns (lemmas) of vehicles and the services they run: "buses from X", "the first flight to X",
#: "trucks from X". A bus or a flight runs between places, never from or to a person.
_VEHICLES = frozenset({"bus", "train", "flight", "truck", "lorry", "ferry", "plane", "aircraft", "jet", "convoy"})
_TRAVELLED = _JOURNEY_NOUNS | _VEHICLES
#: Phrasal verbs of setting out (lemma -> particles): "took off from X", "set out from X", "turned back towards X".
_SETTING_OUT = {"take": ("off",), "set": ("off", "out"), "turn": ("back", "round", "around")}
#: Verbs of arrival (lemmas): where one arrives, lands or docks "in", "at" or "on" is a place.
_ARRIVALS = frozenset({"arrive", "land", "disembark", "dock"})
#: Prepositions of the end of an arrival ("arrived in X", "landed at X", "landed on X").
_AT_END = frozenset({"in", "at", "on"})
_PLACE_NER = frozenset({"GPE", "LOC", "FAC"})


def place_names(doc: Doc, ents: Iterable[Span], states: frozenset[str] = frozenset()) -> frozenset[str]:
    """Texts of ORG/PERSON spans that the document uses as places at least once.

    ``states`` (ISO codes the document names) admit a known town of one of them tagged ORG
    anywhere it does not act ("hotels fill up in summer; Tarnby is busy"), since a story naming
    a country names its towns; a firm that shares a town's name says and does things.
    """
    out: set[str] = set()
    at = _EntityIndex(doc)  # the model's entities by first token, read once
    for ent in ents:
        if ent.label_ not in {"ORG", "PERSON", "NORP"}:
            continue
        span = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
        known = bool(settlement_for(span.text) or region_for(span.text))
        if ent.label_ == "NORP" and (state_for_demonym(span.text) or not settlement_for(span.text, primary_only=True)):
            continue  # "Kenyans" are people; a town's own name the NER took for a people may be placed
        sited = sited_at(_labelled(span, ent)) and not (len(span) == 1 and span.text in at.leads)
        listed = _listed_in(span, at) or _leads_list_in(span, at) or _on_border(span) or _area_of(span.root)
        listed = listed or compass_of(span) or sited
        listed = listed or _offshore(span)
        listed = listed or (len(span) == 1 and _apposed(span, at) and _leveled(at.starting[span.end + 1]))
        went = _route(span, at, known) or _journey_end(span) or _arrival(span)
        if ent.label_ != "ORG" and not known and not (listed or went):
            continue  # an unknown name read as a person needs more than "in" to become a place
        if _possessive(span):
            continue  # "in Smith's view"
        if (
            _governed(span)
            or listed
            or _route(span, at, known)
            or _journey_end(span)
            or _arrival(span)
            or (known and _conjoined(span, at))
            or _apposed(span, at)
            or (known and _located(span))
            or (ent.label_ == "ORG" and _home_town(span, states))
        ):
            out.add(span.text)
    return frozenset(out)


def _labelled(span: Span, ent: Span) -> Span:
    """``span`` (``ent`` without its article) with the NER's label."""
    return Span(span.doc, span.start, span.end, label=ent.label_)


def _home_town(span: Span, states: frozenset[str]) -> bool:
    """A town GeoNames knows in a state the document names, not acting as a subject."""
    town = settlement_for(span.text, primary_only=True)
    if town is None or town.country not in states:
        return False
    return span.root.dep_ not in {"nsubj", "nsubjpass", "poss"}


def _prev(span: Span) -> Token | None:
    i = span.start - 1
    if i >= 0 and span.doc[i].lower_ == "the":
        i -= 1
    return span.doc[i] if i >= 0 else None


def _possessive(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ in {"'s", "’s", "'"}


def _governed(span: Span) -> bool:
    """ "in X", "near X"; "fled from X", "sailed to X" (a verb of motion governs the path).

    "in the X" does not count: "in the House", "in the Union", "in the Air Force" are bodies
    one serves in; towns take no article.
    """
    prev = _prev(span)
    if prev is None or (span.start > 0 and span.doc[span.start - 1].lower_ == "the"):
        return False
    if prev.lower_ in _IN:
        return True
    return prev.lower_ in _PATH and prev.head.lemma_.lower() in _MOTION


def _offshore(span: Span) -> bool:
    """ "drowned off X", "boats intercepted off X": what lies off a name is at sea beside a coast,
    a place's; no person or body is "off". The name is the object of "off" (the parser may still
    call "off" a particle); "sold off X" makes X the verb's object, a thing sold."""
    prev = _prev(span)
    if prev is None or prev.lower_ != "off" or span.doc[span.start - 1].lower_ == "the":
        return False
    return span.root.dep_ == "pobj" and span.root.head.i == prev.i


def _journey_end(span: Span) -> bool:
    """ "fled on foot to X", "will travel to X", "were moved by boat to X", "a journey through X":
    where people journey to, from or through is a place, whatever the NER guessed from the name's
    letters."""
    prev = _prev(span)
    if prev is None or prev.lower_ not in _PATH or span.doc[span.start - 1].lower_ == "the":
        return False
    head = prev.head
    if head.lower_ == "back" and head.dep_ == "advmod":
        head = head.head  # "turned back towards X": the adverb carries the path
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and _set_off(head):
        return True  # "had taken off from X", "turned back towards X": a phrase of setting out
    return (lemma in _JOURNEYS and head.pos_ == "VERB") or (lemma in _TRAVELLED and head.pos_ == "NOUN")


def _set_off(verb: Token) -> bool:
    """A verb with the particle or adverb of a phrasal verb of motion: "take off", "set off", "set
    out", "turn back", "turn round" (what one does on a journey, never towards a person's name)."""
    words = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}
    return any(word in words for word in _SETTING_OUT.get(verb.lemma_.lower(), ()))


def _arrival(span: Span) -> bool:
    """ "arrived in X", "landed on X", "docked at X": people arrive at places, never at a person,
    however much the name's letters look like one's ("in X" alone is weaker: "trust in X")."""
    prev = _prev(span)
    if prev is None or prev.lower_ not in _AT_END or span.doc[span.start - 1].lower_ == "the":
        return False
    return prev.head.lemma_.lower() in _ARRIVALS and prev.head.pos_ == "VERB"


def _listed_in(span: Span, at: _EntityIndex) -> bool:
    """ "in Tarnby, Vessa and X": a later name of a list whose first name is a place after "in"
    (or "near", "around") is a place too, whatever its letters made the NER guess."""
    first = span.root
    if first.dep_ != "conj":
        return False
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or not (first.head.lower_ in _IN or _area_of(first)):
        return False
    if not any(c.dep_ == "cc" for t in (first, *first.conjuncts) for c in t.children):
        return False  # "In Tarnby, Jane Roe, ...": a contact line, no list without "and"/"or"
    start = first.left_edge.i
    ent = at.starting.get(start)
    if ent is None or not ent.start <= first.i < ent.end:
        return False
    return _is_place(ent)


def _leads_list_in(span: Span, at: _EntityIndex) -> bool:
    """ "in X and Tarnby", "In X, in Tarnby and Vessa": the first name of a list after "in" (or
    "near", "around") whose later names are places is a place too. The list goes on in the names
    joined to it, or in a second "in" right after a comma (on the same verb or on the first name)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _IN:
        return False
    later = list(root.conjuncts)
    prep, doc = root.head, span.doc
    nxt = span.end + 1
    if (
        nxt < len(doc)
        and doc[span.end].text == ","
        and doc[nxt].lower_ == prep.lower_
        and doc[nxt].head in {prep.head, root}
    ):
        later += [c for c in doc[nxt].children if c.dep_ == "pobj"]
    for tok in later:
        ent = at.starting.get(tok.left_edge.i)
        if ent is not None and ent.start <= tok.i < ent.end and _is_place(ent):
            return True
    return False


def _area_of(tok: Token) -> bool:
    """ "the outskirts of X", "the areas of X", "the mayor of X", "the markets of X and Y": the
    land around a name, its mayor, residents and markets are a place's (the name is the object of
    "of" after such a noun, or the first of a list that is). Towns take no article:
    "the area of the X Police" names a body's field."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    prep = tok.head
    bare = tok.left_edge.i == prep.i + 1 and tok.left_edge.lower_ != "the"
    of_place = prep.head.lower_ in _AREA_NOUNS or prep.head.lower_ in _TOWN_NOUNS_OF
    return tok.dep_ == "pobj" and prep.lower_ == "of" and of_place and bare


def _is_place(span: Span) -> bool:
    return span.label_ in _PLACE_NER or bool(state_key(span.text) or settlement_for(span.text))


class _EntityIndex:
    """The model's entities of one document by their first token (they never overlap)."""

    def __init__(self, doc: Doc) -> None:
        self.starting = {e.start: e for e in doc.ents}
        #: first words of the longer names ("Kesh" of "the Kesh Container Terminal"): a word
        #: alone that opens one is that name's short form, placed or not by the longer name
        self.leads = frozenset(
            e[1].text if e[0].lower_ == "the" else e[0].text
            for e in doc.ents
            if len(e) > 2 or (len(e) == 2 and e[0].lower_ != "the")
        )


def _conjoined(span: Span, at: _EntityIndex) -> bool:
    """ "to Tarnby and X", "X or Vessel": a name joined to a place by "and"/"or" is one too."""
    doc = span.doc
    if span.start > 1 and doc[span.start - 1].lower_ in {"and", "or"} and _place_ends_at(doc, span.start - 2):
        return True
    return span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", "or"} and _place_at(doc, span.end + 1, at)


def _place_ends_at(doc: Doc, i: int) -> bool:
    """A place's name ends at token ``i``: a place entity, or a word a gazetteer knows.

    The entity is read off the tokens' IOB tags, not ``doc.ents`` (which walks the whole text).
    """
    tok = doc[i]
    if tok.ent_type_:
        if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
            return False  # the entity goes on past ``i``
        start = i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return _is_place(Span(doc, start, i + 1, label=tok.ent_type_))
    return tok.is_title and bool(state_key(tok.text) or settlement_for(tok.text, primary_only=True))


def _route(span: Span, at: _EntityIndex, known: bool = False) -> bool:
    """ "from X to Y", "between X and Y": one end of the route is a place, so the other is too.

    A name the gazetteers know as a place (``known``) at one end is a place whatever the other
    end is: "the road from Kelo to Varn", "the bridge between Kelo and Varn" join two places
    even when the other end is a village no table has.
    """
    prev = _prev(span)
    doc = span.doc
    if prev is not None and prev.lower_ == "between":
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "and" and (known or _route_noun(prev)):
            return True  # "the highway between X and Y": a road runs between places
        return span.end + 1 < len(doc) and doc[span.end].lower_ == "and" and _place_at(doc, span.end + 1, at)
    if prev is not None and prev.lower_ == "and" and span.start > 2:
        back = range(span.start - 2, max(0, span.start - 7), -1)
        opener = next((j for j in back if doc[j].lower_ == "between"), None)
        if opener is not None:
            return known or _route_noun(doc[opener]) or _place_at(doc, opener + 1, at)
    if prev is None or prev.lower_ not in {"to", "from"}:
        return False
    other = "from" if prev.lower_ == "to" else "to"
    doc = span.doc
    for i in range(max(0, span.start - 8), min(len(doc) - 1, span.end + 8)):
        if doc[i].lower_ == other and not (span.start <= i < span.end) and (known or _place_at(doc, i + 1, at)):
            return True
    return False


#: Nouns (lemmas) of a way or a service between two places: "the road between X and Y", "flights
#: between X and Y". Talks, trade or a match "between X and Y" may join persons or bodies.
_ROUTE_NOUNS = frozenset(
    {"road", "highway", "motorway", "route", "link", "railway", "rail", "corridor", "ferry", "flight", "bus"}
    | {"train", "journey", "trip", "distance", "drive", "pipeline", "bridge", "crossing", "traffic"}
)


#: Verbs (lemmas) of putting or lying somewhere: "deployed between X and Y", "the camps lie between X and Y".
_PLACING = frozenset({"deploy", "place", "station", "post", "position", "patrol", "lie", "stretch", "commute"})


def _route_noun(between: Token) -> bool:
    """ "between" qualifies a noun of a way or a service between places ("the highway between"),
    or says where something is put or lies ("placed soldiers between X and Y", "the camps lie
    between X and Y"): one deploys, patrols or lies between places, never between persons."""
    head = between.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in _ROUTE_NOUNS:
        return True
    if head.pos_ == "NOUN" and head.dep_ in {"dobj", "nsubjpass"}:
        head = head.head  # "placed 150 soldiers between X and Y": the soldiers are where the verb puts them
    return head.pos_ == "VERB" and head.lemma_.lower() in _PLACING


def _place_at(doc: Doc, i: int, at: _EntityIndex) -> bool:
    """A place's name starts at token ``i`` (after an optional "the"): a place entity or a known one."""
    if doc[i].lower_ == "the" and i + 1 < len(doc):
        i += 1
    ent = at.starting.get(i)
    if ent is not None:
        return _is_place(ent)
    return doc[i].is_title and bool(state_key(doc[i].text) or settlement_for(doc[i].text, primary_only=True))


def _apposed(span: Span, at: _EntityIndex) -> bool:
    """ "X, Norland": a name followed by a comma and a known region or state is a place in it."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    nxt = at.starting.get(span.end + 1)
    if nxt is None:
        return False
    known = nxt.label_ in _PLACE_NER and (state_key(nxt.text) or region_for(nxt.text))
    if not (known or _leveled(nxt)):  # "Vesk Province" names a region whatever label the NER gave it
        return False
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return after is None or after.is_punct or after.lower_ in {"and", "or"}


def _leveled(span: Span) -> bool:
    """A region named with its capitalised level word ("Tarka District", "Osun Province"): what a
    town is written beside ("Kambelo, Tarka District"), whether or not the tables know it."""
    return len(span) > 1 and span[-1].is_title and span[-1].lower_ in REGION_WORDS


#: Nouns of a frontier line a place may be set on: "X, on the southern border".
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "coast"})


def _on_border(span: Span) -> bool:
    """ "At X, on the southern border, 900 crossed": a name set on a border in apposition is a place."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"on", "at", "near", "along"}:
        return False
    for tok in doc[i + 2 : min(len(doc), i + 7)]:
        if tok.is_punct:
            return False
        if tok.lower_ in _BORDER_NOUNS:
            return True
    return False


def _located(span: Span) -> bool:
    """ "X in eastern Y", "X in the Z region": a known town placed in a named state or region."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "in":
        return False
    after = range(span.end + 1, min(len(doc), span.end + 5))
    if any(state_key(doc[j].text) for j in after):
        return True
    # "in the Kelo region": a capitalised name, then the level word
    return any(doc[j].lower_ in REGION_WORDS and doc[j - 1].is_title for j in after if j > span.end + 1)


#: Lower-case nouns with which a text says what its place names are.
_REGION_NOUNS = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces", "territories"})
_TOWN_NOUNS = frozenset({"city", "cities", "town", "towns", "village", "villages"})
#: How far (tokens) a place noun may stand from a name and still say what the name is: about a
#: sentence and the next; "the region's largest city" three paragraphs on says nothing of it.
NOUN_REACH = 25


def called_region(span: Span) -> bool:
    """The nearest word for places, within :data:`NOUN_REACH`, is "region(s)", not "city/town":
    "in A, B and C ... these regions". Decides names that are both a state's subdivision and its
    main town; with no such word near, the name is the town.
    """
    nouns = _place_nouns(span.doc)
    # the nearest noun is the last one up to the start, one inside, or the first from the end on
    # (the first of equally near ones wins)
    first = max(0, bisect_right(nouns, span.start, key=lambda n: n[0]) - 1)
    last = bisect_left(nouns, span.end, key=lambda n: n[0]) + 1
    best: tuple[int, bool] | None = None
    for i, region in nouns[first:last]:
        dist = min(abs(i - span.start), abs(i - span.end))
        if dist <= NOUN_REACH and (best is None or dist < best[0]):
            best = (dist, region)
    return best is not None and best[1]


def _holds_town(span: Span) -> bool:
    """ "Pellworth, Quebec": a name written after a town's name and a comma, ending the phrase, is
    where the town lies. A state's province that shares its name with a city ("Quebec", a Canadian
    province and its capital; "Ontario", a province and a Californian town) is the province there;
    a list ("Pellworth, Quebec and Halden") may name three towns and is left alone."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or not doc[span.start - 2].is_title:
        return False
    if not doc[span.start - 2].ent_type_:
        return False  # the word before the comma must be (the end of) a name the NER read
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is None
        or (after.is_punct and after.text != "-")
        or (after.is_lower and after.lower_ not in {"and", "or"})
    )


def _place_nouns(doc: Doc) -> list[tuple[int, bool]]:
    """(token index, is a region noun) of every lower-case region or town noun, once per Doc."""
    nouns = doc.user_data.get("kg_place_nouns")
    if nouns is None:
        nouns = doc.user_data["kg_place_nouns"] = [
            (tok.i, tok.lower_ in _REGION_NOUNS)
            for tok in doc
            if tok.is_lower and (tok.lower_ in _REGION_NOUNS or tok.lower_ in _TOWN_NOUNS)
        ]
    return nouns


#: Words before a name, or opening it, that a region takes and a town does not: "northern X",
#: "Upper X", "the X" (towns take no article).
_REGION_LEADS = frozenset({"the", "north", "south", "east", "west", "upper", "lower", "central"})
_REGION_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern"})
_REGION_ADJECTIVES |= {"northwestern", "southeastern", "southwestern"}
#: Prepositions of a point: a name after them with no article is a town ("near X", "at X"), not an area.
_AT_POINT = frozenset({"near", "at", "outside"})


def town_or_region(span: Span, ner: str, states: frozenset[str]) -> str:
    """Settlement or Region for an NER place name no head noun or earlier rule typed.

    The tables decide what they know: a GeoNames town's name is a town (unless it also names a
    region and the text says "region" near it), a region table's name (a subdivision of a state
    the text names, a US state, a continent) a region. A name they do not
    know at all, tagged GPE, is most often a town too small for them (news names villages,
    camps and border towns far more than regions they lack), unless the text treats it as a
    region: an article or compass word before it or opening it ("the X", "northern X", "Upper
    X"), a town placed in it ("Tarnby in X"), or the word "region" nearer than "town". A LOC
    name they do not know stays a region (valleys, deserts and coasts are read elsewhere by their
    head nouns), unless a preposition of a point places it ("positions near X", "based at X"):
    an area is "in" or "across", a town "near" or "at". Either way a region table's name stays a region.
    """
    text = span.text
    table = region_for(text)
    if table is not None and table.country is None:
        return "Region"  # a continent or world region ("Asia" is also a Philippine town)
    region = bool(table or subdivision_for(text, states))
    if subdivision_abroad_town(text, states):
        return "Region"  # "Norfolk" in a story about Britain: the county, not the town abroad
    if settlement_for(text, primary_only=True) or (ner == "GPE" and settlement_for(text)):
        return "Region" if region and (called_region(span) or _holds_town(span)) else "Settlement"
    if table is not None and local_subdivision(text) and not settlement_for(text) and not called_region(span):
        return "Settlement"  # a municipality ISO lists by its town's name, which the town tables lack
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    if not region and before in _AT_POINT and len(span) <= 2:
        return "Settlement"  # "positions near X", "boats based at X": no region table knows X, a point does
    if region or ner != "GPE" or is_known_place(text):
        return "Region"
    compass_of = before == "of" and span.start > 1 and doc[span.start - 2].lower_ in _REGION_LEADS  # "north of X"
    if before == "in" and span.start > 1 and _place_ends_at(doc, span.start - 2):
        return "Region"  # "the port of Tarnby in X": X holds a town
    if compass_of or before in _REGION_LEADS or before in _REGION_ADJECTIVES or span[0].lower_ in _REGION_LEADS:
        return "Region"
    return "Region" if called_region(span) else "Settlement"


#: GeoNames population from which a town is known by its other names as well as its main one.
KNOWN_TOWN = 100_000


def subdivision_abroad_town(text: str, states: frozenset[str]) -> bool:
    """``text`` names a county, province or department of a state the document names, and GeoNames'
    towns of that name all lie in states it does not name: the subdivision is what the story means
    ("Norfolk" in a story about Britain). A name that is only another name of towns is the
    subdivision unless one of them is known in its own right (:data:`KNOWN_TOWN`): "Vestland" (a
    small American town's too) in a story about Norway is the county, "Jujuy" (San Salvador de Jujuy's) the city.
    """
    if not wide_subdivision(text, states):
        return False
    towns = spellings().get(city_key(text), ())
    if settlement_for(text, primary_only=True) is not None:
        return not any(s.primary and s.city.country in states for s in towns)
    return bool(towns) and not any(s.city.population >= KNOWN_TOWN for s in towns)


_PLACE_LABELS = frozenset({"State", "Region", "Settlement", "Place"})


def listed_places(doc: Doc, chosen: list[Span], states: frozenset[str]) -> list[Span]:
    """Names listed with a place that the NER skipped: "in A, B and C" when only A and B were found.

    A conjunct of a place is a place of the same kind when a gazetteer knows it (a town, or a
    subdivision of a state the document names).
    """
    taken = {i for s in chosen for i in range(s.start, s.end)}
    out: list[Span] = []
    for span in chosen:
        if span.label_ not in _PLACE_LABELS:
            continue
        for tok in span.root.conjuncts:
            if tok.i in taken or not tok.is_title or tok.ent_type_ not in {"", "GPE", "LOC", "ORG", "PERSON"}:
                continue
            start = min([c.i for c in tok.children if c.dep_ == "compound" and c.is_title] + [tok.i])
            name = doc[start : tok.i + 1]
            if taken.intersection(range(start, tok.i + 1)):
                continue
            town = settlement_for(name.text, primary_only=True)
            if town or subdivision_for(name.text, states):
                # a subdivision no town shares the name of is a region ("Utrecht and Drenthe")
                label = span.label_ if town or span.label_ != "Settlement" else "Region"
                out.append(Span(doc, start, tok.i + 1, label=label, kb_id="ner"))
                taken.update(range(start, tok.i + 1))
    return out
