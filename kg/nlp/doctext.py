"""Doc -> its text and an index of its words, computed once per Doc and kept in ``doc.user_data``.

``Doc.text`` is no stored string: spaCy joins every token's text again on each access. Rules that
read it once per entity or per line made a document cost time quadratic in its length; they read
it through :func:`doc_text` instead. :func:`occurs` answers "does the text write this phrase,
as a whole word sequence?" from an index of the text's word runs, without scanning the text
once per question.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc

__all__ = ["doc_text", "occurs"]

_TEXT = "kg_text"
_RUNS = "kg_word_runs"
# A word for occurs(): a run of word characters and hyphens ("cross-border" is one word).
_RUN = re.compile(r"[\w-]+")


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc (a Doc's text never changes once it is tokenized)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


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
