"""A turn label of office words (and a demonym) + the text's positions -> the holder it stands for.

Transcripts of press conferences and summits name their speakers once, in a header or the
host's opening ("Participants: Minister of Public Works Jo Roe; ..."; "President Ana Lind of
Norland and the Prime Minister of Tarnia, Hon. Eva Dahl, will speak"), then label the turns by
office alone ("MINISTER:") or by nationality and office ("NORLANDIC PRESIDENT:"). The positions
the text gives are the key: the label's office words open the title of the office, and a
demonym in the label must be the state the office is held in. Officials of other states named
later ("my counterpart, Minister X") hold the same title too, so of several holders the one the
text introduces first, the one the header presents, speaks.
"""

from __future__ import annotations

from collections.abc import Sequence

from unidecode import unidecode

from kg.lexicon.gazetteer import state_for_demonym
from kg.model import Entity, Position
from kg.nlp.roles import PERSON_NOUNS

__all__ = ["office_holder"]

#: Words of a label that say nothing of which office: "THE MINISTER".
_FILLERS = frozenset({"the"})
#: Words before an office that make it another office ("Assistant Minister" is no "MINISTER"),
#: besides the office words themselves ("Prime Minister", "Vice President").
_LESSER = frozenset({"assistant", "associate", "under", "junior"})


def _words(text: str) -> list[str]:
    """Words for comparison: ASCII, lower case, no punctuation around them, hyphens split."""
    return [p for w in unidecode(text).casefold().split() for p in w.strip(".,").split("-") if p]


def _titled(title: list[str], office: list[str]) -> bool:
    """True when a title is the office a label names: the label's words open the title ("Minister"
    of "Minister of Transport"), or end it after a field that is no office of its own ("Transport
    Minister", but not "Prime Minister")."""
    if title[: len(office)] == office:
        return True
    field = title[: len(title) - len(office)]
    return title[len(field) :] == office and not any(w in PERSON_NOUNS or w in _LESSER for w in field)


def office_holder(label: str, positions: Sequence[Position], people: Sequence[Entity]) -> Entity | None:
    """The person whose office a label of office words names, else None.

    "MINISTER" stands for a holder of a title opening with "Minister" ("Minister of Public Works");
    "NORLANDIC PRESIDENT" for a holder of a title opening with "President" held in Norland. A label
    with a word that is no office word and no demonym ("JANE ROE", "PRESS") names no office here.
    """
    states: set[str] = set()
    office: list[str] = []
    for word in label.split():
        state = state_for_demonym(word.strip(".,").title()) if word[:1].isupper() else None
        if state is not None and not office:
            states.add(state)  # "NORLANDIC PRESIDENT": the demonym before the office
            continue
        office += _words(word)
    office = [w for w in office if w not in _FILLERS]
    if not office or not any(w in PERSON_NOUNS for w in office):
        return None
    holders: dict[str, int] = {}  # person key -> where the text first gives them that office
    for p in positions:
        if not any(_titled(_words(t), office) for t in (p.title, *p.wordings)) or (states and p.post_in not in states):
            continue
        first = min((s.start for s in p.evidence), default=0)
        holders[p.holder] = min(first, holders.get(p.holder, first))
    if not holders:
        return None
    key = min(holders, key=lambda k: (holders[k], k))
    return next((e for e in people if e.key == key), None)
