"""A neighbour named as another crossing's far side ("lorries go to the C checkpoint on the border
with Y's Z region") is no side of the crossings its sentence names bare before it, and the region
after "the border with Y's" is that far side, not where C lies."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language

_TEXTS = [
    (
        "Poland will close two crossings on the border with Belarus for a month, the government said on "
        "Monday. The closure is the third this year, Poland's interior minister added.\n\n"
        "During the closure the Vardel and Ostrovik checkpoints stay open for cars, and lorries will be sent "
        "to the Pelmora checkpoint on the border with Russia's Kaliningrad region.",
        ("checkpoint/vardel", "checkpoint/ostrovik"),
        "checkpoint/pelmora",
        ("state/BY", "state/RU"),
    ),
    (
        "Finland's border guard said on Friday that it would keep its crossings to Norway open over the "
        "winter.\n\n"
        "The Rovasko and Tellin crossings remain open to tourists, while all freight is routed through the "
        "Harjuva crossing on the border with Russia's Murmansk region.",
        ("checkpoint/rovasko", "checkpoint/tellin"),
        "checkpoint/harjuva",
        ("state/NO", "state/RU"),
    ),
]


@pytest.mark.parametrize(("text", "bare", "routed", "sides"), _TEXTS)
def test_relations_taken_far_sides_stay_with_their_crossing(
    nlp: Language, text: str, bare: tuple[str, ...], routed: str, sides: tuple[str, str]
) -> None:
    pairs = related_pairs(nlp, text, "connects")
    lead, taken = sides
    for crossing in bare:
        assert (crossing, taken) not in pairs
        assert (crossing, lead) in pairs
    assert (routed, taken) in pairs


@pytest.mark.parametrize(("text", "bare", "routed", "sides"), _TEXTS)
def test_relations_taken_far_sides_hold_no_crossing(
    nlp: Language, text: str, bare: tuple[str, ...], routed: str, sides: tuple[str, str]
) -> None:
    assert not [o for s, o in related_pairs(nlp, text, "locatedIn") if s == routed and o.startswith("region/")]


def test_relations_taken_far_sides_serve_the_next_sentence(nlp: Language) -> None:
    text = (
        "Finland's road agency said on Monday that Finland would repair two bridges this summer, one of them "
        "on the road to Norway.\n\n"
        "Because of the works, the Harjuva crossing on the border with Russia will shut for three days. "
        "Drivers are asked to use the Pelmora crossing instead."
    )
    pairs = related_pairs(nlp, text, "connects")
    assert ("checkpoint/pelmora", "state/RU") in pairs
    assert ("checkpoint/pelmora", "state/NO") not in pairs
