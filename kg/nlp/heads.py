"""Span -> the ``kg:`` class its own words give it: "X Airport" is a place, "X University" a body.

The statistical NER reads a name from its context and often mislabels what the name itself says:
"Vessa Island" tagged ORG, "Holloway Cemetery" PERSON, a stadium or a river left out as FAC.
English names of places and institutions end in a head noun that says what they are (or open
with one before "of": "University of X", "Bay of X"), so the head decides the class. The lists
are short, general and by class; they name kinds of things, never particular ones.

The same words also tell what is no entity at all: "World War II", "the Middle Ages", "the
Tarn Film Festival Award" are events, periods and prizes, whatever the NER said.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.lexicon.head_first_bodies import opens_with_body_word
from kg.lexicon.names import NAME_PARTICLES, TITLE_WORDS

__all__ = [
    "AGENCY_CUES",
    "ALONE_GENERIC",
    "BODY_HEADS",
    "COUNCIL_HEADS",
    "FORCE_WORDS",
    "INNER_ORGS",
    "NOT_ENTITY_HEADS",
    "ORG_HEADS",
    "PLACE_HEADS",
    "PORTFOLIO_HEADS",
    "REGION_HEADS",
    "SITTING_HEADS",
    "STATE_HEADS",
    "county_named",
    "force_unit_area",
    "head_class",
    "head_runs",
    "hyphen_half",
    "is_name_word",
    "junk_words",
    "lower_half",
    "name_heads",
]

#: Words in an ORG name that make it a government body.
AGENCY_CUES = frozenset(
    [
        "ministry",
        "police",
        "guard",
        "guards",
        "service",
        "department",
        "office",
        "council",
        "committee",
        "commission",
        "army",
        "forces",
        "navy",
        "directorate",
        "bureau",
        "administration",
        "parliament",
        "government",
        "senate",
        "congress",
        "representatives",
        "court",
        "tribunal",
        "prosecutor",
        "kremlin",
    ]
) | frozenset({"embassy", "consulate", "assembly", "secretariat", "headquarters"})
#: Cue words added for a state's missions abroad, legislatures, secretariats and the staffs of
#: forces ("the Norlandic Embassy in X", "the National Assembly", "Defence Headquarters"): alone
#: after an article ("meetings of the Assembly") they stay common nouns, as they were.
ALONE_GENERIC = frozenset({"embassy", "consulate", "assembly", "secretariat", "headquarters"})
#: Heads that end a government body's name and never a person's ("Service Unit", not a Mr Unit):
#: a name ending in one is a state's body even where the NER said PERSON after a rank ("General").
BODY_HEADS = frozenset(
    {"ministry", "police", "directorate", "department", "bureau", "commission", "committee", "authority", "agency"}
    | {"unit", "office"}
    | {"command", "brigade", "forces", "force", "corps", "superintendency", "gendarmerie", "inspectorate"}
    | {"commissariat", "prefecture"}  # police or administrative bodies: "the General Commissariat for X"
    | {"battalion", "regiment"}  # a force's units: "the 48th Infantry Battalion"
    | {"taskforce", "squadron"}  # "the Major Fraud Taskforce", "the Coastal Patrol Squadron"
)
#: Heads of bodies that sit and meet: a title word before one qualifies it, it holds no office
#: ("the General Assembly", "the General Staff", "Supreme Council").
COUNCIL_HEADS = frozenset({"assembly", "council", "parliament", "congress", "senate", "secretariat", "staff"})
#: Heads of bodies that sit and decide, beyond the council heads: "the Lands Board", "the Islands Forum".
SITTING_HEADS = frozenset({"board", "tribunal", "chamber", "registry", "forum"})
#: Heads of natural and built places: water, land forms, routes, buildings and sites.
PLACE_HEADS = frozenset(
    {
        *("river", "lake", "sea", "ocean", "bay", "gulf", "strait", "straits", "channel", "canal", "creek"),
        *("falls", "lagoon", "harbour", "harbor", "reservoir", "coast", "beach", "delta", "waterfall"),
        *("island", "islands", "isle", "isles", "archipelago", "peninsula", "atoll", "reef", "cape", "point"),
        *("reefs", "atolls", "shoals", "lakes"),  # a group named as one place: "the X Reefs", "the Y Lakes"
        *("mountain", "mountains", "mount", "hill", "hills", "valley", "desert", "plateau", "plain", "plains"),
        *("forest", "park", "reserve", "canyon", "glacier", "volcano", "cliffs", "cave", "caves", "pass"),
        *("airport", "airfield", "stadium", "arena", "bridge", "port", "tunnel", "dam", "pier", "wharf"),
        *("road", "street", "avenue", "boulevard", "lane", "highway", "motorway", "expressway", "turnpike", "tube"),
        *("freeway", "parkway", "trail", "square", "plaza", "station", "terminal", "cemetery", "mall"),
        *("cathedral", "mosque", "temple", "synagogue", "minster", "abbey", "basilica", "chapel", "shrine"),
        *("palace", "castle", "fortress", "tower", "hotel", "theatre", "theater", "building", "center"),
        *("centre", "market", "bazaar", "monument", "memorial", "garden", "gardens", "zoo", "lighthouse"),
        *("hall", "house", "lodge"),
        *("st", "st.", "ave", "ave.", "blvd", "rd", "hwy"),
    }
)
#: Heads of states that are no ISO country: empires, kingdoms and the like ("the Songhai Empire").
STATE_HEADS = frozenset({"empire", "kingdom", "caliphate", "sultanate", "khanate", "tsardom", "emirate"})
#: Heads of administrative areas: "X County", "X District" (levels that are no state's own word).
REGION_HEADS = frozenset({"county", "district", "province", "region", "oblast", "prefecture", "borough"})
#: Place heads that are also common surnames: they type a span only where the NER did not say PERSON.
_SURNAME_HEADS = frozenset(
    {"hall", "house", "park", "hill", "street", "lane", "bay", "beach", "banks", "rivers", "castle", "tower", "cross"}
)
#: Heads of organizations: schools, firms, media, parties, clubs, churches, museums, charities
#: (schools, libraries, museums and institutes also in the languages whose names English keeps).
ORG_HEADS = frozenset(
    {
        *("university", "universiteit", "universität", "université", "universidad", "college", "school"),
        *("università", "universitat", "universitet", "uniwersytet", "hochschule", "école", "escuela", "colegio"),
        *("bibliotheek", "bibliothek", "bibliothèque", "biblioteca", "biblioteka", "museo", "musée", "muzeum"),
        *("instituut", "institut", "instituto", "istituto", "akademie", "académie", "academia"),
        *("academy", "institute", "institution", "library", "museum", "conservatory", "seminary"),
        *("company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "group"),
        *("holdings", "holding", "enterprises", "logistics", "shipping"),
        *("airlines", "airline", "airways", "bank", "motors", "industries", "technologies", "studios"),
        *("party", "church", "foundation", "association", "society", "federation", "league", "club"),
        *("union", "team", "orchestra", "trust", "fund", "charity", "network", "institutes"),
        *("times", "post", "herald", "journal", "gazette", "tribune", "telegraph", "news", "radio"),
        *("television", "tv", "broadcasting", "magazine", "press", "newspaper", "hospital", "clinic"),
    }
)
#: Heads of things that are no person, place or body: events, periods, prizes, works, laws.
NOT_ENTITY_HEADS = frozenset(
    {
        *("war", "wars", "revolution", "battle", "cyclone", "hurricane", "typhoon", "storm", "earthquake"),
        *("ages", "era", "period", "century", "dynasty", "festival", "olympics", "paralympics", "games"),
        *("award", "awards", "prize", "trophy", "medal", "cup", "championship", "championships"),
        *("treaty", "act", "accord", "agreement", "convention", "declaration", "manifesto", "doctrine"),
        *("theory", "syndrome", "disease", "virus", "statement", "communique", "communiqué"),
        *("summit", "summits"),  # a meeting of leaders is an event ("the Lima Summit"), not a body
    }
)
#: Heads of prizes, which name their field after "for" or "in" ("the X Award for Best Actress",
#: "the Y Prize in Economics"): the prize is no entity however the field's words end its name.
_PRIZE_HEADS = frozenset({"award", "awards", "prize", "prizes", "medal", "medals", "trophy"})
#: Heads of a vote, an event however it is capitalised ("the Presidential Election held on ..."),
#: unless the name is a body's "of" the vote ("the Directorate of Elections").
_VOTE_HEADS = frozenset({"election", "elections", "by-election", "by-elections", "referendum", "plebiscite"})
#: Last words of an office's domain that the NER reads as a person's name ("Foreign and Diaspora
#: Affairs", "Trade and Cooperation"): no personal name ends in one.
_DOMAIN_HEADS = frozenset({"affairs", "cooperation", "development", "trade", "relations"})
#: Leads before "of" that make a place ("Bay of X", "Cape of X") or a body ("University of X").
_PLACE_LEADS = frozenset({"bay", "gulf", "cape", "isle", "island", "islands", "lake", "sea", "strait", "port"})
_SETTLEMENT_LEADS = frozenset({"city", "town", "village"})
#: A capitalised "Municipality" is part of the unit's own name ("Municipality of X", "X Municipality"):
#: the administrative unit, a region of its state, not the town it is named after (which may lie in it).
_NAMED_UNITS = frozenset({"municipality"})
_ORG_LEADS = frozenset(
    {"university", "college", "school", "academy", "institute", "bank", "museum", "church", "society"}
)
#: Heads that come first in the languages that put them there: "Museo X", "Biblioteca X", "Université X".
_HEAD_FIRST_ORGS = frozenset(
    {"museo", "musée", "biblioteca", "bibliothèque", "universidad", "università", "universitat", "université"}
    | {"instituto", "istituto", "institut", "escuela", "école", "colegio", "academia", "académie", "escola"}
)
#: Institution nouns of languages that put an adjective before them and the city after:
#: "Vrije Universiteit X", "Freie Universität X", "Technische Hochschule X".
INNER_ORGS = _HEAD_FIRST_ORGS | {"universiteit", "universität", "hochschule", "uniwersytet", "universitet"}
#: Leads without "of": "Mount X", "Lake X", "Fort X".
_PLACE_PREFIXES = frozenset({"mount", "mt", "mt.", "lake", "fort", "cape", "isla", "isle", "port"})
#: Leads of British and Irish river names ("the River Tarrow"); "River" also opens given names, so
#: a span the NER read as a person keeps its reading.
_RIVER_LEADS = frozenset({"river"})

#: Offices whose "for" complement is the field they answer for, never the body they serve in:
#: "Minister for Border Security", "Commissioner for Refugees" (whereas "spokesman for the UN" names a body).
PORTFOLIO_HEADS = frozenset({"minister", "ministers", "secretary", "commissioner"})


#: Head words of a state's forces, whose territorial units take a level word after them ("the Varn
#: Home Guard District", "the Kelo Gendarmerie Region"): a closed class of kinds of force.
FORCE_WORDS = frozenset({"guard", "guards", "police", "army", "navy", "forces", "gendarmerie", "militia"})
FORCE_WORDS |= {"constabulary", "carabinieri"}


def county_named(words: Sequence[Token]) -> bool:
    """ "County Rathmoy", "County Dunlevin": Irish and some British usage writes the level word
    first, capitalised, before one or two capitalised name words; the whole is the county, a
    region, never a person, a town or a body ("County Hall", "County Council" and "County Sheriff"
    are a body's or an office's words)."""
    if not 2 <= len(words) <= 3 or words[0].text != "County":
        return False
    rest = words[1:]
    kinds = AGENCY_CUES | BODY_HEADS | COUNCIL_HEADS | SITTING_HEADS | ORG_HEADS | PLACE_HEADS | TITLE_WORDS
    return all(t.is_title and t.is_alpha and t.lower_ not in kinds for t in rest)


def force_unit_area(words: Sequence[Token]) -> bool:
    """A capitalised level word right after a force's head word ("Home Guard District", "Police
    Region"): the force's territorial unit, a body, never a district of the map."""
    return len(words) > 2 and words[-2].is_title and words[-2].lower_ in FORCE_WORDS and words[-1].is_title


