"""A government's statement headed "Statement by the Government of X on …" with no dateline is
filed from X: a head of state it names bare ("President Jo Roe convened the cabinet") is X's,
however often the statement names the state it condemns. The "by" of a genre noun names the
text's author; it was read as the other side ("attacked by X").

Every sentence and person here is invented (the states are real, for their names).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

BODY = (
    "The Government strongly condemns the missile test carried out by Nauru this morning. "
    "Nauru fired three missiles towards our waters. Nauru must stop these provocations, "
    "and the Government will hold Nauru responsible for the consequences.\n\n"
    "President Ilse Varrow convened an emergency meeting of the cabinet at noon. "
    '"Our people will not live in fear," the President said.'
)


@pytest.mark.parametrize(
    "head",
    [
        "Statement by the Government of Luxembourg on the missile test",
        "Address by the Prime Minister of Luxembourg after the rocket launch",
    ],
)
def test_a_bare_head_of_state_in_a_governments_statement_is_its_states(nlp: Language, head: str) -> None:
    text = f"{head}\n\n{BODY}"
    article = Article("t", text, "test", published=date(2026, 3, 9))
    out = extract(nlp(text), article)
    posts = {p.post_in for p in out.positions if p.holder == "person/ilse-varrow" and p.title == "President"}
    assert posts == {"state/LU"}, out.positions
