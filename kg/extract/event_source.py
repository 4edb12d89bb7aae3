"""Article publisher + entities -> the source of figures nobody in the text is credited with.

A press release states its own figures without "said": "more than 1,000 people crossed last
week" in an agency's release is the agency's figure, and the closures and operations it
announces are its news too. When the manifest names the publisher and that publisher is one of
the document's agencies or states (not a news organization, which reports others' figures), a
counted event (a crossing figure, arrests, rescues, a deployment), closure or operation with no
stated source is credited to it
(``kg:reportedBy``), the publisher's own acts too (a coast guard's release of the rescues it
carried out). A figure the text attributes ("according to X", "X said") keeps its own source.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.index import EntityIndex
from kg.extract.publisher_owner import BODY_WORDS
from kg.lexicon.gazetteer import state_key, state_slug
from kg.lexicon.names import initials
from kg.model import Entity, Event

__all__ = ["credit_publisher", "publisher_key"]

#: Publishers whose own figures a release states: government and intergovernmental bodies and
#: states. A news organization reports others' figures, so it is never credited this way.
_SOURCE_TYPES = ("Agency", "State")
#: Words a publisher line adds to the name of the body publishing ("UK Government", "Press Office").
_GENERIC_TAIL = re.compile(r"\s+(?:government|press\s+office|press\s+service|newsroom)$", re.I)
#: A note in brackets closing a publisher line ("Border Police (press release)"): no part of the name.
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
#: Words two spellings of one body's name may add or drop ("Ministry of Foreign Affairs" and
#: "Foreign Ministry", "the Border Guard of X" and "X Border Guard").
_FILLER = frozenset({"the", "of", "for", "and", "in", "affairs"})
#: Heads of bodies besides :data:`BODY_WORDS` whose own publications state their own figures:
#: forces, guards and councils ("Coast Guard", "Refugee Council"); outlets' words rule one out.
_OWN_HEADS = BODY_WORDS | {"guard", "police", "force", "forces", "navy", "army", "command", "headquarters"}
_MEDIA = frozenset({"news", "press", "presse", "media", "radio", "television", "wire", "broadcasting"})
#: Event types a release reports as news of its own even without a figure.
_NEWS_TYPES = ("BorderClosure", "MilitaryOperation", "Mobilization")


def _norm(text: str) -> str:
    text = re.sub(r"[^\w]+", " ", text.casefold()).strip()
    return re.sub(r"^the ", "", text)


def _signature(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a body's name, without filler, and the states it names by name or demonym.

    "Polish Border Guard" and "Border Guard of Poland" both give ({border, guard}, {PL}); the
    longest run of words naming a state wins ("Trinidad and Tobago").
    """
    words = re.findall(r"[\w'’.-]+", name)
    plain: set[str] = set()
    states: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            key = state_key(" ".join(words[i : i + n]))
            if key is not None and words[i][:1].isupper():
                states.add(key)
                i += n
                break
        else:
            if words[i].casefold() not in _FILLER:
                plain.add(words[i].casefold())
            i += 1
    return frozenset(plain), frozenset(states)


def _owned_by(entity: Entity, state: str) -> bool:
    """Whether a body's key is qualified by ``state`` (``agency/border-guard-poland``)."""
    return entity.key.endswith("-" + state_slug(state.removeprefix("state/")))


def _same_body(publisher: str, entity: Entity, doc_states: list[str]) -> bool:
    """Whether the publisher line names ``entity`` in another spelling of one of its names.

    A state the line names must be the body's own: its key is qualified by it, or by no state of
    the text at all ("Norland Police Information Bureau" publishing, "the Police Information Bureau" in its text).
    """
    words, states = _signature(publisher)
    if not words or len(states) > 1:
        return False
    for name in (entity.name, *entity.aliases):
        own_words, own_states = _signature(name)
        if own_words != words:
            continue
        if own_states == states:
            return True
        stateless = not any(_owned_by(entity, s) for s in doc_states)
        if not own_states and (all(_owned_by(entity, s) for s in states) or stateless):
            return True
    return False


