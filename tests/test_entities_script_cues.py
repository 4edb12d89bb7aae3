"""A broadcast script's cue word and the language in brackets after it name nothing.

"SOUNDBITE (French): ..." with no speaker's name is no person called SOUNDBITE and no mention of
France. Invented scripts through the real model, in different layouts (after a paragraph, a
voiceover, a shot number); a speaker named on the cue line stays a person.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _named(nlp: Language, text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(nlp(text), Article(id="t", text=text, source="test"))}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            'The ferry to Kelmor resumed on Monday.\nSOUNDBITE (English): "The harbour is open again," said a docker.',
            "SOUNDBITE",
        ),
        ('VOICEOVER: Crews cleared the pass.\nSOUNDBITE (English): "We worked all night."', "SOUNDBITE"),
        ('1. WIDE OF QUAY\n2. SOUNDBITE (German): "Los geht es."\n3. VARIOUS OF BOATS', "SOUNDBITE"),
    ],
)
def test_entities_script_cues_a_cue_word_is_no_person(nlp: Language, text: str, cue: str) -> None:
    named = _named(nlp, text)
    assert cue not in named, named


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ('SOUNDBITE (French): "Nous restons ici."\nVOICEOVER: The crews stayed.', "France"),
        ('Rescuers reached the quay.\nSOUNDBITE (Portuguese): "Chegamos cedo."', "Portugal"),
    ],
)
def test_entities_script_cues_the_language_of_a_cue_names_no_state(nlp: Language, text: str, state: str) -> None:
    named = _named(nlp, text)
    assert state not in named, named


def test_entities_script_cues_a_named_speaker_on_the_cue_line_stays(nlp: Language) -> None:
    named = _named(nlp, 'SOUNDBITE (English) Ivo Darrel, harbour master:\n"The quay is safe."')
    assert named.get("Ivo Darrel") == "Person", named


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('The crowd grew all day.\n\nSOT - Jana Vellimbo, trader from Tarvo:\n"We wait and wait."', "SOT"),
        ('The road was closed.\n\nCLIP - Oren Saruto, farmer:\n"The fields are gone."', "CLIP"),
    ],
)
def test_entities_script_cues_a_bite_cue_before_a_dash_names_nothing(nlp: Language, text: str, cue: str) -> None:
    assert cue not in _named(nlp, text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('The crowd grew.\n\n[SOT] "We wait again."\n', "SOT"),
        ('The pass reopened.\n\n[CLIP] "We drove all night."\n', "CLIP"),
    ],
)
def test_entities_script_cues_a_closed_bite_cue_names_nothing(nlp: Language, text: str, cue: str) -> None:
    assert cue not in _named(nlp, text)
