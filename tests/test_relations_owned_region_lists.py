"""A state's possessive before a list of regions that ends in a plural unit word ("Y's A and B
districts", "Y's A, B and C provinces") owns every region of the list, not only the first."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "regions", "state"),
    [
        (
            "Floods have cut the main roads in Zambia's Kesmo and Tarilu districts, officials said on Tuesday.",
            ("Kesmo", "Tarilu"),
            "state/ZM",
        ),
        (
            "Hundreds of families left Ecuador's Varenta, Lomasco and Quibel provinces after the storm.",
            ("Varenta", "Lomasco", "Quibel"),
            "state/EC",
        ),
        (
            "Relief lorries reached the towns of Peru's Tarmo or Sullay regions late on Sunday.",
            ("Tarmo", "Sullay"),
            "state/PE",
        ),
    ],
)
def test_relations_owned_region_lists_are_all_the_states(
    nlp: Language, text: str, regions: tuple[str, ...], state: str
) -> None:
    parts = {s for s, o in related_pairs(nlp, text, "partOf") if o == state}
    for name in regions:
        assert any(s.startswith("region/") and name.casefold() in s for s in parts), (name, parts)


def test_relations_owned_region_lists_need_the_plural_unit_word(nlp: Language) -> None:
    text = "Police in Zambia's Kesmo district and Tarilu said on Tuesday that the roads were open again."
    assert not [s for s, o in related_pairs(nlp, text, "partOf") if "tarilu" in s and o == "state/ZM"]
