"""Crossing points named by the words around them: invented sentences through the real model.

Classes: a lower-case word for what the crossing carries between the name and its kind ("the X
road crossing", "the X motorway crossing"), and a copula giving a crossing noun a name ("The
busiest border crossing was X").
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("At the Velno road crossing, the waiting time for buses reached 11 hours on Sunday.", "Velno"),
        ("Trucks queued for two days at the Dravik rail crossing into the neighbouring country.", "Dravik"),
        ("The Harnet pedestrian crossing point reopened on Monday after repairs.", "Harnet"),
        ("Lorries waited for hours at the Pellam highway crossing on Sunday.", "Pellam"),
        ("Queues formed at the Sarkov motorway border crossing after the checks began.", "Sarkov"),
    ],
)
def test_entities_crossing_names_mode_word_before_kind(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The busiest border crossing was Ostrel, where 2,100 people entered the country.", "Ostrel"),
        ("The only crossing open to cars is Kavro, officials said.", "Kavro"),
        ("The main crossing point remains Tesmar, where most refugees arrive.", "Tesmar"),
    ],
)
def test_entities_crossing_names_copula_names_the_crossing(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The busiest crossing was Poland, where most travellers entered.", "Poland"),
        ("The problem at the crossing was Jo Varnell, the officer said.", "Jo Varnell"),
    ],
)
def test_entities_crossing_names_copula_leaves_states_and_other_subjects(nlp: Language, text: str, name: str) -> None:
    assert "Checkpoint" not in linked_types(nlp, text).get(name, set())


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Some listeners in Varsk-Orlen County were worried when they saw the convoy.", "Varsk-Orlen County", "Region"),
        ("Flooding hit the Tavi-Rondel District on Monday.", "Tavi-Rondel District", "Region"),
        ("Trucks waited at the Dunel-Hara border crossing for two days.", "Dunel-Hara", "Checkpoint"),
        ("It welcomed the decision to keep the Morva-Tessi border crossing open.", "Morva-Tessi", "Checkpoint"),
    ],
)
def test_entities_crossing_names_double_names_stay_whole(nlp: Language, text: str, name: str, label: str) -> None:
    """A hyphen with no space joins the halves of one place's name: no half is an entity of its own."""
    doc = nlp(text)
    spans = {s.text: s.label_ for s in doc.spans["kg_entities"]}
    assert spans.get(name) == label, spans
    assert not any(t != name and t in name for t in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The customs office said the Tarvosk border gate had been closed to trucks since Monday.", "Tarvosk"),
        ("Drivers waited for two days at the Kelbany border gate, officials said.", "Kelbany"),
    ],
)
def test_entities_crossing_names_border_gate_names_the_crossing(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Turning Point Foundation said it would fund the school.", "Turning Point Foundation"),
        ("The Meeting Point Trust opened a shelter in the town.", "Meeting Point Trust"),
    ],
)
def test_entities_crossing_names_a_capitalised_point_in_a_body_names_no_crossing(
    nlp: Language, text: str, name: str
) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Organization"}, types
    assert not any("Checkpoint" in kinds for kinds in types.values()), types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Some 52,000 people passed through the Velmora international border gate in five days.", "Velmora"),
        ("Traffic doubled at the Tirasco international road crossing on its side of the border.", "Tirasco"),
        ("Trucks waited overnight at the Quenbar main border post, officials said.", "Quenbar"),
    ],
)
def test_entities_crossing_names_status_word_before_kind(nlp: Language, text: str, name: str) -> None:
    """ "the X international border gate": a crossing's standing between its name and its kind."""
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "About 8,400 travellers used the Second Marrisk-Tove Unity Bridge to cross the border.",
            "Second Marrisk-Tove Unity Bridge",
        ),
        ("Traffic across the border through the 3rd Dallow Bridge fell by half in May.", "3rd Dallow Bridge"),
    ],
)
def test_entities_crossing_names_keep_the_ordinal_of_a_numbered_bridge(nlp: Language, text: str, name: str) -> None:
    """ "the Second X Bridge": the ordinal opening a crossing's name is part of it (the first and
    the second bridge are two crossings), in words or in figures."""
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trucks queued for a day at the Pak Tovel-Sen Marro checkpoint on Monday.", "Pak Tovel-Sen Marro"),
        ("The Nam Dorra-Kel Sabo crossing point reopened on Monday after repairs.", "Nam Dorra-Kel Sabo"),
    ],
)
def test_entities_crossing_names_pair_with_two_word_first_end(nlp: Language, text: str, name: str) -> None:
    """ "the A B-C D checkpoint": a crossing named after two towns of two words each is one name,
    the first town's first word included (it was read as a person's given name)."""
    assert linked_types(nlp, text).get(name) == {"Checkpoint"}


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "Guards shut the Unity Gate at Tolvasz on Sunday as the border stayed tense.",
            "Unity Gate",
            "Tolvasz",
        ),
        ("Traders crossed the border through the Marrow Gate near Pellik on Monday.", "Marrow Gate", "Pellik"),
    ],
)
def test_entities_crossing_names_gate_named_in_a_border_sentence(
    nlp: Language, text: str, name: str, place: str
) -> None:
    """ "the Unity Gate" of a border's sentence is a crossing, its capitalised "Gate" part of the
    name; the town "at" or "near" it is where it is, no crossing of its own."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Checkpoint"}
    assert "Checkpoint" not in types.get(place, set())


def test_entities_crossing_names_gate_of_no_border_is_no_crossing(nlp: Language) -> None:
    assert "Checkpoint" not in linked_types(nlp, "Tourists photographed the Lion Gate of the old town on Sunday.").get(
        "Lion Gate", set()
    )
