"""Entity resolution across documents: name rules, clustering, event merging, linking, explain."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.lexicon.spelling import fold_name
from kg.query import load_query, run_query
from kg.rdf.iri import DEFAULT_BASE as B
from kg.resolve import preferred_label, resolve_store
from kg.resolve.clustering import cluster
from kg.resolve.events import EventNode, agree
from kg.resolve.explanation import explain, explain_node
from kg.resolve.rules import Candidate, acronym, match
from kg.store import KGStore

PREFIXES = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def _person(iri: str, *names: str, nationality: str = "") -> Candidate:
    nations = frozenset({nationality}) if nationality else frozenset()
    return Candidate(iri, "Person", names, nationality=nations, graphs=frozenset({iri}))


def _load(store: KGStore, tmp_path: Path, docs: dict[str, str]) -> None:
    """Write hand-made document graphs (Turtle bodies) into the store, as a build would."""
    for doc_id, body in docs.items():
        path = tmp_path / f"{doc_id}.trig"
        text = f"{PREFIXES}kgr:doc/{doc_id} {{ kgr:doc/{doc_id} a kg:Document .\n{body} }}\n"
        path.write_text(re.sub(r"kgr:([\w/.-]*\w)", rf"<{B}\1>", text), encoding="utf-8")
        store.load_file(path)


def _entity(key: str, type_: str, doc: str, *names: str, extra: str = "") -> str:
    labels = ", ".join(f'"{n}"' for n in names)
    return f"kgr:{key} a kg:{type_} ; skos:altLabel {labels} ; prov:wasDerivedFrom kgr:doc/{doc} {extra}.\n"


def _labels(store: KGStore) -> dict[str, str]:
    rows = store.query(
        "SELECT ?e ?l WHERE { GRAPH ?g { ?e rdfs:label ?l } FILTER(STRENDS(STR(?g), 'graph/entities')) }"
    )
    return {r["e"].value.removeprefix(B): r["l"].value for r in rows}  # type: ignore[union-attr]


def _people(store: KGStore) -> set[str]:
    rows = store.query("SELECT DISTINCT ?e WHERE { ?e a kg:Person }")
    return {r["e"].value.removeprefix(B) for r in rows}  # type: ignore[union-attr]


# ---------------------------------------------------------------------------- name rules


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Aleksandr Lukashenko",), ("Alexander Lukashenko", "Lukashenko")),
        (("Mohammed Hamdan Dagalo",), ("Mohamed Hamdan Dagalo",)),
        (("Kassym Tokayev",), ("Kassym-Jomart Tokayev",)),  # a middle name left out
        (("J. Smith",), ("John Smith",)),  # an initial
    ],
)
def test_merge_rules_person_variants_merge(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    found = match(_person("x", *a), _person("y", *b))
    assert found is not None and found.rule.startswith("person") and found.score >= 0.85


@pytest.mark.parametrize(
    ("a", "b"), [("Ahmed Khan", "Imran Khan"), ("Maria Lopez", "Mario Lopez"), ("Andrzej Duda", "Piotr Duda")]
)
def test_merge_rules_shared_surname_different_given_names_never_merge(a: str, b: str) -> None:
    assert match(_person("x", a), _person("y", b)) is None


def test_merge_rules_same_name_different_nationality_do_not_merge() -> None:
    assert match(_person("x", "Ahmed Khan", nationality="PK"), _person("y", "Ahmed Khan", nationality="GB")) is None
    assert match(_person("x", "Ahmed Khan", nationality="PK"), _person("y", "Ahmed Khan")) is not None


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kharkov", "Kharkiv"), ("Odessa", "Odesa"), ("Nikolaev", "Mykolaiv"), ("Verkhniy Zhukov", "Upper Zhukov")],
)
def test_merge_rules_place_transliterations(a: str, b: str) -> None:
    x, y = Candidate("x", "Settlement", (a,)), Candidate("y", "Settlement", (b,))
    if (a, b) == ("Nikolaev", "Mykolaiv"):  # different first letter: too far for a spelling rule
        assert match(x, y) is None
    else:
        assert match(x, y) is not None, (fold_name(a), fold_name(b))


def test_merge_rules_places_of_other_types_or_states_stay_apart() -> None:
    city, region = Candidate("x", "Settlement", ("Kharkiv",)), Candidate("y", "Region", ("Kharkiv",))
    assert match(city, region) is None
    texas = Candidate("a", "Settlement", ("Paris",), parents=frozenset({"US"}))
    france = Candidate("b", "Settlement", ("Paris",), parents=frozenset({"FR"}))
    assert match(texas, france) is None


def test_merge_rules_acronyms_are_initials_of_capitalised_words() -> None:
    assert acronym("Office for the Coordination of Humanitarian Affairs") == "OCHA"
    eu, full = Candidate("x", "Organization", ("EU",)), Candidate("y", "Organization", ("European Union",))
    assert match(eu, full) is not None
    au = Candidate("z", "Organization", ("AU",))
    assert match(au, full) is None


def test_merge_rules_ministries_of_different_states_never_merge() -> None:
    poland = Candidate("a", "Agency", ("Interior Ministry",), parents=frozenset({"PL"}))
    belarus = Candidate("b", "Agency", ("Interior Ministry",), parents=frozenset({"BY"}))
    unknown = Candidate("c", "Agency", ("Interior Ministry",))
    assert match(poland, belarus) is None and match(poland, unknown) is None
    same = Candidate("d", "Agency", ("Ministry of Internal Affairs of Poland",), parents=frozenset({"PL"}))
    assert match(poland, same) is not None


def test_clusters_complete_link_and_one_member_per_document() -> None:
    graphs = {"a": frozenset({"g1"}), "b": frozenset({"g2"}), "c": frozenset({"g3"}), "d": frozenset({"g1"})}
    agreeing = {("a", "b"), ("b", "c")}  # a and c do not agree: no chain merge
    groups = cluster(graphs, [(1.0, "a", "b"), (0.9, "b", "c"), (0.8, "b", "d")], lambda x, y: (x, y) in agreeing)
    assert groups == [["a", "b"]]


def test_event_match_counts_and_dates_must_agree() -> None:
    def event(iri: str, graph: str, **values: str) -> EventNode:
        node = EventNode(iri, graph, "BorderCrossing", "Arrivals in Chad")
        node.roles["destination"].add("state/TD")
        node.values.update(values)
        return node

    same = event("e1", "g1", count="20000", date="2023-05-09")
    assert agree(same, event("e2", "g2", count="20000", date="2023-05-09"))
    assert not agree(same, event("e3", "g2", count="25000", date="2023-05-09"))  # conflicting figure
    assert not agree(same, event("e4", "g2", count="20000", date="2023-05-12"))
    assert agree(same, event("e5", "g2", countMin="15000", countMax="25000", date="2023-05-09"))
    assert not agree(same, event("e6", "g1", count="20000", date="2023-05-09"))  # same document
    assert not agree(same, event("e7", "g2", date="2023-05-09"))  # a figure against none


def test_event_match_same_words_on_another_day_are_another_statement() -> None:
    def said(iri: str, graph: str, quote: str, day: str | None) -> EventNode:
        node = EventNode(iri, graph, "Statement", speaker="person/ana-ruiz", quote=quote)
        if day:
            node.values["date"] = day
        return node

    monday = said("s1", "g1", "we stay open", "2031-02-03")
    assert agree(monday, said("s2", "g2", "we stay open", "2031-02-03"))
    assert agree(monday, said("s3", "g2", "we stay open", None))  # one report without a date
    assert not agree(monday, said("s4", "g2", "we stay open", "2031-02-10"))  # said again a week later
    assert not agree(monday, said("s5", "g2", "we close", "2031-02-03"))


def test_resolve_repeated_quote_on_two_days_keeps_one_date_each(tmp_path: Path) -> None:
    from kg.validate import validate

    store = KGStore(tmp_path / "store")
    speaker = _entity("person/ana-ruiz", "Person", "{doc}", "Ana Ruiz")
    said = (
        'kgr:statement/{doc} a kg:Statement ; rdfs:label "Ana Ruiz: Open." ; kg:speaker kgr:person/ana-ruiz ;'
        ' kg:quote "The gates stay open." ; kg:date "{day}"^^xsd:date ; prov:wasDerivedFrom kgr:doc/{doc} ;'
        " kg:evidence <{base}doc/{doc}#char=0,5> . <{base}doc/{doc}#char=0,5> a kg:Mention ;"
        ' nif:beginIndex 0 ; nif:endIndex 5 ; nif:anchorOf "Open." ; nif:referenceContext kgr:doc/{doc} .\n'
    )
    docs = {
        doc: speaker.format(doc=doc) + said.format(doc=doc, day=day, base=B)
        for doc, day in (("morning-desk", "2031-02-03"), ("weekly-desk", "2031-02-10"))
    }
    _load(store, tmp_path, docs)
    resolve_store(store)
    dates = list(store.query("SELECT ?s ?d WHERE { ?s a kg:Statement ; kg:date ?d }"))  # type: ignore[arg-type]
    assert len(dates) == 2 and len({r["s"] for r in dates}) == 2
    report = validate(store.to_rdflib())  # the hand-made documents lack metadata; dates must hold
    assert "kg:date is at most one" not in report.text, report.text


# ---------------------------------------------------------------------------- in the store


def test_resolve_bare_surname_merges_only_when_one_person_has_it(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    _load(
        store,
        tmp_path,
        {
            "quote": _entity("person/khan", "Person", "quote", "Khan"),
            "profile": _entity("person/ahmed-khan", "Person", "profile", "Ahmed Khan"),
        },
    )
    resolve_store(store)
    assert _people(store) == {"person/ahmed-khan"}
    _load(store, tmp_path, {"other": _entity("person/imran-khan", "Person", "other", "Imran Khan")})
    resolve_store(store)
    assert _people(store) == {"person/ahmed-khan", "person/imran-khan", "person/khan"}
    store.remove_graph(f"{B}doc/other")
    resolve_store(store)
    assert _people(store) == {"person/ahmed-khan"}


def test_resolve_rewrites_everywhere_and_explains(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    wire = (
        _entity("organization/eu", "Organization", "wire", "EU")
        + _entity("settlement/kharkov", "Settlement", "wire", "Kharkov", extra="; kg:locatedIn kgr:state/UA")
        + _entity("state/UA", "State", "wire", "Ukraine")
        + "kgr:event/1 a kg:BorderCrossing ; rdfs:label 'Arrivals in the EU' ; kg:destination kgr:organization/eu ;"
        " kg:count 4000 ; kg:date '2022-03-01'^^xsd:date ; prov:wasDerivedFrom kgr:doc/wire .\n"
    )
    paper = (
        _entity("organization/european-union", "Organization", "paper", "European Union")
        + _entity("settlement/kharkiv", "Settlement", "paper", "Kharkiv")
        + "kgr:event/2 a kg:BorderCrossing ; rdfs:label 'Refugees reach the European Union' ;"
        " kg:destination kgr:organization/european-union ; kg:count 4000 ; kg:date '2022-03-01'^^xsd:date ;"
        " prov:wasDerivedFrom kgr:doc/paper .\n"
    )
    _load(store, tmp_path, {"wire": wire, "paper": paper})
    report = resolve_store(store)
    assert report.entity_merges == 2 and report.event_merges == 1
    labels = _labels(store)
    assert labels["organization/european-union"] == "European Union" and "organization/eu" not in labels
    assert "settlement/kharkiv" in labels or "settlement/kharkov" in labels
    rows = list(store.query("SELECT DISTINCT ?e WHERE { ?e a kg:BorderCrossing ; kg:destination ?d }"))  # type: ignore[arg-type]
    assert len(rows) == 1  # one event, evidence from both documents
    event = rows[0]["e"].value  # type: ignore[index]
    docs = {r["d"].value for r in store.query(f"SELECT ?d WHERE {{ <{event}> prov:wasDerivedFrom ?d }}")}  # type: ignore[union-attr]
    assert docs == {f"{B}doc/wire", f"{B}doc/paper"}
    data = explain_node(store, "EU")
    assert data["iri"] == f"{B}organization/european-union"
    assert data["merges"][0]["rule"].startswith("organization: acronym")
    assert "acronym" in explain(store, "organization/eu")  # a retired key leads to its node


def test_resolve_capital_as_agent_points_to_state(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    body = (
        _entity("settlement/warsaw", "Settlement", "d", "Warsaw")
        + "kgr:event/9 a kg:BorderClosure ; rdfs:label 'Closure' ; kg:agent kgr:settlement/warsaw ;"
        " kg:place kgr:settlement/warsaw ; prov:wasDerivedFrom kgr:doc/d .\n"
    )
    _load(store, tmp_path, {"d": body})
    resolve_store(store)
    agent = {r["a"].value for r in store.query(f"SELECT ?a WHERE {{ <{B}event/9> kg:agent ?a }}")}  # type: ignore[union-attr]
    place = {r["p"].value for r in store.query(f"SELECT ?p WHERE {{ <{B}event/9> kg:place ?p }}")}  # type: ignore[union-attr]
    assert agent == {f"{B}state/PL"} and place == {f"{B}settlement/warsaw"}
    assert _labels(store)["state/PL"] == "Poland"


def test_resolve_links_states_and_unambiguous_settlements(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    _load(
        store,
        tmp_path,
        {
            "d": _entity("state/TD", "State", "d", "Chad")
            + _entity("settlement/ndjamena", "Settlement", "d", "N'Djamena")
        },
    )
    resolve_store(store)
    links = {r["x"].value for r in store.query("SELECT ?x WHERE { ?e owl:sameAs ?x }")}  # type: ignore[union-attr]
    assert "urn:iso:std:iso:3166:-1:TD" in links
    assert any(x.startswith("https://sws.geonames.org/") for x in links - {"urn:iso:std:iso:3166:-1:TD"})


def test_conflicting_figures_query_lists_disagreements(tmp_path: Path) -> None:
    store = KGStore(tmp_path / "store")
    event = (
        "kgr:event/{n} a kg:BorderCrossing ; rdfs:label 'Arrivals in Chad' ; kg:destination kgr:state/TD ;"
        " kg:count {c} ; kg:date '2023-05-09'^^xsd:date ; prov:wasDerivedFrom kgr:doc/{d} .\n"
    )
    _load(
        store,
        tmp_path,
        {
            "wire": _entity("state/TD", "State", "wire", "Chad") + event.format(n="a", c=20000, d="wire"),
            "radio": _entity("state/TD", "State", "radio", "Chad") + event.format(n="b", c=25000, d="radio"),
        },
    )
    resolve_store(store)
    result = run_query(store, load_query("conflicting-figures"))
    assert len(result.rows) == 1
    row = dict(zip(result.columns, result.rows[0], strict=True))
    assert {row["figure1"], row["figure2"]} == {"20000", "25000"} and row["destination"] == "Chad"


def test_resolve_preferred_label_prefers_ordinary_case_to_capitals() -> None:
    assert preferred_label({"KHARTOUM": 2, "Khartoum": 1}) == "Khartoum"
    assert preferred_label({"PORT SUDAN": 1, "Port Sudan": 1}) == "Port Sudan"
    assert preferred_label({"NATO": 1, "Nato": 1}) == "NATO"  # a known acronym keeps its capitals
    assert preferred_label({"TORNIO": 1}) == "TORNIO"  # nothing better to choose
    assert preferred_label({"WFP": 1, "World Food Programme": 1}) == "World Food Programme"
