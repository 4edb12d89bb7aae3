"""Incremental builds on the on-disk store: order-free merging, replacing and removing documents."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline import build
from kg.rdf.iri import DEFAULT_BASE as B
from kg.rdf.iri import doc_iri
from kg.store import KGStore
from kg.validate import validate

WIRE = (
    "WARSAW (Wire) - Poland closed the Kuznica border crossing with Belarus on Friday, the Polish "
    "Border Guard said. Belarusian President Aleksandr Lukashenko accused the European Union of "
    "provoking the crisis. Lukashenko spoke in Minsk."
)
RADIO = (
    "ANCHOR: Alexander Lukashenko, the president of Belarus, said on Friday that migrants would keep "
    "coming to the EU. Poland's Interior Minister Mariusz Kaminski said 15,000 soldiers were at the border."
)
RADIO_V2 = (
    "ANCHOR: Alexander Lukashenko, the president of Belarus, said on Saturday that the camps would "
    "be cleared. Lithuania also closed two checkpoints, the Lithuanian Interior Ministry said."
)


@pytest.fixture
def stories(tmp_path: Path, nlp: Language) -> dict[str, Path]:
    """Two reports of one story, in different outlet styles, as .txt files (the stem is the id)."""
    out = {}
    for name, text in (("belarus-wire", WIRE), ("belarus-radio", RADIO)):
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


def _nquads(store: KGStore) -> list[str]:
    return sorted(map(str, store.quads()))


def _people(store: KGStore) -> set[str]:
    rows = store.query("SELECT DISTINCT ?e WHERE { ?e a kg:Person }")
    return {r["e"].value.removeprefix(B) for r in rows}  # type: ignore[union-attr]


def _build(store: KGStore, *paths: Path) -> None:
    """Build into ``store``; the result, merges included, must conform to the shapes every time."""
    report = build(list(paths), store, published=None)
    assert not report.skipped, report.skipped
    checked = validate(store.to_rdflib())
    assert checked.conforms, checked.text


def test_incremental_a_then_b_equals_a_and_b_together(tmp_path: Path, stories: dict[str, Path]) -> None:
    together = KGStore(tmp_path / "together")
    _build(together, stories["belarus-wire"], stories["belarus-radio"])
    one_by_one = KGStore(tmp_path / "one-by-one")
    _build(one_by_one, stories["belarus-wire"])
    _build(one_by_one, stories["belarus-radio"])
    reverse = KGStore(tmp_path / "reverse")
    _build(reverse, stories["belarus-radio"])
    _build(reverse, stories["belarus-wire"])
    assert _nquads(one_by_one) == _nquads(together) == _nquads(reverse)
    people = _people(together)
    assert len([p for p in people if p.endswith("lukashenko")]) == 1  # the two spellings are one node


def test_incremental_rebuilding_is_a_no_op(tmp_path: Path, stories: dict[str, Path]) -> None:
    store = KGStore(tmp_path / "store")
    _build(store, *stories.values())
    before = _nquads(store)
    _build(store, stories["belarus-radio"])
    assert _nquads(store) == before


def test_incremental_changed_document_replaces_its_graph(tmp_path: Path, stories: dict[str, Path]) -> None:
    store = KGStore(tmp_path / "store")
    _build(store, *stories.values())
    stories["belarus-radio"].write_text(RADIO_V2, encoding="utf-8")
    _build(store, stories["belarus-radio"])
    fresh = KGStore(tmp_path / "fresh")
    _build(fresh, *stories.values())
    assert _nquads(store) == _nquads(fresh)
    anchors = {str(q.object) for q in store.quads(doc_iri("belarus-radio")) if q.predicate.value.endswith("#anchorOf")}
    assert '"Lithuania"' in anchors and '"Mariusz Kaminski"' not in anchors


def test_incremental_remove_undoes_what_only_it_supported(tmp_path: Path, stories: dict[str, Path]) -> None:
    store = KGStore(tmp_path / "store")
    _build(store, *stories.values())
    merged = _people(store)
    del store  # the CLI opens the store itself
    gc.collect()
    runner = CliRunner()
    result = runner.invoke(app, ["remove", "belarus-wire", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    after = KGStore(tmp_path / "store")
    alone = KGStore(tmp_path / "alone")
    _build(alone, stories["belarus-radio"])
    assert _nquads(after) == _nquads(alone)
    assert doc_iri("belarus-wire") not in after.graphs()
    assert _people(after) != merged and "person/alexander-lukashenko" in _people(after)
    assert not list(after.query("SELECT ?a WHERE { ?a a prov:Activity }"))  # type: ignore[arg-type]  # no merge left to explain


def test_incremental_positions_keep_the_iri_their_extraction_minted(tmp_path: Path, stories: dict[str, Path]) -> None:
    """One key per office: resolving renames a position only when a merge renamed its holder or post."""
    store = KGStore(tmp_path / "store")
    _build(store, stories["belarus-radio"])  # one document: nothing to merge, nothing to rename
    assert list(store.query("SELECT ?p WHERE { ?p a kg:Position }"))  # type: ignore[arg-type]
    assert not list(store.query("SELECT ?p WHERE { ?p a kg:Position ; owl:sameAs ?old }"))  # type: ignore[arg-type]
