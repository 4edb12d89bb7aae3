"""A real `kg serve` process for the serving benchmarks: start it on a free port, wait, stop it.

Shared by serve_latency.py and page_draw.py so that both time the server a user runs (worker
processes, HTTP, JSON), not a function call.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["select", "served", "timed_get"]


def timed_get(url: str, accept: str = "application/sparql-results+json") -> tuple[float, bytes]:
    """Milliseconds and body of one GET; an HTTP error status (503: past the time limit) raises."""
    started = time.perf_counter()
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=120) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body


def select(base: str, query: str) -> list[dict[str, str]]:
    """Rows of a SELECT asked at ``base``/sparql, as plain values."""
    _, body = timed_get(f"{base}/sparql?{urllib.parse.urlencode({'query': query})}")
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


@contextmanager
def served(store: Path, *extra: str) -> Iterator[str]:
    """`kg serve --store STORE` on a free port of 127.0.0.1 while the block runs; yields its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *extra]
    with tempfile.TemporaryFile("w+") as log:  # a file, not a pipe: a full pipe would block the server
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            for _ in range(300):
                try:
                    timed_get(base + "/queries")
                    break
                except OSError:
                    if server.poll() is not None:
                        log.seek(0)
                        raise RuntimeError(f"kg serve stopped: {log.read()}") from None
                    time.sleep(0.2)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=20)
