"""A body that acts "on the Y side" of a border is Y's ("the Harbour Inspectorate opened two lanes on
the Slovak side", "officers of the Excise Office on the Slovak side checked ..."), even where the
text names the other state more often: officers serve on their own state's side of a frontier."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Hungary and Slovakia agreed on Tuesday to keep the Kelvo bridge open at night. The Harbour "
            "Inspectorate has opened two new lanes on the Slovak side of the bridge, and Hungary said more "
            "would follow.",
            "agency/harbour-inspectorate-slovakia",
        ),
        (
            "Hungary and Slovakia met in Brnovec. Hungary wants longer hours at the crossing. Officers of the "
            "Excise Office on the Slovak side checked every lorry, Hungary said.",
            "agency/excise-office-slovakia",
        ),
        (
            "Hungary wants longer hours at the crossing, the Hungarian minister said. The Directorate of "
            "Aliens (DA) will post ten more officers on the Slovak side from May, a Hungarian official said.",
            "agency/directorate-of-aliens-slovakia",
        ),
    ],
)
def test_relations_acting_sides_body_on_a_side(nlp: Language, text: str, body: str) -> None:
    assert (body, "state/SK") in related_pairs(nlp, text, "partOf")


def test_relations_acting_sides_queue_on_a_side_is_no_body(nlp: Language) -> None:
    text = (
        "Hungary and Slovakia met in Brnovec. The Harbour Inspectorate of Hungary said the queue on the "
        "Slovak side was long."
    )
    assert ("agency/harbour-inspectorate-hungary", "state/HU") in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Hungary and Slovakia met in Brnovec. Hungary wants longer hours at the crossing, but the Slovak "
            "side, the Harbour Inspectorate, has opened only two lanes.",
            "agency/harbour-inspectorate-slovakia",
        ),
        (
            "Hungary will keep the Kelvo bridge open, Hungary said. In winter the road is icy, and the Slovak "
            "side, the Directorate of Aliens, closes its counters at dusk.",
            "agency/directorate-of-aliens-slovakia",
        ),
        (
            "Hungary will keep the Kelvo bridge open, Hungary said. In winter the road is icy, and the Slovak "
            "side, the National Roads Office, closes the pass at dusk.",
            "agency/national-roads-office-slovakia",
        ),
    ],
)
def test_relations_acting_sides_body_apposed_to_a_side(nlp: Language, text: str, body: str) -> None:
    assert (body, "state/SK") in related_pairs(nlp, text, "partOf")
