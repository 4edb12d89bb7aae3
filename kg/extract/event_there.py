"""(entity index, verb) -> the place an adverb "there" on a deployment points back to.

Officials answering questions rarely repeat the name of the place they were asked about: "X is
where the queues are worst. Last week we put two dozen extra guards there." The "there" is the place
named last before it, a settlement, a crossing point or a region, at most a paragraph back. An
expletive "there" ("there are 400 soldiers in X") is no adverb and points nowhere; a state named
last is no such place (officers are posted to a town or a post, not "to Ruritania there").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.index import EntityIndex

__all__ = ["placed_there"]

#: How far back, in characters, a "there" may point: about a paragraph of speech.
_WINDOW = 600
#: What a force is posted "there" at.
_PLACES = ("Settlement", "Checkpoint", "Region")


def placed_there(index: EntityIndex, verb: Token) -> list[str]:
    """The key of the place the adverb "there" on ``verb`` (or on the force it sends, where the
    parser may hang it) points back to, as a list (empty when there is no such adverb or nothing
    fitting was named just before)."""
    held = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]  # "posted 25 officers there"
    there = next((c for h in held for c in h.children if c.dep_ == "advmod" and c.lower_ == "there"), None)
    if there is None:
        return []
    found = index.before(there.idx, _PLACES, within=_WINDOW)
    return [found.key] if found is not None else []
