"""A pronoun in a readout's numbered section means that section's people, and words a questioner
quotes inside a turn are never the questioner's own.

Every sentence here is invented. A readout of two calls puts each under a numbered heading; when
the parse misses the second section's subject ("Chancellor X told ..."), "he said" must not reach
back to the first section's leader. A reporter who quotes a government in a question ('the
ministry said it had "no notice"') is not the speaker of those words.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _statements(nlp: Language, text: str) -> list[tuple[str, str]]:
    got = extract(nlp(text), Article("t", text, "test", published=date(2026, 6, 2)))
    return [(s.speaker, s.quote) for s in got.statements]


@pytest.mark.parametrize(
    "second",
    [
        "2. Meeting with Chancellor Varnholt of Austria\n\n"
        "Later, the Prime Minister received Her Excellency Ingrith Varnholt, Chancellor of Austria. "
        "Chancellor Varnholt briefed her host on rail freight through the Alps. "
        'She said Austria was "willing to fund half of the new terminal" at the border.',
        "2) Talks with Chancellor Varnholt\n\n"
        "In the afternoon the Prime Minister met Ingrith Varnholt, the Austrian Chancellor, in Vienna. "
        "Chancellor Varnholt set out the plans for the freight corridor. "
        'She said her government stood "ready to open the second track by spring".',
    ],
)
def test_pronoun_stays_in_its_numbered_section(nlp: Language, second: str) -> None:
    text = (
        "READOUT: The Prime Minister's meetings on 2 June\n\n"
        "1. Meeting with President Corvane of Slovenia\n\n"
        "Prime Minister Tollund Askeby met the President of Slovenia, Her Excellency Mara Corvane. "
        "President Corvane said the two countries would share patrols on the river from July.\n\n"
        f"{second}\n\n- ENDS -"
    )
    quoted = [s for s, q in _statements(nlp, text) if q.startswith(("willing to fund", "ready to open"))]
    assert quoted == ["person/ingrith-varnholt"]


@pytest.mark.parametrize(
    "question",
    [
        "REPORTER (Ana Siddeley, Daily Lantern): Minister, the Slovak government said on Monday that it had "
        '"received no request" for joint patrols. Did you ask them?',
        'Q (Ana Siddeley, Harbour Courier): Pavel, the ministry in Bratislava told us it was "still waiting '
        'for a formal note". Have you sent one?',
    ],
)
def test_words_quoted_in_a_question_are_not_the_askers(nlp: Language, question: str) -> None:
    text = (
        "TRANSCRIPT: Press briefing of the Interior Ministry\n\n"
        "MINISTER PAVEL MBEKWA QUARRINGTON: Good morning. We deployed forty more officers to the border "
        "this week.\n\n"
        f"{question}\n\n"
        "MINISTER PAVEL MBEKWA QUARRINGTON: We wrote to them on Friday. The letter was delivered."
    )
    assert not [s for s, q in _statements(nlp, text) if "siddeley" in s]
