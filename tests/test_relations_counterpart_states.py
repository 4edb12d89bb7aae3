"""A state named as the home of a minister's counterpart is the other side, not the owner of the
bodies around it: a minister who settled a timetable with her counterpart in Y and then praises
the Ministry of Transport praises her own ministry, as "Y's ambassador" names the other side's envoy. A paragraph
that names no state reads the one before it; a counterpart's state there is no clue."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs


@pytest.mark.parametrize(
    ("text", "body", "home"),
    [
        (
            "Ecuador will reopen the bridge on Friday, the minister said.\n\n"
            "My counterpart in Peru and I settled the timetable by letter this morning.\n\n"
            "I thank the Ministry of Transport for its work over the weekend.\n",
            "agency/transport-ministry-",
            "state/EC",
        ),
        (
            "Paraguay has extended the opening hours of its river ports.\n\n"
            "In the afternoon the minister briefed her counterpart in Uruguay on the grain barges.\n\n"
            "The new schedule will be published by the Ministry of Agriculture on Monday.\n",
            "agency/agriculture-ministry-",
            "state/PY",
        ),
    ],
)
def test_counterpart_state_is_the_other_side(nlp: Language, text: str, body: str, home: str) -> None:
    owners = {o for s, o in related_pairs(nlp, text, "partOf") if s.startswith(body)}
    assert owners == {home}
