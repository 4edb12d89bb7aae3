"""Latency of `kg serve` on a store: ready questions over HTTP and the page's neighbourhood answer.

    python benchmarks/serve_latency.py --store .kg/store [--repeat 20]

Starts a real `kg serve` process on a free port, asks every ready question in queries/ ``--repeat``
times (JSON results, after one warm-up), and prints p50/p95 per question and over all of them
(issue target: p50 <= 100 ms on a 1,000-document store). Then times /api/neighbourhood (2 hops,
at most 500 nodes) for the node with the most kg: relations, which is what the page waits for
before it draws.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.query import available_queries

BUSIEST = """PREFIX kg: <https://w3id.org/newskg/ontology#>
SELECT ?n (COUNT(*) AS ?k) WHERE { ?n ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:evidence) }
GROUP BY ?n ORDER BY DESC(?k) ?n LIMIT 1"""


def _timed_get(url: str, accept: str = "application/sparql-results+json") -> tuple[float, bytes]:
    """Milliseconds and body of one GET; an HTTP error status (503: past the time limit) raises."""
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=120) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile("w+") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", str(args.store), "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            for _ in range(300):
                try:
                    _timed_get(base + "/queries")
                    break
                except OSError:
                    time.sleep(0.2)
            every: list[float] = []
            print(f"{'question':34} {'p50 ms':>8} {'p95 ms':>8}")
            for name in available_queries():
                try:
                    _timed_get(f"{base}/queries/{name}")
                except urllib.error.HTTPError as exc:
                    print(f"{name:34} answered {exc.code}: {exc.read().decode().strip()}")
                    continue
                times = [_timed_get(f"{base}/queries/{name}")[0] for _ in range(args.repeat)]
                every += times
                print(f"{name:34} {statistics.median(times):8.1f} {_p(times, 0.95):8.1f}")
            print(f"{'all ready questions':34} {statistics.median(every):8.1f} {_p(every, 0.95):8.1f}")
            _, body = _timed_get(f"{base}/sparql?{urllib.parse.urlencode({'query': BUSIEST})}")
            bindings = json.loads(body)["results"]["bindings"]
            if bindings:
                iri = bindings[0]["n"]["value"]
                url = f"{base}/api/neighbourhood?{urllib.parse.urlencode({'iri': iri, 'hops': 2, 'limit': 500})}"
                ms, hood = _timed_get(url, "application/json")
                nodes = len(json.loads(hood)["nodes"])
                print(f"neighbourhood of {iri}: {nodes} nodes in {ms:.0f} ms")
        finally:
            server.terminate()
            server.wait(timeout=20)


if __name__ == "__main__":
    main()
