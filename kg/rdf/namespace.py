"""The ``kg:`` ontology as a closed rdflib namespace, plus the other vocabularies we write.

``KG`` is a ``DefinedNamespace`` with ``_fail = True``: a misspelt term raises at the point of use
instead of silently minting a wrong IRI. ``tests/test_namespace.py`` keeps it in sync with
``ontology/kg.ttl``.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["KG", "KGR", "KGS", "NIF", "SCHEMA", "TIME"]


class KG(DefinedNamespace):
    """The newskg ontology, https://w3id.org/newskg/ontology#."""

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/ontology#")

    # classes
    Person: URIRef
    Organization: URIRef
    Agency: URIRef
    Place: URIRef
    State: URIRef
    Region: URIRef
    Settlement: URIRef
    Checkpoint: URIRef
    Event: URIRef
    Mobilization: URIRef
    BorderCrossing: URIRef
    BorderClosure: URIRef
    Referendum: URIRef
    MilitaryOperation: URIRef
    Statement: URIRef
    Position: URIRef
    Document: URIRef
    Mention: URIRef
    Dataset: URIRef
    ReferenceGraph: URIRef
    Membership: URIRef

    # properties
    holds: URIRef
    title: URIRef
    postIn: URIRef
    nationality: URIRef
    partOf: URIRef
    locatedIn: URIRef
    borders: URIRef
    connects: URIRef
    memberOf: URIRef
    member: URIRef
    organization: URIRef
    memberSince: URIRef
    memberUntil: URIRef
    agent: URIRef
    target: URIRef
    place: URIRef
    origin: URIRef
    destination: URIRef
    via: URIRef
    count: URIRef
    countMin: URIRef
    countMax: URIRef
    approximate: URIRef
    perTimeUnit: URIRef
    changePercent: URIRef
    resultPercent: URIRef
    date: URIRef
    startDate: URIRef
    endDate: URIRef
    dateText: URIRef
    mergeRule: URIRef
    mergeScore: URIRef
    reportedBy: URIRef
    speaker: URIRef
    quote: URIRef
    evidence: URIRef
    textSha256: URIRef


KGR = Namespace("https://w3id.org/newskg/id/")
KGS = Namespace("https://w3id.org/newskg/shapes#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
