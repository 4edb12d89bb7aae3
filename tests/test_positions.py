"""Positions: titles before names, appositions, the state from context, later descriptions."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions, normalize_title
from kg.model import Article, Position


def _run(nlp: Language, text: str) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions: tuple[Position, ...] = find_positions(doc, article, find_entities(doc, article))
    return {(p.holder, p.title, p.post_in) for p in positions}


def test_positions_normalize_title() -> None:
    assert normalize_title(["Minister", "of", "the", "Interior"]) == "Interior Minister"
    assert normalize_title(["defence", "minister"]) == "Defense Minister"
    assert normalize_title(["former", "Secretary", "of", "State"]) == "Secretary of State"
    assert normalize_title(["Internal", "Affairs", "Minister"]) == "Interior Minister"


def test_positions_demonym_title_before_name(nlp: Language) -> None:
    got = _run(nlp, "Chilean Foreign Minister Antonia Valenzuela welcomed the observers on Sunday.")
    assert got == {("person/antonia-valenzuela", "Foreign Minister", "state/CL")}


def test_positions_state_from_sentence_context(nlp: Language) -> None:
    got = _run(nlp, "In Chile, President Tomas Valenzuela conceded defeat after the vote.")
    assert ("person/tomas-valenzuela", "President", "state/CL") in got


def test_positions_apposition_and_later_formal_title(nlp: Language) -> None:
    text = (
        "The head of British diplomacy, James Cleverly, met officials in Nairobi. "
        "Kenya will get more aid, the foreign secretary added."
    )
    got = _run(nlp, text)
    assert got == {("person/james-cleverly", "Foreign Secretary", "state/GB")}


def test_positions_possessive_apposition_after_name(nlp: Language) -> None:
    got = _run(nlp, "Penny Wong, Australia's foreign minister, arrived in Jakarta on Tuesday.")
    assert ("person/penny-wong", "Foreign Minister", "state/AU") in got


def test_positions_description_adds_evidence_not_a_position(nlp: Language) -> None:
    text = "Kenyan President William Ruto spoke in Nairobi. The president said talks would go on."
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    positions = find_positions(doc, article, find_entities(doc, article))
    assert len(positions) == 1
    assert [e.text for e in positions[0].evidence] == ["Kenyan President William Ruto", "The president"]


def test_positions_title_stops_at_a_preposition(nlp: Language) -> None:
    text = '"Water is short," said Grace Wanjiru, UNICEF chief of mission in Kenya.'
    got = _run(nlp, text)
    assert ("person/grace-wanjiru", "Chief of Mission", "agency/unicef") in got


def test_positions_ministry_domain_before_title(nlp: Language) -> None:
    got = _run(nlp, "Greek Migration Minister Nikos Papadakis asked Brussels for help.")
    assert got == {("person/nikos-papadakis", "Migration Minister", "state/GR")}


def test_positions_state_after_with_is_the_other_side(nlp: Language) -> None:
    text = "Norway will shut its last crossing with Russia from Friday, Justice Minister Eva Lund said."
    assert _run(nlp, text) == {("person/eva-lund", "Justice Minister", "state/NO")}


def test_positions_past_offices_are_not_positions(nlp: Language) -> None:
    got = _run(nlp, "The report was presented by former Chilean president Michelle Bachelet on Monday.")
    assert not any(holder == "person/michelle-bachelet" for holder, _, _ in got)
