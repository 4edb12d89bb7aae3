"""ontology/kg.ttl: parses, matches kg.rdf.namespace.KG term for term, keeps the contract's tree."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.paths import ontology_file
from kg.rdf.namespace import KG, SCHEMA

KG_NS = str(KG._NS)
ORG = "http://www.w3.org/ns/org#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
FOAF = "http://xmlns.com/foaf/0.1/"

# The subclass tree of ../shared/design/CONTRACT.md (kg: superclasses only).
CONTRACT_TREE = {
    "Person": set(),
    "Organization": set(),
    "Agency": {"Organization"},
    "Place": set(),
    "State": {"Place"},
    "Region": {"Place"},
    "Settlement": {"Place"},
    "Checkpoint": {"Place"},
    "Event": set(),
    "Mobilization": {"Event"},
    "BorderCrossing": {"Event"},
    "BorderClosure": {"Event"},
    "Referendum": {"Event"},
    "MilitaryOperation": {"Event"},
    "Statement": {"Event"},
    "Position": set(),
    "Document": set(),
    "Mention": set(),
}


def _kg(local: str) -> URIRef:
    return URIRef(KG_NS + local)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


def _defined_terms(graph: Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {
        str(s)[len(KG_NS) :]
        for kind in kinds
        for s in graph.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


def test_ontology_has_versioned_header(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/newskg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None
    assert ontology.value(header, RDFS.label) is not None
    assert ontology.value(header, RDFS.comment) is not None


def test_ontology_defines_exactly_the_namespace_terms(ontology: Graph) -> None:
    declared = set(KG.__annotations__)
    defined = _defined_terms(ontology)
    assert declared - defined == set(), "in kg/rdf/namespace.py but not defined in ontology/kg.ttl"
    assert defined - declared == set(), "defined in ontology/kg.ttl but missing from kg/rdf/namespace.py"


def test_ontology_every_term_has_label_and_comment(ontology: Graph) -> None:
    for local in sorted(_defined_terms(ontology)):
        term = _kg(local)
        assert ontology.value(term, RDFS.label) is not None, f"kg:{local} has no rdfs:label"
        assert ontology.value(term, RDFS.comment) is not None, f"kg:{local} has no rdfs:comment"


def test_ontology_subclass_tree_matches_contract(ontology: Graph) -> None:
    for local, parents in CONTRACT_TREE.items():
        term = _kg(local)
        assert (term, RDF.type, OWL.Class) in ontology, f"kg:{local} is not an owl:Class"
        kg_parents = {str(o)[len(KG_NS) :] for o in ontology.objects(term, RDFS.subClassOf) if str(o).startswith(KG_NS)}
        assert kg_parents == parents, f"kg:{local} has kg: superclasses {kg_parents}, contract says {parents}"


def test_ontology_never_makes_external_terms_kg_subterms(ontology: Graph) -> None:
    # the scorer walks rdfs:subClassOf: an external class under a kg: class would change what counts
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf):
        for s, o in ontology.subject_objects(predicate):
            if str(o).startswith(KG_NS):
                assert str(s).startswith(KG_NS), f"{s} {predicate} {o}"


def test_ontology_properties_are_typed_with_domain_or_range(ontology: Graph) -> None:
    classes = set(CONTRACT_TREE) | {str(c)[len(KG_NS) :] for c in ontology.subjects(RDF.type, OWL.Class)}
    for local in sorted(_defined_terms(ontology) - classes):
        term = _kg(local)
        kinds = set(ontology.objects(term, RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"kg:{local} is not a typed property"
        assert not {OWL.ObjectProperty, OWL.DatatypeProperty} <= kinds, f"kg:{local} is typed both ways"
        assert ontology.value(term, RDFS.range) is not None, f"kg:{local} has no rdfs:range"
    for local in ("holds", "title", "postIn", "agent", "speaker", "count", "textSha256"):
        assert ontology.value(_kg(local), RDFS.domain) is not None, f"kg:{local} has no rdfs:domain"


def test_ontology_borders_is_symmetric(ontology: Graph) -> None:
    assert (KG.borders, RDF.type, OWL.SymmetricProperty) in ontology
    assert (KG.connects, RDF.type, OWL.SymmetricProperty) not in ontology


def test_ontology_aligns_with_https_schema_org(ontology: Graph) -> None:
    terms = {str(t) for triple in ontology for t in triple if isinstance(t, URIRef)}
    assert not [t for t in terms if t.startswith("http://schema.org/")], "use https://schema.org/"
    expected = {
        "Person": SCHEMA.Person,
        "Organization": SCHEMA.Organization,
        "Agency": SCHEMA.GovernmentOrganization,
        "Place": SCHEMA.Place,
        "State": SCHEMA.Country,
        "Region": SCHEMA.AdministrativeArea,
        "Settlement": SCHEMA.City,
        "Event": SCHEMA.Event,
    }
    for local, schema_class in expected.items():
        assert (_kg(local), RDFS.subClassOf, schema_class) in ontology, f"kg:{local} not under {schema_class}"


@pytest.mark.parametrize(
    ("local", "predicate", "external"),
    [
        ("Person", RDFS.subClassOf, FOAF + "Person"),
        ("Organization", RDFS.subClassOf, ORG + "Organization"),
        ("Position", RDFS.subClassOf, ORG + "Post"),
        ("Event", RDFS.subClassOf, SEM + "Event"),
        ("Place", RDFS.subClassOf, SEM + "Place"),
        ("holds", RDFS.subPropertyOf, ORG + "holds"),
        ("postIn", RDFS.subPropertyOf, ORG + "postIn"),
        ("agent", RDFS.subPropertyOf, SEM + "hasActor"),
        ("place", RDFS.subPropertyOf, SEM + "hasPlace"),
    ],
)
def test_ontology_aligns_with_established_vocabularies(
    ontology: Graph, local: str, predicate: URIRef, external: str
) -> None:
    assert (_kg(local), predicate, URIRef(external)) in ontology


def test_ontology_aligns_places_with_geonames_feature_codes(ontology: Graph) -> None:
    gn = "http://www.geonames.org/ontology#"
    expected = {"State": "A.PCLI", "Settlement": "P.PPL", "Checkpoint": "S.PSTB"}
    for local, code in expected.items():
        restrictions = [
            r
            for r in ontology.objects(_kg(local), RDFS.subClassOf)
            if ontology.value(r, OWL.onProperty) == URIRef(gn + "featureCode")
        ]
        assert [ontology.value(r, OWL.hasValue) for r in restrictions] == [URIRef(gn + code)], local
