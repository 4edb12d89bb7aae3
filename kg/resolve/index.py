"""Entity nodes of document graphs -> what the resolver knows of each (facts), and their index.

The rules compare nodes by what all documents say of them (:class:`Facts`: types, documents,
names with the number of documents using each, external ids, parent states, nationalities). A
full resolve reads these from every document graph; the store then keeps them, with each node's
blocking keys, in its index graph (:data:`kg.store.INDEX`, bookkeeping like the journal), so that
adding documents reads only the nodes they touch and the blocks those share
(:mod:`kg.resolve.incremental`). Facts are those of the documents as extracted (before renames):
the index is a function of the set of documents, whatever order they came in.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad, QuerySolution, RdfFormat, serialize

from kg.resolve.blocking import blocking_keys
from kg.resolve.rules import Candidate
from kg.store import INDEX, KGStore

__all__ = [
    "ENTITY_TYPES",
    "Facts",
    "block_members",
    "candidates",
    "covered",
    "has_index",
    "index_facts",
    "index_lines",
    "index_quads",
    "read_facts",
    "read_graphs",
    "read_index",
]

KG = "https://w3id.org/newskg/ontology#"
ENTITY_TYPES = ("Person", "State", "Organization", "Agency", "Region", "Settlement", "Checkpoint", "Place")
_I = INDEX + "#"
_SELF = NamedNode(INDEX)
_VERSION = "2"  # a new layout of the index is a new version: an older index is rebuilt whole
#: Nodes whose entries :func:`index_lines` holds as quads at a time.
_LINES_CHUNK = 1000


def _set() -> defaultdict[str, set[str]]:
    return defaultdict(set)


@dataclass
class Facts:
    """What the document graphs say of each entity node, by IRI."""

    kinds: defaultdict[str, set[str]] = field(default_factory=_set)
    graphs: defaultdict[str, set[str]] = field(default_factory=_set)
    counts: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    same: defaultdict[str, set[str]] = field(default_factory=_set)
    parents: defaultdict[str, set[str]] = field(default_factory=_set)
    nations: defaultdict[str, set[str]] = field(default_factory=_set)

    def add(self, other: Facts) -> None:
        """Add the facts of other documents (never the same ones: counts add up)."""
        for mine, theirs in (
            (self.kinds, other.kinds),
            (self.graphs, other.graphs),
            (self.same, other.same),
            (self.parents, other.parents),
            (self.nations, other.nations),
        ):
            for iri, values in theirs.items():
                mine[iri] |= values
        for iri, names in other.counts.items():
            self.counts[iri].update(names)


def read_facts(store: KGStore, base: str) -> Facts:
    """The facts of every document graph of ``store`` (as extracted: the resolver undid its renames)."""
    types = ", ".join(f"kg:{t}" for t in ENTITY_TYPES)
    facts = Facts()
    documents: dict[str, str] = {}  # one string per document: a whole store names each in thousands of rows
    for row in store.query(f"""SELECT DISTINCT ?g ?e ?t ?name WHERE {{ GRAPH ?g {{ ?e a ?t
          OPTIONAL {{ ?e skos:altLabel ?name }} }} FILTER(?t IN ({types})) }}"""):  # type: ignore[union-attr]
        iri, graph = row["e"].value, row["g"].value
        facts.kinds[iri].add(row["t"].value.removeprefix(KG))
        facts.graphs[iri].add(documents.setdefault(graph, graph))
        if row["name"] is not None:
            facts.counts[iri][row["name"].value] += 0  # the name is known; documents counted below
    for row in store.query("""SELECT ?e ?name (COUNT(DISTINCT ?g) AS ?n) WHERE {
          GRAPH ?g { ?e skos:altLabel ?name } } GROUP BY ?e ?name"""):  # type: ignore[union-attr]
        facts.counts[row["e"].value][row["name"].value] = int(row["n"].value)
    for row in store.query(f"""SELECT DISTINCT ?e ?x WHERE {{ ?e owl:sameAs ?x
          FILTER(!STRSTARTS(STR(?x), "{base}")) }}"""):  # type: ignore[union-attr]
        facts.same[row["e"].value].add(row["x"].value)
    for row in store.query(f"""SELECT DISTINCT ?e ?p ?s WHERE {{ ?e ?p ?s
          FILTER(?p IN (kg:partOf, kg:locatedIn, kg:nationality) && STRSTARTS(STR(?s), "{base}state/")) }}"""):  # type: ignore[union-attr]
        code = row["s"].value.rsplit("/", 1)[-1]
        (facts.nations if row["p"].value.endswith("nationality") else facts.parents)[row["e"].value].add(code)
    return facts


def candidates(facts: Facts, iris: Iterable[str] | None = None) -> dict[str, Candidate]:
    """The nodes the rules compare (typed and named), of ``iris`` or of all."""
    nodes = {}
    for iri in sorted(facts.kinds if iris is None else iris):
        names, seen = facts.counts.get(iri), facts.kinds.get(iri)
        if not names or not seen:
            continue
        specific = sorted(seen - {"Place"}) or ["Place"]
        ordered = sorted(names, key=lambda n: (-len(re.findall(r"\w+", n)), -names[n], -len(n), n))
        nodes[iri] = Candidate(
            iri,
            specific[0],
            tuple(ordered),
            frozenset(facts.same.get(iri, ())),
            frozenset(facts.parents.get(iri, ())),
            frozenset(facts.nations.get(iri, ())),
            frozenset(facts.graphs.get(iri, ())),
        )
    return nodes


# ---------------------------------------------------------------------------- the stored index


def _q(subject: str, name: str, value: str, iri: bool = False) -> Quad:
    obj = NamedNode(value) if iri else Literal(value)
    return Quad(NamedNode(subject), NamedNode(_I + name), obj, NamedNode(INDEX))


def index_quads(facts: Facts, iris: Iterable[str], documents: Iterable[str] = ()) -> list[Quad]:
    """The index entries of ``iris`` (facts and blocking keys), and of ``documents`` as covered."""
    nodes = candidates(facts, iris)
    out = [Quad(_SELF, NamedNode(_I + "version"), Literal(_VERSION), NamedNode(INDEX))] if documents else []
    out += [Quad(_SELF, NamedNode(_I + "covers"), NamedNode(g), NamedNode(INDEX)) for g in documents]
    for iri in iris:
        out += [_q(iri, "kind", t) for t in facts.kinds.get(iri, ())]
        out += [_q(iri, "in", g, iri=True) for g in facts.graphs.get(iri, ())]
        out += [_q(iri, "name", f"{n} {name}") for name, n in facts.counts.get(iri, Counter()).items()]
        out += [_q(iri, "same", x) for x in facts.same.get(iri, ())]
        out += [_q(iri, "parent", c) for c in facts.parents.get(iri, ())]
        out += [_q(iri, "nation", c) for c in facts.nations.get(iri, ())]
        if iri in nodes:
            out += [_q(iri, "key", k) for k in blocking_keys(nodes[iri])]
    return out


def index_lines(facts: Facts, iris: Sequence[str], documents: Iterable[str] = ()) -> set[bytes]:
    """:func:`index_quads` as the index graph's N-Triples lines, as :meth:`KGStore.commit_from` compares them.

    The index of a whole store has entries for every entity of every document, so it grows with
    the store: held as quads (a list, a set and a sorted copy keyed by their text) a resolve's
    peak rose by about 660 bytes an entry; as lines, by about 470 (220 of them the lines' own
    objects), and only a chunk of nodes' entries is ever a list of quads. Written by Oxigraph's
    serializer, the lines are those it dumps of the stored index, byte for byte: an unchanged
    entry compares equal.
    """
    lines: set[bytes] = set()
    documents = list(documents)
    for start in range(0, max(len(iris), 1), _LINES_CHUNK):
        quads = index_quads(facts, iris[start : start + _LINES_CHUNK], documents if not start else ())
        lines.update((serialize((q.triple for q in quads), format=RdfFormat.N_TRIPLES) or b"").split(b"\n"))
    lines.discard(b"")
    return lines


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(iris))


def has_index(store: KGStore) -> bool:
    """True when the store keeps an index of this layout (a full resolve wrote it)."""
    return bool(store.query(f'ASK {{ GRAPH <{INDEX}> {{ <{INDEX}> <{_I}version> "{_VERSION}" }} }}'))


def covered(store: KGStore, graphs: Iterable[str]) -> set[str]:
    """Those of ``graphs`` that a resolve has already seen (their facts are in the index)."""
    rows = store.query(
        f"SELECT ?g WHERE {{ VALUES ?g {{ {_values(graphs)} }} GRAPH <{INDEX}> {{ <{INDEX}> <{_I}covers> ?g }} }}"
    )
    return {r["g"].value for r in rows}  # type: ignore[union-attr]


def read_index(store: KGStore, iris: Iterable[str]) -> tuple[Facts, list[Quad]]:
    """The stored facts of ``iris`` but the documents naming them, and those index entries as stored (to replace them).

    The documents are read where they matter (:func:`read_graphs`): a state many documents name
    has an entry per document, and adding a document adds its own and changes no other.
    """
    facts, stored = Facts(), list[Quad]()
    for row in _entries(store, iris, f"<{_I}in>"):
        stored.append(Quad(row["x"], row["p"], row["o"], NamedNode(INDEX)))
        _add_fact(facts, row["x"].value, row["p"].value.removeprefix(_I), row["o"].value)
    return facts, stored


def index_facts(store: KGStore, iris: Iterable[str]) -> Facts:
    """:func:`read_index`'s facts alone: for nodes whose entries stay as they are (a block's
    members, a stored cluster's), neither their blocking keys nor their entries as quads are read."""
    facts = Facts()
    for row in _entries(store, iris, f"<{_I}in>, <{_I}key>"):
        _add_fact(facts, row["x"].value, row["p"].value.removeprefix(_I), row["o"].value)
    return facts


