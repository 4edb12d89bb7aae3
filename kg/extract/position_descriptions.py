"""(spaCy Doc, offices found) -> later descriptions of an office holder: "the president said".

A text names an official once with the title and then by the title alone; those descriptions are
more evidence of the office of the holder named last before them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.index import EntityIndex
from kg.extract.position_offices import Found, same_office
from kg.extract.titles import HEADS, is_title_word, normalize_title
from kg.lexicon.gazetteer import state_for_demonym
from kg.model import Span
from kg.nlp.doctext import with_lower

__all__ = ["add_descriptions"]

Key = tuple[str, str, str | None]
Wordings = dict[Key, set[str]]

_DESCRIPTIVE = ("Head of", "Chief of")


def add_descriptions(doc: Doc, index: EntityIndex, found: Found, guessed: set[Key], wordings: Wordings) -> None:
    """ "the president said", "the secretary of state added": evidence for the latest such holder.

    A formal title that follows a descriptive one ("head of diplomacy") for the person last
    named renames that position: the text has told us what the office is called. A demonym in
    the description ("the Tarnian President") picks the holder in that state, and names the state
    of an office whose state was only ``guessed`` from the context (a holder named in a title
    line that names no state: "President X's Call with Prime Minister Y").
    """
    for tok in with_lower(doc, ("the",)):
        if tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        while j < len(doc) and (is_title_word(doc[j]) or doc[j].lower_ == "of" or state_for_demonym(doc[j].text)):
            j += 1
        words = [t.text for t in doc[tok.i + 1 : j] if not state_for_demonym(t.text)]
        if not words or words[-1].lower() == "of" or not any(w.lower() in HEADS for w in words):
            continue
        if j < len(doc) and (doc[j].ent_type_ == "PERSON" or doc[j].text == ","):
            continue  # a title before a name: handled with the name
        if j < len(doc) and doc[j].is_title and not doc[j].is_sent_start:
            continue  # "the Director of National Parks": the title words stop short of a longer name
        span = doc[tok.i : j]
        title = normalize_title(words)
        state = next((s for t in span if (s := state_for_demonym(t.text))), None)
        holders = [(k, e) for k, e in found.items() if same_office(k[1], title) and _before(e, span.start_char)]
        if state is not None:  # "the Tarnian President" of two presidents: the one in Tarnia
            holders = [kv for kv in holders if kv[0][2] == state] or holders
        if holders:
            key = max(holders, key=lambda kv: _last_mention(index, kv[0][0], span.start_char))[0]
            if state is not None and key[2] != state and key in guessed and _within(title, key[1]):
                key = _restate(found, guessed, wordings, key, state)
            found[key].append(Span(span.start_char, span.end_char, span.text))
            continue
        if _own_field(doc, j):
            continue  # "works with the Commissioner for Water Resources": another office, named in full
        described = [k for k, e in found.items() if k[1].startswith(_DESCRIPTIVE) and _before(e, span.start_char)]
        if described:
            key = max(described, key=lambda k: _last_mention(index, k[0], span.start_char))
            found[(key[0], title, key[2])] = [*found.pop(key), Span(span.start_char, span.end_char, span.text)]


def _own_field(doc: Doc, j: int) -> bool:
    """A description that goes on with a field of its own ("the Commissioner for Water Resources",
    "the Envoy to the Sahel"): the full name of an office, never a new name for one the text
    described ("Chief of Mission", "head of diplomacy")."""
    if j + 1 >= len(doc) or doc[j].lower_ not in ("for", "to"):
        return False
    k = j + 1 + int(doc[j + 1].lower_ == "the")
    return k < len(doc) and doc[k].is_title


def _within(description: str, title: str) -> bool:
    """The description's words are all the title's: "the Tarnian Prime Minister" is no Foreign Minister's."""
    return set(description.lower().split()) <= set(title.lower().split())


def _restate(found: Found, guessed: set[Key], wordings: Wordings, key: Key, state: str) -> Key:
    """Move the office ``key`` (its evidence and wordings) to the state a description names."""
    new = (key[0], key[1], state)
    found.setdefault(new, []).extend(found.pop(key))
    wordings[new] = wordings.get(new, set()) | wordings.pop(key, set())
    guessed.discard(key)
    return new


def _before(evidence: list[Span], start: int) -> bool:
    """Whether the position was stated before ``start``, and not by words that contain it.

    "X, chief of the minister's staff": "the minister" inside that title describes nobody.
    """
    return min(s.start for s in evidence) < start and not any(s.start <= start < s.end for s in evidence)


def _last_mention(index: EntityIndex, key: str, before: int) -> int:
    entity = index.by_key.get(key)
    return max((m.start for m in entity.mentions if m.start < before), default=-1) if entity else -1
