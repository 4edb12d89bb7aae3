"""A minister whose portfolio the text also names as a ministry heads that ministry.

"The Ministry of Internal Administration said ... The Minister of Internal Administration, X,
..." : the tagger may read the portfolio as a body of its own and file it under the wrong state,
or leave the minister's state open when the text names only the other side ("lorries from Y").
The ministry the text names with the same portfolio is where the minister holds office. Sentences
and names are invented; each case in two wordings, through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder


@pytest.mark.parametrize(
    ("text", "holder", "post"),
    [
        (
            "The bridge over the river reopened to lorries on Monday, the Ministry of Internal Administration "
            "said, after a week in which traders from Senegal had waited on the far bank. The Minister of "
            "Internal Administration, Tomas Ekwueme, crossed on foot to the Senegalese side with the first convoy.",
            "person/tomas-ekwueme",
            "agency/interior-ministry-senegal",
        ),
        (
            "Lorries from Niger are waiting at the bridge again. In a statement the Ministry of Internal "
            "Administration blamed a computer fault. The Minister of Internal Administration, Sabine Lutterodt, "
            "promised a fix by Friday.",
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
        "Long queues formed at the ferry on Sunday, the Ministry of Home Affairs said, as families from Zambia "
        "crossed for the holiday. The Minister of Home Affairs, Tomas Ekwueme, asked for patience.",
        "The Ministry of Internal Affairs said the border post would stay open all night. Interviewed at the "
        "post, the Minister of Internal Affairs, Tomas Ekwueme, said buses from Kenya would get a lane of "
        "their own.",
    ],
)
def test_positions_minister_without_a_state_heads_the_named_ministry(nlp: Language, text: str) -> None:
    assert posts_by_holder(nlp, text)["person/tomas-ekwueme"] == {"agency/interior-ministry"}
