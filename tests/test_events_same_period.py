"""A measure that lasts "for / during the same period" covers the period a sentence before states
("1. A curfew is imposed from 3 to 30 November. ... 3. The crossing points ... are closed for the
same period"); "in the same period last year" is a comparison's base, no anaphor.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event

PUB = date(2026, 11, 2)

NAMES = {
    "Varnolia": ("state/varnolia", "State"),
    "Kesselmark": ("state/kesselmark", "State"),
    "Ostrova": ("settlement/ostrova", "Settlement"),
    "Bremmin": ("settlement/bremmin", "Settlement"),
}


def _closures(nlp: Language, text: str) -> list[Event]:
    text = "OSTRAVEN, Varnolia, 2 November 2026 - " + text
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, NAMES), ())
    return [e for e in events if e.type == "BorderClosure"]


@pytest.mark.parametrize(
    "text",
    [
        "The Governor announces the following measures.\n\n"
        "1. A curfew is imposed from 7 p.m. to 6 a.m. in Ostrova, from Tuesday 3 November 2026 to Thursday "
        "3 December 2026.\n\n"
        "2. The weekly markets of Ostrova are suspended until further notice.\n\n"
        "3. The movement of lorries is forbidden at all times in Ostrova.\n\n"
        "4. The border crossing points between Ostrova and Bremmin stay shut to all vehicles for the same period.",
        "Road works took place on the bridge at Ostrova from 3 November 2026 to 3 December 2026. The crossings "
        "between Ostrova and Bremmin were shut during the same period, the ministry said.",
    ],
)
def test_same_period_a_measure_lasts_the_period_stated_before(nlp: Language, text: str) -> None:
    (closure,) = _closures(nlp, text)
    assert (closure.start_date, closure.end_date) == ("2026-11-03", "2026-12-03")


def test_same_period_of_last_year_is_no_anaphor(nlp: Language) -> None:
    text = (
        "Road works took place from 10 to 14 October. The crossings between Ostrova and Bremmin were closed "
        "in the same period last year."
    )
    assert all(c.start_date is None for c in _closures(nlp, text))
