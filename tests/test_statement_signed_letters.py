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
        "Letter of the Minister of Rural Schools to the parents of Harnwick\n\n"
        "To the parents of Harnwick,\n\n"
        "From September the school bus will leave the square at half past seven, twenty minutes earlier"
        " than now, because the valley road is being widened. Teachers have agreed to open the library"
        " for pupils who arrive before the bell.\n\n"
        "The works should end before Christmas. Several of you have written to ask whether a second bus"
        " could run. We are talking to the county about it and the answer should come in July.\n\n"
        "I know that an earlier start is hard on the youngest children. Our drivers have been asked to"
        " wait five minutes at every stop on the hill. We will meet the parents' council in the school"
        " hall on 12 June to hear what else should change.\n\n"
        "Yours faithfully,\n\n"
        "Odile Turnbridge\nMinister of Rural Schools\n4 May 2026"
    ),
    (
        "Open letter by the Minister of Water Supply to the households of Kestrelmoor\n\n"
        "Dear neighbours,\n\n"
        "The main pipe under the market street burst on Tuesday night and the lower town lost its water"
        " for two days. Tankers reached every street by Wednesday noon.\n\n"
        "The pipe is more than sixty years old. It will be replaced in stages over the summer, starting at"
        " the bridge.\n\n"
        "I am sorry for the days without water, above all for the families with small children. We will"
        " send a text message to every household the evening before each section is closed.\n\n"
        "Yours sincerely,\n\n"
        "Lorcan Fennick\nMinister of Water Supply\n2 May 2026"
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
    assert any(q.startswith(("I know", "I am sorry")) for q in quotes), quotes
    assert any(q.startswith("We will") for q in quotes), quotes


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


JOINT_LETTERS = [
    (
        "An open letter on the Ashmoor river bridge\n\nTo the Minister of Transport\n\n3 May 2026\n\nMinister,\n\n"
        "Our two valley towns share a single old bridge, and since the weight limit was lowered in March the"
        " school buses go round by the pass.\n\n"
        "About 600 children cross the river each morning to reach the secondary school. A new motorway is not"
        " what we want. We want the bridge strengthened before winter, and we offer our own engineers to help.\n\n"
        "Respectfully,\n\n"
        "Philippa Drummond-Aske\nMayor of Ashmoor\n\n"
        "Teodor Wrenfield-Maas\nChair of Wendlecombe Parish Council\n"
    ),
    (
        "A letter to everyone living along the Tarrow estuary\n\nDear neighbours,\n\n"
        "The flood wall along the estuary will be raised by half a metre this summer. The footpath will be"
        " closed in stages, never for more than two weeks at a time.\n\n"
        "We know the path is how many of you reach the station. Our crews will keep one crossing open at"
        " every stage, and we will post the dates at the library.\n\n"
        "With our thanks,\n\n"
        "Dr. Philippa Drummond-Aske\nChair of the Estuary Board\n\n"
        "Teodor Wrenfield-Maas\nLeader of Tarrow County Council\n\n- END -\n"
    ),
]


@pytest.mark.parametrize("text", JOINT_LETTERS)
def test_statement_letter_signed_by_two_is_both_signers_words(nlp: Language, text: str) -> None:
    """Two name-over-office blocks close a letter in the first person: each signer speaks its sentences."""
    got = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    by = {}
    for s in got.statements:
        by.setdefault(s.quote, set()).add(s.speaker)
    signers = {"person/philippa-drummond-aske", "person/teodor-wrenfield-maas"}
    assert any(q.startswith("We ") and who == signers for q, who in by.items()), by
    assert all(not q.startswith(("Respectfully", "With our")) for q in by), by
