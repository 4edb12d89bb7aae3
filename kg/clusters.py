"""Scored pairs of nodes -> clusters, under two constraints, in an order-free way.

Pairs are taken best score first (ties by IRI), and two clusters join only when

* no document graph holds a member of each (the extractor already decided, within a document,
  which mentions are one thing: the resolver never merges what one document keeps apart), and
* every member of one agrees with every member of the other (complete link), so a chain such
  as "A. Khan" ~ "Ahmed Khan" and "A. Khan" ~ "Ali Khan" never merges Ahmed with Ali.

The result depends only on the set of nodes and pairs, never on the order documents came in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

__all__ = ["Pair", "cluster"]

#: (score, iri a, iri b) with a < b
Pair = tuple[float, str, str]


def cluster(
    graphs: Mapping[str, frozenset[str]],
    pairs: Iterable[Pair],
    agree: Callable[[str, str], bool],
) -> list[list[str]]:
    """Clusters of two or more IRIs, each sorted, the list sorted by first member.

    Args:
        graphs: every node's document graphs (for the cannot-link constraint).
        pairs: candidate pairs with their scores.
        agree: whether two nodes match at all (asked for cross pairs not among ``pairs``).
    """
    owner = {iri: iri for iri in graphs}
    members: dict[str, list[str]] = {iri: [iri] for iri in graphs}
    seen: dict[str, frozenset[str]] = dict(graphs)
    memo: dict[tuple[str, str], bool] = {}

    def ok(a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        if key not in memo:
            memo[key] = agree(*key)
        return memo[key]

    for _, a, b in sorted(set(pairs), key=lambda p: (-p[0], p[1], p[2])):
        memo[(a, b) if a < b else (b, a)] = True
        ra, rb = owner[a], owner[b]
        if ra == rb or seen[ra] & seen[rb]:
            continue
        if not all(ok(x, y) for x in members[ra] for y in members[rb]):
            continue
        keep, gone = sorted((ra, rb))
        for iri in members[gone]:
            owner[iri] = keep
        members[keep] += members.pop(gone)
        seen[keep] = seen[keep] | seen.pop(gone)
    return sorted(sorted(group) for group in members.values() if len(group) > 1)
