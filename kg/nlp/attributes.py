"""The model's ``attribute_ruler`` as a table lookup: the same token attributes at a fraction of the cost.

spaCy's English pipelines map fine-grained tags (and a few words, dependencies and spaces) to
coarse POS, morphology and lemma exceptions with an AttributeRuler: a Matcher run over every
token of every document, then a Span built per match. That is about a tenth of ``nlp.pipe``,
although nearly every pattern is one token long with exact values. :class:`AttributeLookup`
answers the same rules from what each token's own attributes are: a token's matches depend
only on its values for the few attributes the patterns read, so they are worked out once per
distinct combination and kept; the rare patterns of several tokens are checked where their first
token fits. Matches are applied exactly as the ruler applies them: all are found on the attributes
as they were before any change, then set rule by rule (later rules win), position by position.
The combinations are remembered by class of value: in a column whose tests are plain values and
sets, every value no test names behaves alike (so every word the rules do not name is one class,
plus what the column's regular expressions say of it), and a new word costs no new working out.

Only patterns made of plain values and ``IN`` / ``NOT_IN`` / ``REGEX`` tests on attributes whose
stored value is what the Matcher compares are taken; a ruler with any other pattern (operators,
extensions, fuzzy tests, other attributes) is left as it is (:func:`use_attribute_lookup`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import cast

from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, NORM, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["AttributeLookup", "compile_ruler", "use_attribute_lookup"]

#: Attributes whose value in ``Doc.to_array`` is the value the Matcher tests (string ids, flags).
_READABLE = frozenset({ORTH, LOWER, NORM, TAG, DEP, LEMMA, IS_SPACE})
#: Combinations of values remembered at most (a few MB); past it the memory starts again.
_MEMO = 50_000
_Test = Callable[[int], bool]
#: One rule: its order, the attributes it sets, which token of a match gets them, its patterns
#: (each a list of token tests: attribute column -> test of the value).
_Rule = tuple[int, dict, int, list[list[dict[int, _Test]]]]
#: A one-token pattern: rule order, its tests, the attributes it sets.
_Single = tuple[int, dict[int, _Test], dict]
#: What one combination of values matches (see :meth:`AttributeLookup._seen`).
_Seen = tuple[list[tuple[int, dict]], dict, list[int]]
#: A match as it is applied: rule order, start, attrs.
_Hit = tuple[int, int, dict]


class AttributeLookup:
    """A pipeline component with the same effect on every Doc as the AttributeRuler it was made from."""

    def __init__(self) -> None:
        self._columns: list[int | str] = []  # attribute ids, typed as Doc.to_array takes them
        #: one-token patterns by a (column, value) they require, and those requiring no single value
        self._keyed: dict[tuple[int, int], list[_Single]] = {}
        self._unkeyed: list[_Single] = []
        self._longer: list[tuple[int, list[dict[int, _Test]], dict, int]] = []
        self._memo: dict[tuple[int, ...], _Seen] = {}
        self._classes: list[_Classes] = []  # per column: a value -> its class (see :class:`_Classes`)
        self._by_class: dict[tuple[int, ...], _Seen] = {}  # classes of values -> what they match

    def set_rules(self, rules: Sequence[_Rule], columns: Sequence[int]) -> None:
        """Take the rules of :func:`compile_ruler`, reading ``columns`` of each token."""
        self._columns, self._keyed, self._unkeyed, self._longer, self._memo = [*columns], {}, [], [], {}
        self._classes, self._by_class = [_Classes() for _ in columns], {}
        for order, attrs, index, patterns in rules:
            for pattern in patterns:
                for column, test in pattern[0].items():  # only a match's first token is looked up by class
                    self._classes[column].add(test)
                if len(pattern) > 1:
                    self._longer.append((order, pattern, attrs, index))
                    continue
                key = next(((c, t.value) for c, t in pattern[0].items() if isinstance(t, _Equals)), None)
                (self._keyed.setdefault(key, []) if key else self._unkeyed).append((order, pattern[0], attrs))

    def _seen(self, values: tuple[int, ...]) -> _Seen:
        """For a token with ``values``: the one-token rules it matches (order, attrs), their merged
        effect, and the longer patterns whose first token it fits; worked out once per class of ``values``."""
        found = self._memo.get(values)
        if found is None:
            found = self._memo[values] = self._seen_class(values)
        return found

    def _seen_class(self, values: tuple[int, ...]) -> _Seen:
        """:meth:`_seen` for a combination not met before, worked out once per class of ``values``."""
        key = tuple(classes(value) for classes, value in zip(self._classes, values, strict=True))
        found = self._by_class.get(key)
        if found is None:
            candidates = [*self._unkeyed]
            for column, value in enumerate(values):
                candidates += self._keyed.get((column, value), ())
            hits = [(order, attrs) for order, tests, attrs in sorted(candidates, key=_first) if _fits(tests, values)]
            merged: dict = {}
            for _, attrs in hits:
                merged.update(attrs)
            starts = [n for n, (_, pattern, _, _) in enumerate(self._longer) if _fits(pattern[0], values)]
            if len(self._by_class) >= _MEMO:
                self._by_class.clear()
            found = self._by_class[key] = (hits, merged, starts)
        if len(self._memo) >= _MEMO:  # bounded: memory stays flat however many words a corpus has
            self._memo.clear()
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self._columns:
            return doc
        table = cast(list[list[int]], doc.to_array(self._columns).reshape(len(doc), -1).tolist())
        rows = [tuple(row) for row in table]
        seen = [self._seen(values) for values in rows]
        extra = self._longer_matches(rows, seen)
        for i, (hits, merged, _) in enumerate(seen):
            if i in extra:  # a longer pattern also sets this token: apply all in the ruler's order
                merged = {}
                for _, _, attrs in sorted([*((order, i, attrs) for order, attrs in hits), *extra[i]], key=_by_order):
                    merged.update(attrs)
            if merged:
                set_token_attrs(doc[i], merged)
        return doc

    def _longer_matches(self, rows: list[tuple[int, ...]], seen: list[_Seen]) -> dict[int, list[_Hit]]:
        """Token position -> (rule order, match start, attrs) of each match of a pattern of several tokens."""
        out: dict[int, list[_Hit]] = {}
        for start, (_, _, starts) in enumerate(seen):
            for n in starts:
                order, pattern, attrs, index = self._longer[n]
                width = len(pattern)
                if start + width > len(rows):
                    continue
                if all(_fits(tests, rows[start + k]) for k, tests in enumerate(pattern) if k):
                    target = start + index if index >= 0 else start + width + index
                    out.setdefault(target, []).append((order, start, attrs))
        return out


def _first(item: _Single) -> int:
    return item[0]


def _by_order(hit: _Hit) -> tuple[int, int]:
    return hit[0], hit[1]


def _fits(tests: dict[int, _Test], values: tuple[int, ...]) -> bool:
    return all(test(values[column]) for column, test in tests.items())


class _Equals:
    """The test of a plain value (kept apart from the others: rules are indexed by it)."""

    __slots__ = ("value",)

    def __init__(self, value: int) -> None:
        self.value = value

    def __call__(self, got: int) -> bool:
        return got == self.value


class _Among:
    """``IN`` (``inside``) or ``NOT_IN`` a set of values."""

    __slots__ = ("inside", "members")

    def __init__(self, members: frozenset[int], inside: bool) -> None:
        self.members, self.inside = members, inside

    def __call__(self, got: int) -> bool:
        return (got in self.members) is self.inside


class _Search:
    """``REGEX``: the pattern found in the value's string."""

    __slots__ = ("pattern", "strings")

    def __init__(self, pattern: re.Pattern[str], strings: Callable[[int], str]) -> None:
        self.pattern, self.strings = pattern, strings

    def __call__(self, got: int) -> bool:
        return self.pattern.search(self.strings(got)) is not None


