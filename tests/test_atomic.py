"""A build into an existing store is all or nothing: injected failures and real signals at any step.

Every store update of a build fails in turn (a fault injector around the real Oxigraph store),
and real SIGKILL/SIGINT reach a real ``kg build`` process at random moments. Whatever the moment,
the store left behind says whether it is complete, and building the same inputs again gives the
store a clean build gives (sorted N-Quads), merge records and ``owl:sameAs`` links included.
"""

from __future__ import annotations

import gc
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import build
from kg.rdf.iri import doc_iri
from kg.resolve import resolve_store
from kg.store import KGStore
from kg.validate import validate

#: Invented reports of one invented story, in three outlet styles; the first is "already stored".
TEXTS = {
    "harbor-wire": (
        "VALMORA (Wire) - Marenia closed the Ostrel ferry terminal on Tuesday, the Marenian Coast Guard "
        "said. Marenian President Teodor Valkanis blamed smugglers. Valkanis spoke in Valmora."
    ),
    "harbor-radio": (
        "ANCHOR: Theodor Valkanis, the president of Marenia, said on Wednesday that the terminal would "
        'reopen. "We will not let the smugglers win," Valkanis said. Finland\'s Interior Minister '
        "Aino Lehtonen said 2,000 officers were at the coast."
    ),
    "harbor-agency": (
        "HELSINKI, March 3 (Agency) - Finnish Interior Minister Aino Lehtonen said about 4,500 people "
        'crossed from Russia into Finland last week. "The numbers keep rising," Lehtonen said.'
    ),
}
NEW = ("harbor-radio", "harbor-agency")
WRITES = ("update", "load", "extend", "bulk_extend", "add", "remove", "remove_graph", "clear_graph", "bulk_load")


class Injected(RuntimeError):
    """The failure the injector raises instead of a store update."""


