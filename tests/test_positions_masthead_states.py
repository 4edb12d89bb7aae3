"""A government's communiqué heads its first line with the state's official name in capitals
("REPUBLIC OF X", "THE Y REPUBLIC", "MINISTRY OF Z - KINGDOM OF X"), then deals with the
neighbour across the border, naming it far more often than its own state. A minister or a
spokesman the communiqué names bare is the masthead's state's, not the neighbour's; a
headline in title case or a masthead of no state (a radio station's) gives no state.

Invented communiqués through the real model (:func:`tests.named_entities.posts_by_holder`), in two
wordings: the official name in its adjective form alone on its line, and beside the issuing ministry.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder

_BODY = (
    "Army units cleared a roadblock on the highway to the frontier with {other} on Friday, after "
    "lorry drivers coming from {other} complained of armed men demanding payment. Two of the men "
    "had crossed from {other} the week before, the army said.\n\n"
    "{office} Dr. Achta Mahamat Djibrine ordered a company of soldiers to stay on the road until "
    "the rains end.\n"
)


@pytest.mark.parametrize(
    ("masthead", "other", "office", "state"),
    [
        # the official name in its adjective form, which names no state to the entity reading
        (
            "HELLENIC REPUBLIC\nMinistry of National Defence\n\nCOMMUNIQUE No. 7",
            "Albania",
            "The Minister of Defence,",
            "GR",
        ),
        ("SLOVAK REPUBLIC - MINISTRY OF DEFENCE\n\nPRESS COMMUNIQUE", "Hungary", "Defence Minister", "SK"),
    ],
)
def test_positions_masthead_states_name_the_issuers_state(
    nlp: Language, masthead: str, other: str, office: str, state: str
) -> None:
    text = f"{masthead}\n\n{_BODY.format(office=office, other=other)}"
    posts = posts_by_holder(nlp, text, "Army General Staff (communique)")
    assert posts.get("person/achta-mahamat-djibrine") == {f"state/{state}"}, posts


def test_positions_masthead_states_title_case_headline_gives_none(nlp: Language) -> None:
    from kg.extract.masthead_state import masthead_state

    assert masthead_state("Republic of Chad\n\nThe army cleared a roadblock.") is None
    assert masthead_state("RADIO CHAD - EVENING NEWS\n\nThe army cleared a roadblock.") is None
    assert masthead_state("\nKINGDOM OF ESWATINI\nPolice Service\n") == "state/SZ"
    assert masthead_state("OFFICE OF THE PRESIDENT, KYRGYZ REPUBLIC\n") == "state/KG"
