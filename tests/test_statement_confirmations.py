"""A guest's turn that only agrees with the question before it ("Correct.", "That's right.
Roughly.", "Exactly. At weekends.") is no statement: the words a reader would cite are the
asker's. A refusal, or an agreement that goes on with a verb, a figure or a name, stays a
statement; so do the guest's answers, and the guest's reply to the welcome ("Happy to be here.")
is a courtesy like the welcome.

Every sentence is invented; two wordings of each, built with the real model through
:func:`kg.extract.extract` (the confirmation module alone for the fragments).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract.confirmations import only_confirms
from tests.speakers_said import said

_INTERVIEW = (
    "Kestle Radio -- Harbour Hour, transcript\n\n"
    "HOST: Good morning. With us is the harbour master of Ebbmouth, Mr. Anselm Quenby.\n\n"
    "QUENBY: {greeting}\n\n"
    "HOST: How many boats use the new pier?\n\n"
    "QUENBY: About three hundred fishing boats a week land their catch there now.\n\n"
    "HOST: So that is three hundred a week?\n\n"
    "QUENBY: {answer}\n"
)


@pytest.mark.parametrize(
    ("greeting", "answer"),
    [
        ("Thank you. Happy to be here.", "Correct."),
        ("Good morning. Glad to be with you.", "That's right. Roughly."),
        ("Thanks, Orsolya. Great to be in Ebbmouth again.", "That is correct."),
    ],
)
def test_statement_confirmations_are_no_statements(nlp: Language, greeting: str, answer: str) -> None:
    found = said(nlp, _INTERVIEW.format(greeting=greeting, answer=answer))
    assert {v for q, v in found.items() if "three hundred fishing boats" in q} == {"Anselm Quenby"}, found
    assert answer not in found and greeting not in found, found


@pytest.mark.parametrize(
    ("answer", "confirms"),
    [
        ("Exactly. At weekends.", True),
        ("Correct. Between those hours.", True),
        ("No. Not under this decree.", False),  # a refusal takes a position
        ("Correct. We added two more boats.", False),  # a verb: something said
        ("Yes. Nearly 400.", False),  # a figure
    ],
)
def test_statement_confirmations_read_the_fragments(nlp: Language, answer: str, confirms: bool) -> None:
    assert only_confirms(nlp(answer)[:]) is confirms


@pytest.mark.parametrize(
    ("answer", "confirms"),
    [
        ("Briefly, I concur with our counterparts.", False),  # a lead-in the rule does not read
        ("I entirely concur with my counterpart.", True),
        ("We fully share what our counterpart has said.", True),
        ("And I concur with my Varnish colleague!", True),
        ("I agree with my colleague that the pier must close in May.", False),  # a claim of its own
        ("I agree with my colleague. The pier opens on Friday.", False),  # and something said
    ],
)
def test_statement_seconding_a_colleague_only_is_no_statement(nlp: Language, answer: str, confirms: bool) -> None:
    assert only_confirms(nlp(answer)[:]) is confirms
