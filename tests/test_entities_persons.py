"""People, names and one node per thing: invented sentences through the real model (issue 8, classes 1, 2, 5)."""

from __future__ import annotations

import pytest
import spacy
from named_entities import kg_entity_types, linked_types
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.entities import _merge_short_bodies, link_mentions
from kg.extract.links import Linked
from kg.nlp.components import _is_junk
from kg.nlp.consistency import one_type_per_name
from kg.nlp.persons import cut_at_marks


def _keys(nlp: Language, text: str) -> dict[str, str]:
    """Surface text -> entity key (the node it becomes)."""
    return {link.text: link.key for link in link_mentions(nlp(text))}


# ---------------------------------------------------------------- class 1: a gazetteer overturning a person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Jackson flew to Ottawa on Monday. Jackson said the talks went well.", "Jackson"),
        ("Vice President Clayton met the delegation in the capital.", "Clayton"),
        ("Clayton said the plan would fail. He added that the council had not been consulted.", "Clayton"),
    ],
)
def test_entities_persons_town_surname_stays_a_person(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text)[name] == {"Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Readout of the Call\n\nPresident Nara called Dr. Ilse Varga today to congratulate her.", "Nara"),
        ("Statement on the Floods\n\nGovernor Sendai visited the shelters on Monday.", "Sendai"),
    ],
)
def test_entities_persons_title_after_a_heading_still_names_the_person(nlp: Language, text: str, name: str) -> None:
    """After a heading the parser may end a sentence between the title and the name."""
    assert linked_types(nlp, text)[name] == {"Person"}


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Senator Jordan said he would vote against the bill.", "Jordan", "Person"),
        ("Coach Georgia Lindholm thanked the fans. Georgia said she was proud of the team.", "Georgia", "Person"),
        ("Jordan closed its border with Syria on Monday.", "Jordan", "State"),
        ("Georgia said it would not recognise the vote.", "Georgia", "State"),
    ],
)
def test_entities_persons_state_name_of_a_person(nlp: Language, text: str, name: str, want: str) -> None:
    assert linked_types(nlp, text)[name] == {want}


def test_entities_persons_town_stays_a_town_without_personal_context(nlp: Language) -> None:
    types = linked_types(nlp, "Senator Jackson flew to Ottawa on Monday.")
    assert types["Ottawa"] == {"Settlement"}


# ---------------------------------------------------------------- class 2: names swallowed, cut or invented


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marta, 34, said she had waited three days at the crossing.", "Marta"),
        ("That is what happened to Ilona when she reached the last checkpoint.", "Ilona"),
        ("Our thanks go to Secretary of State Jim[2] Carrow for the visit.", "Carrow"),
    ],
)
def test_entities_persons_first_names_and_marked_names_are_people(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We held talks with Secretary of the State Jim[2] Carrow today.", "Carrow"),
        ("Our long talk with Secretary of the State Ann[1] Morley ended early.", "Morley"),
    ],
)
def test_entities_persons_no_digits_inside_a_name(nlp: Language, text: str, name: str) -> None:
    links = link_mentions(nlp(text))
    assert [(lk.text, lk.type) for lk in links] == [(name, "Person")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Trucks left from Sandomierz for the crossing, Polish police said. Poland sent more guards.", "Sandomierz"),
        (
            "Buses left from Tarnobrzeg for the border, Polish officials said. Poland opened two more crossings.",
            "Tarnobrzeg",
        ),
    ],
)
def test_entities_persons_town_of_the_story_state_is_no_firm(nlp: Language, text: str, town: str) -> None:
    assert linked_types(nlp, text)[town] == {"Settlement"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In school I kept hearing about a girl named Odalys, and we later worked together.", "Odalys"),
        ("She later met a farmer called Ostap, who had walked for two days.", "Ostap"),
    ],
)
def test_entities_persons_a_person_noun_introduces_a_name(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Person"}


@pytest.mark.parametrize(
    "text",
    [
        "Earlier surveys found the same gap (Brannick et al., 2011).",
        "As Brannick et al. (2011) showed, the gap persists.",
    ],
)
def test_entities_persons_cited_author_without_et_al(nlp: Language, text: str) -> None:
    assert [(lk.text, lk.type) for lk in link_mentions(nlp(text))] == [("Brannick", "Person")]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Hanna Lindqvist said the decision was final.",
        "Miss Hanna Lindqvist said the decision was final.",
    ],
)
def test_entities_persons_honorific_is_no_part_of_the_name(nlp: Language, text: str) -> None:
    assert linked_types(nlp, text).get("Hanna Lindqvist") == {"Person"}


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("Officers from the Member States joined the operation.", "Member States"),
        ("Nationals of Nordic Partner Countries may enter freely.", "Nordic Partner Countries"),
        ("Weary Women Queue Overnight at a Snowbound Frontier\n\nThe queue grew all week.", "Women"),
    ],
)
def test_entities_persons_vague_groups_and_headline_words_are_no_entities(nlp: Language, text: str, junk: str) -> None:
    assert junk not in linked_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dravik Motors Recalls Cars Over Brake Fault\n\nDravik Motors said it would pay.", "Dravik Motors"),
        ("Talks With Ostrava Bank Collapse Over Debt Terms\n\nOstrava Bank said it would not sign.", "Ostrava Bank"),
    ],
)
def test_entities_persons_headline_fragments_go_names_repeated_in_the_body_stay(
    nlp: Language, text: str, name: str
) -> None:
    links = link_mentions(nlp(text))
    headline = text.split("\n")[0]
    assert not [lk for lk in links if lk.start < len(headline) and lk.text != name]  # "... Opens New Terminal"
    assert any(lk.text == name for lk in links)


