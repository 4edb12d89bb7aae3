"""Happenings official and broadcast texts report in shapes the first rules missed: meetings held
somewhere, visits near a named site, rescues, evacuations told by a noun or by people moved to
shelter, traffic stopped at a crossing, roads closed, armed clashes, protocols signed, people sent
to places joined by "and".

Every story here is invented for the test; each class is shown in two or more wordings, with a
near miss that must stay silent. Entities are built by hand so that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Ilse Korvan": ("person/ilse-korvan", "Person"),
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
    "Varnostad": ("settlement/varnostad", "Settlement"),
    "Tolmaz": ("settlement/tolmaz", "Settlement"),
    "Orlask": ("settlement/orlask", "Settlement"),
    "Brenmoor Province": ("region/brenmoor", "Region"),
    "Kestrel Air Base": ("place/kestrel-air-base", "Place"),
    "Selka Bridge": ("place/selka-bridge", "Place"),
    "the Coast Guard of Nordavia": ("agency/coast-guard-nordavia", "Agency"),
    "Nordavian Navy": ("agency/navy-nordavia", "Agency"),
    "the Migration Service": ("agency/migration-service-nordavia", "Agency"),
    "the Dravian army": ("agency/army-dravia", "Agency"),
}
#: An assembly, written with either article's case.
_ASSEMBLY = {
    **NAMES,
    "the Nordavian Parliament": ("agency/parliament-nordavia", "Agency"),
    "The Nordavian Parliament": ("agency/parliament-nordavia", "Agency"),
}


def _events(nlp: Language, text: str, names: dict[str, tuple[str, str]] = NAMES) -> tuple[Event, ...]:
    article = Article(id="t", text=text, source="test", published=PUB)
    return find_events(nlp(text), article, entities_named(text, names), ())


def _labelled(events: tuple[Event, ...], head: str) -> list[Event]:
    return [e for e in events if e.label.startswith(head)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The talks were held in Varnostad on Tuesday in a friendly atmosphere.", "Talks"),
        ("The third session of the council was held in Varnostad on Tuesday.", "Meeting"),
        ("The talks in Varnostad on Tuesday were friendly and concrete, the minister said.", "Talks"),
    ],
)
def test_events_happenings_meetings_held_somewhere(nlp: Language, text: str, label: str) -> None:
    (ev,) = _labelled(_events(nlp, text), label)
    assert ev.place == ("settlement/varnostad",)
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "Talks could be held in Varnostad if both sides agree.",
        "Both sides said their next round could take place in Varnostad in 2027.",
        "A training session on first aid for volunteers was held in Varnostad.",
        "The press conference in Varnostad was short.",
    ],
)
def test_events_happenings_meetings_held_near_misses(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.label.startswith(("Talks", "Meeting"))]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, Ilse Korvan visited the flooded villages near Tolmaz.",
        "Ilse Korvan visited a reception camp near Kestrel Air Base on Tuesday.",
    ],
)
def test_events_happenings_visits_to_a_named_site(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Visit")
    assert ev.agent == ("person/ilse-korvan",)
    assert ev.place in (("place/kestrel-air-base",), ("settlement/tolmaz",))
    assert ev.date == "2023-06-13"


def test_events_happenings_visit_without_a_named_site_is_silent(nlp: Language) -> None:
    assert not _labelled(_events(nlp, "Ilse Korvan visited the headquarters on Tuesday."), "Visit")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Ilse Korvan said that the Coast Guard of Nordavia had rescued 1,210 people at sea between"
            " 1 March and 31 May.",
            "agency/coast-guard-nordavia",
        ),
        ("Some 212 migrants were rescued off Tolmaz by the Nordavian Navy on Sunday.", "agency/navy-nordavia"),
        ("The Nordavian Navy rescued 212 migrants from a sinking boat near Tolmaz on Sunday.", "agency/navy-nordavia"),
    ],
)
def test_events_happenings_rescues(nlp: Language, text: str, agent: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Rescue")
    assert ev.agent == (agent,)
    assert ev.count in (1210, 212)
    assert ev.reported_by == (("person/ilse-korvan",) if ev.count == 1210 else ())


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Four fishermen from Tolmaz were rescued by the Nordavian Navy on Monday after their trawler sank.", 4),
        ("On Tuesday the Nordavian Navy rescued nine crew members from a burning cargo ship.", 9),
        ("The Nordavian Navy saved 23 seamen when their ferry ran aground on Monday.", 23),
    ],
)
def test_events_happenings_rescued_people_named_by_any_noun_for_people(nlp: Language, text: str, count: int) -> None:
    """People rescued are counted whatever noun names them: a trade ("fishermen", "seamen"), a crew."""
    (ev,) = _labelled(_events(nlp, text), "Rescue")
    assert ev.agent == ("agency/navy-nordavia",)
    assert ev.count == count


@pytest.mark.parametrize(
    "text",
    [
        "Patrol boats turned back three dinghies at Tolmaz and Orlask overnight and rescued 58 people.",
        "Naval units foiled two departures near Tolmaz and Orlask on Sunday and rescued 58 people at sea.",
    ],
)
def test_events_happenings_a_rescue_joined_to_a_placed_verb_is_placed_there(nlp: Language, text: str) -> None:
    """ "stopped crossings at X and Y, and rescued 58 people": the rescue shares the first verb's place."""
    (ev,) = _labelled(_events(nlp, text), "Rescue")
    assert ev.place == ("settlement/tolmaz", "settlement/orlask")
    assert ev.count == 58


