"""A broadcast script's bite cue may give its speaker's name alone, with no role after a comma
("SOT - Jane Roe:"), the caption elsewhere saying who she is: the quotation below the cue is hers.
A cue with one word after it ("SOT - NATS:") names nobody.

Every name and sentence here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

PUBLISHED = date(2026, 9, 18)


@pytest.mark.parametrize("cue", ["SOT - Orla Quennet:", "CLIP - Orla Quennet (0:12):", "ACTUALITY - Orla Quennet:"])
def test_bite_cue_with_a_name_alone_gives_the_quote_to_that_person(nlp: Language, cue: str) -> None:
    text = (
        "EVENING NEWS - ITEM 2\n\n"
        "VO: The shelter on the quay has run out of beds for a second night.\n"
        "SUPER: Orla Quennet / harbour shelter, Fenwick Dray\n\n"
        f"{cue}\n"
        '"We have sixty people tonight and beds for twenty. We are handing out blankets."\n\n'
        "VO: The council meets on Monday.\n"
    )
    x = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in x.entities}
    said = {s.quote: names.get(s.speaker) for s in x.statements}
    hers = [q for q, n in said.items() if n == "Orla Quennet"]
    assert any(q.startswith("We have sixty people tonight") for q in hers)
