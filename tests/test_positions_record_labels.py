"""Offices in the labels of a parliamentary record: a member named by the seat ("Mr Jo Roe (Member
for X):", "The Member for X (Mrs Jo Roe):"), a minister whose name opens with an apostrophe ("The
Minister of Y (Ms 'Jo Roe):"), and a minister who met a counterpart "from" the other state's body.

Invented records through the whole extraction.
"""

from __future__ import annotations

import pytest
from named_entities import entities_named
from spacy.language import Language

from kg.extract import extract
from kg.extract.positions import find_positions
from kg.model import Article


def _positions(nlp: Language, text: str) -> dict[str, set[tuple[str, str | None]]]:
    out: dict[str, set[tuple[str, str | None]]] = {}
    for p in extract(nlp(text), Article(id="t", text=text, source="test")).positions:
        out.setdefault(p.holder, set()).add((p.title, p.post_in))
    return out


_RECORD = (
    "Question Time, Thursday sitting\n\n"
    "{first}: Madam Speaker, the ferry from Ostvik to Tarnby has not sailed for a week.\n\n"
    "The Minister of Transport ({minister}): Madam Speaker, the ferry will sail again on Monday, "
    "and Norway will pay for the repairs.\n\n"
    "{second}: Will the Minister also look at the road to Tarnby?\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mr Kjell Arnesen (Member for Ostvik)", "The Member for Tarnby (Mrs Solvei Brekke)"),
        ("The Member for Ostvik (Mr Kjell Arnesen)", "Mrs Solvei Brekke (Member for Tarnby)"),
    ],
)
def test_positions_record_labels_member_for_a_seat(nlp: Language, first: str, second: str) -> None:
    found = _positions(nlp, _RECORD.format(first=first, second=second, minister="Ms Hedda Rask"))
    assert {t for t, _ in found["person/kjell-arnesen"]} == {"Member for Ostvik"}
    assert {t for t, _ in found["person/solvei-brekke"]} == {"Member for Tarnby"}


@pytest.mark.parametrize(
    "label",
    ["The Minister of Transport (Ms 'Ofa Vainikolo):", "The Minister of Transport (Mrs ’Ofa Vainikolo):"],
)
def test_positions_record_labels_name_opening_with_an_apostrophe(nlp: Language, label: str) -> None:
    """The model may not find such a name; given it, the office in front of the bracket is the holder's."""
    text = (
        "Question Time, Thursday sitting\n\n"
        "Mr Kjell Arnesen (Member for Ostvik): When will the ferry sail?\n\n"
        f"{label} Madam Speaker, the ferry will sail again on Monday, and Norway will pay for the repairs.\n"
    )
    names = {"Ofa Vainikolo": ("person/ofa-vainikolo", "Person"), "Norway": ("state/NO", "State")}
    article = Article(id="t", text=text, source="test")
    found = find_positions(nlp(text), article, entities_named(text, names))
    assert [(p.holder, p.post_in) for p in found] == [("person/ofa-vainikolo", "state/NO")]


@pytest.mark.parametrize(
    "met",
    [
        "I had lunch with my counterparts from the Harbour Board of Sweden on Friday.",
        "My counterparts from the Coast Guard of Sweden came to see me on Friday.",
    ],
)
def test_positions_record_labels_counterpart_from_another_states_body(nlp: Language, met: str) -> None:
    text = (
        "Question Time, Thursday sitting\n\n"
        "Mr Kjell Arnesen (Member for Ostvik): When will the ferry sail?\n\n"
        f"The Minister of Transport (Ms Hedda Rask): {met} The ferry to Sweden will sail on Monday.\n\n"
        "The Minister of Transport (Ms Hedda Rask): Norway has paid for the repairs.\n"
    )
    posts = {post for _, post in _positions(nlp, text)["person/hedda-rask"]}
    assert posts == {"state/NO"}
