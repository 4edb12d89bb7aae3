"""A body's own name -> whether it names a body of a region of the world, above any one state.

"The Gulf Maritime Council", "the West Nordic Fisheries Council", "the Joint Boundary Commission":
a body named after a region that spans several states, calling itself by a continent's or a
bloc's adjective or one of standing between states ("the Interstate Water Council"), or a joint
commission of two governments, is one its member states share. No
home state of the story owns it, however often the story names that state: its key and its
``partOf`` must not name one.
"""

from __future__ import annotations

from kg.lexicon.demonyms import WORLD_REGIONS

__all__ = ["above_states"]

#: Continents of the world regions of several words ("West Africa", "Central Asia").
_CONTINENTS = frozenset({"Africa", "America", "Asia", "Europe"})
#: World regions that span several states: "the Gulf", "the Sahel", "West Africa", "Scandinavia";
#: not a disputed or single state's territory ("Crimea", "Darfur", "Kashmir").
_REGIONS = tuple(
    sorted(
        (
            r.removeprefix("the ").split()
            for r in WORLD_REGIONS
            if r.startswith("the ") or r.split()[-1] in _CONTINENTS or r == "Scandinavia"
        ),
        key=len,
        reverse=True,
    )
)
#: Adjectives that say a body stands between states ("the Interstate Water Council", "a Binational
#: Commission"): the states that set it up share it (written with or without a hyphen).
_BETWEEN_STATES = frozenset({"interstate", "intergovernmental", "binational", "bilateral"})
#: Adjectives of continents and blocs a shared body's name may carry anywhere ("West Nordic", "Pan-African").
_CONTINENTAL = frozenset({"nordic", "african", "asian", "arab", "european", "american", "scandinavian", "baltic"})


def above_states(words: list[str]) -> bool:
    """``words`` (a name without its article) open with a world region of several states, carry a
    continent's or bloc's adjective or one of standing between states ("Interstate", "Binational"), or
    name a joint commission ("the Joint Border Commission" two governments convene; a state's joint
    command or staff is its own). A state's own demonym of
    several words ("South African") is the caller's to read first."""
    if any(words[: len(region)] == region for region in _REGIONS):
        return True
    if len(words) > 1 and words[0] == "Joint" and words[-1] == "Commission":
        return True
    if any(word.lower().replace("-", "") in _BETWEEN_STATES for word in words):
        return True
    return any(part.lower() in _CONTINENTAL for word in words for part in word.split("-"))
