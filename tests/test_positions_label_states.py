"""A transcript's turn label with the speaker's state in brackets ("PRESIDENT JO ROE (Norland):")
gives the state of that speaker's office, however the questions around a later "President Roe"
name other states; "my Minister of X" / "our Foreign Minister" inside that turn is the same state's.

Invented press conferences of several leaders through the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article

_ANDES = (
    "TRANSCRIPT: Joint press conference of the Presidents of Peru, Chile and Bolivia\n"
    "Arica, Chile - 3 March 2026\n"
    "\n"
    "MODERATOR: The host speaks first, then our two guests.\n"
    "\n"
    "PRESIDENT ANSELMO VARGUILLAS (Peru): Thank you. "
    "Our two customs services will share one building at the crossing by next spring.\n"
    "\n"
    "PRESIDENT MIRTA OSSANDORIVA (Chile): The northern posts need more staff. Next week "
    "my Minister of the Interior, Rufino Cadagastre, will go there himself. "
    "Bolivia and Peru send us many trucks.\n"
    "\n"
    "PRESIDENT TEODORO QUISBERTALLA (Bolivia): For Bolivia, this road is our way to the sea.\n"
    "\n"
    "MODERATOR: Questions.\n"
    "\n"
    "REPORTER (La Voz): President Ossandoriva, truckers from Peru say they wait for days. "
    "Will that change?\n"
    "\n"
    "PRESIDENT OSSANDORIVA: It will. Peru and Chile have agreed on new hours.\n"
    "\n"
    "REPORTER (El Diario): President Varguillas, what about the Bolivian lorries?\n"
    "\n"
    "PRESIDENT VARGUILLAS: We talk to Bolivia every week.\n"
)
_BALTIC = (
    "Press conference after the meeting of Baltic heads of government\n"
    "Vilnius - 14 May 2026\n"
    "\n"
    "HOST: Good morning and welcome. The three Prime Ministers will each say a few words.\n"
    "\n"
    "PRIME MINISTER KAUPO VIRKENMAA (Estonia): Good morning. "
    "The new rail link will carry its first freight in autumn, "
    "and Latvia has promised to finish its section early.\n"
    "\n"
    "PRIME MINISTER ILZĪTE DRAUDZIŅA (Latvia): We keep that promise. Our Foreign Minister, "
    "Valdis Ozolkrūmis, has spoken with his colleagues in Lithuania and in Estonia every week. "
    "Lithuania will host the next round.\n"
    "\n"
    "QUESTION (Delfi): Prime Minister Virkenmaa, "
    "Lithuanian hauliers complain about the queues at the crossing. What will you do?\n"
    "\n"
    "PRIME MINISTER VIRKENMAA: We will open two more lanes. Lithuania and Estonia agree on this.\n"
    "\n"
    "QUESTION (LRT): Prime Minister Draudziņa, will Estonia pay for the bridge?\n"
    "\n"
    "PRIME MINISTER DRAUDZIŅA: Estonia and Latvia will share the cost.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _ANDES,
            {
                ("person/varguillas", "President", "state/PE"),
                ("person/ossandoriva", "President", "state/CL"),
                ("person/rufino-cadagastre", "Interior Minister", "state/CL"),
            },
        ),
        (
            _BALTIC,
            {
                ("person/virkenmaa", "Prime Minister", "state/EE"),
                ("person/draudzina", "Prime Minister", "state/LV"),
                ("person/valdis-ozolkrumis", "Foreign Minister", "state/LV"),
            },
        ),
    ],
)
def test_positions_label_states_bracketed_state_is_the_speakers(
    nlp: Language, text: str, expected: set[tuple[str, str, str]]
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert expected <= positions
