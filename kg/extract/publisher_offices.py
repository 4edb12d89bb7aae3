"""(a title named bare, the publisher's name) -> whether the office is the publishing body's own.

An office a release names with no body ("the Superintendent of Migration, X", "the Chief of
Defence, Y") is held in the body that published it only when the body is of that office's kind: a
title whose complement names another field or body, or the head of the armed forces, is the
state's, whichever ministry or service quotes it.
"""

from __future__ import annotations

import re

__all__ = ["forces_head", "other_body"]

#: The head of a state's armed forces: "Chief of Defence", "Chief of the General Staff", "Commander
#: of the Armed Forces", "Chief of the Defence Staff".
_FORCES_HEAD = re.compile(
    r"^(?:chief|commander|head)\s+of\s+(?:the\s+)?"
    r"(?:defen[cs]e(?:\s+staff|\s+forces)?|general\s+staff|armed\s+forces)$",
    re.I,
)

#: Words of a title's complement that name no field: "Minister of State", "Secretary of State for X".
_NO_FIELD = frozenset({"the", "of", "for", "and", "a", "an", "state", "national", "public", "general"})

#: Heads of a region the state appoints: a ministry's release names them, but they head the region.
_REGION_HEADS = frozenset({"governor", "prefect"})

#: Letters two spellings of one field share: "Migration" / "Migraciones", "Defence" / "Defense".
_STEM = 5


def forces_head(title: str) -> bool:
    """The title is the head of the armed forces: "the Chief of Defence" commands the state's forces.

    A defence ministry's release quoting "the Chief of Defence, General X" does not make X the
    ministry's chief: X commands the forces, which the state has, whoever publishes the text.
    """
    return bool(_FORCES_HEAD.match(title))


def other_body(title: str, publisher_names: list[str]) -> bool:
    """The title's "of" complement names a field the publisher's name does not: not the publisher's office.

    "the Superintendent of Migration, X" in a foreign ministry's release, "Minister of Trade Y" in
    a ministry of the interior's: the office is of another body of the state. A title with no
    complement ("Spokesperson", "Defence Minister"), or whose field the name shares ("Deputy
    Minister of Interior" in the "Ministry of Interior"), says nothing against the publisher. A
    governor or a prefect heads a region, not the ministry that quotes them.
    """
    words = title.lower().split()
    named = {w[:_STEM] for name in publisher_names for w in re.findall(r"[\w-]+", name.lower())}
    head = words[: words.index("of")] if "of" in words else words
    if head and head[-1] in _REGION_HEADS:
        return head[-1][:_STEM] not in named  # "the Governor, X" in an interior ministry's briefing
    field = [w for w in words[words.index("of") + 1 :] if w not in _NO_FIELD] if "of" in words else []
    return bool(field) and not any(w[:_STEM] in named for w in field)
