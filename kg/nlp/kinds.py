"""Doc (+ labelled spans) -> names typed by the common noun the text puts beside them.

News often names a thing and says what kind of thing it is in a lower-case noun after it: "the
Varta river", "the Unity party", "Kelo town", and for several names at once, a plural after a
list: "Varna and Dobrich provinces", "the Kesh and Lomo crossing points"; or a noun with "of"
before it: "the island of Varo". The statistical NER
reads such names from their letters alone (a river's name as a person, a party's as a person, a
province's as a town it also names); the noun the writer chose says what they are.

A copula says it as well: "the busiest crossing was Varo", "the only checkpoint open is Kelo",
"the busiest crossings were Varo and Kelo", "Varo is the one crossing left open", and a ranking
goes on with "followed by": "the busiest crossing was Varo, followed by Kelo with 900 and Tesh
with 400". (A list after "the crossings at" is left to the NER: news means the
towns there as often as the crossings.)

A list joined by "and" also shares one kind when the noun is left out: "residents of Tarnby and
Kelo", where the gazetteer knows one town and the NER calls the other a person.

The nouns are kinds of things (never particular ones), kept short: natural features whose name is
their own (a river, an island; not a port or an airport, which are usually named after their
town: "X harbour" is the town X), parties, towns and villages, an area, a valley or a territory (the region
it names: "the X area" is X), administrative levels in the plural (the singular is a name's
own head, read elsewhere) and crossing points. Municipalities are towns with their lands ("the
municipalities of A and B"), unless the region tables know a name and the town tables do not (a
state that calls its provinces municipalities: then they are regions).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import is_known_place, region_for, settlement_for, state_for_demonym, state_key
from kg.nlp.doctext import with_lemma, with_lower
from kg.nlp.heads import AGENCY_CUES, BODY_HEADS, COUNCIL_HEADS, ORG_HEADS

__all__ = ["coordinated_places", "copular_checkpoints", "kind_noun_spans", "ranked_checkpoints"]

#: Ways and landings, named after the town they lead to or stand at: "the X road" is X's, "the X
#: ferry" crosses at X. Never a person's or a body's name, though the NER often reads one there.
#: (A bridge is left to the crossing rules: "the X bridge" on a border is the crossing itself.)
_WAYS = ("road", "highway", "ferry", "roundabout", "junction", "landing")
#: Singular nouns that type the name just before them, and their plurals that type each name of
#: the list before them.
_SINGULAR = {
    **dict.fromkeys(("river", "lake", "island", "islands", "mountains", "peninsula"), "Place"),
    **dict.fromkeys(("party", "movement"), "Organization"),
    **dict.fromkeys(("town", "village", "city", "harbour", "harbor"), "Settlement"),
    **dict.fromkeys(("area", "valley", "territory"), "Region"),
    **dict.fromkeys(_WAYS, "Settlement"),
}
#: Nouns that common words stand before as often as names ("the Arrivals area", "the Departures
#: harbour"): only proper nouns not all common nouns of the lexicon are typed by them. They say
#: a place, not surely which kind ("the X area" may be a town's), so their reading is one guess
#: among the name's others (``kb_id`` "ner": the text's other mentions may outvote it).
_COMMON_BEFORE = frozenset({"area", "valley", "harbour", "harbor", *_WAYS})
#: Nouns a holder's name stands before as often as the place's own ("the Taliban territory"): a
#: name the NER reads as a group or a people is whose it is, not its name.
_HELD = frozenset({"territory"})
#: Kinds whose noun is part of the name ("the Tarna river" is the Tarna River, not the Tarna
#: province it may be named after); a town's or a party's is not ("Kelo town" is Kelo).
_NAMING = frozenset({"river", "lake", "island", "islands", "mountains", "peninsula"})
_PLURAL = {
    **dict.fromkeys(("rivers", "lakes", "islands"), "Place"),
    "parties": "Organization",
    # a commune, like a municipality, is a town with its lands (the ISO tables' own reading)
    **dict.fromkeys(("towns", "villages", "cities", "municipalities", "communes"), "Settlement"),
    **dict.fromkeys(
        (
            "states",
            "provinces",
            "regions",
            "districts",
            "counties",
            "oblasts",
            "governorates",
            "prefectures",
            "wilayas",
        ),
        "Region",
    ),
    "territories": "Region",
    **dict.fromkeys(("subdivisions", "cantons"), "Region"),
    **dict.fromkeys(("crossings", "checkpoints"), "Checkpoint"),
}
#: Nouns before "of" and a name (or a list of names) that say what it is: "the island of Varo",
#: "the provinces of Kelo and Varn", "the ports of Tarnby and Vessa".
_OF_NOUNS = {
    **dict.fromkeys(("island", "islands"), "Place"),
    **dict.fromkeys(("province", "provinces", "departments", "district", "districts"), "Region"),
    **dict.fromkeys(("county", "counties", "oblast", "oblasts", "prefecture", "prefectures"), "Region"),
    **dict.fromkeys(("governorate", "governorates", "department"), "Region"),
    # the Maghreb's and the Sahel's provinces in English official texts: "the wilaya of X"
    **dict.fromkeys(("wilaya", "wilayas", "wilayat"), "Region"),
    **dict.fromkeys(("subdivision", "subdivisions", "canton", "cantons"), "Region"),
    **dict.fromkeys(("town", "towns", "village", "villages", "city", "cities", "port", "ports"), "Settlement"),
    # "the community of X", "the hamlets of X and Y": where people live, named as a place
    **dict.fromkeys(("community", "communities", "hamlet", "hamlets"), "Settlement"),
    # a municipality or a commune is a town with its lands: "the municipalities of A, B and C" are towns
    **dict.fromkeys(("municipality", "municipalities", "commune", "communes"), "Settlement"),
}
#: Levels a state may also call its first-level subdivisions: a name the region tables know and
#: the town tables do not is a region after them.
_TOWN_LEVELS = frozenset({"municipality", "municipalities", "commune", "communes"})
#: "department" also opens a body's portfolio ("the department of Health"): only a place the NER
#: reads as one follows it as a region.
_BODY_OR_AREA = frozenset({"department", "departments"})
#: Words of a body's name: a level adjective after one is its office's ("... Authority regional manager").
_BODY_WORDS = AGENCY_CUES | BODY_HEADS | COUNCIL_HEADS | ORG_HEADS
#: Adjectives of a level of government after a name: "the Tarn provincial authorities".
_LEVEL_ADJECTIVES = {"provincial": "Region", "regional": "Region", "municipal": "Settlement"}
#: Two-word plural kinds: "crossing points", "border posts", "border crossings", "land ports" (a
#: land port is a border crossing, as South Asian and Arab officials name theirs).
_COMPOUND = {
    ("crossing", "points"): "Checkpoint",
    ("border", "posts"): "Checkpoint",
    ("border", "crossings"): "Checkpoint",
    ("border", "checkpoints"): "Checkpoint",
    ("land", "ports"): "Checkpoint",
}
#: Every word that can type a name in :func:`kind_noun_spans`: only these tokens are read.
_KIND_WORDS = frozenset({*_SINGULAR, *_PLURAL, *_OF_NOUNS, *_LEVEL_ADJECTIVES, *(noun for _, noun in _COMPOUND)})
_JOINS = frozenset({",", "and", "or", "&"})
#: What joins the words of one place name: a hyphen, and the particles of Romance place names
#: ("Valle del Tarno", "Sao Jose dos Campos").
_LINKS = frozenset({"-", "de", "del", "di", "do", "da", "dos", "das", "du"})
_MAX_NAME = 4
#: NER labels of words that are no name of a thing: times, figures.
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _name_token(tok: Token) -> bool:
    """A word of a proper name: capitalised (not ALL CAPS noise), not a function word or a figure."""
    return tok.is_title and not tok.is_stop and tok.is_alpha and tok.ent_type_ not in _NOT_NAMES


def _run_before(doc: Doc, i: int) -> int:
    """Start of the run of name words (hyphenated parts included) ending just before ``i``."""
    start = i
    while start > 0 and i - start < _MAX_NAME:
        prev = doc[start - 1]
        if _name_token(prev):
            start -= 1
        elif prev.text == "-" and start - 2 >= 0 and _name_token(doc[start - 2]) and start < i:
            start -= 2
        else:
            break
    if start > 0 and doc[start - 1].text == "-" and start < i:
        return i  # the tail of a hyphenated name not taken whole ("Tehreek-e-Insaf"): no name of its own
    return start


def _run_after(doc: Doc, i: int) -> int:
    """End of the run of name words starting at ``i``."""
    end = i
    while end < len(doc) and end - i < _MAX_NAME and _name_token(doc[end]):
        end += 1
    return end


def _hyphenated_run_after(doc: Doc, i: int) -> int:
    """End of the name starting at ``i``, across hyphens and place-name particles: "Kessel-Abad"
    and "Valle del Tarno" are one name in a list."""
    end = _run_after(doc, i)
    while end > i and end + 1 < len(doc) and doc[end].lower_ in _LINKS and _name_token(doc[end + 1]):
        end = _run_after(doc, end + 1)
    return end


def _is_head(doc: Doc, i: int) -> bool:
    """The noun at ``i`` ends its phrase: "the Varta river flooded", not "the Unity party leader"."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ in {"NOUN", "PROPN"} or nxt.lower_ in {"'s", "’s"})


