"""Articles -> N-Quads shards written by Dask workers -> (document id or error, quads), in input order.

The per-document stage (parse, extract, the document's quads) is a pure function of a batch of
articles (:func:`kg.pipeline.extract_batch`), so it runs wherever the package and the model are
installed. Each task takes one batch, writes its documents' named graphs to one self-contained
N-Quads shard (named by the batch's position in the input, written atomically) and returns only
which documents failed and why. This process reads the shards back in input order and hands them
to :func:`kg.pipeline.build`, which loads and resolves them exactly as it does its own results:
the store is byte for byte the one an in-process build gives.

Shards rather than results through the scheduler: a batch's quads travel over a shared folder, not
the scheduler's connections; the folder is a standard bulk-load input for any triple store; and a
run leaves the record of what each worker produced.
"""

from __future__ import annotations

import logging
import tempfile
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pyoxigraph import NamedNode, Quad, RdfFormat, parse, serialize

from kg.atomic import atomic_write
from kg.errors import InputError, NewsKGError
from kg.model import Article
from kg.pipeline import BATCH, extract_batch
from kg.rdf.iri import doc_iri

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["SHARD", "DaskEngine", "write_shard"]

log = logging.getLogger(__name__)

#: The shard of the batch at this position in the input (0, 1, ...): a run's names are known in advance.
SHARD = "shard-{:06d}.nq"
CONNECT_SECONDS = 30  # to reach a scheduler given by address
IN_FLIGHT = 2  # batches per worker submitted ahead: workers never wait, memory stays flat


@dataclass(frozen=True)
class DaskEngine:
    """The per-document stage on Dask ``distributed``, as a :data:`kg.pipeline.Engine`.

    Attributes:
        scheduler: address of a running scheduler (``tcp://host:8786``); None starts a
            LocalCluster of ``jobs`` worker processes, one thread each, for this build.
        shards: the folder the workers write the shards to, kept after the build (its earlier
            shards are removed first, so it holds this run's alone). None: a temporary folder,
            removed. With a ``scheduler`` it is required: it must be a folder that this machine
            and every worker see under the same path.
        batch: articles per task and shard (larger amortizes scheduling on a big cluster).
    """

    scheduler: str | None = None
    shards: Path | None = None
    batch: int = BATCH

    def __call__(
        self, articles: Iterator[Article], model: str, jobs: int, base: str
    ) -> Iterator[tuple[str | InputError, list[Quad]]]:
        if self.scheduler and self.shards is None:
            raise NewsKGError("--scheduler needs --shards DIR: a folder this machine and the workers share")
        with ExitStack() as stack:
            if self.shards is None:
                folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kg-shards-")))
            else:
                folder = self.shards.resolve()
                _clear(folder)
            client = _client(stack, self.scheduler, jobs)
            workers = max(jobs, len(client.nthreads()))
            tasks = _Tasks(client, model, base, folder)
            yield from tasks.run(articles, self.batch, IN_FLIGHT * workers)


def write_shard(batch: list[Article], path: str, model: str, base: str) -> list[str | None]:
    """The task: extract ``batch``, write its named graphs to the shard ``path``; the problem of each article.

    None for an article that built. Runs on a worker; the model is loaded once per worker process.
    """
    results = extract_batch(batch, model, base)
    quads = [quad for _, document in results for quad in document]
    atomic_write(path, lambda handle: serialize(quads, handle, RdfFormat.N_QUADS))
    return [result.problem if isinstance(result, InputError) else None for result, _ in results]


def _client(stack: ExitStack, scheduler: str | None, jobs: int) -> Client:
    """A client of the scheduler at ``scheduler``, or of a LocalCluster closed with ``stack``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise NewsKGError(f"--engine dask needs Dask distributed: pip install 'newskg[scale]' ({exc})") from None
    _quiet(stack, logging.getLogger("distributed"))
    if scheduler:
        try:
            return stack.enter_context(Client(scheduler, timeout=CONNECT_SECONDS))
        except (OSError, TimeoutError, ValueError) as exc:
            raise NewsKGError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
    # one thread per worker: spaCy parses on one core, and a process is the unit of memory;
    # the scheduler's HTTP server on a free port: builds side by side never fight over 8787
    cluster = stack.enter_context(
        LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0")
    )
    return stack.enter_context(Client(cluster))


def _quiet(stack: ExitStack, logger: logging.Logger) -> None:
    """Dask's own progress (INFO: workers starting, connections) only with ``kg -v``, for this build."""
    if not log.isEnabledFor(logging.DEBUG):
        stack.callback(logger.setLevel, logger.level)
        logger.setLevel(logging.WARNING)


def _clear(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(SHARD.replace("{:06d}", "*")):
        old.unlink()


@dataclass(frozen=True)
class _Tasks:
    """Batches submitted to ``client``, their shards in ``folder``, read back in input order."""

    client: Client
    model: str
    base: str
    folder: Path

    def run(self, articles: Iterator[Article], size: int, ahead: int) -> Iterator[tuple[str | InputError, list[Quad]]]:
        """Keep ``ahead`` batches submitted beyond the one being read."""
        pending: deque[tuple[list[Article], Path, Any]] = deque()
        index = 0
        while batch := list(islice(articles, size)):
            path = self.folder / SHARD.format(index)
            future = self.client.submit(write_shard, batch, str(path), self.model, self.base, pure=False)
            pending.append((batch, path, future))
            index += 1
            if len(pending) >= ahead:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _collect(self, batch: list[Article], path: Path, future: Any) -> Iterator[tuple[str | InputError, list[Quad]]]:
        """The documents of one finished task; a task that failed whole costs its batch, not the build."""
        try:
            problems: list[str | None] = future.result()
        except NewsKGError:
            raise  # the model is missing on the workers: every batch would fail the same way
        except Exception as exc:  # a worker died on it (KilledWorker) or the shard could not be written
            log.debug("batch %s failed on the cluster: %r", path.name, exc)
            failed = f"extraction failed on the cluster: {type(exc).__name__}: {exc}"
            yield from ((InputError(article.source, failed), []) for article in batch)
            return
        graphs: dict[str, list[Quad]] = {}
        for quad in parse(path=str(path), format=RdfFormat.N_QUADS):
            if isinstance(quad.graph_name, NamedNode):
                graphs.setdefault(quad.graph_name.value, []).append(quad)
        for article, problem in zip(batch, problems, strict=True):
            if problem is None:
                yield article.id, graphs.get(doc_iri(article.id, self.base), [])
            else:
                yield InputError(article.source, problem), []
