"""Capitals acting as governments -> the state, in each document graph (a store post-pass).

The rule: a capital city stays a ``kg:Settlement`` wherever it is a place (``kg:place``,
``kg:destination``, ``kg:locatedIn``...). When it fills an agentive role, ``kg:agent`` of an event,
``kg:speaker`` of a statement or ``kg:reportedBy`` of a figure ("Moscow said", "Washington
announced"), it stands for the government, and the role points to the state instead. Seats of
government that the contract types as agencies (the Kremlin, the White House) stay agencies:
they are government bodies already.

The rewrite depends only on the document graph and the gazetteer's capital table
(:func:`kg.lexicon.gazetteer.capital_of`, the one the extractors use too), so it is
applied to every document graph on every resolve and gives the same result whatever else is in
the store.
"""

from __future__ import annotations

import logging

from kg.lexicon.gazetteer import capital_of
from kg.store import KGStore

__all__ = ["point_roles_to_states"]

log = logging.getLogger(__name__)

_ROLES = ("agent", "speaker", "reportedBy")
KG = "https://w3id.org/newskg/ontology#"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def point_roles_to_states(store: KGStore, base: str) -> int:
    """Rewrite agent/speaker/reportedBy edges to capitals into edges to their states; return how many."""
    from kg.lexicon.gazetteer import state_name, state_same_as

    roles = ", ".join(f"kg:{r}" for r in _ROLES)
    rows = store.query(f"""
SELECT DISTINCT ?g ?e ?p ?s ?name ?parent ?mention WHERE {{ GRAPH ?g {{
  ?e ?p ?s . ?s a kg:Settlement ; skos:altLabel ?name .
  OPTIONAL {{ ?s kg:locatedIn|kg:partOf ?parent }}
  OPTIONAL {{ ?s kg:evidence ?mention }} }} FILTER(?p IN ({roles})) }}""")
    found: dict[tuple[str, str, str, str], tuple[str, set[str]]] = {}
    parents: dict[tuple[str, str], set[str]] = {}
    for row in rows:  # type: ignore[union-attr]
        g, e, p, s = row["g"].value, row["e"].value, row["p"].value, row["s"].value
        if row["parent"] is not None:
            parents.setdefault((g, s), set()).add(row["parent"].value)
        code = capital_of(row["name"].value)
        if code:
            _, mentions = found.setdefault((g, e, p, s), (code, set()))
            if row["mention"] is not None:
                mentions.add(row["mention"].value)
    if not found:
        return 0
    values = " ".join(sorted({f"(<{g}> <{base}state/{code}>)" for (g, *_), (code, _) in found.items()}))
    typed = {
        (r["g"].value, r["s"].value)
        for r in store.query(  # type: ignore[union-attr]
            f"SELECT ?g ?s WHERE {{ VALUES (?g ?s) {{ {values} }} GRAPH ?g {{ ?s a kg:State }} }}"
        )
    }
    deletes, inserts = [], []
    for (g, e, p, s), (code, mentions) in sorted(found.items()):
        state = f"{base}state/{code}"
        known = parents.get((g, s), set())
        if any(x.startswith(f"{base}state/") for x in known) and state not in known:
            continue  # a namesake in another state (Paris, Texas) is no capital
        deletes.append(f"GRAPH <{g}> {{ <{e}> <{p}> <{s}> }}")
        inserts.append(f"GRAPH <{g}> {{ <{e}> <{p}> <{state}> }}")
        if (g, state) in typed:
            continue
        inserts.append(
            f"GRAPH <{g}> {{ <{state}> <{RDF_TYPE}> <{KG}State> ; "
            f"<{SKOS_ALT}> {_literal(state_name(code))} ; <http://www.w3.org/ns/prov#wasDerivedFrom> <{g}> }}"
        )
        for iri in state_same_as(code):
            inserts.append(f"GRAPH <{g}> {{ <{state}> <http://www.w3.org/2002/07/owl#sameAs> <{iri}> }}")
        for mention in sorted(mentions):
            inserts.append(f"GRAPH <{g}> {{ <{state}> <{KG}evidence> <{mention}> }}")
    if deletes:
        store.update(f"DELETE DATA {{ {' '.join(deletes)} }} ; INSERT DATA {{ {' '.join(inserts)} }}")
        log.debug("pointed %d agentive role(s) from capitals to their states", len(deletes))
    return len(deletes)
