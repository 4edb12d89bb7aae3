"""The model's lemmatizer with its answers remembered: the same lemmas at a fraction of the cost.

spaCy's rule lemmatizer works on one token at a time from Python (a Token object, its part of
speech and morphology as strings, the base-form test, the rule tables) and caches only part of
its answers: a proper noun, a singular noun or a base-form verb, most of news, is worked out
again every time. That was about a tenth of parsing. A lemma in ``rule`` and ``lookup`` mode is a
function of the token's text, coarse POS and morphology alone, so :class:`LemmaMemo` asks the
lemmatizer once per distinct (ORTH, POS, MORPH) and writes the lemmas of a Doc in one array
(:meth:`spacy.tokens.Doc.from_array`). Tokens that already have a lemma keep it, as the
lemmatizer leaves them when it does not overwrite.

Each answer it does work out tests its candidate forms with ``form in index``, where the index of a
part of speech is a list of up to some 60,000 words: a scan per rule tried, most of the cost of a
new word. :func:`indexed_lemma_tables` gives those lists set membership (same words, same order,
same answers).
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

__all__ = ["IndexedWords", "LemmaMemo", "indexed_lemma_tables", "use_lemma_memo"]

#: Distinct (ORTH, POS, MORPH) remembered at most (a few MB); past it the memory starts again.
_MEMO = 100_000
#: Lemmatizers whose answer depends only on those three values (language subclasses may read more).
_PURE = (Lemmatizer, EnglishLemmatizer)


class IndexedWords(list[str]):
    """A list of words that answers ``in`` from a set: the same list, a lookup instead of a scan."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def indexed_lemma_tables(lemmatizer: Lemmatizer) -> None:
    """Give the lists of ``lemmatizer``'s ``lemma_index`` table set membership, in place (see the module)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, IndexedWords):
            table[key] = IndexedWords(words)


class LemmaMemo:
    """A pipeline component with the same effect on every Doc as the lemmatizer it wraps."""

    def __init__(self) -> None:
        self._lemmatizer: Lemmatizer | None = None
        self._memo: dict[tuple[int, int, int], int] = {}

    def wrap(self, lemmatizer: Lemmatizer) -> None:
        """Answer for ``lemmatizer`` (which must be in ``rule`` or ``lookup`` mode)."""
        indexed_lemma_tables(lemmatizer)
        self._lemmatizer, self._memo = lemmatizer, {}

    @property
    def lookups(self) -> Lookups | None:
        """The wrapped lemmatizer's tables (read by :mod:`kg.nlp.components` for its word lists)."""
        return None if self._lemmatizer is None else self._lemmatizer.lookups

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self._lemmatizer
        if lemmatizer is None or not len(doc):
            return doc
        table = cast(Ints2d, doc.to_array([ORTH, POS, MORPH, LEMMA]))
        rows = cast(list[list[int]], table.tolist())
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            found = self._memo.get(key)
            if found is None:
                found = doc.vocab.strings.add(lemmatizer.lemmatize(doc[i])[0])
                if len(self._memo) >= _MEMO:  # bounded: memory stays flat however many words a corpus has
                    self._memo.clear()
                    lemmatizer.cache.clear()
                self._memo[key] = found
            if found != lemma:
                table[i, 3] = found
                changed = True
        if changed:
            doc.from_array([LEMMA], table[:, 3:])
        return doc


@Language.factory("kg_lemma_memo")
def make_lemma_memo(nlp: Language, name: str) -> LemmaMemo:
    """Factory for :class:`LemmaMemo` (passes Docs through until :meth:`LemmaMemo.wrap`)."""
    return LemmaMemo()


def use_lemma_memo(nlp: Language) -> Language:
    """Run ``nlp``'s lemmatizer through a :class:`LemmaMemo` when its lemmas depend on ORTH, POS and MORPH alone."""
    name = "lemmatizer"
    lemmatizer = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if type(lemmatizer) in _PURE and cast(Lemmatizer, lemmatizer).mode in ("rule", "lookup"):
        memo = nlp.replace_pipe(name, "kg_lemma_memo")
        assert isinstance(memo, LemmaMemo)
        memo.wrap(cast(Lemmatizer, lemmatizer))
    return nlp
