"""Whose a body named without its state is: the dateline's state before the state named most, and
the state whose name opens a generic body's name ("the Tarnia Armed Forces") before any other."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _parts(nlp: Language, text: str) -> dict[str, str]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {r.subject: r.object for r in found if r.predicate == "partOf" and r.subject.startswith("agency/")}


@pytest.mark.parametrize(
    ("text", "body", "home"),
    [
        (
            "Police briefing on the weekend operations\n\nKitwe\n\n"
            "The Police Directorate said on Sunday that Zambian officers had seized 40 bags of maize. "
            "Tanzania had asked for the checks, and Tanzania sent two liaison officers. "
            "Tanzania will be told of the results.",
            "agency/police-directorate",
            "state/ZM",
        ),
        (
            "Mbeya\n6 December 2026\n\n"
            "Two smugglers were arrested by Tanzanian customs officers on Saturday night. "
            "Zambia asked for their return, and Zambia will send a team next week.\n\n"
            "The Police Directorate said the men would stay in custody until Zambia answers.",
            "agency/police-directorate",
            "state/TZ",
        ),
        (
            "Mbeya\n\nTanzanian customs officers stopped three lorries on Saturday. Zambia asked for the "
            "drivers, and Zambia sent a team.\n\nThe Border Service added that the lorries had been weighed.",
            "agency/border-service",
            "state/TZ",
        ),
    ],
)
def test_relations_home_evidence_dateline_town_alone_outranks_frequency(
    nlp: Language, text: str, body: str, home: str
) -> None:
    """A town alone on its line dates the text: its bodies are its state's, not the neighbour's."""
    parts = _parts(nlp, text)
    assert [o for s, o in parts.items() if s.startswith(body)] == [home]


@pytest.mark.parametrize(
    ("text", "body", "home"),
    [
        (
            "The Gabon Armed Forces said on Friday that a frigate had been sent towards Guyana.",
            "agency/armed-forces-gabon",
            "state/GA",
        ),
        (
            "Observers from Guyana met officers of the Paraguay Armed Forces in the capital on Tuesday.",
            "agency/armed-forces-paraguay",
            "state/PY",
        ),
    ],
)
def test_relations_home_evidence_state_name_before_a_generic_head(
    nlp: Language, text: str, body: str, home: str
) -> None:
    """A state's name before a generic head ("the X Armed Forces") keeps X as its owner."""
    assert _parts(nlp, text).get(body) == home


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Interview: Zambian Home Affairs Minister on the northern frontier\n\n"
            "Q: Minister, how do you see the situation at the border with Tanzania?\n"
            "A: Tanzania is a friend, and we talk to Tanzania every week about the lorries.\n"
            "Q: What has changed?\n"
            "A: The Police Directorate has doubled its patrols on the roads north of the capital.",
            "state/ZM",
        ),
        (
            "Malawi tightens checks on the lake shore\n\n"
            "Boats from Tanzania and Mozambique were seen near the shore at night. Tanzania said its boats were "
            "fishing, and Tanzania has promised to help.\n\n"
            "The Police Directorate has doubled its patrols on the lake.",
            "state/MW",
        ),
    ],
)
def test_relations_home_evidence_headline_state_outranks_frequency(nlp: Language, text: str, home: str) -> None:
    """With no dateline, the state the headline names first is home, not the neighbour named most."""
    parts = _parts(nlp, text)
    assert [o for s, o in parts.items() if s.startswith("agency/police-directorate")] == [home]
