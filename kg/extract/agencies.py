"""(agency span, linked places) -> Linked: a government body's key, name and the body it belongs to.

Generic names ("the interior ministry", "Border Guard", "the government") are qualified by a
state: the one that modifies them ("Polish", "Poland's"), an "of Y" after them, or else the state
the document is about. Proper names ("Border Guard Bangladesh", "Autonomous Bougainville
Government", "Arakan Army") stay themselves; a state or region inside such a name is its parent.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.above_states import above_states
from kg.extract.attacker_sides import attacker_demonym
from kg.extract.body_heads import body_head
from kg.extract.envoys import envoy_state
from kg.extract.federal_bodies import federal_owner
from kg.extract.links import Linked, mk
from kg.extract.masthead_home import masthead_home
from kg.extract.publisher_owner import BODY_WORDS
from kg.extract.publisher_state import doc_publisher, publisher_state
from kg.extract.side_sentences import acting_side, side_opening
from kg.extract.speaker_states import our_speakers_state, speakers_state
from kg.extract.turn_labels import asked_at, speaker_at
from kg.lexicon.gazetteer import (
    Place,
    capital_of,
    region_for,
    settlement_for,
    state_code,
    state_for_demonym,
    state_name,
    state_slug,
    subdivision_for,
    territory_for,
)
from kg.lexicon.names import entity_key, slugify, strip_the
from kg.nlp.components import SPANS_KEY
from kg.nlp.doctext import doc_text
from kg.nlp.patterns import AGENCY_HEADS, MINISTRY_DOMAINS
from kg.nlp.unit_names import force_unit
from kg.reference.tables import city_countries

__all__ = ["headline_home", "link_agency"]

#: Words that make a ministry's domain word ("foreign") name a ministry rather than a service.
_MINISTRY_NOUNS = frozenset({"ministry", "department", "office", "secretariat"})
#: Words of a body only a state has: a capital's possessive before one stands for that state.
_STATE_MINISTRY = frozenset({"ministry", "ministries"})
#: Capitalised modifiers that leave a body's name generic: "the State Border Service".
_GENERIC = frozenset({"state", "national", "federal", "central", "royal", "the", "of", "and", "local"})
#: First words that make a body's own name a state's: "National Fisheries Service", "Federal Rail Police".
_NATIONAL = frozenset({"national", "federal", "state"})
#: Heads of names that armed groups share with state forces: "X Army" is a group unless X is a state.
_ARMED = frozenset({"army", "forces", "front", "militia", "brigade", "brigades"})
#: First words of the names of bodies above states: such a body is no one state's ("European Commission").
_ABOVE_STATES = frozenset(
    {"international", "multinational", "intergovernmental", "world", "global", "united", "european", "african"}
    | {"asian", "american", "arab", "nordic", "pan", "inter"}
)
#: Head nouns of a state body's own name: offices, courts, forces and services ("the Civil Guard").
_STATE_BODY_HEADS = (
    BODY_WORDS
    | {"court", "tribunal", "force", "corps", "guard", "police", "authority", "command", "unit", "institute"}
    | {"board"}  # "the Customs and Excise Board", "the Roads Board": a board a state sets up
    | {
        "bureau",
        "inspectorate",
        "headquarters",
    }
    | {"division", "district", "area", "detachment", "sector"}  # units of a force: "the Varn Border Guard Division"
)
#: Words of news outlets' names, which the model may take for a body's ("the Bay News Agency").
_MEDIA = frozenset({"news", "press", "media", "broadcasting", "radio", "television"})
#: The end of a sentence inside a paragraph.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")
#: Words before a state that make it the other side ("against Y", "from Y"), not the owner.
_COUNTERPART = frozenset({"against", "from", "with", "across", "by"})
#: Nouns of a text's genre whose "by" names its author, not the other side ("Statement by X").
_AUTHORED = frozenset({"statement", "remark", "speech", "address", "message", "declaration", "communique", "letter"})
#: Verbs of going far, and of only trying to: "people trying to reach Y" were stopped short of Y
#: ("attempting to enter Y" is said by Y's own guards, at its border).
_GOING = frozenset({"reach"})
_TRYING = frozenset({"try", "attempt", "seek"})


def link_agency(span: SpacySpan, links: list[Linked]) -> Linked:
    """A ministry or security body, qualified by the state, region or body it belongs to."""
    low = [t.lower_ for t in span]
    domain = None
    if _MINISTRY_NOUNS.intersection(low):
        domain = next((MINISTRY_DOMAINS[w] for w in low if w in MINISTRY_DOMAINS), None)
    head = " ".join(w for w in low if w != "the")
    inside = _inside_parent(span, links)
    if not domain and _proper(span, inside):
        name = strip_the(span.text)
        home = _proper_parent(span, links, inside)
        # "the Sixth Armoured Brigade" is a state's unit, and "the Ministry of the Armed Forces" a
        # ministry: only a name the armed word heads ("X Army", "the Army of X") may be a group's
        armed = body_head([w for w in low if w not in {"the", "-"}]) in _ARMED and not force_unit(span)
        if armed and not (home and home.startswith("state/") and _named_by_state(span, links, inside)):
            # "Kachin Independence Army": an armed group, no part of any government ("Norland Defence
            # Forces", "the Norlandic Defence Forces", named by their state, are that state's)
            return mk(span, "Organization", entity_key("Organization", name), name)
        canon = next((v for k, v in AGENCY_HEADS.items() if head.endswith(k)), "")
        if canon and inside and inside[0].startswith("state/") and state_code(name[: -len(canon)].strip()):
            # "United States Air Force": the state's name and a generic head, the body "the Air Force" is
            code = inside[0][6:]
            return mk(
                span,
                "Agency",
                f"agency/{slugify(canon)}-{state_slug(code)}",
                f"{canon} of {inside[1]}",
                parent=inside[0],
            )
        home = (
            _state_of_unnamed_region(inside, links)
            or home
            or _seat_town_state(span, links)
            or masthead_home(span, links)  # "Office of the Prime Minister" / "Government House, Capital"
            or _context_home(span, links)
        )
        if home and home.startswith("state/") and not inside:
            # "the Brazilian Air Force", "the Nigerian Air Force", "the Constitutional Court" of the
            # story's state: a name many states give their own body is one node per state, as a
            # generic name is
            after = _owner_after(span, links)
            shown = f"{name} of {after.name}" if after is not None and after.key == home else name
            return mk(span, "Agency", f"agency/{slugify(name)}-{state_slug(home[6:])}", shown, parent=home)
        after = _owner_after(span, links)
        if home and home.startswith("region/") and not inside and after is not None and after.key == home:
            # "the Customs Service of X", X a dependent territory: the territory's own body, one node per
            # territory as a state's body is one per state
            return mk(
                span, "Agency", f"agency/{slugify(name)}-{slugify(after.name)}", f"{name} of {after.name}", parent=home
            )
        return mk(span, "Agency", entity_key("Agency", name), name, parent=home)
    generic = True
    if domain:
        canon = f"{domain} Ministry"
    else:
        canon = next((v for k, v in AGENCY_HEADS.items() if head.endswith(k)), "")
        generic = bool(canon)
        canon = canon or strip_the(span.text)
    seat = _seat_state(span, links)  # "the 4th Military Region in X": X's state, whoever is named nearer
    parent = (seat, state_name(seat[6:])) if seat is not None else _qualifier(span, links, context=generic)
    if generic and inside is not None and inside[0].startswith("state/") and not _modifier_state(span, links):
        parent = inside  # "the Tarnia Armed Forces": the state's name before a generic head is its owner
    if parent is None:
        # "the Counter-Narcotics Service", "the Tarnian Migration Institute": a body's own name,
        # no generic one, is still the body of the state its words or its text make plain
        # "the Tarnia People's Defence Force": the state its own name holds, before any context; not
        # the state a body above states works in ("the United Nations Mission in Y")
        named = inside[0] if inside is not None and inside[0].startswith("state/") and _owns(span) else None
        home = (
            None if generic else (named or _demonym_inside(span) or _demonym_word(span) or _context_home(span, links))
        )
        if home is not None and home.startswith("state/") and not named and not _demonym_word(span):
            # "the National Assembly" of the story's state: one node per state, as a generic name
            # is, or two states' assemblies named in two documents would be one body of both
            return mk(span, "Agency", f"agency/{slugify(canon)}-{state_slug(home[6:])}", canon, parent=home)
        return mk(span, "Agency", entity_key("Agency", canon), canon, parent=home)
    key, pname = parent
    slug = state_slug(key[6:]) if key.startswith("state/") else slugify(pname)
    shown = canon if force_unit(span) else f"{canon} of {pname}"  # "the 7th Rifle Brigade" is its own name
    return mk(span, "Agency", f"agency/{slugify(canon)}-{slug}", shown, parent=key)


def _owns(span: SpacySpan) -> bool:
    """The state inside the body's name owns it: no word of bodies above states opens the name and
    no "in", "for" or "to" puts the state after it as the place the body works in."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return bool(words) and words[0] not in _ABOVE_STATES and not {"in", "for", "to", "on"} & set(words)


