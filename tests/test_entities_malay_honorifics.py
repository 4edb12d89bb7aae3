"""A chain of Malay honorifics before a name is no part of it: "Dato Seri Paduka Jo Roe" is Jo Roe.

Invented sentences through the real model. Releases from Brunei and Malaysia stack conferred
titles before a name; the model reads the chain as the person ("Dato Seri") or splits the name.
Hereditary prefixes ("Pengiran", "Awang", "Dayang") are part of the name and stay in it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article


def _names(nlp: Language, text: str) -> dict[str, str]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e.type for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Deputy Minister at the ministry, Dato Seri Setia Haji Rusdi Haji Kamaluddin, said the road "
            "would reopen on Friday.",
            "Rusdi Haji Kamaluddin",
        ),
        (
            "Datuk Seri Hamidah Osman, the state secretary, told reporters that the checkpoint had been cleared.",
            "Hamidah Osman",
        ),
        ("Tan Sri Azmir bin Yusof, chairman of the board, visited the crossing on Monday.", "Azmir bin Yusof"),
        ("Yang Berhormat Dato Paduka Ismadi Jalil opened the new immigration hall in the morning.", "Ismadi Jalil"),
    ],
)
def test_entities_malay_honorifics_cut_from_name(nlp: Language, text: str, want: str) -> None:
    names = _names(nlp, text)
    assert names.get(want) == "Person"
    assert [n for n in names if n != want] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Speaking at the post, Pengiran Hajah Rosnani Pengiran Jaafar said the queues were shorter than last week.",
            "Pengiran Hajah Rosnani Pengiran Jaafar",
        ),
        ("Queues eased by noon, according to Awang Haji Firdaus Omar, who runs the stall.", "Awang Haji Firdaus Omar"),
    ],
)
def test_entities_malay_honorifics_keep_hereditary_prefix(nlp: Language, text: str, want: str) -> None:
    assert _names(nlp, text).get(want) == "Person"


def test_entities_malay_honorifics_leave_other_names(nlp: Language) -> None:
    names = _names(nlp, "Officials in Sri Lanka said Yang Mei and Tan Boon Heng met on Monday.")
    assert names.get("Sri Lanka") == "State"
    assert names.get("Tan Boon Heng") == "Person"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The patrol was led by Kolonel Dato' Zainal Ariffin Kassim, who said the river had been cleared.",
            "Zainal Ariffin Kassim",
        ),
        (
            "Leading the Southern Fleet, Laksamana Madya Datuk Shahrul Nizam Yaacob inspected the ships on Sunday.",
            "Shahrul Nizam Yaacob",
        ),
        (
            "Kepten Maritim (Captain) Faridah Mohd Isa said three boats were sent back before dawn.",
            "Faridah Mohd Isa",
        ),
        ("Jeneral Suhaimi Yusri, the army chief, visited the camp.", "Suhaimi Yusri"),
    ],
)
def test_entities_malay_service_ranks_cut_from_name(nlp: Language, text: str, want: str) -> None:
    """A Malay service rank, with its grade, an English gloss in brackets and the honours after it,
    opens the chain: the person is the name after it, and no rank is a person of its own."""
    names = _names(nlp, text)
    assert names.get(want) == "Person"
    assert [n for n, t in names.items() if t == "Person" and n != want] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Speaking after the vote, the Executive Councillor for Health, Unity and Environment, Dato' Kamarul "
            "Zaman Yahya, promised a new clinic.",
            "Kamarul Zaman Yahya",
        ),
        (
            "Visitors rose, according to the Councillor for Tourism, Arts and Culture, Dato' Mazlan Idrus Zaman.",
            "Mazlan Idrus Zaman",
        ),
    ],
)
def test_entities_malay_honorifics_after_a_portfolio(nlp: Language, text: str, want: str) -> None:
    """ "Dato'" with its apostrophe opens a chain, and an office's portfolio the model ran over the
    comma into the name is no body: the person is the name after the chain."""
    names = _names(nlp, text)
    assert names.get(want) == "Person"
    assert [n for n in names if n != want and "Dato" in n] == []
