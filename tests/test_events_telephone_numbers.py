"""A release or an advisory closes with a number to call ("the consular duty line, +47 31 500 600",
"ring 0800 414 414"). Its digit groups are no count: neither the calling code nor the subscriber
number may become a figure of a flow of the citizens the text addresses. A figure in the same
text ("Around 12,500 citizens visited ...") still is one.

Every story here is invented for the test; entities are built by hand so that only event
reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

from kg.extract.quantities import find_quantities

#: A Thursday.
PUB = date(2024, 3, 14)

NAMES = {
    "Nordavia": ("state/nordavia", "State"),
    "Varnekia": ("state/varnekia", "State"),
}

VISITS = "Around 12,500 Nordavian citizens visited Varnekia in the first two months of the year, the ministry said. "


@pytest.mark.parametrize(
    "contact",
    [
        "Nordavian citizens in Varnekia who need urgent help may call the embassy's duty officer on"
        " +47 31 500 600 at any hour.",
        "In an emergency, travellers from Nordavia can reach the consular section in Varnekia at"
        " (+47) 31-500-600 or by e-mail.",
        "Nordavians stranded in Varnekia should ring the ministry's free line, 0800 414 414, which is"
        " staffed around the clock.",
    ],
)
def test_a_number_to_call_is_no_count_of_citizens(nlp: Language, contact: str) -> None:
    text = "Nordavia, 14 March 2024 - " + VISITS + contact
    counts = sorted(e.count for e in named_events(nlp, text, NAMES, PUB) if e.count is not None)
    assert counts == [12500]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Call +47 31 500 600; about 3,000 people crossed.", [3000]),
        ("The line 0800 414 414 took calls from some 1 250 000 people.", [1250000]),
        ("Arrivals rose to 1,400 (+46% on the week before).", [1400]),
    ],
)
def test_telephone_digits_are_no_quantity(text: str, figures: list[int]) -> None:
    assert [q.quantity.count for q in find_quantities(text)] == figures