#: Plural crossing nouns a list of crossings' own names takes with a capital: "the A and B Checkpoints".
_CAPITALISED_CROSSINGS = frozenset({"Checkpoints", "Crossings"})


def _capitalised_crossings(doc: Doc, i: int) -> bool:
    """ "the A and B Checkpoints": the capitalised plural is the shared kind of the two names (each
    "A Checkpoint" is one crossing's name), not a body's name ("Ports & Checkpoints Directorate")."""
    return doc[i].text in _CAPITALISED_CROSSINGS and (i + 1 == len(doc) or not doc[i + 1].is_title)


def _sentence_opening(doc: Doc, start: int) -> bool:
    """A one-word run that opens a sentence may be capitalised only for that ("Rivers were high")."""
    return start == 0 or doc[start].is_sent_start or doc[start - 1].text in {"\n", '"', "“"}


def kind_noun_spans(doc: Doc, nouns: frozenset[str] = frozenset()) -> list[Span]:
    """Names typed by a lower-case kind noun after them, one per name of a list before a plural.

    ``nouns``: the lexicon's common nouns, which name nothing before "area" or "harbour".
    """
    out: list[Span] = []
    for tok in with_lower(doc, _KIND_WORDS):
        i = tok.i
        if tok.lower_ in _LEVEL_ADJECTIVES and tok.is_lower and tok.dep_ == "amod":
            start = _run_before(doc, i)  # "the Tarn provincial authorities": the name of a province
            body = any(t.lower_ in _BODY_WORDS for t in doc[start:i])  # "Tarn Revenue Authority regional manager"
            if start < i and not body and not (i - start == 1 and _sentence_opening(doc, start)):
                out.append(Span(doc, start, i, label=_LEVEL_ADJECTIVES[tok.lower_], kb_id="kind"))
            continue
        if not (tok.is_lower or _capitalised_crossings(doc, i)) or not _is_head(doc, i):
            continue
        if tok.lower_ in _OF_NOUNS and i + 2 < len(doc) and doc[i + 1].lower_ == "of":
            names = _names_after(doc, i + 2)  # "the island of Varo", "the provinces of Kelo and Varn"
            if not tok.lower_.endswith("s"):  # the tagger reads foreign plurals ("wilayas") as singular
                names = names[:1]  # "the municipality of Varo, Kelo": Kelo is where Varo lies
            if tok.lower_ in _BODY_OR_AREA and not _areas(doc, names, nouns):
                continue  # "the department of Health" is a body's portfolio
            label = _OF_NOUNS[tok.lower_]
            out += [Span(doc, s, e, label=_level_label(doc[s:e].text, tok, label), kb_id="kind") for s, e in names]
            continue
        prev = doc[i - 1].lower_ if i else ""
        if (prev, tok.lower_) in _COMPOUND:
            label, end = _COMPOUND[(prev, tok.lower_)], i - 1
        elif tok.lower_ in _PLURAL:
            label, end = _PLURAL[tok.lower_], i
        elif tok.lower_ in _SINGULAR:
            start = _run_before(doc, i)
            label = _SINGULAR[tok.lower_]
            loose = tok.lower_ in _COMMON_BEFORE
            words = doc[start:i]
            common = any if tok.lower_ in _WAYS else all  # "the Golden Gate ferry", "the Peace road"
            proper = not loose or (
                all(t.pos_ == "PROPN" for t in words) and not common(_common_noun(t, nouns) for t in words)
            )
            if (
                start < i
                and proper
                and not (i - start == 1 and _sentence_opening(doc, start))
                and not _read(doc[start], tok)
                and not (tok.lower_ in _HELD and doc[start].ent_type_ in {"ORG", "NORP"})
            ):
                end = i + 1 if tok.lower_ in _NAMING else i
                out.append(Span(doc, start, end, label=label, kb_id="ner" if loose else "kind"))
            continue
        else:
            continue
        names = _listed_before(doc, end)
        if len(names) > 1:
            out += [Span(doc, s, e, label=_level_label(doc[s:e].text, tok, label), kb_id="kind") for s, e in names]
    return [s for s in out if not (state_key(s.text) or state_for_demonym(s.text))]  # "Kenyan and Ugandan towns"


