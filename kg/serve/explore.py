"""What the browser page asks: name -> matching nodes, node -> neighbourhood graph, node -> evidence.

Each question is SPARQL sent through the same worker pool as the endpoint (same semantics, same
time limit); this module only writes the queries and shapes their JSON results for the page.
The neighbourhood follows kg: relations between nodes and leaves out provenance (documents,
mentions), which the evidence panel shows instead.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from kg.paths import ontology_file
from kg.rdf.formats import PREFIXES
from kg.serve.radial import radial_layout

__all__ = ["LIMIT", "Ask", "evidence", "neighbourhood", "search"]

Ask = Callable[[str], list[dict[str, str]]]  # SPARQL SELECT -> rows of plain values
KG = PREFIXES["kg"]
#: Most nodes a neighbourhood draws unless asked otherwise: the page stays quick and legible.
LIMIT = 1000
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_IRI = re.compile(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", re.IGNORECASE)


def _iri(value: str) -> str:
    """``value`` as a SPARQL IRI term; refuses anything that could break out of ``<...>``."""
    if not _IRI.match(value):
        raise ValueError(f"not an IRI: {value!r}")
    return f"<{value}>"


def _literal(value: str) -> str:
    # JSON string escapes (\" \\ \n \uXXXX) are all valid SPARQL string escapes
    return json.dumps(value, ensure_ascii=True)


@lru_cache(maxsize=1)
def _superclasses() -> frozenset[str]:
    """kg: classes that have kg: subclasses: a node typed with both is shown by the narrower one."""
    import rdflib

    graph = rdflib.Graph().parse(ontology_file(), format="turtle")
    return frozenset(str(o) for _, o in graph.subject_objects(rdflib.RDFS.subClassOf) if str(o).startswith(KG))


def _type(types: str) -> str:
    names = sorted(t for t in types.split(" ") if t.startswith(KG))
    narrow = [t for t in names if t not in _superclasses()] or names
    return narrow[0][len(KG) :] if narrow else ""


def search(ask: Ask, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Nodes whose label or other name contains ``text`` (case-insensitive), exact names first.

    Asked in small steps (matches, then their descriptions) rather than one query with OPTIONALs:
    a join of labels x types x mentions grows with the product and stalls on a corpus-sized store.
    """
    needle = _literal(text.strip().lower())
    rows = ask(f"""
        SELECT ?n (MAX(IF(LCASE(STR(?l)) = {needle}, 1, 0)) AS ?exact) WHERE {{
          ?n rdfs:label|skos:altLabel ?l . FILTER(CONTAINS(LCASE(STR(?l)), {needle}))
        }} GROUP BY ?n""")
    exact = {r["n"]: int(r["exact"]) for r in rows}
    info = _describe(ask, sorted(exact))
    found = [n for n in exact if info[n]["type"] not in ("Mention", "Document")]
    found.sort(key=lambda n: (-exact[n], -info[n]["mentions"], info[n]["label"], n))
    return [{"iri": n, **info[n]} for n in found[: int(limit)]]


def _edges(ask: Ask, frontier: list[str]) -> list[tuple[str, str, str]]:
    values = " ".join(_iri(n) for n in frontier)
    rows = ask(f"""
        SELECT DISTINCT ?s ?p ?o WHERE {{
          VALUES ?n {{ {values} }}
          {{ ?n ?p ?o . BIND(?n AS ?s) }} UNION {{ ?s ?p ?n . BIND(?n AS ?o) }}
          FILTER(STRSTARTS(STR(?s), STR(kgr:)) && STRSTARTS(STR(?o), STR(kgr:)))
          FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:evidence)
        }} ORDER BY ?s ?p ?o""")
    return [(r["s"], r["p"][len(KG) :], r["o"]) for r in rows]


def _describe(ask: Ask, nodes: list[str]) -> dict[str, dict[str, Any]]:
    """Label (or title, or IRI tail), narrowest kg: type and number of evidence spans of each node."""
    info: dict[str, dict[str, Any]] = {n: {"label": n.rsplit("/", 1)[-1], "type": "", "mentions": 0} for n in nodes}
    if not nodes:
        return info
    values = f"VALUES ?n {{ {' '.join(_iri(n) for n in nodes)} }}"

    def first(predicate: str) -> dict[str, str]:
        rows = ask(f"SELECT ?n (MIN(STR(?l)) AS ?v) WHERE {{ {values} ?n {predicate} ?l }} GROUP BY ?n")
        return {r["n"]: r["v"] for r in rows}

    labels, titles = first("rdfs:label"), first("kg:title")
    concat = 'GROUP_CONCAT(DISTINCT STR(?c); separator=" ")'
    types = ask(f"SELECT ?n ({concat} AS ?t) WHERE {{ {values} ?n a ?c }} GROUP BY ?n")
    counts = ask(f"SELECT ?n (COUNT(DISTINCT ?m) AS ?k) WHERE {{ {values} ?n kg:evidence ?m }} GROUP BY ?n")
    for n in nodes:
        info[n]["label"] = labels.get(n) or titles.get(n) or info[n]["label"]
    for r in types:
        info[r["n"]]["type"] = _type(r["t"])
    for r in counts:
        info[r["n"]]["mentions"] = int(r["k"])
    return info


