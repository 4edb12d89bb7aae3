"""A present copula between an office and a name states the office: "The Director of X is Inspector
Y." in a release's background notes, "Y has been Minister of Z since March." in a profile. A past
("was") or negated copula states none, and neither does an office that is someone else's.

Every name here is invented for the test.
"""

from __future__ import annotations

import pytest
from named_entities import posts_by_holder, titles_by_holder
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "holder", "title"),
    [
        (
            "Background for editors\n"
            "- The Director of the Harbour Police is Chief Superintendent Oswin Pellary.\n"
            "- Figures for the spring were published in June.",
            "person/oswin-pellary",
            "Director",
        ),
        (
            "About the survey: the chairman of the Coastal Fisheries Board is Dr Oswin Pellary, who took "
            "office in 2024.",
            "person/oswin-pellary",
            "Chairman",
        ),
        (
            "Idony Caskell has been Minister of Transport since March. We met her at the ferry terminal.",
            "person/idony-caskell",
            "Transport Minister",
        ),
        (
            "Idony Caskell is the Deputy Mayor of Tarnby and sits on the port committee.",
            "person/idony-caskell",
            "Deputy Mayor of Tarnby",
        ),
    ],
)
def test_a_present_copula_states_the_office(nlp: Language, text: str, holder: str, title: str) -> None:
    assert titles_by_holder(nlp, text).get(holder) == title


def test_the_office_keeps_the_state_the_text_gives(nlp: Language) -> None:
    text = (
        "Iceland will open a second ferry berth next spring, the ministry said on Monday.\n\n"
        "Notes: The Deputy Minister of Infrastructure is Mrs Maren Stolt."
    )
    assert posts_by_holder(nlp, text).get("person/maren-stolt") == {"state/IS"}


@pytest.mark.parametrize(
    "text",
    [
        "Oswin Pellary was the Minister of Transport until the election, and now runs a ferry firm.",
        "Oswin Pellary is not the Minister of Transport, whatever the posters in Tarnby say.",
        "The new harbour master is Oswin Pellary's cousin, a sailor from Tarnby.",
    ],
)
def test_a_past_negated_or_possessed_copula_states_no_office(nlp: Language, text: str) -> None:
    assert "person/oswin-pellary" not in titles_by_holder(nlp, text)
