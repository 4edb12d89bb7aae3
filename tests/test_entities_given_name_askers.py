"""Questioners named by a given name alone in a transcript's label (invented lines).

A briefing's record may name a reporter or a phone-in caller by one given name: "Q (Ilinca, NTV
Rovenna):", "AMARECH (Marel Daily):", "[00:11:52] CALLER (Tsholo, Kavendo):". The label's
shape makes the name a person, the bracket an outlet (or, for a caller, the town called from),
whatever the NER guessed from one capitalised word.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "asker", "outlet"),
    [
        (
            "MODERATOR: Last question. Ilinca.\nQ (Ilinca, NTV Rovenna): Minister, when does the bridge reopen?\n"
            "MINISTER: Soon, Ilinca.",
            "Ilinca",
            "NTV Rovenna",
        ),
        (
            "CHAIR: Go ahead.\nQ (Amarech, BTV Kavendo): Will the crossing close at night?\nMINISTER: No, Amarech.",
            "Amarech",
            "BTV Kavendo",
        ),
    ],
)
def test_entities_given_name_askers_outlet_with_an_acronym(nlp: Language, text: str, asker: str, outlet: str) -> None:
    """An outlet whose name holds an acronym is still the outlet, and the given name the asker."""
    types = linked_types(nlp, text)
    assert types.get(asker) == {"Person"}, types
    assert types.get(outlet) == {"Organization"}, types


@pytest.mark.parametrize(
    ("text", "caller", "town"),
    [
        (
            "HOST: Next caller.\n[00:11:52] CALLER (Tsholo, Kavendo): Hello. When will the bridge open?\n"
            "[00:12:05] MINISTER: Next month.",
            "Tsholo",
            "Kavendo",
        ),
        (
            "PRESENTER: We go to the phones.\nLISTENER (Tsholo, Ostrakan): Hello. The queue at the border is long.\n"
            "MINISTER: We know, Tsholo.",
            "Tsholo",
            "Ostrakan",
        ),
    ],
)
def test_entities_given_name_askers_caller_and_home_town(nlp: Language, text: str, caller: str, town: str) -> None:
    """A phone-in caller is a person and the bracket's second name the town called from, also
    after a recording's time stamp."""
    types = linked_types(nlp, text)
    assert types.get(caller) == {"Person"}, types
    assert types.get(town) == {"Settlement"}, types


@pytest.mark.parametrize(
    ("text", "label", "name", "outlet"),
    [
        (
            "SPOKESPERSON: Amarech, go ahead.\nAMARECH (Marel Daily): President Brenvik, will the border reopen?\n"
            "PRESIDENT BRENVIK: Soon, Amarech.",
            "AMARECH",
            "Amarech",
            "Marel Daily",
        ),
        (
            "MODERATOR: Next one. Tsholo.\nTSHOLO (KTV): Minister, how many trucks crossed?\n"
            "MINISTER: About two hundred, Tsholo.",
            "TSHOLO",
            "Tsholo",
            "KTV",
        ),
    ],
)
def test_entities_given_name_askers_name_in_capitals_outlet_in_brackets(
    nlp: Language, text: str, label: str, name: str, outlet: str
) -> None:
    """ "NAME (Outlet):" where the chair gave the floor by that name: a person and an outlet."""
    types = linked_types(nlp, text)
    assert types.get(label) == {"Person"}, types
    assert types.get(name) == {"Person"}, types
    assert types.get(outlet) == {"Organization"}, types


def test_entities_given_name_askers_a_role_label_names_no_asker(nlp: Language) -> None:
    """ "WITNESS (Hon. Roe):" is a role before its holder, even where "Witness" opens a line."""
    text = (
        "Witness: Hon. Kestrow Brenvik, Minister of Transport.\nCHAIR: Go on.\n"
        "WITNESS (Hon. Brenvik): The bridge has been shut since Tuesday, and it stays shut."
    )
    types = linked_types(nlp, text)
    assert "WITNESS" not in types, types
    assert types.get("Brenvik") == {"Person"}, types
