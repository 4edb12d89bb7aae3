"""A bracket giving a body's name in its own language and its initials: invented sentences.

Class: "the Border Guard (Straz Graniczna Tarnii, SGT)", "the Coastal Rescue Service
(Servicio Costero Tarniano, SCT)": the native name and the acronym that spells it are both the
body's, and so is every later "the SGT"; a bracket with a person and a role ("(Jo Vardby,
spokeswoman)") joins nothing.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "body", "forms"),
    [
        (
            "The Border Guard (Straz Graniczna Tarnii, SGT) patrols the river. The SGT said two men were held.",
            "Border Guard",
            {"Straz Graniczna Tarnii", "SGT"},
        ),
        (
            "The Coastal Rescue Service (Servicio Costero Tarniano, SCT) saved nine sailors on Monday. "
            "The SCT sent two boats.",
            "Coastal Rescue Service",
            {"Servicio Costero Tarniano", "SCT"},
        ),
    ],
)
def test_entities_native_brackets_name_the_body(nlp: Language, text: str, body: str, forms: set[str]) -> None:
    found = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    owner = next(e for e in found if e.name == body)
    written = [m.text for m in owner.mentions]
    assert forms <= set(written)
    short = min(forms, key=len)
    assert written.count(short) == 2  # the bracket's and the later mention


def test_entities_native_brackets_person_and_role_stay_apart(nlp: Language) -> None:
    text = "The Ministry of Health (Jo Vardby, spokeswoman) said the clinic was closed."
    found = find_entities(nlp(text), Article(id="t", text=text, source="test"))
    assert any(e.type == "Person" and e.name == "Jo Vardby" for e in found)
