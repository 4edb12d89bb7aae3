"""Document graphs in the store -> one node per real-world thing, and the entity layer.

Runs after documents are written, over the whole store at once (a handful of SPARQL queries and
updates per build, not per document):

1. undo the renames of the previous run (:mod:`~kg.resolve.rewriting`): every document graph is
   back to the IRIs its extraction minted, so the outcome never depends on what was built before;
2. point agentive roles filled by capitals to their states (:mod:`~kg.resolve.metonymy`);
3. cluster entities across documents (:mod:`~kg.resolve.blocking`, :mod:`~kg.resolve.rules`,
   :mod:`~kg.resolve.clustering`) and rename every member to the cluster's canonical IRI, in
   every document graph;
4. re-mint positions from their (now canonical) holder, title and post, so one office is one node;
5. cluster events and statements reported by several documents (:mod:`~kg.resolve.events`);
6. write the entity layer: one ``rdfs:label`` per node, the record of every merge (a
   ``prov:Activity``), and the ``owl:sameAs`` links the extractors did not give;
7. derive the reference-data layer (:mod:`kg.reference`) from the resolved graph, when wanted.

All of it is one transaction on an on-disk store (:func:`resolve_store`).

The canonical IRI of a cluster is a function of its members only (linked to an external id
first, then the member carrying the cluster's preferred name, then the smaller IRI), so building
A then B gives the same IRIs and the same graph as building A and B together.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import unquote

from pyoxigraph import Literal, NamedNode, Quad

from kg.lexicon.gazetteer import known_body
from kg.rdf.iri import DEFAULT_BASE, entity_layer_iri, hashed_iri, position_iri
from kg.reference import add_reference, drop_reference, has_reference
from kg.resolve.clustering import cluster, cluster_entities
from kg.resolve.events import EVENT_TYPES, agreement, candidate_pairs, read_events, read_parents
from kg.resolve.linking import link_quads
from kg.resolve.metonymy import point_roles_to_states
from kg.resolve.rewriting import Rename, apply_renames, undo_renames
from kg.resolve.rules import Candidate, Match, match
from kg.store import KGStore

__all__ = ["ResolveReport", "preferred_label", "refresh_entity_layer", "resolve_store"]

log = logging.getLogger(__name__)

KG = "https://w3id.org/newskg/ontology#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDFS_COMMENT = NamedNode("http://www.w3.org/2000/01/rdf-schema#comment")
XSD_DECIMAL = NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
ENTITY_TYPES = ("Person", "State", "Organization", "Agency", "Region", "Settlement", "Checkpoint", "Place")
#: nodes whose rdfs:label the builder writes in the document graph (not the entity layer)
LABELLED_TYPES = (*EVENT_TYPES, "Position")


@dataclass
class ResolveReport:
    """What a resolve did: renames undone and applied, merges recorded, labels written."""

    undone: int = 0
    metonyms: int = 0
    entity_merges: int = 0
    event_merges: int = 0
    positions: int = 0
    labels: int = 0


@dataclass(frozen=True)
class _Merge:
    canonical: str
    member: str
    rule: str
    score: float
    names: tuple[str, str]
    documents: tuple[str, ...]


def preferred_label(names: dict[str, int]) -> str:
    """The most complete common form among ``names`` (name -> number of documents using it).

    More words first ("Jean-Claude Juncker" over "Juncker", "European Union" over "EU"), then
    a form in ordinary case over the same words in capitals ("Helsinki" over a dateline's
    "HELSINKI"; an acronym such as "NATO" has no other spelling and keeps its capitals), then the
    form most documents use, then the longer, then alphabetical order, so the choice is
    deterministic.
    """
    folded = {name.casefold() for name in names if not _shouted(name)}

    def rank(name: str) -> tuple[int, int, int, int, str]:
        shouted = _shouted(name) and name.casefold() in folded
        return (-len(re.findall(r"\w+", name)), int(shouted), -names[name], -len(name), name)

    return min(names, key=rank)


def _shouted(name: str) -> bool:
    """Written in capitals throughout (two letters or more), and not a known body's acronym."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    body = known_body(name)
    return body is None or body[1] != name  # "NATO" is the name itself, "HELSINKI" a dateline's


# ---------------------------------------------------------------------------- reading


