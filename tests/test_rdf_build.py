"""RDF building: deterministic IRIs, provenance down to offsets, one named graph per document."""

from __future__ import annotations

from datetime import date

from pyoxigraph import NamedNode, RdfFormat, parse

from kg.model import Article, DocExtraction, Entity, Event, Position, Span, Statement
from kg.rdf.build import document_data, document_quads
from kg.rdf.iri import doc_iri, entity_iri, hashed_iri, mention_iri, slug

TEXT = "Chilean President Gabriel Boric said: \u201cWe will listen.\u201d Boric spoke in Santiago."
KG = "https://w3id.org/newskg/ontology#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def _span(text: str, start_at: int = 0) -> Span:
    start = TEXT.index(text, start_at)
    return Span(start, start + len(text), text)


def _extraction() -> DocExtraction:
    article = Article(id="chile 1", text=TEXT, source="chile.txt", published=date(2022, 9, 5))
    boric = Entity(
        "person/gabriel-boric",
        "Person",
        "Gabriel Boric",
        (_span("Gabriel Boric"), _span("Boric", 40)),
        aliases=("Boric",),
    )
    chile = Entity("state/CL", "State", "Chile", (_span("Chilean"),), same_as=("urn:iso:std:iso:3166:-1:CL",))
    quote = _span("We will listen.")
    return DocExtraction(
        article=article,
        entities=(boric, chile),
        positions=(Position("person/gabriel-boric", "President", "state/CL", (_span("Chilean President"),)),),
        events=(
            Event(
                "Referendum",
                "vote",
                (_span("Boric spoke"),),
                place=("state/CL", "region/unknown"),
                result_percent=62.0,
                date="2022-09",
                start_date="2022-09-04",
            ),
        ),
        statements=(Statement("person/gabriel-boric", "We will listen.", quote, (_span("said"),)),),
    )


def test_iri_minting_is_stable_and_safe() -> None:
    assert slug("Jean-Claude Juncker") == "jean-claude-juncker"
    assert slug("Zaporizhzhia Oblast (Запоріжжя)") == "zaporizhzhia-oblast-zaporizhzhia"
    assert doc_iri("chile 1") == "https://w3id.org/newskg/id/doc/chile%201"
    assert entity_iri("state/CL") == "https://w3id.org/newskg/id/state/CL"
    assert mention_iri("http://d", 3, 9) == "http://d#char=3,9"
    assert hashed_iri("event", "a", 1) == hashed_iri("event", "a", 1) != hashed_iri("event", "a", 2)


def test_build_mentions_anchor_the_exact_text() -> None:
    quads = document_quads(_extraction())
    anchors = {str(q.subject.value): q.object.value for q in quads if q.predicate.value == NIF + "anchorOf"}
    assert anchors
    for iri, anchor in anchors.items():
        begin, end = (int(x) for x in iri.rsplit("#char=", 1)[1].split(","))
        assert TEXT[begin:end] == anchor


def test_build_puts_everything_in_the_document_graph() -> None:
    quads = document_quads(_extraction())
    assert {q.graph_name for q in quads} == {NamedNode(doc_iri("chile 1"))}


def test_build_is_deterministic_and_drops_untyped_arguments() -> None:
    first, second = document_quads(_extraction()), document_quads(_extraction())
    assert first == second
    objects = {q.object for q in first}
    assert NamedNode(entity_iri("region/unknown")) not in objects  # not a typed entity of the doc
    assert NamedNode(entity_iri("state/CL")) in objects


def test_build_types_literals() -> None:
    quads = {(q.predicate.value.rsplit("#", 1)[-1], str(q.object)) for q in document_quads(_extraction())}
    assert ("resultPercent", '"62.0"^^<http://www.w3.org/2001/XMLSchema#decimal>') in quads
    assert ("date", '"2022-09"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>') in quads
    assert ("startDate", '"2022-09-04"^^<http://www.w3.org/2001/XMLSchema#date>') in quads
    assert ("beginIndex", '"0"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>') in quads
    assert ("title", '"President"') in quads


def test_build_same_words_on_two_days_are_two_statements_with_one_date_each() -> None:
    text = 'On Monday Ana Ruiz said: "We stay." On Friday she said it again: "We stay." Later: "We stay."'
    article = Article(id="ruiz", text=text, source="ruiz.txt", published=date(2031, 3, 7))
    ruiz = Entity("person/ana-ruiz", "Person", "Ana Ruiz", (Span(10, 18, "Ana Ruiz"),))
    quotes = [Span(i, i + 8, "We stay.") for i in (text.find('"') + 1, text.find('"We stay." Later') + 1)]
    quotes.append(Span(text.rfind('"We') + 1, text.rfind('"We') + 9, "We stay."))
    days = ("2031-03-03", "2031-03-07", None)  # the last one states no day: it joins the first
    said = tuple(Statement("person/ana-ruiz", "We stay.", q, (), d) for q, d in zip(quotes, days, strict=True))
    quads = document_quads(DocExtraction(article=article, entities=(ruiz,), statements=said))
    dates: dict[str, set[str]] = {}
    for q in quads:
        if q.predicate.value.endswith("#date"):
            dates.setdefault(q.subject.value, set()).add(q.object.value)
    assert sorted(map(sorted, dates.values())) == [["2031-03-03"], ["2031-03-07"]]


def test_build_data_holds_the_statements_of_the_quads() -> None:
    """The text a build hands the store says what the quads say, each statement once, however a
    quote escapes (marks, backslashes, line breaks, non-ASCII)."""
    text = 'Mayor Ilse Tarrow said: "Roads close\\tonight,\nnot tomorrow" \u2014 Ilse Tarrow, Velmark.'
    article = Article(id="odd text", text=text, source="odd.txt")
    tarrow = Entity("person/ilse-tarrow", "Person", "Ilse Tarrow", (Span(6, 17, "Ilse Tarrow"), Span(61, 72, "x")))
    quote = Span(24, 58, text[24:58])
    odd = DocExtraction(
        article=article,
        entities=(tarrow,),
        statements=(Statement("person/ilse-tarrow", text[25:57], quote, (Span(18, 22, "said"),)),),
    )
    for extraction in (odd, _extraction()):
        data = document_data(extraction)
        triples = [(q.subject, q.predicate, q.object) for q in document_quads(extraction)]
        parsed = [(t.subject, t.predicate, t.object) for t in parse(data, format=RdfFormat.TURTLE)]
        assert sorted(parsed, key=str) == sorted(triples, key=str)
        assert len(parsed) == len(set(parsed))
