"""Read commands open the store read-only: no file created, a non-store refused, a build beside them.

The concurrent case runs a real ``kg build`` process writing a store while the test keeps running
``kg stats`` and ``kg query`` processes on it.
"""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from typer.testing import CliRunner

from kg.checkpoints import lock_for_reading
from kg.cli import app
from kg.rdf.iri import doc_iri
from kg.store import KGStore

runner = CliRunner()

READS = [
    ["stats"],
    ["validate"],
    ["query", "documents-by-date"],
    ["explain", "Chile"],
    ["export", "-o", "{out}/graph.ttl"],
]


def _run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("readonly")
    story = folder / "note.txt"
    story.write_text("Interior Minister Talia Brennan of Chile met officials in Santiago on Friday.", encoding="utf-8")
    path = folder / "store"
    assert _run("build", story, "--store", path)[0] == 0
    return path


@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_readonly_read_commands_leave_the_store_untouched(store: Path, tmp_path: Path, command: list[str]) -> None:
    before = _listing(store)
    code, output = _run(*(a.replace("{out}", str(tmp_path)) for a in command), "--store", store)
    assert code == 0, output
    assert _listing(store) == before


def _late_note(store: KGStore) -> None:
    """Store and journal a document graph that is never resolved (a build still writing, or killed)."""
    note = Quad(
        NamedNode("urn:test:note"), NamedNode("urn:test:says"), Literal("hello"), NamedNode(doc_iri("late-note"))
    )
    store.replace_graph(doc_iri("late-note"), [note])


@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_readonly_every_read_of_an_incomplete_store_says_so(store: Path, tmp_path: Path, command: list[str]) -> None:
    """A build killed between storing a document and resolving it: every read names the document."""
    left = tmp_path / "left"
    shutil.copytree(store, left)
    writer = KGStore(left)
    _late_note(writer)
    del writer
    gc.collect()
    _, output = _run(*(a.replace("{out}", str(tmp_path)) for a in command), "--store", left)
    assert "incomplete" in output and "late-note" in output, output


def test_readonly_read_beside_a_writer_answers_from_the_last_finished_build(store: Path, tmp_path: Path) -> None:
    """While a build holds the folder, a read answers from its newest checkpoint, and says so."""
    busy = tmp_path / "busy"
    shutil.copytree(store, busy)
    _, finished = _run("query", "documents-by-date", "-f", "csv", "--store", busy)
    writer = KGStore(busy)  # holds the folder, as a running build does
    _late_note(writer)
    code, during = _run("query", "documents-by-date", "-f", "csv", "--store", busy)
    assert code == 0 and "a build is writing" in during, during
    assert "late-note" not in during and during.splitlines()[-1] == finished.splitlines()[-1]
    del writer
    gc.collect()
    _, after = _run("stats", "--store", busy)
    assert "a build is writing" not in after and "incomplete" in after and "late-note" in after, after


def test_readonly_build_waits_for_a_read_of_the_folder(store: Path, tmp_path: Path) -> None:
    """A one-shot read holds the folder: a build starting meanwhile waits for it, then runs."""
    busy = tmp_path / "busy"
    shutil.copytree(store, busy)
    story = tmp_path / "later.txt"
    story.write_text("Foreign Minister Oren Lastova of Peru arrived in Lima on Monday.", encoding="utf-8")
    reading = lock_for_reading(busy)
    assert reading is not None
    writer = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(story), "--store", str(busy)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = threading.Timer(120, reading.release)  # a regression fails the test, never hangs it
    deadline.start()
    try:
        assert writer.stderr is not None
        said = ""
        while "to finish" not in said and (line := writer.stderr.readline()):
            said += line
        assert "waiting for another process" in " ".join(said.split()), said
        assert writer.poll() is None
    finally:
        reading.release()
        deadline.cancel()
        _, errors = writer.communicate(timeout=300)
    assert writer.returncode == 0, errors
    _, output = _run("query", "documents-by-date", "-f", "csv", "--store", busy)
    assert "later" in output, output


@pytest.mark.parametrize("command", READS, ids=lambda c: c[0])
def test_readonly_folder_that_is_not_a_store_is_refused(tmp_path: Path, command: list[str]) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.txt").write_text("sun", encoding="utf-8")
    before = _listing(folder)
    code, output = _run(*(a.replace("{out}", str(tmp_path)) for a in command), "--store", folder)
    assert code == 2 and "not a newskg store" in output and "Traceback" not in output
    assert len([line for line in output.splitlines() if line.strip()]) == 1
    assert _listing(folder) == before


def test_readonly_remove_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    code, output = _run("remove", "x", "--store", tmp_path)
    assert code == 2 and "not a newskg store" in output
    assert not list(tmp_path.iterdir())


def _documents(folder: Path, count: int) -> Path:
    """Distinct invented documents: each its own minister, state and figure."""
    states = ["Chile", "Peru", "Ghana", "Nepal", "Latvia", "Kenya", "Chad", "Oman"]
    lines = []
    for i in range(count):
        state = states[i % len(states)]
        text = (
            f"About {1000 + 37 * i:,} people crossed into {state} on Monday, officials said.\n\n"
            f"Interior Minister Ines Varga{i} of {state} said: “We counted every arrival.”"
        )
        lines.append(json.dumps({"id": f"note-{i:03d}", "published": "2031-02-03", "text": text}))
    manifest = folder / "notes.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def _kg(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, check=False, timeout=300
    )


def test_readonly_reads_run_while_a_build_writes(tmp_path: Path) -> None:
    manifest = _documents(tmp_path, 64)
    store = tmp_path / "store"
    writer = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(manifest), "--store", str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reads_during_build = 0
    try:
        while writer.poll() is None:
            if (store / "CURRENT").is_file():
                for args in (["stats"], ["query", "documents-by-date", "-f", "csv"]):
                    done = _kg(*args, "--store", store)
                    assert done.returncode == 0, done.stderr
                    assert "Traceback" not in done.stderr
                reads_during_build += writer.poll() is None
            time.sleep(0.2)
    finally:
        if writer.poll() is None:
            writer.kill()
        _, errors = writer.communicate()
    assert writer.returncode == 0, errors
    assert reads_during_build > 0, "the build ended before any read could overlap it"
    done = _kg("query", "documents-by-date", "-f", "csv", "--store", store)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 65
