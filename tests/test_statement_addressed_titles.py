"""A title line naming its speaker by office and a form of address, and one addressed to an audience.

Statements and speeches of parliaments and city halls are titled "Policy statement before the
Senate by the Minister of X, Honourable Jane Roe, on …" or "Statement by the Mayor of
Y, Cllr Jane Roe, on …": the genre word may be followed by its audience before "by", and a form of
address ("Honourable", "Cllr", "His Excellency") may stand between the office and the name. The
whole body is then that person's words. Names and sentences are invented; through the real model.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2025, 3, 3)

BODY = (
    "Members will know that the river crossing at the northern gate will open day and night "
    "from next month. We will add forty officers to the post. Our people have waited long enough.\n\n"
    "That is the plan we put before you today.\n"
)


def speakers(nlp: Language, text: str) -> set[str]:
    """The names of the speakers of the document's statements."""
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities}
    return {names[s.speaker] for s in out.statements}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Policy statement before the Senate by the Minister of Transport, Honourable Palesa "
            "Ntlhoro-Mabe, on the northern gate",
            "Palesa Ntlhoro-Mabe",
        ),
        ("Statement by the Mayor of Galway, Cllr Oisin Breathnach-Vale, on the northern gate", "Oisin Breathnach-Vale"),
        (
            "Address to the Senate by the Minister of the Interior, His Excellency Tomas Arvello-Quint, on the "
            "border posts",
            "Tomas Arvello-Quint",
        ),
    ],
)
def test_statement_addressed_titles_body_is_the_named_holders(nlp: Language, title: str, name: str) -> None:
    text = f"{title}\n\nCapital, 4 March 2025\n\n{BODY}"
    assert speakers(nlp, text) == {name}
