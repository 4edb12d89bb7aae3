"""(Article, Entities) -> the body a text speaks for: the publisher, when it is an official body the text names.

An office named with no body ("Ambassador X", "the Minister, Y") in a ministry's or an agency's
release is held in that body or its state; an outlet ("Voice of X", "Daily W") speaks for none.
"""

from __future__ import annotations

import re

from kg.extract.office_context import international_body
from kg.extract.owners import OWNER_TYPES
from kg.lexicon.gazetteer import state_key
from kg.lexicon.names import strip_the
from kg.model import Article, Entity
from kg.nlp.executive_offices import executive_office_name

__all__ = ["BODY_WORDS", "publisher_owner"]

#: Head nouns of official bodies' names: a publisher named with one speaks for a government or an
#: agency ("Ministry of X", "Y Government"); one without is an outlet ("Voice of Z", "Daily W").
BODY_WORDS = frozenset(
    {
        "department",
        "ministry",
        "government",
        "office",
        "commission",
        "agency",
        "service",
        "council",
        "embassy",
        "mission",
        "delegation",
        "presidency",
        "secretariat",
        "administration",
        "directorate",
        "directorate-general",
        "dg",
        "cabinet",
    }
)


#: A body's mouthpiece: "Police Press Office", "Presidential Press Service", "Army Media Centre".
_PRESS_OFFICE = re.compile(r"\b(?:press|media)\s+(?:office|service|centre|center|unit)$", re.I)


def publisher_owner(article: Article, entities: tuple[Entity, ...]) -> str | None:
    """The body the text speaks for, when its publisher is one the text names.

    A part of the publisher's name ("Canadian Ministry of Health, Press Office") that is a body of
    the text; else, for an official body (its name has a head noun such as "Ministry" or
    "Government"), a state its name names ("Canada", "U.S."; the text need not name it), or a body
    of the text that shares its first word or ends its name ("African Union Commission" and the
    African Union). An outlet ("Voice of X") speaks for no state it happens to be named after.
    """
    if not article.publisher:
        return None
    # a body's press office ("X Police Press Office") speaks for the body and holds none of its offices
    bodies = [e for e in entities if e.type in OWNER_TYPES and not _PRESS_OFFICE.search(e.name)]
    keys = {e.key for e in bodies}
    # a spaced dash parts names as a comma does: "Norland Armed Forces - Land Army, Press Desk"
    parts = [strip_the(p) for p in re.split(r"\s*[,;/|()]\s*|\s+[-–—]\s+", article.publisher) if p.strip()]
    official = any(BODY_WORDS & set(p.casefold().split()) for p in parts)
    for part in parts:
        for entity in bodies:
            if executive_office_name(entity.name):
                continue  # a head of government's office speaks for its state: its ministers are the state's
            if (official or entity.type == "Agency") and part.casefold() in {
                n.casefold() for n in (entity.name, *entity.aliases)
            }:
                return entity.key
    if not official:
        # an outlet, not an official body, speaks for none of the bodies it names; an
        # international organization publishing its own briefing speaks for itself
        return next((key for part in parts if (key := international_body(part))), None)
    fallback = None
    for part in parts:
        words = part.split()
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                key = state_key(" ".join(words[i : i + n]))
                if key in keys:
                    return key
                fallback = fallback or key
    for part in parts:
        words = part.split()
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        for entity in bodies:
            if entity.type != "State" and (entity.name.split()[0] == words[0] or part.endswith(f" {entity.name}")):
                return entity.key
    return fallback
