"""A bracketed note after the publisher's name ("(press office)", "(news release)") is no part of the body's name.

Invented releases through the real model: with the note read into the name, the publishing
body was not found among the text's bodies, and its own officers fell back on the state of the
context; read apart, the body is matched and keeps them. A body's press office ("X Police Press
Office") publishing is matched to no body: it reports the offices of others and holds none.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder


@pytest.mark.parametrize(
    ("text", "publisher", "holder", "body"),
    [
        (
            "The Ministry of the Interior of Finland has asked the border districts to prepare for more "
            "arrivals. The Deputy Minister of the Interior, Anni Saarenpää, will visit the eastern districts "
            "on Monday.",
            "Ministry of the Interior of Finland (press office)",
            "person/anni-saarenpaa",
            "agency/interior-ministry-finland",
        ),
        (
            "HELSINKI - Deputy Minister of the Interior Ilkka Rantavuo opened a new reception centre near the "
            "eastern border on Friday, the Ministry of the Interior of Finland said in a statement.",
            "Ministry of the Interior of Finland (news release)",
            "person/ilkka-rantavuo",
            "agency/interior-ministry-finland",
        ),
    ],
)
def test_a_noted_publisher_keeps_its_officers(nlp: Language, text: str, publisher: str, holder: str, body: str) -> None:
    assert posts_by_holder(nlp, text, publisher).get(holder) == {body}


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Figures released on Tuesday by the Finnish Police Press Office show four arrests at the eastern "
            "border. Interior Minister Veikko Lahdenperä said the patrols would be doubled, the Police Press "
            "Office added.",
            "Finnish Police Press Office",
        ),
        (
            "Four people were arrested at the eastern border at the weekend, according to a police statement. "
            "The Interior Minister, Veikko Lahdenperä, will visit the area on Monday with officers from Helsinki.",
            "Finnish Police Press Office (news release)",
        ),
    ],
)
def test_a_press_office_holds_none_of_the_offices_it_reports(nlp: Language, text: str, publisher: str) -> None:
    posts = posts_by_holder(nlp, text, publisher)
    assert posts.get("person/veikko-lahdenpera") == {"state/FI"}
