"""The figure of a flow stated through "the number of": "the number of people who entered through
X rose to about 75 a day", "the number of migrants arriving in Y reached 5,170 in January".

The verb of movement sits in a clause on the people ("who entered", "arriving"), and the figure
and its time in the clause of the verb the number is the subject of ("rose to N in January",
"was N last week"). That outer clause is borrowed by the flow: its figure counts the people and
its time dates them.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_amount", "number_of_clause"]

#: Nouns of an amount whose "of" phrase names what is counted ("the number of", "the total of").
_AMOUNT_NOUNS = frozenset(("number", "total", "count", "figure"))
#: Nouns of an amount or a rate, which say how many crossed, never where ("the highest rate since ...").
_MEASURE_NOUNS = _AMOUNT_NOUNS | frozenset(("rate", "average", "level", "record", "peak"))


def is_amount(tok: Token) -> bool:
    """ "people crossed at 95 a day, the highest rate since 2019": the parser may make the apposed
    measure the verb's object; a noun of amount or rate is no place crossed into."""
    return tok.lemma_.lower() in _MEASURE_NOUNS


def number_of_clause(head: Token, change_verbs: frozenset[str]) -> list[Token]:
    """The verb stating the figure of "the number of <people> <head> ..." (``head`` the clause on
    the people), with no word of the people's own phrase; [] when ``head`` is no such clause."""
    if head.dep_ not in ("acl", "relcl"):
        return []
    people = head.head
    of = people.head
    if people.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _AMOUNT_NOUNS:
        return []
    amount = of.head
    verb = amount.head
    if amount.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.lemma_.lower() not in change_verbs | {"be"}:
        return []
    return [verb]
