"""shapes/*.ttl: valid SHACL, documented, and for every shape one conforming and one violating graph.

The fixtures are small stories written for these tests (floods in Pakistan, Sudanese refugees in
Chad, the Poland-Belarus border, a plebiscite in Chile), in inline Turtle.
"""

from __future__ import annotations

from collections import Counter
from importlib.resources import files

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.validate import Violation, shapes_graph, validate

KGS = "https://w3id.org/newskg/shapes#"

PREFIXES = """
@prefix kg:      <https://w3id.org/newskg/ontology#> .
@prefix ex:      <https://example.org/kg/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix time:    <http://www.w3.org/2006/time#> .
@prefix nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
"""

# One well-formed document and mention every fixture may point to.
BASE = """
ex:doc a kg:Document ;
    dcterms:identifier "chad-refugees-wire" ;
    dcterms:title "Thousands more Sudanese cross into Chad" ;
    dcterms:issued "2023-06-14"^^xsd:date ;
    dcterms:publisher "Example Wire" ;
    kg:textSha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" .
ex:m1 a kg:Mention ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "4"^^xsd:nonNegativeInteger ;
    nif:anchorOf "Chad" ; nif:referenceContext ex:doc .
"""

SRC = "kg:evidence ex:m1 ; prov:wasDerivedFrom ex:doc"


def ent(node: str, cls: str, label: str, extra: str = "") -> str:
    """A well-formed entity: one label, evidence, provenance, plus ``extra`` predicate-objects."""
    more = f" ; {extra}" if extra else ""
    return f'{node} a kg:{cls} ; rdfs:label "{label}" ; {SRC}{more} .\n'


CHAD = ent("ex:chad", "State", "Chad", "owl:sameAs <urn:iso:std:iso:3166:-1:TD>")
SUDAN = ent("ex:sudan", "State", "Sudan")
POLAND = ent("ex:poland", "State", "Poland")
BELARUS = ent("ex:belarus", "State", "Belarus")
UN = ent("ex:un", "Organization", "United Nations")
UNHCR = ent("ex:unhcr", "Agency", "UNHCR", "kg:partOf ex:un")
OUADDAI = ent("ex:ouaddai", "Region", "Ouaddai", "kg:partOf ex:chad")
ADRE = ent("ex:adre", "Settlement", "Adre", "kg:partOf ex:ouaddai ; kg:locatedIn ex:ouaddai")
KUZNICA = ent("ex:kuznica", "Checkpoint", "Kuznica", "kg:connects ex:poland , ex:belarus")
SINDH = ent("ex:sindh", "Region", "Sindh")
BORIC = ent("ex:boric", "Person", "Gabriel Boric", "kg:nationality ex:chile")
CHILE = ent("ex:chile", "State", "Chile")
SPOKESWOMAN = ent("ex:spox", "Person", "Olga Sarrado", 'skos:altLabel "Sarrado"')
EVENT = "kg:evidence ex:m1 ; prov:wasDerivedFrom ex:doc"
GAZETTEER = (
    'ex:gaz a kg:Dataset ; rdfs:label "Example gazetteer" ; owl:versionInfo "2.1" ; '
    "dcterms:source <https://example.org/gazetteer> .\n"
)
CHAD_IN_UN = (
    "ex:chad-un a kg:Membership ; kg:member ex:chad ; kg:organization ex:un ; "
    'kg:memberSince "1960-09-20"^^xsd:date ; prov:wasDerivedFrom ex:gaz .\n'
)