def _state_of_unnamed_region(inside: tuple[str, str] | None, links: list[Linked]) -> str | None:
    """The state of the province a body's name holds ("the Varna Provincial Police Command") when
    the text names that state but not the province: the province is no node of the text, so the
    body is the state's. None otherwise."""
    if inside is None or not inside[0].startswith("region/") or any(lk.key == inside[0] for lk in links):
        return None
    codes = {lk.key[6:] for lk in links if lk.type == "State" and lk.key.startswith("state/")}
    place = subdivision_for(inside[1], codes)
    return f"state/{place.country}" if place is not None and place.key == inside[0] else None


def _named_by_state(span: SpacySpan, links: list[Linked], inside: tuple[str, str] | None) -> bool:
    """The state is in the name ("Norland Defence Forces") or right before it ("the Norlandic ...")."""
    if inside and inside[0].startswith("state/"):
        return True
    if _opening_demonym(span) is not None:
        return True  # "the Sri Lankan Army": a demonym of several words the name kept
    return _modifier_state(span, [lk for lk in links if lk.end <= span.start_char]) is not None


def _opening_demonym(span: SpacySpan) -> str | None:
    """The state key of a demonym of two or three words opening the name ("Central African", "Sri
    Lankan"), which the tagger keeps inside a name where it splits a one-word demonym off ("Norlandic")."""
    words = [t.text for t in span if t.lower_ != "the"]
    return next(
        (key for size in (3, 2) if len(words) > size and (key := state_for_demonym(" ".join(words[:size])))), None
    )


