"""Names of units of security bodies and bodies named "X of Y", read whole (invented sentences).

The gazetteer's pattern for "Border Guard" or "Police" stops at the body's words, and a title
word opening a name was cut as if it were a person's title; the unit's head ("Division",
"Department", "District") and the rank-like word opening a body's name ("General Directorate
of ...") are part of the name.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers of the Tarvel Border Guard Division detained 14 people near the river.",
            "Tarvel Border Guard Division",
        ),
        ("The Ostravik Police Department said 30 suspects were held overnight.", "Ostravik Police Department"),
        ("The Kessola Border Guard District reported 40 arrivals over the weekend.", "Kessola Border Guard District"),
    ],
)
def test_entities_unit_names_keep_the_units_head(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Agency"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The General Directorate of Migration deported 200 people on Friday.", "General Directorate of Migration"),
        (
            "The General Directorate of Civil Aviation closed the airport for two days.",
            "General Directorate of Civil Aviation",
        ),
    ],
)
def test_entities_unit_names_keep_a_title_word_opening_a_bodys_name(nlp: Language, text: str, name: str) -> None:
    assert kg_entity_types(nlp, text).get(name) == "Agency"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The rescue was led by the commander of the 6th District Border Guard Headquarters, the agency said.",
            "6th District Border Guard Headquarters",
        ),
        (
            "Two boats from the 8th District Coast Guard Headquarters joined the search.",
            "8th District Coast Guard Headquarters",
        ),
        (
            "Reservists will report to the barracks of the 3rd Armoured Brigade in Ravelo and the 4th in Tessane.",
            "3rd Armoured Brigade",
        ),
    ],
)
def test_entities_units_an_ordinal_in_figures_numbers_the_unit(nlp: Language, text: str, name: str) -> None:
    """ "the 3rd Armoured Brigade" and "the 4th" are two units: the ordinal the NER tags apart, and
    the unit's head the body's pattern stops before, are the name's."""
    types = kg_entity_types(nlp, text)
    assert types.get(name) == "Agency", types