# shape local name -> (conforming Turtle, violating Turtle); BASE and PREFIXES are added to both.
CASES: dict[str, tuple[str, str]] = {
    "DocumentShape": (
        "",
        'ex:doc2 a kg:Document ; dcterms:identifier "pk-floods" ; kg:textSha256 "NOT-A-HASH" .',
    ),
    "MentionShape": (
        "",
        'ex:m2 a kg:Mention ; nif:beginIndex "20"^^xsd:nonNegativeInteger ; '
        'nif:endIndex "10"^^xsd:nonNegativeInteger ; nif:anchorOf "Sindh" ; nif:referenceContext ex:doc .',
    ),
    "EntityShape": (
        CHAD + SPOKESWOMAN,
        'ex:chad a kg:State ; rdfs:label "Chad" , "Republic of Chad" ; prov:wasDerivedFrom ex:doc .',
    ),
    "PersonShape": (
        BORIC + CHILE,
        ent("ex:boric", "Person", "Gabriel Boric", "kg:nationality ex:adre") + ADRE + OUADDAI + CHAD,
    ),
    "OrganizationShape": (
        UN + UNHCR,
        UN + ent("ex:unhcr", "Agency", "UNHCR", "kg:partOf ex:spox") + SPOKESWOMAN,
    ),
    "AgencyShape": (
        CHAD + ent("ex:police", "Agency", "Chadian police", "kg:partOf ex:chad"),
        CHAD + SUDAN + ent("ex:police", "Agency", "border police", "kg:partOf ex:chad , ex:sudan"),
    ),
    "PlaceShape": (
        CHAD + OUADDAI + ADRE,
        ent("ex:camp", "Place", "Farchana camp", "kg:locatedIn ex:spox") + SPOKESWOMAN,
    ),
    "StateShape": (
        CHAD + SUDAN + UN + "ex:chad kg:memberOf ex:un ; kg:borders ex:sudan .",
        CHAD + SUDAN + "ex:chad kg:memberOf ex:sudan .",
    ),
    "RegionShape": (
        CHAD + SUDAN + ent("ex:darfur", "Region", "Darfur", "kg:borders ex:chad ; kg:partOf ex:sudan"),
        CHAD + OUADDAI + ADRE + ent("ex:darfur", "Region", "Darfur", "kg:borders ex:adre"),
    ),
    "SettlementShape": (
        CHAD + OUADDAI + ADRE,
        UN + ent("ex:adre", "Settlement", "Adre", "kg:partOf ex:un"),
    ),
    "CheckpointShape": (
        POLAND + BELARUS + KUZNICA,
        POLAND
        + BELARUS
        + CHAD
        + ent("ex:kuznica", "Checkpoint", "Kuznica", "kg:connects ex:poland , ex:belarus , ex:chad"),
    ),
    "PositionShape": (
        CHILE
        + ent("ex:boric", "Person", "Gabriel Boric", "kg:holds ex:president")
        + f'ex:president a kg:Position ; kg:title "President" ; kg:postIn ex:chile ; '
        f'rdfs:label "President of Chile" ; {SRC} .',
        CHILE + f'ex:president a kg:Position ; kg:title "President" ; kg:postIn ex:chile ; {SRC} .',
    ),
    "EventShape": (
        SINDH + f'ex:flood a kg:Event ; rdfs:label "floods in Sindh" ; kg:place ex:sindh ; '
        f'kg:date "2022-08"^^xsd:gYearMonth ; kg:count 1100 ; kg:approximate true ; {EVENT} .',
        SINDH + f"ex:flood a kg:Event ; kg:place ex:sindh ; kg:count -5 ; {EVENT} .",
    ),
    "MobilizationShape": (
        BELARUS + f"ex:callup a kg:Mobilization ; kg:agent ex:belarus ; kg:count 5000 ; {EVENT} .",
        UN + f"ex:callup a kg:Mobilization ; kg:agent ex:un ; {EVENT} .",
    ),
    "BorderCrossingShape": (
        SUDAN + CHAD + UNHCR + UN + "ex:flow a kg:BorderCrossing ; kg:origin ex:sudan ; kg:destination ex:chad ; "
        "kg:countMin 15000 ; kg:countMax 20000 ; kg:perTimeUnit time:unitWeek ; kg:reportedBy ex:unhcr ; "
        'kg:startDate "2023-06-01"^^xsd:date ; kg:endDate "2023-06-07"^^xsd:date ; '
        f"kg:changePercent 12.5 ; {EVENT} .",
        SUDAN + CHAD + f"ex:flow a kg:BorderCrossing ; kg:origin ex:sudan ; kg:destination ex:chad ; {EVENT} .",
    ),
    "BorderClosureShape": (
        POLAND
        + BELARUS
        + KUZNICA
        + f"ex:shut a kg:BorderClosure ; kg:agent ex:poland ; kg:target ex:kuznica ; {EVENT} .",
        SPOKESWOMAN + f"ex:shut a kg:BorderClosure ; kg:target ex:spox ; {EVENT} .",
    ),
    "ReferendumShape": (
        CHILE + f"ex:vote a kg:Referendum ; kg:place ex:chile ; kg:resultPercent 61.86 ; {EVENT} .",
        CHILE + f"ex:vote a kg:Referendum ; kg:place ex:chile ; kg:resultPercent 140.0 ; {EVENT} .",
    ),
    "MilitaryOperationShape": (
        SUDAN
        + ent("ex:darfur", "Region", "Darfur")
        + f"ex:raid a kg:MilitaryOperation ; kg:target ex:darfur ; {EVENT} .",
        SUDAN
        + BORIC
        + CHILE
        + "ex:raid a kg:MilitaryOperation , kg:Statement ; kg:place ex:sudan ; kg:speaker ex:boric ; "
        f'kg:quote "We condemn it" ; {EVENT} .',
    ),
    "StatementShape": (
        SPOKESWOMAN + f'ex:said a kg:Statement ; kg:speaker ex:spox ; kg:quote "The needs are immense." ; '
        f'kg:date "2023-06-13"^^xsd:date ; {EVENT} .',
        SPOKESWOMAN + UNHCR + UN + f'ex:said a kg:Statement ; kg:speaker ex:spox , ex:unhcr ; kg:quote "x" ; {EVENT} .',
    ),
    "PersonDomainShape": (
        BORIC + CHILE,
        UN + CHILE + "ex:un kg:nationality ex:chile .",
    ),
    "PositionDomainShape": (
        CHILE
        + ent("ex:boric", "Person", "Gabriel Boric", "kg:holds ex:president")
        + f'ex:president a kg:Position ; kg:title "President" ; {SRC} .',
        SINDH + f'ex:flood a kg:Event ; kg:place ex:sindh ; kg:title "President" ; {EVENT} .',
    ),
    "EventDomainShape": (
        SINDH + f"ex:flood a kg:Event ; kg:place ex:sindh ; {EVENT} .",
        ent("ex:sindh", "Region", "Sindh", "kg:count 3"),
    ),
    "ReferendumDomainShape": (
        CHILE + f"ex:vote a kg:Referendum ; kg:resultPercent 38.14 ; {EVENT} .",
        CHILE + f"ex:vote a kg:MilitaryOperation ; kg:place ex:chile ; kg:resultPercent 38.14 ; {EVENT} .",
    ),
    "StatementDomainShape": (
        SPOKESWOMAN + f'ex:said a kg:Statement ; kg:speaker ex:spox ; kg:quote "We are stretched." ; {EVENT} .',
        f'ex:flood a kg:Event ; kg:quote "We are stretched." ; {EVENT} .',
    ),
    "PartOfDomainShape": (
        CHAD + OUADDAI,
        UN + ent("ex:boric", "Person", "Gabriel Boric", "kg:partOf ex:un"),
    ),
    "LocatedInDomainShape": (
        CHAD + OUADDAI + ADRE,
        CHAD + ent("ex:un", "Organization", "United Nations", "kg:locatedIn ex:chad"),
    ),
    "BordersDomainShape": (
        POLAND + BELARUS + "ex:poland kg:borders ex:belarus .",
        CHAD + OUADDAI + ADRE + "ex:adre kg:borders ex:chad .",
    ),
    "ConnectsDomainShape": (
        POLAND + BELARUS + KUZNICA,
        POLAND + ent("ex:terespol", "Settlement", "Terespol", "kg:connects ex:poland"),
    ),
    "MemberOfDomainShape": (
        CHAD + UN + "ex:chad kg:memberOf ex:un .",
        UN + ent("ex:au", "Organization", "African Union", "kg:memberOf ex:un"),
    ),
    "DatasetShape": (
        GAZETTEER,
        'ex:gaz a kg:Dataset ; rdfs:label "Example gazetteer" ; dcterms:source "example.org" .',
    ),
    "ReferenceGraphShape": (
        GAZETTEER + "ex:reference a kg:ReferenceGraph ; prov:wasDerivedFrom ex:gaz .",
        "ex:reference a kg:ReferenceGraph ; prov:wasDerivedFrom ex:doc .",
    ),
    "MembershipShape": (
        CHAD + UN + GAZETTEER + CHAD_IN_UN,
        CHAD + UN + GAZETTEER + "ex:chad-un a kg:Membership ; kg:member ex:chad ; kg:organization ex:un ; "
        'kg:memberSince "2020-01-01"^^xsd:date ; kg:memberUntil "2010-01-01"^^xsd:date ; prov:wasDerivedFrom ex:gaz .',
    ),
    "MembershipDomainShape": (
        CHAD + UN + GAZETTEER + CHAD_IN_UN,
        CHAD + 'ex:chad kg:memberSince "1960-09-20"^^xsd:date .',
    ),
}


