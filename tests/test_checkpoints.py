"""Checkpoints of finished states: published whole, never removed under a reader, no debris left."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.checkpoints import FOLDER, lease_newest, newest
from kg.store import KGStore


def _note(number: int) -> list[Quad]:
    return [
        Quad(
            NamedNode(f"urn:test:note-{number}"),
            NamedNode("urn:test:says"),
            Literal("hello"),
            NamedNode(f"urn:test:doc-{number}"),
        )
    ]


def _build(store: KGStore, number: int) -> None:
    store.replace_graph(f"urn:test:doc-{number}", _note(number))
    store.flush()


@pytest.fixture
def writer(tmp_path: Path) -> KGStore:
    store = KGStore(tmp_path / "store")
    _build(store, 1)
    return store


def _published(path: Path) -> list[str]:
    return sorted(p.name for p in (path / FOLDER).iterdir())


def test_checkpoints_each_flush_publishes_one_and_removes_the_unread(writer: KGStore) -> None:
    assert writer.path is not None
    first = newest(writer.path)
    _build(writer, 2)
    _build(writer, 3)
    assert _published(writer.path) == [newest(writer.path)] and newest(writer.path) != first
    assert len(KGStore(writer.path / FOLDER / str(newest(writer.path)), read_only=True).graphs()) == 3


def test_checkpoints_a_leased_checkpoint_outlives_later_builds_until_released(writer: KGStore) -> None:
    assert writer.path is not None
    lease = lease_newest(writer.path)
    assert lease is not None
    reader = KGStore(lease.folder, read_only=True)
    for number in range(2, 6):
        _build(writer, number)
    assert lease.name in _published(writer.path)
    assert reader.graphs() == ["urn:test:doc-1"]  # the state it was published with, still whole
    del reader
    lease.release()
    _build(writer, 6)
    assert _published(writer.path) == [newest(writer.path)]


def test_checkpoints_what_a_killed_publication_left_is_never_read_and_goes(writer: KGStore) -> None:
    assert writer.path is not None
    for debris in (".new-000000000099", ".old-000000000001"):
        (writer.path / FOLDER / debris).mkdir()
        (writer.path / FOLDER / debris / "CURRENT").write_text("half\n")
    held = newest(writer.path)
    assert held is not None and int(held) < 99
    _build(writer, 2)
    assert _published(writer.path) == [newest(writer.path)]


def test_checkpoints_a_store_without_any_has_no_lease(tmp_path: Path) -> None:
    assert lease_newest(tmp_path) is None and newest(tmp_path) is None