def _proper_parent(span: SpacySpan, links: list[Linked], inside: tuple[str, str] | None) -> str | None:
    """The state a body with a name of its own belongs to: named inside it ("Border Guard Norland"),
    before it ("Norland's Revenue Authority", "the Norlandic Air Force"), after it ("the Ministry of
    Regional Cooperation of Norland"), or, for a name that opens with "National", "Federal" or
    "State", the state its sentence or paragraph names, else the one the document is filed from
    or is about.
    """
    if inside:
        return inside[0]
    direct = _modifier_state(span, [lk for lk in links if lk.end <= span.start_char])
    if direct:
        return direct[0]
    owner = _owner_after(span, links, _OWNER_TYPES)
    if owner is not None:  # "the Ministry of Regional Cooperation of X", "the Fisheries Council of the Y Union"
        return owner.key
    opening = _opening_demonym(span)
    if opening is not None:
        return opening
    first = next((t for t in span if t.lower_ != "the"), None)
    if first is not None and first.lower_ in _NATIONAL:
        # a speaker's "Our State Tax Committee" is the state of the speaker's own words first, and
        # a body said to be one side of the frontier ("the Y side, the National Roads Office, ...") is Y's
        side = _side_state(span) or acting_side(span)
        home = (
            ((side, state_name(side[6:])) if side is not None else None)
            or _sentence_state(span, links)
            or _paragraph_state(span, links)
            or _turn_state(span, links)
            or _filed_from(span.doc, links)
            or _dominant_state(span.doc, links)
        )
        # "the Federal Office for X" of a federation the text names, not of its unitary neighbour
        return federal_owner(span, _view(span.doc, links).states, home[0] if home else None) or (
            home[0] if home else None
        )
    return None


#: Owners a body with a name of its own may name after its "of": a state, or a body above states
#: ("the Fisheries Council of the Tarn Union" is the union's organ, no state's).
_OWNER_TYPES = frozenset({"State", "Organization"})


def _owner_after(span: SpacySpan, links: list[Linked], types: frozenset[str] = frozenset({"State"})) -> Linked | None:
    """The state, dependent territory (or other owner of ``types``) named right after the body's
    name and "of" ("... of the X"), or None."""
    doc = span.doc
    of = _of_after(span)
    if of is None:
        return None
    reach = doc[of + 1].idx + 6  # "of X", "of the X"
    i = bisect_left(links, doc[of + 1].idx, key=lambda lk: lk.start)
    first = links[i] if i < len(links) else None
    if first is None or first.start > reach:
        return None
    return first if first.type in types or (first.type == "Region" and territory_for(first.name)) else None


def _of_after(span: SpacySpan) -> int | None:
    """The index of the "of" right after the body's name, past its short form in brackets ("the Roads
    Authority (RA) of X" names its owner as "the Roads Authority of X" does), with a word after it."""
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        i += 3
    return i if i + 1 < len(doc) and doc[i].lower_ == "of" else None


def _context_home(span: SpacySpan, links: list[Linked]) -> str | None:
    """The state a body with a name of its own and no owner in view belongs to, if plain.

    A demonym of several words in the name decides ("the South African Police Service"); a name
    after a world region or a continent ("the Gulf Maritime Council") is no one state's; then
    the place the name opens with ("the Edirne Provincial Gendarmerie Command"), else the state
    the text is plainly about. The key of a body given a state this way names the state: two
    states' "National Assembly" in two documents are two nodes.
    """
    if not _one_states_name(span):
        return None
    named = _demonym_inside(span)
    if named is not None:
        return named
    if above_states(strip_the(span.text).split()):
        return None  # "the Gulf Maritime Council": its member states share it
    view = _view(span.doc, links)
    opening = _opening_place(span, view.places)
    if opening is not None:
        return opening if opening in view.states else None
    home = _side_state(span) or acting_side(span) or _places_state(span, view) or _people_story(span)
    turn = _turn_state(span, links)
    home = home or (turn[0] if turn is not None else None) or view.home
    return federal_owner(span, view.states, home) or home  # "the Federal Office for X": a federation's


def _turn_state(span: SpacySpan, links: list[Linked]) -> tuple[str, str] | None:
    """(key, name) of the state of the transcript speaker whose turn names the body, when the label
    or the speaker's introduction gives one ("PRESIDENT ROE:" after "Jo Roe, President of X"): a
    head of state or minister answering at a joint press conference speaks of their own state's
    bodies, whoever published the transcript."""
    key = speakers_state(span.doc, span.start_char, links, None)
    return (key, state_name(key[6:])) if key is not None and key.startswith("state/") else None


def _people_story(span: SpacySpan) -> str | None:
    """The state whose people open the body's paragraph as its subject: in a bulletin, "Norlanders
    vote on Sunday ... The Electoral Office says ..." is Norland's story, whatever state the
    bulletin's other stories name most."""
    doc = span.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not doc.has_annotation("SENT_START"):
        return None
    opening = first[0].sent
    if opening.start >= span.start:
        return None  # the body opens its paragraph: no story before it
    people = [t for t in opening if t.dep_ == "nsubj" and t.tag_ in {"NNPS", "NNS"} and state_for_demonym(t.text)]
    return state_for_demonym(people[0].text) if len(people) == 1 else None


def _places_state(span: SpacySpan, view: _DocView) -> str | None:
    """The one state the provinces of the body's own sentence lie in, if the text names it (towns
    share names across borders; a province the other side's, "from Y province", does not count).

    A story of a conflict may name the other side most, yet "the Fourth Army Area moved families
    out of X province" tells whose command it is by the province.
    """
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    i = bisect_left(view.placed, (sent.start_char, ""))
    j = bisect_left(view.placed, (sent.end_char, ""), lo=i)
    found = {key for start, key in view.placed[i:j] if start != span.start_char}
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class _DocView:
    """What every body of a document reads alike: its states, its places by name, its plain home."""

    states: frozenset[str]
    places: dict[str, list[Linked]]
    home: str | None
    filed: str | None  # the dateline's or headline's state, which ranks above how often a state is named
    placed: list[tuple[int, str]]  # (start, state key) of each province of a named state, in order


