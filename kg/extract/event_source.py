"""Article publisher + entities -> the source of figures nobody in the text is credited with.

A press release states its own figures without "said": "more than 1,000 people crossed last
week" in an agency's release is the agency's figure. When the manifest names the publisher and
that publisher is one of the document's agencies or states (not a news organization, which
reports others' figures), a counted event with no stated source is credited to it
(``kg:reportedBy``). A figure the text attributes ("according to X", "X said")
keeps its own source.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.index import EntityIndex
from kg.model import Event

__all__ = ["credit_publisher", "publisher_key"]

#: Publishers whose own figures a release states: government and intergovernmental bodies and
#: states. A news organization reports others' figures, so it is never credited this way.
_SOURCE_TYPES = ("Agency", "State")
#: Words a publisher line adds to the name of the body publishing ("UK Government", "Press Office").
_GENERIC_TAIL = re.compile(r"\s+(?:government|press\s+office|press\s+service|newsroom)$", re.I)


def _norm(text: str) -> str:
    text = re.sub(r"[^\w]+", " ", text.casefold()).strip()
    return re.sub(r"^the ", "", text)


def publisher_key(publisher: str | None, index: EntityIndex) -> str | None:
    """The entity a publisher line names, when one of its parts is an entity's name; else None.

    "Europol" -> the Europol agency; "Ruritania Government, Foreign Office" -> Ruritania, when the
    text names it. The first part that names an entity wins.
    """
    if not publisher:
        return None
    names: dict[str, str] = {}
    for entity in sorted(index.by_key.values(), key=lambda e: e.key):
        if entity.type not in _SOURCE_TYPES:
            continue
        for name in (entity.name, *entity.aliases, *(m.text for m in entity.mentions)):
            names.setdefault(_norm(name), entity.key)
    for part in re.split(r"\s*[,;/|]\s*|\s+[-–]\s+", publisher):
        for candidate in (part, _GENERIC_TAIL.sub("", part)):
            key = names.get(_norm(candidate))
            if key is not None:
                return key
    return None


def credit_publisher(events: tuple[Event, ...], key: str | None) -> tuple[Event, ...]:
    """``events`` with counted ones that name no source credited to the publisher ``key``."""
    if key is None:
        return events
    out = []
    for ev in events:
        counted = ev.count is not None or ev.count_min is not None or ev.count_max is not None
        if counted and not ev.reported_by and ev.type != "Event" and key not in ev.agent:
            ev = replace(ev, reported_by=(key,))
        out.append(ev)
    return tuple(out)
