"""An arrest or a seizure told in the passive takes its doer from the context: the operation it
happened during (fighters "detained during the offensive"), the force that gives the
figure (pistols seized "according to the X Gendarmerie"), or a force that acted in
the sentence before. A ministry reporting arrests did not make them.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Tuesday.
PUB = date(2026, 6, 16)

NAMES = {
    "Keltra Army": ("agency/keltra-army", "Agency"),
    "Keltra Gendarmerie": ("agency/keltra-gendarmerie", "Agency"),
    "Keltra Ministry of Trade": ("agency/keltra-ministry-of-trade", "Agency"),
    "Pellinor Customs": ("agency/pellinor-customs", "Agency"),
    "Talsburg": ("settlement/talsburg", "Settlement"),
    "Quarnholt": ("checkpoint/quarnholt", "Checkpoint"),
}


def _done(nlp: Language, text: str, label: str) -> Event:
    (event,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.label.startswith(label)]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "The Keltra Army began an offensive on Talsburg on Monday; 31 fighters were detained during the offensive.",
        "At dawn on Monday the Keltra Army launched an offensive against armed groups in Talsburg. "
        "Throughout the offensive, some 31 gunmen were apprehended.",
    ],
)
def test_an_arrest_during_an_operation_is_made_by_its_doers_where_it_acted(nlp: Language, text: str) -> None:
    arrest = _done(nlp, text, "Arrest")
    assert arrest.count == 31
    assert arrest.agent == ("agency/keltra-army",)
    assert "settlement/talsburg" in arrest.place


@pytest.mark.parametrize(
    ("text", "label", "count"),
    [
        ("According to the Keltra Gendarmerie, 26 pistols were seized at Quarnholt last month.", "Seizure", 26),
        (
            "Some 40 kilograms of cannabis were confiscated in Talsburg in May, the Keltra Gendarmerie said.",
            "Seizure",
            40,
        ),
        ("Nineteen smugglers were arrested near Talsburg in May, according to the Keltra Gendarmerie.", "Arrest", 19),
    ],
)
def test_a_force_giving_the_figure_made_the_arrests_or_seizures(
    nlp: Language, text: str, label: str, count: int
) -> None:
    event = _done(nlp, text, label)
    assert event.count == count
    assert event.agent == ("agency/keltra-gendarmerie",)


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Pellinor Customs seized 300 cartons of cigarettes at Quarnholt on Sunday. "
        "Eleven people were also detained for carrying forged passports.",
        "On Sunday the Pellinor Customs impounded 300 cartons of cigarettes found in a bus at Quarnholt. "
        "Its driver and ten passengers, eleven people in all, were detained.",
    ],
)
def test_a_force_acting_just_before_made_the_arrests(nlp: Language, text: str) -> None:
    arrest = _done(nlp, text, "Arrest")
    assert arrest.count == 11
    assert arrest.agent == ("agency/pellinor-customs",)


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen traders were arrested in Talsburg on Monday, the Keltra Ministry of Trade said.",
        "Officers of the Pellinor Customs seized 300 cartons of cigarettes at Quarnholt on Sunday.\n\n"
        "Eleven people were detained in Talsburg for forging passports.",
    ],
)
def test_a_ministry_or_a_force_of_another_paragraph_made_no_arrest(nlp: Language, text: str) -> None:
    assert _done(nlp, text, "Arrest").agent == ()


@pytest.mark.parametrize(
    "text",
    [
        "Officers of the Pellinor Customs searched a coach at Quarnholt on Monday night.\n\n"
        "The coach was later released.\n\nSince February, officers have seized over 12,000 litres of fuel.",
        "On Friday guards of the Pellinor Customs opened two vans near Quarnholt.\n\n"
        "Nothing was found.\n\nThis year guards confiscated 3,900 cartons of tobacco, double the 2025 figure.",
    ],
)
def test_bare_officers_who_seize_are_the_body_named_with_them_before(nlp: Language, text: str) -> None:
    seizure = _done(nlp, text, "Seizure")
    assert seizure.agent == ("agency/pellinor-customs",)