@pytest.mark.parametrize(
    "text",
    [
        "The Nordavian Navy rescued three specimens of a rare turtle off Tolmaz.",
        "The Nordavian Navy could rescue more people at sea if it had more boats.",
        "The Nordavian Navy rescued a dog from the harbour in Tolmaz.",
        "The 40 people rescued last week were taken to Tolmaz.",
    ],
)
def test_events_happenings_rescue_near_misses(nlp: Language, text: str) -> None:
    assert not _labelled(_events(nlp, text), "Rescue")


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Korvan ordered on Tuesday the preventive evacuation of the town of Tolmaz.",
        "The evacuation of the villages around Tolmaz began on Tuesday, Ilse Korvan said.",
    ],
)
def test_events_happenings_evacuations_told_by_a_noun(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Evacuation")
    assert ev.place == ("settlement/tolmaz",)
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Korvan called for the evacuation of Tolmaz.",
        "Plans for the evacuation of Tolmaz are ready.",
        "Ilse Korvan will order the evacuation of Tolmaz if the river rises.",
    ],
)
def test_events_happenings_evacuation_nouns_wanted_or_planned_are_silent(nlp: Language, text: str) -> None:
    assert not _labelled(_events(nlp, text), "Evacuation")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("About 4,200 residents of villages in Brenmoor Province have been moved to shelters since Sunday.", 4200),
        ("Rescuers moved 900 people from Tolmaz to safety on Monday.", 900),
        ("As of this evening, 1,150 residents have been taken by boat to Orlask and to a shelter in Tolmaz.", 1150),
    ],
)
def test_events_happenings_people_moved_to_shelter_are_evacuated(nlp: Language, text: str, count: int) -> None:
    (ev,) = _labelled(_events(nlp, text), "Evacuation")
    assert ev.count == count


def test_events_happenings_people_moved_elsewhere_are_not_evacuated(nlp: Language) -> None:
    text = "The company moved 900 workers to its new plant in Tolmaz on Monday."
    assert not _labelled(_events(nlp, text), "Evacuation")


@pytest.mark.parametrize(
    "text",
    [
        "At the Tolmaz ferry crossing, traffic was suspended from 05:30 to 13:00 because of fog.",
        "Because of the fog, traffic was halted on Monday at the Tolmaz border crossing.",
    ],
)
def test_events_happenings_traffic_stopped_at_a_crossing(nlp: Language, text: str) -> None:
    names = {**NAMES, "Tolmaz": ("checkpoint/tolmaz", "Checkpoint")}
    (ev,) = [e for e in _events(nlp, text, names) if e.type == "BorderClosure"]
    assert ev.target == ("checkpoint/tolmaz",)


@pytest.mark.parametrize(
    "text",
    [
        "The road between Tolmaz and Orlask was closed by the Dravian army on Monday.",
        "Since Monday the Dravian army has closed the main road from Tolmaz to Orlask.",
    ],
)
def test_events_happenings_roads_closed(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "BorderClosure"]
    assert set(ev.place) == {"settlement/tolmaz", "settlement/orlask"}
    assert ev.agent == ("agency/army-dravia",)