def _view(doc: Doc, links: list[Linked]) -> _DocView:
    """The document's :class:`_DocView`, computed once per list of links (bodies are linked in one pass)."""
    cached = doc.user_data.get("kg_body_view")
    if cached is not None and cached[0] is links and cached[1] == len(links):
        return cached[2]  # type: ignore[no-any-return]
    places: dict[str, list[Linked]] = {}
    for lk in links:
        if lk.type in {"Settlement", "Region"}:
            for form in {lk.text, lk.name}:
                places.setdefault(form, []).append(lk)
    states = frozenset(lk.key for lk in links if lk.type == "State")
    codes = {key[6:] for key in states if key.startswith("state/")}
    placed = sorted(
        (lk.start, f"state/{place.country}")
        for lk in links
        if lk.type == "Region"
        and (place := subdivision_for(lk.name, codes)) is not None
        and f"state/{place.country}" in states
        and not _counterpart(doc, lk)
    )
    # where a text is filed from outranks how often it names a state: a town's own police briefing
    # names the neighbour it deals with more often than its own state
    # and who published it outranks its headline: a readout's headline names the visiting side
    named = states | _states_in_bodies(doc)
    filed = _dateline_home(doc, links, named) or publisher_state(doc_publisher(doc), named) or headline_home(doc, links)
    view = _DocView(states, places, filed or _clear_home(doc, links), filed, placed)
    doc.user_data["kg_body_view"] = (links, len(links), view)
    return view


def _states_in_bodies(doc: Doc) -> frozenset[str]:
    """Keys of the states named inside the text's bodies' names ("CABO VERDE COAST GUARD" heading a
    release): the text names them, though as mentions they are linked only after the bodies are.
    A dateline's capital or a publisher of that state says whose the text's other bodies are."""
    found: set[str] = set()
    for span in doc.spans.get(SPANS_KEY, ()):
        if span.label_ != "Agency":
            continue
        for size in (3, 2, 1):
            for i in range(len(span) - size + 1):
                code = state_code(span[i : i + size].text)
                if code:
                    found.add(f"state/{code}")
    return frozenset(found)


def _demonym_inside(span: SpacySpan) -> str | None:
    """The state a demonym of two or three words inside the name names ("South African", "Sri Lankan")."""
    words = [t.text for t in span]
    for size in (3, 2):
        for i in range(len(words) - size + 1):
            key = state_for_demonym(" ".join(words[i : i + size]))
            if key:
                return key
    return None


def _demonym_word(span: SpacySpan) -> str | None:
    """The state a one-word demonym inside the name names ("the Tarnian Migration Institute")."""
    return next((key for t in span if t.is_title and (key := state_for_demonym(t.text))), None)


def _one_states_name(span: SpacySpan) -> bool:
    """A name only one state's body bears, whose state the story leaves to its context.

    Courts, commands, services and offices go by their own names ("the Constitutional Court",
    "the Joint Operations Command"), and so does a body called national, federal or of the state
    whatever its head ("the National Assembly", "the National Gendarmerie"): two or more words,
    not a well-known international body, no other body's acronym ("ECOWAS Commission", though a
    masthead wholly in capitals on its own line has none), not
    opening with a word of bodies above states ("International", "European", "World") and no
    word of a news outlet's name.
    """
    words = [t for t in span if t.lower_ not in {"the", "-"}]
    if len(words) < 2 or words[0].lower_ in _ABOVE_STATES or any(t.lower_ in _MEDIA for t in words):
        return False
    head = body_head([t.lower_ for t in words])
    if head not in _STATE_BODY_HEADS and words[0].lower_ not in _NATIONAL:
        return False  # "the Congress of Arts and Sciences": a gathering, not a state's body
    if all(t.is_upper or not t.is_alpha for t in words) and _whole_line(span):
        return True  # a masthead in capitals ("OFFICE OF THE PRESIDENT"): no word of it is an acronym
    return not any(len(t.text) > 1 and t.is_upper and not state_code(t.text) for t in words)


