"""A force's unit named by number and kind alone ("the 2nd Signal Battalion") is keyed and placed by
the state of the force it serves: two states' units of one name are two nodes, each part of its
own state, and a unit is never placed in the other state a text names."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.publisher_state import keep_publisher
from kg.extract.relations import find_relations
from kg.model import Article
from kg.pipeline import build
from kg.rdf.iri import DEFAULT_BASE
from kg.store import KGStore


def _parts(nlp: Language, text: str, publisher: str | None = None) -> tuple[set[str], set[tuple[str, str]]]:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    keep_publisher(doc, publisher)
    entities = find_entities(doc, article)
    parts = {(r.subject, r.object) for r in find_relations(doc, article, entities) if r.predicate == "partOf"}
    return {e.key for e in entities}, parts


@pytest.mark.parametrize(
    ("text", "publisher", "unit", "state", "other"),
    [
        (  # the force's possessive opens the unit's name; the other side's army is named too
            "Soldiers of the Portuguese Army's 3rd Engineer Battalion rebuilt the footbridge at Valmorte on "
            "Saturday, a spokesman said, while the Spanish Army kept its own patrols on the far bank.",
            None,
            "agency/3rd-engineer-battalion-portugal",
            "state/PT",
            "state/ES",
        ),
        (  # a force's own release, which names the neighbour's army as its counterpart
            "The 7th Mountain Regiment will take over the patrols of the Quelven pass from Monday. Its officers "
            "met their counterparts of the Argentine Army on Friday to agree on the new schedule for Argentina "
            "and Chile.",
            "Chilean Army, Press Office",
            "agency/7th-mountain-regiment-chile",
            "state/CL",
            "state/AR",
        ),
    ],
)
def test_relations_generic_unit_takes_its_forces_state(
    nlp: Language, text: str, publisher: str | None, unit: str, state: str, other: str
) -> None:
    """The unit's key names its force's state; it is part of that state and never of the other."""
    keys, parts = _parts(nlp, text, publisher)
    assert unit in keys, keys
    assert (unit, state) in parts, parts
    assert not any(s == unit and o == other for s, o in parts), parts
    assert not any(s == unit and o.startswith("agency/army-" + other[6:].lower()) for s, o in parts), parts


#: Two invented releases of two states' forces, naming a unit of the same generic name.
_RELEASES = {
    "north": (
        "Norwegian Army",
        "The 2nd Signal Battalion set up a radio relay at Korvik on Tuesday, the Norwegian Army said. The "
        "battalion will stay in Norway's north until the end of the exercise.",
    ),
    "south": (
        "Portuguese Army",
        "Engineers from the 2nd Signal Battalion restored the telephone lines to Tavira after the storm, "
        "the Portuguese Army said on Thursday. Portugal's civil protection agency thanked the soldiers.",
    ),
}


def test_resolve_same_generic_unit_in_two_states_stays_two_nodes(tmp_path: Path) -> None:
    """Built together, the two states' units are two nodes, each part of one state only."""
    lines = []
    for name, (publisher, text) in _RELEASES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        lines.append(f'{{"id": "{name}", "path": "{name}.txt", "publisher": "{publisher}"}}')
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = KGStore(tmp_path / "store")
    report = build([manifest], store)
    assert report.validation is not None and report.validation.conforms, report.validation
    rows = store.query(
        """SELECT DISTINCT ?u ?s WHERE { ?u skos:altLabel|rdfs:label "2nd Signal Battalion" ; kg:partOf ?s .
        ?s a kg:State }"""
    )
    placed = sorted((r["u"].value.removeprefix(DEFAULT_BASE), r["s"].value.removeprefix(DEFAULT_BASE)) for r in rows)  # type: ignore[union-attr]
    assert [s for _, s in placed] == ["state/NO", "state/PT"], placed
    assert len({u for u, _ in placed}) == 2, placed