def _level_label(name: str, noun: Token, label: str) -> str:
    """``label`` for ``name`` after or before ``noun``; a municipality the region tables know and the
    town tables do not is a state's first-level region ("the municipalities of A and B" of a state
    that calls its provinces so)."""
    if noun.lower_ in _TOWN_LEVELS and region_for(name) is not None and settlement_for(name) is None:
        return "Region"
    return label


def _areas(doc: Doc, names: list[tuple[int, int]], nouns: frozenset[str]) -> bool:
    """The names after "department(s) of" are areas, not a body's portfolios.

    A list after the plural is areas unless a name ends in a common noun written with a capital,
    as a portfolio does ("the departments of Justice and Labor", "of Inland Waterways"): the NER
    often takes an area's name for a person's ("the departments of Varo and Kelosi"). One name
    after the singular is an area only when the NER reads it as a place: "the department of X"
    opens a body's name more often than a list does.
    """
    if len(names) > 1:
        return not any(_common_noun(doc[e - 1], nouns) for _, e in names)
    return all(doc[s].ent_type_ in {"GPE", "LOC"} for s, _ in names)


def _common_noun(tok: Token, nouns: frozenset[str]) -> bool:
    """A capitalised common noun of the lexicon, singular or plural ("Arrivals", "Departures")."""
    low = tok.lower_
    return low in nouns or (low.endswith("s") and low[:-1] in nouns)


