"""Keep ``GRAPH ?g`` of a SPARQL question off graphs whose names start with a prefix.

A store holds bookkeeping graphs (the journal, the resolver's index) beside the documents' graphs,
and a question's ``GRAPH ?g`` must range over what an export holds. Naming every other graph to
Oxigraph (its ``named_graphs``) makes it look a pattern up in each graph in turn, a cost that grows
with the number of documents; a filter on the graph variable costs the pattern alone. So each
``GRAPH ?var { ... }`` group is followed by ``FILTER(!STRSTARTS(STR(?var), "prefix"))``, which
applies to the group around it, where ``?var`` is bound.

The text is scanned as SPARQL tokens: strings, IRIs and comments are passed over, so a brace or
the word GRAPH inside them changes nothing.
"""

from __future__ import annotations

import re

__all__ = ["keep_graphs_off"]

_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_GRAPH_VAR = re.compile(
    r"GRAPH(?:\s|#[^\n]*\n)*([?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+)(?:\s|#[^\n]*\n)*\{", re.IGNORECASE
)
_LONG_QUOTES = ('"""', "'''")


def keep_graphs_off(sparql: str, prefix: str) -> str:
    """``sparql`` with a filter after every ``GRAPH ?var { ... }`` keeping ``?var`` off ``prefix``."""
    out: list[str] = []
    open_groups: list[tuple[int, str]] = []  # (brace depth inside the GRAPH group, its variable)
    depth = 0
    i, start = 0, 0
    while i < len(sparql):
        char = sparql[i]
        if char == "#":
            end = sparql.find("\n", i)
            i = len(sparql) if end < 0 else end
            continue
        if char in "\"'":
            i = _string_end(sparql, i)
            continue
        if char == "<":
            iri = _IRI.match(sparql, i)
            i = iri.end() if iri else i + 1
            continue
        if char in "gG" and (i == 0 or not (sparql[i - 1].isalnum() or sparql[i - 1] in "_:?$")):
            graph = _GRAPH_VAR.match(sparql, i)
            if graph:
                depth += 1
                open_groups.append((depth, graph.group(1)))
                i = graph.end()
                continue
        if char == "{":
            depth += 1
        elif char == "}":
            if open_groups and open_groups[-1][0] == depth:
                _, variable = open_groups.pop()
                out.append(sparql[start : i + 1])
                out.append(f' FILTER(!STRSTARTS(STR({variable}), "{prefix}"))')
                start = i + 1
            depth -= 1
        i += 1
    out.append(sparql[start:])
    return "".join(out)


def _string_end(text: str, i: int) -> int:
    """The index just past the string literal that starts at ``i`` (the text's end if unclosed)."""
    quote = text[i : i + 3] if text[i : i + 3] in _LONG_QUOTES else text[i]
    j = i + len(quote)
    while j < len(text):
        if text[j] == "\\":
            j += 2
            continue
        if text.startswith(quote, j):
            return j + len(quote)
        if len(quote) == 1 and text[j] == "\n":
            return j
        j += 1
    return len(text)
