"""Doc -> its NER entities with personal names made whole, before ``kg_retype`` reads them.

The model ends a long name early and tags the rest apart, and it leaves out an editor's
bracketed completion of a name; both belong to the one name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.gazetteer import known_body, region_for, settlement_for, state_key

__all__ = ["join_names"]


def join_names(doc: Doc) -> list[Span]:
    """NER entities with a person's name made whole: "Ahmed Raza" + "Khan" -> "Ahmed Raza Khan".

    The model sometimes ends a long name early and tags the last word apart (as a person, or as
    a place when the surname is also a town's other name), or tags a given name that is a town's
    other name as a place ("Karolina" + "Lindqvist"); adjacent parts are one name. An
    editor's completion in brackets belongs to the name too: "Jo [Varga]" in a transcript.
    """
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if prev is not None and ent.end <= prev.end:
            continue  # inside a bracketed completion already taken
        if (
            prev is not None
            and prev.end == ent.start
            and (
                (prev.label_ == "PERSON" and (ent.label_ == "PERSON" or _surname_like(ent)))
                or (ent.label_ == "PERSON" and len(prev) == 1 and prev.label_ in {"GPE", "LOC"} and _loose(prev))
            )
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
        last = out[-1]
        if last.label_ == "PERSON":
            out[-1] = Span(doc, last.start, _bracketed_end(doc, last.end), label="PERSON")
    return out


def _bracketed_end(doc: Doc, end: int) -> int:
    """End of an editor's bracketed completion of a name at ``end`` ("[Varga]"), else ``end``."""
    if end >= len(doc) or doc[end].text != "[":
        return end
    i = end + 1
    while i < len(doc) and i - end <= 3 and doc[i].is_title and doc[i].is_alpha:
        i += 1
    return i + 1 if i > end + 1 and i < len(doc) and doc[i].text == "]" else end


def _surname_like(ent: Span) -> bool:
    """A one-word GPE/ORG after a person's name: its last word, tagged apart."""
    return len(ent) == 1 and ent.label_ in {"GPE", "ORG"} and _loose(ent)


def _loose(ent: Span) -> bool:
    """A one-word GPE/ORG that no gazetteer owns outright: may be a surname."""
    text = ent.text
    return ent[0].is_title and not (
        state_key(text) or known_body(text) or region_for(text) or settlement_for(text, primary_only=True)
    )
