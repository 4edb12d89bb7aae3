"""Towns or regions: an NER place name no head noun typed is read by the tables, then by the text.

Every sentence is invented, two or more wordings per class: a name no gazetteer knows, tagged as a
geopolitical place, is a town unless the text treats it as a region; a GeoNames town that also
names a subdivision is the town unless "region" stands near it; a continent stays a region.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import find_entities
from kg.model import Article, Entity
from kg.nlp.locative import town_or_region


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid convoys reached Velmora on Tuesday, and families were sheltering in tents near Ostrany.", "Ostrany"),
        ("Two clinics in Dorrowa were closed after the floods, health officials said.", "Dorrowa"),
        ("The governor of Tarnia said 200 homes in Dorrowa had been destroyed.", "Dorrowa"),
    ],
)
def test_entities_towns_unknown_place_names_are_towns(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == "Settlement"


@pytest.mark.parametrize(
    "text",
    [
        "Troops moved into northern Dorrowa on Monday.",
        "Fighting spread across the Dorrowa, officials said.",
    ],
)
def test_entities_towns_unknown_names_read_as_regions_stay_regions(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert ents["Dorrowa"].type == "Region", sorted(ents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kenya's electoral body said on Friday that its officers in Nakuru had finished counting. The"
            " results from the other constituencies are expected on Sunday, and observers say the count was"
            " orderly and calm. Turnout was higher than at the last election in every region of the country.",
            "Nakuru",
        ),
        (
            "Malawi's health ministry opened a clinic in Mangochi. Doctors there have treated hundreds of"
            " patients since the floods, and nurses say supplies are running out. The health ministry said"
            " more staff would be sent to the region soon.",
            "Mangochi",
        ),
    ],
)
def test_entities_towns_a_far_region_word_leaves_a_town_a_town(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert ents[name].type == "Settlement", sorted(ents)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Ferries", "to", "Klaipeda", "were", "late", "."], "Settlement"),
        (["Shelling", "was", "heard", "near", "Daugavpils", "."], "Settlement"),
        (["Exports", "to", "Asia", "rose", "."], "Region"),
        (["Tourists", "left", "Europe", "early", "."], "Region"),
    ],
)
def test_entities_towns_a_located_name_is_a_town_when_geonames_says_so(words: list[str], expected: str) -> None:
    doc = Doc(spacy.blank("en").vocab, words=words)
    at = next(i for i, word in enumerate(words) if i and word[0].isupper())
    assert town_or_region(doc[at : at + 1], "LOC", frozenset()) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Daily Update of the Interior Ministry\n\nDaugavpils\n\nSpokesperson Ilze Berzina: Good morning.",
            "Daugavpils",
        ),
        ("Statement by the Regional Governor\nKisumu\nThe governor said the roads would reopen.", "Kisumu"),
    ],
)
def test_entities_towns_a_town_alone_on_a_line_is_the_dateline(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == "Settlement"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Refugees walked to Mombasa and Kisumu.", ["Mombasa", "Kisumu"]),
        ("Ministers will travel to Eldoret and Mombasa on Friday.", ["Eldoret", "Mombasa"]),
        ("The bus service between Kisumu and Eldoret will resume next week.", ["Kisumu", "Eldoret"]),
    ],
)
def test_entities_towns_towns_joined_by_and_are_each_a_town(nlp: Language, text: str, names: list[str]) -> None:
    ents = _run(nlp, text)
    for name in names:
        assert name in ents, sorted(ents)
        assert ents[name].type == "Settlement"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trinidad and Tobago sent aid.", "Trinidad and Tobago"),
        ("Bosnia and Herzegovina voted.", "Bosnia and Herzegovina"),
    ],
)
def test_entities_towns_a_state_named_with_and_stays_whole(nlp: Language, text: str, name: str) -> None:
    assert _run(nlp, text)[name].type == "State"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cargo is moved through the port of Mombasa in Dorrowa and by road.", "Dorrowa"),
        ("Goods pass through Eldoret in Velsara.", "Velsara"),
    ],
)
def test_entities_towns_a_name_holding_a_town_is_a_region(nlp: Language, text: str, name: str) -> None:
    assert _run(nlp, text)[name].type == "Region"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The new rail line links Ipoh to Sungai Petani, the ministry said.", "Sungai Petani"),
        (
            "The Malaysian premier promised to visit Batu Pahat after the floods, and the offer was welcomed.",
            "Batu Pahat",
        ),
    ],
)
def test_entities_towns_a_town_of_several_words_the_model_read_as_a_person(nlp: Language, text: str, name: str) -> None:
    """A GeoNames town's own name of two or three words, in its country's story or known in its
    own right, is the town, though the model read a person's given name and surname there."""
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == "Settlement"