class FailAt:
    """The real store, except that its ``at``-th update (counting from 0) raises."""

    def __init__(self, store: Any, at: int) -> None:
        self._store, self._at, self.calls = store, at, 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)
        if name not in WRITES:
            return method

        def write(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls - 1 == self._at:
                raise Injected(f"{name} #{self._at}")
            return method(*args, **kwargs)

        return write

    def __len__(self) -> int:
        return len(self._store)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> dict[str, Path]:
    """The texts as files, a seed store holding the first, and the clean build of all of them."""
    root = tmp_path_factory.mktemp("atomic")
    paths = {}
    for name, text in TEXTS.items():
        paths[name] = root / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    seed = KGStore(root / "seed")
    build([paths["harbor-wire"]], seed)
    clean = KGStore(root / "clean")
    build(list(paths.values()), clean)
    without = KGStore(root / "without-radio")
    build([p for n, p in paths.items() if n != "harbor-radio"], without)
    del seed, clean, without
    gc.collect()
    return {**paths, "seed": root / "seed", "clean": root / "clean", "without-radio": root / "without-radio"}


def _nquads(path: Path) -> list[str]:
    store = KGStore(path)
    out = sorted(map(str, store.quads()))
    del store
    gc.collect()
    return out


def _copy_seed(corpus: dict[str, Path], target: Path) -> Path:
    shutil.copytree(corpus["seed"], target)
    return target


def _rerun_and_compare(corpus: dict[str, Path], path: Path) -> None:
    store = KGStore(path)
    build([corpus[n] for n in NEW], store)
    assert not store.pending()
    checked = validate(store.to_rdflib())
    assert checked.conforms, checked.text
    assert bool(store.query("ASK { ?a a prov:Activity ; prov:invalidated ?x }"))  # merge records kept
    del store
    gc.collect()
    assert _nquads(path) == _nquads(corpus["clean"])


def _count_updates(corpus: dict[str, Path], target: Path) -> int:
    store = KGStore(_copy_seed(corpus, target))
    counter = FailAt(store._store, -1)
    store._store = counter
    build([corpus[n] for n in NEW], store)
    del store
    gc.collect()
    return counter.calls


def test_atomic_failure_at_every_store_update_is_completed_by_the_rerun(
    corpus: dict[str, Path], tmp_path: Path
) -> None:
    updates = _count_updates(corpus, tmp_path / "count")
    assert updates >= 2  # the batch of documents, then resolution
    runner = CliRunner()
    for at in range(updates):
        path = _copy_seed(corpus, tmp_path / f"fail-{at}")
        store = KGStore(path)
        store._store = FailAt(store._store, at)
        with pytest.raises(Injected):
            build([corpus[n] for n in NEW], store)
        del store
        gc.collect()
        store = KGStore(path)
        pending = store.pending()
        del store
        gc.collect()
        # the documents are written as one batch (one transaction): failing, it leaves nothing
        # pending; resolution failing leaves them all, each whole; past it nothing is pending
        assert len(pending) == (len(NEW) if at == 1 else 0)
        if pending:
            for command, code in (("stats", 0), ("validate", 1)):
                result = runner.invoke(app, [command, "--store", str(path)])
                output, exit_code = result.output, result.exit_code
                del result  # its traceback holds the command's store open
                gc.collect()
                assert exit_code == code, output
                assert "incomplete" in output and "harbor-radio" in output, output
        _rerun_and_compare(corpus, path)


def test_atomic_any_build_completes_what_a_killed_build_left(corpus: dict[str, Path], tmp_path: Path) -> None:
    path = _copy_seed(corpus, tmp_path / "left")
    store = KGStore(path)
    store._store = FailAt(store._store, 1)  # every document written (one batch), resolution fails
    with pytest.raises(Injected):
        build([corpus[n] for n in NEW], store)
    del store
    gc.collect()
    store = KGStore(path)
    assert len(store.pending()) == len(NEW)
    build([corpus["harbor-wire"]], store)  # another build: it resolves everything pending
    assert not store.pending()
    del store
    gc.collect()
    assert _nquads(path) == _nquads(corpus["clean"])


def test_atomic_failure_during_remove_is_completed_by_the_rerun(corpus: dict[str, Path], tmp_path: Path) -> None:
    """``kg remove``: the document goes in one transaction, its merges are undone in another."""
    doc = doc_iri("harbor-radio")
    for at in range(2):
        path = tmp_path / f"remove-{at}"
        shutil.copytree(corpus["clean"], path)
        store = KGStore(path)
        store._store = FailAt(store._store, at)
        with pytest.raises(Injected):
            store.remove_graph(doc)
            resolve_store(store)
        del store
        gc.collect()
        store = KGStore(path)
        assert store.pending() == ([doc] if at else [])
        store.remove_graph(doc)  # the same command again
        resolve_store(store)
        assert not store.pending() and doc not in store.graphs()
        del store
        gc.collect()
        assert _nquads(path) == _nquads(corpus["without-radio"])


def _build_args(corpus: dict[str, Path], store: Path) -> list[str]:
    return [sys.executable, "-m", "kg", "build", *(str(corpus[n]) for n in NEW), "--store", str(store)]


def _start(corpus: dict[str, Path], path: Path) -> tuple[subprocess.Popen[bytes], Callable[[], bool]]:
    """Start ``kg build`` into ``path``; and a probe: has it begun writing the store?

    Oxigraph's RocksDB opens a fresh write-ahead log when the store opens; the first
    transaction of the build is the first byte written to it.
    """
    old = {p.name for p in path.glob("*.log")}
    proc = subprocess.Popen(_build_args(corpus, path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, lambda: any(p.name not in old and p.stat().st_size > 0 for p in path.glob("*.log"))


def _wait(proc: subprocess.Popen[bytes], done: Callable[[], bool], seconds: float) -> None:
    end = time.monotonic() + seconds
    while proc.poll() is None and not done() and time.monotonic() < end:
        time.sleep(0.002)


@pytest.fixture(scope="module")
def writing_seconds(corpus: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> float:
    """How long a ``kg build`` goes on once it has begun writing the store."""
    path = _copy_seed(corpus, tmp_path_factory.mktemp("timed") / "store")
    proc, writing = _start(corpus, path)
    _wait(proc, writing, 300)
    began = time.monotonic()
    assert proc.wait(timeout=300) == 0
    return time.monotonic() - began


@pytest.mark.parametrize(("sig", "seed"), [(signal.SIGKILL, 1), (signal.SIGINT, 2)])
def test_atomic_real_signal_at_a_random_moment(
    corpus: dict[str, Path], writing_seconds: float, tmp_path: Path, sig: int, seed: int
) -> None:
    """Signal a real ``kg build`` at a random moment after it began writing, then build again.

    Most of a build is starting Python and parsing, which leaves the store untouched; the
    moments that matter come after the first store write, so the random moment is drawn there.
    """
    path = _copy_seed(corpus, tmp_path / "killed")
    proc, writing = _start(corpus, path)
    _wait(proc, writing, 300)
    _wait(proc, lambda: False, random.Random(seed).uniform(0, writing_seconds))
    if proc.poll() is None:
        proc.send_signal(sig)
    proc.wait(timeout=120)
    _rerun_and_compare(corpus, path)