class _Classes:
    """One column's values -> classes whose values every test of the column answers alike.

    A value some ``_Equals`` or ``_Among`` test names is its own class; any other value is
    answered the same by all of those (never equal, never a member), so its class is only what
    the column's ``_Search`` tests say of it: a negative number, one per combination of answers.
    Remembered per value, at most :data:`_MEMO` values.
    """

    def __init__(self) -> None:
        self.named: set[int] = set()
        self.searches: list[_Search] = []
        self._known: dict[int, int] = {}
        self._answers: dict[tuple[bool, ...], int] = {}

    def add(self, test: _Test) -> None:
        if isinstance(test, _Equals):
            self.named.add(test.value)
        elif isinstance(test, _Among):
            self.named.update(test.members)
        elif isinstance(test, _Search):
            self.searches.append(test)
        else:
            raise TypeError(f"no class of values for a test of type {type(test).__name__}")
        self._known.clear()

    def __call__(self, value: int) -> int:
        found = self._known.get(value)
        if found is None:
            if value in self.named:
                found = value
            else:
                answers = tuple(search(value) for search in self.searches)
                found = self._answers.setdefault(answers, -1 - len(self._answers))
            if len(self._known) >= _MEMO:
                self._known.clear()
            self._known[value] = found
        return found


def _test(value: object, strings: Callable[[int], str]) -> _Test | None:
    """The Matcher's test of one attribute value, or None when it is one this lookup does not take."""
    if isinstance(value, (str, int)):  # bool is an int: a flag's 0 or 1
        return _Equals(get_string_id(value) if isinstance(value, str) else int(value))
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((predicate, argument),) = value.items()
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list):
        members = frozenset(get_string_id(v) if isinstance(v, str) else int(v) for v in argument)
        return _Among(members, predicate == "IN")
    if predicate == "REGEX" and isinstance(argument, str):
        return _Search(re.compile(argument), strings)
    return None


