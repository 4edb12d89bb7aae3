"""An office named through the delegation it leads: "the X delegation was led by the Minister of Y, Z".

Invented sentences through the real model: a joint statement names both sides in one sentence,
often leaving out the second verb ("and the W delegation by ..."); each leader's office is in the
state of the delegation it leads, not the sentence's first or most named state. So is an office
listed in a side's members ("the X side included Minister Y"), and one whose verb and agent an aside
parts ("was led, besides the President, by ...").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Governments of Finland and Estonia met in Narva on Monday. The Finnish delegation was led by the "
            "Minister of Water and Forests, Hon. Jarek Volmo Tadde, and the Estonian delegation by the Minister of "
            "Ports, Fisheries and Coastal Works, Hon. Selma Orrin-Kavu.",
            {("person/jarek-volmo-tadde", "state/FI"), ("person/selma-orrin-kavu", "state/EE")},
        ),
        (
            "Talks between Chile and Peru opened in Arica. The Peruvian delegation was headed by Interior Minister "
            "Ivo Pellar Quist, and the Chilean delegation by Labour Minister Ruta Venn Halloway.",
            {("person/ivo-pellar-quist", "state/PE"), ("person/ruta-venn-halloway", "state/CL")},
        ),
    ],
)
def test_positions_delegation_leader_holds_office_in_its_state(
    nlp: Language, text: str, want: set[tuple[str, str]]
) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert want <= got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "RIGA, 4 May 2026 - Talks between Latvia and Norway opened on Monday. The Norwegian delegation was led, "
            "besides the Prime Minister, by Foreign Minister Ulo Varesk, who met Latvian officials.",
            ("person/ulo-varesk", "state/NO"),
        ),
        (
            "SANTIAGO, 2 June 2026 - Chile welcomed the guests from Peru. The Peruvian delegation was headed, as in "
            "May, by Trade Minister Ilse Marrow, a guest of Chilean firms.",
            ("person/ilse-marrow", "state/PE"),
        ),
    ],
)
def test_positions_delegation_leader_after_an_aside(nlp: Language, text: str, want: tuple[str, str]) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert want in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "OSLO, 4 May 2026 - Talks between Norway and Latvia opened on Monday. The Latvian side included "
            "Minister of Trade Arvo Lendtsen, who had studied in Norwegian schools.",
            {("person/arvo-lendtsen", "state/LV")},
        ),
        (
            "RIGA, 4 May 2026 - Talks between Latvia and Norway opened on Monday. The Norwegian team comprised "
            "Foreign Minister Ulo Varesk and Minister of Trade Arvo Lendtsen, who met Latvian officials.",
            {("person/arvo-lendtsen", "state/NO"), ("person/ulo-varesk", "state/NO")},
        ),
    ],
)
def test_positions_side_lists_its_members(nlp: Language, text: str, want: set[tuple[str, str]]) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert want <= got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Observers from three assemblies watched the vote in Podgorica. The European Parliament delegation was "
            "led by Ilse Kvarnby. She said the count was calm.",
            ("person/ilse-kvarnby", "Head of the European Parliament Delegation", "agency/european-parliament"),
        ),
        (
            "Talks on the river border resumed in Riga on Monday. The Norwegian delegation was headed by Arne "
            "Tollefsrud Vik, and the talks will go on until Friday.",
            ("person/arne-tollefsrud-vik", "Head of the Norwegian Delegation", "state/NO"),
        ),
    ],
)
def test_positions_untitled_leader_of_a_delegation(nlp: Language, text: str, want: tuple[str, str, str]) -> None:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert want in got, got


def test_positions_titled_leader_of_a_delegation_keeps_one_office(nlp: Language) -> None:
    text = "Talks resumed in Riga on Monday. The Norwegian delegation was led by Foreign Minister Ulo Varesk."
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    got = {(p.holder, p.title) for p in find_positions(doc, article, find_entities(doc, article))}
    assert got == {("person/ulo-varesk", "Foreign Minister")}, got
