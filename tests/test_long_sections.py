"""A text longer than a section: extracted section by section, as its parts would be, into one graph.

Each section of an invented long text is also extracted as a document of its own; the long text
must give the same entities, offices, events and statements as those parts, with every offset
moved to the whole text (the anchors equal the text's slices), and one node for what several
sections name.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

import kg.pipeline
import kg.sections
from kg.model import Article, DocExtraction, Entity, Event, Span
from kg.pipeline import build, extract_section
from kg.rdf.build import NIF
from kg.sections import merge, sections
from kg.store import KGStore

# Three parts of one file; each is longer than half a section, so each becomes a section.
PARTS = [
    "Interior Minister Marta Vollenby of Chile said on Monday: “We will open two more crossings.”\n\n"
    "About 4,200 people crossed into Chile from Peru on Sunday, the border service said.\n\n",
    "Peru closed its border with Bolivia on Friday, Foreign Minister Jonas Hallberg told reporters.\n\n"
    "“The talks went well,” Marta Vollenby said after the meeting in Santiago.\n\n",
    "About 4,200 people crossed into Chile from Peru on Sunday, the border service said again.\n\n"
    "Voters in Norway approved the new constitution on Sunday, with 61 percent in favour.\n",
]
SIZE = max(map(len, PARTS)) + 10


@pytest.fixture
def small_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.sections, "SECTION_CHARS", SIZE)


def _article(text: str, title: str | None = None) -> Article:
    return Article(id="file", text=text, source="file", title=title)


def test_long_sections_cut_at_paragraphs_and_join_back() -> None:
    text = "".join(PARTS)
    cut = sections(_article(text, title="A day at the border"), SIZE)
    assert [a.text for _, a in cut] == PARTS
    assert [offset for offset, _ in cut] == [0, len(PARTS[0]), len(PARTS[0]) + len(PARTS[1])]
    assert [a.title for _, a in cut] == ["A day at the border", None, None]  # the title opens the text only
    short = _article(PARTS[0])
    assert sections(short, SIZE) == [(0, short)]


def _parts_alone(nlp: Language) -> list[tuple[int, DocExtraction]]:
    out, offset = [], 0
    for part in PARTS:
        out.append((offset, extract_section(nlp, _article(part))[0]))
        offset += len(part)
    return out


def _moved(spans: tuple[Span, ...], offset: int) -> set[tuple[int, int, str]]:
    return {(s.start + offset, s.end + offset, s.text) for s in spans}


def test_long_sections_give_what_the_parts_give_at_the_right_offsets(
    nlp: Language, small_sections: None, tmp_path: Path
) -> None:
    text = "".join(PARTS)
    parts = _parts_alone(nlp)
    store = KGStore()
    path = tmp_path / "file.txt"
    path.write_text(text, encoding="utf-8")
    assert build([path], store).built == ["file"]
    whole = kg.pipeline._long_extraction(nlp, _article(text), {})
    assert {e.key for e in whole.entities} == {e.key for _, x in parts for e in x.entities}
    for e in whole.entities:
        assert _moved(e.mentions, 0) == {
            m for o, x in parts for p in x.entities if p.key == e.key for m in _moved(p.mentions, o)
        }
        assert all(text[m.start : m.end] == m.text for m in e.mentions)
    assert {(p.holder, p.title, p.post_in) for p in whole.positions} == {
        (p.holder, p.title, p.post_in) for _, x in parts for p in x.positions
    }
    assert [(s.speaker, s.quote, s.quote_span.start) for s in whole.statements] == [
        (s.speaker, s.quote, s.quote_span.start + o) for o, x in parts for s in x.statements
    ]
    assert all(text[s.quote_span.start : s.quote_span.end] == s.quote for s in whole.statements)
    assert {e.type for e in whole.events} == {e.type for _, x in parts for e in x.events}
    mentions: dict[str, dict[str, str]] = {}
    for q in store.quads():
        if q.predicate.value.startswith(NIF) and q.predicate.value != NIF + "referenceContext":
            mentions.setdefault(q.subject.value, {})[q.predicate.value[len(NIF) :]] = q.object.value
    assert len(mentions) >= len({m for e in whole.entities for m in e.mentions})
    assert all(text[int(m["beginIndex"]) : int(m["endIndex"])] == m["anchorOf"] for m in mentions.values())


def test_long_sections_one_node_for_what_several_sections_name(nlp: Language) -> None:
    text = "".join(PARTS)
    whole = merge(_article(text), _parts_alone(nlp))
    quistor = [e for e in whole.entities if e.key.endswith("marta-vollenby")]
    assert len(quistor) == 1 and {m.start < len(PARTS[0]) for m in quistor[0].mentions} == {True, False}
    chile = next(e for e in whole.entities if e.key == "state/CL")
    assert {text[m.start : m.end] for m in chile.mentions} == {"Chile"} and len(chile.mentions) >= 3
    crossings = [e for e in whole.events if e.type == "BorderCrossing" and e.count == 4200]
    assert len(crossings) == 1 and len(crossings[0].evidence) >= 2  # reported in two sections: one event


def test_long_sections_merge_keeps_the_longest_name_and_every_piece_of_evidence() -> None:
    article = _article("x" * 40)
    first = DocExtraction(
        article=_article("x" * 20),
        entities=(Entity("person/jo-roe", "Person", "Jo Roe", (Span(0, 6, "Jo Roe"),)),),
        events=(Event("Event", "talks", (Span(1, 3, "xx"),), agent=("person/jo-roe",), approximate=True),),
    )
    second = replace(
        first,
        entities=(Entity("person/jo-roe", "Person", "Jo Anne Roe", (Span(0, 11, "Jo Anne Roe"),), aliases=("Roe",)),),
        events=(Event("Event", "talks", (Span(2, 4, "xx"),), agent=("person/jo-roe",), date_text="that day"),),
    )
    merged = merge(article, [(0, first), (20, second)])
    (person,) = merged.entities
    assert person.name == "Jo Anne Roe" and person.aliases == ("Jo Roe", "Roe")
    assert [(m.start, m.end) for m in person.mentions] == [(0, 6), (20, 31)]
    (event,) = merged.events
    assert [(s.start, s.end) for s in event.evidence] == [(1, 3), (22, 24)]
    assert event.approximate and event.date_text == "that day"
    assert merge(article, [(0, first)]) == replace(first, article=article)


SURNAME_PARTS = [
    "Foreign Minister Jonas Hallberg of Norway arrived in Santiago on Monday for two days of talks.\n\n"
    "About 900 people crossed into Chile from Peru on Sunday, the border service said.\n\n",
    "“We have agreed on a new crossing point,” Hallberg said on Tuesday.\n\n"
    "Hallberg told reporters the crossing would open in May.\n\n",
]


@pytest.mark.parametrize("later", [1, 2])
def test_long_sections_a_surname_in_a_later_section_is_the_full_name(nlp: Language, later: int) -> None:
    texts = [SURNAME_PARTS[0], *[SURNAME_PARTS[1]] * later]
    parts, offset = [], 0
    for part in texts:
        parts.append((offset, extract_section(nlp, _article(part))[0]))
        offset += len(part)
    assert any(e.key == "person/hallberg" for e in parts[1][1].entities)  # alone, the section keeps the surname
    whole = merge(_article("".join(texts)), parts)
    people = [e for e in whole.entities if e.type == "Person" and "hallberg" in e.key]
    assert [e.key for e in people] == ["person/jonas-hallberg"]
    assert {m.text for m in people[0].mentions} == {"Jonas Hallberg", "Hallberg"}
    assert "Hallberg" in people[0].aliases
    assert {s.speaker for s in whole.statements} == {"person/jonas-hallberg"}
    assert len(whole.statements) == later
