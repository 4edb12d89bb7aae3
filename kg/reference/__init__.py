"""The store's resolved entities + reference datasets -> one named graph of relations per dataset.

The text rarely says that Poland borders Ukraine or is in NATO; a reader knows it. This layer adds
such relations among the entities a document names (see :mod:`kg.reference.derive`) from
GeoNames (borders between states), a dated table of memberships (EU,
NATO, CSTO, ...) and a table of EU and UN bodies. Each dataset gets its own named graph,
``{base}graph/reference/{dataset}``, which says where it came from::

    <graph/reference/geonames> a kg:ReferenceGraph ; prov:wasDerivedFrom <dataset/geonames-3.0.2> .
    <dataset/geonames-3.0.2> a kg:Dataset ; owl:versionInfo "3.0.2" ; dcterms:source <https://www.geonames.org/> .

so a reference relation is never mistaken for something a document said, and a user can leave
the layer out (``kg build --no-reference``, ``build(..., reference=False)``). Memberships also get
a ``kg:Membership`` node with ``kg:memberSince`` / ``kg:memberUntil``; the plain ``kg:memberOf``
edge is written only when the membership holds on the publication date of a document naming both.

Resolution reads relations from the whole store, so the layer is dropped before it runs
(:func:`drop_reference`) and derived again after it (:func:`add_reference`): the outcome depends
only on the documents in the store, never on build order.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from kg.lexicon.gazetteer import state_name
from kg.rdf.iri import DEFAULT_BASE, hashed_iri, slug
from kg.reference.derive import derive, read_documents
from kg.reference.tables import Dataset, geonames, memberships, parts
from kg.store import KGStore

__all__ = ["REFERENCE_GRAPHS", "add_reference", "dataset_iri", "drop_reference", "has_reference", "reference_quads"]

#: Named graphs of the layer: ``{base}{REFERENCE_GRAPHS}{dataset key}``.
REFERENCE_GRAPHS = "graph/reference/"

KG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
VERSION = NamedNode("http://www.w3.org/2002/07/owl#versionInfo")
XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")


def _datasets() -> dict[str, Dataset]:
    return {d.key: d for d in (geonames(), memberships()[0], parts()[0])}


def dataset_iri(dataset: Dataset, base: str = DEFAULT_BASE) -> str:
    """``{base}dataset/{key}-{version}``: a new version of a table is a new dataset node."""
    return f"{base}dataset/{slug(dataset.key)}-{slug(dataset.version)}"


def _describe(dataset: Dataset, graph: NamedNode, base: str) -> list[Quad]:
    node = NamedNode(dataset_iri(dataset, base))
    out = [
        Quad(graph, RDF_TYPE, NamedNode(KG + "ReferenceGraph"), graph),
        Quad(graph, NamedNode(RDFS + "label"), Literal(f"relations from {dataset.title}"), graph),
        Quad(graph, DERIVED, node, graph),
        Quad(node, RDF_TYPE, NamedNode(KG + "Dataset"), graph),
        Quad(node, NamedNode(RDFS + "label"), Literal(dataset.title), graph),
        Quad(node, NamedNode(RDFS + "comment"), Literal(dataset.comment), graph),
        Quad(node, VERSION, Literal(dataset.version), graph),
    ]
    out += [Quad(node, NamedNode(DCT + "source"), NamedNode(url), graph) for url in dataset.sources]
    if dataset.as_of:
        out.append(Quad(node, NamedNode(DCT + "modified"), Literal(dataset.as_of, datatype=XSD_DATE), graph))
    return out


def reference_quads(store: KGStore, base: str = DEFAULT_BASE) -> dict[str, list[Quad]]:
    """The quads of every reference graph, by graph IRI, derived from the store as it is now."""
    derived = derive(read_documents(store, base))
    datasets = _datasets()
    out: dict[str, list[Quad]] = {}
    for key, dataset in sorted(datasets.items()):
        graph = NamedNode(f"{base}{REFERENCE_GRAPHS}{key}")
        quads = _describe(dataset, graph, base)
        for s, p, o in sorted(derived.relations.get(key, ())):
            quads.append(Quad(NamedNode(s), NamedNode(KG + p), NamedNode(o), graph))
        out[graph.value] = quads
    members = NamedNode(f"{base}{REFERENCE_GRAPHS}{memberships()[0].key}")
    source = NamedNode(dataset_iri(memberships()[0], base))
    for state, org, org_name, row in sorted(derived.memberships, key=str):
        node = NamedNode(hashed_iri("membership", state, org, row.since or "", base=base))
        label = f"{state_name(state.rsplit('/', 1)[-1])} in {org_name}"
        quads = [
            Quad(node, RDF_TYPE, NamedNode(KG + "Membership"), members),
            Quad(node, NamedNode(RDFS + "label"), Literal(label), members),
            Quad(node, NamedNode(KG + "member"), NamedNode(state), members),
            Quad(node, NamedNode(KG + "organization"), NamedNode(org), members),
            Quad(node, DERIVED, source, members),
        ]
        for value, local in ((row.since, "memberSince"), (row.until, "memberUntil")):
            if value:
                quads.append(Quad(node, NamedNode(KG + local), Literal(value, datatype=XSD_DATE), members))
        out[members.value] += quads
    return {g: sorted(set(q), key=str) for g, q in out.items()}


def _graphs(store: KGStore, base: str) -> list[str]:
    return [g for g in store.graphs() if g.startswith(base + REFERENCE_GRAPHS)]


def has_reference(store: KGStore, base: str = DEFAULT_BASE) -> bool:
    """True when the store holds the reference layer (it was built with it).

    The graphs of today's datasets are looked up first: only a store without them is listed
    whole (for a graph of a dataset no longer there).
    """
    known = (f"{base}{REFERENCE_GRAPHS}{key}" for key in sorted(_datasets()))
    return any(store.has_graph(g) for g in known) or bool(_graphs(store, base))


def drop_reference(store: KGStore, base: str = DEFAULT_BASE) -> None:
    """Remove every reference graph (before resolution, or when the user switches the layer off)."""
    for graph in _graphs(store, base):
        store.remove_graph(graph)


def add_reference(store: KGStore, base: str = DEFAULT_BASE) -> int:
    """Derive the reference graphs from the resolved store and write them; the number of relations."""
    drop_reference(store, base)
    count = 0
    for graph, quads in reference_quads(store, base).items():
        store.replace_graph(graph, quads)
        count += sum(1 for q in quads if q.predicate.value in _RELATIONS)
    return count


_RELATIONS = frozenset(KG + p for p in ("borders", "partOf", "memberOf"))
