"""A number set after a total as its part: "prevented 4,155 attempts, 263 of them in May alone".

News gives a total and then a share of it in apposition, with its own time or place: the share is a
figure of the same event kind, counted by the same verb ("263 of them in May" were prevented too).
The parser hangs such a number on the verb as a bare noun phrase, where a count of days or a sum
of money also stands; "of them" (or "of whom", "of these") pointing back at the people just counted
is what makes it a head count. A time written inside the share's stretch ("held 57 people this
year, nine of them in February") is the share's, never the total's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["in_part_stretch", "part_of_whole"]

#: Words that point back at the counted whole: "263 of them", "of whom 90", "300 of these".
_WHOLE_WORDS = frozenset(("them", "whom", "these", "those"))


def part_of_whole(num: Token) -> bool:
    """True when ``num`` is followed by "of them" (or "of whom", "of these"): a part of a total."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in _WHOLE_WORDS for g in c.children)
        for c in num.children
    )


#: The stretch of a number set after its total as its share, up to where the text reaches: ", eleven
#: of them in", "; 1,200 of these during" (the parser hangs the share's time on the verb, so it is read
#: on the words); "most of them" is no figure of its own.
_NUMBER = (
    r"(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)(?:[\s-][a-z]+)*?)"
)
_PART_STRETCH = re.compile(
    rf"[,;]\s*(?:(?:about|some|around|nearly|almost|over)\s+)?{_NUMBER}\s+of\s+(?:them|whom|these|those)\b[^,;.]*$",
    re.I,
)


def in_part_stretch(before: str) -> bool:
    """True when ``before`` (its sentence up to a time) ends inside a share's stretch: the time is the share's."""
    return _PART_STRETCH.search(before) is not None
