"""Names -> slugs and entity keys: the one place where entity IRI paths are minted.

Keys are ``{type}/{slug}`` (``person/vladimir-putin``); states use ISO codes (``state/RU``) and
are minted in :mod:`kg.lexicon.gazetteer`. Titles and demonyms are stripped from person names
here so that "Norlandic President X" and "X" give the same key.
"""

from __future__ import annotations

import re

from unidecode import unidecode

from kg.lexicon.ranks import ENLISTED_GRADES

__all__ = ["NAME_PARTICLES", "OWN_LANGUAGE_OFFICES", "TITLE_WORDS", "entity_key", "initials", "slugify", "strip_the"]

#: Lower-case particles inside personal names, in the languages news names come from: "Jan van
#: Oordt", "Ali bin Salem", "Eva von Arx", "Maria da Silva", "Omar al Tayeb", "Anne ter Horst".
#: One set for every reader of names, so a name one reader joins is never cut by another.
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "del", "della", "des", "di", "du", "dos", "das", "do", "al", "bin",
     "bint", "ibn", "ben", "le", "la", "ten", "ter"}
)  # fmt: skip

#: A state's own words for its head of government and deputy that English news leaves untranslated:
#: Ireland's "Taoiseach" and "Tanaiste" (with and without the accent), the Basque "Lehendakari".
#: Each names an office, never a body, so "the Taoiseach, Jo Roe TD," holds it.
OWN_LANGUAGE_OFFICES = frozenset({"taoiseach", "tánaiste", "tanaiste", "lehendakari"})

#: Words that start or make up a title before a name ("President", "Interior Minister").
TITLE_WORDS = frozenset(
    [
        *OWN_LANGUAGE_OFFICES,
        "president",
        "vice",
        "prime",
        "minister",
        "ministers",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "emperor",
        "empress",
        "prince",
        "princess",
        "governor",
        "mayor",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "general",
        "gen.",
        "colonel",
        "col.",
        "lieutenant",
        "lt.",
        "major",
        "captain",
        "capt.",
        "admiral",
        "commander",
        "chief",
        "head",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "consul",
        "director",
        "deputy",
        "foreign",
        "interior",
        "defense",
        "defence",
        "finance",
        "justice",
        "health",
        "economy",
        "trade",
        "education",
        "emergency",
        "emergencies",
        "home",
        "internal",
        "affairs",
        "state",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "prof.",
        "sir",
        "lord",
        "lady",
        "pope",
        # rulers' titles of histories and biographies ("Tsar X II"): no given name is spelt so
        "tsar",
        "czar",
        "tsarina",
        "czarina",
        "tsaritsa",
        "tsarevich",
        "tsarevna",
        "kaiser",
        "pharaoh",
        "patriarch",
        "sheikh",
        "emir",
        "sultan",
        "premier",
        "leader",
        "chairman",
        "chairwoman",
        "chairperson",
        "coordinator",
        "co-ordinator",
        "chair",
        "speaker",
        "commissioner",
        "inspector",
        "sergeant",
        "officer",
        "judge",
        "attorney",
        "collector",  # "the Collector of Customs", "the District Collector": a revenue office
        "former",
        "acting",
        "then",
        "late",
        "opposition",
        "minister-president",
        "co-chair",
        "undersecretary",
        "under-secretary",
        # abbreviated ranks and offices, kept one token by kg.nlp.abbreviations ("Brig. Gen. X")
        # grades below the officers' (kg.lexicon.ranks): "Rifleman Jo Roe", "Havildar Jo Roe"
        *ENLISTED_GRADES,
        "brig.",
        "brigadier",
        "maj.",
        "adm.",
        "rear",
        "cmdr.",
        "cdr.",
        "cmdre.",
        "commodore",
        "sgt.",
        "cpl.",
        "corporal",
        "pvt.",
        "pfc.",
        "spc.",
        "supt.",
        "superintendent",
        "insp.",
        "det.",
        "amb.",
        "cllr.",
        "lt.-col.",
        "lt.-gen.",
        "maj.-gen.",
        "brig.-gen.",
        "lt.-cmdr.",
        "vice-adm.",
        "rear-adm.",
        # offices of councils, legislatures, courts and churches written before a name
        "councillor",
        "councilor",
        "cllr",
        "alderman",
        "alderwoman",
        "congressman",
        "congresswoman",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "legislator",
        "magistrate",
        "commandant",
        "sheriff",
        "constable",
        "marshal",
        "bishop",
        "archbishop",
        "cardinal",
        "rabbi",
        "imam",
        "pastor",
        "reverend",
        "rev.",
    ]
)

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """ASCII, lower case, ``-``-separated: the slug of an entity name."""
    return _NON_WORD.sub("-", unidecode(text).lower().replace("'", "")).strip("-")


def entity_key(type_: str, name: str) -> str:
    """``{type}/{slug}`` for an entity of a ``kg:`` class; the slug comes from its name."""
    return f"{type_.lower()}/{slugify(strip_the(name))}"


def strip_the(name: str) -> str:
    """The name without a leading article ("the European Union" -> "European Union")."""
    return re.sub(r"^(?:the|The)\s+", "", name.strip())


def initials(name: str) -> str:
    """Capital initials of a multi-word name ("European Union" -> "EU"; "of"/"and" skipped)."""
    words = [w for w in re.split(r"[\s-]+", strip_the(name)) if w and w[0].isupper()]
    return "".join(w[0] for w in words) if len(words) > 1 else ""
