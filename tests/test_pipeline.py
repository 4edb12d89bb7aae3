"""The pipeline end to end with the real model: determinism, parallel runs, replacing a document."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline import STAGES, build
from kg.rdf.iri import doc_iri
from kg.store import KGStore
from kg.validate import validate


def _turtle(store: KGStore, path: Path) -> bytes:
    store.write(path)
    return path.read_bytes()


def test_pipeline_examples_build_and_conform(examples_store: KGStore) -> None:
    graphs = examples_store.graphs()
    # five documents, the entity layer and the three reference graphs (GeoNames, memberships, parts)
    assert doc_iri("chile-referendum") in graphs and len(graphs) == 9
    report = validate(examples_store.to_rdflib())
    assert report.conforms, report.text


def test_pipeline_dev_corpus_conforms(dev_store: KGStore) -> None:
    report = validate(dev_store.to_rdflib())
    assert report.conforms, report.text


def test_pipeline_same_input_same_bytes(examples_store: KGStore, examples_manifest: Path, tmp_path: Path) -> None:
    again = KGStore()
    build([examples_manifest], again)
    assert _turtle(examples_store, tmp_path / "a.ttl") == _turtle(again, tmp_path / "b.ttl")
    examples_store.write(tmp_path / "a.nq")
    again.write(tmp_path / "b.nq")
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()


def test_pipeline_two_jobs_give_the_same_graph(
    examples_store: KGStore, examples_manifest: Path, tmp_path: Path
) -> None:
    parallel = KGStore()
    report = build([examples_manifest], parallel, jobs=2)
    assert len(report.built) == 5
    assert _turtle(examples_store, tmp_path / "one.nq") == _turtle(parallel, tmp_path / "two.nq")


def test_pipeline_rebuilding_a_document_replaces_only_its_graph(tmp_path: Path) -> None:
    first = tmp_path / "story.txt"
    first.write_text(
        "Poland closed its border with Belarus on Friday, the Polish Interior Ministry said.",
        encoding="utf-8",
    )
    other = tmp_path / "other.txt"
    other.write_text("Chad opened two camps for refugees from Sudan, the UNHCR said.", encoding="utf-8")
    store = KGStore(tmp_path / "store")
    build([first, other], store)
    other_before = sorted(map(str, store.quads(doc_iri("other"))))
    first.write_text("Finland closed its border with Russia, the Finnish Border Guard said.", encoding="utf-8")
    build([first], store)
    assert sorted(map(str, store.quads(doc_iri("other")))) == other_before
    anchors = {q.object.value for q in store.quads(doc_iri("story")) if q.predicate.value.endswith("#anchorOf")}
    assert "Finland" in anchors and "Poland" not in anchors


def test_pipeline_one_bad_document_never_loses_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Estonia closed the Narva crossing, the Estonian police said.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00bad")
    report = build([bad, tmp_path / "missing.txt", good], KGStore())
    assert report.built == ["good"]
    assert [e.source for e in report.skipped] == [str(bad), str(tmp_path / "missing.txt")]


def test_pipeline_build_times_each_stage(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Norway reopened its border with Sweden on Monday, the Norwegian police said.", encoding="utf-8")
    report = build([story], KGStore())
    assert list(report.timings)[: len(STAGES)] == list(STAGES) and "validate" in report.timings
    assert all(seconds >= 0 for seconds in report.timings.values()) and report.timings["parse"] > 0