# ---------------------------------------------------------------- class 5: one thing, one node


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        ("Tomas Varga visited the port. Later, Varga said the harbour was safe.", "Varga", "Tomas Varga"),
        ("MINISTER VARGA: Thank you. Foreign Minister Tomas Varga spoke first.", "VARGA", "Tomas Varga"),
        ("Maria Elena Duarte arrived. Maria said the journey took four days.", "Maria", "Maria Elena Duarte"),
        (
            "Pieter Jan Hoekstra wrote the report. Pieter Hoekstra later revised it.",
            "Pieter Hoekstra",
            "Pieter Jan Hoekstra",
        ),
    ],
)
def test_entities_persons_short_forms_join_the_full_name(nlp: Language, text: str, short: str, full: str) -> None:
    keys = _keys(nlp, text)
    assert keys[short] == keys[full]


def test_entities_persons_a_given_name_two_people_share_stays_apart(nlp: Language) -> None:
    keys = _keys(nlp, "Anna Berg and Anna Lind arrived. Anna said the road was long.")
    assert keys["Anna Berg"] != keys["Anna Lind"]
    assert keys.get("Anna") not in {keys["Anna Berg"], keys["Anna Lind"]}


def test_entities_persons_one_name_one_type_in_a_text(nlp: Language) -> None:
    text = "Kessler said prices would rise. Kessler offered three reasons for the forecast."
    assert len({link.key for link in link_mentions(nlp(text))}) == 1


@pytest.mark.parametrize(
    ("labels", "kb_ids", "want"),
    [
        (["Organization", "Person", "Organization"], ["ner", "ner", "ner"], "Organization"),  # most mentions
        (["Person", "Settlement"], ["ner", "ner"], "Settlement"),  # a tie: a confirmed place first
        (["Organization", "Person"], ["ner", "ner"], "Person"),  # a tie: a person before a body
        (["Settlement", "Person"], ["ner", "context"], "Person"),  # a personal context decides
    ],
)
def test_entities_persons_one_type_per_name_votes(labels: list[str], kb_ids: list[str], want: str) -> None:
    doc = spacy.blank("en")("Kessler spoke . Kessler left . Kessler returned .")
    spans = [
        Span(doc, i * 3, i * 3 + 1, label=lab, kb_id=kb) for i, (lab, kb) in enumerate(zip(labels, kb_ids, strict=True))
    ]
    assert {s.label_ for s in one_type_per_name(spans)} == {want}


