"""Doc + NER entities -> the entities with a body's name made whole where its bracketed initials spell it.

Releases write a body's full name once with its initials in brackets: "the Agency for Coastal
Welfare (ACW)", "the Office for Roads, Bridges and Ferries (ORBF)". The model often misses such a
name when it holds commas or several "of"/"for" parts, or tags only a piece of it ("Coastal
Welfare"), and the body is then known by its letters alone. Capitalised words right before the
bracket whose first letters spell the initials, word by word, are the body's whole name: the span
the rest of the pipeline types. A place inside the words ("the Police of Norland (PN)") is left to
the readers of owners, and a name the model read whole keeps its reading.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["SPELLED", "spelled_bodies"]

#: The ``kb_id`` of a name this reading made whole: the gazetteer's matches inside it are its words.
SPELLED = "spelled"

#: Lower-case words a name's initials skip: English links and the particles of other languages'
#: body names ("Grupo Especial de Operaciones", "Office des Routes").
_SKIPPED = frozenset({"of", "for", "and", "the", "on", "in", "to", "de", "del", "la", "el", "do", "da", "des", "du"})
#: Letters a body's initials may have: two are too often a person's, eight are rare.
_LETTERS = range(3, 8)
#: Entity labels a spelled name may replace: bodies and the model's guesses at a piece of one
#: ("Inland Waters" read as a person inside "the Agency for Ports and Inland Waters").
_REPLACEABLE = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


def spelled_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with each name its bracketed initials spell as one ORG span, replacing its pieces.

    Linear: one pass over the tokens, looking back a few words at each bracketed capital run.
    """
    names: list[Span] = []
    for i in range(1, len(doc) - 1):
        if doc[i - 1].text != "(" or doc[i + 1].text != ")":
            continue
        letters = doc[i].text
        if not (letters.isalpha() and letters.isupper() and len(letters) in _LETTERS):
            continue
        start = _spelled_from(doc, i - 1, letters.lower())
        if start is not None:
            names.append(Span(doc, start, i - 1, label="ORG", kb_id=SPELLED))
    if not names:
        return ents
    out = list(ents)
    for name in names:
        inside = [e for e in out if e.start < name.end and name.start < e.end]
        if any(e.label_ not in _REPLACEABLE for e in inside):
            continue  # a place in the words: read by the rules that know owners and places
        if any(_first_word(e) < name.start or e.end > name.end for e in inside):
            continue  # an entity running over the name's ends: the model read something longer
        if any((_first_word(e), e.end) == (name.start, name.end) for e in inside):
            continue  # the model read the name whole: its type stands ("Jo Ann Roe (JAR)" is a person)
        out = [e for e in out if e not in inside] + [name]
    return sorted(out, key=lambda e: e.start)


def _first_word(ent: Span) -> int:
    """Where ``ent``'s words start, after an article the model took in ("the Agency ...")."""
    return ent.start + 1 if len(ent) > 1 and ent[0].lower_ in {"the", "a", "an"} else ent.start


def _spelled_from(doc: Doc, bracket: int, letters: str) -> int | None:
    """The first token of the capitalised words before ``bracket`` that spell ``letters``, or None.

    Every capitalised word gives its first letter, from the bracket backwards; commas and the
    lower-case link words are skipped; anything else ends the search without a name.
    """
    want = letters[::-1]
    k = 0
    j = bracket - 1
    while j >= 0 and k < len(want):
        tok = doc[j]
        if tok.text == "," or (tok.lower_ in _SKIPPED and tok.is_lower and k > 0):
            j -= 1
            continue
        if not (tok.is_alpha and tok.text[0].isupper() and tok.text[0].lower() == want[k]):
            return None
        k += 1
        if k == len(want):
            return j
        j -= 1
    return None
