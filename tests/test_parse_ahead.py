"""A one-process build that parses ahead in a forked second process: the same graph, to the byte.

The child parses batches and sends the Docs back as bytes; the build must give the sorted N-Quads
of a build that parses everything itself, and of a ``--jobs 2`` build, even when the child fails
on a batch (its texts are parsed here one by one) or dies (every later batch is parsed here).
Documents are invented, and the batch size is made small so that a few of them make many batches.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
from pathlib import Path

import pytest
from spacy.language import Language

import kg.parse_ahead
import kg.pipeline
from kg.pipeline import build
from kg.store import KGStore

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="parse-ahead needs fork")

_GIVEN = ["Maelis", "Corvin", "Ysolde", "Idunn", "Anouk", "Teodor"]
_FAMILY = ["Rastrelli", "Okonkwe", "Vahlberg", "Szentesi", "Dunmorrow", "Palacky"]
_STATES = ["Uruguay", "Finland", "Ghana", "Portugal", "Mongolia", "Ecuador"]
_TOWNS = ["Kelmora", "Santo Brevial", "Hallgrund", "Ostravik"]


def _document(rng: random.Random, marker: str = "") -> str:
    person = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
    state, other = rng.sample(_STATES, 2)
    lines = [
        f"{marker}Interior Minister {person} of {state} said on Tuesday that the crossing at {rng.choice(_TOWNS)} "
        f"would stay shut until further notice.",
        f"Some {rng.randint(3, 60) * 100:,} people had reached {state} from {other} since March, officials said.",
        f"“We expect more arrivals before the winter,” {person} told a news conference in the capital.",
    ]
    return "\n\n".join(lines) + "\n"


def _manifest(folder: Path, count: int = 14, marked: int | None = None) -> Path:
    rng = random.Random(5)
    path = folder / "docs.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = _document(rng, "Breaking. " if i == marked else "")
            out.write(json.dumps({"id": f"pa-{i:02d}", "text": text, "published": "2031-05-02"}) + "\n")
    return path


def _nquads(manifest: Path, jobs: int = 1) -> list[str]:
    store = KGStore()
    report = build([manifest], store, jobs=jobs)
    assert report.built and not report.skipped, report.skipped
    return sorted(map(str, store.quads()))


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of 3 documents and two cores allowed: the child takes part in a build of a few."""
    monkeypatch.setattr(kg.pipeline, "BATCH", 3)
    monkeypatch.setattr(kg.parse_ahead, "allowed_cores", lambda: 2)


def test_parse_ahead_gives_the_graph_of_a_build_that_parses_itself(
    small_batches: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = _manifest(tmp_path)
    monkeypatch.setattr(kg.pipeline, "PARSE_AHEAD", False)
    alone = _nquads(manifest)
    assert len(alone) > 200
    monkeypatch.setattr(kg.pipeline, "PARSE_AHEAD", True)
    store = KGStore()
    report = build([manifest], store)
    assert sorted(map(str, store.quads())) == alone
    assert report.cpu["parse"] > 0
    assert _nquads(manifest, jobs=2) == alone


def test_parse_ahead_batches_come_from_the_child(nlp: Language) -> None:
    """The Docs a build reads were parsed in another process (its pid differs), batch after batch, in order."""
    pids: list[int] = []

    def parse(texts: list[str]) -> list:  # type: ignore[type-arg]
        pids.append(os.getpid())  # in the child: invisible here, so return the pid in the text's place
        return kg.pipeline._parse(nlp, [f"Process {os.getpid()} read this."] * len(texts))

    ahead = kg.parse_ahead.ParseAhead(nlp, parse)
    batches = [[f"text {i}.{j}" for j in range(2)] for i in range(5)]
    try:
        got = [(batch, docs()) for batch, docs in ahead.run(iter(batches), list) if docs is not None]
    finally:
        ahead.close()
    assert [batch for batch, _ in got] == batches
    readers = {doc.text.split()[1] for _, docs in got for doc in docs}
    assert len(readers) == 1 and readers != {str(os.getpid())}
    assert not pids  # the parse ran in the child, never here
    assert ahead.cpu > 0


def _fail_in_child(marker: str, how: str) -> object:
    """A parse that, in a forked child only, raises on (or dies at) the batch holding ``marker``."""
    parent = os.getpid()
    real = kg.pipeline._parse

    def parse(nlp: object, texts: list[str]) -> list:  # type: ignore[type-arg]
        if os.getpid() != parent and any(marker in t for t in texts):
            if how == "die":
                os._exit(3)
            raise ValueError("a text this parse cannot take")
        return real(nlp, texts)  # type: ignore[arg-type]

    return parse


@pytest.mark.parametrize("how", ["raise", "die"])
def test_parse_ahead_a_failing_or_dying_child_leaves_the_graph_as_it_is(
    small_batches: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    manifest = _manifest(tmp_path, marked=4)
    monkeypatch.setattr(kg.pipeline, "PARSE_AHEAD", False)
    alone = _nquads(manifest)
    monkeypatch.setattr(kg.pipeline, "PARSE_AHEAD", True)
    monkeypatch.setattr(kg.pipeline, "_parse", _fail_in_child("Breaking.", how))
    assert _nquads(manifest) == alone
    assert not [p for p in multiprocessing.active_children() if p.daemon]  # no child left behind


def test_parse_ahead_only_where_a_process_may_be_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.parse_ahead, "allowed_cores", lambda: 1)
    assert not kg.parse_ahead.can_parse_ahead()
    monkeypatch.setattr(kg.parse_ahead, "allowed_cores", lambda: 2)
    assert kg.parse_ahead.can_parse_ahead()