def _entries(store: KGStore, iris: Iterable[str], skipped: str) -> Iterator[QuerySolution]:
    """The index entries of ``iris`` but those of the ``skipped`` predicates (SPARQL terms)."""
    if not (values := _values(iris)):
        return iter(())
    skip = f"FILTER(?p NOT IN ({skipped}))"
    query = f"SELECT ?x ?p ?o WHERE {{ VALUES ?x {{ {values} }} GRAPH <{INDEX}> {{ ?x ?p ?o {skip} }} }}"
    return iter(store.query(query))  # type: ignore[arg-type]


def _add_fact(facts: Facts, iri: str, name: str, value: str) -> None:
    """One index entry (``name`` its predicate's local name) into ``facts``."""
    if name == "kind":
        facts.kinds[iri].add(value)
    elif name == "name":
        count, text = value.split(" ", 1)
        facts.counts[iri][text] = int(count)
    elif name in ("same", "parent", "nation"):
        {"same": facts.same, "parent": facts.parents, "nation": facts.nations}[name][iri].add(value)


def read_graphs(store: KGStore, iris: Iterable[str]) -> dict[str, set[str]]:
    """The stored documents naming each of ``iris``."""
    out: dict[str, set[str]] = defaultdict(set)
    if values := _values(iris):
        for row in store.query(
            f"SELECT ?x ?g WHERE {{ VALUES ?x {{ {values} }} GRAPH <{INDEX}> {{ ?x <{_I}in> ?g }} }}"
        ):  # type: ignore[union-attr]
            out[row["x"].value].add(row["g"].value)
    return out


def block_members(store: KGStore, keys: Iterable[str]) -> dict[str, set[str]]:
    """The indexed nodes of each blocking key of ``keys``."""
    out: dict[str, set[str]] = defaultdict(set)
    values = " ".join(sorted(str(Literal(k)) for k in keys))
    if not values:
        return out
    for row in store.query(f"SELECT ?k ?x WHERE {{ VALUES ?k {{ {values} }} GRAPH <{INDEX}> {{ ?x <{_I}key> ?k }} }}"):  # type: ignore[union-attr]
        out[row["k"].value].add(row["x"].value)
    return out