def compile_ruler(ruler: AttributeRuler) -> tuple[list[_Rule], list[int]] | None:
    """The rules of ``ruler`` as tests of token columns, and the columns; None when a pattern is
    outside what :class:`AttributeLookup` takes (or sets a token outside its match)."""
    columns: list[int] = []
    rules: list[_Rule] = []

    def strings(key: int) -> str:
        return ruler.vocab.strings[key]

    for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
        patterns = ruler.matcher.get(str(order))[1]
        compiled = []
        for pattern in patterns:
            tokens: list[dict[int, _Test]] = []
            for spec in pattern:
                tests: dict[int, _Test] = {}
                for key, value in spec.items():
                    attr = IDS.get(key.upper()) if isinstance(key, str) else None
                    test = _test(value, strings) if attr in _READABLE else None
                    if test is None:
                        return None
                    if attr not in columns:
                        columns.append(attr)  # type: ignore[arg-type]
                    tests[columns.index(attr)] = test  # type: ignore[arg-type]
                tokens.append(tests)
            if not tokens or not -len(tokens) <= index < len(tokens):
                return None
            compiled.append(tokens)
        rules.append((order, attrs, index, compiled))
    return (rules, columns) if columns else None


@Language.factory("kg_attribute_lookup")
def make_attribute_lookup(nlp: Language, name: str) -> AttributeLookup:
    """Factory for :class:`AttributeLookup` (empty until :meth:`AttributeLookup.set_rules`)."""
    return AttributeLookup()


def use_attribute_lookup(nlp: Language) -> Language:
    """Run ``nlp``'s attribute_ruler as an :class:`AttributeLookup` when all of its patterns allow it."""
    name = "attribute_ruler"
    ruler = nlp.get_pipe(name) if name in nlp.pipe_names else None
    compiled = compile_ruler(ruler) if isinstance(ruler, AttributeRuler) else None
    if compiled is not None:
        lookup = nlp.replace_pipe(name, "kg_attribute_lookup")
        assert isinstance(lookup, AttributeLookup)
        lookup.set_rules(*compiled)
    return nlp
