"""A baseline figure "in the same period of" another year covers the first figure's period in that
year: "Since 1 January, 869 arrived, against 527 during the same period of 2021" dates the 527 from
1 January 2021; "over the same months a year before" moves the first figure's months one year back
(:mod:`kg.extract.event_year_before`). A change stated in percent alone makes no baseline.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.model import Event

#: A Thursday.
PUB = date(2023, 6, 15)

NAMES = {
    "Zambia": ("state/ZM", "State"),
    "Angola": ("state/AO", "State"),
}


def _flows(nlp: Language, text: str) -> dict[int | None, Event]:
    events = named_events(nlp, text, NAMES, PUB)
    return {e.count: e for e in events if e.type == "BorderCrossing"}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Since 1 January, 869 people have arrived in Zambia from Angola, against 527 during the same period "
            "of 2021.",
            "2021",
        ),
        (
            "Since 1 January, 869 people have arrived in Zambia from Angola, compared with 527 during the same "
            "period last year.",
            "2022",
        ),
        (
            "Since 1 January, 869 people have arrived in Zambia from Angola, up from 527 over the same period of 2021.",
            "2021",
        ),
    ],
)
def test_a_baseline_since_a_day_starts_that_day_of_its_year(nlp: Language, text: str, year: str) -> None:
    flows = _flows(nlp, text)
    assert flows[869].start_date == "2023-01-01"
    assert flows[527].start_date == f"{year}-01-01"
    assert flows[527].date is None


@pytest.mark.parametrize(
    "text",
    [
        "Officers stopped 1,275 people entering Zambia from Angola in March and April, against 585 over the same "
        "months a year before.",
        "From 1 March to 30 April, 1,275 people entered Zambia from Angola, compared with 585 during the same "
        "period last year.",
    ],
)
def test_a_baseline_a_year_earlier_covers_the_same_months(nlp: Language, text: str) -> None:
    flows = _flows(nlp, text)
    assert (flows[1275].start_date, flows[1275].end_date) == ("2023-03-01", "2023-04-30")
    assert (flows[585].start_date, flows[585].end_date) == ("2022-03-01", "2022-04-30")


def test_a_change_in_percent_alone_makes_no_baseline(nlp: Language) -> None:
    text = "Since 1 January, 869 people have arrived in Zambia from Angola, up 16 percent on the same weeks of 2021."
    flows = _flows(nlp, text)
    assert list(flows) == [869]
    assert flows[869].start_date == "2023-01-01"
