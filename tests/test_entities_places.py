"""Places and organizations on real text: head nouns, junk spans, locative context, city/region.

Every sentence here is invented (names too), two or more wordings per class, so the tests prove
the class and not one phrasing.
"""

from __future__ import annotations

import pytest
from named_entities import kg_entity_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.model import Article, Entity

PLACE_TYPES = {"Place", "Region", "Settlement", "Checkpoint"}


def _run(nlp: Language, text: str) -> dict[str, Entity]:
    article = Article(id="t", text=text, source="test")
    return {e.name: e for e in find_entities(nlp(text), article)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The ferry sails twice a day from Varnholm Island to the mainland.", "Varnholm Island"),
        ("Flights were diverted to Ostravel Airport because of the fog.", "Ostravel Airport"),
        ("Thousands of pilgrims prayed at the Tellimar Mosque on Friday.", "Tellimar Mosque"),
        ("Hikers were rescued from the Kordanu Mountains after the storm.", "Kordanu Mountains"),
        ("Traffic on the Belvor Bridge was stopped for an hour.", "Belvor Bridge"),
        ("The band played two nights at the Corvel Music Hall in May.", "Corvel Music Hall"),
    ],
)
def test_entities_places_head_noun_makes_a_place(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type in PLACE_TYPES


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She studied law at Dravemore University before moving abroad.", "Dravemore University"),
        ("A spokesman for Kestrel Airlines said the plane was safe.", "Kestrel Airlines"),
        ("The Orlen Valley Party won nine seats in the vote.", "Orlen Valley Party"),
    ],
)
def test_entities_places_head_noun_makes_an_organization(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type in {"Organization", "Agency"}


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose sharply after the Second Varlan War ended.",
        "Many towns were flooded during Cyclone Merida last spring.",
        "She won the Golden Harp Award for her first record.",
    ],
)
def test_entities_places_events_periods_and_prizes_are_no_entities(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert not [e for e in ents.values() if e.type != "State"], sorted(ents)


@pytest.mark.parametrize(
    "text",
    [
        "The report was sent to the Assembly last week.",
        "Critics of the Union wrote to every newspaper.",
    ],
)
def test_entities_places_capitalised_common_noun_after_article_is_no_name(nlp: Language, text: str) -> None:
    assert _run(nlp, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Until the end of World War II, the town lived from its mines.",
        "After the outbreak of the Korean War, the village was emptied.",
    ],
)
def test_entities_places_an_event_before_a_town_apposition_is_no_settlement(nlp: Language, text: str) -> None:
    assert not [e for e in _run(nlp, text).values() if e.type == "Settlement"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Most hotels in Marvasco were full, and the ferry to Marvasco was late.", "Marvasco"),
        ("We drove from Lviv to Tarnovka, then on to the border.", "Tarnovka"),
        ("The divers stayed in Quelmora, Mindoro, for a week.", "Quelmora"),
        ("Shelling was reported on Poltava in central Ukraine.", "Poltava"),
    ],
)
def test_entities_places_a_name_used_as_a_place_is_one(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type in PLACE_TYPES


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds more arrived in Castellucia over the weekend, officials said.",
        "The boat carrying 40 people landed on Castellucia late on Friday.",
        "They were arriving at Castellucia when the storm broke.",
    ],
)
def test_entities_places_where_people_arrive_or_land_is_a_place(nlp: Language, text: str) -> None:
    """The NER reads the name as a person's; one arrives in, lands on or docks at a place."""
    ents = _run(nlp, text)
    assert ents["Castellucia"].type in PLACE_TYPES, ents["Castellucia"]


@pytest.mark.parametrize(
    "text",
    [
        "He spent ten years in the Coastal Reserve Force before retiring.",
        "In Kestrel's view, the plan was fair.",
    ],
)
def test_entities_places_bodies_and_possessors_stay_unplaced(nlp: Language, text: str) -> None:
    assert not [e for e in _run(nlp, text).values() if e.type in {"Settlement", "Region"}]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Votes were held in Poltava and Sumy. The people of these regions were not asked.", "Poltava"),
        ("Troops left Chernihiv last spring, and the region is now rebuilding its schools.", "Chernihiv"),
    ],
)
def test_entities_places_a_town_named_region_is_a_region_when_the_text_says_region(
    nlp: Language, text: str, name: str
) -> None:
    ents = _run(nlp, f"Ukraine has many provinces. {text}")
    assert name in ents, sorted(ents)
    assert ents[name].type == "Region"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sirens sounded in Poltava, and the city's mayor asked people to stay inside.", "Poltava"),
        ("Trains from Chernihiv reached the town by noon.", "Chernihiv"),
    ],
)
def test_entities_places_a_town_named_region_stays_a_town_when_the_text_says_town(
    nlp: Language, text: str, name: str
) -> None:
    ents = _run(nlp, f"Ukraine has many provinces. {text}")
    assert name in ents, sorted(ents)
    assert ents[name].type == "Settlement"


