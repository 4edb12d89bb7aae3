"""Named questions (queries/*.rq) or SPARQL text -> QueryResult, a plain table.

A query file opens with ``# what it answers`` comment lines and carries its own PREFIX lines, so it
runs as it is in any SPARQL tool; ``kg query NAME`` finds ``queries/NAME.rq``.

Queries run over the knowledge graph of :class:`~kg.store.KGStore`: each distinct statement once,
whichever file or store holds it, so a sum or a count means the same everywhere. A ``SERVICE``
clause makes the engine fetch from the network; it is refused unless the caller allows it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions

from kg.errors import QueryError
from kg.paths import queries_dir
from kg.store import KGStore

__all__ = ["QueryResult", "available_queries", "describe", "load_query", "run_query", "uses_service"]


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of plain strings (empty string for an unbound value)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps(
            [dict(zip(self.columns, row, strict=True)) for row in self.rows], indent=2, ensure_ascii=False
        )


def available_queries() -> dict[str, Path]:
    """Every ready question, by name."""
    return {p.stem: p for p in sorted(queries_dir().glob("*.rq"))}


def describe(path: Path) -> str:
    """The leading ``#`` comment of a query file: what it answers."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").strip())
    return " ".join(lines)


def load_query(name_or_path: str) -> str:
    """The SPARQL text of a named query or of a ``.rq`` file."""
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    known = available_queries()
    if name_or_path not in known:
        raise QueryError(f"unknown query {name_or_path!r}; known: {', '.join(known)}")
    return known[name_or_path].read_text(encoding="utf-8")


def _text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, (NamedNode, Literal)):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


# What a SPARQL lexer reads as one token, so that a keyword inside it is not a keyword: an IRI
# (no blanks inside, unlike the "<" operator), a string in any of its four quotings, a comment.
_OPAQUE = re.compile(
    "|".join(
        (
            r'<[^<>"{}|^`\\\x00-\x20]*>',  # IRI
            r"'''(?:[^'\\]|\\.|'(?!''))*'''",  # long strings
            r'"""(?:[^"\\]|\\.|"(?!""))*"""',
            r"'(?:[^'\\\n]|\\.)*'",  # short strings
            r'"(?:[^"\\\n]|\\.)*"',
            r"#[^\n]*",  # comment
        )
    ),
    re.DOTALL,
)
# SERVICE the keyword: not part of a variable (?service), a prefixed name (ex:Service, service:x)
# or a longer word.
_SERVICE = re.compile(r"(?<![\w?$:.-])SERVICE(?![\w:.-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """True when the query holds a ``SERVICE`` clause (outside strings, IRIs and comments)."""
    return _SERVICE.search(_OPAQUE.sub(" ", sparql)) is not None


def run_query(store: KGStore, sparql: str, *, allow_service: bool = False) -> QueryResult:
    """Run a SELECT or ASK query over the store's knowledge graph.

    Args:
        store: the graph to ask.
        sparql: the query text.
        allow_service: let ``SERVICE`` clauses reach other endpoints over the network.
    """
    if not allow_service and uses_service(sparql):
        raise QueryError("the query calls a remote endpoint (SERVICE); allow it with --allow-service")
    try:
        result = store.query(sparql)
        if isinstance(result, QueryBoolean):
            return QueryResult(("answer",), ((str(bool(result)).lower(),),))
        if not isinstance(result, QuerySolutions):
            raise QueryError("only SELECT and ASK queries give a table; use kg export for graphs")
        columns = tuple(v.value for v in result.variables)
        rows = tuple(tuple(_text(row[c]) for c in columns) for row in result)
    except SyntaxError as exc:
        raise QueryError(f"the query does not parse: {exc}") from exc
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"the query failed: {exc}") from exc
    return QueryResult(columns, rows)
