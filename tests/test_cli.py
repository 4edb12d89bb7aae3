"""The CLI: every command has help and a README entry; exit codes; one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


def _commands() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)  # type: ignore[union-attr]


@pytest.mark.parametrize("command", _commands())
def test_cli_every_command_has_help_and_a_readme_entry(command: str) -> None:
    code, output = _run(command, "--help")
    assert code == 0 and "Usage" in output
    assert f"kg {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_cli_python_dash_m_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "build" in done.stdout


def test_cli_build_validate_query_export(tmp_path: Path, examples_manifest: Path) -> None:
    store = tmp_path / "store"
    code, _ = _run("build", examples_manifest, "--store", store)
    assert code == 0
    assert _run("validate", "--store", store)[0] == 0
    code, output = _run("query", "people-positions", "--store", store, "--format", "json")
    assert code == 0 and isinstance(json.loads(output), list)
    code, output = _run("query", "documents-by-date", "--store", store, "--format", "csv")
    assert code == 0 and output.splitlines()[0].startswith("issued,doc,")
    assert len(output.splitlines()) == 6
    for suffix in ("ttl", "trig", "nq", "jsonld"):
        target = tmp_path / f"graph.{suffix}"
        assert _run("export", "--store", store, "-o", target)[0] == 0
        assert target.stat().st_size > 0
    assert _run("export", "--store", store, "-o", tmp_path / "graph.gexf")[0] == 0
    assert (tmp_path / "graph.gexf").read_bytes().startswith(b"<?xml")
    assert _run("export", "--store", store, "-o", tmp_path / "tables.csv")[0] == 0
    assert (tmp_path / "tables.nodes.csv").is_file() and (tmp_path / "tables.edges.csv").is_file()
    assert _run("stats", tmp_path / "graph.ttl")[0] == 0
    code, output = _run("remove", "chile-referendum", "--store", store)
    assert code == 0
    code, output = _run("query", "documents-by-date", "--store", store, "--format", "csv")
    assert "chile-referendum" not in output and len(output.splitlines()) == 5


def test_cli_validate_reports_violations_with_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/newskg/ontology#> .\n"
        '<https://w3id.org/newskg/id/event/x> a kg:BorderCrossing ; kg:count "many" .\n',
        encoding="utf-8",
    )
    code, output = _run("validate", bad)
    assert (code == 1 and "BorderCrossing" in output) or "count" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "no/such/file.txt", "-o", "x.ttl"], "no/such/file.txt: no such file or folder"),
        (["build", "{tmp}/empty", "-o", "x.ttl"], "folder holds no .txt files"),
        (["build", "{tmp}/story.txt", "--model", "xx_no_such_model", "-o", "x.ttl"], "xx_no_such_model"),
        (["build", "{tmp}/story.txt", "-o", "{tmp}/graph.xyz"], "unknown RDF format"),
        (["build", "{tmp}/story.txt", "-o", "/proc/forbidden/graph.ttl"], "cannot write"),
        (["build", "{tmp}/story.txt", "--published", "last tuesday", "-o", "x.ttl"], "not an ISO date"),
        (["validate", "{tmp}/broken.ttl"], "not readable as RDF"),
        (["query", "no-such-question", "{tmp}/ok.ttl"], "unknown query"),
        (["query", "{tmp}/bad.rq", "{tmp}/ok.ttl"], "does not parse"),
        (["stats", "--store", "{tmp}/no-store"], "no store here"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "story.txt").write_text("Chad opened its border, the UNHCR said.", encoding="utf-8")
    (tmp_path / "broken.ttl").write_text("<a> <b> .", encoding="utf-8")
    (tmp_path / "ok.ttl").write_text("<http://a> <http://b> <http://c> .", encoding="utf-8")
    (tmp_path / "bad.rq").write_text("SELECT WHERE {", encoding="utf-8")
    code, output = _run(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert code == 2, output
    assert message in output
    assert "Traceback" not in output
    assert len([line for line in output.splitlines() if line.strip()]) == 1


def test_cli_partial_build_reports_skips_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Latvia closed its border with Russia, the police said.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "graph.ttl"
    code, output = _run("build", tmp_path, "-o", out)
    assert code == 1
    assert f"skipped {tmp_path / 'bad.txt'}: binary file" in output
    assert "built 1 document(s)" in output and out.is_file()


def test_cli_failed_build_keeps_the_previous_output(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Chile held a referendum on Sunday.", encoding="utf-8")
    out = tmp_path / "graph.ttl"
    assert _run("build", tmp_path / "good.txt", "-o", out)[0] == 0
    before = out.read_bytes()
    assert _run("build", tmp_path / "missing.txt", "-o", out)[0] == 2
    assert out.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_cli_export_narrows_gephi_view_and_picture(tmp_path: Path, examples_store: KGStore) -> None:
    pytest.importorskip("matplotlib", reason="the viz extra (matplotlib) is not installed")
    graph = tmp_path / "graph.trig"
    examples_store.write(graph)
    code, output = _run("export", graph, "-o", tmp_path / "all.gexf")
    assert code == 0
    everything = int(output.split()[0])
    code, output = _run(
        "export", graph, "-o", tmp_path / "states.gexf", "--types", "State, Person", "--since", "2022-01-01",
        "--min-mentions", "2", "--picture", tmp_path / "states.png",
    )  # fmt: skip
    assert code == 0, output
    assert 0 < int(output.split()[0]) < everything
    text = (tmp_path / "states.gexf").read_text(encoding="utf-8")
    assert 'value="State"' in text and 'value="Settlement"' not in text and 'value="Activity"' not in text
    assert (tmp_path / "states.png").read_bytes()[:4] == b"\x89PNG"
    code, output = _run("export", graph, "-o", tmp_path / "bad.gexf", "--until", "last week")
    assert code == 2 and "--until" in output and "Traceback" not in output
    code, output = _run("export", graph, "-o", tmp_path / "states.ttl", "--types", "State")
    assert code == 2 and "--types" in output and not (tmp_path / "states.ttl").exists()
