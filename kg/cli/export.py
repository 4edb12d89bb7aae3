"""``kg export``: the knowledge graph as RDF files or as a Gephi view (with a picture)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.common import GraphArg, StoreOpt, fail, open_graph, output_path, report_incomplete, say
from kg.errors import NewsKGError

if TYPE_CHECKING:
    from kg.export.narrow import ViewFilter

__all__ = ["export"]


class ExportFormat(StrEnum):
    ttl = "ttl"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"
    gexf = "gexf"
    graphml = "graphml"
    csv = "csv"


def export(
    output: Annotated[str, typer.Option("--output", "-o", help="File to write.")],
    fmt: Annotated[ExportFormat | None, typer.Option("--format", "-f", help="Format (default: by suffix).")] = None,
    graph: GraphArg = None,
    store: StoreOpt = None,
    full: Annotated[bool, typer.Option(help="Gephi: keep the RDF structure instead of the readable view.")] = False,
    include_documents: Annotated[bool, typer.Option(help="Gephi: add document nodes.")] = False,
    include_mentions: Annotated[bool, typer.Option(help="Gephi: add mention nodes (text spans).")] = False,
    include_literals: Annotated[bool, typer.Option(help="Gephi, --full: literals as nodes.")] = False,
    picture: Annotated[Path | None, typer.Option(help="Gephi: also render the view to this PNG.")] = None,
    types: Annotated[
        str | None, typer.Option(help="Gephi: keep only these node types, comma-separated (Person,State).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Gephi: keep what was reported or happened from this date.")] = None,
    until: Annotated[
        str | None, typer.Option(help="Gephi: keep what was reported or happened up to this date.")
    ] = None,
    min_mentions: Annotated[
        int, typer.Option(min=0, help="Gephi: keep nodes the texts mention at least this often.")
    ] = 0,
) -> None:
    """Export the knowledge graph: RDF (ttl, trig, nq, jsonld) or Gephi (gexf, graphml, csv)."""
    from kg.rdf.formats import format_for

    written: list[Path] = []
    try:
        path = output_path(output)
        name = fmt.value if fmt else path.suffix.lstrip(".").lower()
        if name not in ("gexf", "graphml", "csv"):
            if types or since or until or min_mentions or picture:
                raise fail(
                    f"{output}: --types, --since, --until, --min-mentions and --picture apply to gexf, graphml, csv"
                )
            format_for(path, name)
        kg_store = open_graph(graph, store)
        report_incomplete(kg_store)
        if name in ("gexf", "graphml", "csv"):
            from kg.export import gephi_view, write_gephi
            from kg.export.csv_tables import csv_paths

            view = gephi_view(
                kg_store.to_rdflib(),
                full=full,
                include_documents=include_documents,
                include_mentions=include_mentions,
                include_literals=include_literals,
                keep=_view_filter(types, since, until, min_mentions),
            )
            stats = write_gephi(view, path, name)
            written += list(csv_paths(path)) if name == "csv" else [path]
            say(f"{stats.nodes} nodes, {stats.edges} edges")
            if picture is not None:
                from kg.export.picture import render_png

                render_png(view, picture)
                written.append(picture)
        else:
            kg_store.write(path, format_for(path, name))
            written.append(path)
    except NewsKGError as exc:
        raise fail(str(exc)) from None
    except ImportError as exc:
        raise fail(f"--picture needs matplotlib: pip install 'newskg[viz]' ({exc})") from None
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    say("wrote " + ", ".join(str(p) for p in written))


def _view_filter(types: str | None, since: str | None, until: str | None, min_mentions: int) -> ViewFilter:
    """The export's --types/--since/--until/--min-mentions, checked: dates must be ISO days."""
    from kg.export.narrow import ViewFilter

    for option, value in (("--since", since), ("--until", until)):
        try:
            if value is not None:
                date.fromisoformat(value)
        except ValueError:
            raise fail(f"{option}: not an ISO date (YYYY-MM-DD): {value!r}") from None
    names = frozenset(t.strip() for t in (types or "").split(",") if t.strip())
    return ViewFilter(types=names, since=since, until=until, min_mentions=min_mentions)
