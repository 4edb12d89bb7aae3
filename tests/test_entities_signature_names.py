"""A name alone on its line above a line that opens with an office is a person: a signature.

Letters and releases close with the signer: "Hortense Mavoungou-Ella" / "Director General of
Customs" / the state. The tagger may read an unfamiliar name as a body or a place; the office
line below says it is a person. A hyphenated surname counts as one word of the name. Names are
invented; the rule is read on the real model's parse, for each reading the tagger may give.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.nlp.persons import context_person
from kg.nlp.roles import PERSON_NOUNS


def _name(nlp: Language, text: str, name: str) -> object:
    doc = nlp(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dear residents,\n\nThe bridge will close on Monday.\n\nKind regards,\n\n"
            "Ondine Bakita-Rékou\nMinister of Public Works\nRepublic of Benin\n",
            "Ondine Bakita-Rékou",
        ),
        (
            "To the traders,\n\nA second lane opens before the holidays.\n\nYours faithfully,\n\n"
            "Hortense Mavoungou-Ella\nDirector General of Customs\nRepublic of the Congo\n",
            "Hortense Mavoungou-Ella",
        ),
    ],
)
@pytest.mark.parametrize("ner", ["ORG", "GPE"])
def test_entities_name_over_an_office_line_is_a_person(nlp: Language, text: str, name: str, ner: str) -> None:
    span = _name(nlp, text, name)
    assert context_person(span, ner, PERSON_NOUNS, titled=False)


def test_entities_name_over_a_desk_line_is_not_made_a_person(nlp: Language) -> None:
    text = "For more information:\n\nHarbour Works Unit\nPress Desk\nRepublic of the Congo\n"
    span = _name(nlp, text, "Harbour Works Unit")
    assert not context_person(span, "ORG", PERSON_NOUNS, titled=False)
