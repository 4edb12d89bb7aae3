"""A text in the first person by a named author: an open letter signed at its foot, or a statement
"issued on behalf of" an office and its holder. The signature's name over an office line is a
person (the model alone may read it as a body's), the text is that person's words, and of its
sentences those where the author speaks as "I" or "we" are the key ones.

Every name here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.entities import find_entities
from kg.extract.voiced import find_voice
from kg.model import Article

PUBLISHED = date(2026, 5, 4)

LETTERS = [
    (
        "Letter of the Minister of Coastal Fisheries to Harnwick's skippers\n\n"
        "To the boat owners of Harnwick,\n\n"
        "Early on Friday a trawler from Harnwick was boarded near the outer buoys by three men in a"
        " speedboat, who took its nets and its radio. The skipper was treated for a cut to his arm."
        " I spoke to him by telephone on Saturday and told him the state stands with his crew.\n\n"
        "The coastguard says it was the third boarding off Harnwick since March. In one case the boat"
        " came from the south; in the others nobody saw where it went.\n\n"
        "Patrols will be doubled at night from 1 June, and skippers are asked to sail in pairs before"
        " dawn. I would rather hear your complaints about a rule than read another report of this"
        " kind. I propose that the boat owners' association meet my officials this month to agree"
        " where the night patrols should go.\n\n"
        "Yours faithfully,\n\n"
        "Odile Turnbridge\nMinister of Coastal Fisheries\n4 May 2026"
    ),
    (
        "Open letter by the Minister of Inland Waterways to the bargemen of Kestrelmoor\n\n"
        "Dear bargemen,\n\n"
        "On Tuesday night a barge moored at Kestrelmoor lock was broken into and its engine parts were taken."
        " The lock keeper found the cabin open at dawn. I went to the lock on Wednesday and met the crew.\n\n"
        "The river police say it was the fourth break-in at the lock since January.\n\n"
        "Lights will be fitted along the lock from next month, and crews are asked to report any stranger"
        " on the towpath. I would rather you call the lock keeper ten times for nothing than lose another"
        " engine. I propose that the bargemen's guild and my officials walk the towpath together in June.\n\n"
        "Yours sincerely,\n\n"
        "Lorcan Fennick\nMinister of Inland Waterways\n2 May 2026"
    ),
]


@pytest.mark.parametrize("text", LETTERS)
def test_statement_signed_letter_is_its_signers_words(nlp: Language, text: str) -> None:
    """The letter's signer is a person and the letter's voice; their "I" sentences are statements."""
    article = Article("t", text, "test", published=PUBLISHED)
    doc = nlp(text)
    voice = find_voice(doc, article, find_entities(doc, article))
    assert voice is not None and voice.speaker.type == "Person", voice
    got = extract(nlp(text), article)
    quotes = [s.quote for s in got.statements if s.speaker == voice.speaker.key]
    assert any(q.startswith("I would rather") for q in quotes), quotes
    assert any(q.startswith("I propose") for q in quotes), quotes


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Remarks published on behalf of the Interior Minister, Dr. Tavish Corrow", "Tavish Corrow"),
        ("Statement released on behalf of the Mayor of Dunsford, Cllr Oriel Sandby", "Oriel Sandby"),
    ],
)
def test_statement_put_out_for_an_office_holder_is_theirs(nlp: Language, head: str, name: str) -> None:
    """A title saying the text went out "on behalf of" an office and its holder: the holder's words."""
    text = (
        f"{head}\n\nDunsford, 4 May 2026\n\n"
        "This morning I approved an order that keeps lorries off the ford road for six weeks, until the new"
        " bridge is finished. We know this is hard for the farms on the far bank, and we will open a temporary"
        " crossing for tractors from Monday.\n\nBuses will keep to the usual timetable."
    )
    article = Article("t", text, "test", published=PUBLISHED)
    doc = nlp(text)
    voice = find_voice(doc, article, find_entities(doc, article))
    assert voice is not None and voice.speaker.name == name, voice
