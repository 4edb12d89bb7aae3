"""Title lines that say whose words a text is, and a credit line that says whose they are not.

A title "Statement attributable to the Harbour Spokesperson, Ms Jane Roe, on the ferry" gives the
text to its speaker as a line ending in "attributable to Jane Roe:" does, though no colon ends it.
A bulletin's credit "Read by Jane Roe" names the newsreader: the news is the outlet's narration,
not her statements ("Statement read by Jane Roe" still gives the statement to her).

Every name and sentence here is invented; each class is shown in two wordings, built with the real
model through :func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, DocExtraction

PUBLISHED = date(2026, 9, 14)

NOTICE = (
    "The ferry between Quenby Quay and the Tarrow islands will not sail from Monday, after a crack was found"
    " in the hull of the larger of its two boats. The smaller boat will run twice a day until the repair is done.\n\n"
    "About 900 islanders use the ferry in a usual week. The Council regrets the trouble this will cause to"
    " families who shop and study on the mainland.\n\n"
    "The Council has asked the harbour board to add an evening run on Fridays until the larger boat returns."
)

BULLETIN = (
    "Good evening. The pass road above Wendlecombe is closed after a rock fall on Tuesday night, and the"
    " county expects to reopen it on Friday. Lorries are sent round through Ashmoor.\n\n"
    'The regional council chair, Delphine Arrowsmith-Kane, said the repair was "urgent, but the cliff'
    ' must be made safe first, and that takes time."\n\n'
    "More at seven o'clock."
)


def build(nlp: Language, text: str, title: str | None = None) -> DocExtraction:
    return extract(nlp(text), Article("t", text, "test", published=PUBLISHED, title=title))


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        (
            "Statement attributable to the Council Spokesperson, Mr. Osgood Tramwell-Fane, on the Tarrow ferry",
            "person/osgood-tramwell-fane",
        ),
        (
            "Remarks attributable to Harbour Commissioner Ysolde Brackenridge regarding the island ferry service",
            "person/ysolde-brackenridge",
        ),
    ],
)
def test_a_title_attributing_the_text_without_a_colon_gives_its_speaker(nlp: Language, head: str, speaker: str) -> None:
    out = build(nlp, f"QUENBY DISTRICT COUNCIL\n\n{head}\n\nQuenby, 14 September 2026\n\n{NOTICE}")
    speakers = {s.speaker for s in out.statements}
    assert speakers == {speaker}, [(s.speaker, s.quote) for s in out.statements]
    quotes = [s.quote for s in out.statements]
    assert any(q.startswith("About 900 islanders use the ferry") for q in quotes), quotes


@pytest.mark.parametrize(
    "head",
    [
        "Coastline FM, the six o'clock headlines\nTuesday 14 September 2026\nRead by Tobiah Quarrington\n\n",
        "MIDDAY BULLETIN\nRead by Tobiah Quarrington for Vale Radio\n\n",
    ],
)
def test_a_newsreader_credit_gives_no_voice(nlp: Language, head: str) -> None:
    out = build(nlp, head + BULLETIN)
    got = [(s.speaker, s.quote) for s in out.statements]
    assert not any(s == "person/tobiah-quarrington" for s, _ in got), got


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        (
            "Statement read by the Council Spokesperson, Mr. Osgood Tramwell-Fane, at the harbour",
            "person/osgood-tramwell-fane",
        ),
        ("Message read by Mayor Ysolde Brackenridge at the harbour meeting", "person/ysolde-brackenridge"),
    ],
)
def test_words_read_by_someone_named_by_their_genre_stay_theirs(nlp: Language, head: str, speaker: str) -> None:
    out = build(nlp, f"{head}\n\n{NOTICE}")
    assert {s.speaker for s in out.statements} == {speaker}
