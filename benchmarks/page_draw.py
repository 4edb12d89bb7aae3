"""How long the `kg serve` page takes to draw a large neighbourhood, in headless Chromium.

    python benchmarks/page_draw.py [--docs 1000] [--store DIR] [--hops 2] [--runs 5] [--screenshot P.png]

Starts a real `kg serve` on the store of ``--docs`` invented documents (benchmarks/synthetic.py,
built once and kept in the temporary folder) or on ``--store``, picks the node with the most kg:
relations that has a name, and drives the page with tests/js/page_draw.mjs (playwright-core and
Debian's chromium, as the page test does): type the name, submit, wait for the drawing. Prints
per run the page's own timings: the search answer, the neighbourhood request (server: SPARQL and
layout), building the graph in the page, sigma's first render up to the painted frame, and
"draw" = from the neighbourhood request to that frame (issue target: <= 2 s for >= 500 nodes);
then the median of the warm runs (all but the first).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import statistics
import subprocess
from pathlib import Path

from serving import select, served
from synthetic import cached_store

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "js" / "page_draw.mjs"
#: The named node with the most kg: relations either way: what a user would look up first.
BUSIEST = """PREFIX kg: <https://w3id.org/newskg/ontology#>
SELECT ?n (MIN(STR(?l)) AS ?label) (COUNT(*) AS ?k) WHERE {
  { ?n ?p ?o } UNION { ?o ?p ?n }
  FILTER(isIRI(?n) && isIRI(?o) && STRSTARTS(STR(?n), STR(kgr:)) && STRSTARTS(STR(?o), STR(kgr:)))
  FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:evidence)
  ?n rdfs:label ?l
} GROUP BY ?n ORDER BY DESC(?k) ?n LIMIT 1"""
COLUMNS = ("searchMs", "requestMs", "buildMs", "renderMs", "drawMs", "clickToDrawnMs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="A store to serve (default: the cached invented one).")
    parser.add_argument("--docs", type=int, default=1000, help="Invented documents in the default store.")
    parser.add_argument("--hops", type=int, default=2, choices=(1, 2, 3))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshot", type=Path, help="Where to save the page after the last run.")
    args = parser.parse_args()
    node = shutil.which("node")
    if node is None:
        raise SystemExit("node is not installed; the page is driven with playwright-core")
    store = args.store or cached_store(args.docs)
    print(f"store: {store}")
    with served(store) as server:
        base = server.base
        (top,) = select(base, BUSIEST)
        print(f"searching {top['label']!r} ({top['n']}, {top['k']} relations), {args.hops} hops, {args.runs} runs")
        command = [node, str(DRIVER), base, top["label"], str(args.hops), str(args.runs)]
        if args.screenshot:
            command.append(str(args.screenshot))
        run = subprocess.run(command, capture_output=True, text=True)
    seen = json.loads(run.stdout.strip().splitlines()[-1]) if run.stdout.strip() else {"error": run.stderr}
    if run.returncode or "error" in seen:
        raise SystemExit(f"the page run failed: {seen.get('error')}")
    print(f"{'run':>4} {'nodes':>6} " + " ".join(f"{c.removesuffix('Ms') + ' ms':>14}" for c in COLUMNS))
    for index, timing in enumerate(seen["runs"], 1):
        print(f"{index:>4} {timing['nodes']:>6} " + " ".join(f"{timing[c]:>14}" for c in COLUMNS))
    warm = seen["runs"][1:] or seen["runs"]
    print(f"{'p50':>4} {'':>6} " + " ".join(f"{statistics.median(t[c] for t in warm):>14.0f}" for c in COLUMNS))
    graph = seen["graph"]
    print(f"drawn: {graph['order']} nodes, {graph['size']} relations around {graph['center']!r}: {graph['status']}")
    if seen["errors"] or seen["outside"]:
        print(f"page errors: {seen['errors']}; requests outside the server: {seen['outside']}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
