"""Words -> roles: the nouns that describe a person by office or role ("the minister", "a refugee").

Shared by the spaCy components (a role noun between a name and a pronoun takes the pronoun) and
the speaker resolver (a title among them is matched against the words written before a name).
"""

from __future__ import annotations

__all__ = ["EVERYDAY_PERSON_NOUNS", "NEWSROOM_ROLES", "PERSON_NOUNS"]


def _words(text: str) -> frozenset[str]:
    """The blank-separated words of a lexicon written as prose lines."""
    return frozenset(text.split())


#: Nouns that describe a person by office or role; a title among them is also matched against
#: the words written before a name ("President X" is "the president").
PERSON_NOUNS = _words(
    """
    president minister secretary spokesman spokeswoman spokesperson leader chief head premier
    chancellor official ally diplomat envoy ambassador consul governor mayor general commander senator
    lawmaker deputy legislator congressman congresswoman mp lawyer attorney king queen prince
    princess pope emir sultan sheikh monarch ruler dictator man woman politician candidate director
    chairman chairwoman chair ceo founder expert analyst officer commissioner prosecutor judge
    adviser advisor aide negotiator representative rapporteur coordinator administrator activist
    veteran strongman incumbent counterpart colleague host guest boss prime vice
    """
)
#: Everyday nouns for a person, not an office: "a girl named X", "her brother".
EVERYDAY_PERSON_NOUNS = _words(
    """
    person people guy girl boy child kid friend daughter son wife husband mother father brother
    sister grandmother grandfather neighbour neighbor student teacher doctor nurse farmer worker
    resident refugee migrant survivor witness volunteer
    """
)
#: Roles of the newsroom itself: a byline or a script cue naming one names no speaker of the story.
NEWSROOM_ROLES = _words(
    """
    news reporter correspondent narrator anchor host presenter voice editor writer staff contributor
    """
)
