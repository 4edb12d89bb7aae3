"""A state named only inside the name of the body that issues a release still decides whose its other bodies are.

"COMOROS COAST GUARD" heading a release names the Comoros, though the mention is linked only
after the text's bodies are. A release filed from that state's capital, or published by that
body, speaks of its own state's ministries, however often it names the state the people it
rescued came from.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.entities import find_entities
from kg.extract.relations import find_relations
from kg.model import Article

#: The masthead names the state; the dateline is its capital; the story names the other state twice.
_DATELINE = (
    "COMOROS COAST GUARD\n"
    "Press release 12/2026\n\n"
    "Moroni, 3 May 2026 – A fishing boat from Madagascar was towed into port on Sunday. Its crew "
    "said they had left Madagascar a week earlier. The Ministry of Internal Affairs will decide "
    "whether they may stay.\n"
)

#: No dateline: the release's publisher is the body its masthead names.
_PUBLISHED = (
    "TUVALU POLICE\n\n"
    "Forty people who set out from Kiribati in two open boats came ashore near Mbalatsi on Tuesday "
    "night. All were fed and given blankets. Most told officers they had paid smugglers in Kiribati. "
    "The Ministry of Health has sent two doctors to the beach.\n"
)


def _ministry_owners(nlp: Language, text: str, publisher: str | None = None) -> set[str]:
    article = Article(id="t", text=text, source="test", publisher=publisher)
    doc = nlp(text)
    found = find_relations(doc, article, find_entities(doc, article))
    return {r.object for r in found if r.predicate == "partOf" and "ministry" in r.subject}


def test_relations_masthead_state_and_capital_dateline_own_the_ministry(nlp: Language) -> None:
    assert _ministry_owners(nlp, _DATELINE) == {"state/KM"}


def test_relations_masthead_state_and_publisher_own_the_ministry(nlp: Language) -> None:
    assert _ministry_owners(nlp, _PUBLISHED, publisher="Tuvalu Police") == {"state/TV"}
