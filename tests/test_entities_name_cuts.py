"""Personal names the NER cuts or runs into other words: invented sentences through the real model.

Classes: abbreviated ranks before a name ("Brig. Gen. X" gave a person "Brig"); a long name the NER
ends or begins a word early ("Dita Purnama" + "Halim"); a hyphenated surname repeated alone and
tagged as a body; a name set off after an office and closed by a semicolon; an office's
complement run into the holder's name ("President of the Republic X").
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

from kg.extract.entities import link_mentions


def _keys(nlp: Language, text: str) -> dict[str, str]:
    """Surface text -> entity key (the node it becomes)."""
    return {link.text: link.key for link in link_mentions(nlp(text))}


# ---------------------------------------------------------------- abbreviated ranks


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We have secured the road," said Brig. Gen. Harlo Venn, the brigade commander.', "Harlo Venn"),
        ("Lt. Col. Fenna Vorsk said on Monday that the unit had withdrawn.", "Fenna Vorsk"),
        ("Rear Adm. Tobin Sharr and Capt. Lio Verant inspected the ship.", "Tobin Sharr"),
        ("Sgt. Maj. Dario Fenz was wounded. Cpl. Ben Astor and Pvt. Jun Mako were killed.", "Ben Astor"),
    ],
)
def test_entities_name_cuts_rank_abbreviation_is_no_name(nlp: Language, text: str, name: str) -> None:
    """The rank is kept one word by the tokenizer, so it is neither a person nor a body."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    abbreviations = {"Brig", "Brig.", "Rear Adm.", "Cpl", "Cpl.", "Lt", "Col"}
    assert not abbreviations & set(types)


def test_entities_name_cuts_rank_abbreviation_is_one_token(nlp: Language) -> None:
    doc = nlp("Brig. Gen. Harlo Venn and Lt.-Col. Sada Moun arrived.")
    assert [t.text for t in doc[:4]] == ["Brig.", "Gen.", "Harlo", "Venn"]
    assert "Lt.-Col." in [t.text for t in doc]


