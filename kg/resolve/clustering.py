"""Scored pairs of nodes -> clusters, under two constraints, in an order-free way.

Pairs are taken best score first (ties by IRI), and two clusters join only when

* no document graph holds a member of each (the extractor already decided, within a document,
  which mentions are one thing: the resolver never merges what one document keeps apart), and
* every member of one agrees with every member of the other (complete link), so a chain such
  as "A. Khan" ~ "Ahmed Khan" and "A. Khan" ~ "Ali Khan" never merges Ahmed with Ali.

The result depends only on the set of nodes and pairs, never on the order documents came in.
:func:`cluster_entities` applies it to the entities of the store, then lets a bare surname join
the one full-named person who bears it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from kg.lexicon.spelling import fold_name
from kg.resolve.blocking import entity_pairs
from kg.resolve.rules import Candidate, match, person_parts

__all__ = ["Pair", "cluster", "cluster_entities", "is_bare"]

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


def cluster_entities(nodes: Mapping[str, Candidate], pairs: Iterable[Pair] | None = None) -> list[list[str]]:
    """Clusters of entity nodes that name one thing, each sorted, the list sorted.

    ``pairs`` are the matching pairs among ``nodes`` when the caller has them (blocked from the
    store's index); otherwise they are found here.
    """
    graphs = {i: n.graphs for i, n in nodes.items()}
    found = entity_pairs(nodes) if pairs is None else pairs
    groups = cluster(graphs, found, lambda a, b: match(nodes[a], nodes[b]) is not None)
    return _attach_surnames(nodes, groups)


def is_bare(node: Candidate) -> bool:
    """A person named by a surname only, in every document."""
    return node.type == "Person" and all(not person_parts(n)[0] for n in node.names)


def _attach_surnames(nodes: Mapping[str, Candidate], groups: list[list[str]]) -> list[list[str]]:
    """A bare surname joins the one full-named person of that surname in the store, if only one."""
    owner = {iri: i for i, group in enumerate(groups) for iri in group}
    groups = [list(g) for g in groups]
    by_surname: dict[str, set[int | str]] = defaultdict(set)
    for iri, node in nodes.items():
        if node.type == "Person" and not is_bare(node):
            for name in node.names:
                given, surname = person_parts(name)
                if given:
                    by_surname[fold_name(surname)].add(owner.get(iri, iri))
    for iri, node in sorted(nodes.items()):
        if not is_bare(node) or iri in owner:
            continue
        targets = {t for n in node.names for t in by_surname.get(fold_name(person_parts(n)[1]), set())}
        if len(targets) != 1:
            continue  # no full name, or two people sharing the surname: leave it alone
        target = targets.pop()
        members = groups[target] if isinstance(target, int) else [target]
        if any(nodes[m].graphs & node.graphs for m in members):
            continue
        if isinstance(target, int):
            groups[target].append(iri)
        else:
            groups.append([target, iri])
            owner[target] = len(groups) - 1
        owner[iri] = owner[target] if not isinstance(target, int) else target
    return sorted(sorted(g) for g in groups)