@pytest.mark.parametrize(
    "text",
    [
        "The road between Tolmaz and Orlask was repaired by the Dravian army on Monday.",
        "Heavy rain and landslides have blocked the highway near Tolmaz since Monday.",
        "The road was closed by the Dravian army on Monday.",
    ],
)
def test_events_happenings_roads_not_closed_or_not_placed_are_silent(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "Four fighters were killed in a clash with the Dravian army near Tolmaz on Monday.",
        "In another engagement in Brenmoor Province, near Tolmaz, three militants were killed.",
        "Clashes between the army and rebels in Tolmaz left nine dead on Monday.",
        "Heavy clashes broke out on Monday between rebels and soldiers in Tolmaz.",
    ],
)
def test_events_happenings_armed_clashes(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]
    assert "settlement/tolmaz" in ev.target + ev.place or "region/brenmoor" in ev.target + ev.place


@pytest.mark.parametrize(
    "text",
    [
        "The minister praised the engagement of young volunteers in Tolmaz.",
        "Fans clashed over the result of the match in Tolmaz.",
        "Clashes broke out between fans of the two clubs in Tolmaz on Monday.",
    ],
)
def test_events_happenings_engagement_without_fighting_is_silent(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    "text",
    [
        "Nordavia and Varnekia signed a protocol on fishing rights in Tolmaz on Tuesday.",
        "A convention on shared water use was signed on Tuesday by Nordavia and Varnekia.",
    ],
)
def test_events_happenings_protocols_and_conventions_signed(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.label.startswith(("Protocol", "Convention"))]
    assert set(ev.agent) == {"state/nordavia", "state/varnekia"}
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "The Migration Service said it had stationed 260 extra agents along the river and at Selka Bridge.",
        "The Migration Service deployed 260 officers to the hills and to Selka Bridge on Friday.",
    ],
)
def test_events_happenings_people_sent_to_places_joined_by_and(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Deployment")
    assert ev.place == ("place/selka-bridge",)
    assert ev.count == 260


@pytest.mark.parametrize(
    ("text", "agent", "place"),
    [
        (
            "The Orlask District Court on Wednesday sentenced eight people to prison terms for people smuggling.",
            ("agency/orlask-district-court",),
            (),
        ),
        (
            "Three men were convicted of smuggling by the Orlask District Court on Wednesday.",
            ("agency/orlask-district-court",),
            (),
        ),
        (
            "A criminal court in Tolmaz on Wednesday jailed four smugglers for up to ten years.",
            (),
            ("settlement/tolmaz",),
        ),
    ],
)
def test_events_happenings_verdicts(nlp: Language, text: str, agent: tuple[str, ...], place: tuple[str, ...]) -> None:
    names = {**NAMES, "Orlask District Court": ("agency/orlask-district-court", "Agency")}
    (ev,) = _labelled(_events(nlp, text, names), "Verdict")
    assert (ev.agent, ev.place) == (agent, place)
    assert ev.date == "2023-06-14"


@pytest.mark.parametrize(
    "text",
    [
        "The court in Tolmaz could sentence them to ten years if they are found guilty.",
        "Ilse Korvan was sentenced to two years in Tolmaz in 1998.",
        "Four smugglers were jailed by their own gang in Tolmaz.",
    ],
)
def test_events_happenings_verdicts_without_a_court_or_undone_are_silent(nlp: Language, text: str) -> None:
    assert not _labelled(_events(nlp, text), "Verdict")


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Korvan and Jon Berg met in Tolmaz on Tuesday.",
        "On Tuesday in Tolmaz, Ilse Korvan and Jon Berg met for two hours behind closed doors.",
    ],
)
def test_events_happenings_two_sides_meeting_each_other(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text, {**NAMES, "Jon Berg": ("person/jon-berg", "Person")}), "Meeting")
    assert set(ev.agent) == {"person/ilse-korvan", "person/jon-berg"}
    assert ev.date == "2023-06-13"


def test_events_happenings_two_sides_meeting_someone_else_unnamed_is_silent(nlp: Language) -> None:
    text = "Ilse Korvan and Jon Berg met the press in Tolmaz on Tuesday."
    assert not _labelled(_events(nlp, text, {**NAMES, "Jon Berg": ("person/jon-berg", "Person")}), "Meeting")


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Nordavia and Varnekia resumed in Tolmaz on Tuesday.",
        "Peace talks between Nordavia and Varnekia opened on Tuesday in Tolmaz.",
    ],
)
def test_events_happenings_talks_that_resume_or_open(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Talks")
    assert set(ev.agent) == {"state/nordavia", "state/varnekia"}
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "The signing of the agreement between Nordavia and Varnekia took place in Tolmaz on Tuesday.",
        "Ilse Korvan attended on Tuesday the signing of a treaty between Nordavia and Varnekia in Tolmaz.",
    ],
)
def test_events_happenings_signing_told_by_its_noun(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.label.startswith(("Agreement", "Treaty"))]
    assert {"state/nordavia", "state/varnekia"} <= set(ev.agent)
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "After the signing of the agreement between Nordavia and Varnekia in Tolmaz, the leaders spoke to the press.",
        "Ilse Korvan called for the signing of a treaty between Nordavia and Varnekia.",
    ],
)
def test_events_happenings_signing_as_background_or_aim_is_silent(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.label.startswith(("Agreement", "Treaty"))]


