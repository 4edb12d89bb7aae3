"""Bodies named by two fields joined by "and" are read whole, whatever piece the model kept.

Every sentence is invented, two or more wordings per class: the model ends "the A and B Head" at
its "and" and keeps "B Head" alone, or tags "A" apart as a body or a town; a gazetteer's match
("Border Guard Board") may win over its reading. Two bodies named with their own heads or
articles stay two. A body's owner after "of" may be a union of states, no state.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities, related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A patrol of the Tollan Harbours and Pilotage Department stopped the trawler before dawn.",
            "Harbours and Pilotage Department",
        ),
        ("The Lighthouse and Buoys Directorate closed the channel for a week.", "Lighthouse and Buoys Directorate"),
        ("Inspectors from the Salt Marsh and Dykes Directorate walked the levee.", "Salt Marsh and Dykes Directorate"),
        ("Four lorries were sent back by the Dairy and Livestock Board.", "Dairy and Livestock Board"),
        (
            "The Brannick and Fenmoor Volunteer Reserve Command asked two hundred reservists to report.",
            "Brannick and Fenmoor Volunteer Reserve Command",
        ),
    ],
)
def test_entities_joined_fields_the_body_keeps_its_first_field(nlp: Language, text: str, name: str) -> None:
    found = found_entities(nlp, text)
    names = {n for n, _ in found}
    assert any(n.endswith(name) for n in names), found
    assert name.split(" and ", 1)[1] not in names, found  # no piece cut at "and" beside it


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officials of the Norlandic Seeds, Soils and Orchards Inspectorate visited the farms on Friday.",
            "Norlandic Seeds, Soils and Orchards Inspectorate",
        ),
        (
            "Talks with the Chilean Passport, Visa and Residence Office ended with the desks kept open.",
            "Passport, Visa and Residence Office",
        ),
    ],
)
def test_entities_joined_fields_a_list_of_fields_is_read_whole(nlp: Language, text: str, name: str) -> None:
    names = {n for n, _ in found_entities(nlp, text)}
    assert any(n.startswith(name) for n in names), names


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The Interior Ministry and Border Guard Service met on Monday.", "Interior Ministry", "Border Guard Service"),
        ("Officers of the Navy and the Coast Guard searched the bay.", "Navy", "Coast Guard"),
        ("The Army and Air Force held joint drills near the coast.", "Army", "Air Force"),
        ("Officers of the Navy, Army and Air Force paraded on Sunday.", "Army", "Air Force"),
    ],
)
def test_entities_joined_fields_two_heads_stay_two_bodies(nlp: Language, text: str, first: str, second: str) -> None:
    names = {n for n, _ in found_entities(nlp, text)}
    assert not any(first in n and second in n for n in names), names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Water and Rivers Council of the Andean Community will meet again in March.",
            "agency/water-and-rivers-council",
        ),
        (
            "Delegates to the Peace and Mediation Council of the Andean Community voted on Sunday.",
            "agency/peace-and-mediation-council",
        ),
    ],
)
def test_entities_joined_fields_a_body_of_a_union_is_the_unions(nlp: Language, text: str, body: str) -> None:
    # the body's own name, its owner named after "of": a body above states, no state of the story
    assert (body, "organization/andean-community") in related_pairs(nlp, text, "partOf")
