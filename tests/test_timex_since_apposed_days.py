"""A day set off by commas after a "since" phrase that names no day opens the period: "Since the
summer timetable came in, on 4 May, ...", "since the pass reopened, on 9 June, ...". Without the
"since" the day stays the event's one date.

The event tests build their entities by hand so that only the reading of time is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.timex import find_times

#: A Wednesday.
PUB = date(2026, 6, 17)

NAMES = {"Ostravel": ("state/ostravel", "State"), "Korvath": ("state/korvath", "State")}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Since the summer timetable came in, on 4 May, the quay has been busy.", "2026-05-04"),
        ("since the pass reopened, on 9 June, lorries have queued", "2026-06-09"),
        ("Since the new rota began, on Monday 15 June, nobody has waited long.", "2026-06-15"),
    ],
)
def test_timex_day_apposed_to_since_opens_the_period(text: str, start: str) -> None:
    (t,) = find_times(text, PUB)
    assert (t.date, t.start_date, t.end_date) == (None, start, None)


def test_timex_apposed_day_without_since_stays_the_date() -> None:
    (t,) = find_times("After the storm, on 3 May, the quay was busy.", PUB)
    assert (t.date, t.start_date) == ("2026-05-03", None)


@pytest.mark.parametrize(
    "text",
    [
        "Since the ferry line from Korvath opened, on 3 May, about 1,683 people have landed in Ostravel.",
        "1,683 travellers from Korvath have entered Ostravel since the harvest fair opened, on 3 May.",
    ],
)
def test_events_figure_after_since_apposed_day_starts_then(nlp: Language, text: str) -> None:
    (flow,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "BorderCrossing"]
    assert (flow.count, flow.date, flow.start_date) == (1683, None, "2026-05-03")
