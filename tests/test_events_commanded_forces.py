"""A passive deployment with no sender and no named place, whose force serves "under the command
of X": X deploys it; a second counted group joined by "and" ("and N members of the Armed
Forces") is that body's own deployment. Referendums called national with no dateline are votes of
the state the text is about.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Brevania": ("state/brevania", "State"),
    "Ostrelia": ("state/ostrelia", "State"),
    "Corvane Police Command": ("agency/corvane-police-command", "Agency"),
    "Marnholt Task Force": ("agency/marnholt-task-force", "Agency"),
    "Armed Forces": ("agency/armed-forces-brevania", "Agency"),
}


def _events(nlp: Language, text: str) -> list[Event]:
    return list(named_events(nlp, text, NAMES, PUB))


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "From dawn on Tuesday, 1,250 riot officers were sent out to reopen the highway, under the "
            "command of the Corvane Police Command.",
            "agency/corvane-police-command",
        ),
        (
            "On Tuesday some 730 gendarmes were sent to clear the blockades under the orders of the Marnholt "
            "Task Force, the ministry said.",
            "agency/marnholt-task-force",
        ),
    ],
)
def test_a_force_under_the_command_of_a_body_is_deployed_by_it(nlp: Language, text: str, agent: str) -> None:
    (deployment,) = [e for e in _events(nlp, text) if e.label.startswith("Deployment")]
    assert deployment.agent == (agent,)


def test_a_joined_group_of_members_of_a_force_is_its_own_deployment(nlp: Language) -> None:
    text = (
        "Some 1,250 riot officers and 480 members of the Armed Forces were sent to the ring road on "
        "Tuesday, under the command of the Corvane Police Command."
    )
    found = {(e.agent, e.count) for e in _events(nlp, text) if e.label.startswith("Deployment")}
    assert found == {(("agency/corvane-police-command",), 1250), (("agency/armed-forces-brevania",), 480)}


def test_a_force_with_no_named_leader_and_no_place_stays_silent(nlp: Language) -> None:
    text = "From dawn on Tuesday, 1,250 riot officers were sent out to reopen the highway."
    assert not [e for e in _events(nlp, text) if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    "text",
    [
        "Brevania faces a hard week, the spokesman said. The national referendum on the new courts will be "
        "held on Sunday, 21 June, as Brevania planned.",
        "Brevania is tense and Brevania is tired. The electoral board has confirmed that the nationwide "
        "referendum on term limits will go ahead on Sunday, 21 June, despite calls from Ostrelia to wait.",
    ],
)
def test_a_national_referendum_without_a_dateline_is_the_story_state_s(nlp: Language, text: str) -> None:
    (vote,) = [e for e in _events(nlp, text) if e.type == "Referendum"]
    assert vote.place == ("state/brevania",)
