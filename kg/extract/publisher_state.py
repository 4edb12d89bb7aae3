"""(Article's publisher, spaCy Doc) -> the state a publisher's name names, kept with the parse.

A release names its own government's bodies without their state ("the Department of Fisheries
said") while its headline and its most-named state are often the other side: "Ruritanian
minister calls on the Prime Minister", a readout of a call with a neighbour. Who published it
("Office of the Prime Minister, Norland") says whose bodies the text speaks of. The linker of
bodies reads only the Doc, so the publisher travels with it in ``doc.user_data``.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc

from kg.lexicon.gazetteer import state_for_demonym, state_key

__all__ = ["doc_publisher", "keep_publisher", "publisher_state"]

_KEY = "kg_publisher"


def keep_publisher(doc: Doc, publisher: str | None) -> None:
    """Keep the article's publisher with its Doc, for the stages that read only the Doc."""
    doc.user_data[_KEY] = publisher or ""


def doc_publisher(doc: Doc) -> str:
    """The publisher kept with ``doc`` ("" when none was given)."""
    return str(doc.user_data.get(_KEY, ""))


def publisher_state(publisher: str | None, named: Container[str]) -> str | None:
    """The key of the state the publisher's name names or evokes ("Border Police of Tarnia",
    "the Norlandic Coast Guard"), if it is one of ``named`` (the states the text names): the
    longest run of words that names a state wins, a demonym only as one word."""
    words = (publisher or "").replace(",", " ").replace("(", " ").replace(")", " ").split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            key = state_key(" ".join(words[i : i + n])) or (state_for_demonym(words[i]) if n == 1 else None)
            if key is not None and key in named:
                return key
    return None
