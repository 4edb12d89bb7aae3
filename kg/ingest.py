"""Files, folders and manifests -> Article (or InputError, one per unreadable document).

Errors are yielded, not raised, so one bad document never loses the others; the caller reports
them and goes on.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Article

__all__ = ["MAX_CHARS", "read_inputs"]

log = logging.getLogger(__name__)

#: The longest text one document may have (spaCy's own default ``max_length``). Long texts are
#: extracted in sections (:mod:`kg.sections`), so memory stays flat (benchmarks/long_text.py);
#: past it, a text is more likely a whole corpus pasted into one file, better given as several
#: documents.
MAX_CHARS = 1_000_000
#: A UTF-16 surrogate code point: in a JSON string only as half of a pair json.loads did not join.
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_inputs(
    paths: Iterable[str | Path], published: date | None = None, *, allow_outside: bool = False
) -> Iterator[Article | InputError]:
    """Read every document named by ``paths``: ``.txt`` files, folders of them, ``.jsonl`` manifests.

    Args:
        paths: inputs in the order given; folders are read in sorted order.
        published: the publication date for documents that do not state one.
        allow_outside: let a manifest's ``path`` leave the manifest's folder ("../x.txt", an
            absolute path, a link to elsewhere). Off by default: a manifest from someone else
            must not make the build read, and publish in the graph, any file the user can read.

    Yields:
        An Article per readable document, an InputError per problem. A document id seen twice is
        an error the second time: ids name graphs, and two texts cannot share one.
    """
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        for item in _expand(path, published, allow_outside):
            if isinstance(item, Article) and len(item.text) > MAX_CHARS:
                item = InputError(
                    item.source,
                    f"text has {len(item.text):,} characters, more than the {MAX_CHARS:,} a document may have;"
                    " split it into several documents",
                )
            if isinstance(item, Article):
                if item.id in seen:
                    item = InputError(item.source, f"duplicate document id {item.id!r}")
                else:
                    seen.add(item.id)
            yield item


def _expand(path: Path, published: date | None, allow_outside: bool) -> Iterator[Article | InputError]:
    if not path.exists():
        yield InputError(str(path), "no such file or folder")
    elif path.is_dir():
        texts = sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file())
        if not texts:
            yield InputError(str(path), "folder holds no .txt files")
        for text_path in texts:
            yield _from_text_file(text_path, published)
    elif path.suffix == ".jsonl":
        yield from _from_manifest(path, published, allow_outside)
    elif path.suffix == ".txt":
        yield _from_text_file(path, published)
    else:
        yield InputError(str(path), "not a .txt file, a folder or a .jsonl manifest")


def _read_text(path: Path, source: str) -> str | InputError:
    if not path.is_file():
        return InputError(source, f"no such file: {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return InputError(source, f"cannot read {path}: {exc.strerror or exc}")
    if b"\x00" in data:
        return InputError(source, "binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(source, f"not UTF-8 text (bad byte at offset {exc.start})")
    if not text.strip():
        return InputError(source, "empty document")
    return text


def _from_text_file(path: Path, published: date | None) -> Article | InputError:
    text = _read_text(path, str(path))
    if isinstance(text, InputError):
        return text
    return Article(id=path.stem, text=text, source=str(path), published=published)


def _from_manifest(path: Path, published: date | None, allow_outside: bool) -> Iterator[Article | InputError]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield InputError(str(path), f"cannot read manifest: {exc}")
        return
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _from_manifest_line(path, number, line, published, allow_outside)


def _inside(folder: Path, relative: str, source: str, allow_outside: bool) -> Path | InputError:
    """``relative`` resolved against the manifest's ``folder``, which it may not leave unless allowed."""
    target = folder / relative
    if allow_outside:
        return target
    home = folder.resolve()
    try:
        inside = target.resolve().is_relative_to(home)
    except (OSError, ValueError) as exc:  # a NUL byte, a loop of links
        return InputError(source, f"not a usable path ({exc})")
    if not inside:
        return InputError(source, f"path leaves the manifest's folder ({home}); pass --allow-outside to read it")
    return target


def _doc_id(value: Any) -> str | None:
    """The id as text: a string, or a whole number written without quotes; None when unusable."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _from_manifest_line(
    path: Path, number: int, line: str, published: date | None, allow_outside: bool
) -> Article | InputError:
    source = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(source, f"malformed JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(record, dict):
        return InputError(source, "a manifest line must be a JSON object")
    if (lone := _lone_surrogate(record)) is not None:
        return InputError(source, lone)
    if "id" not in record:
        return InputError(source, 'missing "id"')
    doc_id = _doc_id(record["id"])
    if doc_id is None:
        return InputError(source, f'"id" must be a non-empty string or a whole number, not {record["id"]!r}')
    if isinstance(record.get("text"), str):
        text: str | InputError = record["text"]
        if not str(text).strip():
            return InputError(source, f"document {doc_id!r} has empty text")
    elif isinstance(record.get("path"), str):
        where = f"{source} ({record['path']})"
        target = _inside(path.parent, record["path"], where, allow_outside)
        text = target if isinstance(target, InputError) else _read_text(target, where)
    else:
        return InputError(source, f'document {doc_id!r} needs "path" or "text"')
    if isinstance(text, InputError):
        return text
    when = _date(record.get("published"), source)
    if isinstance(when, InputError):
        return when
    return Article(
        id=doc_id,
        text=text,
        source=source,
        published=when or published,
        title=_str(record.get("title")),
        url=_str(record.get("url")),
        publisher=_str(record.get("publisher")),
        language=_str(record.get("language")) or "en",
    )


def _lone_surrogate(record: dict[str, Any]) -> str | None:
    """What is wrong with a field holding half of a surrogate pair (``"\\ud800"``), else None.

    JSON lets a string escape one half of a UTF-16 pair; Python reads it as a code point that is no
    character, which no UTF-8 text (nor RDF literal) can hold: it would fail deep in the build.
    """
    for key, value in record.items():
        if isinstance(value, str) and (found := _SURROGATE.search(value)):
            return (
                f"{key!r} holds \\u{ord(found.group()):04x} at character {found.start()}, half of a "
                "surrogate pair and no character: write the character itself, or both halves"
            )
    return None


def _date(value: Any, source: str) -> date | InputError | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return InputError(source, f'"published" is not an ISO date: {value!r}')


def _str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None