def _read_candidates(store: KGStore, base: str) -> tuple[dict[str, Candidate], dict[str, Counter[str]]]:
    """Every entity node of the document graphs, with names, links and context; and name counts."""
    types = ", ".join(f"kg:{t}" for t in ENTITY_TYPES)
    kinds: dict[str, set[str]] = defaultdict(set)
    graphs: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in store.query(f"""SELECT DISTINCT ?g ?e ?t ?name WHERE {{ GRAPH ?g {{ ?e a ?t
          OPTIONAL {{ ?e skos:altLabel ?name }} }} FILTER(?t IN ({types})) }}"""):  # type: ignore[union-attr]
        iri = row["e"].value
        kinds[iri].add(row["t"].value.removeprefix(KG))
        graphs[iri].add(row["g"].value)
        if row["name"] is not None:
            counts[iri][row["name"].value] += 0  # the name is known; documents counted below
    for row in store.query("""SELECT ?e ?name (COUNT(DISTINCT ?g) AS ?n) WHERE {
          GRAPH ?g { ?e skos:altLabel ?name } } GROUP BY ?e ?name"""):  # type: ignore[union-attr]
        counts[row["e"].value][row["name"].value] = int(row["n"].value)
    same: dict[str, set[str]] = defaultdict(set)
    for row in store.query(f"""SELECT DISTINCT ?e ?x WHERE {{ ?e owl:sameAs ?x
          FILTER(!STRSTARTS(STR(?x), "{base}")) }}"""):  # type: ignore[union-attr]
        same[row["e"].value].add(row["x"].value)
    parents: dict[str, set[str]] = defaultdict(set)
    nations: dict[str, set[str]] = defaultdict(set)
    for row in store.query(f"""SELECT DISTINCT ?e ?p ?s WHERE {{ ?e ?p ?s
          FILTER(?p IN (kg:partOf, kg:locatedIn, kg:nationality) && STRSTARTS(STR(?s), "{base}state/")) }}"""):  # type: ignore[union-attr]
        code = row["s"].value.rsplit("/", 1)[-1]
        (nations if row["p"].value.endswith("nationality") else parents)[row["e"].value].add(code)
    nodes = {}
    for iri, seen in kinds.items():
        names = counts.get(iri)
        if not names:
            continue
        specific = sorted(seen - {"Place"}) or ["Place"]
        ordered = sorted(names, key=lambda n: (-len(re.findall(r"\w+", n)), -names[n], -len(n), n))
        nodes[iri] = Candidate(
            iri,
            specific[0],
            tuple(ordered),
            frozenset(same[iri]),
            frozenset(parents[iri]),
            frozenset(nations[iri]),
            frozenset(graphs[iri]),
        )
    return nodes, counts


# ---------------------------------------------------------------------------- entities


def _canonical(members: list[str], nodes: dict[str, Candidate], counts: dict[str, Counter[str]]) -> str:
    total: Counter[str] = Counter()
    for iri in members:
        total.update(counts[iri])
    best = preferred_label(dict(total))
    return min(members, key=lambda i: (not nodes[i].same_as, best not in nodes[i].names, i))


def _why(member: Candidate, canonical: Candidate) -> Match:
    found = match(member, canonical)
    if found is not None:
        return found
    return Match("person: the only full-named person with this surname", 0.9, (member.names[0], canonical.names[0]))


# ---------------------------------------------------------------------------- positions and events


def _key(iri: str, base: str) -> str:
    return unquote(iri[len(base) :]) if iri.startswith(base) else iri


def _position_renames(store: KGStore, base: str) -> list[Rename]:
    rows = store.query("""SELECT ?g ?pos ?h ?title ?post WHERE { GRAPH ?g { ?h kg:holds ?pos .
        ?pos kg:title ?title OPTIONAL { ?pos kg:postIn ?post } } }""")
    out = []
    for row in rows:  # type: ignore[union-attr]
        post = _key(row["post"].value, base) if row["post"] is not None else ""
        new = position_iri(_key(row["h"].value, base), row["title"].value, post, base)
        out.append((row["g"].value, row["pos"].value, new))
    return out


def _relabel(store: KGStore, layer: str, demote: bool) -> None:
    """rdfs:label <-> skos:altLabel on events and positions that several documents label differently."""
    types = ", ".join(f"kg:{t}" for t in LABELLED_TYPES)
    if not demote:
        store.update(
            _prefixed(f"""
          DELETE {{ GRAPH ?g {{ ?n skos:altLabel ?l }} }} INSERT {{ GRAPH ?g {{ ?n rdfs:label ?l }} }}
          WHERE {{ GRAPH ?g {{ ?n a ?t ; skos:altLabel ?l }} FILTER(?t IN ({types}) && ?g != <{layer}>) }}""")
        )
        return
    store.update(
        _prefixed(f"""
      DELETE {{ GRAPH ?g {{ ?n rdfs:label ?l }} }} INSERT {{ GRAPH ?g {{ ?n skos:altLabel ?l }} }}
      WHERE {{ {{ SELECT ?n WHERE {{ GRAPH ?h {{ ?n a ?t ; rdfs:label ?x }} FILTER(?t IN ({types})) }}
                 GROUP BY ?n HAVING (COUNT(DISTINCT ?x) > 1) }}
               GRAPH ?g {{ ?n rdfs:label ?l }} FILTER(?g != <{layer}>) }}""")
    )


def _prefixed(update: str) -> str:
    return (
        f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        f"PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n{update}"
    )


# ---------------------------------------------------------------------------- the entity layer


def _label_quads(store: KGStore, layer: str) -> list[Quad]:
    names: dict[str, dict[str, int]] = defaultdict(dict)
    for row in store.query("""SELECT ?entity ?name (COUNT(DISTINCT ?g) AS ?docs) WHERE {
          GRAPH ?g { ?entity skos:altLabel ?name } } GROUP BY ?entity ?name"""):  # type: ignore[union-attr]
        names[row["entity"].value][row["name"].value] = int(row["docs"].value)
    graph = NamedNode(layer)
    return [Quad(NamedNode(e), RDFS_LABEL, Literal(preferred_label(seen)), graph) for e, seen in sorted(names.items())]


