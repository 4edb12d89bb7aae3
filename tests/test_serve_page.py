"""The browser page of `kg serve`, driven in headless Chromium by playwright-core (tests/js/page_check.mjs).

A user searches a name, the neighbourhood draws, a mouse click on a node shows its documents and
evidence with the span highlighted; nothing is fetched from outside the server (no CDN). Needs
Debian's ``chromium`` (``apt-get install chromium``; .ci/run installs it) and ``npm ci --prefix
tests/js``: a missing browser is a failure, not a skip, so CI cannot pass without running it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHECK = ROOT / "tests" / "js" / "page_check.mjs"
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


def test_serve_page_search_draw_click_shows_evidence(served: str, tmp_path: Path) -> None:
    assert CHROMIUM.is_file(), "Debian's chromium is not installed: `apt-get install chromium` (.ci/run does it)"
    node = shutil.which("node")
    assert node, "node is not installed: the page test drives Chromium with playwright-core"
    assert (NPM / "playwright-core").is_dir(), "playwright-core missing: run `npm ci --prefix tests/js`"
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
