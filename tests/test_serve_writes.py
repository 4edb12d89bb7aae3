"""`kg serve` while builds write into the served store: every answer comes from a finished build.

A query worker never reads the folder a build is writing: each finished change publishes a
checkpoint of the store, and workers answer from the newest one they could open.
"""

from __future__ import annotations

import json
import multiprocessing.spawn
import shutil
import threading
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.checkpoints import FOLDER
from kg.errors import InputError
from kg.serve.pool import QueryPool
from kg.serve.protocol import Answer
from kg.store import KGStore

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s <urn:test:says> ?o } }"
JSON = "application/sparql-results+json"


def _document(number: int, size: int) -> list[Quad]:
    graph = NamedNode(f"urn:test:doc-{number}")
    return [
        Quad(NamedNode(f"urn:test:item-{number}-{i}"), NamedNode("urn:test:says"), Literal("w" * 40), graph)
        for i in range(size)
    ]


def _count(answer: Answer) -> int:
    return int(json.loads(answer.body)["results"]["bindings"][0]["n"]["value"])


def test_serve_answers_while_builds_write_and_compact(tmp_path: Path) -> None:
    """Builds that flush and compact under the workers never cost an answer, nor show a half-written one."""
    store_path, size, builds = tmp_path / "store", 300, 50
    writer = KGStore(store_path)
    writer.replace_graph("urn:test:doc-0", _document(0, size))
    writer.flush()
    pool = QueryPool(store_path, workers=2, timeout=10)
    failures: list[str] = []
    seen: list[int] = []

    def build() -> None:  # each build writes two documents, one transaction each, then finishes
        for number in range(1, 2 * builds, 2):
            writer.replace_graph(f"urn:test:doc-{number}", _document(number, size))
            writer.replace_graph(f"urn:test:doc-{number + 1}", _document(number + 1, size))
            writer.flush()

    thread = threading.Thread(target=build)
    thread.start()
    try:
        while thread.is_alive():
            result = pool.answer(COUNT, JSON)
            if result.status != 200:
                failures.append(result.body.decode())
                continue
            seen.append(_count(result))
        thread.join()
        final = pool.answer(COUNT, JSON)
    finally:
        pool.close()
    assert failures == []
    assert seen == sorted(seen) and all((n - size) % (2 * size) == 0 for n in seen)  # finished builds only
    assert _count(final) == (2 * builds + 1) * size  # the last build, once it finished


def test_serve_reads_a_store_without_checkpoints_until_a_build_publishes(tmp_path: Path) -> None:
    """A store made before checkpoints is served as it is, and from the next finished build on, from its checkpoints."""
    store_path = tmp_path / "store"
    writer = KGStore(store_path)
    writer.replace_graph("urn:test:doc-0", _document(0, 5))
    writer.flush()
    shutil.rmtree(store_path / FOLDER)
    pool = QueryPool(store_path, workers=1, timeout=30)
    try:
        assert _count(pool.answer(COUNT, JSON)) == 5
        writer.replace_graph("urn:test:doc-1", _document(1, 5))
        writer.flush()
        assert _count(pool.answer(COUNT, JSON)) == 10
    finally:
        pool.close()


def test_serve_a_worker_that_dies_opening_the_store_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "store"
    writer = KGStore(store_path)
    writer.replace_graph("urn:test:doc-0", _document(0, 5))
    writer.flush()
    monkeypatch.setattr(multiprocessing.spawn, "_python_exe", b"/bin/false")  # the worker exits at once
    with pytest.raises(InputError, match="stopped while opening"):
        QueryPool(store_path, workers=1, timeout=30)
