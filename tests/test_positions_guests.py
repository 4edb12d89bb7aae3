"""A guest head of state or government named bare is not in the state the story is filed from.

Invented texts through the real model: a host welcomes "President X to Y" or meets "the visiting
Prime Minister X"; with no state in the title, the guest's office took the dateline's state, which
is the host's. Another state of the text is the guest's; a leader met without a guest's cue keeps
the dateline's state.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


def _posts(nlp: Language, text: str) -> dict[str, set[str | None]]:
    article = Article(id="t", text=text, source="test", published=date(2026, 5, 4))
    doc = nlp(text)
    out: dict[str, set[str | None]] = {}
    for p in find_positions(doc, article, find_entities(doc, article)):
        out.setdefault(p.holder, set()).add(p.post_in)
    return out


@pytest.mark.parametrize(
    ("text", "guest", "state"),
    [
        (
            "OSLO, 4 May 2026 - Prime Minister Hedda Sorvik welcomed President Mikko Rautavaara to Oslo on "
            "Monday for talks on the northern border.\n\nThe President said that Finland would open a consulate "
            "in Tromso. Norway will fund half of a new rail link.",
            "person/mikko-rautavaara",
            "state/FI",
        ),
        (
            "LISBON, 3 March 2026 - President Tiago Meneses met the visiting Prime Minister Alvaro Tenreiro on "
            "Tuesday. They discussed fishing quotas.\n\nPortugal will raise its quota next year. The Prime "
            "Minister said that Spain would send a delegation in April.",
            "person/alvaro-tenreiro",
            "state/ES",
        ),
        (
            "Norway and Finland: statements to the press\nGovernment House, Oslo, 4 May 2026\n\n"
            "PRIME MINISTER HEDDA SORVIK: Good afternoon. It is a pleasure to welcome President Mikko Rautavaara "
            "to Oslo, a city with old ties to Finland. Our talks covered the rail link to Narvik.\n\n"
            "PRESIDENT MIKKO RAUTAVAARA: Thank you, Prime Minister. I am glad to be back in Oslo. Finland and "
            "Norway share a long northern border.",
            "person/mikko-rautavaara",
            "state/FI",
        ),
    ],
)
def test_guest_is_not_the_hosts(nlp: Language, text: str, guest: str, state: str) -> None:
    assert _posts(nlp, text).get(guest) == {state}


def test_leader_met_without_a_guests_cue_keeps_the_dateline(nlp: Language) -> None:
    text = (
        "LISBON, 3 March 2026 - President Tiago Meneses held talks on Tuesday with Prime Minister Alvaro "
        "Tenreiro at Belem Palace. The two leaders discussed the budget of Portugal."
    )
    assert _posts(nlp, text).get("person/alvaro-tenreiro") == {"state/PT"}
