"""A crossing name documents give more than two states is split, one node per crossing, order-free.

Invented reports, each naming one crossing by the same invented name, in several wordings: between
different pairs of states they are different crossings (the checkpoint shape allows two states),
and the store conforms whatever order or builds they came in; documents that agree keep one node.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import NamedNode, Quad
from spacy.language import Language

from kg.pipeline import build
from kg.rdf.iri import DEFAULT_BASE, doc_iri
from kg.resolve import resolve_store
from kg.resolve.checkpoints import split_targets
from kg.store import KGStore
from kg.validate import validate

CP = DEFAULT_BASE + "checkpoint/tessaro"
KG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

TEXTS = {
    "south-wire": "Traffic at the Tessaro crossing between Peru and Bolivia resumed on Monday.",
    "coast-radio": "Officials said the Tessaro crossing between Peru and Chile was closed on Friday after protests.",
    "plateau-daily": "Trucks queued at the Tessaro crossing between Bolivia and Chile for hours on Sunday.",
}
#: another wording of the first document's crossing: the same pair of states
AGREEING = {"south-agency": "Buses again used the Tessaro crossing between Bolivia and Peru on Tuesday."}


def _files(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in texts.items():
        paths.append(folder / f"{name}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths


def _nquads(store: KGStore) -> list[str]:
    return sorted(map(str, store.quads()))


def _crossings(store: KGStore) -> dict[str, set[str]]:
    """Every checkpoint named Tessaro -> the codes of the states it connects."""
    out: dict[str, set[str]] = {}
    for row in store.query("SELECT ?c ?s WHERE { ?c a kg:Checkpoint . OPTIONAL { ?c kg:connects ?s } }"):  # type: ignore[union-attr]
        if row["c"].value.startswith(CP):
            out.setdefault(row["c"].value.removeprefix(CP), set())
            if row["s"] is not None:
                out[row["c"].value.removeprefix(CP)].add(row["s"].value.rsplit("/", 1)[-1])
    return out


def test_resolve_checkpoints_split_a_name_on_three_borders(tmp_path: Path, nlp: Language) -> None:
    store = KGStore(tmp_path / "store")
    build(_files(tmp_path / "in", TEXTS), store)
    assert _crossings(store) == {"--bo-pe": {"BO", "PE"}, "--cl-pe": {"CL", "PE"}, "--bo-cl": {"BO", "CL"}}
    checked = validate(store.to_rdflib())
    assert checked.conforms, checked.text


def test_resolve_checkpoints_split_is_order_free(tmp_path: Path, nlp: Language, full_resolves: list[int]) -> None:
    """One build, two builds (the second resolved incrementally or not), the other order: one store."""
    paths = _files(tmp_path / "in", {**TEXTS, **AGREEING})
    together = KGStore(tmp_path / "together")
    build(paths, together)
    backwards = KGStore(tmp_path / "backwards")
    build(paths[::-1], backwards)
    assert _nquads(backwards) == _nquads(together)
    for cut in (1, 2, 3):
        grown = KGStore(tmp_path / f"grown-{cut}")
        build(paths[:cut], grown)
        build(paths[cut:], grown)
        assert _nquads(grown) == _nquads(together), cut
    assert _crossings(together)["--bo-pe"] == {"BO", "PE"}


def test_resolve_checkpoints_removing_the_conflict_brings_one_node_back(tmp_path: Path, nlp: Language) -> None:
    paths = _files(tmp_path / "in", {**AGREEING, **TEXTS})
    store = KGStore(tmp_path / "store")
    build(paths[:3], store)  # two wordings of Peru-Bolivia, one of Peru-Chile
    assert set(_crossings(store)) == {"--bo-pe", "--cl-pe"}
    assert store.remove_graph(doc_iri("coast-radio"))
    resolve_store(store)
    assert _crossings(store) == {"": {"BO", "PE"}}
    clean = KGStore(tmp_path / "clean")
    build([paths[0], paths[1]], clean)
    assert _nquads(store) == _nquads(clean)


def test_resolve_checkpoints_agreeing_documents_keep_one_node(tmp_path: Path, nlp: Language) -> None:
    store = KGStore(tmp_path / "store")
    build(_files(tmp_path / "in", {**AGREEING, "south-wire": TEXTS["south-wire"]}), store)
    assert _crossings(store) == {"": {"BO", "PE"}}


def _connects(store: KGStore, graph: str, node: str, *codes: str) -> None:
    """Document ``graph`` names checkpoint ``node`` and the states it connects (ISO codes)."""
    g, cp = NamedNode(doc_iri(graph)), NamedNode(node)
    store.extend(
        [Quad(cp, NamedNode(RDF_TYPE), NamedNode(KG + "Checkpoint"), g)]
        + [Quad(cp, NamedNode(KG + "connects"), NamedNode(DEFAULT_BASE + "state/" + c), g) for c in codes]
    )


def test_resolve_checkpoints_documents_of_one_state_stay_unless_they_disagree() -> None:
    """One state fits any crossing of the name; three single states in all are three crossings."""
    store = KGStore()
    _connects(store, "a", CP, "PE", "BO")
    _connects(store, "b", CP, "PE", "CL")
    _connects(store, "c", CP, "PE")
    _connects(store, "d", CP)
    found = split_targets(store, DEFAULT_BASE, {})
    assert found == {(doc_iri("a"), CP): CP + "--bo-pe", (doc_iri("b"), CP): CP + "--cl-pe"}
    _connects(store, "e", CP, "AR")
    _connects(store, "f", CP, "EC")
    found = split_targets(store, DEFAULT_BASE, {})
    assert found[doc_iri("c"), CP] == CP + "--pe"
    assert found[doc_iri("f"), CP] == CP + "--ec"
    assert (doc_iri("d"), CP) not in found  # gives no state: on the plain node
    merged = DEFAULT_BASE + "checkpoint/tessaro-bridge"
    _connects(store, "g", merged, "BO", "CL")
    assert split_targets(store, DEFAULT_BASE, {merged: CP})[doc_iri("g"), merged] == CP + "--bo-cl"
