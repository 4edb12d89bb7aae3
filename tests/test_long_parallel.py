"""Long texts parsed across processes: the same graph, to the byte, as one process parsing alone.

The pieces of a long text go to helper processes (the default build) or to the ``--jobs`` workers;
each piece is parsed on its own, so the sorted N-Quads must not change. Piece and helper sizes
are made small so that an invented text of a few thousand words takes these paths quickly.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from conftest import MODEL
from spacy.language import Language

import kg.nlp.long
from kg.nlp.long import Helpers, parse_pieces, pieces
from kg.pipeline import build
from kg.store import KGStore

_GIVEN = ["Ilka", "Berend", "Mirela", "Tobin", "Saskia", "Orrin"]
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
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of 1,500 characters, and helpers from 6,000: a short text takes the long path."""
    monkeypatch.setattr(kg.nlp.long, "PIECE_CHARS", 1_500)
    monkeypatch.setattr(kg.nlp.long, "HELP_CHARS", 6_000)


def _nquads(path: Path, jobs: int = 1) -> list[str]:
    store = KGStore()
    report = build([path], store, jobs=jobs)
    assert report.built and not report.skipped, report.skipped
    return sorted(map(str, store.quads()))


def test_long_parallel_helpers_and_workers_give_the_one_process_graph(
    small_pieces: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(_long_text(160), encoding="utf-8")
    assert len(pieces(path.read_text(encoding="utf-8"), 1_500)) > 8
    monkeypatch.setattr(kg.nlp.long, "allowed_cores", lambda: 1)  # no helpers: the reference
    alone = _nquads(path)
    assert len(alone) > 500
    monkeypatch.setattr(kg.nlp.long, "allowed_cores", lambda: 2)
    assert _nquads(path) == alone
    assert _nquads(path, jobs=2) == alone


def test_long_parallel_helpers_take_pieces_and_join_them_exactly(
    small_pieces: None, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = _long_text(160)
    alone = parse_pieces(nlp, text)
    helpers = Helpers(nlp, MODEL, cores=2)
    parse_here = kg.nlp.long._parse_here
    calls = []

    def lagging(nlp: Language, parts: list[str]) -> list:  # type: ignore[type-arg]
        """On the first text, this process waits (a minute at most) until the helper has claimed a piece."""
        calls.append(parts)
        deadline = time.monotonic() + 60
        while helpers._claims[0] == 1 and helpers._claims[1] <= len(calls) and time.monotonic() < deadline:
            time.sleep(0.05)
        return parse_here(nlp, parts)

    monkeypatch.setattr(kg.nlp.long, "_parse_here", lagging)
    try:
        doc = parse_pieces(nlp, text, helpers)
        again = parse_pieces(nlp, text[: len(text) // 2], helpers)  # a second text, the helper already up
    finally:
        helpers.close()
    assert helpers.helped > 0
    assert doc.text == text and again.text == text[: len(text) // 2]
    assert doc.to_bytes(exclude=["tensor", "user_data"]) == alone.to_bytes(exclude=["tensor", "user_data"])
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.end_char, e.label_) for e in alone.ents
    ]


def test_long_parallel_short_texts_start_no_helper(nlp: Language) -> None:
    helpers = Helpers(nlp, MODEL, cores=4)
    doc = parse_pieces(nlp, _long_text(12), helpers)
    assert doc.text == _long_text(12) and helpers._pool is None
