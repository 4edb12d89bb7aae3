"""Turns that only pause, resume or close a sitting or a press gaggle are nobody's statement:
"We resume. Captain, you now have fifteen minutes.", "The sitting is suspended for twenty
minutes.", "That is it, colleagues.", "Same time next Tuesday." (the chair's or the speaker's running of the
session, as "The session is adjourned." already was).

Invented transcripts through the real model and every extractor; the words said between them stay
statements.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract import extract
from kg.model import Article

_HEARING = (
    "Standing Committee on Harbours - hearing of 4 March 2026\n\n"
    "THE CHAIR (Deputy Ilse Marrow): We resume. Captain Kestrin, you now have fifteen minutes.\n\n"
    "CAPTAIN JOEL KESTRIN: Thank you. The dredger will reach the north basin in April, and the "
    "channel will be open to ferries by June.\n\n"
    "THE CHAIR (Deputy Ilse Marrow): Thank you, Captain. The sitting is suspended for twenty minutes.\n"
)

_GAGGLE = (
    "Press pool notes, Vellen airfield\n\n"
    "MINISTER OTTO BRENNICK: The new runway lights were switched on last night, and the evening flight "
    "will land on time from Monday.\n\n"
    "Q: And the cargo shed?\n\n"
    "MINISTER OTTO BRENNICK: The shed takes cargo from May, with two more loading bays.\n\n"
    "Q: Will you brief us again?\n\n"
    "MINISTER OTTO BRENNICK: That is it, colleagues. Same time next Tuesday.\n"
)


def _quotes(nlp: Language, text: str) -> list[str]:
    out = extract(nlp(text), Article(id="t", text=text, source="test"))
    return [s.quote for s in out.statements]


def test_statement_session_turns_pause_and_resume_are_no_statement(nlp: Language) -> None:
    quotes = _quotes(nlp, _HEARING)
    assert not any("resume" in q or "suspended" in q for q in quotes)
    assert any("dredger" in q for q in quotes)


def test_statement_session_turns_close_is_no_statement(nlp: Language) -> None:
    quotes = _quotes(nlp, _GAGGLE)
    assert not any("colleagues" in q or "Same time" in q for q in quotes)
    assert any("runway lights" in q for q in quotes)
