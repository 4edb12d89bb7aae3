"""Statement genres: texts that are one person's words, transcripts, broadcast scripts.

Every sentence here is invented. Each genre is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`, so entity finding, the voice and the statements meet.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from kg.extract import extract
from kg.model import Article, DocExtraction

PUBLISHED = date(2023, 4, 12)


def build(nlp: Language, text: str, title: str | None = None) -> DocExtraction:
    article = Article("t", text, "test", published=PUBLISHED, title=title)
    out = extract(nlp(text), article)
    for s in out.statements:
        assert text[s.quote_span.start : s.quote_span.end] == s.quote
    return out


def said(out: DocExtraction) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote) for s in out.statements]


BODY = (
    "The floods in the northern valleys have destroyed thousands of homes. "
    "Our government will send engineers and field hospitals to the worst affected districts. "
    "We call on all donors to match the pledges made at the conference.\n\n"
    "The reconstruction of the dams must begin before the autumn rains."
)


def test_statement_genres_title_line_statement_by_titled_name(nlp: Language) -> None:
    for head in (
        "Statement by Foreign Minister Ana Lindqvist on the floods in the northern valleys",
        "Valleys: Statement from Foreign Minister Ana Lindqvist following the floods",
    ):
        out = build(nlp, f"{head}\n\n{BODY}")
        speakers = {s for s, _ in said(out)}
        assert speakers == {"person/ana-lindqvist"}, said(out)
        quotes = [q for _, q in said(out)]
        assert "Our government will send engineers and field hospitals to the worst affected districts." in quotes
        assert "The reconstruction of the dams must begin before the autumn rains." in quotes
        assert all(head not in q for q in quotes)


def test_statement_genres_attributable_to_line(nlp: Language) -> None:
    for line in (
        "Comments attributable to Press Officer Tomas Ortega:",
        "The following statement is attributable to Deputy Spokesperson Tomas Ortega:",
    ):
        text = f"Deputy Secretary Call with the Harbour Authority\n\n{line}\n\n{BODY}"
        out = build(nlp, text)
        assert {s for s, _ in said(out)} == {"person/tomas-ortega"}, said(out)
        assert len(out.statements) == 4


def test_statement_genres_speaker_named_only_in_manifest_title(nlp: Language) -> None:
    for title in (
        "Statement from President Kemal Arslan on the floods",
        "Remarks by President Kemal Arslan at the donors conference",
    ):
        out = build(nlp, BODY, title=title)
        assert {s for s, _ in said(out)} == {"person/kemal-arslan"}, said(out)
        person = next(e for e in out.entities if e.key == "person/kemal-arslan")
        assert person.type == "Person" and person.name == "Kemal Arslan"


def test_statement_genres_delegation_statement_delivered_by_named_official(nlp: Language) -> None:
    for head in (
        "Floods in the valleys: Ruritania statement to the Council of Regions\n\n"
        "Ambassador Lena Varga speaks about the damage the floods have done to the valleys.",
        "Speech delivered by Ambassador Lena Varga at the Council of Regions",
    ):
        out = build(nlp, f"{head}\n\n{BODY}")
        assert {s for s, _ in said(out)} == {"person/lena-varga"}, said(out)
        assert all("speaks about" not in q for _, q in said(out))


def test_statement_genres_body_named_when_no_person_is(nlp: Language) -> None:
    text = f"Statement by the High Representative on behalf of the European Union on the floods\n\n{BODY}"
    out = build(nlp, text)
    speakers = {s for s, _ in said(out)}
    assert len(speakers) == 1 and "european-union" in next(iter(speakers)), said(out)


def test_statement_genres_ordinary_news_and_joint_statements_have_no_voice(nlp: Language) -> None:
    for head in (
        "Minister's statement angers farmers\n\nFarm Minister Jane Roe said on Monday that the subsidy would end.",
        "Joint statement by Foreign Minister Ana Lindqvist and Foreign Minister Piotr Zielinski",
        "Floods destroy homes in the northern valleys",
    ):
        out = build(nlp, f"{head}\n\n{BODY}")
        assert out.statements == (), said(out)


def test_statement_genres_key_sentences_leave_protocol_narration_and_others_words(nlp: Language) -> None:
    text = (
        "Statement by Ambassador Lena Varga to the Council of Regions on the drought\n\n"
        "Thank you, Madam Chair. I thank the Special Envoy for his briefing today.\n\n"
        "The drought has ruined the harvest in three provinces. We will not abandon the farmers who lost "
        "their crops. As Special Envoy Omar Haddad told the council last week, the wells are running dry. "
        "Last month the council sent two missions to the region. The missions visited eleven villages in "
        "March. Water rationing must not fall on the poorest families. We urge every member to fund the "
        "appeal in full."
    )
    out = build(nlp, text)
    quotes = [q for s, q in said(out) if s == "person/lena-varga"]
    assert len(quotes) == 5, quotes
    assert not any(q.startswith(("Thank you", "I thank", "As Special Envoy")) for q in quotes)
    for key in (
        "We will not abandon the farmers who lost their crops.",
        "Water rationing must not fall on the poorest families.",
        "We urge every member to fund the appeal in full.",
    ):
        assert key in quotes
    assert "The missions visited eleven villages in March." not in quotes
