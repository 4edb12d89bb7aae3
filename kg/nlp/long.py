"""A long text -> one Doc, parsed piece by piece (across processes) so that cost grows linearly.

spaCy's statistical components need memory and time that grow faster than the text on one huge
Doc (the tok2vec layer, and about 1 GB of temporary memory per 100,000 characters for the parser
and NER, as spaCy's own documentation warns). A text longer than :data:`PIECE_CHARS` is cut at
line breaks (else at a sentence end, else at a blank) into pieces that each run through the
statistical components; the pieces are joined back into one Doc with the exact text and offsets,
and the ``kg_`` components, which look across the whole document, run on the joined Doc. Pieces
go through ``nlp.pipe`` one at a time (``batch_size=1``): in one batch, the components would
process them together and need the memory of the whole text again. Short texts, the usual news
article, never take this path.

Each piece is parsed on its own, so pieces can be parsed in other processes without changing a
byte of the result: :class:`Helpers` shares a text's pieces between this process and helper
processes (one per further core the process may use); a build with ``--jobs`` hands them to its
workers instead (:func:`parse_piece` is what a worker runs). A piece comes back as
``Doc.to_bytes`` without the tensor, and the joined Doc has none (nothing downstream reads it; it
would be most of the bytes).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import re
from collections.abc import Callable
from multiprocessing.pool import Pool
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.pipeline import annotate, statistical

__all__ = [
    "HELP_CHARS",
    "PIECE_CHARS",
    "Helpers",
    "PieceParser",
    "allowed_cores",
    "parse_long",
    "parse_piece",
    "parse_pieces",
    "piece_doc",
    "pieces",
]

log = logging.getLogger(__name__)

#: Longest piece given to the statistical components at once; a news article fits in one.
PIECE_CHARS = 20_000
#: Shortest text worth helper processes: a helper first loads the model (a few seconds), and a
#: shorter text is parsed before it could help.
HELP_CHARS = 100_000

#: Pieces of one text -> their Docs, parsed by the statistical components, in order.
PieceParser = Callable[[list[str]], list[Doc]]

# Where a piece may end, best first: after a run of line breaks, after a sentence end, after a blank.
_CUTS = (re.compile(r"\n+"), re.compile(r"[.!?][\"'”’)]*\s+"), re.compile(r"\s+"))


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``size`` characters that join back to it.

    Each cut falls at the last line break of the window, else its last sentence end, else its
    last blank; a window with none of these (one huge token) is cut at ``size``.
    """
    out = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = window_end
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(text, start + size // 2, window_end)]
            if ends:
                cut = ends[-1]
                break
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def allowed_cores() -> int:
    """How many cores this process may run on (its CPU affinity where the system tells)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _parse_here(nlp: Language, parts: list[str]) -> list[Doc]:
    with statistical(nlp):
        return list(nlp.pipe(parts, batch_size=1))


def parse_piece(nlp: Language, text: str) -> bytes:
    """One piece parsed by the statistical components, as bytes another process reads back (:func:`piece_doc`)."""
    return _parse_here(nlp, [text])[0].to_bytes(exclude=["tensor"])


def piece_doc(nlp: Language, data: bytes) -> Doc:
    """The Doc of a piece parsed elsewhere (:func:`parse_piece`), in ``nlp``'s vocabulary."""
    return Doc(nlp.vocab).from_bytes(data)


def parse_pieces(nlp: Language, text: str, parser: PieceParser | None = None) -> Doc:
    """The Doc of ``text`` parsed in pieces by the statistical components only (see :func:`statistical`).

    ``parser`` parses the pieces elsewhere (:class:`Helpers`, a build's workers); the result is
    the same to the byte.
    """
    parts = pieces(text, PIECE_CHARS)
    docs = parser(parts) if parser is not None and len(parts) > 1 else _parse_here(nlp, parts)
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]  # the stub lacks it


def parse_long(nlp: Language, text: str, parser: PieceParser | None = None) -> Doc:
    """The Doc of ``text``, parsed in pieces, with the ``kg_`` components run over the whole."""
    return annotate(nlp, parse_pieces(nlp, text, parser))


# ---------------------------------------------------------------------------- helper processes

