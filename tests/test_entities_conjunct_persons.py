"""Names listed with a person: invented sentences through the real model.

Class: "A B and C D-E" and "Foreign Ministers A B and C D", where the model tags one conjunct and
misses the other or reads its double surname as a body's name. The conjunct of a person's full
name is a person's name when it has a name's shape; a body or a place listed with one stays what it is.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Talks were led by Ben Orwal and Ines Talvik-Moreau.",
        "The visitors met Ben Orwal and Ines Talvik-Moreau in the capital, officials said.",
        "A panel led by the two ministers, Ben Orwal and Ines Talvik-Moreau, will meet in May.",
    ],
)
def test_entities_conjunct_persons_after_a_person(nlp: Language, text: str) -> None:
    types = linked_types(nlp, text)
    assert types.get("Ben Orwal") == {"Person"}
    assert types.get("Ines Talvik-Moreau") == {"Person"}


@pytest.mark.parametrize("office", ["Foreign Ministers", "Health Ministers", "Defence Ministers"])
def test_entities_conjunct_persons_after_a_plural_title(nlp: Language, office: str) -> None:
    types = linked_types(nlp, f"{office} Ana Lirio and Tomas Vell met in the capital on Monday.")
    assert types.get("Ana Lirio") == {"Person"}
    assert types.get("Tomas Vell") == {"Person"}
    assert not any(office in surface for surface in types)


@pytest.mark.parametrize(
    ("text", "other", "kind"),
    [
        ("The deal was signed by Ben Orwal and Tarnia Airways on Friday.", "Tarnia Airways", "Organization"),
        ("Ben Orwal and the Red Cross visited the camp.", "Red Cross", "Organization"),
    ],
)
def test_entities_conjunct_persons_leave_bodies(nlp: Language, text: str, other: str, kind: str) -> None:
    types = linked_types(nlp, text)
    assert types.get("Ben Orwal") == {"Person"}
    assert "Person" not in types.get(other, set())


@pytest.mark.parametrize(
    "text",
    [
        "The two governments named their envoys, Dražen Vukašinović and Arta Brahimaj, to lead the talks in May.",
        "The talks were chaired by Dražen Vukašinović and Arta Brahimaj on Friday.",
        "A working group led by Dražen Vukašinović and Arta Brahimaj will report in May.",
    ],
)
def test_entities_conjunct_persons_before_a_person(nlp: Language, text: str) -> None:
    """The model reads the first name (its letters marked) as a body's; the person after "and" says it is one."""
    types = linked_types(nlp, text)
    assert types.get("Dražen Vukašinović") == {"Person"}
    assert types.get("Arta Brahimaj") == {"Person"}
