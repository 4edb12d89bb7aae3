"""A head of state's or government's office ("Office of the President", "the Administration of the
President of X", "the Presidency of the Republic of X") and a college of ministers ("the Cabinet
of Ministers") are a state's bodies (`kg/nlp/executive_offices.py`).

The NER tagged nothing on a release's masthead line, cut the office at its second "of" ("the
Office of the President of" + "the Republic of X"), left only the state, or called the cabinet an
organization. Every sentence, town and person is invented.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Office of the Vice President\nQuito, 3 March 2027\n\nThe Vice President received the envoy.", None),
        (
            "OFFICE OF THE PRIME MINISTER\nPress Release\n\nThe Prime Minister of Portugal met the envoy in Dunmere.",
            None,
        ),
        ("The Cabinet of Ministers, with the Ministry of Finance, must find funds by June.", "Cabinet of Ministers"),
        ("Ministers said the Cabinet of Ministers would meet in Brelsk after the flood.", "Cabinet of Ministers"),
    ],
)
def test_entities_executive_offices_are_bodies(nlp: Language, text: str, name: str | None) -> None:
    types = linked_types(nlp, text)
    office = name or text.split("\n")[0]
    assert types.get(office) == {"Agency"}, types


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        (
            "The Office of the President of the Republic of Peru said the border would close at noon.",
            "Office of the President of the Republic of Peru",
            "agency/office-of-the-president-peru",
        ),
        (
            "Under the order, the Administration of the President of the Republic of Belarus will oversee the works.",
            "Administration of the President of the Republic of Belarus",
            "agency/administration-of-the-president-belarus",
        ),
        (
            "A statement from the Presidency of the Republic of Chile said the two leaders spoke for an hour.",
            "Presidency of the Republic of Chile",
            "agency/presidency-chile",
        ),
        (
            "Presidency of the Republic of Chile\nSantiago, 4 May 2027\n\nThe President spoke to Korvanta farmers.",
            "Presidency of the Republic of Chile",
            "agency/presidency-chile",
        ),
    ],
)
def test_entities_executive_offices_keep_their_state_and_written_name(
    nlp: Language, text: str, written: str, key: str
) -> None:
    doc = nlp(text)
    entities = {e.key: e for e in find_entities(doc, Article(id="t", text=text, source="test"))}
    assert key in entities, sorted(entities)
    assert entities[key].type == "Agency"
    assert written in {entities[key].name, *entities[key].aliases}, entities[key]


def test_entities_executive_office_joined_to_its_cabinet_is_one_body(nlp: Language) -> None:
    text = "Office of the President and Cabinet\nDunmere\n\nThe President of Portugal spoke."
    assert linked_types(nlp, text).get("Office of the President and Cabinet") == {"Agency"}


@pytest.mark.parametrize(
    "text",
    [
        "The Office of the Ombudsman opened a file on the case in Velmora.",
        "The presidency of the summit passes to Peru next year.",
    ],
)
def test_entities_other_offices_are_not_executive_offices(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    assert "Office of the" not in " ".join(types) or "Office of the Ombudsman" in types, types
    assert "presidency" not in types and "Presidency" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Chile's envoy calls on the Prime Minister\n\nOffice of the Prime Minister\nHarbour Row, Lisbon\n\n"
        "The envoy of Chile met the Prime Minister. Chile and Portugal agreed; Chile will send a team to Dunmere.",
        "OFFICE OF THE PRESIDENT\nState House, Lusaka\n\nThe President received the Chilean envoy. Chile and "
        "Zambia will trade more, and Chile opens an office in Brelsk.",
    ],
)
def test_entities_masthead_office_belongs_to_the_state_of_its_address(nlp: Language, text: str) -> None:
    doc = nlp(text)
    keys = {e.key for e in find_entities(doc, Article(id="t", text=text, source="test")) if e.type == "Agency"}
    assert keys & {"agency/office-of-the-prime-minister-portugal", "agency/office-of-the-president-zambia"}, keys
    assert not any(k.endswith("-chile") for k in keys), keys


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The ECOWAS Council of Ministers met in Abuja on Friday.", "ECOWAS Council of Ministers"),
        ("Media Unit of the Presidency of the Council of Ministers\nRome, 9 June 2027\n\nThe talks continued.", None),
    ],
)
def test_entities_college_inside_a_longer_name_is_not_cut_out(nlp: Language, text: str, whole: str | None) -> None:
    types = linked_types(nlp, text)
    assert "Council of Ministers" not in types, types
    if whole:
        assert types.get(whole) == {"Agency"}, types


@pytest.mark.parametrize(
    ("text", "publisher", "holder"),
    [
        (
            "Envoy calls on the Prime Minister\n\nOffice of the Prime Minister and Cabinet\nDunmere\n\n"
            "The Prime Minister of Portugal received the envoy of Chile on Monday.\n\nThe talks were also "
            "attended by Maria Holm, Minister of Finance, and by Peter Lund, Deputy Minister of Trade.",
            "Office of the Prime Minister and Cabinet, Portugal",
            "person/peter-lund",
        ),
        (
            "Presidency of the Republic of Chile\n\nThe President met farmers from Korvanta on Friday.\n\n"
            "The Minister of Agriculture, Jo Roe, said the new silos would open in June.",
            "Presidency of the Republic of Chile",
            "person/jo-roe",
        ),
    ],
)
def test_positions_in_an_executive_office_release_are_the_states(
    nlp: Language, text: str, publisher: str, holder: str
) -> None:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    posts = {p.post_in for p in find_positions(doc, article, find_entities(doc, article)) if p.holder == holder}
    assert posts and all(p is not None and p.startswith("state/") for p in posts), posts
