"""The browser page of `kg serve`, driven in headless Chromium by playwright-core (tests/js/page_check.mjs).

A user searches a name, the neighbourhood draws, a mouse click on a node shows its documents and
evidence with the span highlighted; nothing is fetched from outside the server (no CDN). Needs
Debian's ``chromium`` (``apt-get install chromium``; .ci/run installs it) and ``npm ci --prefix
tests/js``: a missing browser is a failure, not a skip, so CI cannot pass without running it.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from itertools import combinations
from pathlib import Path

import pytest

from kg.store import KGStore

Serve = Callable[[Path, Path], AbstractContextManager[str]]

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "tests" / "js" / "page_check.mjs"
DRAW = ROOT / "tests" / "js" / "page_draw.mjs"
NPM = ROOT / "tests" / "js" / "node_modules"
VENDOR = ROOT / "kg" / "serve" / "static" / "vendor"
CHROMIUM = Path("/usr/bin/chromium")


def _select(base: str, query: str) -> list[dict[str, str]]:
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query})}"
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        data = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@pytest.mark.parametrize(
    ("vendored", "package"),
    [("sigma.min.js", "sigma/dist/sigma.min.js"), ("graphology.umd.min.js", "graphology/dist/graphology.umd.min.js")],
)
def test_serve_page_vendored_scripts_are_the_npm_packages(vendored: str, package: str) -> None:
    source = NPM / package
    assert source.is_file(), f"{source} missing: run `npm ci --prefix tests/js`"
    assert (VENDOR / vendored).read_bytes() == source.read_bytes(), f"refresh kg/serve/static/vendor/{vendored}"


def _node() -> str:
    assert CHROMIUM.is_file(), "Debian's chromium is not installed: `apt-get install chromium` (.ci/run does it)"
    node = shutil.which("node")
    assert node, "node is not installed: the page test drives Chromium with playwright-core"
    assert (NPM / "playwright-core").is_dir(), "playwright-core missing: run `npm ci --prefix tests/js`"
    return node


def test_serve_page_search_draw_click_shows_evidence(served: str, tmp_path: Path) -> None:
    node = _node()
    # the busiest state of the store, searched by a lower-case part of its name
    (top,) = _select(
        served,
        "PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?label WHERE { ?s a kg:State ; rdfs:label ?label ; kg:evidence ?m } "
        "GROUP BY ?label ORDER BY DESC(COUNT(?m)) ?label LIMIT 1",
    )
    typed = top["label"][:5].lower()
    shot = tmp_path / "page.png"
    run = subprocess.run([node, str(CHECK), served, typed, str(shot)], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["outside"] == [] and seen["errors"] == []
    assert seen["graph"]["center"] == top["label"] and seen["graph"]["order"] > 2 and seen["graph"]["size"] > 0
    target = seen["graph"]["target"]
    assert seen["evidence"]["selected"] == target["id"] and seen["evidence"]["title"] == target["label"]
    spans = _select(
        served,
        "PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/"
        f"ontologies/nif-core#> SELECT ?text WHERE {{ <{target['id']}> kg:evidence/nif:anchorOf ?text }}",
    )
    assert seen["evidence"]["marks"] and set(seen["evidence"]["marks"]) <= {s["text"] for s in spans}
    assert shot.stat().st_size > 10_000


def _hub_turtle(neighbours: int = 24, events: int = 22, offices: int = 16) -> str:
    """An invented state with bordering states, each the origin of many crossings, and office holders."""

    def kgr(path: str) -> str:
        return f"<https://w3id.org/newskg/id/{path}>"

    hub = kgr("state/hub")
    lines = [
        "@prefix kg: <https://w3id.org/newskg/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        f'{hub} a kg:State ; rdfs:label "Zentravia" ; kg:evidence {kgr("m/hub-0")}, {kgr("m/hub-1")} .',
    ]
    for i in range(neighbours):
        state = kgr(f"state/n{i}")
        mentions = ", ".join(kgr(f"m/n{i}-{k}") for k in range(1 + i % 6))
        lines.append(f'{state} a kg:State ; rdfs:label "Borderland {i}" ; kg:borders {hub} ; kg:evidence {mentions} .')
        lines += [
            f'{kgr(f"event/x{i}-{j}")} a kg:BorderCrossing ; rdfs:label "Crossing {i}.{j}" ; kg:origin {state} .'
            for j in range(events)
        ]
    for k in range(offices):
        lines.append(f'{kgr(f"position/p{k}")} a kg:Position ; kg:title "Minister {k}" ; kg:postIn {hub} .')
        holder = f'{kgr(f"person/h{k}")} a kg:Person ; rdfs:label "Holder {k}"'
        lines.append(f"{holder} ; kg:holds {kgr(f'position/p{k}')} .")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def served_hub(serve: Serve, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`kg serve` over a generated store whose hub has a 2-hop neighbourhood of about 600 nodes."""
    where = tmp_path_factory.mktemp("hub")
    (where / "hub.ttl").write_text(_hub_turtle(), encoding="utf-8")
    store = KGStore(where / "store")
    store.load_file(where / "hub.ttl")
    store.flush()
    del store
    with serve(where / "store", where / "serve.log") as base:
        yield base


def test_serve_page_draws_a_large_neighbourhood_quickly_with_discs_apart(served_hub: str, tmp_path: Path) -> None:
    node = _node()
    hub = "https://w3id.org/newskg/id/state/hub"
    url = f"{served_hub}/api/neighbourhood?{urllib.parse.urlencode({'iri': hub, 'hops': 2})}"
    with urllib.request.urlopen(url, timeout=60) as response:
        hood = json.load(response)
    assert hood["complete"] and len(hood["nodes"]) == 1 + 24 + 24 * 22 + 16 + 16
    discs = [((n["x"], n["y"]), n["size"]) for n in hood["nodes"]]
    assert not [(a, b) for a, b in combinations(discs, 2) if math.dist(a[0], b[0]) < a[1] + b[1] - 1e-3]

    shot = tmp_path / "hub.png"
    command = [node, str(DRAW), served_hub, "zentra", "2", "2", str(shot)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["outside"] == [] and seen["errors"] == []
    assert seen["graph"]["center"] == "Zentravia" and seen["graph"]["order"] == len(hood["nodes"]) >= 500
    assert seen["graph"]["size"] == len(hood["edges"])
    # the benchmark (benchmarks/page_draw.py) holds the 2 s target; this bound only catches a page
    # that has become an order of magnitude slower on a shared test machine
    assert all(t["nodes"] == len(hood["nodes"]) and 0 < t["drawMs"] < 10_000 for t in seen["runs"])
    assert shot.stat().st_size > 10_000
