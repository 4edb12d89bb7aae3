"""A counterpart's office is in the other state: "her Ruritanian counterpart, Foreign Minister X" (issue 8).

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "Lima, 2 May. Peru's foreign minister, Rosario Lema Tito, settled the matter on a call with her Bolivian "
            "counterpart, Foreign Minister Diego Arce Quiroga. Peru will open the border.",
            "person/diego-arce-quiroga",
            "state/BO",
        ),
        (
            "Oslo, 9 June. Norway's defence minister said he had spoken on Monday with his Swedish counterpart, "
            "Defence Minister Ingrid Holm Axelsson, about the exercise. Norway will host it.",
            "person/ingrid-holm-axelsson",
            "state/SE",
        ),
    ],
)
def test_positions_counterparts_office_in_the_other_state(nlp: Language, text: str, holder: str, state: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, state) in got


@pytest.mark.parametrize(
    ("text", "holder", "title", "state"),
    [
        (
            "Latvian Minister of Economy Janis Berzins met on Monday with Peru's Minister for Trade and Tourism, "
            "Lucia Marquena, about exports.",
            "person/lucia-marquena",
            "Minister for Trade and Tourism",
            "state/PE",
        ),
        (
            "The Foreign Minister of Norway spoke on Friday with Chile's Minister for Foreign Affairs, Rosa "
            "Velarde Kunz, about fisheries.",
            "person/rosa-velarde-kunz",
            "Minister for Foreign Affairs",
            "state/CL",
        ),
    ],
)
def test_positions_counterparts_possessed_office_after_a_preposition(
    nlp: Language, text: str, holder: str, title: str, state: str
) -> None:
    """ "with Y's Minister of Z, X": the possessor after the preposition opens the office set off by
    commas before the name, so X holds it in Y (the clause before names another minister)."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, title, state) in got


@pytest.mark.parametrize(
    ("text", "holder", "state"),
    [
        (
            "DUBLIN, 2 June 2026 - Prime Minister Aoife Brennan-Kerr welcomed the Chief Minister of the Isle of Man, "
            "Juan Kermode-Lace, on Friday. The Isle of Man and the United Kingdom signed the fisheries protocol "
            "with Ireland.",
            "person/aoife-brennan-kerr",
            "state/IE",
        ),
        (
            "CANBERRA, 4 March 2026 - Prime Minister Lena Hartwell-Moore received the Premier of Niue, Tavita "
            "Pulu-Ake, on Monday. Niue, in free association with New Zealand, will join the scheme with Australia.",
            "person/lena-hartwell-moore",
            "state/AU",
        ),
    ],
)
def test_positions_counterparts_other_office_place_is_not_the_holders(
    nlp: Language, text: str, holder: str, state: str
) -> None:
    """ "Prime Minister X received the Premier of Y": Y completes the guest's office, so the state Y
    lies in says nothing of X's; the dateline's state does."""
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert (holder, state) in got