def test_entities_persons_one_type_per_name_leaves_gazetteer_spans(nlp: Language) -> None:
    doc = spacy.blank("en")("Jordan spoke . Jordan left .")
    spans = [Span(doc, 0, 1, label="State"), Span(doc, 3, 4, label="Person", kb_id="ner")]
    assert [s.label_ for s in one_type_per_name(spans)] == ["State", "Person"]


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Staff at Kellerman Hospital were praised. A spokeswoman for Kellerman said beds were short.",
            "Kellerman",
            "Kellerman Hospital",
        ),
        (
            "He was sent to Dunmore School at ten. Later, Dunmore expelled him for fighting.",
            "Dunmore",
            "Dunmore School",
        ),
    ],
)
def test_entities_persons_body_named_by_its_first_word_is_one_node(
    nlp: Language, text: str, short: str, full: str
) -> None:
    keys = _keys(nlp, text)
    assert keys[short] == keys[full]


def test_entities_persons_a_word_opening_two_bodies_stays_apart() -> None:
    def body(start: int, name: str) -> Linked:
        return Linked(
            start, start + len(name), name, "Organization", "organization/" + name.lower().replace(" ", "-"), name
        )

    links = [body(0, "Brightwater Holdings"), body(30, "Brightwater Foundation"), body(60, "Brightwater")]
    assert _merge_short_bodies(links)[2].key == "organization/brightwater"
    assert _merge_short_bodies(links[1:])[1].key == "organization/brightwater-foundation"


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Marisol struck the coast at dawn. Marisol left thousands homeless.",
        "Hurricane Delphine weakened overnight, and Delphine is now a tropical storm.",
    ],
)
def test_entities_persons_a_storm_is_nobody(nlp: Language, text: str) -> None:
    assert not [lk for lk in link_mentions(nlp(text)) if lk.type == "Person"]


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "The European Commission proposed new rules on Tuesday. The Commission said member states must agree.",
            "Commission",
            "European Commission",
        ),
        (
            "The Regional Council of Valdora met on Friday. The Council voted to close two schools.",
            "Council",
            "Regional Council of Valdora",
        ),
    ],
)
def test_entities_persons_bare_body_head_is_the_body_named_before(
    nlp: Language, text: str, short: str, full: str
) -> None:
    keys = _keys(nlp, text)
    assert keys[short] == keys[full]


@pytest.mark.parametrize(("text", "junk"), [("met de there", True), ("met al there", True), ("met Ruiz there", False)])
def test_entities_persons_a_lone_lower_case_particle_is_no_name(text: str, junk: bool) -> None:
    doc = spacy.blank("en")(text)
    assert _is_junk(doc[1:2]) is junk


