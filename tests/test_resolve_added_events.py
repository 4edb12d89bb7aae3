"""A story reported again is resolved with the stored reports it meets, never the whole store.

Invented reports: one statement in three outlets' wordings (one ends on other punctuation, so the
merged node's labels differ and every report's is demoted), one crossing reported twice with the
same figure and once with another. Added one by one in several orders, or a few at once, the
store equals a clean build of all of them (sorted N-Quads) and no build after the first resolves
the whole store: the stored report whose event is now a member of a new one's cluster is
rewritten alone, and so is one whose label turns.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from kg.pipeline import build
from kg.store import KGStore
from kg.validate import validate

REPORTS = {
    "rail-wire": (
        "LJUBLJANA (Wire) - Slovenian Transport Minister Matej Orlovic said on Wednesday: "
        '"The night trains to Vienna will run again next month."'
    ),
    "rail-radio": (
        "Slovenia's transport minister, Matej Orlovic, told reporters on Wednesday: "
        '"The night trains to Vienna will run again next month!"'
    ),
    "rail-daily": (
        '"The night trains to Vienna will run again next month," Slovenian Transport Minister '
        "Matej Orlovic said on Wednesday."
    ),
    "pass-wire": "About 2,400 people crossed from Croatia into Slovenia on Wednesday, the Slovenian police said.",
    "pass-agency": "Slovenian police said about 2,400 people crossed into Slovenia from Croatia on Wednesday.",
    "pass-bulletin": "Some 3,100 people crossed from Croatia into Slovenia on Wednesday, Slovenian police said.",
}
NAMES = list(REPORTS)


@pytest.fixture
def reports(tmp_path: Path, nlp: Language) -> dict[str, Path]:
    out = {}
    for name, text in REPORTS.items():
        out[name] = tmp_path / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


def _nquads(store: KGStore) -> list[str]:
    return sorted(map(str, store.quads()))


def _merges(store: KGStore) -> list[tuple[str, int]]:
    """(rule, documents) of every event or statement cluster."""
    rows = store.query("""SELECT ?r (COUNT(DISTINCT ?d) AS ?n) WHERE {
        ?a a prov:Activity ; kg:mergeRule ?r ; prov:generated ?c ; prov:used ?d
        FILTER(!STRSTARTS(?r, "person") && !STRSTARTS(?r, "place")) } GROUP BY ?c ?r""")
    return sorted((r["r"].value.split(":")[0], int(r["n"].value)) for r in rows)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "batches",
    [
        [[n] for n in NAMES],
        [[NAMES[2]], [NAMES[0]], [NAMES[5]], [NAMES[1]], [NAMES[3]], [NAMES[4]]],
        [NAMES[3:], NAMES[:3]],
    ],
    ids=["one-by-one", "shuffled", "three-at-once"],
)
def test_resolve_added_events_reported_again_equal_a_clean_build(
    tmp_path: Path, reports: dict[str, Path], full_resolves: list[int], batches: list[list[str]]
) -> None:
    clean = KGStore(tmp_path / "clean")
    build(list(reports.values()), clean)
    assert _merges(clean) == [("bordercrossing", 2), ("statement", 3)]  # the other figure is kept apart
    grown = KGStore(tmp_path / "grown")
    for batch in batches:
        build([reports[n] for n in batch], grown)
    assert len(full_resolves) == 2  # the clean build and the first into the empty store
    assert _nquads(grown) == _nquads(clean)
    checked = validate(grown.to_rdflib())
    assert checked.conforms, checked.text


DAYS = ("3", "10", "17", "24")  # of March: one crossing a week at one border, the same figure each time


def _crossing(day: str, wording: int) -> dict[str, str]:
    text = (
        f"About 1,700 people crossed from Spain into Portugal on March {day}, the Portuguese border police said."
        if wording == 0
        else f"Portuguese border police said some 1,700 people entered Portugal from Spain on March {day}."
    )
    return {"id": f"weekly-{day}-{wording}", "text": text, "published": "2031-03-28"}


def test_resolve_added_events_reads_whole_only_the_stored_reports_of_overlapping_dates(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stored reports at the new one's border on other days are looked at by type and dates only."""
    import kg.resolve.added_events as added_events

    def manifest(name: str, rows: list[dict[str, str]]) -> Path:
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return path

    older, new = manifest("older", [_crossing(d, 0) for d in DAYS]), manifest("new", [_crossing("10", 1)])
    clean = KGStore(tmp_path / "clean")
    build([older, new], clean)
    grown = KGStore(tmp_path / "grown")
    build([older], grown)
    read: set[str] = set()
    original = added_events.read_events

    def recorded(*args: Any, **kwargs: Any) -> Any:
        found = original(*args, **kwargs)
        read.update(node.graph.rsplit("/", 1)[-1] for node in found.values())
        return found

    monkeypatch.setattr(added_events, "read_events", recorded)
    build([new], grown)
    assert "weekly-10-0" in read  # the same day's report is read, and merged
    assert not read & {f"weekly-{d}-0" for d in DAYS if d != "10"}
    assert _nquads(grown) == _nquads(clean)
    assert _merges(grown) == [("bordercrossing", 2)]