# ---------------------------------------------------------------- names the NER cut short


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Foreign Minister Dita Purnama Halim spoke by telephone on Monday with her counterpart.",
            "Dita Purnama Halim",
        ),
        ("Governor Ilse Marrow Denkt visited the flooded district on Sunday.", "Ilse Marrow Denkt"),
    ],
)
def test_entities_name_cuts_three_word_name_is_whole(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    assert len([t for t in types if t in name]) == 1  # no second person made of a part of the name


@pytest.mark.parametrize(
    "text",
    [
        "Students at the Jorva Tenn Academy protested on Monday.",
        "The Kelo Varn Foundation gave money to the clinic.",
    ],
)
def test_entities_name_cuts_body_named_after_a_person_stays_a_body(nlp: Language, text: str) -> None:
    assert "Person" not in {t for types in linked_types(nlp, text).values() for t in types}


@pytest.mark.parametrize(
    "text",
    [
        "This is a summary of what was said by agency spokesperson Jola Kervin-Abadi at today's briefing. "
        '"Families are arriving every day," Kervin-Abadi said.',
        'The envoy, Omari Telvan-Essor, met the council on Friday. "We will not give up," Telvan-Essor said.',
        'Reporter Naledi Mosweu-Kante sent this report. "The queues are long," Mosweu-Kante said from the bridge.',
        "The mayor, Orla Barrow-Quist, opened the shelter. According to Barrow-Quist, 300 families arrived overnight.",
        "Spokesperson Ilka Dorren-Vaas told reporters the camp was full. Dorren-Vaas added that tents were needed.",
    ],
)
def test_entities_name_cuts_hyphenated_surname_joins_the_person(nlp: Language, text: str) -> None:
    """The surname alone is tagged as a body (or a dateline's town took the name's first half)."""
    keys = _keys(nlp, text)
    surname = next(t for t in keys if " " not in t and "-" in t)
    full = next(t for t in keys if t.endswith(" " + surname))
    assert keys[surname] == keys[full]
    assert keys[full].startswith("person/")
    assert len(set(keys.values())) == 1


# ---------------------------------------------------------------- offices and their holders


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Members thanked the Minister of Foreign Affairs of Tarnia, Osei Bakary Ndombe;",
            "Osei Bakary Ndombe",
        ),
        (
            "2. Welcomes the briefing by the Commissioner for Trade, Amadu Kessel Oyelaran;\n3. Decides to meet again.",
            "Amadu Kessel Oyelaran",
        ),
    ],
)
def test_entities_name_cuts_apposed_name_closed_by_semicolon(nlp: Language, text: str, name: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President of the Republic Anselmo Quintal Reyes spoke by telephone with his counterpart.",
            "Anselmo Quintal Reyes",
        ),
        ("Minister of Labour Pilla Vinsk Hollo announced the new rules.", "Pilla Vinsk Hollo"),
        ("President of the Council Jorund Havel Sten chaired the meeting.", "Jorund Havel Sten"),
    ],
)
def test_entities_name_cuts_office_complement_is_no_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    assert not any(t.endswith(name) and t != name for t in types)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The measure was ordered by Minister of the Interior Esteban Ortiz Lamela after a blockade of the road.",
            "Esteban Ortiz Lamela",
        ),
        ("Minister of Agriculture Teodora Brisal Quenta said the harvest was lost.", "Teodora Brisal Quenta"),
    ],
)
def test_entities_name_cuts_portfolio_then_the_whole_name(nlp: Language, text: str, name: str) -> None:
    """After "Minister of" and a portfolio in capitals, the given names open the holder's name."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}
    assert not any(t != name and t in name for t in types)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I, Mayor Nilo Zabaleta Ocampos, have today closed the eastern market.", "Nilo Zabaleta Ocampos"),
        ("The decree was signed on Monday by Governor Nilo Zabaleta Ocampos and the mayor.", "Nilo Zabaleta Ocampos"),
    ],
)
def test_entities_name_cuts_long_name_after_an_office_word(nlp: Language, text: str, name: str) -> None:
    """A name of unfamiliar words right after "Governor" or "Mayor" is a person where the model missed it."""
    assert linked_types(nlp, text).get(name) == {"Person"}


@pytest.mark.parametrize(
    "text",
    [
        "Visas issued by EU Member States were checked at the port.",
        "Ministers of the bloc's Member States met on Friday to discuss the quotas.",
    ],
)
def test_entities_name_cuts_common_noun_before_a_name_is_not_taken(nlp: Language, text: str) -> None:
    """A common noun in front of what the NER took for a surname is no given name."""
    assert "Member States" not in {t for t, types in linked_types(nlp, text).items() if "Person" in types}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Q: Hazel Quorrin, Radio Tarnia. Minister, how many trucks are waiting today?", "Hazel Quorrin"),
        ("Governor Iris Vellamo Tusk opened the bridge on Monday.", "Iris Vellamo Tusk"),
    ],
)
def test_entities_name_cuts_given_name_that_is_also_a_noun(nlp: Language, text: str, name: str) -> None:
    """A given name that is also a common noun ("Hazel", "Iris") still opens the name."""
    types = linked_types(nlp, text)
    assert types.get(name) == {"Person"}, types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Minister of Culture, Youth and Sport of the Republic of Chad, Mr. Santos Ovono Mba Nsue, paid a "
            "working visit to the capital on 2 and 3 March.",
            "Santos Ovono Mba Nsue",
        ),
        (
            "Mr. Santos Ovono Mba Nsue, the Minister of Trade, paid a working visit to the capital.",
            "Santos Ovono Mba Nsue",
        ),
    ],
)
def test_entities_name_cuts_two_words_after_the_ners_end(nlp: Language, text: str, name: str) -> None:
    """The NER ends a four-word name two words early; the parser keeps them one noun phrase."""
    assert linked_types(nlp, text).get(name) == {"Person"}
