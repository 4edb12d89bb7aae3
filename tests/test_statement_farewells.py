"""A weekly briefing's last turn often only takes leave ("Thank you, all. See you again
soon."): no statement of the spokesperson's. Thanks alone were already left out; a farewell
naming the next sitting by "see you" kept the turn.

Every sentence here is invented; the class is shown in two wordings, built with the real model
through :func:`kg.extract.extract`, and a near miss where the farewell carries news.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.speakers_said import said


def _briefing(close: str) -> str:
    return (
        "Ministry of Transport: the spokesperson, Ilse Thornbury, meets the press\n\n"
        "I. THORNBURY: The ferry to the islands will run twice a day from Monday.\n\n"
        "Q (Coastline FM): Will the old pier reopen?\n\n"
        "A: The old pier stays closed until the divers have checked every pile.\n\n"
        f"I. THORNBURY: {close}\n"
    )


@pytest.mark.parametrize("close", ["Thank you, all. See you again soon.", "Thanks, everyone. See you on Friday."])
def test_a_farewell_turn_is_no_statement(nlp: Language, close: str) -> None:
    found = said(nlp, _briefing(close))
    assert any("twice a day" in q for q in found), found
    assert not [q for q in found if "See you" in q], found


def test_a_farewell_with_news_stays_a_statement(nlp: Language) -> None:
    found = said(nlp, _briefing("See you next week, when the new timetable is out."))
    assert any("new timetable" in q for q in found), found
