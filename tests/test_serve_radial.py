"""kg/serve/radial.py: the page's neighbourhood layout keeps discs apart and neighbours together."""

from __future__ import annotations

import math
import random
from itertools import combinations

import pytest

from kg.serve.radial import MAX_BANDS, radial_layout


def _tree(fanouts: list[int], seed: int = 3) -> tuple[dict[str, int], dict[str, float], list[tuple[str, str]]]:
    """A center, one first-hop node per fan-out, that many second-hop nodes under each; a few cross links."""
    rng = random.Random(seed)
    depth, edges = {"c": 0}, []
    for i, fanout in enumerate(fanouts):
        depth[f"a{i}"] = 1
        edges.append(("c", f"a{i}"))
        for j in range(fanout):
            depth[f"b{i}-{j}"] = 2
            edges.append((f"b{i}-{j}", f"a{i}"))
    second = [n for n in depth if depth[n] == 2]
    for _ in range(len(second) // 10):  # second-hop nodes that also touch another first-hop node
        edges.append((f"a{rng.randrange(len(fanouts))}", rng.choice(second)))
    radius = {n: rng.uniform(0.03, 0.12) for n in depth}
    return depth, radius, edges


def _overlaps(positions: dict[str, tuple[float, float]], radius: dict[str, float]) -> list[tuple[str, str]]:
    return [
        (a, b)
        for a, b in combinations(sorted(positions), 2)
        if math.dist(positions[a], positions[b]) < radius[a] + radius[b] - 1e-5
    ]


@pytest.mark.parametrize(
    "fanouts",
    [
        [300, 2, 2, 1, 0, 0, 0, 40, 5],  # one hub takes most of the ring, leaves crowd the inner ring
        [20] * 30,  # 600 second-hop nodes spread evenly
        [0] * 60,  # a star: only first-hop nodes
    ],
)
def test_serve_radial_layout_keeps_every_disc_apart(fanouts: list[int]) -> None:
    depth, radius, edges = _tree(fanouts)
    positions = radial_layout("c", depth, radius, edges)
    assert set(positions) == set(depth) and positions["c"] == (0.0, 0.0)
    assert _overlaps(positions, radius) == []
    for node, (x, y) in positions.items():  # ring k starts k units out, and crowded rings spread outwards
        assert depth[node] <= math.hypot(x, y) + 1e-6 <= depth[node] + MAX_BANDS * 0.5


def test_serve_radial_layout_puts_children_beside_their_parent() -> None:
    depth, radius, edges = _tree([12, 3, 30, 7, 1, 18], seed=5)
    positions = radial_layout("c", depth, radius, [e for e in edges if e[0] == "c" or e[1].startswith("a")])
    angle = {n: math.atan2(y, x) % (2 * math.pi) for n, (x, y) in positions.items() if n != "c"}
    second = sorted((n for n in depth if depth[n] == 2), key=lambda n: angle[n])
    # going round the second ring, each parent's children come as one run
    runs = [n.split("-")[0] for n in second]
    changes = sum(1 for before, after in zip(runs, runs[1:] + runs[:1], strict=True) if before != after)
    assert changes == len({*runs})
    for n in second:  # and the run sits at its parent's angle, within its sector
        parent = "a" + n.split("-")[0][1:]
        gap = abs((angle[n] - angle[parent] + math.pi) % (2 * math.pi) - math.pi)
        assert gap < math.pi / 2


def test_serve_radial_layout_is_deterministic_whatever_the_edge_order() -> None:
    depth, radius, edges = _tree([9, 4, 0, 25], seed=8)
    shuffled = edges[:]
    random.Random(1).shuffle(shuffled)
    backwards = dict(reversed(depth.items()))
    assert radial_layout("c", depth, radius, edges) == radial_layout("c", backwards, radius, shuffled)
