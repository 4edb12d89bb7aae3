"""A demonym two states share ("Congolese", "Dominican") reads as the state the text names.

The gazetteer gives such a word one state; a text that names exactly one of the states sharing it
means that one, with the longer name read first ("Republic of the Congo" inside "Democratic
Republic of the Congo"). A text naming none or both keeps the gazetteer's reading.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.lexicon.gazetteer import state_for_demonym
from kg.lexicon.shared_demonyms import choose, reading
from kg.model import Article


def _part_of(nlp: Language, text: str) -> set[tuple[str, str]]:
    found = extract(nlp(text), Article("t", text, "test"))
    return {(r.subject, r.object) for r in found.relations if r.predicate == "partOf"}


@pytest.mark.parametrize(
    ("text", "agency", "state"),
    [
        (
            "The Congolese army said on Friday it had retaken Yembalo, a town in eastern DR Congo.",
            "agency/army-democratic-republic-of-congo",
            "state/CD",
        ),
        (
            "Fighting spread near Tessoruvi in the Democratic Republic of Congo, the Congolese foreign "
            "ministry said on Monday.",
            "agency/foreign-ministry-democratic-republic-of-congo",
            "state/CD",
        ),
        (
            "The Dominican coast guard said on Monday it had found the drifting boat off Dominica.",
            "agency/coast-guard-dominica",
            "state/DM",
        ),
        (
            "Storms hit Dominica on Sunday, and the Dominican health ministry said two people had died.",
            "agency/health-ministry-dominica",
            "state/DM",
        ),
    ],
)
def test_agency_of_the_state_the_text_names(nlp: Language, text: str, agency: str, state: str) -> None:
    assert (agency, state) in _part_of(nlp, text)


def test_both_named_keep_the_gazetteer_reading(nlp: Language) -> None:
    text = (
        "The Congolese army said it had retaken Yembalo in the Republic of Congo, near the "
        "Democratic Republic of Congo."
    )
    assert ("agency/army-republic-of-congo", "state/CG") in _part_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops left the Democratic Republic of Congo.", {"congolese": "CD"}),  # the shorter name inside
        ("Rebels crossed from the Republic of the Congo.", {"congolese": "CG"}),
        ("Aid reached Guinea-Bissau.", {"guinean": "GW", "guineans": "GW"}),
        ("Aid reached Guinea and Guinea-Bissau.", {}),  # both: the gazetteer's reading stands
        ("Talks in Papua New Guinea ended.", {}),  # "Guinea" inside another state's name
        ("Boats sailed up the Congo.", {}),  # either Congo
        ("Farmers kept guinea fowl.", {}),  # no name without a capital
    ],
)
def test_choice_from_the_names_in_the_text(text: str, expected: dict[str, str]) -> None:
    assert choose(text) == expected


def test_reading_holds_only_inside_its_block() -> None:
    with reading(choose("Floods hit Dominica.")):
        assert state_for_demonym("Dominicans") == "state/DM"
    assert state_for_demonym("Dominicans") == "state/DO"
