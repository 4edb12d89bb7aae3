"""Turns of programmes and briefings that are no statement of anyone's, and a live blog's labelled quote.

Every name here is invented. A podcast credits its hosts in the lead's running text ("Published
on Monday. Hosts: A and B. Guest: C."): the hosts' turns are the programme's voice. A caller's turn
that ends by asking the guest is a question; a guest's "Call me Jo. My pleasure." and the last
"A: Thank you." of an interview are courtesies; a spokesperson who says they will now read a
statement about X only announces it. A live blog's "12:10 Minister Roe at the podium: '…'"
gives the quote to the minister.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _statements(nlp: Language, text: str) -> list[tuple[str, str]]:
    got = extract(nlp(text), Article("t", text, "test", published=date(2026, 6, 9)))
    return [(s.speaker, s.quote) for s in got.statements]


@pytest.mark.parametrize(
    "lead",
    [
        "Episode 12, released 2 June 2026. Hosts: Lorcan Brimley and Wendeline Pennrow. Guest: Abelard"
        " Fennick, Director of Ports.",
        "The Quay Show, recorded on Friday; Hosts: Lorcan Brimley and Wendeline Pennrow. Our guest is Abelard"
        " Fennick, Director of Ports.",
    ],
)
def test_statement_hosts_credited_in_running_text_narrate(nlp: Language, lead: str) -> None:
    text = (
        f"The Quay Show\n{lead}\n\n"
        "LORCAN: Welcome back to the show. I'm Lorcan.\n\n"
        "WENDELINE: And I'm Wendeline. Today we're at the ferry port.\n\n"
        "ABELARD FENNICK: Call me Abelard. My pleasure.\n\n"
        "LORCAN: So how busy is the port now?\n\n"
        "ABELARD FENNICK: We handled about 4,000 passengers a day in May, a fifth more than last year.\n\n"
        "WENDELINE: Abelard, thanks for coming in."
    )
    got = _statements(nlp, text)
    assert all(s.endswith("abelard-fennick") for s, _ in got), got
    assert any(q.startswith("We handled") for _, q in got), got
    assert not any(q.startswith("Call me") for _, q in got), got


@pytest.mark.parametrize(
    "caller",
    ["CALLER (Maud, Ravelsby)", "LISTENER (Maud, Ravelsby)"],
)
def test_statement_callers_question_is_no_statement(nlp: Language, caller: str) -> None:
    text = (
        "Morning phone-in, Radio Yarrowby\nPresenter: Gethin Saltby. Guest: Transport Minister Aurelie Voss.\n\n"
        "SALTBY: The lines are open. Maud is calling from Ravelsby.\n\n"
        f"{caller}: Hello. The bus from Ravelsby to the border stopped running in April. When will it come back?\n\n"
        "VOSS: From September, Maud. We are buying four new buses for the line."
    )
    got = _statements(nlp, text)
    assert not any(q.startswith("Hello. The bus") for _, q in got), got
    assert any(q.startswith("From September") and s.endswith("aurelie-voss") for s, q in got), got


@pytest.mark.parametrize(
    "opening",
    [
        "Hello, everyone. I will now read a brief statement about the river ferries.",
        "Good morning, everyone. I will make a brief announcement on the river ferries first.",
    ],
)
def test_statement_announcing_the_statement_is_none(nlp: Language, opening: str) -> None:
    text = (
        "Ministry of Transport weekly briefing\nSpokesperson Idris Hesketh-Pryce\n\n"
        f"SPOKESPERSON HESKETH-PRYCE: {opening}\n\n"
        "The ferries will run every twenty minutes from Monday, and two more boats join the line in July.\n\n"
        "QUESTION: Will fares rise?\n\n"
        "SPOKESPERSON HESKETH-PRYCE: No. Fares stay the same this year."
    )
    got = _statements(nlp, text)
    assert not any(q.startswith(opening[:12]) for _, q in got), got
    assert any(q.startswith("No. Fares") for _, q in got), got


@pytest.mark.parametrize("closing", ["A: Thank you.", "A: Thank you very much."])
def test_statement_interview_closing_thanks_is_none(nlp: Language, closing: str) -> None:
    text = (
        "An interview with the Harbour Master of Pennrow\n\n"
        "Harbour Master Gethin Brimley took over the harbour at Pennrow in March. He spoke to us on the quay.\n\n"
        "Q: How many boats call at Pennrow now?\n\n"
        "A: About sixty a week, twice as many as last winter.\n\n"
        "Q: Will the harbour stay open at night?\n\n"
        "A: Yes, from July, with two more pilots on duty.\n\n"
        f"Q: Thank you, Harbour Master.\n\n{closing}"
    )
    got = _statements(nlp, text)
    assert any(q.startswith("About sixty") for _, q in got), got
    assert not any(q.startswith("Thank you") for _, q in got), got


@pytest.mark.parametrize("place", ["at the podium", "in the chamber"])
def test_statement_live_blog_label_with_the_speakers_place(nlp: Language, place: str) -> None:
    text = (
        "LIVE: Ferry talks in Pennrow\n\n"
        "09:05 Good morning. The ministers of Pennrow and Ravelsby meet today.\n\n"
        f'10:40 Minister Aurelie Voss {place}: "Our drivers lose an hour at the ferry each day. A second'
        ' boat comes in July."\n\n'
        "10:52 The talks resume after lunch."
    )
    got = _statements(nlp, text)
    assert any(q.startswith("Our drivers") and s.endswith("aurelie-voss") for s, q in got), got


@pytest.mark.parametrize(
    "told", ["Mayor Abelard Quorra told us on Monday", "Gethin Brimley of the ferry union told me"]
)
def test_statement_read_statement_citing_someone_stays_the_speakers(nlp: Language, told: str) -> None:
    """A statement read at a briefing that quotes what someone told the speaker: the quote is the
    other person's, the rest of the paragraph the speaker's words."""
    text = (
        "Ministry of Transport weekly briefing\nSpokesperson Idris Hesketh-Pryce\n\n"
        "SPOKESPERSON HESKETH-PRYCE: Hello, everyone. I will now read a brief statement.\n\n"
        "The ministry has agreed with the port of Pennrow that the river ferries will sail every twenty"
        " minutes from Monday. No other boat crosses the river within forty kilometres."
        f' "We can finally plan our mornings again," {told}.\n\n'
        "QUESTION: Will fares rise?\n\n"
        "SPOKESPERSON HESKETH-PRYCE: No. Fares stay the same this year."
    )
    got = _statements(nlp, text)
    assert any(q.startswith("The ministry has agreed") and s.endswith("hesketh-pryce") for s, q in got), got
