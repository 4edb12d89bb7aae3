"""A briefing's header may give the briefer as an office set off by a comma from the name ("... with
the Spokesman, Jo Roe"), and then label the briefer's turns by the office alone ("SPOKESMAN:").
The model may read such a header's name as a body's, or as nothing, so no person held the
office, the office label found no holder and the briefer's answers were lost.

Every sentence here is invented; the class is shown in two wordings (a government's daily
briefing with a dateline, a question time noted as no verbatim record), built with the real
model through :func:`kg.extract.extract`, with a near miss: a one-word name after an office and
a comma ("the minister, Reuters") is not read as the holder's.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article
from kg.nlp.persons import title_apposed

PUBLISHED = date(2026, 5, 6)


@pytest.mark.parametrize(
    ("header", "label", "honorific"),
    [
        (
            "Daily government briefing with the Spokesman, Orsolya Pintervary -- unofficial record\n\n"
            "Budapest, Tuesday",
            "SPOKESMAN",
            "Mr",
        ),
        (
            "Question time with the Spokeswoman, Orsolya Pintervary (record, not verbatim)",
            "SPOKESWOMAN",
            "Ms",
        ),
    ],
)
def test_an_office_label_speaks_for_the_name_apposed_to_the_office_in_the_header(
    nlp: Language, header: str, label: str, honorific: str
) -> None:
    text = (
        f"{header}\n\n"
        f"{label}: Hello everyone; one item on the ferry timetable, then the floor is yours.\n\n"
        f"KESTREL NEWS: {honorific} Pintervary, is the river ferry to the south still suspended after the storm?\n\n"
        f"{label}: The ferry was repaired on Monday and it has been sailing twice a day since then.\n"
    )
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    names = {e.key: e.name for e in out.entities if e.type == "Person"}
    said = {s.quote: names.get(s.speaker) for s in out.statements}
    repaired = [who for quote, who in said.items() if "ferry was repaired" in quote]
    assert repaired == ["Orsolya Pintervary"], said
    held = {(names.get(p.holder), p.title.casefold()) for p in out.positions}
    assert ("Orsolya Pintervary", label.casefold()) in held, held


def test_a_one_word_name_after_an_office_and_a_comma_is_no_holder(nlp: Language) -> None:
    doc = nlp.make_doc("The report was confirmed to the Minister, Kestrel said on Friday.")
    assert not title_apposed(doc[8:9])
    doc = nlp.make_doc("The report was confirmed to the Minister, Orsolya Pintervary said on Friday.")
    assert title_apposed(doc[8:10])
