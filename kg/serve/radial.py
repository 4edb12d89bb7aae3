"""A neighbourhood (center, hop and radius of each node, edges) -> node positions: a radial tree.

A neighbourhood is nearly a tree around its center, so it reads best as one: each node sits in
its parent's angular sector (children beside the node they hang from, so edges stay short and a
node's neighbours stay together), a sector as wide as its subtree needs. Plain rings put a few
hundred second-hop nodes on one circle, where they pile into a solid band; here a crowded ring is
spread over staggered sub-rings until no two nodes overlap.

Positions and radii share one unit (rings are one unit apart), and the page draws sizes in that
unit too, so "no overlap" holds on screen at any zoom. Computed on the server in O(nodes x
sub-rings), deterministic (no random start, no iterations): the same neighbourhood always draws
the same picture, and the page only draws.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

__all__ = ["GAP", "MAX_BANDS", "Order", "radial_layout"]

Order = Callable[[str], tuple[str, ...]]  # sort key of sibling nodes

#: Clear space kept between two nodes' discs, in ring gaps.
GAP = 0.02
#: Most sub-rings one ring spreads over; past that, nodes of a very crowded ring may touch.
MAX_BANDS = 10


def _parents(depth: dict[str, int], edges: Iterable[tuple[str, str]], order: Order) -> dict[str, str]:
    """Each non-center node's parent: its first neighbour (in ``order``) one hop nearer the center."""
    nearer: dict[str, list[str]] = {}
    for a, b in edges:
        for node, other in ((a, b), (b, a)):
            if node in depth and other in depth and depth[other] == depth[node] - 1:
                nearer.setdefault(node, []).append(other)
    return {node: min(options, key=order) for node, options in nearer.items()}


def _angles(
    center: str, depth: dict[str, int], radius: dict[str, float], parent: dict[str, str], order: Order
) -> dict[str, float]:
    """Each node's angle: the middle of its sector, which is as wide as the node or its subtree needs.

    A node needs the angle its disc (plus ``GAP``) spans on its ring; a subtree needs the larger of
    that and its children's total. The center's children share the whole circle in proportion.
    """
    children: dict[str, list[str]] = {}
    for node in sorted(depth, key=order):
        if node != center:
            children.setdefault(parent.get(node, center), []).append(node)
    need: dict[str, float] = {}
    for node in sorted(depth, key=lambda n: -depth[n]):  # deepest first: children before parents
        own = (2 * radius[node] + GAP) / max(1, depth[node])
        need[node] = max(own, sum(need[c] for c in children.get(node, [])))
    angle = {center: 0.0}
    stack = [(center, 0.0, 2 * math.pi)]
    while stack:
        node, start, width = stack.pop()
        kids = children.get(node, [])
        total = sum(need[k] for k in kids)
        for kid in kids:
            share = width * need[kid] / total
            angle[kid] = start + share / 2
            stack.append((kid, start, share))
            start += share
    return angle


def _bands(angles: list[float], radii: list[float], ring: float) -> int:
    """How many staggered sub-rings keep discs at these sorted ``angles`` apart on a ring of radius ``ring``.

    Node i goes to sub-ring i mod m: the answer is the smallest m for which any two nodes that
    follow each other on a sub-ring (the last and the first too: it is a circle) are at least
    their two radii plus ``GAP`` apart.
    """
    count = len(angles)
    for bands in range(1, min(count, MAX_BANDS) + 1):
        if all(_apart(angles, radii, ring, list(range(band, count, bands))) for band in range(bands)):
            return bands
    return min(count, MAX_BANDS)


def _apart(angles: list[float], radii: list[float], ring: float, members: list[int]) -> bool:
    if len(members) < 2:
        return True
    return all(
        2 * ring * math.sin((angles[b] - angles[a]) % (2 * math.pi) / 2)  # the chord between them
        >= radii[a] + radii[b] + GAP
        for a, b in zip(members, members[1:] + members[:1], strict=True)
    )


def radial_layout(
    center: str,
    depth: dict[str, int],
    radius: dict[str, float],
    edges: Iterable[tuple[str, str]],
    order: Order = lambda node: (node,),
) -> dict[str, tuple[float, float]]:
    """Positions of the nodes of ``depth`` (hops from ``center``) with disc ``radius``, as a radial tree.

    Rings are one unit apart (plus the sub-rings a crowded ring needs). ``order`` sorts siblings
    (by type and name, say, so that alike nodes sit together); a node with no parent among
    ``edges`` hangs from the center. Radii must stay well under half a unit.
    """
    angle = _angles(center, depth, radius, _parents(depth, edges, order), order)
    rings: dict[int, list[str]] = {}
    for node in depth:
        rings.setdefault(depth[node], []).append(node)
    positions = {center: (0.0, 0.0)}
    ring = 0.0
    for hop in sorted(k for k in rings if k > 0):
        members = sorted(rings[hop], key=lambda n: (angle[n], order(n)))
        ring += 1.0
        bands = _bands([angle[n] for n in members], [radius[n] for n in members], ring)
        step = 2 * max(radius[n] for n in members) + GAP
        for index, node in enumerate(members):
            r = ring + step * (index % bands)
            positions[node] = (round(r * math.cos(angle[node]), 6), round(r * math.sin(angle[node]), 6))
        ring += step * (bands - 1)
    return positions
