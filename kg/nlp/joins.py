"""Doc -> its NER entities with personal names made whole, before ``kg_retype`` reads them.

The model ends a long name early and tags the rest apart, and it leaves out an editor's
bracketed completion of a name; both belong to the one name. It also runs a body's acronym
into the name after it ("spokesman for ATO Jane Roe"): two things; and after an office held "of"
a state it runs the state into the holder's name ("Minister of Chile Ana Rojas") or misses the
name altogether ("Foreign Minister of Maldives Ali Rasheed").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon.gazetteer import known_body, region_for, settlement_for, state_key
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.heads import BODY_HEADS, ORG_HEADS, head_class
from kg.nlp.roles import PERSON_NOUNS

__all__ = ["join_names", "named_after_states", "split_acronym_leads"]


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


def split_acronym_leads(ents: list[Span]) -> list[Span]:
    """ "the spokesman for ATO Jane Roe": an acronym the NER ran into the personal name after it.

    The rest must look like a name (two or three capitalised words, no head noun of a body or
    place, no title) and be a person by its context: an office noun just before the acronym, or
    the last word used elsewhere in the text as a person's name ("Roe said").
    """
    out: list[Span] = []
    for whole in ents:
        led = len(whole) > 1 and whole[0].lower_ == "the"
        ent = Span(whole.doc, whole.start + 1, whole.end, label=whole.label_) if led else whole
        rest = ent[1:]
        if (
            ent.label_ in {"ORG", "PERSON"}
            and 2 <= len(rest) <= 3
            and ent[0].is_upper
            and ent[0].is_alpha
            and 2 <= len(ent[0]) <= 6
            and all(t.is_title and t.is_alpha and t.lower_ not in _NOT_NAME_WORDS for t in rest)
            and head_class(rest) is None
            and (_office_before(ent) or _surname_alone(rest))
        ):
            doc = ent.doc
            out += [Span(doc, ent.start, ent.start + 1, label="ORG"), Span(doc, rest.start, rest.end, label="PERSON")]
        else:
            out.append(whole)
    return out


_NOT_NAME_WORDS = TITLE_WORDS | BODY_HEADS | ORG_HEADS


def _office_before(ent: Span) -> bool:
    """An office noun within three words before the span: "spokesman for", "the head of the"."""
    doc = ent.doc
    return any(t.lemma_.lower() in PERSON_NOUNS for t in doc[max(0, ent.start - 3) : ent.start])


def _surname_alone(rest: Span) -> bool:
    """The name's last word stands elsewhere in the text as a person's name of its own."""
    last = rest[-1]
    return any(t.text == last.text and t.ent_type_ == "PERSON" and t.i != last.i for t in rest.doc)


def named_after_states(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Foreign Minister of Chile Ana Rojas": the state an office is held in, then its holder's name.

    The model tags the two as one person or misses the name; after "of" and a state's name that
    follows a title word, a run of two or three capitalised name words is a person.
    """
    taken = {i: e for e in ents for i in range(e.start, e.end)}
    drop: set[Span] = set()
    add: list[Span] = []
    for of in (t for t in doc if t.lower_ == "of" and _office_within(doc, t.i)):
        state_end = next((of.i + 1 + k for k in (3, 2, 1) if state_key(doc[of.i + 1 : of.i + 1 + k].text)), None)
        if state_end is None:
            continue
        end = state_end
        while end < len(doc) and end - state_end < 4 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        name = doc[state_end:end]
        if not 2 <= len(name) <= 3 or any(t.lower_ in _NOT_NAME_WORDS or state_key(t.text) for t in name):
            continue
        if head_class(name) is not None or known_body(name.text):
            continue
        held = {taken[i] for i in range(of.i + 1, end) if i in taken}
        if any(e.label_ != "PERSON" and e.start >= state_end for e in held) or any(e.end > end for e in held):
            continue  # a body or place reading of the words after the state stands
        drop |= {e for e in held if e.label_ == "PERSON"}
        state = doc[of.i + 1 : state_end]
        add += [Span(doc, name.start, name.end, label="PERSON")]
        if any(e.label_ == "PERSON" and e.start < state_end for e in held):
            add.append(Span(doc, state.start, state.end, label="GPE"))
    return sorted([e for e in ents if e not in drop] + add, key=lambda e: e.start)


def _office_within(doc: Doc, of: int) -> bool:
    """A title word among the four words before "of": "Minister of", "Minister of Foreign Affairs of"."""
    return of > 0 and any(t.lower_ in TITLE_WORDS and t.is_title for t in doc[max(0, of - 4) : of])