#: NER labels that already read a name as the kind its noun says.
_AGREEING = {"Place": {"LOC", "FAC"}, "Organization": {"ORG"}, "Settlement": {"GPE"}}


def _read(tok: Token, noun: Token) -> bool:
    """The NER already took the name at ``tok`` with its ``noun`` for what the noun says ("the
    Labour party" as ORG): its reading stands."""
    return tok.ent_type_ in _AGREEING.get(_SINGULAR[noun.lower_], set()) and noun.ent_type_ == tok.ent_type_


def _names_after(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The names of "A, B and C" starting at ``i``: one run, or a list joined by commas and "and"/"or".

    A run that a capitalised word goes on past is no whole name: the list stops before it (and
    is empty if that is its first name).
    """
    names: list[tuple[int, int]] = []
    while i < len(doc):
        end = _hyphenated_run_after(doc, i)
        if end == i or (end < len(doc) and doc[end].text[:1].isupper()):
            break
        names.append((i, end))
        j = end
        while j < len(doc) and doc[j].lower_ in _JOINS and j - end < 2:
            j += 1
        if j == end:
            break
        i = j
    return names


def _listed_before(doc: Doc, end: int) -> list[tuple[int, int]]:
    """The names of "A, B and C" ending just before ``end``, last first; none unless joined by "and"/"or"."""
    names: list[tuple[int, int]] = []
    joined = False
    while end > 0:
        start = _run_before(doc, end)
        if start == end:
            break
        names.append((start, end))
        j = start
        while j > 0 and doc[j - 1].lower_ in _JOINS and start - j < 2:
            j -= 1
        if j == start:
            break
        joined = joined or any(doc[k].lower_ in {"and", "or", "&"} for k in range(j, start))
        end = j
    return names if joined else []


def coordinated_places(doc: Doc, chosen: list[Span], persons: frozenset[str]) -> list[Span]:
    """``chosen`` with a one-word name the NER guessed set to the class of the town or crossing it is
    listed with ("Tarnby and Kelo"), and such a name the NER left out added.

    ``persons``: words of personal names the text gives in full (their surnames stay persons).
    """
    by_start = {s.start: s for s in chosen}
    by_end = {s.end: s for s in chosen}
    covered = {i for s in chosen for i in range(s.start, s.end)}
    relabel: dict[int, str] = {}
    added: list[Span] = []
    for tok in with_lower(doc, ("and", "or")):
        left, right = by_end.get(tok.i), by_start.get(tok.i + 1)
        for place, other, side in ((left, right, "after"), (right, left, "before")):
            if place is None or place.label_ not in {"Settlement", "Checkpoint"}:
                continue
            if other is not None:
                guessed = other.kb_id_ in {"ner", "context"} and (
                    other.label_ in {"Person", "Organization"} or (other.label_ == "Region" and _unknown(other.text))
                )
                if guessed and len(other) == 1 and other.text not in persons:
                    relabel[other.start] = place.label_
            elif side == "after" and tok.i + 1 < len(doc):
                span = _bare_name(doc, tok.i + 1, covered)
                if span is not None:
                    added.append(Span(doc, span.start, span.end, label=place.label_, kb_id="kind"))
    towns = {s.text for s in chosen if s.label_ == "Settlement" and s.kb_id_ not in {"ner", "context"}}
    for s in chosen:  # "Batken and Leilek districts" in a text naming the town of Batken: the town
        if s.kb_id_ == "kind" and s.label_ == "Region" and s.text in towns:
            relabel[s.start] = "Settlement"
    out = [Span(doc, s.start, s.end, label=relabel[s.start], kb_id="kind") if s.start in relabel else s for s in chosen]
    return sorted(out + added, key=lambda s: s.start)


def _unknown(name: str) -> bool:
    """No gazetteer knows ``name``: the NER's "region" for it is a default, not a reading."""
    return not is_known_place(name)


def _bare_name(doc: Doc, i: int, covered: set[int]) -> Span | None:
    """The one capitalised word at ``i`` no span covers and that ends its phrase, or None."""
    tok = doc[i]
    if i in covered or not _name_token(tok) or tok.pos_ != "PROPN":
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (_name_token(nxt) or nxt.pos_ in {"NOUN", "PROPN"} or nxt.lower_ in {"'s", "’s"}):
        return None
    return doc[i : i + 1]


#: Heads of a definite subject that name a crossing point; "point", "post" and "station" only after
#: a word that makes them one ("crossing point", "border post").
_CROSSING_HEADS = frozenset({"crossing", "checkpoint", "check-point"})
_CROSSING_POINTS = {"point": {"crossing", "control", "border"}, "post": {"border"}, "station": {"border"}}
#: Plurals of the heads above: "the busiest crossings were A and B".
_PLURAL_HEADS = {"crossings": "crossing", "checkpoints": "checkpoint", "points": "point", "posts": "post"}
_COPULAS = frozenset({"be", "remain"})
#: Lower-case levels after a place's name in a ranking: "B in Y province".
_LEVELS = frozenset({"province", "county", "district", "region", "oblast", "governorate"})


def copular_checkpoints(doc: Doc) -> list[Span]:
    """Checkpoint spans for names a copula gives a crossing: "The busiest border crossing was X",
    "the busiest crossings were X and Y", "X is the one crossing left open".

    One side is a crossing noun with a definite article, the verb is "be" or "remain", and the
    other side a capitalised proper name (its compound words in front included), which the NER
    reads as a town or a person from its letters alone; after a plural crossing noun, each name
    of the list.
    """
    out: list[Span] = []
    for verb in with_lemma(doc, _COPULAS):
        if verb.pos_ not in {"AUX", "VERB"}:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        complement = next((c for c in verb.children if c.dep_ == "attr"), None)
        if subject is None or complement is None or complement.i < verb.i:
            continue
        if _crossing_subject(subject):
            name, floor = complement, verb.i + 1
        elif _crossing_subject(complement) and complement.lower_ not in _PLURAL_HEADS:
            name, floor = subject, subject.left_edge.i  # "X is the one crossing left open"
        else:
            continue
        start = name.i
        while start > floor and (
            (doc[start - 1].dep_ == "compound" and _name_token(doc[start - 1]))
            or (start - 1 > floor and doc[start - 1].text == "-" and _name_token(doc[start - 2]))
        ):
            start -= 2 if doc[start - 1].text == "-" else 1  # "Kessel-Abad" is one name
        if subject.lower_ in _PLURAL_HEADS and name.i == complement.i:
            out += _listed_after(doc, start)
            continue
        span = doc[start : name.i + 1]
        if _name_token(name) and name.pos_ == "PROPN" and not state_key(span.text) and not is_known_place(span.text):
            out.append(Span(doc, span.start, span.end, label="Checkpoint"))
    return out


def ranked_checkpoints(doc: Doc) -> list[Span]:
    """Checkpoint spans for the names ranked after a crossing: "The busiest crossing was A, followed
    by B with 900 and C", "the most used was the A crossing point in X County, followed by B in Y
    County and C". The sentence must name a crossing before "followed by"."""
    out: list[Span] = []
    for tok in with_lower(doc, ("followed",)):
        if tok.i >= len(doc) - 2 or doc[tok.i + 1].lower_ != "by":
            continue
        sent = tok.sent if doc.has_annotation("SENT_START") else doc[:]
        if any(_crossing_noun(doc, t) for t in doc[sent.start : tok.i]):
            out += _listed_after(doc, tok.i + 2)
    return out


def _crossing_noun(doc: Doc, tok: Token) -> bool:
    """ "crossing", "checkpoint", or "point"/"post" after a word that makes it a crossing's."""
    low = tok.lower_
    if low in _CROSSING_HEADS:
        return True
    return tok.i > 0 and doc[tok.i - 1].lower_ in _CROSSING_POINTS.get(low, set())


def _listed_after(doc: Doc, i: int) -> list[Span]:
    """Checkpoint spans for "A, B and C" from ``i``, each name perhaps with its count or place ("A
    with 900 and B with 400", "A near Y and B on the border with Z"). A name that is a state or a
    known town's is no crossing's: the list goes on past it."""
    out: list[Span] = []
    while i < len(doc):
        end = _hyphenated_run_after(doc, i)
        if end == i or (end < len(doc) and doc[end].text[:1].isupper()):
            break
        name = doc[i:end]
        if not (state_key(name.text) or is_known_place(name.text)):
            out.append(Span(doc, i, end, label="Checkpoint", kb_id="kind"))
        j = end
        while (after := _said_of_crossing(doc, j)) > j:
            j = after
        k = j
        while k < len(doc) and doc[k].lower_ in _JOINS and k - j < 2:
            k += 1
        if k == j:
            break
        i = k
    return out


def _said_of_crossing(doc: Doc, j: int) -> int:
    """The end of what a list says of the crossing before ``j``: its count ("with 900"), its place
    ("in Y County", "near Y") or its border ("on the border with Z"); ``j`` when none."""
    if j + 1 >= len(doc):
        return j
    low = doc[j].lower_
    if low == "with" and doc[j + 1].like_num:
        return j + 2
    if low in {"in", "near"} and _name_token(doc[j + 1]):
        end = _run_after(doc, j + 1)
        return end + int(end < len(doc) and doc[end].lower_ in _LEVELS)
    words = [t.lower_ for t in doc[j : j + 4]]
    if low in {"on", "at", "along"} and words[1:] == ["the", "border", "with"] and j + 4 < len(doc):
        return max(_run_after(doc, j + 4), j + 4)
    return j


def _crossing_subject(tok: Token) -> bool:
    """ "the busiest border crossing", "the main crossing point", "the busiest crossings": a
    definite crossing noun."""
    low = _PLURAL_HEADS.get(tok.lower_, tok.lower_)
    if low not in _CROSSING_HEADS:
        modifiers = _CROSSING_POINTS.get(low, set())
        if not any(c.dep_ == "compound" and c.lower_ in modifiers for c in tok.children):
            return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
