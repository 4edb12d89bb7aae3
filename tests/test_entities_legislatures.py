"""A national legislature named in its own language ("the Riksdag", "the Sejm") is that state's
body, part of the state when the text names it (`kg/lexicon/legislatures.py`).

The NER read such a one-word name as an organization, a place or nothing. Every sentence and
person is invented; the legislatures and states are real, as the class needs.
"""

from __future__ import annotations

import pytest
from named_entities import linked_types
from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.lexicon.legislatures import LEGISLATURES, legislature_state
from kg.model import Article


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Sweden's government will put the bill to the Riksdag in the spring, officials said.", "Riksdag", "SE"),
        ("The Speaker of the Sejm, Jonas Varnas, said Poland would vote on Friday.", "Sejm", "PL"),
        ("In Israel, the Knesset voted 61 to 59 to extend the emergency rules.", "Knesset", "IL"),
        ("Finland's Eduskunta approved the border law late on Tuesday.", "Eduskunta", "FI"),
    ],
)
def test_entities_legislatures_are_their_states_bodies(nlp: Language, text: str, name: str, state: str) -> None:
    assert linked_types(nlp, text).get(name) == {"Agency"}, linked_types(nlp, text)
    doc = nlp(text)
    article = Article(id="t", text=text, source="test")
    entities = find_entities(doc, article)
    rels = {(r.subject, r.predicate, r.object) for r in find_relations(doc, article, entities)}
    assert any(p == "partOf" and o == f"state/{state}" and "agency/" in s for s, p, o in rels), rels


def test_entities_legislature_forms_without_diacritics_find_the_state() -> None:
    assert legislature_state("Althingi") == legislature_state("Alþingi") == "IS"
    assert legislature_state("Dail") == legislature_state("Dáil") == "IE"
    assert legislature_state("Parliament") is None


def test_entities_legislature_table_names_states_once_per_form() -> None:
    forms = [f for _, name, aliases in LEGISLATURES for f in (name, *aliases)]
    assert len(forms) == len(set(forms))