def _merge_quads(merges: list[_Merge], base: str, layer: str) -> list[Quad]:
    graph = NamedNode(layer)
    out = []
    for m in merges:
        act = NamedNode(hashed_iri("merge", m.canonical, m.member, base=base))
        out += [
            Quad(act, RDF_TYPE, NamedNode(PROV + "Activity"), graph),
            Quad(act, RDFS_LABEL, Literal(f"merged {m.names[0]!r} into {m.names[1]!r}"), graph),
            Quad(act, NamedNode(PROV + "generated"), NamedNode(m.canonical), graph),
            Quad(act, NamedNode(PROV + "invalidated"), NamedNode(m.member), graph),
            Quad(act, NamedNode(KG + "mergeRule"), Literal(m.rule), graph),
            Quad(act, NamedNode(KG + "mergeScore"), Literal(f"{m.score:.3f}", datatype=XSD_DECIMAL), graph),
        ]
        out += [Quad(act, NamedNode(PROV + "used"), NamedNode(d), graph) for d in m.documents]
    return out


# ---------------------------------------------------------------------------- entry point


def resolve_store(store: KGStore, base: str = DEFAULT_BASE, *, reference: bool | None = None) -> ResolveReport:
    """Merge, link and label everything in ``store``; idempotent, independent of build order.

    The reference-data layer (:mod:`kg.reference`) is derived from the resolved graph, so it is
    dropped before and derived again after, in the same transaction: ``reference`` True adds it,
    False leaves it out, None keeps it as the store has it.

    An on-disk store changes in one transaction: the steps run on an in-memory copy, and only
    the difference, with the emptying of the journal, is applied. A build killed at any moment
    therefore leaves either the old resolution or the new one, never a mix (merge records and
    ``owl:sameAs`` links lost between two updates).
    """
    keep = has_reference(store, base) if reference is None else reference
    if store.path is None:  # nothing to protect in memory: resolve in place
        report = _resolve_layers(store, base, keep)
        store.commit((), ())
        return report
    before = store.snapshot()
    scratch = KGStore()
    scratch.load_snapshot(before)
    report = _resolve_layers(scratch, base, keep)
    store.commit_snapshot(before, scratch.snapshot())
    return report


def _resolve_layers(store: KGStore, base: str, reference: bool) -> ResolveReport:
    drop_reference(store, base)  # resolution reads relations: never the last run's reference ones
    report = _resolve(store, base)
    if reference:
        add_reference(store, base)
    return report


def _resolve(store: KGStore, base: str) -> ResolveReport:
    report = ResolveReport()
    layer = entity_layer_iri(base)
    store.update(f"DROP SILENT GRAPH <{layer}>")
    report.undone = undo_renames(store, base)
    _relabel(store, layer, demote=False)
    report.metonyms = point_roles_to_states(store, base)

    nodes, counts = _read_candidates(store, base)
    merges: list[_Merge] = []
    renames: list[Rename] = []
    for members in cluster_entities(nodes):
        canonical = _canonical(members, nodes, counts)
        for member in members:
            if member == canonical:
                continue
            why = _why(nodes[member], nodes[canonical])
            docs = tuple(sorted(nodes[member].graphs | nodes[canonical].graphs))
            merges.append(_Merge(canonical, member, why.rule, why.score, why.names, docs))
            renames += [(g, member, canonical) for g in sorted(nodes[member].graphs)]
    apply_renames(store, renames)
    report.entity_merges = len(merges)
    report.positions = apply_renames(store, _position_renames(store, base))

    events = read_events(store, layer)
    parents = read_parents(store)
    event_renames: list[Rename] = []
    graphs = {iri: frozenset({e.graph}) for iri, e in events.items()}
    for members in cluster(graphs, candidate_pairs(events, parents), agreement(events, parents)):
        canonical = members[0]
        for member in members[1:]:
            names = (events[member].label or member, events[canonical].label or canonical)
            docs = tuple(sorted({events[member].graph, events[canonical].graph}))
            merges.append(
                _Merge(
                    canonical,
                    member,
                    f"{events[member].type.lower()}: same type, arguments, dates and figures",
                    1.0,
                    names,
                    docs,
                )
            )
            event_renames.append((events[member].graph, member, canonical))
            report.event_merges += 1
    apply_renames(store, event_renames)
    _relabel(store, layer, demote=True)

    quads = _label_quads(store, layer)
    report.labels = len(quads)
    quads += _merge_quads(sorted(merges, key=lambda m: (m.canonical, m.member)), base, layer)
    quads += link_quads(store, base, layer)
    store.extend(quads)
    log.debug("resolve: %s", report)
    return report


def refresh_entity_layer(store: KGStore, base: str = DEFAULT_BASE) -> int:
    """Kept for callers of the first version: resolve the store; return the number of labels."""
    return resolve_store(store, base).labels
