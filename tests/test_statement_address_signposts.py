"""A speech's signposts ("Second, where the money goes.") and closing blessings ("God keep our
islands.") are no key sentences of a one-speaker text; its points are.

Invented addresses through the whole extraction.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from speakers_said import said

_ADDRESSES = [
    (
        "Televised speech by President Teodor Lunde of Iceland on the ferry strike\n\n"
        "Fellow citizens, tonight my subject is the ferries.\n\n"
        "First, where things stand. No ferry has reached the islands for nine days.\n\n"
        "Second, who pays. The treasury covers the lost wages of the island shops until May.\n\n"
        "Third, how it ends. The mediator calls both unions back to the table on Monday.\n\n"
        "God keep our islands.\n",
        ["First, where things stand.", "Second, who pays.", "Third, how it ends.", "God keep our islands."],
    ),
    (
        "Statement to the Assembly by the Prime Minister of Malta, Mira Solberg, on the harbour fire\n\n"
        "Yesterday a fire destroyed two warehouses on the Grand Harbour quay.\n\n"
        "Firstly, how it started. Investigators believe a spark from welding work lit the cargo.\n\n"
        "Secondly, why it spread. The sprinklers in the second warehouse had been switched off.\n\n"
        "The state pays for the new quay, and ships dock there again next week.\n\n"
        "God save our people, and long live the Republic.\n",
        ["Firstly, how it started.", "Secondly, why it spread.", "God save our people, and long live the Republic."],
    ),
]


@pytest.mark.parametrize(("text", "left_out"), _ADDRESSES)
def test_statement_address_signposts_are_no_key_sentences(nlp: Language, text: str, left_out: list[str]) -> None:
    quotes = list(said(nlp, text))
    assert quotes, quotes
    assert not any(q.strip() in left_out for q in quotes), quotes


def test_statement_address_signposts_keep_a_clause_used_as_subject(nlp: Language) -> None:
    """ "Second, what we did worked." says something: the clause is the subject of a verb."""
    text = (
        "Address by the President of Iceland, Teodor Lunde, on the ferry strike\n\n"
        "Second, what we did last winter worked well for the islands.\n\n"
        "We will not send the navy to sail the ferries.\n"
    )
    assert any("what we did last winter worked" in q for q in said(nlp, text))