def _whole_line(span: SpacySpan) -> bool:
    """The span is all its line holds: a masthead, not a fragment of a script cue or a cut name."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return not text[start : span.start_char].strip() and not text[span.end_char : None if end < 0 else end].strip()


def _opening_place(span: SpacySpan, places: dict[str, list[Linked]]) -> str | None:
    """For a name that opens with a place the text names, the state key of that place ("" when
    the gazetteers do not know it); None when the name opens with no such place.

    "the Edirne Provincial Gendarmerie Command" in a text naming Edirne is the Turkish body,
    whichever state the story names most; a regional administration whose region no table
    places belongs to no state the story could guess. A word that is a town only by chance
    ("Police") is no place the text names. ``places``: the text's places by name and text.
    """
    words = strip_the(span.text).split()
    for n in range(1, len(words)):
        prefix = " ".join(words[:n])
        found = [lk for lk in places.get(prefix, ()) if lk.start != span.start_char]
        if found:
            place = settlement_for(found[0].name) or region_for(found[0].name)
            place = place or settlement_for(found[0].text) or region_for(found[0].text)
            return f"state/{place.country}" if place is not None and place.country else ""
    return None


def _proper(span: SpacySpan, inside: tuple[str, str] | None) -> bool:
    """A name of its own: capitalised words beyond its head, none a demonym or generic modifier.

    "Arakan Army" and "Autonomous Bougainville Government" are proper; "the State Border
    Service", "the Papua New Guinea government" (lower-case head) and "Polish Army" are not.
    """
    # a hyphen joins two capitalised halves of one modifier ("the Prince-Bishopric Border Guard"): no word of its own
    words = [t for t in span if t.lower_ not in {"the", "of", "and"} and t.text != "-"]
    if len(words) < 2 or (not words[-1].is_title and not words[-1].is_upper):
        return False
    low = " ".join(t.lower_ for t in span if t.lower_ != "the")
    suffix = max((len([w for w in k.split() if w != "of"]) for k in AGENCY_HEADS if low.endswith(k)), default=1)
    mods = [t for t in words[:-suffix] if t.lower_ not in _GENERIC]
    if not mods or any(state_for_demonym(t.text) for t in mods):
        return False
    if inside is not None and inside[0].startswith("state/") and len(mods) == len(_state_tokens(span)):
        return False  # "Kenya Police": only a state's name before the head is the state's body
    return all(t.is_title or t.is_upper for t in mods)


def _state_tokens(span: SpacySpan) -> list[int]:
    return [t.i for t in span if state_code(t.text)]


def _inside_parent(span: SpacySpan, links: list[Linked]) -> tuple[str, str] | None:
    """A state or region named inside the span: "Border Guard Bangladesh" -> Bangladesh, "the
    Republic of X Marine Corps" -> X (a state's name may hold an "of": only its whole name is one)."""
    territory = _territory_inside(span)
    if territory is not None:
        return territory.key, territory.name
    codes = {lk.key[6:] for lk in links if lk.type == "State"}
    words = [t for t in span if t.lower_ not in {"the", "of"}]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            part = words[i : i + size]
            text = span.doc[part[0].i : part[-1].i + 1].text
            code = state_code(text)
            if part[-1].i - part[0].i != size - 1:
                if code:
                    return f"state/{code}", state_name(code)
                continue
            if code:
                return f"state/{code}", state_name(code)
            region = subdivision_for(text, codes) if text[:1].isupper() else None
            if region is not None:
                return region.key, region.name
    return None


def _territory_inside(span: SpacySpan) -> Place | None:
    """The dependent territory a body's own name holds ("the Royal X Police"), whether or not the
    text names its state: ISO 3166-1 names of territories are no other place's."""
    words = [t for t in span if t.lower_ != "the"]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            part = words[i : i + size]
            if part[-1].i - part[0].i == size - 1 and all(t.is_title for t in part):
                found = territory_for(span.doc[part[0].i : part[-1].i + 1].text)
                if found is not None:
                    return found
    return None


def _qualifier(span: SpacySpan, links: list[Linked], *, context: bool = True) -> tuple[str, str] | None:
    """(key, name) of what qualifies an agency name, from its words or (if ``context``) around it.

    A demonym or state name right before the name decides first ("the Polish Border Guard",
    "Chadian police"), whatever other state the sentence names; only a generic name ("the
    border guard", "Interior Ministry") takes the state of its sentence, or else the state the
    document names most: "the ministry" of a press release from one capital is that state's,
    even when the sentence before named the state it accuses. A transcript speaker's "our
    Coast Guard" is the speaker's state's (:mod:`kg.extract.speaker_states`) before the sentence's.
    """
    doc = span.doc
    prior = [lk for lk in links if lk.end <= span.start_char]
    nxt = [lk for lk in links if lk.start >= span.end_char]
    direct = _modifier_state(span, prior)
    if direct:
        return direct
    # an owner after the name, past its initials too: "the Roads Board of X", "the Roads Board (RB) of X"
    of = _of_after(span)
    if of is not None and nxt:
        first = nxt[0]
        if first.start <= doc[of + 1].idx + 6 and first.type in {"State", "Region", "Organization"}:
            return first.key, first.name
    town = _town_after(span, nxt, links)
    if town is not None:
        return town
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
        return None  # "Sunrise Defence Forces" is a name of its own, not one state's forces
    filed = _filed_from(doc, links)
    spoken = our_speakers_state(span, links, filed[0] if filed else None)
    if spoken is not None:  # "our Ministry of Interior" in a speaker's turn: the speaker's state's
        return spoken, state_name(spoken[6:])
    side = _side_state(span) or acting_side(span)
    if side is not None:  # "On the Varnian side, the police said ...": that side's police
        return side, state_name(side[6:])
    view = _view(doc, links)
    placed = _places_state(span, view)  # "the crossing in the X region reopened, the ministry said"
    home = (
        _sentence_state(span, links)
        or ((placed, state_name(placed[6:])) if placed is not None else None)
        or _paragraph_state(span, links)
        or _turn_state(span, links)
        or _filed_from(span.doc, links)
        or _dominant_state(span.doc, links)
    )
    federal = federal_owner(span, view.states, home[0] if home else None)  # "the Federal Police": a federation's
    return (federal, state_name(federal[6:])) if federal is not None else home


def _numbered(span: SpacySpan) -> bool:
    """A body whose name opens with an ordinal in figures: "the 4th Military Region"."""
    first = span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]
    return first.text[:1].isdigit()


def _seat_state(span: SpacySpan, links: list[Linked]) -> str | None:
    """The state of the town right after a numbered command and "in" ("the 4th Military Region in
    X"), when GeoNames puts the town in one of the states the text names or evokes (a demonym
    counts), or its namesake there is ten times as big as any other's.

    A command sits in its own state, however often the text names the other side.
    """
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
        return None
    town = next((lk for lk in links if lk.start == doc[span.end + 1].idx), None)
    if town is None or town.type != "Settlement":
        return None
    if not _numbered(span):
        return None
    states = {lk.key for lk in links if lk.type == "State"}
    sizes = sorted(
        ((size, f"state/{code}") for code, size in city_countries(town.name).items() if f"state/{code}" in states),
        reverse=True,
    )
    if not sizes or (len(sizes) > 1 and sizes[0][0] < 10 * sizes[1][0]):
        return None  # a town of that name in two of the text's states, neither plainly the one
    return sizes[0][1]


