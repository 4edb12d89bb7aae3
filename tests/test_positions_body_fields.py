"""An office set off after a name, with the body in the next comma's field: "Jo Roe, Deputy
Director, Bureau of Mines" holds the office in that bureau, not in the state the text is about.

Invented sentences through the real model and every extractor: an attendance list, a guest line
and a clip label in capitals, and a near miss (a clause after the office names no body).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _posts(nlp: Language, text: str) -> dict[str, tuple[str, str | None]]:
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    return {p.holder: (p.title, p.post_in) for p in out.positions}


@pytest.mark.parametrize(
    ("text", "holder", "title", "body"),
    [
        (
            "Mooring fees in the lagoon will double in March, the government of Palau said.\n\n"
            "Present at the meeting were Mr Ansel Dovrane, Assistant Commissioner, Department of Reef Affairs, "
            "and Ms Ilona Tessarek, Director, Bureau of Harbour Pilots.",
            "person/ilona-tessarek",
            "Director",
            "agency/bureau-of-harbour-pilots",
        ),
        (
            "Episode 12: why copra prices fell. Guest: Bram Okonji-Vale, Deputy Director, Department of Copra "
            "Marketing.\n\nHOST: Palau sold less copra this year. Welcome, Mr Okonji-Vale.",
            "person/bram-okonji-vale",
            "Deputy Director",
            "agency/department-of-copra-marketing",
        ),
        (
            "ISLAND RADIO - MIDDAY NEWS\n\nREADER: The National Seed Institute has put off the taro seedling sale "
            'by a week.\n\n[CLIP - SEFA QUILLAN, DIRECTOR, NATIONAL SEED INSTITUTE]\n"The trucks leave on Monday."',
            "person/sefa-quillan",
            "Director",
            "agency/national-seed-institute",
        ),
    ],
)
def test_positions_body_fields_after_the_title(nlp: Language, text: str, holder: str, title: str, body: str) -> None:
    assert _posts(nlp, text)[holder] == (title, body)


def test_positions_body_fields_clause_after_the_title_is_no_body(nlp: Language) -> None:
    text = (
        "Palau reopened the jetty on Friday. Mr Ansel Dovrane, Director, said the Department of Reef Affairs "
        "would inspect it weekly."
    )
    assert _posts(nlp, text)["person/ansel-dovrane"] == ("Director", "state/PW")