def head_class(span: Span) -> str | None:
    """The class a name's words give ("Place", "Region", "Settlement", "State", "Organization"), or
    "None" for no entity at all, else None.

    Only a capitalised head counts ("Vessa Island", not "the lakes"); a PERSON span ending in a
    word that is also a surname ("Stuart Hall") keeps its reading.
    """
    words = [t for t in span if not t.is_punct]
    while words and words[-1].pos_ == "ADP" and words[-1].is_lower:
        words.pop()  # the model's span may run on into a preposition: "the General Elections on"
    if not words:
        return None
    if county_named(words):
        return "Region"
    if opens_with_body_word([t.text for t in words]):
        return "Organization"  # "Guardia Costera", "Prefectura de Frontera": the kind of body is written first
    head = words[-1]
    low = head.lower_
    if _capitalised(head) and len(words) > 1:
        if low in NOT_ENTITY_HEADS or (span.label_ == "PERSON" and low in _DOMAIN_HEADS):
            return "None"
        if low in _VOTE_HEADS and not any(t.lower_ in ("of", "for") for t in words):
            return "None"
        if low in REGION_HEADS:
            return "Organization" if force_unit_area(words) else "Region"
        if low in _NAMED_UNITS and not any(t.lower_ == "of" for t in words):
            return "Region"  # "X Municipality"; "the Election Committee of X Municipality" is a body
        if low in STATE_HEADS:
            return "State"
        if low in PLACE_HEADS and not (span.label_ == "PERSON" and low in _SURNAME_HEADS):
            return "Place"
        if low in ORG_HEADS or low in BODY_HEADS:
            return "Organization"
    if _prize_for(words):
        return "None"
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    if of is not None and of > 0 and _capitalised(words[0]):
        lead = words[of - 1].lower_
        if lead in _ORG_LEADS:
            return "Organization"
        if lead in _PLACE_LEADS:
            return "Place"
        if lead in _NAMED_UNITS:
            return "Region"
        if lead in _SETTLEMENT_LEADS:
            return "Settlement"
        if lead in STATE_HEADS:
            return "State"
        if lead in NOT_ENTITY_HEADS:
            return "None"
    if len(words) > 1 and words[0].lower_ in _PLACE_PREFIXES and _capitalised(words[0]):
        return "Place"
    if len(words) > 1 and words[0].lower_ in _RIVER_LEADS and words[0].is_title and span.label_ != "PERSON":
        return "Place"
    if len(words) > 1 and words[0].lower_ in _HEAD_FIRST_ORGS and _capitalised(words[0]):
        return "Organization"
    if any(w.lower_ in INNER_ORGS and w.is_title for w in words[1:-1]):
        return "Organization"  # "Vrije Universiteit X": the institution noun inside, the city last
    return None


