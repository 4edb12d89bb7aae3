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


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Bundespolizeidirektion Vellmar said on Monday that forty people had been sent back at the frontier.",
            "Bundespolizeidirektion Vellmar",
        ),
        ("A spokeswoman for the Zollamt Kettenau said every lorry had been searched.", "Zollamt Kettenau"),
        (
            "Landespolizeidirektion Vorland\nProvincial Police Directorate of Vorland\n\nTwo vans were stopped.",
            "Landespolizeidirektion Vorland",
        ),
        ("Riders of the Gendarmería Serrana found the hikers on the ridge late on Sunday.", "Gendarmería Serrana"),
    ],
)
def test_entities_head_first_bodies_german_compounds_and_missed_names(nlp: Language, text: str, body: str) -> None:
    """A German compound ends in the kind of body ("-polizeidirektion", "-amt"), which opens the
    name as a Spanish head word does; such names the NER leaves out are found by that word."""
    assert (body, "Agency") in found_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Jabatan Imigresen Perlis said thirty travellers were turned away.", "Jabatan Imigresen Perlis"),
        ("Officers of the Korps Politie Veldhaven stopped two cars near the harbour.", "Korps Politie Veldhaven"),
        ("A statement from the Agensi Keselamatan Pantai said the boat had sunk.", "Agensi Keselamatan Pantai"),
    ],
)
def test_entities_head_first_bodies_malay_and_dutch(nlp: Language, text: str, body: str) -> None:
    """Malay ("Jabatan", "Agensi") and Dutch ("Korps Politie") write the kind of body first too."""
    assert (body, "Agency") in found_entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "native"),
    [
        (
            "Road crews sent by Chile's Roads Ministry (Ministerio de Vialidad) reopened the pass at dawn.",
            "Ministerio de Vialidad",
        ),
        (
            "The Federal Police Directorate of Vellmar (Bundespolizeidirektion Vellmar) sent forty people back.",
            "Bundespolizeidirektion Vellmar",
        ),
    ],
)
def test_entities_head_first_bodies_in_brackets_join_the_english_name(nlp: Language, text: str, native: str) -> None:
    """The body's own-language name in brackets after its English one is a second name of the one
    body, not a body of its own."""
    names = [name for name, _ in found_entities(nlp, text)]
    assert native not in names
    assert sum(1 for name, type_ in found_entities(nlp, text) if type_ == "Agency") == 1


@pytest.mark.parametrize(
    ("text", "body", "letters"),
    [
        (
            "The river crossing will get help from SEVICO (Serviço de Vigilância Costeira), which sends six"
            " officers on Monday.",
            "Serviço de Vigilância Costeira",
            "SEVICO",
        ),
        (
            "Extra staff from DINAVI (Dirección Nacional de Vigilancia) reached the bridge on Friday, the mayor said.",
            "Dirección Nacional de Vigilancia",
            "DINAVI",
        ),
    ],
)
def test_entities_head_first_bodies_in_brackets_after_their_letters(
    nlp: Language, text: str, body: str, letters: str
) -> None:
    """Letters before the bracket ("SEVICO (Serviço ...)") are short for the full name in it: the
    body is the named agency, not an organization called by its letters."""
    found = found_entities(nlp, text)
    assert (body, "Agency") in found
    assert not any(name == letters for name, _ in found)
