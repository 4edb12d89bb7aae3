"""Commands that write the store: ``build`` (documents in) and ``remove`` (documents out)."""

from __future__ import annotations

import time
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from urllib.parse import unquote

import typer

from kg.cli.common import (
    DEFAULT_MODEL,
    DEFAULT_STORE,
    BaseOpt,
    StoreOpt,
    err,
    fail,
    open_graph,
    output_path,
    say,
    store_base,
)
from kg.errors import NewsKGError
from kg.rdf.iri import DEFAULT_BASE, normal_base
from kg.store import KGStore

if TYPE_CHECKING:
    from kg.pipeline import Engine as PipelineEngine

__all__ = ["build", "remove"]


class Engine(StrEnum):
    process = "process"
    dask = "dask"


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
        raise fail(f"--published: not an ISO date (YYYY-MM-DD): {published!r}") from None
    if engine is Engine.process and (scheduler or shards):
        raise fail("--scheduler and --shards apply to --engine dask")
    try:
        base = normal_base(base)
        target_file = output_path(output) if output is not None else None
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
        raise fail(str(exc)) from None
    where = " and ".join(str(p) for p in (target_file, store or (None if target_file else DEFAULT_STORE)) if p)
    if not report.built and len(report.skipped) == 1:
        raise fail(str(report.skipped[0]))
    for problem in report.skipped:
        say(("skipped", "yellow"), f" {problem}")
    if not report.built:
        raise fail(f"nothing built: {len(report.skipped)} input(s) skipped")
    from kg.validate import describe

    checked = report.validation
    for violation in checked.violations if checked else ():
        documents = ", ".join(_document(g) for g in checked.graphs.get(violation.focus, ())) if checked else ""
        say((f"{documents or 'store'}:", "bold red"), f" {describe(violation)}")
    say(
        f"built {len(report.built)} document(s), {len(target)} statements -> {where}"
        + (f"; skipped {len(report.skipped)}" if report.skipped else "")
        + (f"; {len(checked.violations)} shape violation(s)" if checked and checked.violations else "")
    )
    if timings:
        say("seconds: " + ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in report.timings.items()))
    if report.skipped or (checked and not checked.conforms):
        raise typer.Exit(1)


def _document(graph: str) -> str:
    """A document graph's id as the user gave it (``kgr:doc/{id}``), or the graph IRI."""
    return unquote(graph.rsplit("/doc/", 1)[-1]) if "/doc/" in graph else graph


def _dask_engine(scheduler: str | None, shards: Path | None) -> PipelineEngine:
    from kg.scale.dask_engine import DaskEngine

    return DaskEngine(scheduler=scheduler, shards=shards)


def remove(
    ids: Annotated[list[str], typer.Argument(help="Document ids to remove.")],
    store: StoreOpt = None,
    base: BaseOpt = None,
) -> None:
    """Remove documents, and what only they supported, from the store."""
    from kg.rdf.iri import doc_iri
    from kg.resolve import resolve_store

    try:
        kg_store = open_graph(None, store, write=True)
        iri_base = store_base(kg_store, base)
        missing = [i for i in ids if not kg_store.remove_graph(doc_iri(i, iri_base))]
        resolve_store(kg_store, iri_base)  # keeps the reference layer as the store was built
        kg_store.flush()
    except NewsKGError as exc:
        raise fail(str(exc)) from None
    if missing:
        raise fail(f"not in the store: {', '.join(missing)}", 1)
    say(f"removed {len(ids)} document(s)")
