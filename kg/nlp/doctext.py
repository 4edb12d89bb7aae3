"""Doc -> its text and an index of its words, computed once per Doc and kept in ``doc.user_data``.

``Doc.text`` is no stored string: spaCy joins every token's text again on each access. Rules that
read it once per entity or per line made a document cost time quadratic in its length; they read
it through :func:`doc_text` instead. :func:`occurs` answers "does the text write this phrase,
as a whole word sequence?" from an index of the text's word runs, without scanning the text
once per question. :func:`line_starts` lists the tokens that open a line, found from the text's
line breaks (a few per document) rather than by reading every token's neighbour.
:func:`with_lower` hands a whole-document pass the tokens it looks for ("the", "and", a list of
nouns) without building every other token of the Doc to read its ``lower_``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

import numpy as np
from spacy.attrs import IDX, LEMMA, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = [
    "column",
    "doc_text",
    "in_ids",
    "known_text",
    "line_starts",
    "marked",
    "marked_in",
    "newline_tokens",
    "occurs",
    "span_text",
    "string_ids",
    "with_lemma",
    "with_lower",
    "with_orth",
]

_TEXT = "kg_text"
_RUNS = "kg_word_runs"
_COLUMN = "kg_column_"
_LINE_STARTS = "kg_line_starts"
_BREAKS = "kg_newline_tokens"
_MARKS = "kg_marks_"
_DISTINCT = "kg_distinct_"
# A word for occurs(): a run of word characters and hyphens ("cross-border" is one word).
_RUN = re.compile(r"[\w-]+")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (a Doc's text never changes once it is tokenized)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from :func:`doc_text`: spaCy joins the span's tokens again on each access,
    and the per-sentence readers ask for a sentence's text several times."""
    if span.start == span.end:
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


def known_text(doc: Doc, text: str) -> Doc:
    """``doc``, with ``text`` kept as its :func:`doc_text`: for a Doc made from ``text``, which
    holds every character of it (spaCy's tokenizer loses none), so that no reader joins it again."""
    doc.user_data[_TEXT] = text
    return doc


def _runs(doc: Doc) -> dict[str, list[int]]:
    """Every maximal run of word characters and hyphens in the text -> where it starts."""
    runs = doc.user_data.get(_RUNS)
    if runs is None:
        found: defaultdict[str, list[int]] = defaultdict(list)
        for m in _RUN.finditer(doc_text(doc)):
            found[m.group()].append(m.start())
        runs = doc.user_data[_RUNS] = dict(found)
    return runs


def occurs(doc: Doc, phrase: str) -> bool:
    """``phrase`` is written in the text with no word character or hyphen right before or after
    it: ``re.search(rf"(?<![\\w-]){re.escape(phrase)}(?![\\w-])", text)``.

    A match of a phrase that opens with a word starts where a run of ``[\\w-]`` starts, and that
    run is the phrase's own first run exactly; so only the places where that run is written need
    to be compared. Any other phrase is searched for in the text.
    """
    first = _RUN.match(phrase)
    if first is None:
        return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", doc_text(doc)) is not None
    starts = _runs(doc).get(first.group())
    if not starts:
        return False
    if first.end() == len(phrase):
        return True
    text = doc_text(doc)
    for start in starts:
        end = start + len(phrase)
        if text.startswith(phrase, start) and not _RUN.match(text, end):
            return True
    return False


