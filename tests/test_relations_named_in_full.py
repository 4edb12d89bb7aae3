"""A generic body's bare name ("the Coast Guard", "the General Staff") is the one body of that name
the text named before with its owner ("the Ecuador Coast Guard", "Ecuador's Coast Guard", "the
General Staff of Peru's army"), not a body of the state its paragraph or sentence names most; a
state named before it in its own sentence as the frame ("In Colombia, the Coast Guard said") keeps
the context's reading, one named as a far end ("fuel from Bolivia") does not."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Ecuador Coast Guard stopped a fishing boat off Punta Verel on Friday.\n\nColombian officials "
            "said the boat had drifted in a storm. Colombia asked for the crew of six to be sent home, and "
            "Colombia's consul visited them on Saturday. The Coast Guard said all six were in good health.",
            "agency/coast-guard-ecuador",
            "state/EC",
        ),
        (
            "Ecuador's Coast Guard will base two launches at Punta Verel from June.\n\nColombia has promised "
            "to share radar data, and officials in Colombia say the boats leave at night. Each launch will "
            "carry twelve crew, the Coast Guard said.",
            "agency/coast-guard-ecuador",
            "state/EC",
        ),
        (
            "The General Staff of Peru's army reported on Monday that a patrol had found an empty camp near "
            "Tolmar. Smugglers moving fuel from Bolivia had used it, the General Staff said, and Bolivia has "
            "been told.",
            "agency/general-staff-peru",
            "state/PE",
        ),
        (
            "A patrol found an empty camp, the General Staff of Peru's army said in a statement. Bolivia said it "
            "would send an officer. The General Staff said the camp was used by smugglers bringing fuel out of "
            "Bolivia.",
            "agency/general-staff-peru",
            "state/PE",
        ),
    ],
)
def test_relations_named_in_full_bare_name_joins(nlp: Language, text: str, body: str, state: str) -> None:
    found = related_pairs(nlp, text, "partOf")
    assert (body, state) in found
    assert not {pair for pair in found if pair[0].startswith(body.rsplit("-", 1)[0]) and pair[0] != body}


def test_relations_named_in_full_state_before_keeps_context(nlp: Language) -> None:
    text = (
        "Colombia has promised to share radar data on the boats. In Colombia, the Coast Guard said it had "
        "seen no launches. Ecuador's Coast Guard will base two launches at Punta Verel from June."
    )
    assert ("agency/coast-guard-colombia", "state/CO") in related_pairs(nlp, text, "partOf")
