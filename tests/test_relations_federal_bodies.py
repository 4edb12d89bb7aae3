"""A body named "Federal ..." belongs to the federation among the text's states.

A unitary state has no federal level: in a story told from one (its mayor, its government, its
radio), a body called Federal Police or Federal Roads Office is its federal neighbour's, however
often the text names its own state. Where context already gives a federation, or the text names
two federations or none, the context's choice stands.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.named_entities import related_pairs

#: A mayor of a unitary state speaks of the neighbour's federal police, named without its state.
_MAYOR = (
    "The mayor of Zelenec, Dorota Vrbanska, said on Tuesday that Slovakia had asked for help with the "
    "lorry queues on the road into Austria. Since Monday the Federal Police have checked vans at the "
    "bridge, she said, and Slovakia will pay for new lights on its side.\n"
)

#: A government release of a unitary state names the neighbour's federal office by its own name.
_RELEASE = (
    "SANTIAGO - Chile will share passenger lists with the Federal Roads Office from next month, the "
    "Ministry of Transport said on Friday. Buses coming from Argentina will be checked once, at Tamarugo, "
    "and Chile expects the queues to halve before the summer.\n"
)

#: Two federations named: whose federal police it is stays with the context.
_TWO_FEDERATIONS = (
    "Austria and Germany agreed on Monday to extend joint patrols on the motorway. Austria said "
    "the Federal Police would send forty more officers to the crossing at Kostrava.\n"
)


def _owners(nlp: Language, text: str, word: str) -> set[str]:
    """The states a body whose key holds ``word`` is part of."""
    return {o for s, o in related_pairs(nlp, text, "partOf") if word in s and o.startswith("state/")}


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [(_MAYOR, "police", "state/AT"), (_RELEASE, "federal-roads-office", "state/AR")],
)
def test_relations_federal_body_belongs_to_the_federation(nlp: Language, text: str, word: str, state: str) -> None:
    assert _owners(nlp, text, word) == {state}


def test_relations_federal_body_of_two_federations_follows_context(nlp: Language) -> None:
    assert _owners(nlp, _TWO_FEDERATIONS, "police") == {"state/AT"}