def test_gazetteer_slavic_region_adjectives_index_their_town() -> None:
    from kg.lexicon.gazetteer import subdivision_for

    for name, code in (("Poltava", "UA"), ("Chernihiv region", "UA"), ("Voronezh", "RU")):
        place = subdivision_for(name, {code})
        assert place is not None and place.country == code
        assert place.name == name.split()[0]
    assert subdivision_for("Poltava", {"PL"}) is None


@pytest.mark.parametrize(
    ("text", "name", "types"),
    [
        ("The valley was ruled by the Kelvarian Empire for three centuries.", "Kelvarian Empire", {"State"}),
        ("Traders paid tribute to the Sultanate of Ormala each year.", "Sultanate of Ormala", {"State"}),
        ("Fishermen in the Municipality of Dorvan asked for help.", "Municipality of Dorvan", {"Region"}),
        ("The old maps are kept at the Danish Library in a locked room.", "Danish Library", {"Organization"}),
        ("Her paintings hang in the Estonian Museum of Art today.", "Estonian Museum", {"Organization"}),
    ],
)
def test_entities_places_names_found_and_typed_by_their_head(nlp: Language, text: str, name: str, types: set) -> None:
    ents = _run(nlp, text)
    found = {n: e for n, e in ents.items() if n.startswith(name)}
    assert found, sorted(ents)
    assert {e.type for e in found.values()} <= types


@pytest.mark.parametrize(
    "text",
    [
        "Officials held a Joint Press Briefing on Monday.",
        "Heavy Rain Floods Airport Roads Again",
    ],
)
def test_entities_places_a_head_inside_a_longer_capitalised_phrase_is_no_name(nlp: Language, text: str) -> None:
    assert not [e for e in _run(nlp, text).values() if e.type in {"Organization", "Place"}]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Finland is cold in winter. The new rail line will link Espoo with the airport.", "Espoo", "Settlement"),
        ("Finland is cold in winter. Nokia said on Monday that it would cut jobs.", "Nokia", "Organization"),
    ],
)
def test_entities_places_a_known_town_of_a_named_state_is_a_town_unless_it_acts(
    nlp: Language, text: str, name: str, type_: str
) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == type_


@pytest.mark.parametrize(
    "text",
    [
        "Behavioral Economics\n\nResearch in behavioral economics shows that people err.",
        "Wave Mechanics is a theory. In wave mechanics, particles behave like ripples.",
    ],
)
def test_entities_places_a_capitalised_phrase_the_text_also_writes_in_lower_case_is_no_name(
    nlp: Language, text: str
) -> None:
    assert not [e for e in _run(nlp, text).values() if e.type != "Person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Statement on the votes in Poltava, Sumy and Kharkiv", "Kharkiv"),
        ("Ukraine: votes in Sumy, Poltava and Kharkiv", "Kharkiv"),
    ],
)
def test_entities_places_a_known_place_listed_with_places_is_one(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type in PLACE_TYPES


@pytest.mark.parametrize(
    ("words", "label", "parts"),
    [
        (["from", "Tarn", "Bay", ",", "Cape", "Verden", "."], "GPE", ["Tarn Bay", "Cape Verden"]),
        (["in", "Dalvik", ",", "Norland", ",", "Vessia", "."], "LOC", ["Dalvik", "Norland", "Vessia"]),
        (["of", "Tarn", "Bay", ",", "Cape", "Verden", "."], "PERSON", ["Tarn Bay", "Cape Verden"]),
        (["by", "Acme", "Tools", ",", "Inc", "."], "ORG", ["Acme Tools , Inc"]),
        (["by", "Jon", "Avery", ",", "Jr", "."], "PERSON", ["Jon Avery , Jr"]),
    ],
)
def test_namecheck_place_spans_split_at_commas(words: list[str], label: str, parts: list[str]) -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from kg.nlp.namecheck import split_at_commas

    doc = Doc(spacy.blank("en").vocab, words=words)
    ent = Span(doc, 1, len(words) - 1, label=label)
    assert [s.text for s in split_at_commas([ent])] == parts
    assert {s.label_ for s in split_at_commas([ent])} == {label}


@pytest.mark.parametrize(
    ("words", "label"),
    [
        (["see", "Marsh", "et", "al.", "for", "this"], "PERSON"),
        (["as", "Kovacs", "Lind", "2019", "showed"], "ORG"),
        (["Marsh", "et", "al", ".", "showed"], "GPE"),
    ],
)
def test_namecheck_citations_are_no_names(words: list[str], label: str) -> None:
    import spacy
    from spacy.tokens import Doc, Span

    from kg.nlp.namecheck import not_a_name

    doc = Doc(spacy.blank("en").vocab, words=words)
    first = 2 if words[1] == "et" else 1  # "al" alone after "et"
    span = Span(doc, first, len(words) - 1 if first == 1 else 3, label=label)
    assert not_a_name(span, frozenset())
    assert not not_a_name(Span(doc, 0 if first == 2 else 1, 1 if first == 2 else 2, label=label), frozenset())


@pytest.mark.parametrize(
    "text",
    [
        "Russia: drills near Kursk, Bryansk and Belgorod",
        "Russia said the drills near Kursk and Belgorod ended.",
    ],
)
def test_entities_places_towns_that_name_regions_stay_towns_unless_called_regions(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert ents["Belgorod"].type == "Settlement", sorted(ents)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tarn and Vessel lakes are both lovely for swimming.", ["Tarn", "Vessel"]),
        ("Boats cross the Orlo and Dimmen rivers daily.", ["Orlo", "Dimmen"]),
    ],
)
def test_entities_places_names_sharing_a_plural_place_head_are_places(
    nlp: Language, text: str, names: list[str]
) -> None:
    ents = _run(nlp, text)
    for name in names:
        assert name in ents, sorted(ents)
        assert ents[name].type in PLACE_TYPES


