"""A bare office whose state the sentence before names: "the President of X?" then "President Y".

A briefing's question names the office and the answer its holder bare ("Will the Minister meet the
President of Latvia?" / "A call on President Y is scheduled"); a reporter's sentence does the same
("… would include the Prime Minister of Latvia. Prime Minister Y would host …"). The holder's
office is in the state the sentence before gives that office, not in the story's own state.
Invented texts through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

BRIEFING = (
    "Transcript of the weekly briefing of the Ministry of Foreign Affairs\n\n"
    "Oslo, 3 March 2026\n\n"
    "SPOKESPERSON ANNA VELTRUP: Good afternoon. Norway will send two ships to the fisheries talks.\n\n"
    "QUESTION: Will the Minister meet the President of Latvia?\n\n"
    "SPOKESPERSON VELTRUP: A call on President Ivo Tarrant is scheduled for Tuesday.\n\n"
    "QUESTION: Is Norway ready?\n\n"
    "SPOKESPERSON VELTRUP: Norway is ready.\n"
)
STORY = (
    "OSLO, 3 March 2026 - Norway will open its new embassy in Riga this spring, the Norwegian government said "
    "on Monday. Reporters asked whether the visit would include the Prime Minister of Latvia. Prime Minister "
    "Anda Kalnavik would host the Norwegian delegation on Friday, an official said.\n"
)


@pytest.mark.parametrize(
    ("text", "holder"),
    [(BRIEFING, "person/ivo-tarrant"), (STORY, "person/anda-kalnavik")],
)
def test_positions_title_antecedent_gives_the_state(nlp: Language, text: str, holder: str) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {p.holder: p.post_in for p in find_positions(doc, article, find_entities(doc, article))}
    assert got.get(holder) == "state/LV", got
