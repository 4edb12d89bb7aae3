"""Transcript excerpts: one speaker label in capitals, a numbered interviewer, a presenter's role.

Every sentence is invented; each class in two or more wordings, through the real model and
:func:`kg.extract.extract`.

- An excerpt that opens with a single label naming its speaker in capitals ("JANE ROE: …", after
  nothing but headings) is that speaker's words, the lines after the label too: the model reads
  no name in capitals, and one label gives no second turn to tell a transcript by.
- "JOURNALIST 2:" is a label (the interviewer's, so nobody's statement), not a line of the turn
  before it; a label may add an office and its unit (", COMMANDER, TASK FORCE X:").
- A role written after the name ("JANE ROE, PRESENTER:") makes the programme's own voice.
- So does a role written before it ("PRESENTER (Jane Roe):", "HOST, JANE ROE:"), and the
  programme's later turns under the surname alone ("ROE:") with it.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article, DocExtraction

PUBLISHED = date(2025, 3, 3)


def build(nlp: Language, text: str) -> DocExtraction:
    return extract(nlp(text), Article("t", text, "test", published=PUBLISHED))


def said(out: DocExtraction) -> dict[str, str]:
    """Each statement's quote -> the lower-case name of its speaker."""
    names = {e.key: e.name.lower() for e in out.entities}
    return {s.quote: names[s.speaker] for s in out.statements}


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "MARTA VELKOVA: We have closed two crossings on the northern border this week. The situation "
            "remains calm and we expect traffic to resume on Monday.\n",
            "marta velkova",
            ["We have closed two crossings"],
        ),
        (
            "Excerpt from the interview\n\nDORIAN PELLOW: Our teams registered four thousand arrivals at the "
            "coast.\n\nWe will need more shelters before winter.\n",
            "dorian pellow",
            ["Our teams registered", "We will need more shelters"],
        ),
        (
            "Radio interview, morning programme\n\nSENNA KOVALDI, HARBOUR MASTER: Ice has closed the northern "
            "channel.\n\nNo vessel will leave the port until the icebreaker arrives.\n",
            "senna kovaldi",
            ["Ice has closed", "No vessel will leave"],
        ),
    ],
)
def test_statement_excerpts_single_caps_label_gives_the_speaker(
    nlp: Language, text: str, speaker: str, words: list[str]
) -> None:
    got = said(build(nlp, text))
    for start in words:
        assert [v for k, v in got.items() if k.startswith(start)] == [speaker]


@pytest.mark.parametrize(
    "headline",
    ["BREAKING NEWS: Ferries stop at the northern harbour.", "FULL TEXT: Ferries stop at the northern harbour."],
)
def test_statement_excerpts_heading_label_is_nobody(nlp: Language, headline: str) -> None:
    out = build(nlp, headline + "\n\nThe harbour master said the ice would last a week.\n")
    assert not [e for e in out.entities if e.type == "Person"]
    assert not out.statements


@pytest.mark.parametrize(
    ("asker", "role"),
    [("JOURNALIST 2", "COMMANDER, TASK FORCE NORTH"), ("INTERVIEWER 1", "CHIEF, COASTAL UNIT")],
)
def test_statement_excerpts_numbered_asker_and_office_with_unit(nlp: Language, asker: str, role: str) -> None:
    text = (
        "JOURNALIST 1: What happened to the boat overnight?\n"
        f"BRIG. GEN. TOMAS ELDREN, {role}: We will not comment on operations at sea.\n"
        f"{asker}: But surely the public has a right to know where those people are?\n"
        "SELMA RODIN, HARBOUR MINISTER: The people on board are safe and will be brought ashore.\n"
    )
    got = said(build(nlp, text))
    assert got.get("We will not comment on operations at sea.", "").endswith("eldren")
    assert not [q for q in got if q.startswith("But surely")]
    assert got.get("The people on board are safe and will be brought ashore.") == "selma rodin"


@pytest.mark.parametrize("role", ["PRESENTER", "HOST"])
def test_statement_excerpts_role_after_name_is_the_programme(nlp: Language, role: str) -> None:
    text = (
        f"INGRID HALSE, {role}: Good evening. The ferry strike enters its second week.\n"
        "Talks between the unions and the port ended without a deal.\n"
        "OSKAR BRENNE, UNION LEADER: We are ready to talk whenever the port is.\n"
    )
    got = said(build(nlp, text))
    assert "ingrid halse" not in got.values()
    assert got.get("We are ready to talk whenever the port is.") == "oskar brenne"


@pytest.mark.parametrize(
    "label",
    ["PRESENTER (Ingrid Halsvik)", "HOST, INGRID HALSVIK", "Interviewer Ingrid Halsvik"],
)
def test_statement_excerpts_role_before_name_makes_the_surname_turns_the_programme(nlp: Language, label: str) -> None:
    text = (
        "Radio Nordvik - Morning Show (transcript)\n\n"
        f"{label}: Good morning. The ferry strike enters its second week. With me in the studio is the "
        "Minister of Transport, Oskar Brennvik. Minister, welcome.\n\n"
        "BRENNVIK: Thank you. We are ready to talk whenever the unions are.\n\n"
        "HALSVIK: The unions say your offer would cut their pay. Is that fair?\n\n"
        "BRENNVIK: The port made a profit of forty million last year and it can afford a fair wage.\n\n"
        "HALSVIK: Oskar Brennvik, thank you.\n"
    )
    got = said(build(nlp, text))
    assert "ingrid halsvik" not in got.values()
    assert sorted(got.values()) == ["oskar brennvik", "oskar brennvik"]


@pytest.mark.parametrize(
    "label",
    ["MARTA VELIKOVA-DORN", "LORENA DÍAZ-VILLAR", "ESEN KARAOĞLU-TEMİZ, SPOKESPERSON"],
)
def test_statement_excerpts_caps_label_with_a_double_surname(nlp: Language, label: str) -> None:
    """ "JANE ROE-LIND:" names a person though the model splits the double surname at its hyphen."""
    text = (
        "Briefing with the minister\n\n"
        f"{label}: We begin with the floods in the north.\n\n"
        "MINISTER EZEANYA: Four bridges are closed.\n"
    )
    got = said(build(nlp, text))
    assert [v for k, v in got.items() if k.startswith("We begin")] == [label.split(",")[0].lower()]


@pytest.mark.parametrize(
    ("label", "name"),
    [("ANCHOR (LIESL ANDARO):", "LIESL ANDARO"), ("HOST (RENATA SOLVIK):", "RENATA SOLVIK")],
)
def test_statement_excerpts_role_label_names_its_holder_in_brackets(nlp: Language, label: str, name: str) -> None:
    """ "ANCHOR (JANE ROE):" on a line of its own: the bracketed capitals are the anchor, a person."""
    text = f"EVENING BULLETIN\n\n{label}\nGood evening. The border reopened today.\n\nREPORTER: Queues formed early.\n"
    people = {e.name for e in build(nlp, text).entities if e.type == "Person"}
    assert name in people
