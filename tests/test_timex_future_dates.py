"""A date without a year in a sentence that speaks of the future lies ahead of publication.

"The ministers will meet on 2 October" in a story of 20 September is this year's 2 October, not
last year's: the one-week slack that suits past events ("on September 21" a day after it) reads
announcements of a vote, a summit or a reopening a month away as a year ago.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import find_times

PUB = date(2026, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ministers will meet in Varnholt on 2 October to sign the accord.", "2026-10-02"),
        ("The runoff is scheduled for November 8, the electoral board said.", "2026-11-08"),
        ("Talks are due to resume on 14 October in the capital.", "2026-10-14"),
        ("The crossing at Kessingen is set to reopen on October 30 after repairs.", "2026-10-30"),
    ],
)
def test_a_date_in_a_sentence_about_the_future_lies_ahead(text: str, expected: str) -> None:
    assert [t.date for t in find_times(text, PUB)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two ministers met in Varnholt on 2 October to sign the accord.", "2025-10-02"),
        ("Polling stations closed on September 12 and counting began at once.", "2026-09-12"),
        # a future verb in another sentence says nothing of this one's date
        ("Talks will resume soon. The last round ended on 14 October.", "2025-10-14"),
    ],
)
def test_a_date_told_in_the_past_stays_behind(text: str, expected: str) -> None:
    assert [t.date for t in find_times(text, PUB)] == [expected]
