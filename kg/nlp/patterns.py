"""Gazetteer -> matcher patterns: phrase lists and token patterns, built once per process.

Phrase patterns (country names, demonyms, known bodies, world regions) are plain strings; token
patterns (ministries, border guards, checkpoints, "X region") are Matcher dicts. Both are cached,
so building a second pipeline in the same process costs nothing here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pycountry
from unidecode import unidecode

from kg.lexicon.demonyms import COMMON_NAMES, DEMONYMS, HISTORIC_STATES, OTHER_NAMES, WORLD_REGIONS
from kg.lexicon.gazetteer import KNOWN_BODIES, demonym_forms, iso_names, state_code
from kg.lexicon.territories import sovereign_of

__all__ = [
    "AGENCY_HEADS",
    "CHECKPOINT_WORDS",
    "CROSSING_MODES",
    "CROSSING_STATUSES",
    "DOMAIN_TAIL",
    "MINISTRY_DOMAINS",
    "REGION_WORDS",
    "phrase_patterns",
    "token_patterns",
]

#: First word of a ministry's domain -> canonical domain ("internal" affairs -> "Interior").
MINISTRY_DOMAINS: dict[str, str] = {
    "interior": "Interior",
    "internal": "Interior",
    "home": "Interior",
    "defense": "Defense",
    "defence": "Defense",
    "foreign": "Foreign",
    "finance": "Finance",
    "justice": "Justice",
    "health": "Health",
    "emergency": "Emergency",
    "emergencies": "Emergency",
    "economy": "Economy",
    "economic": "Economy",
    "education": "Education",
    "agriculture": "Agriculture",
    "energy": "Energy",
    "labour": "Labor",
    "labor": "Labor",
    "transport": "Transport",
    "environment": "Environment",
    "trade": "Trade",
    "culture": "Culture",
    "migration": "Migration",
}
#: Words that end a ministry's domain ("Foreign Affairs", "Homeland Security", "Internal Administration").
DOMAIN_TAIL = ["affairs", "situations", "security", "development", "administration"]

#: Security bodies and chambers named by their state ("Polish border guard", "the Tarnian Senate")
#: -> canonical name; alone ("the Senate") they are the body of the state the text is about.
AGENCY_HEADS: dict[str, str] = {
    "border guard": "Border Guard",
    "border guards": "Border Guard",
    "border service": "Border Service",
    "border police": "Border Police",
    "coast guard": "Coast Guard",
    "police": "Police",
    "police service": "Police",
    "police force": "Police",
    "national guard": "National Guard",
    "armed forces": "Armed Forces",
    "army": "Army",
    "government": "Government",
    "parliament": "Parliament",
    "senate": "Senate",
    "congress": "Congress",
    "house of representatives": "House of Representatives",
    # the staff that commands a state's forces: never a firm's, always qualified by its state
    "general staff": "General Staff",
    "joint staff": "Joint Staff",
    "defence staff": "Defence Staff",
    "defense staff": "Defense Staff",
    "joint chiefs of staff": "Joint Chiefs of Staff",
}

CHECKPOINT_WORDS = (
    "checkpoint",
    "check-point",
    "crossing",
    "crossing point",
    "border crossing",
    "border crossing point",
    "border checkpoint",
    "border control point",
    "control point",  # "the X Control Point": a land border's crossing, as some states name each of theirs
    "boundary control point",
    "control post",  # "the X Control Post": a customs and immigration post at a land border
    "customs post",  # "the X customs post": a border's post named for the service that staffs it
    "border post",
    "cross - border post",  # "the X cross-border post": the tokenizer splits the hyphen
    "border terminal",
    "outpost",
    "border outpost",
    "border point",
    "border station",
    "border gate",
    "port of entry",
    "land port",  # "the X land port", "the X road port": a border crossing for land traffic
    "road port",
    "border port",
    "bridge",
    "causeway",  # "the X Causeway": a road on an embankment or bridge over water between two states
    "gate",  # "the Unity Gate": a border's gate, named with a capital (a crossing only in a border's sentence)
)
#: What a crossing carries, written in lower case between its name and its kind ("the X road crossing").
CROSSING_MODES = (
    "road",
    "rail",
    "railway",
    "motorway",
    "highway",
    "pedestrian",
    "vehicle",
    "freight",
    "cargo",
    "land",
    "automobile",
)
#: The standing of a crossing, in lower case before its mode and kind ("the X international border gate").
CROSSING_STATUSES = ("international", "national", "main", "local")
REGION_WORDS = (
    "region",
    "oblast",
    "province",
    "krai",
    "governorate",
    "district",
    "prefecture",
    "canton",
    "wilaya",
    "territory",
)


def _territory_forms() -> set[str]:
    """Surface forms of the dependent territories: ISO names without a comma, also without diacritics."""
    out: set[str] = set()
    for c in pycountry.countries:
        if sovereign_of(c.alpha_2) is None:
            continue
        for value in iso_names(c):  # "Virgin Islands, British" is written "British Virgin Islands"
            if ", " not in value and "(" not in value:
                out.add(value)
    return out


@cache
def phrase_patterns() -> dict[str, tuple[str, ...]]:
    """Label -> surface forms, matched case-sensitively: State, Demonym, Body, Region."""
    states: set[str] = set()
    for c in pycountry.countries:
        if sovereign_of(c.alpha_2) is not None:
            continue  # a dependent territory ("Puerto Rico") is a region of its state
        # ISO's "Korea, Republic of" is matched as a text writes it, "Republic of Korea"
        states.update(value for value in iso_names(c) if ", " not in value)
    for names in (*COMMON_NAMES.values(), *OTHER_NAMES.values(), *HISTORIC_STATES.values()):
        states.update(n.removeprefix("the ") for n in names)
    # written without diacritics ("Cote d'Ivoire"), unless that is an English word ("Reunion")
    states.update(f for f in map(unidecode, list(states)) if state_code(f))
    # a release's masthead writes the official name in capitals ("REPUBLIC OF X", "FEDERAL REPUBLIC
    # OF Y"); a one-word name in capitals is left out: it is as often a transcript's speaker label
    states.update(s.upper() for s in list(states) if len(s.split()) > 1 and any(w.islower() for w in s.split()))
    # older and typeset texts space their initials: "U. S." is "U.S."
    states.update(". ".join(s.split(".")).strip() for s in list(states) if re.fullmatch(r"([A-Z]\.){2,}", s))
    demonyms = {form for code in DEMONYMS for form in demonym_forms(code)}
    demonyms -= states  # "Myanmar" names the state
    bodies = {alias for _, name, aliases in KNOWN_BODIES for alias in (name, *aliases)}
    regions = {r.removeprefix("the ") for r in WORLD_REGIONS}
    regions.update(_territory_forms())
    return {
        "State": tuple(sorted(states)),
        "Demonym": tuple(sorted(demonyms)),
        "Body": tuple(sorted(bodies)),
        "Region": tuple(sorted(regions)),
    }


def _domain() -> list[dict[str, Any]]:
    return [
        {"LOWER": {"IN": sorted(MINISTRY_DOMAINS)}},
        {"LOWER": {"IN": DOMAIN_TAIL}, "OP": "?"},
    ]


_NAME: dict[str, Any] = {"IS_TITLE": True, "IS_STOP": False, "IS_PUNCT": False}
_MODE: dict[str, Any] = {"ORTH": {"IN": list(CROSSING_MODES)}, "OP": "?"}
_STATUS: dict[str, Any] = {"ORTH": {"IN": list(CROSSING_STATUSES)}, "OP": "?"}
#: "One-Stop" (or "One Stop") between a crossing's name and its kind: "the X One-Stop Border Post".
_POSSESSIVE: dict[str, Any] = {"ORTH": {"IN": ["'s", "’s"]}}
_ONE_STOP: list[dict[str, Any]] = [{"LOWER": "one"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "stop"}]


@cache
def token_patterns() -> dict[str, tuple[list[dict[str, Any]], ...]]:
    """Label -> Matcher patterns: Ministry, SecurityBody, Checkpoint(At, Named, Quoted), RegionNamed."""
    heads = [h.split() for h in AGENCY_HEADS]
    checkpoint_words = [w.split() for w in CHECKPOINT_WORDS]
    region: dict[str, Any] = {"LOWER": {"IN": list(REGION_WORDS)}}
    return {
        "Ministry": (
            [*_domain(), {"LOWER": {"IN": ["ministry", "department"]}}],
            [{"LOWER": "ministry"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, *_domain()],
            [{"LOWER": "home"}, {"LOWER": "office"}],
        ),
        "SecurityBody": tuple([{"LOWER": w} for w in h] for h in heads),
        "Checkpoint": (
            *(
                [_NAME, {**_NAME, "OP": "*"}, _STATUS, _MODE, *({"LOWER": w} for w in words)]
                for words in checkpoint_words
            ),
            # "the X One-Stop Border Post": one post where both states clear travellers, common in Africa
            *([_NAME, {**_NAME, "OP": "*"}, *_ONE_STOP, *({"LOWER": w} for w in words)] for words in checkpoint_words),
            # "Kettle's Gate", "the Orrin's Gate post": a gate named after someone, the possessive inside
            # the name; a kind word after it ("post") is no part of the name
            [_NAME, _POSSESSIVE, {"ORTH": "Gate"}],
            # "the X Port": a land crossing where states name their crossings as ports of entry, kept
            # only in a sentence about crossing (kg.nlp.bodies.port_context); else a seaport, a place
            [_NAME, {**_NAME, "OP": "*"}, {"ORTH": "Port"}],
            # "the X post" in lower case: a crossing only in a text about a border (kept or left by
            # kg.nlp.bodies.bare_post); "the X Post" is a newspaper's name
            [_NAME, {**_NAME, "OP": "*"}, _STATUS, _MODE, {"ORTH": "post"}],
            [
                _NAME,
                _POSSESSIVE,
                {"ORTH": "Gate"},
                _STATUS,
                _MODE,
                {"LOWER": {"IN": ["post", "crossing", "checkpoint"]}},
            ],
        ),
        # 'the "Varn" checkpoint': a crossing's name in quotation marks, as official releases of some
        # states write it; the quotation marks are no part of the name
        "CheckpointQuoted": tuple(
            [
                {"ORTH": {"IN": ['"', "“", "«"]}},
                _NAME,
                {**_NAME, "OP": "*"},
                {"ORTH": {"IN": ['"', "”", "»"]}},
                _STATUS,
                _MODE,
                *({"LOWER": w} for w in words),
            ]
            for words in checkpoint_words
            if words[-1] not in {"bridge", "causeway", "entry", "port"}
        ),
        "CheckpointAt": tuple(
            [*({"LOWER": w} for w in words), {"LOWER": {"IN": ["at", "of"]}}, _NAME, {**_NAME, "OP": "*"}]
            for words in checkpoint_words
            # "the control post at X", "the customs post at X": a post set in the town X
            if words[-2:] not in (["control", "post"], ["customs", "post"])
        ),
        "CheckpointNamed": tuple(  # "the automobile checkpoint Karamyk" (a lower-case kind word:
            # "the Turning Point Foundation" names no crossing "Foundation")
            [{"ORTH": words[-1]}, _NAME, {**_NAME, "OP": "*"}]
            for words in checkpoint_words
            if words[-1] not in {"bridge", "causeway", "entry", "port", "gate"}
        ),
        "RegionNamed": (
            [_NAME, {**_NAME, "OP": "*"}, region],
            # "Lara state": a federation's state, written with the level word in lower case
            [_NAME, {**_NAME, "OP": "*"}, {"ORTH": "state"}],
            [
                _NAME,
                {**_NAME, "OP": "*"},
                {"ORTH": "People"},
                {"ORTH": {"IN": ["'s", "’s"]}},
                {"ORTH": "Republic"},
            ],
        ),
    }
