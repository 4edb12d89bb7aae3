"""Names of state bodies kept in a language that writes the kind of body first ("Guardia Costera
Nacional", "the Prefectura de Frontera", "the Polizia Portuale di Varnese") are government bodies,
whatever place, person or firm the NER took the foreign words for.

Invented sentences through the real model.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A patrol boat of the Guardia Costera Nacional towed the dinghy to the pier at dawn.",
            "Guardia Costera Nacional",
        ),
        (
            "Two agents of the Prefectura de Frontera were injured when the lorry drove through the barrier.",
            "Prefectura de Frontera",
        ),
        (
            "The Polizia Portuale di Varnese said it had searched forty containers since Monday.",
            "Polizia Portuale di Varnese",
        ),
        ("Inspectors from the Aduana Fluvial checked every barge that crossed on Sunday.", "Aduana Fluvial"),
    ],
)
def test_entities_head_first_bodies_are_agencies(nlp: Language, text: str, body: str) -> None:
    assert (body, "Agency") in found_entities(nlp, text)
