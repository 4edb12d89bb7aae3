"""Long texts extracted across processes: the same graph, to the byte, as one process alone.

The sections of a long text go to helper processes (the default build) or to the ``--jobs``
workers; each section is extracted on its own, so the sorted N-Quads must not change. Section and
helper sizes are made small so that an invented text of a few thousand words takes these paths
quickly.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
import time
from pathlib import Path

import pytest
from conftest import MODEL
from spacy.language import Language

import kg.helpers
import kg.pipeline
import kg.sections
from kg.helpers import Helpers
from kg.model import Article
from kg.pipeline import build, extract_section
from kg.sections import sections
from kg.store import KGStore

_GIVEN = ["Ilka", "Odalys", "Mirela", "Tobin", "Saskia", "Orrin"]
_FAMILY = ["Vantrell", "Kossuthy", "Drabenko", "Ellingsby", "Marovic", "Quennell"]
_STATES = ["Chile", "Peru", "Norway", "Kenya", "Austria", "Vietnam"]
_TITLES = ["Foreign Minister", "Interior Minister", "Prime Minister"]


def _paragraph(rng: random.Random) -> str:
    person = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"
    state, other = rng.sample(_STATES, 2)
    number = rng.randint(2, 90) * 100
    return rng.choice(
        [
            f"{rng.choice(_TITLES)} {person} of {state} said on Monday: “We will open the crossing again.”",
            f"About {number:,} people crossed into {state} from {other} last week, officials said.",
            f"{state} closed its border with {other} on Friday, {person} told reporters.",
            f"“Talks with {other} went well,” {person} said after the meeting in the capital.",
        ]
    )


def _long_text(paragraphs: int) -> str:
    rng = random.Random(7)
    return "\n\n".join(_paragraph(rng) for _ in range(paragraphs)) + "\n"


@pytest.fixture
def small_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sections of 1,500 characters, and helpers from 6,000: a short text takes the long path."""
    monkeypatch.setattr(kg.sections, "SECTION_CHARS", 1_500)
    monkeypatch.setattr(kg.pipeline, "HELP_CHARS", 6_000)


def _nquads(path: Path, jobs: int = 1) -> list[str]:
    store = KGStore()
    report = build([path], store, jobs=jobs)
    assert report.built and not report.skipped, report.skipped
    return sorted(map(str, store.quads()))


def test_long_parallel_helpers_and_workers_give_the_one_process_graph(
    small_sections: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(_long_text(160), encoding="utf-8")
    assert len(sections(Article("long", path.read_text(encoding="utf-8"), "long"))) > 8
    monkeypatch.setattr(kg.helpers, "allowed_cores", lambda: 1)  # no helpers: the reference
    alone = _nquads(path)
    assert len(alone) > 500
    monkeypatch.setattr(kg.helpers, "allowed_cores", lambda: 2)
    assert _nquads(path) == alone
    assert _nquads(path, jobs=2) == alone


def test_long_parallel_helpers_take_sections_and_keep_their_order(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _long_text(60)
    parts = [a for _, a in sections(Article("long", text, "long"), 1_500)]
    alone = [extract_section(nlp, a)[0] for a in parts]
    helpers = Helpers(nlp, MODEL, extract_section, cores=2)
    calls = []

    def lagging(article: Article) -> tuple:  # type: ignore[type-arg]
        """On the first run, this process waits (a minute at most) until the helper has claimed an item."""
        calls.append(article)
        deadline = time.monotonic() + 60
        while helpers._claims[0] == 1 and helpers._claims[1] <= len(calls) and time.monotonic() < deadline:
            time.sleep(0.05)
        return extract_section(nlp, article)

    monkeypatch.setattr(helpers, "_here", lagging)
    try:
        shared = helpers(parts)
        again = helpers(parts[:3])  # a second run, the helper already up
    finally:
        helpers.close()
    assert helpers.helped > 0
    assert [x for x, _ in shared] == alone
    assert [x for x, _ in again] == alone[:3]


def _where_and_what(nlp: Language, item: int) -> tuple[int, int, object]:
    """A task that says which process ran it and what ``nlp`` it was given; slow in the starting process."""
    if os.getpid() == _STARTER:
        time.sleep(0.2)  # leaves items to the helper
    return item, os.getpid(), getattr(nlp, "_kg_marker", None)


_STARTER = 0  # the process that starts the helpers, set by the test


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this system")
def test_long_parallel_helpers_are_forks_that_start_with_the_loaded_model_and_warm_item(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper needs no model load of its own: it is this process, forked after the warm-up item ran here."""
    monkeypatch.setattr(nlp, "_kg_marker", "loaded here", raising=False)
    monkeypatch.setattr(sys.modules[__name__], "_STARTER", os.getpid())
    warmed: list[list[int]] = []

    def warm(items: list[int]) -> int:
        warmed.append(items)
        return -1

    helpers = Helpers(nlp, MODEL, _where_and_what, cores=2, warm=warm)
    try:
        done = helpers(list(range(12)))
    finally:
        helpers.close()
    assert warmed == [list(range(12))]
    assert [item for item, _, _ in done] == list(range(12))
    elsewhere = [what for _, pid, what in done if pid != os.getpid()]
    assert elsewhere and set(elsewhere) == {"loaded here"}


def test_long_parallel_one_item_starts_no_helper(nlp: Language) -> None:
    helpers = Helpers(nlp, MODEL, extract_section, cores=4)
    ((extraction, _),) = helpers([Article("short", _long_text(3), "short")])
    assert extraction.entities and helpers._pool is None
