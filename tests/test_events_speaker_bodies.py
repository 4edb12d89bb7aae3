"""A transcript speaker's "we" that sends, arrests or seizes is also the body the text gives the
speaker office in: "the Commissioner of the X Police, Jo Roe ... ROE: we sent nineteen more
officers" is the X Police's deployment. The speaker's "our officers" or "our inspectors" are that
body's people: what they do is the body's act, not the speaker's own. A "we" that meets or agrees
is the speaker with whoever they met, never their body.

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
    ("text", "label", "count"),
    [
        (
            "Kestrel FM - Drive Time, 3 June 2026\n\n"
            "PRESENTER: Joining me is Hana Voss, who runs the Brennholt Port Authority. Were there arrests?\n\n"
            "VOSS: Yes. On Saturday our officers arrested six men with forged boarding passes near the sheds.\n",
            "Arrest",
            6,
        ),
        (
            "HARBOUR WATCH - evening phone-in, 4 June 2026\n\n"
            "HOST: On the line is the Director of the Brennholt Port Authority, Hana Voss.\n\n"
            "VOSS: Good evening. Over the weekend our inspectors detained twelve deckhands from a trawler.\n",
            "Arrest",
            12,
        ),
        (
            "HARBOUR WATCH - evening phone-in, 4 June 2026\n\n"
            "HOST: On the line is the Director of the Brennholt Port Authority, Hana Voss. What was in the hold?\n\n"
            "VOSS: Our officers seized 300 cartons of cigarettes there on Sunday.\n",
            "Seizure",
            300,
        ),
    ],
)
def test_a_speakers_own_officers_act_for_their_body(nlp: Language, text: str, label: str, count: int) -> None:
    (act,) = [e for e in _events(nlp, text) if e.label.startswith(label)]
    assert act.count == count
    assert act.agent == ("agency/brennholt-port-authority",)


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
