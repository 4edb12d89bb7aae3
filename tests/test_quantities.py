"""Quantities: counts, bounds, ranges, vague plurals, rates and changes on sentences written for the tests."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract import quantities
from kg.extract.quantities import (
    Quantity,
    find_changes,
    find_percents,
    find_quantities,
    parse_number,
    parse_quantity,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("48,000", 48000),
        ("1 250 000", 1250000),
        ("1.2 million", 1200000),
        ("two million", 2000000),
        ("three hundred thousand", 300000),
        ("a hundred", 100),
        ("13,400", 13400),
        ("4.5bn", 4500000000),
    ],
)
def test_quantities_parse_number_reads_digits_words_and_scales(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 40,000 Sudanese have crossed into Chad.", Quantity(count=40000, approximate=True)),
        ("about 1 250 000 people remain displaced", Quantity(count=1250000, approximate=True)),
        ("nearly 3,000 migrants", Quantity(count=3000, count_max=3000, approximate=True)),
        ("just under 700 asylum seekers", Quantity(count=700, count_max=700, approximate=True)),
        ("less than 90 vehicles", Quantity(count=90, count_max=90, approximate=True)),
        ("more than 800 people", Quantity(count=800, count_min=800, approximate=True)),
        ("at least 12 villagers", Quantity(count=12, count_min=12, approximate=True)),
        ("between 4,000 and 4,500 voters", Quantity(count_min=4000, count_max=4500)),
        ("2,000 to 2,500 refugees", Quantity(count_min=2000, count_max=2500)),
        ("2,000-2,500 refugees", Quantity(count_min=2000, count_max=2500)),
        ("3 to 4 million", Quantity(count_min=3000000, count_max=4000000)),
        ("two million evacuees", Quantity(count=2000000)),
        ("tens of thousands of families", Quantity(count_min=10000, approximate=True)),
        ("Thousands fled the floods", Quantity(count_min=1000, approximate=True)),
        ("some 1,500 people a day", Quantity(count=1500, approximate=True, per_time_unit="day")),
        ("900 crossings per week", Quantity(count=900, per_time_unit="week")),
        ("about 20,000 migrants monthly", Quantity(count=20000, approximate=True, per_time_unit="month")),
        ("something like 2,700 lorries a week", Quantity(count=2700, approximate=True, per_time_unit="week")),
        ("in the region of 310 travellers", Quantity(count=310, approximate=True)),
        ("on the order of 52,000 passengers", Quantity(count=52000, approximate=True)),
        ("north of six thousand pilgrims", Quantity(count=6000, count_min=6000, approximate=True)),
        ("the better part of 90 buses", Quantity(count=90, count_max=90, approximate=True)),
        ("just shy of 1,100 visitors", Quantity(count=1100, count_max=1100, approximate=True)),
    ],
)
def test_quantities_parse_quantity_reads_qualifiers_ranges_and_rates(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


def test_quantities_skip_years_days_of_month_and_percentages() -> None:
    text = "On 3 March 2023, 45% of voters in Chile backed it; on Sunday (12) 600 people queued."
    found = find_quantities(text)
    assert [(q.text, q.quantity.count) for q in found] == [("600", 600)]


def test_quantities_list_of_two_figures_is_not_a_range() -> None:
    found = find_quantities("There were 1,400 on Friday and 1,900 on Saturday.")
    assert [q.quantity.count for q in found] == [1400, 1900]


def test_quantities_spans_match_the_text() -> None:
    text = "Police said roughly 2,300 Belarusians entered Poland."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == q.text == "roughly 2,300"


@pytest.mark.parametrize(
    ("text", "percent", "approximate"),
    [
        ("applications were up 30 percent on the month before", 30.0, False),
        ("a 12% rise on the week before", 12.0, False),
        ("crossings were down 5% in August", -5.0, False),
        ("asylum claims fell by 4.5 per cent", -4.5, False),
        ("arrivals nearly doubled to 3,000 a day", 100.0, True),
        ("the number of claims has tripled", 200.0, False),
        ("visits halved", -50.0, False),
    ],
)
def test_quantities_find_changes_reads_direction_and_size(text: str, percent: float, approximate: bool) -> None:
    (change,) = find_changes(text)
    assert (change.percent, change.approximate) == (percent, approximate)


def test_quantities_find_percents_gives_values_and_spans() -> None:
    text = "The 'yes' side won 52.4 percent, turnout was 61%."
    assert [(text[s:e], v) for s, e, v in find_percents(text)] == [("52.4 percent", 52.4), ("61%", 61.0)]


_PIECES = ["Dozens", "of", "people", "ſix", "SIX", "crossed", "twenty", "Thousands", "often", "7", ",", "\u0663"]


@given(st.lists(st.sampled_from([*_PIECES, " ", " ", "scores", "none", "in", "one"]), max_size=14).map("".join))
def test_quantities_skipping_sentences_without_numbers_changes_nothing(text: str) -> None:
    """A sentence with no digit and no number word is skipped unread: the same answers as reading it."""
    with mock.patch.object(quantities, "_may_count", lambda _: True):
        expected = find_quantities(text)
    assert find_quantities(text) == expected
