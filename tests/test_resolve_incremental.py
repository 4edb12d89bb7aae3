"""Adding documents resolves only what they touch, and gives what a full resolve of the store gives.

Invented reports, in several wordings: some only add to what the store knows (resolved alone), some
change what a stored document resolved to (the whole store is resolved again). Either way the
store equals a clean build of all the documents (sorted N-Quads), its view is the union of its
graphs, and the resolver's index stays out of every export.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.pipeline import build
from kg.resolve.index import index_facts, read_index
from kg.store import INDEX, KGStore
from kg.validate import validate

STORED = {
    "port-wire": (
        "TALLINN (Wire) - Estonia closed the Narva crossing with Russia on Monday, Estonian Interior "
        "Minister Kalev Saarmets said. Saarmets spoke in Tallinn."
    ),
    "harbor-daily": (
        "Finnish President Aune Koskivaara met Latvian officials in Riga on Tuesday. "
        '"The ferry lines will stay open," Koskivaara said.'
    ),
}
#: documents that only add to what the store knows: new people, a known minister again
ADDING = {
    "port-radio": (
        "Estonian Interior Minister K. Saarmets said on Thursday that 300 guards were sent to the north. "
        "Lithuania's Prime Minister Ruta Vaiciulene said her country would help."
    ),
    "harbor-agency": (
        "RIGA, May 4 (Agency) - Latvian Foreign Minister Ivars Kalnbergs said about 1,200 people had "
        'crossed from Belarus into Latvia this month. "We are watching every road," Kalnbergs said.'
    ),
}
#: a fuller name of a stored person: the stored node is no longer the canonical one
RENAMING = {
    "harbor-weekly": (
        "Aune Marjatta Koskivaara, the president of Finland, said on Friday that the ferry lines would stay open."
    ),
}

#: a statement a stored document reported too: stored statements would merge with it
REPEATING = {
    "harbor-evening": ('Finnish President Aune Koskivaara said again on Tuesday: "The ferry lines will stay open."'),
}


def _files(folder: Path, texts: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in texts.items():
        paths.append(folder / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def _nquads(store: KGStore) -> list[str]:
    return sorted(map(str, store.quads()))


def _check_view(store: KGStore) -> None:
    """The view is the union of the graphs: what a rebuild of it from scratch would hold."""
    union = {str(q.triple) for graph in store.graphs() for q in store.graph_quads(graph)}
    assert sorted(map(str, store.triples())) == sorted(union)


@pytest.mark.parametrize(("extra", "full"), [(ADDING, 0), (RENAMING, 0), (REPEATING, 0)])
def test_resolve_incremental_equals_a_clean_build(
    tmp_path: Path, nlp: Language, full_resolves: list[int], extra: dict[str, str], full: int
) -> None:
    stored, added = _files(tmp_path, STORED), _files(tmp_path, extra)
    clean = KGStore(tmp_path / "clean")
    build([*stored, *added], clean)
    grown = KGStore(tmp_path / "grown")
    build(stored, grown)
    full_resolves.clear()
    build(added, grown)
    assert len(full_resolves) == full  # a stored node renamed, a statement reported again: redone alone
    assert not grown.pending()
    assert _nquads(grown) == _nquads(clean)
    assert sorted(map(str, grown.graph_quads(INDEX))) == sorted(map(str, clean.graph_quads(INDEX)))  # order-free too
    _check_view(grown)
    checked = validate(grown.to_rdflib())
    assert checked.conforms, checked.text


def test_resolve_incremental_merges_a_new_mention_into_a_stored_node(
    tmp_path: Path, nlp: Language, full_resolves: list[int]
) -> None:
    """A known person named again in another wording joins the stored node, and its merge is recorded."""
    grown = KGStore(tmp_path / "grown")
    build(_files(tmp_path, STORED), grown)
    full_resolves.clear()
    build(_files(tmp_path, ADDING), grown)
    assert not full_resolves
    people = {r["e"].value for r in grown.query("SELECT DISTINCT ?e WHERE { ?e a kg:Person }")}  # type: ignore[union-attr]
    assert len([p for p in people if p.endswith("saarmets")]) == 1
    used = grown.query("SELECT ?d WHERE { ?a a prov:Activity ; prov:used ?d }")
    assert {r["d"].value.rsplit("/", 1)[-1] for r in used} >= {"port-wire", "port-radio"}  # type: ignore[union-attr]


def test_resolve_incremental_index_is_bookkeeping(tmp_path: Path, nlp: Language) -> None:
    """The index is in the store, and in no export, view or list of graphs."""
    store = KGStore(tmp_path / "store")
    build(_files(tmp_path, STORED), store)
    assert store.query(f"ASK {{ GRAPH <{INDEX}> {{ ?s ?p ?o }} }}")
    assert INDEX not in store.graphs()
    assert all(not q.graph_name.value.startswith("urn:newskg:") for q in store.quads())  # type: ignore[union-attr]
    assert not store.query("ASK { ?s ?p ?o FILTER(STRSTARTS(STR(?p), 'urn:newskg:')) }")
    _check_view(store)


def test_resolve_incremental_replacing_a_document_resolves_the_whole_store(
    tmp_path: Path, nlp: Language, full_resolves: list[int]
) -> None:
    """A replaced document: what its old text said is gone, so the whole store is resolved again."""
    paths = _files(tmp_path, {**STORED, **ADDING})
    store = KGStore(tmp_path / "store")
    build(paths, store)
    paths[0].write_text(RENAMING["harbor-weekly"], encoding="utf-8")
    full_resolves.clear()
    build([paths[0]], store)
    assert len(full_resolves) == 1
    clean = KGStore(tmp_path / "clean")
    build(paths, clean)
    assert _nquads(store) == _nquads(clean)
    _check_view(store)


def test_resolve_incremental_store_keeps_its_view_through_a_removal(tmp_path: Path, nlp: Language) -> None:
    """Removing a document takes out of the view only what no other document states."""
    paths = _files(tmp_path, {**STORED, **ADDING})
    store = KGStore(tmp_path / "store")
    build(paths, store)
    assert store.remove_graph(next(g for g in store.graphs() if g.endswith("/port-radio")))
    _check_view(store)


def test_resolve_incremental_index_facts_are_those_read_with_the_entries(tmp_path: Path, nlp: Language) -> None:
    """The facts of a block's members are read without their keys, and are the same facts."""
    store = KGStore(tmp_path / "store")
    build(_files(tmp_path, STORED), store)
    rows = store.query(f"SELECT DISTINCT ?x WHERE {{ GRAPH <{INDEX}> {{ ?x <{INDEX}#kind> ?k }} }}")
    iris = {r["x"].value for r in rows}  # type: ignore[union-attr]
    facts, entries = read_index(store, iris)
    assert any(q.predicate.value == INDEX + "#key" for q in entries)
    assert index_facts(store, iris) == facts
    assert index_facts(store, set()) == read_index(store, set())[0]
