"""(article text) -> the state a release's masthead names: "REPUBLIC OF X" over a ministry's communiqué.

Governments head their communiqués with the state's official name in capitals on the first line
("KINGDOM OF X", "THE Y REPUBLIC", "MINISTRY OF Z - REPUBLIC OF X"), then the issuing body and a
motto. The text then deals with the neighbour across the border, which it may name far more
often than its own state; the masthead says whose minister and whose spokesman the text names
bare. Only a part of the first line that is a state's name as a whole counts (a demonym alone,
a radio station's or a province's name, a joint statement's title are no state's masthead),
and only a line in capitals: a headline in title case is about a state, not issued by it.
"""

from __future__ import annotations

import re

from kg.lexicon.gazetteer import state_code

__all__ = ["masthead_state"]

#: Separators between a masthead's parts: "MINISTRY OF X - REPUBLIC OF Y", "OFFICE OF Z, REPUBLIC OF Y".
_PARTS = re.compile(r"\s+[-–—]{1,2}\s+|\s*,\s*")


def masthead_state(text: str) -> str | None:
    """Key of the state the first line names in capitals, whole or as one of its parts, else None."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    letters = [c for c in line if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return None
    for part in _PARTS.split(line):
        code = state_code(part.strip(" .:"))
        if code is not None:
            return f"state/{code}"
    return None
