"""Validation cost: whole-store `kg validate` with each engine, and a build's incremental check.

    python benchmarks/validate.py [--docs 1000] [--add 20] [--store DIR] [--engines sparql,pyshacl]

Builds ``--docs`` distinct invented documents (benchmarks/synthetic.py) into an on-disk store
(or reuses ``--store`` when it already holds a build), then:

* validates the whole store once per engine, each in a fresh process, and prints triples,
  seconds (the engine's own run, store already open), triples/s, the CPU seconds of that run
  (what a shared machine's load does not inflate) and the peak RSS of that process;
* builds ``--add`` more documents into the store and prints what the build's own validation
  (:func:`kg.validate.validate_graphs`: the new documents' nodes, against the whole store) cost,
  beside the whole-store figure it replaces.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import document, write_manifest

from kg.pipeline import build
from kg.store import KGStore, is_store
from kg.validate import validate


def whole_store(store: Path, engine: str) -> None:
    """Child process: validate the store with ``engine``; print one JSON line of figures."""
    kg_store = KGStore(store, read_only=True)
    cpu = time.process_time()
    report = validate(kg_store, engine=engine)  # type: ignore[arg-type]
    cpu = time.process_time() - cpu
    figures = {
        "triples": report.triples,
        "seconds": report.seconds,
        "cpu": cpu,
        "rss": _peak_rss(),
        "ok": report.conforms,
    }
    print(json.dumps(figures))


def _peak_rss() -> float:
    """This process's peak resident memory in MiB (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(store: Path, engine: str) -> dict[str, float]:
    """Run :func:`whole_store` in a fresh process; its figures."""
    command = [sys.executable, __file__, "--child", engine, "--store", str(store)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def grow(store: Path, first: int, count: int, folder: Path) -> tuple[float, float, int, int]:
    """Build ``count`` more documents; (build seconds, its validation's seconds, triples, violations)."""
    manifest = folder / "added.jsonl"
    with manifest.open("w", encoding="utf-8") as out:
        for i in range(first, first + count):
            out.write(json.dumps({"id": f"doc-{i:05d}", "published": "2031-04-01", "text": document(i)}) + "\n")
    kg_store = KGStore(store)
    started = time.perf_counter()
    report = build([manifest], kg_store)
    seconds = time.perf_counter() - started
    checked = report.validation
    assert checked is not None
    return seconds, checked.seconds, checked.triples, len(checked.violations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--add", type=int, default=20, help="documents added to measure incremental validation")
    parser.add_argument("--store", type=Path, help="store to build into, or reuse if it holds a build")
    parser.add_argument("--engines", default="sparql,pyshacl")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        whole_store(args.store, args.child)
        return

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = args.store or folder / "store"
        if not is_store(store):
            started = time.perf_counter()
            build([write_manifest(folder, args.docs)], KGStore(store), validate=False)
            print(f"built {args.docs} documents in {time.perf_counter() - started:.1f} s -> {store}")
        print(f"{'engine':<10} {'triples':>9} {'seconds':>8} {'triples/s':>10} {'CPU s':>7} {'peak RSS':>9}  conforms")
        whole: dict[str, float] = {}
        for engine in args.engines.split(","):
            f = measure(store, engine)
            whole[engine] = f["seconds"]
            rate = f["triples"] / f["seconds"]
            figures = f"{f['triples']:>9.0f} {f['seconds']:>8.2f} {rate:>10.0f} {f['cpu']:>7.2f} {f['rss']:>6.0f} MiB"
            print(f"{engine:<10} {figures}  {f['ok']}")
        if args.add:
            build_s, check_s, triples, found = grow(store, args.docs, args.add, folder)
            print(
                f"build of {args.add} more documents: {build_s:.2f} s, of which validation {check_s:.2f} s "
                f"({triples} triples of their graphs, {found} violations); "
                f"whole-store sparql validation: {whole.get('sparql', float('nan')):.2f} s"
            )


if __name__ == "__main__":
    main()
