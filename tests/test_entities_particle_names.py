"""A personal name the NER began at its lower-case particle ("bin Nadeem Al Dhaheri", "van Oordt"),
leaving out the given name before it. The given name is joined back unless it and the NER's first
word are common nouns; but a particle such as "bin" or "van" is a common noun too, and some given
names are words of the lexicon, so the name lost its given name and the particle opened it.

Every sentence and name is invented for the test; the NER's reading is fixed by hand so the test
does not hang on the statistical model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from kg.nlp.pipeline import annotate, statistical


def _persons(nlp: Language, text: str, name: str) -> dict[str, str]:
    """The kg_ components' spans when the NER read ``name`` from its particle on (its second word)."""
    doc = next(statistical(nlp, [text]))
    start = text.index(name)
    given = doc.char_span(start, start + len(name.split()[0]))
    whole = doc.char_span(start, start + len(name))
    assert given is not None and whole is not None
    doc.ents = [Span(doc, given.end, whole.end, label="PERSON")]
    doc = annotate(nlp, doc)
    return {s.text: s.label_ for s in doc.spans["kg_entities"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The minister today received His Highness Prince Amir bin Nadeem Al Dhaheri, envoy of the kingdom.",
            "Amir bin Nadeem Al Dhaheri",
        ),
        (
            "Talks on the road were chaired by Sheikh Malik bin Rafeeq Al Zarouni on Monday.",
            "Malik bin Rafeeq Al Zarouni",
        ),
        ("The port was visited by Councillor Maria van Oordtveld, who praised the new quay.", "Maria van Oordtveld"),
    ],
)
def test_a_name_begun_at_its_particle_keeps_its_given_name(nlp: Language, text: str, name: str) -> None:
    types = _persons(nlp, text, name)
    assert types.get(name) == "Person", types
