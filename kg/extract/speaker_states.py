"""(body span, linked mentions) -> the state of the transcript speaker who calls the body "our".

"Our Coast Guard", "our Ministry of Interior": a speaker at a joint press conference means the
body of the state they speak for, whatever state the sentence names ("our Ministry of Interior
says 2,400 workers crossed into Y"). That state is read from the speaker's label ("ICELANDIC
PRIME MINISTER:"), else from how the text introduces the speaker ("Chilean Foreign Minister Jo
Roe", "Jo Roe, President of the Republic of X"), else it is the state the text is filed from or
published by (a ministry's own transcript speaks for its minister). A speaker introduced with a
state is never given the publisher's.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.turn_labels import speaker_at
from kg.lexicon.gazetteer import state_code, state_for_demonym
from kg.nlp.doctext import doc_text

__all__ = ["our_speakers_state", "speakers_state"]

#: Lower-case words an introduction's title may hold between its capitalised words ("Minister of the Interior").
_TITLE_JOINS = frozenset({"of", "the", "for", "and"})


def our_speakers_state(span: SpacySpan, links: list[Linked], filed: str | None) -> str | None:
    """The state key of the speaker whose turn calls ``span`` "our ...", None when the body is not
    so called, not in a labelled turn, or the speaker's state is unknown. ``filed``: the text's
    own state (dateline, publisher), taken for a speaker introduced with no state."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "our":
        return None
    return speakers_state(doc, span.start_char, links, filed)


def speakers_state(doc: Doc, char: int, links: list[Linked], filed: str | None) -> str | None:
    """The state key of the transcript speaker whose turn holds ``char``: the state the turn's label
    names, else the one the text introduces the speaker with, else ``filed``; None outside labelled
    turns."""
    text = doc_text(doc)
    label = speaker_at(doc, text.rfind("\n", 0, char) + 1)
    if label is None:
        return None
    words = [w.strip(".,()") for w in label.split()]
    own = _state_in(words)
    if own is not None:
        return own
    name = next((w for w in reversed(words) if w.isalpha() and len(w) > 2), None)
    return (_introduced_state(doc, links, name) if name is not None else None) or filed


def _state_in(words: list[str]) -> str | None:
    """A state's name or demonym among a label's words ("jamaican prime minister")."""
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size]).title()
            key = state_for_demonym(phrase) or (f"state/{code}" if (code := state_code(phrase)) else None)
            if key is not None:
                return key
    return None


def _introduced_state(doc: Doc, links: list[Linked], surname: str) -> str | None:
    """The state of the speaker's first introduction: a demonym or state opening the title before
    the name ("Chilean Foreign Minister Jo Roe"), or a title of a state after it ("Jo Roe, President
    of the Republic of X"); None when the text introduces the name with no state, or never writes it
    outside labels."""
    text = doc_text(doc)
    for tok in doc:
        if tok.lower_ != surname or text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip() == "":
            continue  # a label opens its line: no introduction
        i = tok.i - 1
        while i >= 0 and (doc[i].is_title or doc[i].is_upper) and not doc[i].is_punct:
            key = _state_at(doc, links, i)
            if key is not None:
                return key
            i -= 1
        if i > 0 and doc[i].text == ",":  # "the Home Secretary of X, Jo Roe": the title before
            key = _title_state(doc, links, range(i - 1, -1, -1))
            if key is not None:
                return key
        end = tok.i + 1
        while end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            end += 1  # the rest of the name: "Jo Roe Lind"
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ != "and":
            # not "Jo Roe, and the Minister of Y, ...": the title after "and" is the next person's
            k = end + 1
            while k < len(doc) and (doc[k].is_title or doc[k].lower_ in _TITLE_JOINS):
                key = _state_at(doc, links, k)
                if key is not None:
                    return key
                k += 1
        break  # the first introduction decides
    return None


def _title_state(doc: Doc, links: list[Linked], order: range) -> str | None:
    """The state a title names, read from its last word back ("Home Secretary of X")."""
    for k in order:
        if not (doc[k].is_title or doc[k].is_upper or doc[k].lower_ in _TITLE_JOINS) or doc[k].is_punct:
            return None
        key = _state_at(doc, links, k)
        if key is not None:
            return key
    return None


def _state_at(doc: Doc, links: list[Linked], i: int) -> str | None:
    """The state a linked mention covering token ``i`` names, or a demonym token's state."""
    at = doc[i].idx
    for lk in links:
        if lk.start <= at < lk.end and lk.type == "State" and lk.key.startswith("state/"):
            return lk.key
    return state_for_demonym(doc[i].text) if doc[i].is_title else None