# One violating graph for each constraint kind the CASES above do not break (checked below).
KINDS: dict[str, str] = {
    "Datatype": 'ex:doc2 a kg:Document ; dcterms:identifier "pk-floods" ; '
    'kg:textSha256 "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" ; '
    'dcterms:issued "2022-02-30"^^xsd:date .',
    "Datatype of an offset": 'ex:m2 a kg:Mention ; nif:beginIndex "3" ; nif:endIndex "9"^^xsd:nonNegativeInteger ; '
    'nif:anchorOf "Sindh" ; nif:referenceContext ex:doc .',
    "In": SUDAN + CHAD + f"ex:flow a kg:BorderCrossing ; kg:origin ex:sudan ; kg:count 300 ; "
    f"kg:perTimeUnit time:unitYear ; {EVENT} .",
    "LessThanOrEquals": SUDAN + f"ex:flow a kg:BorderCrossing ; kg:origin ex:sudan ; kg:countMin 900 ; "
    f'kg:countMax 200 ; kg:startDate "2023-06-09"^^xsd:date ; kg:endDate "2023-06-02"^^xsd:date ; {EVENT} .',
    "MinLength": 'ex:m2 a kg:Mention ; nif:beginIndex "4"^^xsd:nonNegativeInteger ; '
    'nif:endIndex "5"^^xsd:nonNegativeInteger ; nif:anchorOf "" ; nif:referenceContext ex:doc .',
    "Node": CHILE
    + f"ex:president a kg:Position ; kg:title 42 ; {SRC} .\n"
    + ent("ex:boric", "Person", "Gabriel Boric", "kg:holds ex:president ; skos:altLabel ex:chile"),
    "NodeKind of a blank document": '[] a kg:Document ; dcterms:identifier "anonymous" ; '
    'kg:textSha256 "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" .',
}
# Conforming variants the engines must agree on too: a language-tagged name, an agency in one state.
VARIANTS = [
    ent("ex:chad", "State", "Tchad", 'skos:altLabel "Tschad"@de , "Chad"@en'),
    CHAD + SUDAN + UN + ent("ex:police", "Agency", "police", "kg:partOf ex:chad , ex:un"),
]

