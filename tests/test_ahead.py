"""The next batch parsed on a thread while this one is extracted (kg.ahead): same graph, same order.

The unit tests drive :func:`kg.ahead.ahead` with plain functions: results in input order, the
next item's task started before the caller is done with this one, none while an item that forks
is handled, a failing task raised where its result would be, the thread gone when the caller
stops early. The build tests compare a one-process build with the thread against one without
(one core allowed), with small batches so that a few invented documents take many batches.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.ahead
import kg.pipeline
from kg.ahead import ahead
from kg.store import KGStore


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.ahead, "allowed_cores", lambda: 2)


def test_ahead_gives_every_result_in_input_order(two_cores: None) -> None:
    assert list(ahead(iter(range(7)), lambda n: n * n, alone=lambda n: False)) == [(n, n * n) for n in range(7)]
    assert list(ahead(iter([]), lambda n: n, alone=lambda n: False)) == []


def test_ahead_starts_the_next_task_while_the_caller_works(two_cores: None) -> None:
    started = {n: threading.Event() for n in range(3)}

    def task(n: int) -> str:
        started[n].set()
        return threading.current_thread().name

    for n, thread in ahead(iter(range(3)), task, alone=lambda n: False):
        assert thread.startswith("kg-ahead")
        if n < 2:  # the caller has not asked for n + 1 yet, and its task runs already
            assert started[n + 1].wait(timeout=30)


def test_ahead_runs_nothing_beside_an_item_that_forks(two_cores: None) -> None:
    log: list[str] = []

    def task(n: int) -> int:
        log.append(f"task {n}")
        return n

    for n, _ in ahead(iter(range(4)), task, alone=lambda n: n == 1):
        if n == 1:
            time.sleep(0.3)  # time enough for the thread to start item 2's task, were it allowed to
            assert "task 2" not in log
        log.append(f"handled {n}")
    assert log.index("task 2") > log.index("handled 1")
    assert sorted(log) == sorted([f"task {n}" for n in range(4)] + [f"handled {n}" for n in range(4)])


def test_ahead_raises_a_failed_task_where_its_result_would_be(two_cores: None) -> None:
    def task(n: int) -> int:
        if n == 2:
            raise ValueError("no parse for item 2")
        return n

    got = []
    with pytest.raises(ValueError, match="item 2"):
        for n, _ in ahead(iter(range(5)), task, alone=lambda n: False):
            got.append(n)
    assert got == [0, 1]


def test_ahead_leaves_no_thread_when_the_caller_stops_early(two_cores: None) -> None:
    def items() -> Iterator[int]:
        yield from range(100)

    results = ahead(items(), lambda n: n, alone=lambda n: False)
    assert next(results) == (0, 0)
    results.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("kg-ahead")]


def test_ahead_on_one_core_runs_each_task_in_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.ahead, "allowed_cores", lambda: 1)
    here = threading.current_thread().name
    assert [name for _, name in ahead(iter(range(3)), lambda _: threading.current_thread().name, lambda _: False)] == [
        here
    ] * 3


_LINES = [
    "Foreign Minister Ottilie Brackwater of Peru said on Monday that the crossing at Tessaro would reopen.",
    "About 4,170 people crossed into Norway from Kenya last week, officials in the capital said.",
    "Kenya closed its border with Austria on Friday, Interior Minister Ruel Ostrander told reporters.",
    "“Talks with Chile went well,” Prime Minister Zelda Harrowgate said after the meeting.",
    "The ferry from Varnholm to Quelby carried 612 passengers on Tuesday, the port authority said.",
    "Austria recalled its envoy to Vietnam on Sunday after a dispute over fishing rights.",
    "Defence Minister Casimir Ullendorf of Chile visited troops near the border on Wednesday.",
]
_TEXTS = {f"ahead-{i}": text for i, text in enumerate(_LINES)}


def _manifest(tmp_path: Path, texts: dict[str, str]) -> Path:
    path = tmp_path / "m.jsonl"
    rows = [{"id": name, "text": t, "published": "2031-04-02"} for name, t in texts.items()]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _build(manifest: Path) -> tuple[list[str], list[str]]:
    store = KGStore()
    report = kg.pipeline.build([manifest], store)
    return sorted(map(str, store.quads())), sorted(str(s) for s in report.skipped)


def test_build_with_the_parse_thread_gives_the_one_thread_graph(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = _manifest(tmp_path, _TEXTS)
    monkeypatch.setattr(kg.pipeline, "BATCH", 2)  # four batches: three parsed ahead
    monkeypatch.setattr(kg.ahead, "allowed_cores", lambda: 1)
    alone, skipped = _build(manifest)
    assert len(alone) > 100 and not skipped
    monkeypatch.setattr(kg.ahead, "allowed_cores", lambda: 2)
    assert _build(manifest) == (alone, [])


def test_build_a_text_whose_parse_fails_on_the_thread_loses_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = "Ottilie Brackwater spoke of the Tessaro crossing in a statement that no parser will read."
    manifest = _manifest(tmp_path, {**dict(list(_TEXTS.items())[:3]), "ahead-bad": bad, **_TEXTS})
    parse = kg.pipeline._parse
    threads: set[str] = set()

    def failing(nlp: object, texts: list[str]) -> object:
        threads.add(threading.current_thread().name)
        if bad in texts:
            raise RuntimeError("the parser gave up")
        return parse(nlp, texts)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.pipeline, "BATCH", 2)
    monkeypatch.setattr(kg.ahead, "allowed_cores", lambda: 2)
    monkeypatch.setattr(kg.pipeline, "_parse", failing)
    quads, skipped = _build(manifest)
    assert any(name.startswith("kg-ahead") for name in threads)
    assert len(skipped) == 1 and "RuntimeError: the parser gave up" in skipped[0]
    monkeypatch.setattr(kg.pipeline, "_parse", parse)
    assert quads == _build(_manifest(tmp_path, _TEXTS))[0]


def test_statistical_parse_leaves_the_kg_components_in_place() -> None:
    """The thread parses while the caller annotates: the parse must not hide the kg_ components."""
    import spacy

    from kg.nlp.pipeline import add_kg_components, statistical

    nlp = add_kg_components(spacy.blank("en"))
    names = list(nlp.pipe_names)
    docs = statistical(nlp, ["Ferry halted at Quelby\nBuses run from Varnholm.", "A second text."])
    assert next(docs).text.startswith("Ferry halted")
    assert nlp.pipe_names == names and {"kg_gazetteer", "kg_retype"} <= set(names)
    assert [d.text for d in docs] == ["A second text."]