@pytest.mark.parametrize(
    ("words", "pos", "name"),
    [
        (["Halloran", "composed", "Elegies"], ["PROPN", "VERB", "PROPN"], "Halloran"),
        (["Brannagh", "et", "al."], ["PROPN", "X", "X"], "Brannagh"),
        (["Jo[1", "]", "Tallis"], ["PROPN", "PUNCT", "PROPN"], "Tallis"),
    ],
)
def test_entities_persons_cut_names_at_verbs_and_marks(words: list[str], pos: list[str], name: str) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    assert cut_at_marks(doc[:]).text == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doctor Ramiro Olvega Santos, the health minister, said the clinic would reopen.", "Ramiro Olvega Santos"),
        ("The director, Doctor Ramiro Olvega, said the clinic would reopen.", "Ramiro Olvega"),
        ("Professor Ilse Vandermolen said the border would reopen on Monday.", "Ilse Vandermolen"),
    ],
)
def test_entities_persons_a_written_out_form_of_address_is_no_part_of_the_name(
    nlp: Language, text: str, name: str
) -> None:
    """ "Doctor", "Professor" are "Dr", "Prof" written out: the name starts after them."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}, types


@pytest.mark.parametrize(
    ("text", "body", "name"),
    [
        ("NVB Chairperson Tomas Gravely said turnout was high.", "NVB", "Tomas Gravely"),
        ("Turnout was high, NVB Chairperson Tomas Gravely told reporters.", "NVB", "Tomas Gravely"),
        ("The TRA Deputy Commander Ilse Vandermolen said the road would reopen.", "TRA", "Ilse Vandermolen"),
    ],
)
def test_entities_persons_an_acronym_and_a_title_run_into_a_name_are_read_apart(
    nlp: Language, text: str, body: str, name: str
) -> None:
    """The NER reads "ACRONYM Title Given Family" as one person: the acronym is a body, the title
    no part of either name."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}, types
    assert "Person" not in types.get(body, set()), types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister of National Defense Baek Tae-woo spoke by telephone with the commander.", "Baek Tae-woo"),
        ("Minister of Unification Chae Ji-hwan spoke by telephone with the allied commander.", "Chae Ji-hwan"),
        ("Governor Chae Ji-hwan ordered the curfew.", "Chae Ji-hwan"),
        ("Deputy Chairperson Kao Mei-ling added that 4,100 polling stations had been open.", "Kao Mei-ling"),
        ("NEC Chairperson Chen Yu-han said the count had been completed by midnight.", "Chen Yu-han"),
        ("The count was done, NEC Chairperson Chen Yu-han told reporters.", "Chen Yu-han"),
    ],
)
def test_entities_persons_a_given_name_hyphenated_in_lower_case_is_one_name(
    nlp: Language, text: str, name: str
) -> None:
    """Romanised given names write their second half in lower case ("Mei-ling"): the NER then
    misses the name or runs the title into it, and the lower-case word read as a phrase's."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}, types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[ANCHOR - MIRELLA CASTAGNOLI]\nGood evening. The pass was closed today.", "MIRELLA CASTAGNOLI"),
        ("[PRESENTER – HALDIS VOREKAMP]\nGood evening. Ferries were cancelled all day.", "HALDIS VOREKAMP"),
    ],
)
def test_entities_persons_a_script_segment_line_names_its_reader(nlp: Language, text: str, name: str) -> None:
    """ "[ROLE - NAME]" opens a broadcast script's segment: the capitals after the dash are a person."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}, types


def test_entities_persons_a_script_segment_line_of_common_words_names_nobody(nlp: Language) -> None:
    types = linked_types(nlp, "[ANCHOR - BREAKING NEWS]\nThe pass was closed today.")
    assert "Person" not in {t for ts in types.values() for t in ts}, types


@pytest.mark.parametrize(
    ("text", "given", "key"),
    [
        (
            "[ANCHOR - BENEDETTA CASTAGNOLI]\nGood evening. The pass was closed today.\n"
            "REPORTER: Benedetta, the prefect has called a meeting for Monday.",
            "Benedetta",
            "person/benedetta-castagnoli",
        ),
        (
            "Our correspondent Orsolya Vantrek has been at the border all day.\n"
            "ANCHOR: Orsolya, what happens next?\nVANTREK: The prefect has called a meeting for Monday.",
            "Orsolya",
            "person/orsolya-vantrek",
        ),
    ],
)
def test_entities_persons_a_given_name_alone_is_its_one_holder_whatever_the_ner_read(
    nlp: Language, text: str, given: str, key: str
) -> None:
    """The NER reads a given name said alone ("Jo, what next?") as a town or a body; the one person
    of the text whose full name it opens is meant."""
    keys = {link.text: link.key for link in link_mentions(nlp(text))}
    assert keys.get(given) == key, keys


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The briefing was moderated by ministry spokesperson Elif Saran-Dogu.", "Elif Saran-Dogu"),
        ("Police spokeswoman Marta Ilves-Koppel told reporters that 12 people were held.", "Marta Ilves-Koppel"),
    ],
)
def test_persons_a_lower_case_spokesperson_before_a_name_makes_a_person(nlp: Language, text: str, name: str) -> None:
    """The NER reads a double surname after "spokesperson" as a body's; the role is a person's."""
    assert kg_entity_types(nlp, text).get(name) == "Person"
