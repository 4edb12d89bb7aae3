"""A text filed from a capital that names no state at all is that capital's state's: its bodies
are qualified by it ("CAPITAL, 3 May 2027 - The Ministry of Security said ...")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _bodies(nlp: Language, text: str) -> set[str]:
    article = Article(id="t", text=text, source="test")
    return {e.key for e in find_entities(nlp(text), article) if e.type == "Agency"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "VALLETTA, 4 March 2027 - The Ministry of Security said 300 officers were sent to the harbour.",
            "agency/ministry-of-security-malta",
        ),
        (
            "Castries, 9 June 2027\n\nThe National Police said on Monday that forty officers had left for the coast.",
            "agency/police-saint-lucia",
        ),
        (
            "BRIDGETOWN, 5 May 2027 - The Ministry of Fisheries said two boats were stopped on Friday.",
            "agency/ministry-of-fisheries-barbados",
        ),
    ],
)
def test_relations_capital_dateline_is_the_home(nlp: Language, text: str, key: str) -> None:
    """The body of a text filed from a capital, naming no state, is the capital's state's."""
    assert key in _bodies(nlp, text)


def test_relations_capital_dateline_namesake_is_no_home(nlp: Language) -> None:
    """A capital's name that a bigger town elsewhere bears ("Victoria") says nothing of the home."""
    bodies = _bodies(nlp, "Victoria, 9 June 2027\n\nThe National Police said forty officers had left for the coast.")
    assert bodies == {"agency/police"}
