"""A bracketed note after the publisher's name ("(news release)", "(Lisbon office)") does not hide the body it names.

Invented reports through the real model: a spokesperson named with no body holds office in the
body that publishes the text; the publisher's name may carry a note in brackets, which is a part of
its own, not a part of the body's name.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.positions import find_positions
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "publisher", "want"),
    [
        (
            "GENEVA, 4 May 2026 - Some 2,300 people crossed from Moldova into Romania over the weekend, the "
            "World Health Organization said on Monday. Spokesperson Ragna Tvedholm said the agency had sent two "
            "mobile clinics to the border.",
            "World Health Organization (news release)",
            ("person/ragna-tvedholm", "agency/world-health-organization"),
        ),
        (
            "LISBON, 5 June 2026 - Some 600 migrants have reached the Azores by boat since March, the International "
            "Organization for Migration said on Monday. Spokesperson Tiago Marvila said the agency would open an office "
            "in Ponta Delgada.",
            "International Organization for Migration (Lisbon office) / briefing notes",
            ("person/tiago-marvila", "agency/international-organization-for-migration"),
        ),
    ],
)
def test_positions_publisher_notes_leave_the_publishing_body(
    nlp: Language, text: str, publisher: str, want: tuple[str, str]
) -> None:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    got = {(p.holder, p.post_in) for p in find_positions(doc, article, find_entities(doc, article))}
    assert want in got, got
