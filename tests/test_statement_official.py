"""Statements of official texts: ranks abbreviated in attributions, briefing notes, lead lines over points.

Every sentence here is invented. Each class is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`, so entity finding, the voice and the statements meet.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, DocExtraction

PUBLISHED = date(2024, 6, 18)


def build(nlp: Language, text: str, title: str | None = None) -> DocExtraction:
    article = Article("t", text, "test", published=PUBLISHED, title=title)
    out = extract(nlp(text), article)
    for s in out.statements:
        assert text[s.quote_span.start : s.quote_span.end] == s.quote
    return out


def said(out: DocExtraction) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote) for s in out.statements]


@pytest.mark.parametrize("rank", ["Lt. Col.", "Maj. Gen."])
def test_statement_official_abbreviated_rank_after_said(nlp: Language, rank: str) -> None:
    text = (
        "Harbour patrols doubled\n\n"
        "The coast guard doubled its patrols in the bay on Monday.\n\n"
        f'"Every boat that leaves the harbour after dark will be stopped," said {rank} Ilse Marbach, '
        "spokeswoman for the Coast Guard.\n"
    )
    assert said(build(nlp, text)) == [
        ("person/ilse-marbach", "Every boat that leaves the harbour after dark will be stopped")
    ]


@pytest.mark.parametrize(
    "note",
    [
        "This is a summary of what was said by agency spokesperson Tobias Renvall – to whom quoted text "
        "may be attributed – at the briefing held today in Geneva.",
        "What follows is a summary of what was said by Tobias Renvall, the agency's spokesperson, at the "
        "regular press briefing.",
    ],
)
def test_statement_official_briefing_note_is_the_spokespersons_words(nlp: Language, note: str) -> None:
    text = (
        "Briefing note: families flee the river valley\n\n"
        f"{note}\n\n"
        "Heavy fighting in the river valley has forced some 4,000 people to leave their homes this month. "
        "We are deeply worried for their safety.\n\n"
        '"Mothers told us they had walked for three nights," Renvall said. '
        "We call on all sides to let aid convoys reach the valley.\n"
    )
    out = build(nlp, text)
    assert {s for s, _ in said(out)} == {"person/tobias-renvall"}, said(out)
    quotes = [q for _, q in said(out)]
    assert "We call on all sides to let aid convoys reach the valley." in quotes
    assert "We are deeply worried for their safety." in quotes
    assert all("summary of what was said" not in q for q in quotes)


POINTS = (
    "1. During the day, the enemy shelled four villages of the district. Two houses burned down.\n\n"
    "2. In the district centre, a drone hit a warehouse in the morning. Nobody was hurt.\n\n"
    "3. The road to the border remains closed to civilian cars.\n\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Mirela Dovgan, head of the district administration, on the situation as of 21:00:",
        "District governor Mirela Dovgan reports:",
    ],
)
def test_statement_official_lead_line_gives_the_points_to_its_person(nlp: Language, lead: str) -> None:
    text = (
        "Evening update, 17 June\n\n"
        f"{lead}\n\n"
        f"{POINTS}"
        "Separately, the police reported that a bridge in the east of the region was damaged.\n"
    )
    out = build(nlp, text)
    quotes = {q for s, q in said(out) if s == "person/mirela-dovgan"}
    assert "During the day, the enemy shelled four villages of the district." in quotes, said(out)
    assert "In the district centre, a drone hit a warehouse in the morning." in quotes
    assert "The road to the border remains closed to civilian cars." in quotes
    assert not any("police reported" in q for _, q in said(out))  # after the points: narration


@pytest.mark.parametrize(
    "lead",
    [
        "Mirela Dovgan, the district governor, told reporters:",  # a clause: the news narrates
        "District governor Mirela Dovgan said:",  # a cue over plain paragraphs, not points
    ],
)
def test_statement_official_lead_line_of_a_news_story_gives_no_voice(nlp: Language, lead: str) -> None:
    text = (
        "Shelling in the district\n\n"
        f"{lead}\n\n"
        "The district was shelled four times during the day, according to local officials. "
        "Two houses burned down in the morning.\n\n"
        "The road to the border remains closed to civilian cars, the police said.\n"
    )
    out = build(nlp, text)
    assert not [q for s, q in said(out) if s == "person/mirela-dovgan"], said(out)


@pytest.mark.parametrize(
    "sentence",
    [
        'Head of the port authority Tobias Renvall: "The queue will be cleared by the morning."',
        'Deputy Mayor Ilse Marbach: "The queue will be cleared by the morning."',
    ],
)
def test_statement_official_name_label_before_a_quote(nlp: Language, sentence: str) -> None:
    out = build(nlp, f"Queue at the port\n\nTrucks waited for two days at the port.\n\n{sentence}\n")
    assert [q for _, q in said(out)] == ["The queue will be cleared by the morning."], said(out)
    assert len({s for s, _ in said(out)}) == 1 and next(iter({s for s, _ in said(out)})).startswith("person/")


@pytest.mark.parametrize(
    "sentence",
    [
        '"The queue will be cleared by the morning," the agency quoted Tobias Renvall as saying.',
        'Tobias Renvall was quoted as saying: "The queue will be cleared by the morning."',
        'Tobias Renvall spoke to reporters at the port. According to him, "the queue will be cleared by the morning".',
    ],
)
def test_statement_official_quoted_as_saying_and_according_to_him(nlp: Language, sentence: str) -> None:
    out = build(nlp, f"Queue at the port\n\nTrucks waited for two days at the port.\n\n{sentence}\n")
    assert said(out) and {s for s, _ in said(out)} == {"person/tobias-renvall"}, said(out)
    assert "queue will be cleared by the morning" in said(out)[0][1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gunmen opened fire at a border post, the army's press office ISPR said in a statement.\n\n"
            '"We condemn the use of our soil by armed groups," said the statement.',
            "organization/ispr",
        ),
        (
            "The Interior Ministry of Peru issued a statement on Monday.\n\n"
            '"The border will stay closed until further notice," the statement said.',
            "agency/interior-ministry-peru",
        ),
    ],
)
def test_statement_official_quote_said_by_the_issued_text(nlp: Language, text: str, speaker: str) -> None:
    """ "“…,” said the statement": the words are the issuing body's."""
    assert [s for s, _ in said(build(nlp, text))] == [speaker]


def test_statement_official_issued_text_with_no_issuer_gives_no_speaker(nlp: Language) -> None:
    text = 'The report was published on Monday.\n\n"The border will stay closed," the statement said.'
    assert said(build(nlp, text)) == []
