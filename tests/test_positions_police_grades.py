"""A police grade alone before a name is the holder's position, as a military rank is.

"Detective Inspector X said", "Inspector Y of the police", "Detective Sergeant Z": with no office
given, the grade is how the text gives the officer, and the detective branch is part of it. The
holder's post is the force or the state, as for ranks. Sentences and names are invented; three
wordings, through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder, titles_by_holder


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Detective Inspector Morwenna Tallis, who leads the inquiry in Malta, told a news conference that "
            "the van had been stolen in May.",
            "person/morwenna-tallis",
            "Detective Inspector",
        ),
        (
            "Inspector Morwenna Tallis of the Malta police said three men had been arrested at the harbour.",
            "person/morwenna-tallis",
            "Inspector",
        ),
        (
            "The stolen lorry was found near Kingston, Detective Sergeant Orrin Blakewell told reporters in Jamaica.",
            "person/orrin-blakewell",
            "Detective Sergeant",
        ),
    ],
)
def test_positions_police_grade_alone_is_the_position(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "Fishermen from Cuba reported the boat missing on Sunday. The Royal Bahamas Police Force says "
            "Superintendent Orrin Blakewell will lead the search off the coast of Cuba.",
            "person/orrin-blakewell",
            "agency/police-bahamas",
        ),
        (
            "Drivers from Vanuatu face long delays at the wharf. The Fiji Police Force has opened an inquiry into "
            "the crash. Detective Inspector Morwenna Tallis told reporters that the driver was unhurt.",
            "person/morwenna-tallis",
            "agency/police-fiji",
        ),
    ],
)
def test_positions_grade_alone_is_held_in_the_force_just_named(
    nlp: Language, text: str, holder: str, post: str
) -> None:
    assert posts_by_holder(nlp, text)[holder] == {post}
