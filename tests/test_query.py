"""Ready questions: each documented, self-contained and answering on a built graph."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.query import available_queries, describe, load_query, run_query
from kg.store import KGStore

QUERIES = sorted(available_queries())


def test_query_there_are_at_least_eight() -> None:
    assert len(QUERIES) >= 8


@pytest.mark.parametrize("name", QUERIES)
def test_query_file_is_documented_and_runs(name: str, examples_store: KGStore) -> None:
    text = load_query(name)
    assert describe(available_queries()[name]), "a query opens with a comment saying what it answers"
    assert "PREFIX kg:" in text
    result = run_query(examples_store, text)
    assert result.columns


@pytest.mark.parametrize(
    "name",
    [
        "people-positions",
        "documents-by-date",
        "entities-by-type",
        "statements-by-speaker",
        "largest-flows",
        "timeline",
        "relation-sources",
    ],
)
def test_query_answers_are_not_empty_on_the_examples(name: str, examples_store: KGStore) -> None:
    assert run_query(examples_store, load_query(name)).rows


def test_query_documents_by_date_lists_every_document(examples_store: KGStore) -> None:
    result = run_query(examples_store, load_query("documents-by-date"))
    assert [row[1] for row in result.rows] == [
        "poland-belarus-closure",
        "pakistan-floods-displaced",
        "chile-referendum",
        "finland-border-arrivals",
        "chad-sudan-refugees",
    ]


def test_query_errors_are_clear(examples_store: KGStore) -> None:
    with pytest.raises(QueryError, match="unknown query 'nope'"):
        load_query("nope")
    with pytest.raises(QueryError, match="does not parse"):
        run_query(examples_store, "SELECT ?x WHERE {")
