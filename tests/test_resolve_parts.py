"""The whole-store resolve works on an on-disk copy and writes its difference back in parts.

Parts of a few quads (instead of thousands) make a handful of invented reports take many
transactions: the store they give must be the store one transaction gives (every quad, the
index, the view), and a resolve failing at any part must leave the journal naming the documents
and no index, so that resolving again gives the same store.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import NamedNode
from spacy.language import Language

import kg.pipeline
import kg.resolve.stage as stage
import kg.store
from kg.pipeline import build
from kg.rdf.iri import DEFAULT_BASE
from kg.reference import has_reference
from kg.resolve import resolve_store
from kg.resolve.index import has_index
from kg.store import INDEX, KGStore

#: Invented reports of one invented story (no name of any corpus).
TEXTS = {
    "dam-wire": (
        "ORVELLE (Wire) - Castravia closed the Dunmere dam road on Monday, the Castravian Interior "
        "Ministry said. Castravian Prime Minister Ilse Varkonen blamed the floods. Varkonen spoke in Orvelle."
    ),
    "dam-radio": (
        "Ilse Varkonen, the prime minister of Castravia, said on Tuesday that the road would reopen. "
        '"We will rebuild the bridge," Varkonen said. About 300 families left Dunmere, officials said.'
    ),
    "dam-paper": (
        "The Castravian Interior Ministry said 300 families left Dunmere after the floods. "
        "Prime Minister Varkonen visited Orvelle on Wednesday."
    ),
}


class Failing:
    """The real Oxigraph store, except that its ``at``-th write (counting from 0) raises."""

    def __init__(self, store: Any, at: int) -> None:
        self._store, self._at, self.calls = store, at, 0

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._store, name)
        if name not in ("update", "load", "extend", "bulk_extend", "remove"):
            return method

        def write(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls - 1 == self._at:
                raise RuntimeError(f"{name} #{self._at} failed")
            return method(*args, **kwargs)

        return write


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> dict[str, Path]:
    """The reports written but not resolved ("raw"), and resolved in one transaction ("whole")."""
    root = tmp_path_factory.mktemp("parts")
    paths = []
    for name, text in TEXTS.items():
        paths.append(root / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kg.pipeline, "resolve_store", lambda *args, **kwargs: None)
        build(paths, KGStore(root / "raw"), validate=False)
    gc.collect()
    shutil.copytree(root / "raw", root / "whole")
    store = KGStore(root / "whole")
    resolve_store(store)
    store.flush()
    del store
    gc.collect()
    return {"raw": root / "raw", "whole": root / "whole"}


def _everything(path: Path) -> tuple[list[str], list[str], list[str]]:
    """Sorted dataset, index and view of a store."""
    store = KGStore(path)
    found = (
        sorted(map(str, store.quads())),
        sorted(map(str, store.graph_quads(INDEX))),
        sorted(map(str, store.triples())),
    )
    del store
    gc.collect()
    return found


def _resolve(path: Path, at: int = -1) -> int:
    """Resolve the store at ``path`` in parts of 10 quads, its ``at``-th write failing; the writes made."""
    store = KGStore(path)
    store._store = counter = Failing(store._store, at)
    try:
        resolve_store(store)
        store.flush()
    finally:
        del store
        gc.collect()
    return counter.calls


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.store, "_PART", 10)


@pytest.mark.usefixtures("small_parts")
def test_resolve_parts_give_what_one_transaction_gives(stores: dict[str, Path], tmp_path: Path) -> None:
    path = shutil.copytree(stores["raw"], tmp_path / "parts")
    assert _resolve(path) > 3  # the difference took several transactions
    assert _everything(path) == _everything(stores["whole"])
    assert not (path / "resolve-copy").exists()  # the copy is gone with its resolve


@pytest.mark.usefixtures("small_parts")
def test_resolve_failing_at_any_part_is_completed_by_the_next(stores: dict[str, Path], tmp_path: Path) -> None:
    writes = _resolve(shutil.copytree(stores["raw"], tmp_path / "count"))
    for at in sorted({0, 1, writes // 2, writes - 2, writes - 1}):  # the first, a middle and the last parts
        path = shutil.copytree(stores["raw"], tmp_path / f"fail-{at}")
        with pytest.raises(RuntimeError, match="failed"):
            _resolve(path, at)
        store = KGStore(path)
        assert len(store.pending()) == len(TEXTS)  # nothing says the documents are resolved
        assert not has_index(store)  # so the next build cannot take a half-written index for whole
        del store
        gc.collect()
        _resolve(path)
        assert _everything(path) == _everything(stores["whole"])


def test_resolve_index_lines_are_the_stored_index_byte_for_byte(stores: dict[str, Path], tmp_path: Path) -> None:
    """The whole-store resolve compares its index with the stored one as N-Triples lines: an entry
    that did not change must be the same bytes, or every resolve would rewrite the whole index."""
    path = shutil.copytree(stores["whole"], tmp_path / "again")
    store = KGStore(path)
    copy = store.dataset_copy(path / "resolve-copy")
    _, lines = stage._resolve_layers(copy, DEFAULT_BASE, has_reference(store, DEFAULT_BASE), index=True)
    assert lines and lines == store._lines(NamedNode(INDEX))
    del copy, store
    gc.collect()


def test_build_adding_to_a_store_never_counts_it(
    stores: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting the knowledge graph is a pass over the whole store: an addition must not need it."""
    path = shutil.copytree(stores["whole"], tmp_path / "grown")
    added = tmp_path / "dam-evening.txt"
    added.write_text("Ilse Varkonen said on Thursday that the Dunmere road had reopened.", encoding="utf-8")

    def refused(self: KGStore) -> int:
        raise AssertionError("the build counted the whole store")

    monkeypatch.setattr(KGStore, "__len__", refused)
    store = KGStore(path)
    assert build([added], store).built == ["dam-evening"]
    del store
    gc.collect()
