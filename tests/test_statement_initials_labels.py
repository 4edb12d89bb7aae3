"""An interview printed as questions and answers may label its turns with the speakers'
initials ("TM: We will not close the market."), the full names given once in the lead or the
byline. No label matcher read initials, so the answers were nobody's statements.

Every sentence here is invented; the class is shown in two wordings (a newspaper's Q&A with a
byline and bare initials, a magazine's with dotted initials and a three-word name), built with the
real model through :func:`kg.extract.extract`, and a near miss where two people share the
initials and the turn is left to no one.
"""

from __future__ import annotations

from spacy.language import Language

from kg.extract.label_initials import initials_holder
from kg.model import Entity, Span
from tests.speakers_said import said

_PRINTED = (
    "'We will not close the market'\n"
    "An interview with the Minister of Trade, Teodor Marsaille\n\n"
    "By Maelle Harwick | The Valley Courier\n\n"
    "Teodor Marsaille has run the ministry since the spring. We met him at the customs house.\n\n"
    "MH: Minister, the lorries wait two days at the bridge. Why?\n\n"
    "TM: Because the scanners on the far side broke in March. We have asked for them to be replaced "
    "before the harvest.\n\n"
    "MH: Will you close the market on the square?\n\n"
    "TM: We will not close the market. The traders there feed half the district.\n"
)

_DOTTED = (
    "Five questions for Ana Lisbourne Quirinus, head of the river pilots\n\n"
    "Interview by Drew Pellstone.\n\n"
    "D.P.: How many boats did the pilots guide last month?\n\n"
    "A.L.Q.: A little over nine hundred, more than in any month before. The channel was dredged "
    "in the winter.\n\n"
    "D.P.: And the night crossings?\n\n"
    "A.L.Q.: Those stay closed until the new lights are fitted on the lower bend.\n"
)


def test_initials_labels_are_the_answers_of_the_person_the_lead_names(nlp: Language) -> None:
    found = said(nlp, _PRINTED)
    ours = {v for q, v in found.items() if "close the market" in q or "scanners" in q}
    assert ours == {"Teodor Marsaille"}, found
    assert "Maelle Harwick" not in found.values(), found


def test_dotted_initials_of_a_three_word_name_label_the_answers(nlp: Language) -> None:
    found = said(nlp, _DOTTED)
    ours = {v for q, v in found.items() if "nine hundred" in q or "new lights" in q}
    assert ours == {"Ana Lisbourne Quirinus"}, found


def _person(name: str, start: int) -> Entity:
    return Entity("person/" + name.lower().replace(" ", "-"), "Person", name, (Span(start, start + 5, name),))


def test_initials_two_people_share_name_no_one() -> None:
    people = [_person("Teodor Marsaille", 10), _person("Tanja Mirow", 40)]
    assert initials_holder("TM", people, 100) is None
    assert initials_holder("TM", people[:1], 100) == people[0]
    assert initials_holder("TM", people[:1], 5) is None  # named only after the turn
    assert initials_holder("TMX", people[:1], 100) is None
    assert initials_holder("VO", [_person("Vera Ostlund", 10)], 100) is None  # a script's voice-over
