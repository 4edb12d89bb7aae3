"""In a transcript, a speaker's "we" acts for the speaker and for the state they speak for: the
state their turn's label names, else the one the text introduces them with, else where the text is
filed from. "I" is the speaker alone.

Every exchange is invented for the test; entities and the speaker's words are built by hand so
that only event reading is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract.events import find_events
from kg.model import Article, Event, Span, Statement

#: A Wednesday.
PUB = date(2026, 3, 4)

NAMES = {
    "Norway": ("state/NO", "State"),
    "Norwegian": ("state/NO", "State"),
    "Finland": ("state/FI", "State"),
    "Aino Kettu": ("person/aino-kettu", "Person"),
    "Tollsund": ("checkpoint/tollsund", "Checkpoint"),
    "Vessby": ("settlement/vessby", "Settlement"),
}


def _deployments(nlp: Language, text: str, turn: str) -> list[Event]:
    """The deployments of ``text``, whose turn opening with ``turn`` Aino Kettu speaks to its end of line."""
    start = text.index(turn)
    end = text.index("\n", start) if "\n" in text[start:] else len(text)
    said = Statement("person/aino-kettu", text[start:end], Span(start, end, text[start:end]), ())
    names = {k: v for k, v in NAMES.items() if k in text}
    article = Article(id="t", text=text, source="test", published=PUB)
    events = find_events(nlp(text), article, entities_named(text, names), (said,))
    return [e for e in events if e.label.startswith("Deployment")]


@pytest.mark.parametrize(
    ("text", "turn"),
    [
        (
            "The committee heard Aino Kettu, Minister for Justice of Norway, on the night queues.\n\n"
            "KETTU: Before midsummer we will add twelve officers at Tollsund as well.\n",
            "Before midsummer",
        ),
        (
            "NORWEGIAN INTERIOR MINISTER AINO KETTU: The waits are too long. On Monday we dispatched "
            "twelve officers to Vessby.\n",
            "The waits",
        ),
    ],
)
def test_events_we_speakers_we_is_also_the_speakers_state(nlp: Language, text: str, turn: str) -> None:
    (deployment,) = _deployments(nlp, text, turn)
    assert deployment.agent == ("person/aino-kettu", "state/NO")
    assert deployment.count == 12


def test_events_we_speakers_i_is_the_speaker_alone(nlp: Language) -> None:
    text = (
        "The committee heard Aino Kettu, Minister for Justice of Norway, on the night queues.\n\n"
        "KETTU: Last night I sent twelve extra officers to Vessby myself.\n"
    )
    (deployment,) = _deployments(nlp, text, "Last night")
    assert deployment.agent == ("person/aino-kettu",)


def test_events_we_speakers_a_speaker_of_another_state_than_the_dateline(nlp: Language) -> None:
    text = (
        "Joint press conference, Tollsund, Norway, 4 March 2026\n\n"
        "FINNISH MINISTER AINO KETTU: For the Finnish side, we transferred twelve officers to Tollsund in January.\n"
    )
    (deployment,) = _deployments(nlp, text, "For the Finnish")
    assert deployment.agent == ("person/aino-kettu", "state/FI")