def _local_office(part: str, entity: Entity) -> bool:
    """Whether a publisher line names ``entity`` with the area it serves after it: "Customs
    Directorate for Eastfield Province" publishing, "the Customs Directorate" in its text."""
    for name in (entity.name, *entity.aliases):
        head = _norm(name)
        if len(head.split()) > 1 and re.match(re.escape(head) + r" (?:for|in) \w", _norm(part)):
            return True
    return False


def _office_body(part: str) -> tuple[str, str] | None:
    """The body a publisher line names with its office's state after it, and that state ("UNHCR
    Chile", "IOM Peru": the agency's country office publishes as the agency); None when no state
    ends the line."""
    words = part.split()
    for n in range(min(4, len(words) - 1), 0, -1):
        if (state := state_key(" ".join(words[-n:]))) is not None:
            return " ".join(words[:-n]), state
    return None


def publisher_key(publisher: str | None, index: EntityIndex) -> str | None:
    """The entity a publisher line names, when one of its parts is an entity's name; else None.

    "Europol" -> the Europol agency; "Ruritania Government, Foreign Office" -> Ruritania, when the
    text names it; "Norland Coast Guard (media release)" -> the coast guard the text calls "the
    Coast Guard", keyed as Norland's; "Norland Refugee Council" -> the "NRC" of the text; "Refugee
    Agency Norland" -> the refugee agency (its office in Norland). The first part that names an
    entity wins. An organization
    counts when the line names it as a body (a council, a commission) and not as an outlet.
    """
    if not publisher:
        return None
    publisher = _NOTE.sub("", publisher)
    words = set(_norm(publisher).split())
    official = bool(words & _OWN_HEADS) and not words & _MEDIA
    types = (*_SOURCE_TYPES, "Organization") if official else _SOURCE_TYPES
    entities = [e for e in sorted(index.by_key.values(), key=lambda e: e.key) if e.type in types]
    names: dict[str, str] = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
            names.setdefault(_norm(name), entity.key)
    parts = re.split(r"\s*[,;/|]\s*|\s+[-–]\s+", publisher)
    for part in parts:
        for candidate in (part, _GENERIC_TAIL.sub("", part)):
            key = names.get(_norm(candidate))
            if key is not None:
                return key
    states = [e.key for e in entities if e.type == "State"]
    for part in parts:  # "Refugee Agency Chile": the body's office in a state publishing
        office = _office_body(part)
        body = index.by_key.get(names.get(_norm(office[0]), "")) if office else None
        if office is None or body is None or body.type == "State":
            continue
        # an international body, or the state's own: never another state's ("Coast Guard Chile"
        # is not Iceland's coast guard)
        if _owned_by(body, office[1]) or not any(_owned_by(body, st) for st in states):
            return body.key
    for part in parts:
        for entity in entities:
            if entity.type != "State" and (_same_body(part, entity, states) or _local_office(part, entity)):
                return entity.key
    for part in parts:  # "Ruritanian Refugee Council" publishing, "the RRC" in its text
        key = names.get(_norm(initials(part))) if len(part.split()) > 2 else None
        if key is not None:
            return key
    return None


def credit_publisher(events: tuple[Event, ...], key: str | None) -> tuple[Event, ...]:
    """``events`` with counted ones, closures and operations that name no source credited to ``key``."""
    if key is None:
        return events
    out = []
    for ev in events:
        counted = ev.count is not None or ev.count_min is not None or ev.count_max is not None
        news = counted or ev.type in _NEWS_TYPES
        if news and not ev.reported_by:  # its own acts too: "the Coast Guard rescued 212 people"
            ev = replace(ev, reported_by=(key,))
        out.append(ev)
    return tuple(out)
