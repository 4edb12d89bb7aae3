"""Relations stated in the text: partOf, borders, locatedIn, connects, and agencies partOf their state."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article


def _run(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    article = Article(id="t", text=text, source="test")
    doc = nlp(text)
    relations = find_relations(doc, article, find_entities(doc, article))
    for r in relations:
        assert all(text[e.start : e.end] == e.text for e in r.evidence)
    return {(r.subject, r.predicate, r.object) for r in relations}


def test_relations_borders_from_apposition_and_possessive(nlp: Language) -> None:
    got = _run(
        nlp,
        "Refugees reached Chad and Cameroon, two countries that border Nigeria. "
        "Norway's border with Sweden stayed open.",
    )
    assert {("state/TD", "borders", "state/NG"), ("state/CM", "borders", "state/NG")} <= got
    assert ("state/NO", "borders", "state/SE") in got


def test_relations_no_border_from_a_motion_verb(nlp: Language) -> None:
    got = _run(nlp, "Families from Ukraine fled to neighboring Poland on Friday.")
    assert not any(p == "borders" for _, p, _ in got)


def test_relations_region_part_of_state_and_location(nlp: Language) -> None:
    got = _run(
        nlp,
        "Darfur, a Sudanese region bordering Chad, remained unsafe. "
        "Chad, a landlocked country in Central Africa, took in refugees.",
    )
    assert ("region/darfur", "partOf", "state/SD") in got
    assert ("region/darfur", "borders", "state/TD") in got
    assert ("state/TD", "locatedIn", "region/central-africa") in got


def test_relations_enumerated_regions_are_part_of_the_state(nlp: Language) -> None:
    got = _run(nlp, "Floods hit three Pakistani provinces – Sindh, Balochistan and Punjab – this summer.")
    assert {("region/sindh", "partOf", "state/PK"), ("region/balochistan", "partOf", "state/PK")} <= got


def test_relations_checkpoint_located_and_connecting(nlp: Language) -> None:
    got = _run(
        nlp,
        "On the border with Belarus, authorities in Poland's Podlaskie region closed the Kuznica checkpoint.",
    )
    assert ("checkpoint/kuznica", "locatedIn", "region/podlaskie") in got
    assert ("checkpoint/kuznica", "connects", "state/BY") in got
    assert ("checkpoint/kuznica", "connects", "state/PL") in got


def test_relations_agency_part_of_its_state(nlp: Language) -> None:
    got = _run(nlp, "The Interior Ministry of Kenya said 300 people had crossed.")
    assert ("agency/interior-ministry-kenya", "partOf", "state/KE") in got


def test_relations_agency_is_part_of_the_state_that_modifies_it(nlp: Language) -> None:
    got = _run(nlp, "The Latvian Border Guard said 90 people had tried to cross from Belarus overnight.")
    assert ("agency/border-guard-latvia", "partOf", "state/LV") in got
    assert not any(s.startswith("agency/") and o == "state/BY" for s, _, o in got)


def test_relations_subdivision_part_of_a_state_the_text_names(nlp: Language) -> None:
    got = _run(nlp, "Heavy rain flooded Sindh on Monday, and officials in Pakistan asked for tents.")
    assert ("region/sindh", "partOf", "state/PK") in got
    alone = _run(nlp, "Heavy rain flooded Sindh on Monday.")
    assert not any(p == "partOf" for _, p, _ in alone)  # no state named: nothing to be part of


def test_relations_members_of_an_organization(nlp: Language) -> None:
    got = _run(nlp, "Both Finland and Estonia are members of the European Union, which condemned the move.")
    assert ("state/FI", "memberOf", "organization/european-union") in got
    assert ("state/EE", "memberOf", "organization/european-union") in got


def test_relations_named_checkpoint_on_the_border_with_a_state(nlp: Language) -> None:
    got = _run(nlp, "Chile said the checkpoint Chacalluta on the border with Peru was closed on Friday.")
    assert ("checkpoint/chacalluta", "connects", "state/PE") in got


def test_relations_agency_named_with_its_state_is_part_of_it(nlp: Language) -> None:
    got = _run(nlp, "Coast Guard Ghana said on Monday that it had stopped 40 boats bound for Ghana.")
    assert ("agency/coast-guard-ghana", "partOf", "state/GH") in got
