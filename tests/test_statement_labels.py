"""Statements of transcripts whose labels name the speaker only in part: by surname, by rank and
surname, by office and a name the model cut short, or in the brackets of a sound bite's cue.

Every sentence here is invented. Each class is shown in two or more wordings, built with the real
model through :func:`kg.extract.extract`, so entity finding, speaker cues and statements meet.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.cues import cue_people
from kg.model import Article, DocExtraction, Entity, Span

PUBLISHED = date(2024, 9, 3)


def build(nlp: Language, text: str) -> DocExtraction:
    out = extract(nlp(text), Article("t", text, "test", published=PUBLISHED))
    for s in out.statements:
        assert text[s.quote_span.start : s.quote_span.end] == s.quote
    return out


class Said(dict[str, str]):
    """Each statement's quote -> the name of its speaker; looked up by the quote's first words."""

    def __init__(self, out: DocExtraction) -> None:
        names = {e.key: e.name for e in out.entities}
        super().__init__({s.quote: names[s.speaker] for s in out.statements})

    def __getitem__(self, start: str) -> str:
        return next(v for k, v in self.items() if k.startswith(start))


speakers = Said


@pytest.mark.parametrize(
    ("heading", "host", "guest"),
    [
        (
            "Presenter Ilse Brandvold talks to Teodor Vasquez-Lind, the head of the harbour authority.",
            "BRANDVOLD",
            "VASQUEZ-LIND",
        ),
        ("In this episode, Ilse Brandvold speaks with Teodor Lind about the new ferry timetable.", "BRANDVOLD", "LIND"),
    ],
)
def test_statement_labels_surname_labels_stand_for_the_full_name(
    nlp: Language, heading: str, host: str, guest: str
) -> None:
    text = (
        f"{heading}\n\n"
        f"{host}: How many ferries will run this winter?\n\n"
        f"{guest}: We will run four ferries a day until March. The old pier will close for repairs.\n\n"
        f"{host}: And the fares?\n\n"
        f"{guest}: Fares will stay the same for residents of the islands.\n"
    )
    said = speakers(build(nlp, text))
    assert said["We will run four ferries "].endswith(guest.title())
    assert said["Fares will stay the same "] == said["We will run four ferries "]
    assert len(said["We will run four ferries "].split()) >= 2  # the full name, not the label


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Media briefing by the Regional Police Commander, Lieutenant General Oskar Maaløe-Rant", "LT GEN MAALØE-RANT"),
        ("Press conference of Oskar Rantala, Chief Superintendent of the Harbour District", "Ch. Supt Rantala"),
    ],
)
def test_statement_labels_rank_abbreviations_are_not_part_of_the_name(nlp: Language, heading: str, label: str) -> None:
    text = (
        f"{heading}\n\n"
        f"{label}: Good morning. Over the weekend our officers stopped eleven vans at the harbour gate.\n\n"
        "Q: Were any arrests made?\n\n"
        f"{label}: Three drivers were arrested and will appear in court on Thursday.\n"
    )
    surname = label.split()[-1].title()
    # Even when the model finds nobody, the label's person is the one the heading names, no "Gen Roe".
    assert [e.name for e in cue_people(text, ())] == [f"Oskar {surname}"]
    assert speakers(build(nlp, text))["Three drivers were arrest"] == f"Oskar {surname}"


@pytest.mark.parametrize("office", ["Spokesperson", "Deputy Minister"])
def test_statement_labels_office_label_gives_the_whole_name_to_a_person_cut_short(nlp: Language, office: str) -> None:
    text = "Weekly briefing\n\n"
    text += f"{office} Marisol Quintanar: The new shelters in the south will open on Friday.\n\n"
    text += "Journalist (Radio Sur): Who will run them?\n\n"
    text += f"{office} Marisol Quintanar: The regional health service will run all four of them.\n"
    at = text.index("Marisol")
    cut = Entity("person/marisol", "Person", "Marisol", (Span(at, at + len("Marisol"), "Marisol"),))
    people = [e for e in cue_people(text, (cut,)) if e.type == "Person"]
    assert [(e.name, e.aliases) for e in people] == [("Marisol Quintanar", ("Marisol",))]
    said = speakers(build(nlp, text))
    assert said["The new shelters in the s"] == "Marisol Quintanar"


@pytest.mark.parametrize(
    ("cue", "name"),
    [("SOT (HALVARD OKONJO-BERG)", "Halvard Okonjo-Berg"), ("SOUNDBITE (Rosalind Achterberg)", "Rosalind Achterberg")],
)
def test_statement_labels_sound_bite_cue_names_its_speaker_in_brackets(nlp: Language, cue: str, name: str) -> None:
    text = (
        "VO: The market by the river opened again this week.\n\n"
        f'{cue}: "We lost two months of trade. Now the stalls are full again."\n\n'
        "VO: Traders say prices have already fallen.\n"
    )
    out = build(nlp, text)
    assert list(speakers(out).items()) == [("We lost two months of trade. Now the stalls are full again.", name)]


@pytest.mark.parametrize("thanks", ["Thank you, Marguerite.", "Good evening, Tomas Ekwueme."])
def test_statement_labels_greeting_that_names_the_host_is_no_statement(nlp: Language, thanks: str) -> None:
    text = (
        "Host Marguerite Olsson talks to the harbour master, Tomas Ekwueme.\n\n"
        "HOST: Welcome to the programme.\n\n"
        f"TOMAS EKWUEME: {thanks}\n\n"
        "HOST: How busy is the port?\n\n"
        "TOMAS EKWUEME: We handled twelve ships last week, twice as many as in May.\n"
    )
    quotes = [s.quote for s in build(nlp, text).statements]
    assert quotes == ["We handled twelve ships last week, twice as many as in May."]


@pytest.mark.parametrize(
    ("intro", "label", "met", "pronoun"),
    [
        (
            "Our correspondent Halldis Voronova is in the fishing port of the island tonight.",
            "VORONOVA",
            "I met a fisherman, Arvo Kettunen, who has not sailed for a week.",
            "He told me",
        ),
        (
            "Minister Halldis Voronova opened the briefing in the capital.",
            "MINISTER VORONOVA",
            "This morning I spoke with the mayor, Mrs Ines Kettunen, about the storm.",
            "She said",
        ),
    ],
)
def test_statement_labels_pronoun_in_a_turn_is_not_the_turn_speaker(
    nlp: Language, intro: str, label: str, met: str, pronoun: str
) -> None:
    text = (
        f"{intro}\n\n"
        "HOST: What are people telling you?\n\n"
        f'{label}: {met} {pronoun}: "The nets stay on the shore until the storm has passed."\n\n'
        "HOST: Thank you.\n"
    )
    said = speakers(build(nlp, text))
    assert said["The nets stay on the shor"].endswith("Kettunen")


@pytest.mark.parametrize("other", ["Organization", "Place"])
def test_statement_labels_cue_folds_another_reading_of_the_name_into_the_person(other: str) -> None:
    text = (
        "Severin Mbatha-Holm, the harbour master, met the crews on Monday.\n\n"
        "((Severin Mbatha-Holm, harbour master)) ((IN SWAHILI))\n\n"
        '"The port will stay open."\n'
    )
    first, second = (m.start() for m in re.finditer("Severin Mbatha-Holm", text))
    person = Entity("person/severin-mbatha-holm", "Person", "Severin Mbatha-Holm", (Span(first, first + 19, ""),))
    misread = Entity(
        f"{other.lower()}/severin-mbatha-holm", other, "Severin Mbatha-Holm", (Span(second, second + 19, ""),)
    )
    out = cue_people(text, (person, misread))
    assert [(e.type, len(e.mentions)) for e in out] == [("Person", 2)]


@pytest.mark.parametrize(
    "opening",
    [
        "Good morning. I have two topics today.",
        "Good afternoon, ladies and gentlemen. We have three announcements for you, and then we will take questions.",
    ],
)
def test_statement_labels_briefing_agenda_is_no_statement(nlp: Language, opening: str) -> None:
    text = (
        "Weekly briefing of the harbour authority\n\n"
        f"SPOKESPERSON TOMASINA VELLACOTT: {opening}\n\n"
        "SPOKESPERSON TOMASINA VELLACOTT: "
        "I have two points to make about the dredging: it is late and it is costly.\n\n"
        "QUESTION: When will it end?\n\n"
        "SPOKESPERSON TOMASINA VELLACOTT: The dredging will end in June.\n"
    )
    quotes = [s.quote for s in build(nlp, text).statements]
    assert quotes == [
        "I have two points to make about the dredging: it is late and it is costly.",
        "The dredging will end in June.",
    ]


@pytest.mark.parametrize(
    ("invite", "close"),
    [
        ("Questions, please. First row.", "Thank you, that is all for today."),
        ("Next question. Go ahead, please.", "This concludes the briefing. Thank you."),
        ("I will take your questions.", "Thank you for your attention."),
        ("We'll now take a few questions.", "Thanks for listening."),
    ],
)
def test_statement_labels_chair_running_the_floor_is_no_statement(nlp: Language, invite: str, close: str) -> None:
    text = (
        "Press conference on the new ferry timetable\n\n"
        "Present: Minister of Transport Jolanta Brezik-Amsel; ministry spokesman Tomas Urbelsky (moderating).\n\n"
        "BREZIK-AMSEL: From May the ferries to the islands will run every hour.\n\n"
        f"URBELSKY: {invite}\n\n"
        "BREZIK-AMSEL: The fares will stay as they are.\n\n"
        f"URBELSKY: {close}\n"
    )
    assert Said(build(nlp, text)) == {
        "From May the ferries to the islands will run every hour.": "Jolanta Brezik-Amsel",
        "The fares will stay as they are.": "Jolanta Brezik-Amsel",
    }


@pytest.mark.parametrize(
    ("speakers", "labels", "names"),
    [
        (
            "Council Chair and Prime Minister of Tarnia, Hon. Jo Velander-Roe; Executive Secretary of the Lakes "
            "Council, Ms Ana Kivimaa",
            ("COUNCIL CHAIR", "EXECUTIVE SECRETARY"),
            ("Jo Velander-Roe", "Ana Kivimaa"),
        ),
        (
            "Foreign Minister of Norland, Mr Ivo Ralsten; Director General of the Harbour Board, Dr Lena Okafor-Brandt",
            ("FOREIGN MINISTER", "DIRECTOR GENERAL"),
            ("Ivo Ralsten", "Lena Okafor-Brandt"),
        ),
    ],
)
def test_statement_labels_office_listed_before_its_holder_in_the_header(
    nlp: Language, speakers: str, labels: tuple[str, str], names: tuple[str, str]
) -> None:
    """ "Speakers: Office of the X, Ms Jane Roe; …" then "OFFICE: …" turns: the office's words, the rest of
    the office and a form of address may stand between the label's words and the holder's name."""
    first, second = labels
    text = (
        "TRANSCRIPT: Press conference after the ferry talks\n\n"
        f"Speakers: {speakers}\n\n"
        f"{first}: Thank you all for coming. We agreed to open the northern ferry route in May.\n\n"
        f"{second}: The route will carry up to 900 passengers a day. The members will share the cost.\n\n"
        "MODERATOR: Thank you. Questions.\n\n"
        f"{first}: We will also meet again in October.\n"
    )
    out = build(nlp, text)
    who = {e.key: e.name for e in out.entities}
    got = {s.quote.split(".")[0]: who[s.speaker] for s in out.statements}
    assert got.get("We agreed to open the northern ferry route in May", got.get("Thank you all for coming")) == names[0]
    assert got.get("The route will carry up to 900 passengers a day") == names[1]
