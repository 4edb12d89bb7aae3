"""Names the NER reads as persons or bodies that the text uses as places (invented sentences).

Three classes, each in two or more wordings through the real model: a capitalised preposition of
place opening the sentence is no part of the name after it ("Near X, police ..."); where people
journey to or from is a place ("fled on foot to X", "will travel to X"); a name before "area",
"valley" or "harbour" is a place, unless it is a common noun ("the Departures area").
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Near Tolvaro, police officers stopped a van carrying nine people.", "Tolvaro"),
        ("Several families camped in the square.\n\nNear Tolvaro, police stopped a van.", "Tolvaro"),
    ],
)
def test_entities_place_guesses_opening_preposition_is_no_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert f"Near {name}" not in types, types
    assert types.get(name) == {"Settlement"}, types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hundreds of people fled on foot to Dravnitsa Gora overnight, the agency said.", "Dravnitsa Gora"),
        ("On Friday the delegation will travel to Ostrova Bel before flying home.", "Ostrova Bel"),
        ("About 300 families were evacuated to Ardessa Mala by the army.", "Ardessa Mala"),
    ],
)
def test_entities_place_guesses_where_people_journey_to_is_a_place(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Settlement"}


def test_entities_place_guesses_a_person_one_writes_to_stays_a_person(nlp: Language) -> None:
    types = linked_types(nlp, "Mr Kelvano said he would travel to Orbelet with Anna Dravnitsa.")
    assert types.get("Anna Dravnitsa") == {"Person"}, types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Floodwater covered much of the Mirelgo area, officials said.", "Mirelgo", "Region"),
        ("Police closed the roads into the Tarmoje area on Sunday.", "Tarmoje", "Region"),
        ("The boat was towed into Selvara Nuova harbour at dawn.", "Selvara Nuova", "Settlement"),
    ],
)
def test_entities_place_guesses_name_before_area_or_harbour_is_a_place(
    nlp: Language, text: str, name: str, kind: str
) -> None:
    assert linked_types(nlp, text).get(name) == {kind}


def test_entities_place_guesses_an_area_named_by_a_common_noun_is_no_place(nlp: Language) -> None:
    types = linked_types(nlp, "The new terminal will be opened in the Departures area next month.")
    assert "Region" not in types.get("Departures", set()), types


def test_entities_place_guesses_other_mentions_outvote_the_area_noun(nlp: Language) -> None:
    text = (
        "Aid reached Pellano on Monday. Water was trucked to two sites in Pellano. Most families in"
        " the Pellano area have no shelter, and more arrive in Pellano every day."
    )
    assert linked_types(nlp, text).get("Pellano") == {"Settlement"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid reached the town of Kelvano Sur on Monday. Doctors said Kelvano Sur needed more tents.", "Kelvano Sur"),
        ("Families fled to the village of Ostrova Bel, where Ostrova Bel had no clinic.", "Ostrova Bel"),
    ],
)
def test_entities_place_guesses_a_place_the_text_names_decides_its_other_mentions(
    nlp: Language, text: str, name: str
) -> None:
    assert linked_types(nlp, text).get(name) == {"Settlement"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police escorted the ferry into Vrena Marina harbour before dawn.", "Vrena Marina"),
        ("The boat was towed into Selvara Nuova harbour at dawn.", "Selvara Nuova"),
    ],
)
def test_entities_place_guesses_a_name_with_one_common_word_before_harbour(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Settlement"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The coast guard intercepted a canoe off Marrick Point early this morning.", "Marrick Point"),
        ("Patrol boats stopped two pirogues near Icavo Point, the navy said.", "Icavo Point"),
    ],
)
def test_entities_place_guesses_a_headland_named_point_is_a_place(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Place"}
