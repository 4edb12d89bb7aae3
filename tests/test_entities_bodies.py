"""Government bodies in unseen news: short forms, names that open with a rank, whose state they are.

Invented sentences through the real model (issue 8, classes 2, 4 and 5).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities, link_mentions
from kg.extract.links import Linked
from kg.model import Article


def _links(nlp: Language, text: str) -> dict[str, Linked]:
    """Surface text -> its linked mention (the last one, if a text repeats a surface)."""
    return {link.text: link for link in link_mentions(nlp(text))}


# ---------------------------------------------------------------- a short form in brackets is the body


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Inspectors of the Coastal Fisheries Board (CFB) boarded two trawlers on Monday. The CFB said the "
            "catch was seized.",
            "Coastal Fisheries Board",
            "CFB",
        ),
        (
            "The National Water Directorate (Hidrored) warned of shortages. Hidrored asked farmers to wait.",
            "National Water Directorate",
            "Hidrored",
        ),
        (
            "A statement from the Port Security Police of Ecuador (PSPE) said the dock was closed.",
            "Police",
            "PSPE",
        ),
    ],
)
def test_entities_bodies_bracketed_short_form_is_the_body(nlp: Language, text: str, full: str, short: str) -> None:
    links = _links(nlp, text)
    body = next(lk for t, lk in links.items() if full in t)
    assert "(" not in body.name
    assert links[short].key == body.key


# ---------------------------------------------------------------- a rank or title opening a body's name


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Officers of the General Logistics Unit secured the depot overnight.", "General Logistics Unit", "Agency"),
        (
            "The wounded were flown to Queen Amalia Referral Hospital in the capital.",
            "Queen Amalia Referral Hospital",
            "Organization",
        ),
        (
            "Troops of the Coastal Response Command and the Mountain Patrol Unit were sent north.",
            "Mountain Patrol Unit",
            "Agency",
        ),
    ],
)
def test_entities_bodies_named_with_a_rank_are_no_person(nlp: Language, text: str, name: str, want: str) -> None:
    links = _links(nlp, text)
    assert links[name].type == want


@pytest.mark.parametrize(
    "text",
    [
        "The Joint Statement was read out after the talks.",
        "Both leaders signed a Joint Communique on Tuesday.",
    ],
)
def test_entities_bodies_a_statement_is_no_person(nlp: Language, text: str) -> None:
    assert not any(lk.type == "Person" for lk in link_mentions(nlp(text)))


# ---------------------------------------------------------------- whose body a generic name is


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Santiago, 4 May - The Ministry of Defence announced that Chilean marines will patrol the border with "
            "Peru and the Plurinational State of Bolivia. The Chilean Navy will send two ships. Peru was informed.",
            "Ministry of Defence",
            "state/CL",
        ),
        (
            "The interior ministry said on Friday that officers would watch the frontier with Laos and Cambodia. "
            "Thai police and Thai soldiers will share the posts, while Laos and Cambodia were told of the plan.",
            "interior ministry",
            "state/TH",
        ),
    ],
)
def test_entities_bodies_generic_body_is_the_home_states(nlp: Language, text: str, body: str, state: str) -> None:
    assert _links(nlp, text)[body].parent == state


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        ("Ghana's Revenue Authority said the new scanners at the port were working.", "Revenue Authority", "state/GH"),
        (
            "Flooding closed two roads in Kenya on Monday. The National Roads Authority said Kenya would reopen them.",
            "National Roads Authority",
            "state/KE",
        ),
    ],
)
def test_entities_bodies_own_name_of_a_state_body(nlp: Language, text: str, body: str, state: str) -> None:
    links = _links(nlp, text)
    found = next(lk for t, lk in links.items() if body in t)
    assert found.type == "Agency"
    assert found.parent == state


# ---------------------------------------------------------------- a body's own name that opens with its state


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "Officers of the Ghana Immigration Service checked the buses at dawn.",
            "Ghana Immigration Service",
            "state/GH",
        ),
        ("The South Africa Revenue Service said the scanners were back.", "South Africa Revenue Service", "state/ZA"),
        ("Soldiers of the Uganda Defence Forces cleared the road.", "Uganda Defence Forces", "state/UG"),
    ],
)
def test_entities_bodies_name_opens_with_its_state(nlp: Language, text: str, body: str, state: str) -> None:
    doc = nlp(text)
    links = {lk.text: lk for lk in link_mentions(doc)}
    assert links[body].type == "Agency"
    assert links[body].parent == state
    assert state in {lk.key for lk in links.values() if lk.type == "State"}


@pytest.mark.parametrize(
    "text",
    [
        "A convoy was ambushed by suspected al-Harakat militants near the village.",
        "Police said al-Harakat fighters had fled into the forest.",
    ],
)
def test_entities_bodies_group_named_by_its_members(nlp: Language, text: str) -> None:
    links = {lk.text: lk for lk in link_mentions(nlp(text))}
    assert links["al-Harakat"].type == "Organization"


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "He served in the Canadian Coast Guard Auxiliary and the Ghana Air Force. The Air Force trained him.",
            "Ghana Air Force",
            "Air Force",
        ),
        (
            "She joined the Ghana Highways Authority in 1990. The Highways Authority later promoted her.",
            "Ghana Highways Authority",
            "Highways Authority",
        ),
    ],
)
def test_entities_bodies_named_with_and_without_its_state(nlp: Language, text: str, full: str, short: str) -> None:
    links = {lk.text: lk for lk in link_mentions(nlp(text))}
    assert links[full].key == links[short].key


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "Lima, 2 May. Officers of the National Police will patrol the market, Peru announced.",
            "National Police of Peru",
        ),
        (
            "Quito, 3 May. The Ministry of Foreign Affairs said Ecuador would send a note on Monday.",
            "Ministry of Foreign Affairs of Ecuador",
        ),
    ],
)
def test_entities_bodies_generic_body_keeps_its_written_name(nlp: Language, text: str, alias: str) -> None:
    article = Article(id="t", text=text, source="test")
    agencies = [e for e in find_entities(nlp(text), article) if e.type == "Agency"]
    assert any(alias in e.aliases for e in agencies)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The report was given by the Director of the Baltic Fisheries Board, Ana Velt-Moss, on Monday.", "Board"),
        ("The Director General of the Nordic Water Council said on Monday the lakes were low.", "Council"),
    ],
)
def test_entities_bodies_sitting_body_after_an_office_is_no_person(nlp: Language, text: str, body: str) -> None:
    """ "Director of the X Water Council": a name ending in a council's or board's head is the body,
    never its holder cut out of it ("Water Council" as a person)."""
    article = Article(id="t", text=text, source="test")
    types = {e.name: e.type for e in find_entities(nlp(text), article)}
    assert not any(name.endswith(body) and kind == "Person" for name, kind in types.items())
    assert any(name.endswith(body) for name in types)


@pytest.mark.parametrize(
    "text",
    [
        "Speakers: Government Spokesperson Ms. Lerato Sithebe-Dlamuka; Permanent Secretary in the Ministry of Water "
        "Mr. Joseph Kamau-Roe",
        "The statement was read by Permanent Secretary in the Ministry of Water Mr. Joseph Kamau-Roe on Monday.",
    ],
)
def test_entities_bodies_name_ends_before_a_form_of_address(nlp: Language, text: str) -> None:
    """ "the Ministry of Water Mr. Jo Roe": the form of address opens the person's name, it ends no body's."""
    article = Article(id="t", text=text, source="test")
    names = {e.name: e.type for e in find_entities(nlp(text), article)}
    assert names.get("Ministry of Water") == "Agency"
    assert not any(name.endswith(("Mr.", "Mr")) for name in names)
