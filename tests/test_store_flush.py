"""An on-disk store flushes its memory tables every few megabytes written, so a build's memory stays flat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kg.store
from kg.store import KGStore

BASE = "https://example.org/flush/"


class Counting:
    """The real Oxigraph store, counting its flushes."""

    def __init__(self, store: Any) -> None:
        self._store, self.flushes = store, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def flush(self) -> None:
        self.flushes += 1
        self._store.flush()


def _batch(start: int) -> list[tuple[str, str]]:
    return [
        (f"{BASE}doc/{i}", " ".join(f'<{BASE}node/{i}-{j}> <{BASE}says> "statement {j} of {i}" .' for j in range(20)))
        for i in range(start, start + 4)
    ]


@pytest.mark.parametrize("on_disk", [True, False])
def test_store_flushes_memory_tables_as_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_disk: bool
) -> None:
    monkeypatch.setattr(kg.store, "_FLUSH_BYTES", 20_000)  # about three batches
    store = KGStore(tmp_path / "store" if on_disk else None)
    store._store = counter = Counting(store._store)
    for start in range(0, 40, 4):
        store.replace_graphs_data(_batch(start))
    store.update(f"INSERT DATA {{ GRAPH <{BASE}doc/extra> {{ <{BASE}a> <{BASE}b> <{BASE}c> }} }}")
    assert len(store.graphs()) == 41
    if on_disk:
        assert 2 <= counter.flushes <= 5  # every ~20 kB of about 75 kB written, not every write
    else:
        assert counter.flushes == 0  # nothing to flush in memory
