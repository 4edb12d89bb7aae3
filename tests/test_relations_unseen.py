"""Relations as unseen news states them: the sides of a crossing, bodies named by their organization,
admissions, and no border between a place and what it lies in."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

Triples = set[tuple[str, str, str]]


def _relations(nlp: Language, text: str) -> Triples:
    article = Article(id="t", text=text, source="test")
    return {(r.subject, r.predicate, r.object) for r in extract(nlp(text), article).relations}


@pytest.mark.parametrize(
    ("text", "checkpoint", "states"),
    [
        (
            "Bolivia and Paraguay reopened the Pozo Hondo border crossing on Monday.",
            "checkpoint/pozo-hondo",
            {"state/BO", "state/PY"},
        ),
        (
            "Latvia has closed the border crossing at Kalvene to all traffic from Lithuania until Monday.",
            "checkpoint/kalvene",
            {"state/LV", "state/LT"},
        ),
    ],
)
def test_relations_unseen_states_acting_on_a_crossing(nlp: Language, text: str, checkpoint: str, states: set) -> None:
    """The states that open, close or run a crossing, and the other side of the act, are its sides."""
    got = _relations(nlp, text)
    assert {(checkpoint, "connects", s) for s in states} <= got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since March, some 4,000 Malian refugees have crossed into Niger, most of them through the Ayorou "
            "border point in Tillaberi Region and the Kantchari crossing near Dori.",
            {
                ("checkpoint/ayorou", "state/ML"),
                ("checkpoint/ayorou", "state/NE"),
                ("checkpoint/kantchari", "state/ML"),
                ("checkpoint/kantchari", "state/NE"),
            },
        ),
        (
            "About 300 Afghans entered Iran via the Dogharoun crossing on Sunday.",
            {("checkpoint/dogharoun", "state/AF"), ("checkpoint/dogharoun", "state/IR")},
        ),
    ],
)
def test_relations_unseen_flow_through_a_crossing(nlp: Language, text: str, expected: set) -> None:
    """People going from one state into another through a crossing name both its sides."""
    got = _relations(nlp, text)
    assert {(cp, "connects", s) for cp, s in expected} <= got, got


def test_relations_unseen_origin_alone_says_nothing(nlp: Language) -> None:
    got = _relations(nlp, "Dozens of Malian traders were stopped at the Ayorou border point on Monday.")
    assert ("checkpoint/ayorou", "connects", "state/ML") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Karakum checkpoint on the Uzbek-Tajik border was shut.",
        "Traffic resumed at the Karakum checkpoint on the Uzbekistan–Tajikistan border.",
    ],
)
def test_relations_unseen_border_named_by_its_pair(nlp: Language, text: str) -> None:
    got = _relations(nlp, text)
    assert {("checkpoint/karakum", "connects", "state/UZ"), ("checkpoint/karakum", "connects", "state/TJ")} <= got


@pytest.mark.parametrize(
    ("text", "checkpoint", "states"),
    [
        (
            "The Lhamdi border crossing with China has been shut by mudslides since Tuesday, Nepali officials "
            "told reporters. Nepal will clear the road.",
            "checkpoint/lhamdi",
            {"state/CN", "state/NP"},
        ),
        (
            "Traffic was normal. At the Romanian border with the Republic of Serbia, the Porta Alba and Moravita "
            "crossing points handled 9,000 persons.",
            "checkpoint/moravita",
            {"state/RS", "state/RO"},
        ),
    ],
)
def test_relations_unseen_crossing_with_the_other_side(nlp: Language, text: str, checkpoint: str, states: set) -> None:
    """ "the X crossing with Y" joins Y and the other state its sentence names."""
    got = _relations(nlp, text)
    assert {(checkpoint, "connects", s) for s in states} <= got, got


def test_relations_unseen_no_border_with_own_region(nlp: Language) -> None:
    text = "Refugees crossed into Niger, most of them through the Ayorou border point in Tillaberi Region."
    got = _relations(nlp, text)
    assert ("region/tillaberi", "partOf", "state/NE") in got
    assert not {t for t in got if t[1] == "borders" and {t[0], t[2]} == {"region/tillaberi", "state/NE"}}, got


@pytest.mark.parametrize(
    ("text", "body", "org"),
    [
        (
            "The SADC summit opened. SADC said the SADC Standby Force would deploy to Mozambique.",
            "agency/sadc-standby-force",
            "organization/sadc",
        ),
        (
            "The SADC summit opened in Harare. SADC ministers said the SADC Standby Force would stay.",
            "agency/sadc-standby-force",
            "organization/sadc",
        ),
    ],
)
def test_relations_unseen_body_named_by_its_organization(nlp: Language, text: str, body: str, org: str) -> None:
    assert (body, "partOf", org) in _relations(nlp, text)


@pytest.mark.parametrize(
    ("text", "state", "org"),
    [
        (
            "The EU welcomed Croatia. Croatia, which was admitted as the bloc's newest member that year, attended "
            "the EU summit.",
            "state/HR",
            "organization/european-union",
        ),
        ("Montenegro became NATO's 29th member in 2017.", "state/ME", "organization/nato"),
    ],
)
def test_relations_unseen_admitted_member(nlp: Language, text: str, state: str, org: str) -> None:
    assert (state, "memberOf", org) in _relations(nlp, text)
