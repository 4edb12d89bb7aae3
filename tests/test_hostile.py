"""Hostile input: markup and control characters in data, escaping manifests, odd options, SERVICE.

Every case runs the real CLI (Typer's runner) or the real pipeline and model; property-based
cases (hypothesis) feed random text through build, query, export and the console, and check that
nothing raises and every file parses.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from kg.cli import app
from kg.console import plain, table, visible
from kg.export import write_gephi
from kg.ingest import read_inputs
from kg.model import Article
from kg.pipeline import build
from kg.query import load_query, run_query, uses_service
from kg.store import KGStore
from kg.validate import validate

runner = CliRunner()


def _run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.output


def _manifest(folder: Path, *records: dict[str, object]) -> Path:
    path = folder / "manifest.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- console markup

QUOTED = (
    "Interior Minister Talia Brennan said on Monday: “The rules of [the government] stand, and [/] is no tag.”\n\n"
    "Talia Brennan added: “We will [bold]not[/bold] move.”"
)


@pytest.fixture(scope="module")
def bracket_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("brackets[x]")
    manifest = _manifest(folder, {"id": "notes[/]", "published": "2031-05-06", "text": QUOTED})
    store = folder / "store[/]"
    code, output = _run("build", manifest, "--store", store)
    assert code == 0, output
    assert f"-> {store}" in output  # a path with brackets is reported as it is
    return store


def test_hostile_query_table_shows_brackets_as_written(bracket_store: Path) -> None:
    code, output = _run("query", "statements-by-speaker", "--store", bracket_store)
    assert code == 0 and "Traceback" not in output
    flat = " ".join(output.split())
    assert "[the government]" in output and "[/]" in output and "[bold]not[/bold]" in flat
    assert "notes[/]" in output


def test_hostile_ids_and_paths_with_markup_in_errors(tmp_path: Path) -> None:
    folder = tmp_path / "[bold]in"
    folder.mkdir()
    manifest = _manifest(folder, {"id": "[/]"})
    code, output = _run("build", manifest, "-o", tmp_path / "g.ttl")
    assert code == 2 and "Traceback" not in output
    assert "'[/]'" in output and "[bold]in" in output


def test_hostile_console_spells_out_control_characters() -> None:
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=True, width=200).print(table(["q"], [["a\x1b[31mb\x07[/]"]]))
    assert "\x1b[31mb" not in buffer.getvalue() and "\\x1b[31mb\\x07[/]" in buffer.getvalue()


# ---------------------------------------------------------------------------- manifests


@pytest.mark.parametrize("escape", ["../outside.txt", "{abs}", "inner/../../outside.txt", "link.txt"])
def test_hostile_manifest_path_may_not_leave_its_folder(tmp_path: Path, escape: str) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("A private note that must not reach the graph.", encoding="utf-8")
    folder = tmp_path / "corpus"
    (folder / "inner").mkdir(parents=True)
    (folder / "link.txt").symlink_to(outside)
    path = escape.replace("{abs}", str(outside))
    items = list(read_inputs([_manifest(folder, {"id": "x", "path": path})]))
    assert len(items) == 1 and not isinstance(items[0], Article)
    assert "leaves the manifest's folder" in str(items[0]) and "--allow-outside" in str(items[0])
    allowed = list(read_inputs([folder / "manifest.jsonl"], allow_outside=True))
    assert isinstance(allowed[0], Article) and allowed[0].text.startswith("A private note")


def test_hostile_manifest_inside_paths_still_read(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Officials met on Friday.", encoding="utf-8")
    items = list(read_inputs([_manifest(tmp_path, {"id": "a", "path": "texts/./a.txt"})]))
    assert isinstance(items[0], Article)


def test_hostile_cli_outside_path_is_one_skipped_line(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    manifest = _manifest(tmp_path / "corpus", {"id": "x", "path": "/etc/passwd"})
    code, output = _run("build", manifest, "-o", tmp_path / "g.ttl")
    assert code == 2 and "leaves the manifest's folder" in output
    assert len([line for line in output.splitlines() if line.strip()]) == 1


@pytest.mark.parametrize(("value", "expected"), [(42, "42"), (7, "7")])
def test_hostile_numeric_id_is_an_id(tmp_path: Path, value: int, expected: str) -> None:
    items = list(read_inputs([_manifest(tmp_path, {"id": value, "text": "Officials met on Friday."})]))
    assert isinstance(items[0], Article) and items[0].id == expected


@pytest.mark.parametrize("value", [None, [], {"a": 1}, True, "  ", 1.5])
def test_hostile_unusable_id_says_what_it_is(tmp_path: Path, value: object) -> None:
    items = list(read_inputs([_manifest(tmp_path, {"id": value, "text": "Officials met on Friday."})]))
    assert not isinstance(items[0], Article) and '"id" must be' in str(items[0]) and "missing" not in str(items[0])


# ---------------------------------------------------------------------------- options


def test_hostile_output_folder_fails_before_the_build(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Officials met on Friday.", encoding="utf-8")
    (tmp_path / "existing.ttl").mkdir()
    for target in (f"{tmp_path}/new-folder/", str(tmp_path / "existing.ttl")):
        # an unknown model would fail the build: the folder must be reported first
        code, output = _run("build", story, "-o", target, "--model", "xx_no_such_model")
        assert code == 2 and "is a folder" in output and "xx_no_such_model" not in output
    assert not (tmp_path / "new-folder").exists()


def test_hostile_export_names_every_file_it_wrote(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "<https://w3id.org/newskg/id/person/a> a <https://w3id.org/newskg/ontology#Person> ;"
        ' <http://www.w3.org/2000/01/rdf-schema#label> "A" .\n',
        encoding="utf-8",
    )
    code, output = _run("export", graph, "-o", tmp_path / "tables.csv")
    assert code == 0
    assert f"wrote {tmp_path / 'tables.nodes.csv'}, {tmp_path / 'tables.edges.csv'}" in " ".join(output.split())
    assert not (tmp_path / "tables.csv").exists()


def test_hostile_base_without_separator_and_remove_explain_follow_the_store(tmp_path: Path) -> None:
    story = tmp_path / "note.txt"
    story.write_text("Interior Minister Talia Brennan of Chile met officials on Friday.", encoding="utf-8")
    store = tmp_path / "store"
    assert _run("build", story, "--store", store, "--base", "https://example.org/news")[0] == 0
    graphs = KGStore(store, read_only=True).graphs()
    assert "https://example.org/news/doc/note" in graphs
    code, output = _run("explain", "person/talia-brennan", "--store", store)
    assert code == 0 and "<https://example.org/news/person/talia-brennan>" in output
    code, output = _run("remove", "note", "--store", store)
    assert code == 0, output
    assert not [g for g in KGStore(store, read_only=True).graphs() if "/doc/" in g]


@pytest.mark.parametrize("base", ["not an iri", "https://example.org/a b/"])
def test_hostile_bad_base_is_one_line(tmp_path: Path, base: str) -> None:
    story = tmp_path / "note.txt"
    story.write_text("Officials met on Friday.", encoding="utf-8")
    code, output = _run("build", story, "-o", tmp_path / "g.ttl", "--base", base)
    assert code == 2 and "not an absolute IRI" in output


# ---------------------------------------------------------------------------- SERVICE


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o SERVICE ?endpoint { ?s ?q ?r } }",
    ],
)
def test_hostile_service_is_refused_unless_allowed(tmp_path: Path, sparql: str) -> None:
    query = tmp_path / "remote.rq"
    query.write_text(sparql, encoding="utf-8")
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://a> <http://b> <http://c> .\n", encoding="utf-8")
    code, output = _run("query", query, graph)
    assert code == 2 and "--allow-service" in output
    code, output = _run("query", query, graph, "--allow-service")
    assert "Traceback" not in output and "--allow-service" not in output


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT ?service WHERE { ?service a <https://schema.org/Service> }",
        'SELECT * { ?s ?p "SERVICE <http://x> {}" } # SERVICE <http://x>',
        "PREFIX service: <http://s/> SELECT * { ?s service:x ?o }",
    ],
)
def test_hostile_service_as_a_word_is_not_a_clause(sparql: str) -> None:
    assert not uses_service(sparql)


# ---------------------------------------------------------------------------- property-based

WORDS = st.sampled_from(
    ["Minister", "said", "the", "border", "crossed", "people", "Ana Ruiz", "Chile", "Peru", "on Monday", "[/]",
     "[bold]", "[the government]", "“", "”", "\"", "'", "«", "»", "\n", "\n\n", ".", ",", "12,000", ":"]
)  # fmt: skip
HOSTILE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from("\x00\x01\x07\x1b\x7f[]/\\"),
    max_size=40,
)
TEXTS = st.lists(WORDS | HOSTILE | st.text(alphabet="ab", min_size=3000, max_size=6000), min_size=1, max_size=30).map(
    " ".join
)


@pytest.fixture(scope="module")
def schema() -> object:
    from lxml import etree

    rng = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas" / "gexf" / "1.3" / "gexf.rng"
    if not rng.exists():
        pytest.skip(f"official GEXF schema not found at {rng}")
    return etree.RelaxNG(etree.parse(str(rng)))


@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_hostile_random_text_builds_parses_validates_and_prints(
    tmp_path_factory: pytest.TempPathFactory, schema: object, text: str
) -> None:
    from lxml import etree

    folder = tmp_path_factory.mktemp("random")
    manifest = _manifest(folder, {"id": "r[/]\x1b", "published": "2031-01-02", "text": text})
    store = KGStore()
    report = build([manifest], store)
    if not text.strip():
        return  # an empty document is skipped with a reason (tests/test_ingest.py)
    assert report.built, report.skipped
    for suffix, fmt in (("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads")):
        path = folder / f"g.{suffix}"
        store.write(path)
        rdflib.Dataset().parse(path, format=fmt)
        pyoxigraph.Store().load(path=str(path), format=pyoxigraph.RdfFormat.from_extension(suffix))
    union = store.to_rdflib()
    assert validate(union).conforms
    write_gephi(union, folder / "g.graphml", "graphml")
    nx.read_graphml(folder / "g.graphml")
    write_gephi(union, folder / "g.gexf", "gexf")
    gexf = etree.parse(str(folder / "g.gexf"))
    for name in [n for n in gexf.getroot().attrib if n.startswith("{http://www.w3.org/2001/XMLSchema-instance}")]:
        del gexf.getroot().attrib[name]  # the RELAX NG schema does not declare xsi:schemaLocation
    assert schema.validate(gexf), schema.error_log  # type: ignore[attr-defined]
    buffer = io.StringIO()
    for name in ("statements-by-speaker", "entities-by-type"):
        result = run_query(store, load_query(name))
        Console(file=buffer, force_terminal=True).print(table(result.columns, result.rows, title=name))


@settings(max_examples=60)
@given(value=HOSTILE)
def test_hostile_console_never_reads_data_as_markup(value: str) -> None:
    buffer = io.StringIO()
    Console(file=buffer, width=400, color_system=None).print(plain(value), table(["c"], [[value]]))
    assert "".join(visible(value).split()) in "".join(buffer.getvalue().split())


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HOSTILE,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(HOSTILE, inner, max_size=3),
    max_leaves=5,
)
PATHS = st.sampled_from(["../x.txt", "/etc/hostname", "a/../../x.txt", "ok.txt", "", ".", "..", "\x00"]) | HOSTILE


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=st.lists(
        st.fixed_dictionaries(
            {},
            optional={
                "id": JSON_VALUES | HOSTILE,
                "path": PATHS,
                "text": JSON_VALUES,
                "published": JSON_VALUES,
                "title": JSON_VALUES,
            },
        ),
        max_size=4,
    ),
    junk=st.lists(HOSTILE, max_size=2),
)
def test_hostile_random_manifests_never_raise_nor_leave_the_folder(
    tmp_path_factory: pytest.TempPathFactory, records: list[dict[str, object]], junk: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("manifest") / "corpus"
    folder.mkdir()
    (folder / "ok.txt").write_text("Officials met on Friday.", encoding="utf-8")
    (folder.parent / "x.txt").write_text("outside", encoding="utf-8")
    path = folder / "m.jsonl"
    lines = [json.dumps(r) for r in records] + [j.replace("\n", " ") for j in junk]
    path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    for item in read_inputs([path]):
        if isinstance(item, Article):
            assert item.text != "outside" and item.id.strip()


def test_hostile_control_characters_in_a_quote_give_well_formed_graphml(tmp_path: Path) -> None:
    text = "Interior Minister Talia Brennan of Chile said: “We close\x01 the \x1b[31mgate\x07 at dawn.”"
    manifest = _manifest(tmp_path, {"id": "ctl", "published": "2031-05-06", "text": text})
    graph = tmp_path / "g.trig"
    assert _run("build", manifest, "-o", graph)[0] == 0
    for suffix in ("graphml", "gexf"):
        code, output = _run("export", graph, "-o", tmp_path / f"g.{suffix}")
        assert code == 0, output
    read = nx.read_graphml(tmp_path / "g.graphml")
    quotes = [d.get("quote", "") for *_, d in [*read.nodes(data=True), *read.edges(data=True)]]
    assert any("close\ufffd the \ufffd[31mgate" in q for q in quotes)
    from lxml import etree

    etree.parse(str(tmp_path / "g.gexf"))
