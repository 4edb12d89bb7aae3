"""The world's federal states, by ISO 3166-1 alpha-2: the states whose own bodies are "Federal".

A federation's constitution divides power between the union and its member states, and the
union's bodies carry the word in their names ("the Federal Police", "the Federal Office for ...");
a unitary state has no federal level, so no body of its own is called that. The list is the
closed class of states whose constitutions declare them federal (the Forum of Federations'
country list, also Wikipedia's "Federation" article): 27 states today.
"""

from __future__ import annotations

__all__ = ["FEDERATIONS", "is_federation"]

#: Alpha-2 codes of the federal states.
FEDERATIONS = frozenset(
    {"AE", "AR", "AT", "AU", "BA", "BE", "BR", "CA", "CH", "DE", "ET", "FM", "IN", "IQ", "KM", "KN", "MX", "MY"}
    | {"NG", "NP", "PK", "RU", "SD", "SO", "SS", "US", "VE"}
)


def is_federation(code: str) -> bool:
    """Whether the state ``code`` (alpha-2) is a federation, so that a "Federal" body may be its."""
    return code in FEDERATIONS