def _town_after(span: SpacySpan, nxt: list[Linked], links: list[Linked]) -> tuple[str, str] | None:
    """(key, name) of the state of the town right after the body and "in": "the Ministry of
    Foreign Affairs in X" is the ministry of X's state, whichever state the sentence names nearer.

    Only a state the text names or evokes by its demonym counts (a state's own communique may call
    its people "the Norlandic people" and never name the state), and only when GeoNames puts the
    town in just one of them.
    """
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in" or not nxt:
        return None
    town = nxt[0]
    if town.type != "Settlement" or town.start != doc[span.end + 1].idx:
        return None
    countries = city_countries(town.name)
    for kinds in ({"name"}, {"name", "demonym"}):  # a state named first, one only evoked when none is
        named = {lk.key: state_name(lk.key[6:]) for lk in links if lk.type == "State" and lk.kind in kinds}
        owners = sorted(key for code in countries if (key := f"state/{code}") in named)
        if owners:
            return (owners[0], named[owners[0]]) if len(owners) == 1 else None
    return None


def _seat_town_state(span: SpacySpan, links: list[Linked]) -> str | None:
    """The state of the town a body with a name of its own sits in: "the Railway Security Directorate
    in X" (X a town of one of the text's states) is that state's, however often the text names the
    state of the minister who speaks of it. The "in" must hang on the body's name, not on a verb
    ("convene the Joint Commission in X" says where it meets). Only a body's head noun counts ("the
    Press Room in X" is a room), and a joint body is as much the other state's as the host's.
    """
    words = [t.lower_ for t in span if t.lower_ not in {"the", "-"}]
    head = body_head(words)
    if head not in _STATE_BODY_HEADS or words[0] == "joint":
        return None
    if span.end >= len(span.doc) or span.doc[span.end].head.i not in range(span.start, span.end):
        return None
    found = _town_after(span, [lk for lk in links if lk.start >= span.end_char], links)
    return found[0] if found else None


def _filed_from(doc: Doc, links: list[Linked]) -> tuple[str, str] | None:
    """(key, name) of the state of the text's dateline town, if the text names or evokes that
    state, else of the state its headline names first.

    A briefing from a town near a border names the neighbour it deals with more often than its own
    state; where it is filed from, or whom its headline is about, says whose bodies it speaks of.
    """
    filed = _view(doc, links).filed
    return (filed, state_name(filed[6:])) if filed is not None and filed.startswith("state/") else None


