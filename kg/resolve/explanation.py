"""A node of the store -> why it is what it is: names per document, links, evidence and merges.

``kg explain NODE`` prints :func:`explain`; :func:`explain_node` gives the same as plain data.
NODE may be an IRI, an entity key (``person/vladimir-putin``), an IRI retired by a merge (it
leads to the node it was merged into), or a name (any ``rdfs:label`` or ``skos:altLabel``).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.errors import InputError
from kg.rdf.iri import DEFAULT_BASE, entity_layer_iri
from kg.store import KGStore

__all__ = ["explain", "explain_node", "find_node"]


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _rows(store: KGStore, sparql: str) -> list[Any]:
    return list(store.query(sparql))  # type: ignore[arg-type]


def find_node(store: KGStore, node: str, base: str = DEFAULT_BASE) -> tuple[str, str | None]:
    """(IRI of the node ``node`` names, the retired IRI it was given as or None); InputError if none or several."""
    iri = node if "://" in node or node.startswith("urn:") else base + node.lstrip("/") if "/" in node else ""
    if iri and bool(store.query(f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}")):
        retired = _rows(store, f"SELECT ?n WHERE {{ ?a prov:invalidated <{iri}> ; prov:generated ?n }}")
        if retired:
            return retired[0]["n"].value, iri
        return iri, None
    hits = sorted(
        {
            r["n"].value
            for r in _rows(
                store,
                f"""SELECT DISTINCT ?n WHERE {{
        ?n rdfs:label|skos:altLabel ?l FILTER(LCASE(STR(?l)) = LCASE({_literal(node)}))
        FILTER NOT EXISTS {{ ?n a prov:Activity }} }}""",
            )
        }
    )
    if len(hits) == 1:
        return hits[0], None
    if not hits:
        raise InputError(node, "no node of the store has this IRI, key or name")
    raise InputError(node, "several nodes have this name; give one of: " + ", ".join(hits))


def explain_node(store: KGStore, node: str, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """What the store says about ``node``, and how the resolver made it: plain data (JSON-ready)."""
    iri, retired = find_node(store, node, base)
    layer = entity_layer_iri(base)
    out: dict[str, Any] = {"iri": iri, "asked_for": node, "retired_iri": retired}
    out["types"] = sorted(
        {r["t"].value.rsplit("#", 1)[-1] for r in _rows(store, f"SELECT ?t WHERE {{ <{iri}> a ?t }}")}
    )
    labels = _rows(store, f"SELECT ?l WHERE {{ <{iri}> rdfs:label ?l }}")
    out["label"] = labels[0]["l"].value if labels else None
    names: dict[str, list[str]] = defaultdict(list)
    for r in _rows(store, f"SELECT ?g ?l WHERE {{ GRAPH ?g {{ <{iri}> skos:altLabel ?l }} }} ORDER BY ?g ?l"):
        names[r["g"].value].append(r["l"].value)
    if not names:  # a file without named graphs (Turtle): the names, without their documents
        for r in _rows(store, f"SELECT DISTINCT ?l WHERE {{ <{iri}> skos:altLabel ?l }} ORDER BY ?l"):
            names["(all documents)"].append(r["l"].value)
    out["names_by_document"] = dict(names)
    out["same_as"] = sorted(
        {
            r["x"].value
            for r in _rows(
                store,
                f"""SELECT ?g ?x WHERE {{ GRAPH ?g {{ <{iri}> owl:sameAs ?x }}
        FILTER(?g = <{layer}> || !STRSTARTS(STR(?x), "{base}")) }}""",
            )
        }
    )
    out["former_iris"] = sorted(
        {
            r["x"].value
            for r in _rows(
                store,
                f"""SELECT ?x WHERE {{ <{iri}> owl:sameAs ?x
        FILTER(STRSTARTS(STR(?x), "{base}")) }}""",
            )
        }
    )
    out["documents"] = sorted(
        {r["d"].value for r in _rows(store, f"SELECT ?d WHERE {{ <{iri}> prov:wasDerivedFrom ?d }}")}
    )
    out["mentions"] = [
        {"document": r["d"].value, "text": r["a"].value, "begin": int(r["b"].value)}
        for r in _rows(
            store,
            f"""SELECT ?d ?a ?b WHERE {{ <{iri}> kg:evidence ?m . ?m nif:anchorOf ?a ;
            nif:beginIndex ?b ; nif:referenceContext ?d }} ORDER BY ?d ?b""",
        )
    ]
    out["merges"] = [
        {
            "label": r["l"].value,
            "merged_iri": r["m"].value,
            "rule": r["r"].value,
            "score": float(r["s"].value),
            "documents": sorted(set(r["docs"].value.split(" "))) if r["docs"] else [],
        }
        for r in _rows(
            store,
            f"""SELECT ?l ?m ?r ?s (GROUP_CONCAT(STR(?d); separator=" ") AS ?docs) WHERE {{
            ?a prov:generated <{iri}> ; prov:invalidated ?m ; rdfs:label ?l ; kg:mergeRule ?r ; kg:mergeScore ?s
            OPTIONAL {{ ?a prov:used ?d }} }} GROUP BY ?l ?m ?r ?s ORDER BY ?m""",
        )
    ]
    return out


def explain(store: KGStore, node: str, base: str = DEFAULT_BASE) -> str:
    """:func:`explain_node` as text for a terminal."""
    data = explain_node(store, node, base)
    lines = [f"{data['label'] or data['iri']}  <{data['iri']}>", f"  types: {', '.join(data['types']) or '-'}"]
    if data["retired_iri"]:
        lines.append(f"  ({data['retired_iri']} was merged into this node)")
    lines.append("  names seen, by document:")
    lines += [f"    {doc}: {'; '.join(names)}" for doc, names in data["names_by_document"].items()] or ["    -"]
    if data["same_as"]:
        lines.append("  same as: " + ", ".join(data["same_as"]))
    lines.append(f"  documents: {', '.join(data['documents']) or '-'}")
    lines.append(f"  mentions: {len(data['mentions'])}")
    lines += [f"    {m['document'].rsplit('/', 1)[-1]}@{m['begin']}: {m['text']!r}" for m in data["mentions"][:10]]
    if data["merges"]:
        lines.append("  merges:")
        for m in data["merges"]:
            docs = ", ".join(d.rsplit("/", 1)[-1] for d in m["documents"])
            lines.append(f"    {m['label']}: {m['rule']} (score {m['score']:.2f}; {m['merged_iri']}; from {docs})")
    else:
        lines.append("  merges: none (one extracted node)")
    return "\n".join(lines)