def with_lower(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens whose ``lower_`` is one of ``words``, in order: ``[t for t in doc if t.lower_ in words]``.

    The lower-case forms of all tokens are read once per Doc as one array (by string id); each
    pass then builds only the tokens it asked for.
    """
    return _with(doc, LOWER, words)


def with_orth(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens whose ``text`` is one of ``words``, in order: ``[t for t in doc if t.text in words]``
    (as :func:`with_lower`, for a pass over the commas, hyphens or forms written one way)."""
    return _with(doc, ORTH, words)


def with_lemma(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens whose ``lemma_`` is one of ``words``, in order: ``[t for t in doc if t.lemma_ in words]``
    (as :func:`with_lower`, for a pass over the forms of a few verbs)."""
    return _with(doc, LEMMA, words)


def _with(doc: Doc, attr: int, words: Iterable[str]) -> list[Token]:
    return [doc[i] for i in np.flatnonzero(in_ids(column(doc, attr), string_ids(words))).tolist()]


def marked(doc: Doc, name: str, attr: int, accept: Callable[[str], bool]) -> np.ndarray:
    """Which tokens pass ``accept`` on their ``attr`` string (``LEMMA``, ``LOWER``, ...), as a mask
    over the Doc: ``[accept(strings[t.<attr>]) for t in doc]``, kept in ``doc.user_data`` as ``name``.

    ``accept`` is asked once per distinct string of the Doc, not once per token; a per-sentence
    reader then builds only the tokens its mask keeps (:func:`marked_in`) instead of every token
    of every sentence. ``name`` must say what ``accept`` tests: the mask is reused under it.
    """
    key = f"{_MARKS}{name}"
    mask = doc.user_data.get(key)
    if mask is None:
        ids, where = _distinct(doc, attr)
        strings = doc.vocab.strings
        keep = np.fromiter((accept(strings[i]) for i in ids), dtype=bool, count=len(ids))
        mask = doc.user_data[key] = keep[where]
    return mask


def marked_in(span: Span, *masks: np.ndarray) -> list[Token]:
    """The tokens of ``span`` that any of ``masks`` (:func:`marked`) keeps, in order."""
    doc, start, end = span.doc, span.start, span.end
    kept = masks[0][start:end]
    for mask in masks[1:]:
        kept = kept | mask[start:end]
    return [doc[i] for i in (np.flatnonzero(kept) + start).tolist()]


def _distinct(doc: Doc, attr: int) -> tuple[list[int], np.ndarray]:
    """The distinct values of an attribute's column and, per token, the place of its value among them."""
    key = f"{_DISTINCT}{attr}"
    found = doc.user_data.get(key)
    if found is None:
        ids, where = np.unique(column(doc, attr), return_inverse=True)
        found = doc.user_data[key] = (ids.tolist(), where)
    return found


def column(doc: Doc, attr: int) -> np.ndarray:
    """``doc.to_array(attr)``, made once per Doc and kept (read only: every pass shares it)."""
    key = f"{_COLUMN}{attr}"
    column = doc.user_data.get(key)
    if column is None:
        column = doc.user_data[key] = doc.to_array(attr)
    return column


def string_ids(words: Iterable[str]) -> np.ndarray:
    """The string ids of ``words``, sorted and unique, for :func:`in_ids`.

    A frozenset or tuple (the word lists of the rules) is hashed once into ids and kept: a pass
    asks for the same words in every document.
    """
    if isinstance(words, frozenset | tuple):
        return _kept_ids(words)
    return _sorted_ids(words)


@lru_cache(maxsize=512)
def _kept_ids(words: frozenset[str] | tuple[str, ...]) -> np.ndarray:
    ids = _sorted_ids(words)
    ids.setflags(write=False)  # shared by every later call
    return ids


def _sorted_ids(words: Iterable[str]) -> np.ndarray:
    return np.unique(np.fromiter((get_string_id(w) for w in words), dtype=np.uint64))


def in_ids(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """``np.isin(values, ids)`` for sorted unique ``ids``, by binary search: ``np.isin`` sorts both
    arrays again on every call, and was most of the cost of a pass over a document's words."""
    if not len(ids):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(ids, values)
    at[at == len(ids)] = 0
    return ids[at] == values


def line_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that open a line, in order: the first token, and each token after a
    line break, ``[i for i in range(len(doc)) if i == 0 or "\\n" in doc[i - 1].whitespace_ or
    (doc[i - 1].is_space and "\\n" in doc[i - 1].text)]``.

    Each break of the text is placed in the token that holds it (by its offset); only those few
    tokens are built, not every token and its neighbour.
    """
    starts = doc.user_data.get(_LINE_STARTS)
    if starts is None:
        offsets = doc.to_array(IDX).tolist() if len(doc) else []
        found = dict.fromkeys([0] if offsets else [])
        for brk in re.finditer("\n", doc_text(doc)):
            j = bisect_right(offsets, brk.start()) - 1
            if j < 0 or j + 1 >= len(doc):
                continue
            tok = doc[j]
            in_text = brk.start() < offsets[j] + len(tok.text)
            if tok.is_space if in_text else "\n" in tok.whitespace_:
                found[j + 1] = None
        starts = doc.user_data[_LINE_STARTS] = list(found)
    return starts


def newline_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens whose text holds a line break, in order: ``[t.i for t in doc if "\\n" in t.text]``.

    A token's trailing whitespace is one blank at most, so every line break of the text lies in
    a token's own text: each is placed in its token by its offset, and only those few tokens are
    built, not every token of the Doc.
    """
    found = doc.user_data.get(_BREAKS)
    if found is None:
        offsets = doc.to_array(IDX).tolist() if len(doc) else []
        held = dict.fromkeys(bisect_right(offsets, brk.start()) - 1 for brk in re.finditer("\n", doc_text(doc)))
        found = doc.user_data[_BREAKS] = [j for j in held if j >= 0 and "\n" in doc[j].text]
    return found
