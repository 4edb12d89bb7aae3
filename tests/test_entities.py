"""Entities: linking to keys, merging short names, resolving descriptions, offsets that match the text."""

from __future__ import annotations

from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity

WIRE = (
    "WARSAW (Reuters) - Polish Interior Minister Mariusz Kaminski said on Monday that 500 migrants "
    "had tried to cross from Belarus overnight. Kaminski said Poland's border guard had closed the "
    "Kuznica border crossing. The agency said Belarusian troops were seen near the crossing."
)
RELEASE = (
    "Some 20,000 Sudanese refugees crossed into Chad last week, the UNHCR said. The European Union "
    "pledged aid, and the bloc will send experts. Chad, a landlocked country in Central Africa, "
    "has taken in refugees before; the Sahelian country's interior ministry counted arrivals."
)


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.key: e for e in find_entities(nlp(text), article)}


def test_entities_link_states_people_agencies_checkpoints(nlp: Language) -> None:
    ents = _run(nlp, WIRE)
    assert ents["state/PL"].type == "State"
    assert "urn:iso:std:iso:3166:-1:PL" in ents["state/PL"].same_as
    assert ents["person/mariusz-kaminski"].name == "Mariusz Kaminski"
    assert ents["agency/border-guard-poland"].type == "Agency"
    assert ents["checkpoint/kuznica"].type == "Checkpoint"
    assert ents["settlement/warsaw"].type == "Settlement"  # the dateline


def test_entities_short_names_and_descriptions_are_mentions(nlp: Language) -> None:
    ents = _run(nlp, WIRE)
    kaminski = [m.text for m in ents["person/mariusz-kaminski"].mentions]
    assert kaminski == ["Mariusz Kaminski", "Kaminski"]
    assert "The agency" in [m.text for m in ents["agency/border-guard-poland"].mentions]
    assert "the crossing" in [m.text for m in ents["checkpoint/kuznica"].mentions]


def test_entities_demonyms_are_evidence_of_their_state(nlp: Language) -> None:
    ents = _run(nlp, WIRE)
    assert "Polish" in [m.text for m in ents["state/PL"].mentions]
    assert "Belarusian" in [m.text for m in ents["state/BY"].mentions]
    assert ents["state/BY"].name == "Belarus"


def test_entities_bloc_and_country_descriptions(nlp: Language) -> None:
    ents = _run(nlp, RELEASE)
    assert "the bloc" in [m.text for m in ents["organization/european-union"].mentions]
    assert "the Sahelian country" in [m.text for m in ents["state/TD"].mentions]
    ministry = ents["agency/interior-ministry-chad"]
    assert ministry.name == "Interior Ministry of Chad"
    assert ents["region/central-africa"].type == "Region"


def test_entities_mentions_match_text_and_sort_by_key(nlp: Language) -> None:
    article = Article(id="t", text=RELEASE, source="test")
    entities = find_entities(nlp(RELEASE), article)
    assert [e.key for e in entities] == sorted(e.key for e in entities)
    for entity in entities:
        for m in entity.mentions:
            assert RELEASE[m.start : m.end] == m.text


def test_entities_qualified_ministry_of_state(nlp: Language) -> None:
    text = "A Ministry of Foreign Affairs of Pakistan spokesman said on Monday that aid had been requested."
    ents = _run(nlp, text)
    assert ents["agency/foreign-ministry-pakistan"].name == "Foreign Ministry of Pakistan"
    assert "Ministry of Foreign Affairs" in ents["agency/foreign-ministry-pakistan"].aliases


def test_entities_demonym_before_an_agency_names_its_state(nlp: Language) -> None:
    text = (
        "The Lithuanian Border Guard said 40 migrants tried to cross from Belarus on Sunday. "
        "Chadian police escorted refugees who had fled Sudan."
    )
    ents = _run(nlp, text)
    assert ents["agency/border-guard-lithuania"].name == "Border Guard of Lithuania"
    assert "agency/border-guard-belarus" not in ents
    assert "agency/police-chad" in ents


def test_entities_dateline_settlements_take_their_gazetteer_name(nlp: Language) -> None:
    text = "N’DJAMENA, Jan 9 (Sahel Desk) - Aid arrived.\n\nSALLA, Nov 30 (Arctic Desk) - Snow fell."
    ents = _run(nlp, text)
    assert ents["settlement/ndjamena"].name == "N'Djamena"
    assert ents["settlement/ndjamena"].same_as
    assert ents["settlement/salla"].name == "Salla"


def test_entities_proper_agency_names_stay_themselves(nlp: Language) -> None:
    ents = _run(
        nlp,
        "Fighters of the Kachin Independence Army clashed with troops in Myanmar on Monday. "
        "In Erbil, the Kurdistan Regional Government said Iraq had paid salaries. "
        "The Equatorial Guinea government did not comment.",
    )
    assert ents["organization/kachin-independence-army"].type == "Organization"
    # its own name, its context's state: "agency/kurdistan-regional-government-iraq"
    assert {e.type for e in ents.values() if e.name == "Kurdistan Regional Government"} == {"Agency"}
    assert "agency/government-equatorial-guinea" in ents
    assert not {"agency/army-myanmar", "agency/government-iraq", "agency/government-guinea"} & set(ents)


def test_entities_generic_agency_takes_the_documents_state(nlp: Language) -> None:
    ents = _run(
        nlp,
        "Chile closed two crossings on Monday. Chile has asked for calm. "
        "Smugglers crossed from Bolivia at night. The Interior Ministry said patrols would double.",
    )
    assert "agency/interior-ministry-chile" in ents
    assert "agency/interior-ministry-bolivia" not in ents


def test_entities_transcript_caps_lines_are_no_places(nlp: Language) -> None:
    text = (
        "ANDES MORNING - BROADCAST TRANSCRIPT\n\nHOST: Good morning. Chile has closed its border.\n\n"
        "MARIA LOPEZ (on tape): We crossed at night near Arica.\n"
    )
    ents = _run(nlp, text)
    assert not any(
        e.type in {"Settlement", "Region"} and e.name.lower().startswith(("andes", "maria")) for e in ents.values()
    )


def test_entities_dateline_with_a_state_and_a_named_region(nlp: Language) -> None:
    ents = _run(
        nlp,
        "MAIDUGURI, Nigeria, May 3 (Wire) - Fighting spread across Borno State, the army said. "
        "Refugees walked to the border post Banki.",
    )
    assert ents["settlement/maiduguri"].type == "Settlement"
    assert ents["region/borno"].type == "Region"
