"""A batch of document graphs written at once (KGStore.replace_graphs_data) leaves the store as
writing them one by one does: same graphs, same view, same journal, in memory and on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import KGStore

EX = "https://example.org/"
GRAPHS = [
    (f"{EX}doc/a", f'<{EX}p/1> <{EX}name> "Tamsin Oakridge" . <{EX}p/1> <{EX}holds> <{EX}role/9> .'),
    (f"{EX}doc/b", f'<{EX}p/1> <{EX}name> "Tamsin Oakridge" . <{EX}s/2> <{EX}label> "Ostravia"@en .'),
    (f"{EX}doc/c", ""),  # a document with no statements: journaled, no graph
]


def _state(store: KGStore) -> tuple[list[str], list[str], list[str], list[str]]:
    quads = sorted(str(q) for q in store.quads())
    view = sorted(str(t) for t in store.triples())
    return store.graphs(), quads, view, store.pending()


def _one_by_one(store: KGStore, graphs: list[tuple[str, str]]) -> KGStore:
    for graph, triples in graphs:
        store.replace_graph_data(graph, triples)
    return store


@pytest.mark.parametrize("on_disk", [False, True])
def test_batch_equals_one_by_one(tmp_path: Path, on_disk: bool) -> None:
    batch = KGStore(tmp_path / "batch" if on_disk else None)
    batch.replace_graphs_data(GRAPHS)
    single = _one_by_one(KGStore(tmp_path / "single" if on_disk else None), GRAPHS)
    assert _state(batch) == _state(single)
    batch.flush()
    single.flush()
    assert _state(batch) == _state(single)
    assert len(batch) == 3


def test_batch_replacing_a_stored_graph(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    store.replace_graphs_data(GRAPHS[:1])
    store.flush()
    changed = [(GRAPHS[0][0], f'<{EX}p/1> <{EX}name> "T. Oakridge" .'), GRAPHS[1]]
    store.replace_graphs_data(changed)
    store.flush()
    expected = _one_by_one(KGStore(tmp_path / "expected"), changed)
    expected.flush()
    assert _state(store) == _state(expected)
    assert '"Tamsin Oakridge"' in " ".join(_state(store)[2])  # still stated by the second document


def test_batch_naming_a_graph_twice_keeps_the_last(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    store.replace_graphs_data([GRAPHS[0], (GRAPHS[0][0], f'<{EX}p/7> <{EX}name> "Dario Vell" .')])
    assert [str(q.object) for q in store.quads(GRAPHS[0][0])] == ['"Dario Vell"']


def test_empty_batch_changes_nothing(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    store.replace_graphs_data(GRAPHS)
    store.flush()
    before = _state(store)
    store.replace_graphs_data([])
    assert _state(store) == before


def _copy_quads(copy: KGStore) -> list[str]:
    return sorted(str(q) for g in copy.graphs() for q in copy.graph_quads(g))


def test_store_batches_feed_the_copy_a_first_resolve_reads(tmp_path: Path) -> None:
    # a copy fed batch by batch holds what a copy read from the store holds, and is returned as is
    extra = [(f"{EX}doc/d", f'<{EX}s/2> <{EX}label> "Ostravia"@en . <{EX}n> <{EX}count> "7"^^<{EX}t> .')]
    store = KGStore(tmp_path / "store")
    store.feed_copy(tmp_path / "store" / "fed")
    store.replace_graphs_data(GRAPHS)
    store.replace_graphs_data(extra)
    fed = store.dataset_copy(tmp_path / "store" / "fed")
    read = store.dataset_copy(tmp_path / "store" / "read")  # the feed is used up: this one reads the store
    assert fed is not read and fed.path == tmp_path / "store" / "fed"
    assert _copy_quads(fed) == _copy_quads(read) and len(_copy_quads(fed)) == 6


@pytest.mark.parametrize(
    "then",
    [
        lambda s: s.replace_graph_data(f"{EX}doc/a", f'<{EX}p/1> <{EX}name> "T. Oakridge" .'),
        lambda s: s.replace_graphs_data(
            [(f"{EX}doc/e", f'<{EX}p/3> <{EX}name> "Perrin _:Vale" .')]
        ),  # "_:" as if a blank node
        lambda s: s.replace_graphs_data([GRAPHS[0]]),  # a fed graph written again
        lambda s: s.remove_graph(f"{EX}doc/b"),
    ],
)
def test_store_batches_feed_stops_at_any_other_write(tmp_path: Path, then: object) -> None:
    store = KGStore(tmp_path / "store")
    store.feed_copy(tmp_path / "store" / "fed")
    store.replace_graphs_data(GRAPHS)
    then(store)  # type: ignore[operator]
    assert not (tmp_path / "store" / "fed").exists()  # stopped: its folder is gone
    copy = store.dataset_copy(tmp_path / "store" / "fed")  # read from the store, as without a feed
    assert _copy_quads(copy) == sorted(str(q) for q in store.quads() if str(q.graph_name).startswith(f"<{EX}doc/"))


@pytest.mark.parametrize("fed", [False, True])
def test_store_copies_keep_no_journal(tmp_path: Path, fed: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A whole resolve drops and writes graphs of its copy: a journal there would turn its every
    question from the union of graphs into one naming each document graph (minutes on a large store)."""
    store = KGStore(tmp_path / "store")
    if fed:
        store.feed_copy(tmp_path / "store" / "copy")
    store.replace_graphs_data(GRAPHS)
    copy = store.dataset_copy(tmp_path / "store" / "copy")
    assert (copy.path == tmp_path / "store" / "copy") and not copy.pending()
    copy.remove_graph(f"{EX}doc/a")
    copy.replace_graph_data(f"{EX}doc/e", f'<{EX}p/4> <{EX}name> "Brisa Varnesque" .')
    assert not copy.pending()
    assert store.pending() == [f"{EX}doc/{d}" for d in "abc"]  # the store's own journal is kept
    monkeypatch.setattr(KGStore, "_knowledge_graphs", lambda self: pytest.fail("a copy named its graphs"))
    rows = copy.query(f"SELECT ?o WHERE {{ ?s <{EX}name> ?o }} ORDER BY ?o")
    assert [r["o"].value for r in rows] == ["Brisa Varnesque", "Tamsin Oakridge"]  # type: ignore[union-attr]