@pytest.mark.parametrize(
    "text",
    [
        "The government of Chile said on Friday that the roads were open again.",
        "Chile's government said on Friday that the roads were open again.",
    ],
)
def test_entities_places_a_state_body_is_also_named_owner_first(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    body = next(e for e in ents.values() if e.type == "Agency")
    assert {"Chile Government", "Chilean Government"} <= set(body.aliases), body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister spoke at the Korvath border checkpoint, the last one still open.", "Korvath"),
        ("Lorries waited for two days at the Ilmarsk border crossing point before the strike ended.", "Ilmarsk"),
        ("Guards at the Tessaly border control point turned back forty cars on Sunday.", "Tessaly"),
    ],
)
def test_entities_places_name_before_a_border_checkpoint_is_the_checkpoint(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents, sorted(ents)
    assert ents[name].type == "Checkpoint"


@pytest.mark.parametrize(
    "text",
    [
        "The authorities closed on Wednesday Korvath border crossing from their side.",
        "Police shut on Sunday Korvath checkpoint for repairs to the road.",
    ],
)
def test_entities_places_day_before_a_checkpoint_name_is_not_part_of_it(nlp: Language, text: str) -> None:
    ents = _run(nlp, text)
    assert "Korvath" in ents and ents["Korvath"].type == "Checkpoint", sorted(ents)
    assert not any(name.startswith(("Wednesday", "Sunday")) for name in ents), sorted(ents)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Some 900 refugees from Cote d'Ivoire crossed into the north on Monday.", "state/CI"),
        ("Trade with Sao Tome and Principe rose by a tenth last year, the bank said.", "state/ST"),
        ("Trade with Curacao rose by a tenth last year, the bank said.", "region/curacao"),  # a territory
    ],
)
def test_entities_places_state_written_without_diacritics(nlp: Language, text: str, key: str) -> None:
    keys = {e.key for e in _run(nlp, text).values()}
    assert key in keys, sorted(keys)


def test_entities_places_folded_state_name_that_is_a_word_is_no_state(nlp: Language) -> None:
    ents = _run(nlp, "Reunion of the divided families is planned for May in the border town.")
    assert not any(e.type == "State" for e in ents.values()), sorted(ents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The talks covered trade, fishing and Northern Peru, the two ministers said.", "Northern Peru"),
        ("Aid convoys reached West Chile on Friday after the storm.", "West Chile"),
    ],
)
def test_entities_places_compass_word_before_a_state_names_a_region(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Region", sorted(ents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A second brigade based at Agra moved towards the capital overnight.", "Agra"),
        ("The unit stationed at Lahore was put on alert on Sunday.", "Lahore"),
    ],
)
def test_entities_places_big_city_after_at_is_a_settlement(nlp: Language, text: str, name: str) -> None:
    ents = _run(nlp, text)
    assert name in ents and ents[name].type == "Settlement", sorted(ents)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The smugglers were caught at Stefan Ilievo, near the eastern frontier, on Sunday night.", "Stefan Ilievo"),
        ("At Marko Bregovo, on the western border, 300 lorries were turned back.", "Marko Bregovo"),
    ],
)
def test_entities_places_set_on_a_border_in_apposition(nlp: Language, text: str, name: str) -> None:
    """ "at X, near the eastern frontier,": a name set on a border by an apposition is a place, though
    the model reads a given name and a surname in it."""
    assert kg_entity_types(nlp, text).get(name) == "Settlement"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Lorries waited for hours at the Guyanese border post on Tuesday.", "state/GY"),
        ("Officers at the Belizean checkpoint turned back 40 people.", "state/BZ"),
        ("Traders said the Montenegrin border crossing was quiet all week.", "state/ME"),
    ],
)
def test_entities_places_a_demonym_before_a_crossing_word_is_its_state_not_its_name(
    nlp: Language, text: str, state: str
) -> None:
    """ "the Fooish border post" says whose post it is: the state, and no checkpoint called "Fooish"."""
    found = {(e.key, e.type) for e in find_entities(nlp(text), Article(id="d", text=text, source="t"))}
    assert (state, "State") in found
    assert not any(t == "Checkpoint" for _, t in found)
