"""`kg build --engine dask`: Dask workers write N-Quads shards; the store is the in-process build's, byte for byte.

A LocalCluster of two worker processes builds the examples (and the development corpus, when
present beside the checkout) in batches of two, so several shards, written by both workers, are
read back in input order. Failures are injected on a cluster of threads in this process, where a
monkeypatch reaches the workers.
"""

from __future__ import annotations

import pickle
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, RdfFormat, parse
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, ModelError, NewsKGError
from kg.pipeline import build
from kg.rdf.iri import doc_iri
from kg.scale import dask_engine
from kg.scale.dask_engine import DaskEngine
from kg.store import KGStore

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev" / "manifest.jsonl"


def _nquads(store: KGStore, path: Path) -> bytes:
    store.write(path)
    return path.read_bytes()


@pytest.fixture(scope="module")
def threads_cluster() -> Iterator[str]:
    """A scheduler and one worker thread in this process: a monkeypatch here reaches the tasks."""
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def test_scale_dask_two_worker_processes_give_the_in_process_bytes(examples_manifest: Path, tmp_path: Path) -> None:
    inputs = [examples_manifest, *([DEV] if DEV.is_file() else [])]
    alone = KGStore()
    expected = build(inputs, alone)
    shards = tmp_path / "shards"
    spread = KGStore()
    report = build(inputs, spread, jobs=2, engine=DaskEngine(shards=shards, batch=2))
    assert report.built == expected.built and not report.skipped
    assert _nquads(spread, tmp_path / "dask.nq") == _nquads(alone, tmp_path / "alone.nq")
    # one shard per batch, named by its position; each holds exactly its batch's document graphs
    names = sorted(p.name for p in shards.iterdir())
    assert names == [f"shard-{i:06d}.nq" for i in range((len(report.built) + 1) // 2)]
    for i, name in enumerate(names):
        graphs = {q.graph_name for q in parse(path=str(shards / name), format=RdfFormat.N_QUADS)}
        assert graphs == {NamedNode(doc_iri(d)) for d in report.built[2 * i : 2 * i + 2]}


def test_scale_dask_bad_documents_are_reported_one_each(
    tmp_path: Path, threads_cluster: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract

    texts = {
        "a": "The harbour of Lindqvist reopened on Monday, the port authority said.",
        "broken": "Ferries to the islands were cancelled because of a storm.",
        "c": "The mayor of Oranbel, Tessa Varga, opened a new bridge.",
        "doomed": "Farmers blocked a motorway near the northern border.",
        "d": "The railway union called a strike for Thursday, its leader said.",
    }
    paths = []
    for name, text in texts.items():
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    unreadable = tmp_path / "unreadable.txt"
    unreadable.write_bytes(b"\xff\xfe\x00bad")
    real_extract, real_batch = kg.extract.extract, dask_engine.extract_batch

    def extract(doc: object, article: object) -> object:
        if getattr(article, "id", "") == "broken":
            raise ValueError("an extractor tripped")
        return real_extract(doc, article)  # type: ignore[arg-type]

    def extract_batch(batch: list, model: str, base: str) -> list:  # type: ignore[type-arg]
        if any(article.id == "doomed" for article in batch):
            raise MemoryError("the worker ran out of memory")
        return real_batch(batch, model, base)

    monkeypatch.setattr(kg.extract, "extract", extract)
    monkeypatch.setattr(dask_engine, "extract_batch", extract_batch)
    engine = DaskEngine(scheduler=threads_cluster, shards=tmp_path / "shards", batch=2)
    # batches: [a, broken] [c, doomed] [d]; the unreadable file never leaves this process
    report = build([paths[0], unreadable, *paths[1:]], KGStore(), engine=engine)
    assert report.built == ["a", "d"]
    problems = {Path(e.source).stem: e.problem for e in report.skipped}
    assert set(problems) == {"unreadable", "broken", "c", "doomed"}
    assert "an extractor tripped" in problems["broken"]
    assert problems["c"] == problems["doomed"] and "MemoryError" in problems["c"]
    assert all("\n" not in str(e) for e in report.skipped)


def test_scale_dask_missing_model_fails_the_build_once(tmp_path: Path, threads_cluster: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The council approved the budget on Tuesday.", encoding="utf-8")
    engine = DaskEngine(scheduler=threads_cluster, shards=tmp_path / "shards")
    with pytest.raises(ModelError, match="no_such_pipeline"):
        build([story], KGStore(), model="no_such_pipeline", engine=engine)


def test_scale_dask_unreachable_scheduler_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setattr(dask_engine, "CONNECT_SECONDS", 2)
    story = tmp_path / "story.txt"
    story.write_text("The council approved the budget on Tuesday.", encoding="utf-8")
    engine = DaskEngine(scheduler=f"tcp://127.0.0.1:{port}", shards=tmp_path / "shards")
    with pytest.raises(NewsKGError, match="cannot reach the Dask scheduler"):
        build([story], KGStore(), engine=engine)


def test_scale_dask_shard_folder_holds_this_runs_shards_only(
    tmp_path: Path, threads_cluster: str, examples_manifest: Path
) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "shard-000007.nq").write_text("left by an earlier, larger run\n", encoding="utf-8")
    (shards / "notes.txt").write_text("not ours\n", encoding="utf-8")
    build([examples_manifest], KGStore(), engine=DaskEngine(scheduler=threads_cluster, shards=shards))
    assert sorted(p.name for p in shards.iterdir()) == ["notes.txt", "shard-000000.nq"]


def test_scale_dask_cli_options_belong_to_the_dask_engine(tmp_path: Path) -> None:
    runner = CliRunner()
    story = tmp_path / "story.txt"
    story.write_text("The council approved the budget on Tuesday.", encoding="utf-8")
    for args in (["--shards", str(tmp_path / "s")], ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]):
        result = runner.invoke(app, ["build", str(story), "-o", str(tmp_path / "g.nq"), *args])
        assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output


def test_scale_dask_cli_builds_with_a_local_cluster(tmp_path: Path, examples_manifest: Path) -> None:
    shards = tmp_path / "shards"
    args = ["build", str(examples_manifest), "--store", str(tmp_path / "store"), "--engine", "dask"]
    result = CliRunner().invoke(app, [*args, "--shards", str(shards)])
    assert result.exit_code == 0, result.output
    assert "built 5 document(s)" in result.output and (shards / "shard-000000.nq").is_file()


def test_scale_skipped_document_crosses_a_process_boundary() -> None:
    error = pickle.loads(pickle.dumps(InputError("story.txt", "extraction failed: ValueError: x")))
    assert (error.source, error.problem) == ("story.txt", "extraction failed: ValueError: x")
