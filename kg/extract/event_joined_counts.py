"""Two counted groups joined by "and": "620 officers and 410 soldiers of the X were deployed". Each
group is a deployment of its own, with its own figure and its own body (the "of" phrase after it),
not one deployment counted by the first number only; things sent beside them ("2,340 servicemen
and 71 vehicles") are no group of people."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_sent_counts import sent_count
from kg.extract.event_sent_forces import people_noun
from kg.extract.quantities import QuantityMatch


def joined_counts(obj: Token | None, quants: list[QuantityMatch]) -> list[tuple[QuantityMatch, list[Token]]]:
    """For each counted people noun joined after ``obj`` ("and 410 soldiers of the X"), its figure
    and the nouns of its own "of"/"from" phrase (the body they belong to); empty when ``obj`` is
    not counted itself ("officers and 410 soldiers" is one group)."""
    if obj is None or (first := sent_count(obj, quants)) is None:
        return []
    out: list[tuple[QuantityMatch, list[Token]]] = []
    for conj in (c for c in obj.conjuncts if c.i > obj.i):
        q = sent_count(conj, quants)
        if q is None or not people_noun(conj) or q.start == first.start:
            continue  # "a platoon and 120 guards": the guards already count the unit's deployment
        bodies = [
            g for c in conj.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for g in c.children
            if g.dep_ == "pobj"
        ]  # fmt: skip
        out.append((q, bodies))
    return out
