"""A body's name, as lower-case words -> its head noun: what kind of body the name says it is.

English names a body by a noun and its field: "the Electoral Tribunal", "the Office of National
Security", "the Inspectorate for Food Safety". Names modelled on French, Spanish or
Portuguese ones put "General" after the noun ("the Directorate General of Fisheries", "the
Secretariat-General of the Government"), where it qualifies the noun and is no head of its own.
"""

from __future__ import annotations

__all__ = ["body_head"]

#: Prepositions that open a body's field after its head noun: "Office of X", "Inspectorate for Y".
_FIELD_OPENERS = frozenset({"of", "for"})


def body_head(words: list[str]) -> str:
    """The head noun of a body's name given as lower-case words without "the" or hyphens: the
    word before the first "of" or "for", else the last one; a postpositive "general" leaves the
    noun before it the head ("directorate general of customs" -> "directorate")."""
    end = next((i for i in range(1, len(words)) if words[i] in _FIELD_OPENERS), len(words))
    if end > 1 and words[end - 1] == "general":
        end -= 1
    return words[end - 1] if end else ""
