"""A real `kg serve` process for the serving benchmarks: start it on a free port, wait, stop it.

Shared by serve_latency.py and page_draw.py so that both time the server a user runs (worker
processes, HTTP, JSON), not a function call. On a shared machine wall time depends on what else
runs, so the server's own CPU time (its process and its query workers, from /proc) is offered
too: what a request costs, and about what it takes on an idle machine.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Server", "select", "served", "timed_get"]


@dataclass(frozen=True)
class Server:
    """A running `kg serve`: its base URL and process id."""

    base: str
    pid: int

    def cpu_seconds(self) -> float:
        """CPU time (user + system) used so far by the server and its worker processes (Linux /proc)."""
        parents: dict[int, int] = {}
        ticks: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:  # the process ended meanwhile
                continue
            fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (name) "
            pid = int(entry.name)
            parents[pid], ticks[pid] = int(fields[1]), int(fields[11]) + int(fields[12])
        tree, grew = {self.pid}, True
        while grew:
            more = {pid for pid, parent in parents.items() if parent in tree} - tree
            tree |= more
            grew = bool(more)
        return sum(ticks.get(pid, 0) for pid in tree) / os.sysconf("SC_CLK_TCK")


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
def served(store: Path, *extra: str) -> Iterator[Server]:
    """`kg serve --store STORE` on a free port of 127.0.0.1 while the block runs."""
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
            yield Server(base, server.pid)
        finally:
            server.terminate()
            server.wait(timeout=20)
