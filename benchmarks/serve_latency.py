"""Latency of `kg serve` on a store: ready questions over HTTP and the page's neighbourhood answer.

    python benchmarks/serve_latency.py [--docs 1000] [--store DIR] [--repeat 20]

Starts a real `kg serve` process on a free port, asks every ready question in queries/ ``--repeat``
times (JSON results, after one warm-up), and prints p50/p95 wall time per question and over all
of them (issue target: p50 <= 100 ms on a 1,000-document store), and the server's CPU time per
answer (its process and workers, the mean over the repeats): on a shared machine the wall time
grows with the other load, the CPU time much less, so it is the figure to compare. Then times
/api/neighbourhood (2 hops) for the node with the most kg: relations, which is what the page
waits for before it draws.
Without ``--store`` it uses the store of ``--docs`` invented documents (benchmarks/synthetic.py),
built once and kept in the temporary folder.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import urllib.error
import urllib.parse
from pathlib import Path

from serving import select, served, timed_get
from synthetic import cached_store

from kg.query import available_queries

BUSIEST = """PREFIX kg: <https://w3id.org/newskg/ontology#>
SELECT ?n (COUNT(*) AS ?k) WHERE { ?n ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:evidence) }
GROUP BY ?n ORDER BY DESC(?k) ?n LIMIT 1"""


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="A store to serve (default: the cached invented one).")
    parser.add_argument("--docs", type=int, default=1000, help="Invented documents in the default store.")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    store = args.store or cached_store(args.docs)
    print(f"store: {store}")
    with served(store) as server:
        base = server.base
        every: list[float] = []
        cpu: list[float] = []
        print(f"{'question':34} {'p50 ms':>8} {'p95 ms':>8} {'CPU ms':>8}")
        for name in available_queries():
            try:
                timed_get(f"{base}/queries/{name}")
            except urllib.error.HTTPError as exc:
                print(f"{name:34} answered {exc.code}: {exc.read().decode().strip()}")
                continue
            used = server.cpu_seconds()
            times = [timed_get(f"{base}/queries/{name}")[0] for _ in range(args.repeat)]
            cpu.append((server.cpu_seconds() - used) * 1000 / args.repeat)
            every += times
            print(f"{name:34} {statistics.median(times):8.1f} {_p(times, 0.95):8.1f} {cpu[-1]:8.1f}")
        overall = f"{statistics.median(every):8.1f} {_p(every, 0.95):8.1f} {statistics.median(cpu):8.1f}"
        print(f"{'all ready questions':34} {overall}  (CPU: the median question)")
        busiest = select(base, BUSIEST)
        if busiest:
            iri = busiest[0]["n"]
            url = f"{base}/api/neighbourhood?{urllib.parse.urlencode({'iri': iri, 'hops': 2})}"
            ms, hood = timed_get(url, "application/json")
            nodes = len(json.loads(hood)["nodes"])
            print(f"neighbourhood of {iri}: {nodes} nodes in {ms:.0f} ms")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
