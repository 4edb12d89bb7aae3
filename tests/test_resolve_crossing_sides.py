"""A crossing named after both its towns in one report ("A - B crossing") and after one of them in
another ("the B crossing") is one crossing across documents; a crossing of that town's name on
another border stays apart.

Every report here is invented for the test (the towns are invented too).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.pipeline import build
from kg.rdf.iri import DEFAULT_BASE
from kg.resolve.rules import Candidate, match
from kg.store import KGStore


def _checkpoints(tmp_path: Path, texts: list[str]) -> set[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    paths = []
    for i, text in enumerate(texts):
        paths.append(folder / f"report-{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    store = KGStore(tmp_path / "store")
    build(paths, store)
    rows = store.query("SELECT DISTINCT ?c WHERE { ?c a kg:Checkpoint }")
    return {row["c"].value.removeprefix(DEFAULT_BASE) for row in rows}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Lorries queued for six hours at the Dunovce - Zarka crossing between Slovakia and Hungary on "
            "Monday, customs officers said.",
            "Hungarian police said on Wednesday that heavy lorries must avoid the Zarka crossing until "
            "the asphalt is relaid.",
        ],
        [
            "The Brenzano crossing point reopened to cars on Thursday, the Slovenian interior ministry said.",
            "Croatian border police counted close to 3,000 travellers daily in August at the Kalvaro/Brenzano "
            "crossing point between Slovenia and Croatia.",
        ],
    ],
)
def test_resolve_crossing_named_after_one_town_of_its_pair(tmp_path: Path, nlp: Language, texts: list[str]) -> None:
    assert len(_checkpoints(tmp_path, texts)) == 1


@pytest.mark.parametrize(
    ("pair", "one"),
    [("Dunovce - Zarka crossing", "Zarka crossing"), ("Kalvaro/Brenzano crossing point", "Brenzano border post")],
)
def test_resolve_crossing_sides_rule(pair: str, one: str) -> None:
    a = Candidate("a", "Checkpoint", (pair,), parents=frozenset({"SK"}))
    b = Candidate("b", "Checkpoint", (one,), parents=frozenset({"SK"}))
    found = match(a, b)
    assert found is not None and found.rule.startswith("checkpoint")
    other_border = Candidate("c", "Checkpoint", (one,), parents=frozenset({"PL"}))
    assert match(a, other_border) is None
    assert match(a, Candidate("d", "Checkpoint", ("Dunovce - Lesna crossing",))) is None