# A node of two event kinds breaks the disjointness of both kinds' shapes.
ALSO_VIOLATED = {"MilitaryOperationShape": {"StatementShape"}}


def _graph(turtle: str) -> Graph:
    return Graph().parse(data=PREFIXES + BASE + turtle, format="turtle")


def _targeted_shapes(shapes: Graph) -> set[str]:
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    return {str(s)[len(KGS) :] for t in targets for s in shapes.subjects(t, None) if str(s).startswith(KGS)}


def test_shapes_conform_to_shacl_for_shacl() -> None:
    shapes = shapes_graph()
    # meta_shacl=True makes pyshacl check the shapes graph first and raise on a malformed one
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes, meta_shacl=True)
    assert conforms, text
    shsh = Graph().parse(str(files("pyshacl") / "assets" / "shacl-shacl.ttl"), format="turtle")
    conforms, _, text = pyshacl.validate(shapes, shacl_graph=shsh)
    assert conforms, text


def test_shapes_shacl_for_shacl_catches_a_malformed_shape() -> None:
    bad = Graph().parse(
        data=PREFIXES
        + """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kgs: <https://w3id.org/newskg/shapes#> .
        kgs:Bad a sh:NodeShape ; sh:targetClass kg:Person ;
            sh:property [ sh:path kg:holds ; sh:minCount "one" ] .""",
        format="turtle",
    )
    shsh = Graph().parse(str(files("pyshacl") / "assets" / "shacl-shacl.ttl"), format="turtle")
    conforms, _, _ = pyshacl.validate(bad, shacl_graph=shsh)
    assert not conforms


def test_shapes_are_documented() -> None:
    shapes = shapes_graph()
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 20
    for shape in node_shapes:
        assert isinstance(shape, URIRef) and str(shape).startswith(KGS), f"{shape} is not named in kgs:"
        assert shapes.value(shape, RDFS.comment) is not None, f"{shape} has no rdfs:comment"
        assert shapes.value(shape, SH.message) is not None, f"{shape} has no sh:message"
    for owner, prop in shapes.subject_objects(SH.property):
        assert shapes.value(prop, SH.message) is not None, f"a property shape of {owner} has no sh:message"


def test_shapes_every_targeted_shape_has_fixtures() -> None:
    assert _targeted_shapes(shapes_graph()) == set(CASES)


def test_shapes_fixtures_base_conforms() -> None:
    report = validate(_graph(""))
    assert report.conforms, report.text