def _prize_for(words: list[Token]) -> bool:
    """A capitalised prize head after the name's first word, then "for" or "in" and a capitalised
    field: "the Tarn Award for Best Actor", "the Vell State Prize in Physics"."""
    return any(
        _capitalised(words[i]) and words[i].lower_ in _PRIZE_HEADS and words[i + 1].lower_ in {"for", "in"}
        for i in range(1, len(words) - 2)
    ) and _capitalised(words[-1])


def _capitalised(tok: Token) -> bool:
    return tok.is_title or (tok.is_upper and len(tok) > 1)


def is_name_word(tok: Token) -> bool:
    """A word that may stand inside a name: capitalised, a number, a short function word, or the
    lower-case half of a capitalised word joined by a hyphen ("Jae-won", "Mei-ling")."""
    return (
        not tok.is_alpha
        or not tok.is_lower
        or tok.is_stop
        or len(tok) <= 3
        or tok.lower_ in NAME_PARTICLES
        or hyphen_half(tok)
    )


def hyphen_half(tok: Token) -> bool:
    """The word after a hyphen that joins it, unspaced, to a capitalised word: "won" of "Jae-won"."""
    if tok.i < 2:
        return False
    dash, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return dash.text == "-" and not dash.whitespace_ and not first.whitespace_ and first.is_title