def _sentence_state(span: SpacySpan, links: list[Linked]) -> tuple[str, str] | None:
    """The state named nearest the span in its sentence, unless it is the other side ("against Y")."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    best: tuple[int, Linked] | None = None
    for lk in links:
        if lk.type != "State" or lk.kind != "name" or not sent.start_char <= lk.start < sent.end_char:
            continue
        if _counterpart(span.doc, lk):
            continue
        distance = abs(lk.start - span.start_char)
        if best is None or distance < best[0]:
            best = (distance, lk)
    return (best[1].key, best[1].name) if best else None


def _paragraph_state(span: SpacySpan, links: list[Linked]) -> tuple[str, str] | None:
    """The one state the span's paragraph names, not as the other side: a bulletin's own story.

    "Latvia has closed its crossing ... The State Border Guard said ...": the guard is the state's
    of its story, not of the state the bulletin names most in its other stories. A story names its
    state in its first sentence; a state named only later ("... the new rules in Y") is a detail
    of a story about the text's main state. A paragraph that names no state (a clip's caption
    line) reads the one before it, unless that is another speaker's turn of a transcript (a
    reporter's question names the other side); for a paragraph of sentences, a state named there only as the
    owner of a body does not count ("On the other side of the bridge, Y's authority said ... / The
    town clerk appealed to the Ministry of Transport": the ministry is the home state's, not Y's).
    ``links`` are in text order.
    """
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = len(text) if end < 0 else end
    story = False  # the body's own paragraph is one of sentences, not a caption
    for _ in range(2):
        found = _states_between(span.doc, links, start, end)
        if story:  # "On the other side, Y's authority said ...": Y owns that body, the story is not Y's
            found = [lk for lk in found if not _possessor(span.doc, lk)]
        if found:
            opens = _SENTENCE_END.search(text, start, found[0].start) is None  # "Latvia has closed ..."
            return (found[0].key, found[0].name) if opens and len({lk.key for lk in found}) == 1 else None
        story = _SENTENCE_END.search(text + " ", start, end + 1) is not None
        speaker = speaker_at(span.doc, start)
        end = start - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1  # the previous paragraph, past blank lines
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        if asked_at(span.doc, start) or (speaker is not None and speaker_at(span.doc, start) not in {None, speaker}):
            break  # a reporter's question before a spokesperson's answer: another speaker's story
    return None


def _possessor(doc: Doc, lk: Linked) -> bool:
    """The state is written as an owner: "Y's border authority"."""
    span = doc.char_span(lk.start, lk.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s"}


def _states_between(doc: Doc, links: list[Linked], start: int, end: int) -> list[Linked]:
    """The states named (not as the other side) by links starting in ``[start, end)``."""
    out = []
    for lk in links[bisect_left(links, start, key=lambda lk: lk.start) :]:
        if lk.start >= end:
            break
        if lk.type == "State" and lk.kind == "name" and not _counterpart(doc, lk):
            out.append(lk)
    return out


def _counterpart(doc: Doc, lk: Linked) -> bool:
    """The state is the other side: the object of "with", "against", "from" ..., or a conjunct of one.

    "the border with Y and the Republic of Z": Z hangs from "of", "Republic", "Y" and then
    "with", so it is as much the other side as Y. So is where people only tried to go
    ("stopped 800 people trying to reach Y").
    """
    tok = doc.char_span(lk.start, lk.end, alignment_mode="expand")
    if tok is None:
        return False
    if envoy_state(tok) or _side_state(tok) is not None:
        return True  # "summoned Y's ambassador"; "On the Y side, traders in X say ..."
    if tok.start > 0 and doc[tok.start - 1].lower_ in _COUNTERPART:
        return not _author(doc[tok.start - 1])
    node = tok.root
    for _ in range(6):
        if _sought(node):
            return True
        if node.dep_ not in {"pobj", "conj", "prep", "compound", "appos", "cc"} or node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in _COUNTERPART:
            return not _author(node)
    return False


def _author(prep: Token) -> bool:
    """ "Statement by X", "Remarks by X": the "by" of a genre noun names who speaks, not the other side."""
    return prep.lower_ == "by" and prep.head.lemma_.lower() in _AUTHORED


def _sought(node: Token) -> bool:
    """The object of a going the sentence only tries: "stopped 800 people trying to reach Y".

    Those a body stops short of Y set out from its side: Y is where they meant to go, not whose
    body stopped them ("people who reached Y" may well be counted by Y's own).
    """
    verb = node.head
    return node.dep_ == "dobj" and verb.lemma_ in _GOING and verb.dep_ == "xcomp" and verb.head.lemma_ in _TRYING


def _dominant_state(doc: Doc, links: list[Linked]) -> tuple[str, str] | None:
    """The state the document is about: named or evoked most often, not as the other side.

    A demonym counts as much as a name, inside a body's name too ("the Norlandic Army" makes
    Norland the home of the text's other bodies), and so does a town of a state the text names
    (a story told from its towns names its state once, and the destination as often), while
    "the border with Y" or "migrants from Y" does not make Y the home. The first state named
    breaks a tie. A state the text is plainly about (:func:`_clear_home`) comes first: its towns
    and its own people outweigh the demonyms of the other side's bodies and people ("the
    Varnian police", "Varnian citizens").
    """
    clear = _view(doc, links).home
    if clear is not None and clear.startswith("state/"):
        return clear, state_name(clear[6:])
    states = [lk for lk in links if lk.type == "State" and lk.kind == "name"]
    counts = _state_counts(doc, links, states)
    if not states and not counts:
        return None  # no state named or evoked: a demonym alone ("the Chilean Navy") is enough
    top = max(counts.values(), default=0)
    if not top:
        return None  # every state is named as the other side ("the border with Y"): none is home
    winner = next((lk for lk in states if counts[lk.key] == top), None)
    if winner is None:  # evoked by its demonym alone ("the Chilean Navy"), never named
        key = next(k for k, n in counts.items() if n == top)
        return key, state_name(key[6:])
    return winner.key, winner.name


def _clear_home(doc: Doc, links: list[Linked]) -> str | None:
    """The key of the state the document is plainly about: named (not as the other side) or by its
    towns at least twice and more often than any other; None for a story of two states or none.

    Demonyms do not count here: a region's own update writes "Russian drones" often and never
    names its own state.
    """
    states = [lk for lk in links if lk.type == "State" and lk.kind == "name"]
    ranked = _state_counts(doc, links, states, demonyms=False).most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: How far into a text its dateline may stand: after a headline and a byline.
_DATELINE_REACH = 600


def _dateline_home(doc: Doc, links: list[Linked], states: frozenset[str]) -> str | None:
    """The state of the town a text is filed from ("CAPITAL, 3 May 2026" on a line of its own, the
    town alone on its line, or opening the lead: "CAPITAL - The ministry said"), when the text
    names or evokes that state; the state the dateline writes after its town ("TOWN, State, ...");
    the state of a capital when the text names no state at all.

    An agency's own update names its state only by its demonym, or not at all: where it is filed
    from says whose bodies it speaks of.
    """
    text = doc_text(doc)
    for i, lk in enumerate(links):
        if lk.start >= _DATELINE_REACH:
            break
        if lk.type != "Settlement" or text[text.rfind("\n", 0, lk.start) + 1 : lk.start].strip():
            continue
        line_end = text.find("\n", lk.end)
        alone = not text[lk.end : len(text) if line_end < 0 else line_end].strip()  # "CAPITAL" on its own line
        if not alone and not re.match(r"\s*(?:,|[-–—]\s|:\s)", text[lk.end : lk.end + 3]):
            continue
        written = links[i + 1] if i + 1 < len(links) else None
        if (
            written is not None
            and written.type == "State"
            and written.kind == "name"
            and re.fullmatch(r",\s*", text[lk.end : written.start])
        ):
            return written.key  # "TOWN, State, 3 May 2026 -": the dateline writes its state, known town or not
        town = settlement_for(lk.name, primary_only=True)
        key = f"state/{town.country}" if town is not None and town.country else None
        if key in states:
            return key
        # "CAPITAL, 3 May 2026 - The Ministry of Security said": a text that names or evokes no
        # state at all is its capital's (the best known town of that name, not a namesake)
        if states:
            return None
        known = settlement_for(lk.text)  # as written: "Ulaanbaatar", which GeoNames spells otherwise
        code = capital_of(lk.text)
        return f"state/{code}" if known is not None and code is not None and code == known.country else None
    return None


def headline_home(doc: Doc, links: list[Linked]) -> str | None:
    """The key of the state a text's headline names or evokes first, not as the other side.

    "Interview: Norlandic minister on the border" or "Norland tightens checks on the lake" is about
    Norland, however often the interview then names the neighbour. The headline is the text's first
    line when it does not end like a sentence and a body follows it.
    """
    text = doc_text(doc)
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].rstrip() if end > 0 else ""
    if not line or line[-1] in '.!?"”’' or not text[end:].strip():
        return None
    for lk in links:
        if lk.start >= start + len(line):
            break
        if lk.type == "State" and lk.kind in {"name", "demonym"} and lk.start >= start and not _counterpart(doc, lk):
            return lk.key if lk.key.startswith("state/") else None
    return None


def _state_counts(doc: Doc, links: list[Linked], states: list[Linked], *, demonyms: bool = True) -> Counter[str]:
    """How often each state is named (not as the other side), evoked by a demonym, or by a place of it.

    A town or province counts for a state the text names. Without ``demonyms`` it counts as well
    for a state the text only evokes by its demonym, whose uses do not count then: an interview
    about an emergency at home may name the neighbour twice and its own state only by its people
    ("Norlanders"), yet its towns and provinces say whose it is.
    """
    counts = Counter(lk.key for lk in states if not _counterpart(doc, lk))
    evoked = _demonyms(doc)
    if demonyms:
        counts.update(evoked)
    owners = {lk.key for lk in states} | (set() if demonyms else set(evoked))
    codes = frozenset(key[6:] for key in owners if key.startswith("state/"))
    places = (
        _place_state(lk, codes) for lk in links if lk.type in {"Settlement", "Region"} and not _counterpart(doc, lk)
    )
    counts.update(key for key in places if key is not None)
    return counts


def _place_state(place: Linked, codes: frozenset[str]) -> str | None:
    """The key of the one state of ``codes`` a town or province lies in: a province by its name,
    else a GeoNames town of its name (the model reads some towns as regions); None when no state
    or two of them have a place of that name."""
    found = subdivision_for(place.name, codes) if place.type == "Region" else None
    if found is not None:
        return f"state/{found.country}"
    owners = [code for code in city_countries(place.name) if code in codes]
    return f"state/{owners[0]}" if len(owners) == 1 else None


def _demonyms(doc: Doc) -> list[str]:
    """State keys of the demonyms the document uses, one per use (computed once per document).

    A demonym of two or three words is read whole, longest first: "Sri Lankan" is one use of Sri
    Lanka's, "South Sudanese" no use of Sudan's. The attacker's demonym ("a Varnian drone hit a
    car") is no use: it names the other side (:mod:`kg.extract.attacker_sides`).
    """
    cached = doc.user_data.get("kg_demonym_states")
    if cached is None:
        cached = []
        text = doc_text(doc)
        titled = [t.is_title for t in doc]  # read once: only a title-cased word can open a demonym
        ends = [t.idx + len(t) for t in doc]

        def words(i: int, n: int) -> str:  # the text of tokens i to i + n - 1, as their Span's
            return text[doc[i].idx : ends[i + n - 1]]

        i = 0
        while i < len(doc):
            if not titled[i]:
                i += 1
                continue
            width = next(
                (
                    n
                    for n in (3, 2)
                    if i + n <= len(doc)
                    and all(titled[i : i + n])
                    and state_for_demonym(words(i, n))
                    and not state_code(words(i, n))
                ),
                1,
            )
            key = state_for_demonym(words(i, width))
            if key and not state_code(words(i, width)) and not _other_sides(doc, i, width):
                cached.append(key)
            i += width
        doc.user_data["kg_demonym_states"] = cached
    return list(cached)


def _other_sides(doc: Doc, i: int, width: int) -> bool:
    """The demonym at token ``i`` names the other side: an attacker's ("a Varnian drone"), or one in
    a sentence that turns to the other side ("On the Varnian side, ...")."""
    return attacker_demonym(doc[i + width - 1]) or _side_state(doc[i : i + 1]) is not None


def _side_state(span: SpacySpan) -> str | None:
    """The state of "On the Y side, ..." opening the span's sentence (:mod:`kg.extract.side_sentences`)."""
    return side_opening(span.sent) if span.doc.has_annotation("SENT_START") else None


def _modifier_state(span: SpacySpan, prior: list[Linked]) -> tuple[str, str] | None:
    """The state whose demonym or name directly modifies ``span`` ("Polish", "Poland's"), if any.

    The state's whole linked name decides: "Papua New Guinea" before "government" is Papua New
    Guinea, never the "Guinea" its last word would name alone. A capital's possessive before a
    ministry stands for its state's government ("Tarnburg's Ministry of Fisheries"); a city's
    other bodies may be its own ("Tarnburg's transport department").
    """
    doc = span.doc
    i = span.start - 1
    possessive = i >= 1 and doc[i].lower_ in {"'s", "’s"}
    if possessive:
        i -= 1
    if i < 0:
        return None
    tok = doc[i]
    for lk in reversed(prior):
        if lk.start <= tok.idx < lk.end:
            if lk.type == "Settlement" and possessive and any(t.lower_ in _STATE_MINISTRY for t in span):
                code = capital_of(lk.name)
                return (f"state/{code}", state_name(code)) if code else None
            return (lk.key, lk.name) if lk.type == "State" else None
    key = state_for_demonym(tok.text)
    return (key, state_name(key[6:])) if key else None
