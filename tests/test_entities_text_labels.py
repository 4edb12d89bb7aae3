"""Words capitalised by where they stand, not because they name anything, make no entity.

Every sentence is invented, two or more wordings per class: a transcript's bracketed stage
direction ("(Laughter)") and a common noun after a footnote's mark are read as persons by the
model; a label in capitals before a dash ("CORRECTION - ...") stands where a dateline's town
would, and is no town, while a town a gazetteer knows in that place stays one.
"""

from __future__ import annotations

import pytest
from named_entities import found_entities
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("OSKARSEN: We will open the lanes at dawn. (Laughter) Seriously, the queue is long.", "Laughter"),
        ("QUILLAN: The queue was shorter than my speech. (Laughter) Now, to the figures for the week.", "Laughter"),
        ("Turnout was 41 percent, the commission said.\n¹ Turnout is counted against the register.", "Turnout"),
    ],
)
def test_entities_text_labels_a_bracketed_or_footnoted_noun_names_nobody(nlp: Language, text: str, word: str) -> None:
    assert word not in {name for name, _ in found_entities(nlp, text)}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "CORRECTION - Weekly figures for the northern crossings\nThe ministry said 400 people crossed.",
            {"CORRECTION", "Weekly"},
        ),
        ("CLARIFICATION - Ferry times for the Quillan route\nTwo sailings were added.", {"CLARIFICATION"}),
        ("EXCLUSIVE - Border talks stall over fishing rights\nThe talks stalled on Friday.", {"EXCLUSIVE", "Border"}),
    ],
)
def test_entities_text_labels_a_label_before_a_dash_is_no_town(nlp: Language, text: str, words: set[str]) -> None:
    assert not {w.lower() for w in words} & {name.lower() for name, _ in found_entities(nlp, text)}


def test_entities_text_labels_a_known_town_before_a_dash_stays_a_town(nlp: Language) -> None:
    found = found_entities(nlp, "READING - Police in the town closed two roads on Monday.")
    assert ("Reading", "Settlement") in found  # the town's own spelling names it
