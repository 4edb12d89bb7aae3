"""A body's bracketed short form used again as a modifier: invented sentences through the real model.

Class: "the Tarnian Relief Mission (TRM) ... a TRM team": the short form in capitals before a noun,
which the NER leaves out or reads as a place of its own. After the brackets define it, every use
of the short form is a mention of the body.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import link_mentions


@pytest.mark.parametrize(
    ("text", "short", "body"),
    [
        (
            "The Tarnian Relief Mission (TRM) opened an office in the capital. A TRM team visited the camp on Monday.",
            "TRM",
            "Tarnian Relief Mission",
        ),
        (
            "The Velland Border Monitoring Group (VBMG) said the crossing was closed. The VBMG team stays.",
            "VBMG",
            "Velland Border Monitoring Group",
        ),
        (
            "The Kesh Valley Water Authority (KVWA) cut supplies. Engineers said the KVWA plan would take a year.",
            "KVWA",
            "Kesh Valley Water Authority",
        ),
    ],
)
def test_entities_short_form_uses_as_modifier(nlp: Language, text: str, short: str, body: str) -> None:
    links = link_mentions(nlp(text))
    key = next(lk.key for lk in links if lk.text == body)
    uses = [lk for lk in links if lk.text == short]
    assert len(uses) == 2
    assert {lk.key for lk in uses} == {key}


def test_entities_short_form_uses_only_after_the_brackets(nlp: Language) -> None:
    """Capitals that no bracket defined are left to the model."""
    links = link_mentions(nlp("A TRM team visited the camp on Monday."))
    assert not any(lk.key.startswith("organization/tarnian") for lk in links)
