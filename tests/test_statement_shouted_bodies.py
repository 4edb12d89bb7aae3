"""A title in capitals naming a body the text names in mixed case: the body is the voice.

"STATEMENT OF THE X PARTY ON …" is the party's statement, as "Statement of the X Party" is; the
capitals are no new person "THE X PARTY". Entities are built by hand; names are invented.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from kg.extract.voiced import find_voice
from kg.model import Article, Entity, Span

PUBLISHED = date(2026, 3, 2)


def ent(text: str, key: str, type_: str, name: str) -> Entity:
    """An entity with a mention at every whole-word occurrence of ``name`` (in its own case)."""
    spans = tuple(Span(m.start(), m.end(), m.group()) for m in re.finditer(rf"\b{name}\b", text))
    return Entity(key, type_, name, spans)


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        (
            "STATEMENT OF THE UNITY FRONT ON THE VOTE IN KARSTAD\n\nKarstad, 1 March 2026\n\nThe Unity Front "
            "rejects the results announced last night. We call on our members to stay calm.",
            "organization/unity-front",
            "Unity Front",
        ),
        (
            "PRESS STATEMENT BY THE GREEN DAWN MOVEMENT\n\nThe Green Dawn Movement has counted the tally sheets "
            "of every polling station. The count shows that the result cannot stand.",
            "organization/green-dawn-movement",
            "Green Dawn Movement",
        ),
    ],
)
def test_statement_shouted_bodies_title_in_capitals_names_the_body(
    nlp: Language, text: str, key: str, name: str
) -> None:
    body = ent(text, key, "Organization", name)
    voice = find_voice(nlp(text), Article("t", text, "test", published=PUBLISHED), (body,))
    assert voice is not None and voice.speaker.key == key
