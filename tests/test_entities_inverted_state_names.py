"""A few ISO 3166 entries hold only an inverted name, with the form of state after a comma and no
official name beside it. Texts write the form first; that turned-round name must be read as the
state, or a statement by that state's government is given to whichever state the text names next.

The names are read from pycountry here, not written out: the class is every such entry.
"""

from __future__ import annotations

import re

import pycountry
import pytest
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.lexicon.gazetteer import sovereign_of
from kg.model import Article
from kg.nlp.patterns import phrase_patterns


def _turned_round() -> list[tuple[str, str]]:
    """(alpha-2, "Republic of X") for each state whose ISO name is inverted and has no official name."""
    out = []
    for c in pycountry.countries:
        name = c.name
        if sovereign_of(c.alpha_2) is None and getattr(c, "official_name", None) is None:
            m = re.fullmatch(r"(?P<head>[^,]+), (?P<tail>(?:the )?[^,]* of(?: the)?)", name, re.I)
            if m:
                out.append((c.alpha_2, re.sub(r"^the ", "", f"{m['tail']} {m['head']}", flags=re.I)))
    return out


FORMS = _turned_round()


def test_there_are_such_states() -> None:
    assert len(FORMS) >= 2


@pytest.mark.parametrize(("code", "form"), FORMS)
def test_turned_round_iso_name_is_a_state_pattern(code: str, form: str) -> None:
    assert form in phrase_patterns()["State"]


@pytest.mark.parametrize(("code", "form"), FORMS)
def test_government_of_the_turned_round_name_is_that_states(nlp: Language, code: str, form: str) -> None:
    text = (
        f"The Government of the {form} strongly condemns the shelling of the harbour at Velmora this morning."
        f" The {form} will answer any further attack."
    )
    article = Article("t", text, "test")
    entities = find_entities(nlp(text), article)
    assert f"state/{code}" in {e.key for e in entities}
