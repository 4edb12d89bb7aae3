"""A ministry whose portfolio is a security body ("the Ministry of the Armed Forces") is the state's ministry.

Its name ends in the words of a force, so it was read as an armed group named "... Forces" (no
state's body), or, in a masthead in capitals, cut to the force its portfolio names. The ministry
heads its own name: it is one body, part of the state the text is about.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

#: A communique under a masthead in capitals: the state's name, then the ministry's.
_MASTHEAD = (
    "REPUBLIC OF CHAD\n"
    "MINISTRY OF THE ARMED FORCES\n\n"
    "Chad will keep two companies near Tissi until the rains end, the ministry said. Chad "
    "thanked the villagers for their help.\n"
)

#: A news sentence naming the ministry in title case after the state's story.
_NEWS = (
    "Guinea sent a second company to the Sogbeya road on Friday. Guinea's borders stay open, and the "
    "Ministry of the Armed Forces says the soldiers will patrol only by day.\n"
)


@pytest.mark.parametrize(("text", "state"), [(_MASTHEAD, "state/TD"), (_NEWS, "state/GN")])
def test_relations_security_portfolio_ministry_is_the_states(nlp: Language, text: str, state: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if "ministry-of-the-armed-forces" in s}
    assert owners == {state}
