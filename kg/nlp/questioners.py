"""Doc + labelled spans -> the same spans with a questioner's outlet read as a body, not a person.

Press-conference transcripts label each question with who asks it and for whom: "Q (Jane Roe,
Tarnia Courier): ...", "QUESTION: Jane Roe, Norland Radio. Minister, ...". The NER reads the
outlet's name, capitalised words after a personal name, as a second person. The label's shape
decides: a one-word capitals cue opening its line, a person's name (or capitalised words the NER
left out), a comma, then a name that ends the label (a bracket, a colon or a full stop): that
name is the outlet, an organization.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["questioners_outlets"]

#: What may stand between the cue word and the questioner's name: "Q (", "QUESTION:".
_OPENERS = frozenset({"(", ":"})
#: What ends a questioner's label after the outlet (a token's first character: "):" is one token).
_ENDS = frozenset({")", ":", "."})
_MAX_NAME = 4
#: Capitalised words of an outlet's name the NER may leave out before the part it read ("Radio").
_MAX_LEAD = 2


def questioners_outlets(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each outlet of a questioner's label relabelled Organization, and the
    questioner's name made a person where the NER left it out (whether it read the outlet as a
    person or as a body)."""
    by_end = {s.end: s for s in spans}
    out = []
    for span in spans:
        guessed = span.label_ in {"Person", "Organization"} and span.kb_id_ == "ner"
        outlet = _outlet(doc, span) if guessed else span
        asker = _asker(doc, outlet, by_end) if guessed else None
        if asker is not None:
            span = Span(doc, outlet.start, outlet.end, label="Organization", kb_id="ner")
            if not any(end in by_end for end in range(asker.start + 1, asker.end + 1)):  # nothing there yet
                out.append(Span(doc, asker.start, asker.end, label="Person", kb_id="context"))
        out.append(span)
    return sorted(out, key=lambda s: s.start)


def _outlet(doc: Doc, span: Span) -> Span:
    """``span`` with the capitalised words the NER left out before it up to a comma: "Radio" of
    "(Jo Roe, Radio Tarn Nord):", where only "Tarn Nord" was read (as a person)."""
    start = span.start
    while start > 1 and span.start - start < _MAX_LEAD and doc[start - 1].is_title and not doc[start - 1].ent_type_:
        start -= 1
    return doc[start : span.end] if doc[start - 1].text == "," else doc[span.start : span.end]


def _asker(doc: Doc, span: Span, by_end: dict[int, Span]) -> Span | None:
    """The questioner's name when ``span`` follows "CUE (Name," or "CUE: Name," at a line's start
    and ends the label; else None."""
    if span.start < 4 or span.end >= len(doc) or doc[span.end].text[:1] not in _ENDS:
        return None
    if doc[span.start - 1].text != ",":
        return None
    known = by_end.get(span.start - 1)
    if known is not None and known.label_ != "Person":
        return None
    start = span.start - 1  # the asker's name: a Person span, or capitalised words the NER left out
    while start > 0 and span.start - 1 - start < _MAX_NAME and doc[start - 1].is_title:
        start -= 1
    if start == span.start - 1 or start < 2:
        return None
    opener, cue = doc[start - 1], doc[start - 2]
    if not (opener.text in _OPENERS and cue.is_upper and cue.is_alpha and _opens_line(doc, cue.i)):
        return None
    return doc[start : span.start - 1]


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first of its line (or of the text)."""
    return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
