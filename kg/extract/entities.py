"""(spaCy Doc, Article) -> Entities: typed spans linked to keys, merged within the document.

Reads ``doc.spans["kg_entities"]`` (written by the ``kg_retype`` component), links each span to a
key (ISO code, GeoNames city, known body, qualified ministry, person slug), folds short names into
full ones ("Roe" -> "Jane Roe"), and adds the descriptions a careful reader resolves ("the
bloc", "the agency", "the Andean country") as extra mentions of the entity they point at.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.agencies import link_agency
from kg.extract.bridges_between import bridges_between, bridges_written
from kg.extract.crossing_kinds import kinds_written
from kg.extract.crossing_sides import sides_joined
from kg.extract.crossing_towns import crossings_apart_from_towns, kinds_of_one_town_joined, without_town_aliases
from kg.extract.ferry_terminals import terminals_as_crossings
from kg.extract.links import Linked, mk
from kg.extract.named_in_full import bodies_named_in_full
from kg.extract.person_links import link_persons
from kg.extract.publisher_state import keep_publisher
from kg.extract.region_levels import regions_by_level_joined
from kg.extract.short_forms import apposed_short_forms, initialled_units, owners_inside, state_prefixed
from kg.extract.speakers import AGENCY_NOUNS
from kg.extract.town_names import town_of
from kg.extract.unit_states import place_units
from kg.lexicon.demonyms import DEMONYMS
from kg.lexicon.gazetteer import (
    BLOCS,
    NEWS_MEDIA,
    known_body,
    region_for,
    settlement_for,
    state_code,
    state_for_demonym,
    state_key,
    state_name,
    state_same_as,
    unit_below_state,
)
from kg.lexicon.legislatures import legislature_state
from kg.lexicon.names import entity_key, initials, strip_the
from kg.model import Article, Entity, Span
from kg.nlp.components import SPANS_KEY
from kg.nlp.consistency import town_use
from kg.nlp.doctext import doc_text, with_lower
from kg.nlp.heads import county_named
from kg.nlp.patterns import REGION_WORDS

__all__ = ["Linked", "find_entities", "link_mentions"]

_DESCRIPTIONS = {
    "bloc",
    "agency",
    "ministry",
    "country",
    "alliance",
    "organization",
    "checkpoint",
    "crossing",
    "bridge",
    "post",
}
#: Descriptions too common in other senses ("resigned the post") to reach past the last few sentences.
_NEAR_DESCRIPTIONS = {"post": 400}
_LEVELS = frozenset({*REGION_WORDS, "state"})
_STRONG = ("Checkpoint", "Region", "Settlement", "Place")


def find_entities(doc: Doc, article: Article) -> tuple[Entity, ...]:
    """Every entity of the document with all its mentions, sorted by key."""
    keep_publisher(doc, article.publisher)  # whose release it is says whose bodies it names
    groups: dict[str, list[Linked]] = defaultdict(list)
    for link in link_mentions(doc):
        if article.text[link.start : link.end] == link.text:
            groups[link.key].append(link)
    return without_town_aliases(  # "Velsar border post" beside the town Velsar: the bare name is the town's
        tuple(
            _entity(
                key,
                links,
                _demonym_led(article.text, links)
                | _owner_after(article.text, links)
                | kinds_written(article.text, links)
                | bridges_written(article.text, links),
            )
            for key, links in sorted(groups.items())
        )
    )


def _demonym_led(text: str, links: list[Linked]) -> set[str]:
    """A body's name as written with the demonym before it: "Norlandic Air Force", "Tarnian Red Cross".

    The retyper reads the demonym apart (it names the body's state), so the span is "Air Force";
    the text's own full form is what other texts and readers call the body, so it is kept as a name.
    """
    out: set[str] = set()
    for lk in links:
        if lk.kind != "name" or lk.type not in {"Agency", "Organization"}:
            continue
        words = text[max(0, lk.start - 40) : lk.start].split() if text[lk.start - 1 : lk.start].isspace() else []
        for demonym in (" ".join(words[-2:]), " ".join(words[-1:])):  # "Sri Lankan", "Norlandic"
            if demonym[:1].isupper() and state_for_demonym(demonym):
                out.add(f"{demonym} {strip_the(lk.text)}")
                break
    return out


#: "of", an optional "the" and up to four capitalised words after a body's name: its owner as written.
_OF_OWNER = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})")


def _owner_after(text: str, links: list[Linked]) -> set[str]:
    """A state's body as written with its owner after "of": "the Armed Forces of the Bahamas".

    The span is the body ("Armed Forces") and the canonical name drops the article the state takes
    in running text; the text's own form is what readers call the body, so it is kept as a name.
    So is a territory's or a state unit's body's: "the Police Service of X".
    """
    out: set[str] = set()
    for lk in links:
        if lk.kind != "name" or lk.type != "Agency" or not (lk.parent or "").startswith(("state/", "region/")):
            continue
        found = _OF_OWNER.match(text, lk.end, lk.end + 60)
        if found is None:
            continue
        words = found.group(1).split()
        for n in range(len(words), 0, -1):  # the longest run of the words that names the body's state
            owner = " ".join(words[:n])
            if _owner_key(strip_the(owner)) == lk.parent:
                out.add(f"{strip_the(lk.text)} of {owner}")
                break
    return out


def _owner_key(name: str) -> str | None:
    """The key of the state, territory or state's unit called ``name``."""
    unit = unit_below_state(name)
    return state_key(name) or (unit.key if unit is not None else None)


def _entity(key: str, links: list[Linked], written: frozenset[str] | set[str] = frozenset()) -> Entity:
    names = [lk for lk in links if lk.kind == "name"]
    best = max(names or links, key=lambda lk: (len(lk.name), lk.name))
    aliases = ({strip_the(lk.text) for lk in names} | _owner_first(best) | _as_written_of(names) | written) - {
        best.name
    }
    return Entity(
        key=key,
        type=best.type,
        name=best.name,
        mentions=tuple(sorted({Span(lk.start, lk.end, lk.text) for lk in links})),
        # a name as written opens with a capital or a number ("7th Rifle Brigade"), never lower case
        aliases=tuple(sorted(a for a in aliases if a[:1].isupper() or a[:1].isdigit())),
        same_as=tuple(sorted({iri for lk in links for iri in lk.same_as})),
    )


def _owner_first(link: Linked) -> set[str]:
    """A state's body named owner first as well: "Government of Austria" is also "Austria Government"
    and "Austrian Government", the forms English uses as often as the "of" form.
    """
    if link.type != "Agency" or not (link.parent or "").startswith("state/") or " of " not in link.name:
        return set()
    body, owner = _body_and_owner(link)
    forms = {f"{owner} {body}"}
    demonym = DEMONYMS.get(link.parent[6:] if link.parent else "", ())
    if demonym:
        forms.add(f"{demonym[0]} {body}")
    return forms


def _as_written_of(names: list[Linked]) -> set[str]:
    """A state's body as the text writes it, with its owner after "of": "National Police of Norland".

    The key and name of a generic body are canonical ("Police of Norland"); the words the text
    uses for it ("National Police", "Ministry of Foreign Affairs") are kept with the owner too,
    the full name an official text gives it.
    """
    out: set[str] = set()
    for lk in names:
        if lk.type != "Agency" or not (lk.parent or "").startswith("state/") or " of " not in lk.name:
            continue
        body, owner = _body_and_owner(lk)
        written = strip_the(lk.text)
        if owner not in written and not written.isupper() and written != body:
            out.add(f"{written} of {owner}")
    return out


def _body_and_owner(link: Linked) -> tuple[str, str]:
    """A state's body's name split before its owner: "House of Representatives of Japan" ->
    ("House of Representatives", "Japan"), "Police of the Republic of Tarnia" -> ("Police", "the
    Republic of Tarnia"). The owner is the first part after an "of" that names the body's state,
    else what follows the first "of".
    """
    parts = link.name.split(" of ")
    code = (link.parent or "")[6:]
    for i in range(1, len(parts)):
        owner = " of ".join(parts[i:])
        if state_code(owner) == code:
            return " of ".join(parts[:i]), owner
    return parts[0], " of ".join(parts[1:])


def link_mentions(doc: Doc) -> list[Linked]:
    """Every typed span and resolved description of ``doc`` linked to an entity key, in text order.

    Computed once per Doc (entities and relations both need it) and kept in ``doc.user_data``.
    """
    cached = doc.user_data.get("kg_links")
    if cached is None:
        cached = doc.user_data["kg_links"] = _link_mentions(doc)
    return list(cached)


def _link_mentions(doc: Doc) -> list[Linked]:
    spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
    strong = _strong_labels(spans)
    towns = {_name_form(s.text) for s in spans if s.label_ == "Settlement"}
    links: list[Linked] = []
    persons: list[SpacySpan] = []
    agencies: list[SpacySpan] = []
    for span in spans:
        label = span.label_
        full_name = label == "Person" and len(span) > 1
        if span.kb_id_ == "ner" and known_body(span.text) is None and not full_name:
            cued = strong.get(_name_form(span.text), label)
            # "sent to X" after "the X border post" is the town, whatever the NER read it as
            label = "Settlement" if cued == "Checkpoint" and town_use(span) else cued
        if label == "Person":
            persons.append(span)
        elif label == "Agency" and known_body(span.text) is None:
            agencies.append(span)
        else:
            link = _link_place_or_body(span, label, towns)
            if link:
                links.append(link)
    links += link_persons(persons)
    links.sort(key=lambda lk: lk.start)
    bodies = place_units([(span, link_agency(span, links)) for span in agencies], links)
    links += [lk for _, lk in bodies]
    links += owners_inside(bodies, {lk.key for lk in links})
    links.sort(key=lambda lk: lk.start)
    bridges = bridges_between(doc, links)  # "the bridge between A and B": a crossing named by its ends
    links += bridges
    covered = {(s.start_char, s.end_char) for s in spans} | {(b.start, b.end) for b in bridges}
    links += _descriptions(doc, links, covered)
    links = _state_forms(doc, links)
    links = initialled_units(_merge_acronyms(apposed_short_forms(doc.text, links)))
    links = _short_places(_bare_bodies(_merge_short_bodies(bodies_named_in_full(doc, state_prefixed(links)))))
    links = crossings_apart_from_towns(doc_text(doc), links)  # "the X border post" beside the town X
    links = kinds_of_one_town_joined(links)  # "the X crossing", then "the X bridge": one crossing of the town X
    links = regions_by_level_joined(doc_text(doc), links)  # "the X regional government" beside "X Region"
    links = sides_joined(links)  # "the B crossing" after "the A - B crossing"
    links = terminals_as_crossings(doc, links)  # "the X Ferry Terminal" on a route between two states
    return sorted(links, key=lambda lk: (lk.start, lk.end, lk.key))


def _name_form(text: str) -> str:
    """A name as compared across mentions: no article, a dateline's "BUKA" as "Buka"."""
    text = strip_the(text)
    return text.title() if text.isupper() and len(text) > 3 else text


def _strong_labels(spans: list[SpacySpan]) -> dict[str, str]:
    """Name -> the label a pattern or cue gave it: the model's other mentions of it follow.

    "the Kornidzor checkpoint" makes a later bare "Kornidzor" a checkpoint, "the town of X" a
    later "X" a settlement; a name that patterns give two labels stays as each mention says.
    """
    out: dict[str, str] = {}
    clash: set[str] = set()
    full = {_name_form(s[:-1].text) for s in spans if s.label_ == "Region" and len(s) > 1 and _titled_level(s[-1])}
    for s in spans:
        if s.kb_id_ == "ner" or s.label_ not in _STRONG:
            continue
        if s.kb_id_ == "kind" and s.label_ == "Region" and _name_form(s.text) in full and settlement_for(s.text):
            continue  # "the Tarnov regional government" beside "Tarnov Region": a bare "Tarnov" is still the town
        names = [_name_form(s.text)]
        bare = _name_form(s[:-1].text) if len(s) > 1 else ""
        if s.label_ == "Region" and s[-1].is_lower and s[-1].lower_ in _LEVELS and not settlement_for(bare):
            names.append(bare)  # "the Tarn region" makes a bare "Tarn" the region, unless a town is named so
        for name in names:
            if out.get(name, s.label_) != s.label_:
                clash.add(name)
            out[name] = s.label_
    for s in spans:  # "Boric" tagged ORG after "Gabriel Boric": the surname of a person named here
        if s.label_ == "Person" and len(s) > 1:
            out.setdefault(s[-1].text, "Person")
        elif s.label_ == "Region" and county_named(list(s)):  # "the Rathmoy side" after "County Rathmoy"
            out.setdefault(s[1:].text, "Region")
    return {k: v for k, v in out.items() if k not in clash}


def _titled_level(word: Token) -> bool:
    """A capitalised level word ending a region's full name: "Region" of "Tarnov Region"."""
    return word.is_title and word.lower_ in _LEVELS


def _link_place_or_body(span: SpacySpan, label: str, towns: frozenset[str] | set[str] = frozenset()) -> Linked | None:
    text = strip_the(span.text)
    if label == "Region" and len(span) > 1 and span[-1].lower_ in _LEVELS:
        bare = strip_the(span[:-1].text)  # "Batken region" is "Batken", unless the town of Batken is named too
        if bare in towns:
            text = f"{bare} {span[-1].text.title()}"
        elif span[-1].is_title:  # "Rakhine State": named in full, keyed as "Rakhine"
            return mk(span, label, entity_key(label, bare), text)
        else:
            text = bare
    elif label == "Region" and county_named(list(span)):  # "County Rathmoy": keyed as "Rathmoy", as its bare form is
        return mk(span, label, entity_key(label, span[1:].text), text)
    if label in {"State", "Demonym"}:
        code = state_code(text) or (state_for_demonym(text) or "")[6:]
        if not code and label == "State" and span.kb_id_ == "ner":
            return mk(span, "State", entity_key("State", text), text)  # "the Ottoman Empire": no ISO code
        if not code:
            return None
        kind = "name" if label == "State" else "demonym"
        return mk(span, "State", f"state/{code}", state_name(code), kind=kind, same_as=state_same_as(code))
    if label in {"Organization", "Agency"}:
        body = known_body(text)
        type_, name = body if body else (label, text)
        seat = legislature_state(name) if body else None  # "the Althingi": Iceland's parliament
        return mk(span, type_, entity_key(type_, name), name, parent=f"state/{seat}" if seat else None)
    if label == "Settlement":
        text = town_of(text, towns)  # "the City of X" is the town X
    place = region_for(text) if label == "Region" else settlement_for(text) if label == "Settlement" else None
    if place is not None and place.type == label:
        return mk(span, label, place.key, place.name, same_as=place.same_as)
    if text.isupper() and len(text) > 4:
        text = text.title()  # a dateline's "KUZNICA" is named "Kuznica"
    return mk(span, label, entity_key(label, text), text)


#: Words of a state's long name that name it alone once the text has given that name ("the
#: Sultanate" after "the Sultanate of Norland").
_STATE_FORMS = frozenset({"sultanate", "kingdom", "emirate", "principality", "republic", "federation"})


def _state_forms(doc: Doc, links: list[Linked]) -> list[Linked]:
    """ "the Sultanate" after "the Sultanate of X": the state X, whatever the NER made of the word
    (a body, a town, nothing); left alone when the text names two states of that form (two kingdoms)."""
    forms: dict[str, set[tuple[str, str, tuple[str, ...]]]] = {}
    for lk in links:
        words = strip_the(lk.text).split(" ", 2)
        if lk.type == "State" and lk.kind == "name" and len(words) > 2 and words[1].casefold() == "of":
            forms.setdefault(words[0].casefold(), set()).add((lk.key, lk.name, lk.same_as))
    if not forms:
        return links
    at = {(lk.start, lk.end): lk for lk in links}
    covered = {i for lk in links for i in range(lk.start, lk.end)}
    out = list(links)
    for tok in with_lower(doc, _STATE_FORMS):
        states = forms.get(tok.lower_, set()) if tok.is_title else set()
        if len(states) != 1 or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            continue  # "the Kingdom of X" is the name itself
        start, end = tok.idx, tok.idx + len(tok)
        key, name, same_as = next(iter(states))
        mention = Linked(start, end, tok.text, "State", key, name, kind="description", same_as=same_as)
        held = at.get((start, end))
        if held is not None and held.type != "State":
            out[out.index(held)] = mention
        elif held is None and not covered.intersection(range(start, end)):
            out.append(mention)
    return out


def _descriptions(doc: Doc, links: list[Linked], covered: set[tuple[int, int]]) -> list[Linked]:
    """ "the bloc", "the agency", "the ministry", "the <adjective> country" -> the entity meant."""
    out: list[Linked] = []
    starts = [lk.start for lk in links]
    for tok in with_lower(doc, _DESCRIPTIONS):
        if tok.i == 0:
            continue
        first = tok.i - 1
        while first > 0 and tok.i - first <= 2 and doc[first].is_alpha and doc[first].lower_ != "the":
            first -= 1  # up to two modifiers: "the Andean country", "the Central African country"
        if doc[first].lower_ != "the" or any(t.pos_ in {"VERB", "AUX", "ADP"} for t in doc[first + 1 : tok.i]):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (tok.is_title and not tok.is_sent_start) or (nxt is not None and nxt.lower_ == "of"):
            continue  # "the Organization of American States" is a name, not a description
        span = doc[first : tok.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in covered):
            continue
        mods = doc[first + 1 : tok.i]
        if any(t.like_num and t.lower_ != "one" for t in mods):
            continue  # "the two crossing points", "the three ministries": several, not the one named before
        if tok.lower_ in _CROSSING_NOUNS and any(t.is_title or t.is_upper for t in mods):
            # "the Lenti III crossing": a crossing's own name the model missed, not the one named before
            if _missed_crossing_name(mods):
                named = doc[mods.start : tok.i + 1] if tok.lower_ == "bridge" else mods  # a bridge keeps its noun
                out.append(mk(named, "Checkpoint", entity_key("Checkpoint", named.text), named.text))
            continue
        reach = span.start_char - _NEAR_DESCRIPTIONS.get(tok.lower_, span.start_char)
        prior = [lk for lk, s in zip(links, starts, strict=True) if reach <= s < span.start_char]
        target = _antecedent(tok.lower_, prior)
        if target:
            out.append(mk(span, target.type, target.key, target.name, kind="description", parent=target.parent))
    return out


def _missed_crossing_name(mods: SpacySpan) -> bool:
    """The capitalised words before a crossing noun are a name of their own: proper nouns (a
    numeral may follow, "Lenti III"), none a state's name or demonym ("the Tarnian post" names the
    side) nor a known body's."""
    return (
        all(
            (t.pos_ == "PROPN" or (t.is_upper and t.is_alpha))
            and (t.is_title or t.is_upper)
            and not state_code(t.text)
            and not state_for_demonym(t.text)
            for t in mods
        )
        and known_body(mods.text) is None
    )


#: Nouns of a crossing point that a description may restate ("the crossing", "the busy post").
_CROSSING_NOUNS = frozenset({"checkpoint", "crossing", "bridge", "post"})


def _antecedent(noun: str, prior: list[Linked]) -> Linked | None:
    def ok(lk: Linked) -> bool:
        if noun == "country":
            return lk.type == "State" and lk.kind == "name"
        if noun in {"bloc", "alliance"}:
            return lk.type == "Organization" and lk.name in BLOCS
        if noun == "organization":
            return lk.type == "Organization" and lk.name not in NEWS_MEDIA
        if noun in _CROSSING_NOUNS:
            return lk.type == "Checkpoint"
        if noun == "ministry":
            return lk.type == "Agency" and "ministry" in lk.key
        return lk.type == "Agency"

    return next((lk for lk in reversed(prior) if ok(lk)), None)


#: Words an acronym leaves out, in any case: "MINISTRY OF FOREIGN AFFAIRS" is "MFA".
_UNSPELT = frozenset({"of", "and", "for", "the", "de", "del", "la", "des", "du"})


def _spelt(name: str) -> str:
    """Initials of a name's words as written, small words left out whatever their case."""
    words = [w for w in re.split(r"[\s-]+", strip_the(name)) if w and w[0].isupper() and w.lower() not in _UNSPELT]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _merge_acronyms(links: list[Linked]) -> list[Linked]:
    """An unknown acronym takes the key of an organization whose initials it spells."""
    full: dict[str, Linked] = {}
    for lk in links:
        if lk.type in {"Organization", "Agency"} and " " in lk.name:
            # the body's name as written spells it too: "Ministry of Foreign Affairs" is the "MFA" of
            # a text whose canonical name for it is "Foreign Ministry of X"
            for spelt in filter(None, (initials(lk.name), _spelt(lk.text))):
                full.setdefault(spelt, lk)
    out = []
    for lk in links:
        target = full.get(lk.text) if lk.text.isupper() and lk.type in {"Organization", "Agency"} else None
        if target and target.key != lk.key:
            lk = Linked(lk.start, lk.end, lk.text, target.type, target.key, target.name, lk.kind, target.same_as)
        out.append(lk)
    return out


def _merge_short_bodies(links: list[Linked]) -> list[Linked]:
    """A one-word body name takes the key of the one two-word body it opens ("Dunmore" -> "Dunmore School").

    Texts name an institution in full once and by its distinctive word after; a word that opens
    two bodies' names stays apart.
    """
    bodies = {"Organization", "Agency"}
    longer: dict[str, set[str]] = defaultdict(set)
    by_key: dict[str, Linked] = {}
    for lk in links:
        words = lk.name.split()
        if lk.type in bodies and len(words) == 2 and lk.kind == "name":
            longer[words[0]].add(lk.key)
            by_key[lk.key] = lk
    out = []
    for lk in links:
        owners = longer.get(lk.name, set()) if lk.type in bodies and " " not in lk.name else set()
        if len(owners) == 1:
            t = by_key[next(iter(owners))]
            lk = Linked(lk.start, lk.end, lk.text, t.type, t.key, t.name, lk.kind, t.same_as, t.parent)
        out.append(lk)
    return out


def _short_places(links: list[Linked]) -> list[Linked]:
    """A one-word name that opens the one longer place name of the text is that place: "Varta"
    after "the Varta River", "Kesh" after "Kesh Container Terminal", whatever the NER made of it.

    Only a name the NER took for a person or a body moves: a word read as a town, a region or a
    state names that place ("Kabul" of "Kabul Airport", the province a river is named after), and
    a word opening two places' names stays apart.
    """
    longer: dict[str, set[str]] = defaultdict(set)
    by_key: dict[str, Linked] = {}
    for lk in links:
        words = lk.name.split()
        if lk.type in {"Place", "Checkpoint"} and len(words) > 1 and lk.kind == "name":
            longer[words[0]].add(lk.key)
            by_key[lk.key] = lk
    out = []
    for lk in links:
        owners = longer.get(lk.name, set()) if lk.kind == "name" and " " not in lk.name else set()
        known = state_code(lk.name) or settlement_for(lk.name, primary_only=True)
        if len(owners) == 1 and not known and lk.type in {"Person", "Organization"}:
            t = by_key[next(iter(owners))]
            lk = Linked(lk.start, lk.end, lk.text, t.type, t.key, t.name, lk.kind, t.same_as, t.parent)
        out.append(lk)
    return out


def _head_of(word: str, name: str) -> bool:
    """``word`` is the head noun of the body ``name``: a generic one after its modifiers ("European
    Commission"), or the word before "of" ("House of Representatives", "Bank of Tarnia").
    """
    words = name.split()
    return (word.lower() in AGENCY_NOUNS and word in words[1:]) or _lead_of(word, name)


def _lead_of(word: str, name: str) -> bool:
    words = name.split()
    return len(words) > 2 and words[:2] == [word, "of"]


def _of_form_of(lk: Linked, links: list[Linked]) -> Linked:
    """ "the Election Committee" beside "the Election Committee of Varby Municipality": a body's
    name of several words that the text's one "X of Y" body opens with is that body, before or
    after it (the one-word heads are :func:`_bare_bodies`'s); with two such bodies it stays apart."""
    name = strip_the(lk.text)
    if lk.type not in {"Organization", "Agency"} or lk.kind != "name" or " " not in name or lk.parent is not None:
        return lk
    lead = f"{name} of "
    fulls = {p.key: p for p in links if p.type in {"Organization", "Agency"} and p.name.startswith(lead)}
    if len(fulls) != 1:
        return lk
    full = next(iter(fulls.values()))
    return Linked(lk.start, lk.end, lk.text, full.type, full.key, full.name, lk.kind, full.same_as, full.parent)


def _bare_bodies(links: list[Linked]) -> list[Linked]:
    """ "the Commission", "the House": a body's head noun alone is the body named before with it.

    News names a body in full and then by its head noun, capitalised ("the European Commission
    ... the Commission said", "the House of Representatives ... the House voted"): one node, not
    two; an "X of Y" body may come after its bare head. With no such body named, the word stays
    as written: a press release calls its own publisher "the Commission" throughout.
    """
    out: list[Linked] = []
    for lk in links:
        word = strip_the(lk.text)
        bare = lk.type in {"Organization", "Agency"} and lk.kind == "name" and " " not in word
        if not (bare and lk.key == entity_key(lk.type, word)):
            out.append(_of_form_of(lk, links))
            continue
        full = next((p for p in reversed(out) if p.type in {"Organization", "Agency"} and _head_of(word, p.name)), None)
        if full is None:  # "the House" opens a speech that names the House of Representatives later
            full = next((p for p in links if p.type in {"Organization", "Agency"} and _lead_of(word, p.name)), None)
        if full is not None:
            lk = Linked(lk.start, lk.end, lk.text, full.type, full.key, full.name, lk.kind, full.same_as, full.parent)
        out.append(lk)
    return out
