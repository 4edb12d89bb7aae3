"""A body whose own name opens with a world region or a sea ("the Arctic Fisheries Council") is the body.

The gazetteer knows the region's name alone and used to win over the model's longer body name, so
the region stood where the text named a council or forum. A name ending in a place word ("the
Caribbean Sea") stays a place. Invented texts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    ("text", "body", "region"),
    [
        (
            "Leaders of the Arctic Fisheries Council met in Tromvik on Monday.",
            "Arctic Fisheries Council",
            "Arctic",
        ),
        ("Ministers from the Pacific Tuna Forum gathered in Velaru.", "Pacific Tuna Forum", "Pacific"),
        (
            "Delegates of the Caribbean Shipping Board signed the accord in Port Milo.",
            "Caribbean Shipping Board",
            "Caribbean",
        ),
    ],
)
def test_entities_regional_bodies_are_the_body(nlp: Language, text: str, body: str, region: str) -> None:
    named = _named(nlp, text)
    assert named.get(body) in {"Organization", "Agency"}, named
    assert region not in named, named


@pytest.mark.parametrize(
    "text",
    [
        "Fishing boats from Tromvik crossed the Arctic on Monday.",
        "The Arctic Fisheries Council met in Tromvik. Ice is thinning across the Arctic.",
    ],
)
def test_entities_regional_bodies_the_region_alone_stays(nlp: Language, text: str) -> None:
    assert _named(nlp, text).get("Arctic") == "Region"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Indian Ocean Fisheries Commission met in Velaru on Monday.", "Indian Ocean Fisheries Commission"),
        (
            "Officials of the Arabian Sea Fisheries Council said the port in Velaru was open.",
            "Arabian Sea Fisheries Council",
        ),
        (
            "A delegation of the Indian Ocean Rivers Authority arrived in Velaru.",
            "Indian Ocean Rivers Authority",
        ),
    ],
)
def test_entities_regional_bodies_named_after_a_sea_keep_the_demonym(nlp: Language, text: str, body: str) -> None:
    """A demonym before "Ocean" or "Sea" names the water: the body keeps it, and no state is named."""
    named = _named(nlp, text)
    assert named.get(body) in {"Organization", "Agency"}, named
    assert "State" not in named.values(), named


@pytest.mark.parametrize(
    "text", ["Indian officials met the Tromvik council on Monday.", "Kenyan boats sailed to Velaru on Monday."]
)
def test_entities_regional_bodies_a_demonym_alone_still_names_its_state(nlp: Language, text: str) -> None:
    assert "State" in _named(nlp, text).values()