_HELPER_NLP: Language | None = None
_CLAIMS: Any = None  # [text number, next piece], shared with the process that started the helpers


def _claim(claims: Any, text_no: int, count: int) -> int | None:
    """The next unclaimed piece of text ``text_no``; None when all are taken or the text is over."""
    with claims.get_lock():
        if claims[0] != text_no or claims[1] >= count:
            return None
        claims[1] += 1
        return int(claims[1] - 1)


def _start_helper(model: str, claims: Any) -> None:
    global _HELPER_NLP, _CLAIMS
    from kg.pipeline import load_model

    _HELPER_NLP, _CLAIMS = load_model(model), claims


def _help(text_no: int, parts: list[str]) -> tuple[int, list[tuple[int, bytes]]]:
    """In a helper: parse pieces of text ``text_no`` as long as there are some left to claim."""
    assert _HELPER_NLP is not None, "helper used before _start_helper"
    done = []
    while (i := _claim(_CLAIMS, text_no, len(parts))) is not None:
        done.append((i, parse_piece(_HELPER_NLP, parts[i])))
    return text_no, done


class Helpers:
    """Parse the pieces of long texts here and in helper processes that take them as they go.

    The helpers are started at the first text long enough to need them and live until
    :meth:`close`. This process and each helper claim the next unparsed piece from a shared
    counter, so a helper still loading the model, or slowed by other work on the machine, takes
    fewer; this process never waits for a helper that has claimed nothing. A helper that fails or
    dies leaves its pieces to this process.
    """

    def __init__(self, nlp: Language, model: str, cores: int | None = None) -> None:
        self.nlp, self.model = nlp, model
        self.count = max(0, (allowed_cores() if cores is None else cores) - 1)
        self._pool: Pool | None = None
        self._pids: set[int] = set()
        self._claims: Any = None
        self._text_no = 0
        self.helped = 0  # pieces parsed in the helpers so far
        self._done: queue.SimpleQueue[tuple[int, list[tuple[int, bytes]] | None]] = queue.SimpleQueue()

    def _start(self) -> Pool:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")  # spawn: this process may hold threads and a store
            before = {p.pid for p in multiprocessing.active_children()}
            self._claims = context.Array("q", [0, 0])
            self._pool = context.Pool(self.count, initializer=_start_helper, initargs=(self.model, self._claims))
            self._pids = {p.pid for p in multiprocessing.active_children() if p.pid is not None} - before
        return self._pool

    def __call__(self, parts: list[str]) -> list[Doc]:
        if self.count == 0 or sum(map(len, parts)) < HELP_CHARS or multiprocessing.current_process().daemon:
            return _parse_here(self.nlp, parts)
        pool = self._start()
        self._text_no += 1
        text_no = self._text_no
        with self._claims.get_lock():
            self._claims[0], self._claims[1] = text_no, 0
        for _ in range(self.count):
            failed = lambda _: self._done.put((text_no, None))  # noqa: E731
            pool.apply_async(_help, (text_no, parts), callback=self._done.put, error_callback=failed)
        docs: dict[int, Doc] = {}
        while (i := _claim(self._claims, text_no, len(parts))) is not None:
            docs[i] = _parse_here(self.nlp, [parts[i]])[0]
        here = len(docs)
        while len(docs) < len(parts):  # the pieces the helpers claimed
            try:
                number, done = self._done.get(timeout=1.0)
            except queue.Empty:
                number, done = (text_no, None) if self._lost_helper() else (0, [])
            if number != text_no:
                continue
            if done is None:  # a helper failed: parse what is still missing here
                missing = [i for i in range(len(parts)) if i not in docs]
                docs.update(zip(missing, _parse_here(self.nlp, [parts[i] for i in missing]), strict=True))
            else:
                docs.update((i, piece_doc(self.nlp, data)) for i, data in done)
                self.helped += len(done)
        log.debug("parsed %d pieces, %d here", len(parts), here)
        return [docs[i] for i in range(len(parts))]

    def _lost_helper(self) -> bool:
        return not self._pids <= {p.pid for p in multiprocessing.active_children()}

    def close(self) -> None:
        """Stop the helpers (a helper still parsing a piece no one waits for is terminated)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