@pytest.mark.parametrize("shape", sorted(CASES))
def test_shapes_conforming_fixture_passes(shape: str) -> None:
    good, _ = CASES[shape]
    report = validate(_graph(good))
    assert report.conforms, report.text
    assert report.violations == ()


@pytest.mark.parametrize("shape", sorted(CASES))
def test_shapes_violating_fixture_fails_on_its_shape(shape: str) -> None:
    _, bad = CASES[shape]
    report = validate(_graph(bad))
    assert not report.conforms
    violated = {str(v.shape)[len(KGS) :] for v in report.violations}
    assert violated == {shape} | ALSO_VIOLATED.get(shape, set()), report.text


def test_shapes_departure_needs_an_origin_when_it_names_no_destination() -> None:
    left = SUDAN + f"ex:flow a kg:BorderCrossing ; kg:origin ex:sudan ; kg:count 2000 ; {EVENT} ."
    assert validate(_graph(left)).conforms
    bridge = ent("ex:bridge", "Checkpoint", "Tres Cruces")
    used = bridge + f"ex:flow a kg:BorderCrossing ; kg:via ex:bridge ; kg:count 2000 ; {EVENT} ."
    assert validate(_graph(used)).conforms
    nowhere = f"ex:flow a kg:BorderCrossing ; kg:count 2000 ; {EVENT} ."
    report = validate(_graph(nowhere))
    assert {str(v.shape)[len(KGS) :] for v in report.violations} == {"BorderCrossingShape"}


def test_shapes_origin_may_be_an_organization_standing_for_its_territory() -> None:
    back = (
        SUDAN
        + UN
        + f"ex:flow a kg:BorderCrossing ; kg:origin ex:un ; kg:destination ex:sudan ; kg:count 40 ; {EVENT} ."
    )
    assert validate(_graph(back)).conforms
    person = (
        SUDAN
        + BORIC
        + f"ex:flow a kg:BorderCrossing ; kg:origin ex:boric ; kg:destination ex:sudan ; kg:count 40 ; {EVENT} ."
    )
    assert not validate(_graph(person)).conforms


# ---------------------------------------------------------------------------- the two engines agree


def _key(v: Violation) -> tuple[object, ...]:
    """What both engines must report alike; a literal value compares by value (Oxigraph stores the
    canonical form: "140.0" comes back as "140")."""
    value: object = v.value
    if isinstance(v.value, Literal) and v.value.value is not None:
        value = (v.value.datatype, v.value.language, v.value.value)
    return (v.severity, v.focus, v.path, v.component, v.shape, v.message, value)


def _same_results(turtle: str) -> tuple[Violation, ...]:
    graph = _graph(turtle)
    reference = validate(graph, engine="pyshacl")
    compiled = validate(graph, engine="sparql")
    assert Counter(map(_key, compiled.violations)) == Counter(map(_key, reference.violations)), (
        f"pyshacl:\n{reference.text}\nsparql:\n{compiled.text}"
    )
    assert compiled.conforms == reference.conforms
    return reference.violations


FIXTURES = [
    (f"{name} {kind}", turtle)
    for name, pair in sorted(CASES.items())
    for kind, turtle in zip(("ok", "bad"), pair, strict=True)
]
FIXTURES += [(f"kind {name}", turtle) for name, turtle in sorted(KINDS.items())]
FIXTURES += [(f"variant {i}", turtle) for i, turtle in enumerate(VARIANTS)]


@pytest.mark.parametrize(("name", "turtle"), FIXTURES, ids=[n for n, _t in FIXTURES])
def test_shapes_engines_agree_on_every_fixture(name: str, turtle: str) -> None:
    violations = _same_results(turtle)
    assert bool(violations) == (" bad" in name or name.startswith("kind ")), name


def test_shapes_every_constraint_kind_has_a_violating_fixture() -> None:
    shapes = shapes_graph()
    structure = {"message", "path", "property", "targetClass", "targetSubjectsOf", "inversePath", "qualifiedValueShape"}
    used = {str(p)[len(str(SH)) :] for p in set(shapes.predicates()) if str(p).startswith(str(SH))} - structure
    broken = {v.component for _c, bad in CASES.values() for v in validate(_graph(bad)).violations}
    broken |= {v.component for bad in KINDS.values() for v in validate(_graph(bad)).violations}
    assert {u[0].upper() + u[1:] for u in used} <= broken
    for name, bad in KINDS.items():
        assert name.split()[0] in {v.component for v in validate(_graph(bad)).violations}, name
