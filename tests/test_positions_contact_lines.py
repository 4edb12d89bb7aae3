"""A release's contact lines name its press staff: "In Libreville, Jane Roe, Communications Officer".

The lines have no verb and often a hyphenated name the entity model misses; the person is found
by the line's shape (a contact cue above or before it, a place, rank or form of address before the
name, a title, e-mail address or number after it), the staff title ("... Officer", "... Associate"
after the field it serves) is read as an office, and the office is the issuing body's, not a
state's. Every name here is invented for the test.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.contacts import contact_names
from kg.model import Article


def _names(text: str) -> list[str]:
    return [name for name, _, _ in contact_names(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Text.\n\nJournalists may contact:\n"
            "In Libreville, Ilka Moravec-Dunne, Communications Associate\n"
            "In Geneva: Oskar Pellinen-Vrba, oskar@example.org",
            ["Ilka Moravec-Dunne", "Oskar Pellinen-Vrba"],
        ),
        (
            "Text.\n\nMedia contact: Mr. Roderick Ashgrove-Pim, Press Officer",
            ["Roderick Ashgrove-Pim"],
        ),
        (
            "Text.\n\nIssued by:\nSenior Superintendent Quillan Odhiambo-Reyes\nPolice Spokesperson",
            ["Quillan Odhiambo-Reyes"],
        ),
        (
            "Text.\n\nPress enquiries: Press Office of the Harbour Police, Major Tamsin Okonkwo-Lidell, "
            "Tel. +00 1234 5678",
            ["Tamsin Okonkwo-Lidell"],
        ),
    ],
)
def test_contacts_read_the_names_of_contact_lines(text: str, want: list[str]) -> None:
    assert _names(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Text.\n\nPress contacts:\nPress and Public Affairs Unit, Gabon Armed Forces\nEmail: press@example.org",
        "Text.\n\nMedia contact: press office, Action Group Worldwide, Paris",
        "Text.\n\nPress contact: UNHCR Gabon, Libreville",
        # no contact cue: a line of prose or a list of names is no contact line
        "In Libreville, Ilka Moravec-Dunne, Communications Associate",
    ],
)
def test_contacts_bodies_places_and_prose_name_no_one(text: str) -> None:
    assert _names(text) == []


def _positions(nlp: Language, text: str, publisher: str | None = None) -> set[tuple[str, str, str | None]]:
    article = Article(id="t", text=text, source="test", published=date(2026, 5, 4), publisher=publisher)
    return {(p.holder, p.title, p.post_in) for p in extract(nlp(text), article).positions}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Gabon Armed Forces repelled an attack near Franceville on Monday, the Gabon Armed Forces said.\n\n"
            "Press contacts:\n"
            "Major Roderick Ashgrove-Pim, Public Relations Officer\nEmail: press@example.org",
            ("person/roderick-ashgrove-pim", "Public Relations Officer", "agency/armed-forces-gabon"),
        ),
        (
            "UNHCR said 3,170 refugees had arrived in northern Gabon. UNHCR asked donors for support.\n\n"
            "Journalists may contact:\n"
            "In Libreville, Ilka Moravec-Dunne, Communications Associate\n"
            "In Geneva, Oskar Pellinen-Vrba, Senior Communications Officer",
            ("person/ilka-moravec-dunne", "Communications Associate", "agency/unhcr"),
        ),
        (
            "UNHCR said 3,170 refugees had arrived in northern Gabon. UNHCR asked donors for support.\n\n"
            "Journalists may contact:\n"
            "In Libreville, Ilka Moravec-Dunne, Communications Associate\n"
            "In Geneva, Oskar Pellinen-Vrba, Senior Communications Officer",
            ("person/oskar-pellinen-vrba", "Senior Communications Officer", "agency/unhcr"),
        ),
    ],
)
def test_positions_contact_lines_give_the_issuers_staff(
    nlp: Language, text: str, want: tuple[str, str, str | None]
) -> None:
    assert want in _positions(nlp, text)


def test_positions_signature_rank_is_how_the_officer_is_addressed(nlp: Language) -> None:
    """A rank on the name's line and the office on the line below: the office, not the rank."""
    text = (
        "The Gabon Police Service arrested four suspects near Oyem on Monday.\n\n"
        "Issued by:\nAssistant Commissioner Quillan Odhiambo-Reyes\nPolice Public Relations Officer\n"
    )
    titles = {title for holder, title, _ in _positions(nlp, text) if holder == "person/quillan-odhiambo-reyes"}
    assert titles == {"Police Public Relations Officer"}
