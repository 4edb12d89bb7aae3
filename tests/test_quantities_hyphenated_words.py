"""A number written in words with a hyphen ("seventy-three thousand", "sixty-four thousand") is one
number, not a range from its first word to the rest; "300-400" and "five to six thousand" stay ranges.

Every phrase here is invented for the test.
"""

from __future__ import annotations

import pytest

from kg.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("guards registered seventy-three thousand entries", 73000),
        ("about sixty-four thousand crossings were logged", 64000),
        ("ninety-one thousand two hundred travellers", 91200),
    ],
)
def test_a_hyphenated_number_in_words_is_one_number(text: str, count: int) -> None:
    (q,) = find_quantities(text)
    assert (q.quantity.count, q.quantity.count_min, q.quantity.count_max) == (count, None, None)


@pytest.mark.parametrize(
    ("text", "bounds"), [("some 300-400 people", (300, 400)), ("five to six thousand people", (5000, 6000))]
)
def test_ranges_stay_ranges(text: str, bounds: tuple[int, int]) -> None:
    (q,) = find_quantities(text)
    assert (q.quantity.count_min, q.quantity.count_max) == bounds
