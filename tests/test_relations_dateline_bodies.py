"""A body with a name of its own in a text that names its state only by a demonym, or once, belongs
to the state of the town the text is filed from (its dateline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _parts(nlp: Language, text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    return {
        (r.subject, r.object)
        for r in find_relations(doc, article, find_entities(doc, article))
        if r.predicate == "partOf"
    }


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Joint Border Command: update on the third day of operations\n\n"
            "Lima, 3 September 2026\n\n"
            "The Joint Border Command announces that units of the Peruvian Army advanced today into the valley "
            "near the border with Bolivia. Bolivian officials were informed.",
            "agency/joint-border-command",
            "state/PE",
        ),
        (
            "QUITO - The Coastal Surveillance Service said on Monday that its boats had stopped 14 fishing "
            "vessels from Colombia. The Ecuadorian navy took part, and Colombian boats were escorted back.",
            "agency/coastal-surveillance-service",
            "state/EC",
        ),
    ],
)
def test_relations_dateline_bodies_belong_to_the_dateline_state(
    nlp: Language, text: str, body: str, state: str
) -> None:
    """The body is part of the state of the dateline's town."""
    assert any(s.startswith(body) and o == state for s, o in _parts(nlp, text))


def test_relations_dateline_bodies_need_the_state_in_the_text(nlp: Language) -> None:
    """A dateline town of a state the text never evokes gives its bodies no state."""
    text = (
        "LIMA - The Coastal Surveillance Service said on Monday that its boats had stopped 14 fishing vessels "
        "near the islands, and all crews were released."
    )
    assert not any(s.startswith("agency/coastal-surveillance-service") for s, _ in _parts(nlp, text))


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Somalis fleeing drought reach Kenya's northern camps\n\n"
            "TARNOLA, Kenya, 9 July 2026 - Some 1,200 Somalis have reached the camps since June, after the rains "
            "failed again in southern Somalia.\n\n"
            "The newcomers were screened by officers of the Interior Ministry at the reception centre, officials "
            "said.",
            "agency/interior-ministry-kenya",
            "state/KE",
        ),
        (
            "Guatemalans escaping the storm head for Mexico's south\n\n"
            "SELVARO, Mexico, 2 October 2026 - Hundreds of Guatemalans have crossed the river since the storm hit "
            "western Guatemala.\n\n"
            "The National Guard said on Tuesday it had counted 640 arrivals at the river crossings.",
            "agency/national-guard-mexico",
            "state/MX",
        ),
    ],
)
def test_relations_dateline_writes_its_state(nlp: Language, text: str, body: str, state: str) -> None:
    """ "TOWN, State, date -": the state the dateline writes is the text's home, however unknown the town
    and whichever state the headline names first."""
    assert (body, state) in _parts(nlp, text)
