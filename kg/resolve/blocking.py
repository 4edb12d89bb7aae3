"""Candidate nodes -> the pairs worth comparing: nodes that share a blocking key.

Comparing every pair of a store's entities is quadratic; two names can only match when they
share a cheap key (same type group and surname skeleton for people, name skeleton for places,
normalised name, acronym or domain words for bodies, or an external identifier), so only nodes
in one block are compared. A new merge rule whose names share none of these keys needs a key here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from kg.lexicon.crossing_names import crossing_sides, without_kind
from kg.resolve.rules import (
    PLACE_TYPES,
    Candidate,
    acronym,
    ascii_name,
    bare_acronym,
    domain_words,
    match,
    person_parts,
    skeleton,
    type_group,
)

__all__ = ["blocking_keys", "entity_pairs"]


def blocking_keys(node: Candidate) -> set[str]:
    """Keys two nodes must share to be compared at all (same type group first)."""
    group = type_group(node.type)
    keys = {f"sameas {iri}" for iri in node.same_as}
    for name in node.names:
        if node.type == "Person":
            _, surname = person_parts(name)
            if surname:
                keys.add(f"{group} {skeleton(surname)}")
        elif node.type in PLACE_TYPES:
            keys.add(f"{group} {skeleton(name)}")
            if node.type == "Checkpoint":  # "Orsa crossing" beside "Vell - Orsa": see rules
                keys.update(f"{group} side {skeleton(town)}" for town in crossing_sides(name) or (without_kind(name),))
        else:
            keys.add(f"{group} {ascii_name(name)}")
            if short := bare_acronym(name):
                keys.add(f"{group} acr {short}")
            elif len(initials := acronym(name)) >= 2:
                keys.add(f"{group} acr {initials}")
            keys.add(f"{group} dom {' '.join(sorted(domain_words(name)))}")
    return keys


def entity_pairs(nodes: Mapping[str, Candidate]) -> set[tuple[float, str, str]]:
    """(score, a, b) for nodes of different documents that share a block and match, a < b."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for iri in sorted(nodes):
        for key in blocking_keys(nodes[iri]):
            blocks[key].append(iri)
    pairs = set()
    for members in blocks.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if not nodes[a].graphs & nodes[b].graphs and (found := match(nodes[a], nodes[b])):
                    pairs.add((found.score, a, b))
    return pairs
