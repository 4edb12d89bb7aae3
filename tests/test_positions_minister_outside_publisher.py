"""A minister quoted in the release of a body outside the ministries is not that body's minister.

Invented releases through the real model: a migration service's or a police force's text that
names "the Minister of X, Y" gave Y an office in the publishing service; a minister sits in the
government of the state the context gives. A ministry's own release keeps its minister.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import posts_by_holder


@pytest.mark.parametrize(
    ("text", "publisher", "holder", "state"),
    [
        (
            "ASUNCIÓN, Paraguay - The National Migration Directorate registered 4,210 entries at the river post "
            "last week. The Minister of the Interior, Mr. Ovidio Recalde Ayala, visited the post on Monday with "
            "the National Migration Directorate's staff.",
            "National Migration Directorate",
            "person/ovidio-recalde-ayala",
            "state/PY",
        ),
        (
            "MONTEVIDEO, Uruguay - The National Police Directorate arrested nine people at the port on Friday. "
            "The arrests were welcomed by the Minister of Justice, Dr. Celeste Arbeleche Noguera, who said more "
            "checks would follow. The National Police Directorate has 300 officers in the port area.",
            "National Police Directorate",
            "person/celeste-arbeleche-noguera",
            "state/UY",
        ),
    ],
)
def test_minister_in_a_service_release_is_the_states(
    nlp: Language, text: str, publisher: str, holder: str, state: str
) -> None:
    posts = posts_by_holder(nlp, text, publisher)
    assert posts.get(holder) == {state}


def test_minister_in_a_ministry_release_is_the_ministrys(nlp: Language) -> None:
    text = (
        "The Ministry of Justice of Uruguay announced new rules on Friday. The Minister of Justice, Dr. Celeste "
        "Arbeleche Noguera, said more checks would follow at the port."
    )
    posts = posts_by_holder(nlp, text, "Ministry of Justice of Uruguay")
    assert posts.get("person/celeste-arbeleche-noguera") and None not in posts["person/celeste-arbeleche-noguera"]
    assert not any(p.startswith("agency/national") for p in posts["person/celeste-arbeleche-noguera"] if p)
