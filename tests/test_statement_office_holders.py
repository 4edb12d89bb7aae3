"""Statements of an office's holder, in the wordings the newest blind sets showed failing:

* a statement headed by an office with a qualifier ("Statement by the Military Governor of X") is
  the words of the person the body names as that office's holder, though "military" is a body's word;
* its points opened by ordinal adverbs ("First, …", "Secondly, …") are key sentences, like "1. …";
* a quote the statement's own "I" or "we" says ("“…,” I declare") is its speaker's;
* a transcript label in capitals naming an office and then its holder ("MINISTER JO ROE LIND:",
  "COMMISSIONER JO ROE, DIRECTOR OF X:") names that person in full.

Every name here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.entities import find_entities
from kg.extract.voiced import find_voice
from kg.model import Article

PUBLISHED = date(2026, 3, 2)

BODY = (
    "I, Major-General Oskar Vellemaa Turo, {office} of the Province of Orvenna, inform the people of"
    " these decisions, taken after the raid on the village of Tesk.\n\n"
    "{first} nobody may be out of doors in Brannoch between 9 p.m. and 6 a.m. until further notice.\n\n"
    "{second} the provincial guard has sent two companies to Tesk, which now patrol its roads.\n\n"
    '"Those who burn our villages will be found," {speaks} to the families of the victims.\n\n'
    "The district officer and the harbour master are charged with the implementation of this decision.\n\n"
    "Oskar Vellemaa Turo\n{office} of Orvenna"
)


def _article(office: str, first: str, second: str, speaks: str) -> Article:
    head = f"Statement by the {office} of Orvenna on the curfew in Brannoch\n\nBrannoch, 2 March 2026\n\n"
    text = head + BODY.format(office=office, first=first, second=second, speaks=speaks)
    return Article("t", text, "test", published=PUBLISHED)


@pytest.mark.parametrize("office", ["Military Governor", "Acting Military Governor"])
def test_qualified_office_is_its_named_holders(nlp: Language, office: str) -> None:
    article = _article(office, "First,", "Second,", "I declare")
    doc = nlp(article.text)
    voice = find_voice(doc, article, find_entities(doc, article))
    assert voice is not None
    assert voice.speaker.name == "Oskar Vellemaa Turo"


@pytest.mark.parametrize(
    ("first", "second", "speaks"),
    [("First,", "Second,", "I declare"), ("Firstly,", "Secondly,", "we say")],
)
def test_ordinal_points_and_first_person_quotes_are_the_holders(
    nlp: Language, first: str, second: str, speaks: str
) -> None:
    article = _article("Military Governor", first, second, speaks)
    x = extract(nlp(article.text), article)
    said = [s.quote for s in x.statements if s.speaker == "person/oskar-vellemaa-turo"]
    assert any(q.startswith(f"{first} nobody may be out of doors") for q in said)
    assert any(q.startswith(f"{second} the provincial guard") for q in said)
    assert any("Those who burn our villages will be found" in q for q in said)


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("MINISTER ADAM HALVIC KALUSA", "Adam Halvic Kalusa"),
        ("COMMISSIONER GENERAL ADAM ONDREJKA PELL, DIRECTOR OF THE COASTAL POLICE", "Adam Ondrejka Pell"),
    ],
)
def test_office_label_in_capitals_names_its_holder(nlp: Language, label: str, name: str) -> None:
    text = (
        "Interview transcript: the coast and the harbours\n\n"
        "HOST: Thank you for joining us. How many boats were stopped?\n\n"
        f"{label}: Between 1 January and 28 February the coast guard stopped 41 boats off Sorrel Basin."
        " That is twice as many as last year, and it is deliberate.\n\n"
        "HOST: Will there be more patrols?\n"
    )
    article = Article("t", text, "test", published=PUBLISHED)
    x = extract(nlp(text), article)
    names = {e.key: e.name for e in x.entities}
    speakers = {names.get(s.speaker, "").title() for s in x.statements if "41 boats" in s.quote}
    assert speakers == {name}
