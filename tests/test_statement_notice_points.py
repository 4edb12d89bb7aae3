"""A notice's lead line over numbered or bulleted points: "OFFICE, NAME, informs the public of the following:".

Invented notices through the whole extraction: a governor's or prefect's notice gives its points
as the notice giver's words (no quotation marks), like a lead line "NAME, OFFICE, on TOPIC:"; the
narration after the last point is the issuing office's, not the person's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

_NOTICES = [
    (
        "Governorate of Brasquez\n\nUpdate from the Governor on the floods\n\nBrasquez, 4 May 2026\n\n"
        "The Governor of Brasquez, Mr. Idris Fennawi-Sallout, hereby informs all residents of the following:\n\n"
        "1. Traffic is moving again on the Ouarzen bridge, which was shut for four days last week.\n\n"
        "2. Since Monday, 2,150 vehicles have crossed the bridge, about 700 a day.\n\n"
        "The Governor visited Ouarzen on Tuesday.\n",
        "Idris Fennawi-Sallout",
        ["Traffic is moving again", "2,150 vehicles have crossed"],
    ),
    (
        "PREFECTURE OF VARNELLE\n\nNotice No. 7\n\nVarnelle, 12 March 2027\n\n"
        "The Prefect of Varnelle, Ms. Odile Marchetry-Saulx, notifies residents of the following measures:\n\n"
        "- The road between Varnelle and the post at Sainte-Orlane is closed to heavy vehicles until Friday.\n\n"
        "- Customs officers sent 640 lorries back from the post over the weekend.\n\n"
        "The prefecture will publish a new notice on Friday.\n",
        "Odile Marchetry-Saulx",
        ["closed to heavy vehicles", "640 lorries back"],
    ),
]


@pytest.mark.parametrize(("text", "speaker", "points"), _NOTICES)
def test_statement_notice_points_are_the_notice_givers_words(
    nlp: Language, text: str, speaker: str, points: list[str]
) -> None:
    got = said(nlp, text)
    for point in points:
        assert any(point in quote and who == speaker for quote, who in got.items()), got
    assert not any("Tuesday" in quote or "new notice" in quote for quote in got)  # after the points: narration