def lower_half(tok: Token) -> bool:
    """A hyphen's half in lower case, "ling" of "Mei-ling": a romanised given name's second half,
    which runs of capitalised name words would otherwise stop before."""
    return tok.is_lower and tok.is_alpha and hyphen_half(tok)


def junk_words(span: Span) -> bool:
    """A lower-case content word inside the span: a clause or phrase, not a name.

    Names capitalise their words except short function words and particles ("Bay of Tarn",
    "Leonardo da Vinci"); "Byron composed Thyrza" or "Digital humanities training" is a phrase
    the NER ran over.
    """
    return any(not is_name_word(t) for t in span)


_ALL_HEADS = PLACE_HEADS | REGION_HEADS | STATE_HEADS | ORG_HEADS
_LEADS = _PLACE_LEADS | _SETTLEMENT_LEADS | _NAMED_UNITS | _ORG_LEADS | STATE_HEADS
_MAX_WORDS = 4


def _modifier(tok: Token) -> bool:
    """A word of a name before its head: capitalised, not a function word, not a verb."""
    return _capitalised(tok) and tok.is_alpha and not tok.is_stop and tok.pos_ not in {"VERB", "AUX"}


def head_runs(doc: Doc) -> list[Span]:
    """Names the NER missed, found by their head: "Ostrava Airport", "Ruritanian Library", "Bay of Tarn".

    A run of capitalised words ending in a capitalised head noun, or a capitalised lead, "of",
    and capitalised words. A run that opens a sentence needs two words before its head, so a
    headline's "Floods Close Airport" is not read as a name.
    """
    out: list[Span] = []
    for tok in doc:
        if not _capitalised(tok):
            continue
        first = _head_first_end(doc, tok.i)
        if first > tok.i + 1:  # "Gendarmería Nacional": the kind of body comes first, in a masthead too
            out.append(Span(doc, tok.i, first))
            continue
        if tok.i == 0:
            continue
        low = tok.lower_
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and _capitalised(nxt) and nxt.is_alpha and not nxt.is_sent_start:
            continue  # the name goes on past this word ("Joint Press Briefing"): its head is unknown
        start = tok.i
        if low in _ALL_HEADS:
            while (
                start > 0 and tok.i - start < _MAX_WORDS and _modifier(doc[start - 1]) and not doc[start].is_sent_start
            ):
                start -= 1
        if start < tok.i and not (doc[start].is_sent_start and tok.i - start < 2):
            out.append(Span(doc, start, _of_tail(doc, tok.i + 1)))
        elif low in _LEADS and _of_tail(doc, tok.i + 1) > tok.i + 1:
            out.append(Span(doc, tok.i, _of_tail(doc, tok.i + 1)))
    return out


