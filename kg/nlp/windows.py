"""A token Matcher run only where its patterns can match: the same matches at a fraction of the cost.

spaCy's Matcher tries every pattern at every token; the gazetteer's patterns (agencies,
checkpoints, named regions) are some sixty, and matching them was about a quarter of annotating
a document. A match is a run of tokens each of which fits one of the patterns' token
specifications, and every pattern names at least one word ("checkpoint", "ministry", "region"),
so matches lie inside the runs of fitting tokens that hold such a word, which are a small part of
a text. :class:`WindowedMatcher` runs the Matcher on those runs alone, then orders the matches
as the Matcher orders those of the whole Doc: labels in the order of their first match, each
label's (filtered) matches longest first, then by start.

Patterns whose token specifications use anything but plain or ``IN`` values of LOWER and ORTH
and the IS_TITLE, IS_STOP and IS_PUNCT flags are not windowed: the whole Doc is matched.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from spacy.attrs import IS_PUNCT, IS_STOP, IS_TITLE, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.doctext import in_ids

__all__ = ["WindowedMatcher"]

_WORDS = {"LOWER": 0, "ORTH": 1}
_FLAGS = {"IS_TITLE": 2, "IS_STOP": 3, "IS_PUNCT": 4}
_COLUMNS = [LOWER, ORTH, IS_TITLE, IS_STOP, IS_PUNCT]
Pattern = list[dict[str, Any]]


class _Specs:
    """Which tokens fit some token specification, and which are a pattern's anchor word."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.words: list[set[int]] = [set(), set()]  # LOWER, ORTH values some specification names
        self.anchors: list[set[int]] = [set(), set()]  # those of one required word of each pattern
        self.flags: set[tuple[tuple[int, bool], ...]] = set()  # specifications of flags only
        self.windowed = True
        self._made: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def add(self, pattern: Pattern) -> None:
        required: list[tuple[int, list[str]]] = []
        for spec in pattern:
            keys = set(spec) - {"OP"}
            words = keys & _WORDS.keys()
            if len(words) == 1 and keys == words:
                (key,) = words
                value = spec[key]
                values = value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else [value]
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    self.windowed = False
                    return
                self.words[_WORDS[key]].update(get_string_id(v) for v in values)
                if spec.get("OP") not in ("?", "*"):
                    required.append((_WORDS[key], values))
            elif keys and keys <= _FLAGS.keys() and all(isinstance(spec[k], bool) for k in keys):
                self.flags.add(tuple(sorted((_FLAGS[k], bool(spec[k])) for k in keys)))
            else:
                self.windowed = False
                return
        self._made.clear()
        if not required:  # a pattern naming no word could match anywhere
            self.windowed = False
            return
        # the anchor: the required word least made of stop words ("checkpoint", not "at")
        column, values = min(required, key=lambda item: sum(self.vocab[v.lower()].is_stop for v in item[1]))
        self.anchors[column].update(get_string_id(v) for v in values)

    def _arrays(self, which: str) -> tuple[np.ndarray, np.ndarray]:
        """The LOWER and ORTH values of ``which`` ("words" or "anchors"), sorted for :func:`in_ids`, made once."""
        if which not in self._made:
            lower, orth = (np.array(sorted(values), dtype=np.uint64) for values in getattr(self, which))
            self._made[which] = (lower, orth)
        return self._made[which]

    def runs(self, doc: Doc) -> list[tuple[int, int]]:
        """Maximal runs of tokens fitting some specification that hold an anchor, in order."""
        table = doc.to_array(_COLUMNS)
        lower, orth = self._arrays("words")
        fits = in_ids(table[:, 0], lower) | in_ids(table[:, 1], orth)
        for tests in self.flags:
            ok = np.ones(len(doc), dtype=bool)
            for column, value in tests:
                ok &= table[:, column].astype(bool) == value
            fits |= ok
        lower, orth = self._arrays("anchors")
        anchored = np.flatnonzero(in_ids(table[:, 0], lower) | in_ids(table[:, 1], orth)).tolist()
        edges = np.flatnonzero(np.diff(np.concatenate(([0], fits.view(np.int8), [0])))).tolist()
        out = []
        for start, end in zip(edges[::2], edges[1::2], strict=True):
            i = bisect_left(anchored, start)
            if i < len(anchored) and anchored[i] < end:
                out.append((start, end))
        return out


class WindowedMatcher:
    """A Matcher (every label greedy LONGEST) giving, for a Doc, the matches the Matcher gives."""

    def __init__(self, vocab: Vocab, patterns: Mapping[str, Sequence[Pattern]]) -> None:
        self.matcher = Matcher(vocab)
        self._specs = _Specs(vocab)
        for label, group in patterns.items():
            self.matcher.add(label, list(group), greedy="LONGEST")
            for pattern in group:
                self._specs.add(pattern)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(label id, start, end) of every match, in the order ``Matcher(doc)`` gives them."""
        if not self._specs.windowed:
            return [(key, start, end) for key, start, end in self.matcher(doc)]
        by_label: dict[int, list[tuple[int, int]]] = {}
        for first, last in self._specs.runs(doc):
            for key, start, end in self.matcher(doc[first:last]):
                by_label.setdefault(key, []).append((first + start, first + end))
        return [(key, start, end) for key, pairs in by_label.items() for start, end in _longest_first(pairs)]


def _longest_first(pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The Matcher's order of one label's filtered matches: longest first, then by start."""
    return sorted(pairs, key=lambda p: (p[1] - p[0], -p[0]), reverse=True)