def _day(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if not _DAY.match(value.strip()):
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    return value.strip()


def _in_period(ask: Ask, nodes: set[str], since: str | None, until: str | None) -> set[str]:
    """The ``nodes`` that come from a document published within [since, until], or from no dated one.

    Dates compare as ISO strings on the length given, so "2022" or "2022-09" cover a whole year or
    month. Nodes from no dated kg:Document (facts from reference data sets) are timeless and stay.
    """
    if not nodes or (since is None and until is None):
        return nodes
    tests = []
    if since:
        tests.append(f"SUBSTR(STR(?i), 1, {len(since)}) >= {_literal(since)}")
    if until:
        tests.append(f"SUBSTR(STR(?i), 1, {len(until)}) <= {_literal(until)}")
    rows = ask(f"""
        SELECT DISTINCT ?n WHERE {{ VALUES ?n {{ {" ".join(_iri(n) for n in sorted(nodes))} }}
          OPTIONAL {{ ?n prov:wasDerivedFrom ?d . ?d a kg:Document ; dcterms:issued ?i }}
          FILTER(!BOUND(?i) || ({" && ".join(tests)})) }}""")
    return {r["n"] for r in rows}


def neighbourhood(
    ask: Ask, center: str, hops: int = 1, limit: int = LIMIT, since: str | None = None, until: str | None = None
) -> dict[str, Any]:
    """The nodes within ``hops`` kg: relations of ``center`` (at most ``limit``), laid out as a radial tree.

    With ``since``/``until`` only nodes from documents published in that period are followed (the
    center always stays). ``complete`` says whether ``limit`` left nodes out. The layout
    (radial.py) is deterministic and computed here, so the same store always draws the same
    picture and the page only draws.
    """
    since, until = _day(since), _day(until)
    depth = {center: 0}
    edges: set[tuple[str, str, str]] = set()
    frontier = [center]
    complete = True
    for hop in range(1, max(1, min(hops, 3)) + 1):
        found = _edges(ask, frontier)
        allowed = _in_period(ask, {n for s, _, o in found for n in (s, o) if n not in depth}, since, until)
        frontier = []
        for s, p, o in found:
            for node in (s, o):
                if node not in depth and node in allowed:
                    if len(depth) < limit:
                        depth[node] = hop
                        frontier.append(node)
                    else:
                        complete = False
            if s in depth and o in depth:
                edges.add((s, p, o))
        if not frontier:
            break
    info = _describe(ask, sorted(depth))

    def order(node: str) -> tuple[str, str, str]:
        return (info[node]["type"], info[node]["label"], node)

    # disc radii in ring gaps, on a log scale, capped: a node a whole corpus mentions must not
    # cover its neighbours
    radius = {n: min(0.12, 0.03 + 0.015 * math.log2(1 + info[n]["mentions"])) for n in depth}
    radius[center] = 0.14
    where = radial_layout(center, depth, radius, ((s, o) for s, _, o in edges), order)
    nodes = [
        {"id": n, **info[n], "hop": depth[n], "x": where[n][0], "y": where[n][1], "size": round(radius[n], 4)}
        for n in sorted(depth, key=lambda n: (depth[n], order(n)))
    ]
    return {
        "center": center,
        "complete": complete,
        "nodes": nodes,
        "edges": [{"source": s, "target": o, "label": p} for s, p, o in sorted(edges)],
    }


def evidence(ask: Ask, node: str, limit: int = 200) -> dict[str, Any]:
    """The documents a node comes from and each text span that evidences it (the first ``limit``), in context.

    The store keeps spans, not whole texts: a span's context is the longest other span of the same
    document that encloses it (the sentence of an event or statement), or the span alone.
    """
    iri = _iri(node)
    docs = ask(f"""
        SELECT ?doc (MIN(?t) AS ?title) (MIN(STR(?i)) AS ?issued) (MIN(STR(?u)) AS ?source) WHERE {{
          {iri} prov:wasDerivedFrom ?d . ?d dcterms:identifier ?doc .
          OPTIONAL {{ ?d dcterms:title ?t }} OPTIONAL {{ ?d dcterms:issued ?i }} OPTIONAL {{ ?d dcterms:source ?u }}
        }} GROUP BY ?doc ORDER BY ?issued ?doc""")
    spans = ask(f"""
        SELECT ?doc ?begin ?end ?text ?cbegin ?ctext WHERE {{
          {{ SELECT DISTINCT ?doc ?d ?begin ?end ?text WHERE {{
              {iri} kg:evidence ?m .
              ?m nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?d .
              ?d dcterms:identifier ?doc .
          }} ORDER BY ?doc ?begin ?end LIMIT {int(limit)} }}
          OPTIONAL {{
            ?c nif:referenceContext ?d ; nif:beginIndex ?cbegin ; nif:endIndex ?cend ; nif:anchorOf ?ctext .
            FILTER(?cbegin <= ?begin && ?cend >= ?end && ?cend - ?cbegin > ?end - ?begin)
          }}
        }} ORDER BY ?doc ?begin ?end""")
    best: dict[tuple[str, int, int], dict[str, Any]] = {}
    for r in spans:
        begin, end = int(r["begin"]), int(r["end"])
        key = (r["doc"], begin, end)
        context, cbegin = r.get("ctext") or r["text"], int(r.get("cbegin") or begin)
        current = best.get(key)
        if current is None or len(context) > len(current["context"]):
            best[key] = {
                "doc": r["doc"],
                "begin": begin,
                "end": end,
                "text": r["text"],
                "context": context,
                "highlight": [begin - cbegin, end - cbegin],
            }
    return {"node": node, "documents": docs, "evidence": [best[k] for k in sorted(best)]}