def _head_first_end(doc: Doc, i: int) -> int:
    """End of a body's name that opens with its kind at ``i`` and is qualified by capitalised words
    after it, across name particles ("Guardia di Finanza", "Bundespolizeidirektion X"); ``i + 1``
    when the word opens no such name."""
    if not (doc[i].is_title and opens_with_body_word([doc[i].text])):
        return i + 1
    end = i + 1
    while end < len(doc) and end - i <= _MAX_WORDS:
        tok = doc[end]
        if tok.ent_type_ == "PERSON" or tok.lower_ in TITLE_WORDS:
            break  # "Garda Commissioner Jo Roe": an office and its holder follow the body's name
        if _modifier(tok) and not tok.is_sent_start:
            end += 1
        elif tok.lower_ in NAME_PARTICLES and end + 1 < len(doc) and _modifier(doc[end + 1]) and end > i:
            end += 2
        else:
            break
    return end


def _of_tail(doc: Doc, i: int) -> int:
    """End of an "of (the) Name" that continues a name at token ``i`` ("Museum" + "of Modern Art")."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return i
    j = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    end = j
    while end < len(doc) and end - j < 3 and _modifier(doc[end]):
        end += 1
    return end if end > j else i


def name_heads(span: Span) -> frozenset[str]:
    """The words that may head a body's name, in lower case: its last word ("Border Guard Forces",
    "the Republic of X Marine Corps") and the capitalised word before its complement ("Authority"
    of "Public Authority for Pensions", "Inspectorate" of "the Inspectorate for Mine Safety")."""
    heads = {span[-1].lower_}
    for tok in span[1:]:
        if tok.lower_ in {"of", "for"} and tok.is_lower:
            prev = span.doc[tok.i - 1]
            if prev.is_title:
                heads.add(prev.lower_)
            break
    return frozenset(heads)
