"""A transcript speaker's "we" that sends, arrests or seizes is also the body the text gives the
speaker office in: "the Commissioner of the X Police, Jo Roe ... ROE: we sent nineteen more
officers" is the X Police's deployment. A "we" that meets or agrees is the speaker with whoever
they met, never their body.

Every transcript here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, Event


def _events(nlp: Language, text: str) -> tuple[Event, ...]:
    article = Article(id="t", text=text, source="test", published=date(2026, 6, 10))
    return extract(nlp(text), article).events


@pytest.mark.parametrize(
    ("text", "body", "count"),
    [
        (
            "VALDRA COMMUNITY RADIO - transcript\nWednesday, 10 June 2026\n\n"
            "HOST: Our guest is the Commissioner of the Ostmark Harbour Police, Tomas Ferreira. Welcome.\n\n"
            "FERREIRA: Thank you. Last Friday we sent nineteen more officers to the quay, and they stay all summer.\n",
            "agency/ostmark-harbour-police",
            19,
        ),
        (
            "Kestrel FM - Drive Time, 3 June 2026\n\n"
            "PRESENTER: Joining me is Hana Voss, who runs the Brennholt Port Authority. Hana, welcome.\n\n"
            "VOSS: Good to be here. The queues were bad, so we have added eleven officers since April.\n",
            "agency/brennholt-port-authority",
            11,
        ),
    ],
)
def test_a_speakers_we_deploys_for_their_body(nlp: Language, text: str, body: str, count: int) -> None:
    (sent,) = [e for e in _events(nlp, text) if e.label.startswith("Deployment")]
    assert sent.count == count
    assert body in sent.agent


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel FM - Drive Time, 3 June 2026\n\n"
        "PRESENTER: Joining me is Hana Voss, who runs the Brennholt Port Authority. Were there arrests?\n\n"
        "VOSS: Yes. On Saturday we arrested six men with forged boarding passes.\n",
        "HARBOUR WATCH - evening phone-in, 4 June 2026\n\n"
        "HOST: On the line is the Director of the Brennholt Port Authority, Hana Voss.\n\n"
        "VOSS: Good evening. Over the weekend we detained six men who carried forged boarding passes.\n",
    ],
)
def test_a_speakers_we_arrests_for_their_body(nlp: Language, text: str) -> None:
    (held,) = [e for e in _events(nlp, text) if e.label.startswith("Arrest")]
    assert held.count == 6
    assert "agency/brennholt-port-authority" in held.agent


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel FM - Drive Time, 3 June 2026\n\n"
        "PRESENTER: Joining me is Hana Voss, who runs the Brennholt Port Authority. Did you see the ferry company?\n\n"
        "VOSS: I met their chief executive on Monday, and we plan to talk again in July.\n",
        "HARBOUR WATCH - evening phone-in, 4 June 2026\n\n"
        "HOST: On the line is the Director of the Brennholt Port Authority, Hana Voss.\n\n"
        "VOSS: Good evening. The mayor and I talked on Tuesday, and we will sit down again next month.\n",
    ],
)
def test_a_speakers_we_meets_without_their_body(nlp: Language, text: str) -> None:
    for event in _events(nlp, text):
        assert "agency/brennholt-port-authority" not in event.agent
