"""A neighbour named as another crossing's far side ("lorries go to the C checkpoint on the border
with Y's Z region") is no side of the crossings its sentence names bare before it, and the region
after "the border with Y's" is that far side, not where C lies."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language

_TEXTS = [
    (
        "Hungarian police said two road crossings into Serbia would shut for resurfacing from Tuesday.\n\n"
        "Buses may still use the Vardel and Ostrovik crossings, but heavy goods traffic is diverted to the "
        "Pelmora crossing on the border with Romania's Arad county.",
        ("checkpoint/vardel", "checkpoint/ostrovik"),
        "checkpoint/pelmora",
        ("state/RS", "state/RO"),
    ),
    (
        "Slovak customs officers will work extra shifts at the crossings into Hungary over the holidays, "
        "the finance ministry said on Friday.\n\n"
        "Tourists can keep using the Rovasko and Tellin crossings, and every freight lorry must go through "
        "the Harjuva crossing on the border with Ukraine's Zakarpattia region.",
        ("checkpoint/rovasko", "checkpoint/tellin"),
        "checkpoint/harjuva",
        ("state/HU", "state/UA"),
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
