"""`kg push`: a store into a real Oxigraph server over the Graph Store Protocol, started by the test.

After a push every ready question gives, through the server's own SPARQL endpoint, the rows
`kg query` gives on the store; pushing again changes nothing; graphs the store no longer holds
leave the server; a server that is down or refuses is one line and exit code 2.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import OutputError
from kg.pipeline import build
from kg.query import available_queries, load_query, run_query
from kg.rdf.iri import DEFAULT_BASE
from kg.scale.push import graph_store_for, push
from kg.store import JOURNAL, KGStore

runner = CliRunner()
OTHERS = "http://example.org/someone-else"  # a graph of another name: not the store's to delete


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _oxigraph() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if found is None:
        pytest.fail("the oxigraph server is not installed: pip install -e '.[dev]'")
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `oxigraph serve` on a free port over an empty folder; yields its base URL."""
    where = tmp_path_factory.mktemp("oxigraph")
    port = _free_port()
    log = (where / "server.log").open("w")
    command = [_oxigraph(), "serve", "--location", str(where / "db"), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(base + "/", timeout=5):
                break
        except urllib.error.HTTPError:
            break  # it answers
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph did not start: {(where / 'server.log').read_text()}")
            time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=20)
    log.close()


def _select(base: str, sparql: str) -> list[tuple[str, ...]]:
    """The rows of a SELECT through the server's SPARQL endpoint, as `kg query` prints them."""
    request = urllib.request.Request(
        base + "/query",
        data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    columns = answer["head"]["vars"]
    return [tuple(row.get(c, {}).get("value", "") for c in columns) for row in answer["results"]["bindings"]]


def _dump(base: str) -> list[bytes]:
    request = urllib.request.Request(base + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return sorted(response.read().splitlines())


def _put(base: str, graph: str, triples: str) -> None:
    url = f"{base}/store?graph={urllib.parse.quote(graph, safe='')}"
    request = urllib.request.Request(
        url, data=triples.encode(), method="PUT", headers={"Content-Type": "application/n-triples"}
    )
    urllib.request.urlopen(request, timeout=60).close()


def test_scale_push_ready_questions_agree_with_kg_query(server: str, disk_store: Path) -> None:
    result = runner.invoke(app, ["push", "--store", str(disk_store), "--endpoint", server + "/query"])
    assert result.exit_code == 0, result.output
    store = KGStore(disk_store, read_only=True)
    assert f"pushed {len(store.graphs())} named graph(s) and {len(store)} statements" in result.output
    for name in available_queries():
        sparql = load_query(name)
        local = run_query(store, sparql)
        remote = _select(server, sparql)
        assert sorted(remote) == sorted(local.rows), name
    # the journal stays home; every other graph is on the server under its own name
    on_server = {row[0] for row in _select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}
    assert on_server == set(store.graphs()) - {JOURNAL}


def test_scale_push_twice_gives_the_same_server(server: str, disk_store: Path) -> None:
    store = KGStore(disk_store, read_only=True)
    push(store, server + "/query", server + "/store", DEFAULT_BASE)
    once = _dump(server)
    report = push(store, server + "/query", server + "/store", DEFAULT_BASE)
    assert _dump(server) == once and report.deleted == []


def test_scale_push_mirrors_the_store_under_its_base(server: str, disk_store: Path, tmp_path: Path) -> None:
    push(KGStore(disk_store, read_only=True), server + "/query", server + "/store", DEFAULT_BASE)
    _put(server, OTHERS, f'<{OTHERS}> <{OTHERS}#says> "kept" .')
    story = tmp_path / "lone-story.txt"
    story.write_text("The ferry between Kessa and Morland resumed service on Sunday.", encoding="utf-8")
    smaller = KGStore()
    build([story], smaller)
    report = push(smaller, server + "/query", server + "/store", DEFAULT_BASE)
    on_server = {row[0] for row in _select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")}
    assert on_server == {*smaller.graphs(), OTHERS}
    assert report.deleted and all(g.startswith(DEFAULT_BASE + "doc/") or "graph/" in g for g in report.deleted)
    count = _select(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert count == [(str(len(smaller)),)]


def test_scale_push_server_down_is_one_line(disk_store: Path) -> None:
    endpoint = f"http://127.0.0.1:{_free_port()}/query"
    result = runner.invoke(app, ["push", "--store", str(disk_store), "--endpoint", endpoint])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "cannot reach the server" in result.output


def test_scale_push_refusal_is_one_line(server: str, disk_store: Path) -> None:
    args = ["push", "--store", str(disk_store), "--endpoint", server + "/query", "--graph-store", server + "/nowhere"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "refused PUT" in result.output and "404" in result.output
    with pytest.raises(OutputError, match="refused POST of the list of graphs"):
        push(KGStore(disk_store, read_only=True), server + "/nowhere", server + "/store", DEFAULT_BASE)


def test_scale_push_graph_store_beside_the_endpoint() -> None:
    assert graph_store_for("http://h:7878/query") == "http://h:7878/store"
    assert graph_store_for("http://h:7878/query/") == "http://h:7878/store"
    assert graph_store_for("http://h:3030/news") == "http://h:3030/news"
