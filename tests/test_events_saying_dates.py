"""The date of a saying is not the event's, even where the parser hangs part of it on the event's
verb: in "arrested 52 people on Tuesday night ..., the police said on Wednesday, 8 July 2026" the
small model may read "8 July 2026" as a modifier of "arrested"; the phrase opens with the saying's
"on" and is the report's time.

The misreading depends on the words around it, so the parse is built by hand (spaCy's blank English
pipeline with the heads and labels the model gave a long sentence of this shape), in two wordings.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.event_time import TimeReader
from kg.extract.timex import find_times

# "X arrested N people on DAY night, the police said on DAY, D Month YYYY."
HEADS = [1, 1, 3, 1, 1, 6, 4, 1, 9, 10, 1, 10, 11, 12, 1, 1, 15, 1]
DEPS = "nsubj ROOT nummod dobj prep compound pobj punct det nsubj advcl prep pobj punct punct npadvmod nummod punct"
POS = "NOUN VERB NUM NOUN ADP PROPN NOUN PUNCT DET NOUN VERB ADP PROPN PUNCT NUM PROPN NUM PUNCT"
WORDINGS = [
    (
        "Police arrested 52 people on Tuesday night , the police said on Wednesday , 8 July 2026 .",
        "police arrest 52 people on Tuesday night , the police say on Wednesday , 8 July 2026 .",
        date(2026, 7, 8),
        "2026-07-07",
    ),
    (
        "Troops detained 12 men on Monday evening , the army announced on Tuesday , 7 April 2026 .",
        "troop detain 12 man on Monday evening , the army announce on Tuesday , 7 April 2026 .",
        date(2026, 4, 7),
        "2026-04-06",
    ),
]


def _doc(words: str, lemmas: str) -> Doc:
    ws = words.split()
    spaces = [i + 1 < len(ws) and ws[i + 1] not in ",." for i in range(len(ws))]
    return Doc(
        spacy.blank("en").vocab,
        words=ws,
        spaces=spaces,
        heads=HEADS,
        deps=DEPS.split(),
        pos=POS.split(),
        lemmas=lemmas.split(),
    )


@pytest.mark.parametrize(("words", "lemmas", "published", "day"), WORDINGS)
def test_events_saying_dates_left_to_the_saying(words: str, lemmas: str, published: date, day: str) -> None:
    doc = _doc(words, lemmas)
    kept = TimeReader(doc, doc.text).times_in(find_times(doc.text, published, 0), set(range(len(doc))))
    assert [t.date for t in kept] == [day]