@pytest.mark.parametrize(
    "text",
    [
        "The Nordavian Parliament passed the bill on Tuesday with 97 votes.",
        "On Tuesday the Nordavian Parliament adopted an amendment to the border law.",
    ],
)
def test_events_happenings_assembly_passing_a_bill(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text, _ASSEMBLY) if e.label.startswith(("Bill", "Amendment"))]
    assert ev.agent == ("agency/parliament-nordavia",)
    assert ev.date == "2023-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "Nordavian troops clashed with rebels near Tolmaz on Monday.",
        "Rebel fighters clashed with the Dravian army in Tolmaz on Monday, killing four soldiers.",
    ],
)
def test_events_happenings_armed_sides_clashing(nlp: Language, text: str) -> None:
    (ev,) = [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]
    assert "settlement/tolmaz" in ev.target + ev.place
    assert ev.date == "2023-06-12"


@pytest.mark.parametrize(
    "text",
    [
        "Fans clashed with police after the match in Tolmaz on Monday.",
        "Ilse Korvan clashed with the opposition over the budget in Tolmaz on Monday.",
    ],
)
def test_events_happenings_unarmed_sides_clashing_are_silent(nlp: Language, text: str) -> None:
    assert not [e for e in _events(nlp, text) if e.type == "MilitaryOperation"]


@pytest.mark.parametrize(
    ("text", "label", "when"),
    [
        ("The Selka Bridge was closed on Monday after the flood.", "Border closure", "2023-06-12"),
        (
            "The Selka Bridge, closed to lorries for years, reopened to freight traffic last month.",
            "Reopening",
            "2023-05",
        ),
    ],
)
def test_events_happenings_named_bridge_closed_or_reopened(nlp: Language, text: str, label: str, when: str) -> None:
    (ev,) = _labelled(_events(nlp, text), label)
    assert ev.target == ("place/selka-bridge",)
    assert ev.date == when


def test_events_happenings_named_bridge_only_described_is_silent(nlp: Language) -> None:
    text = "The Selka Bridge, built in 1961, carries most of the cargo to Tolmaz."
    assert not [e for e in _events(nlp, text) if e.type == "BorderClosure" or e.label.startswith("Reopening")]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Korvan held talks in Tolmaz on Tuesday.",
        "On Tuesday Ilse Korvan held closed-door talks in Tolmaz.",
    ],
)
def test_events_happenings_talks_held_somewhere_by_one_named_side(nlp: Language, text: str) -> None:
    (ev,) = _labelled(_events(nlp, text), "Talks")
    assert (ev.agent, ev.place, ev.date) == (("person/ilse-korvan",), ("settlement/tolmaz",), "2023-06-13")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Nordavian Parliament voted 120 to 30 on Tuesday in favour of the border reform.", "Vote"),
        ("Lawmakers in the Nordavian Parliament voted on Tuesday against the plan.", "Vote"),
        ("The Nordavian Parliament voted on Tuesday to approve the bill on border security.", "Bill"),
    ],
)
def test_events_happenings_votes_of_an_assembly(nlp: Language, text: str, label: str) -> None:
    (ev,) = [e for e in _events(nlp, text, _ASSEMBLY) if e.label.startswith(("Vote", "Bill"))]
    assert ev.label.startswith(label)
    assert (ev.agent, ev.date) == (("agency/parliament-nordavia",), "2023-06-13")


@pytest.mark.parametrize(
    "text",
    [
        "The Nordavian Parliament will vote on the reform next week.",
        "Voters in Tolmaz voted for change, Ilse Korvan said.",
    ],
)
def test_events_happenings_votes_to_come_or_of_no_assembly_are_silent(nlp: Language, text: str) -> None:
    assert not _labelled(_events(nlp, text, _ASSEMBLY), "Vote")
