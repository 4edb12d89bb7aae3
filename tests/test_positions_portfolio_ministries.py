"""A minister whose portfolio the text also names as a ministry heads that ministry.

A story quoting "the Ministry of Territorial Development" and then "its minister, X, Minister of
Territorial Development": the tagger may read the portfolio as a body of its own and file it
under the wrong state, or leave the minister's state open when the text names only the other side
("lorries from Y"). The ministry the text names with the same portfolio is where the minister
holds office. Sentences and names are invented; each case in two wordings, through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "Traders from Senegal had waited a week on the far bank before the bridge reopened on Monday, "
            "according to the Ministry of Internal Administration. Tomas Ekwueme, the Minister of Internal "
            "Administration, walked across to the Senegalese bank with the first convoy.",
            "person/tomas-ekwueme",
            "agency/interior-ministry-senegal",
        ),
        (
            "Lorries from Niger are queueing at the bridge again, and a computer fault is to blame, says the "
            "Ministry of Internal Administration. Minister of Internal Administration Sabine Lutterodt "
            "expects a fix by Friday.",
            "person/sabine-lutterodt",
            "agency/interior-ministry",
        ),
    ],
)
def test_positions_portfolio_read_as_a_body_is_the_ministry(nlp: Language, text: str, holder: str, post: str) -> None:
    assert posts_by_holder(nlp, text)[holder] == {post}


@pytest.mark.parametrize(
    "text",
    [
        "Families from Zambia crossed in large numbers for the holiday and the ferry queue grew long, "
        "officials at the Ministry of Home Affairs said on Sunday. Tomas Ekwueme, Minister of Home Affairs, "
        "urged them to be patient.",
        "Buses from Kenya are to get a lane of their own at the border post, which will stay open all night, "
        "the Ministry of Internal Affairs announced. Its minister, the Minister of Internal Affairs Tomas "
        "Ekwueme, visited the post.",
    ],
)
def test_positions_minister_without_a_state_heads_the_named_ministry(nlp: Language, text: str) -> None:
    assert posts_by_holder(nlp, text)["person/tomas-ekwueme"] == {"agency/interior-ministry"}
