"""No spaCy token or span is compared with ``is``: spaCy builds a new object on every access.

``doc[0] is doc[0]`` and ``t.head is t`` (even for a root) are False in spaCy 3, so such a test
never or always holds, and the rule it guards is dead or always on. Indexes are compared instead
(``a.i == b.i``, ``t.head.i == t.i``). The check reads kg/'s source: an ``is`` / ``is not`` is
refused when one side is an attribute that builds a new Token or Span (``.head``, ``.root``, ...),
an item of a doc or span, or a name its function types as a Token or Span or assigns from one of
those. Identity of the same object handed around (a list, an entity of the index) stays allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import spacy

KG = Path(__file__).resolve().parents[1] / "kg"

#: Token and Span attributes that build a new object on each access.
_FRESH = frozenset(("head", "root", "left_edge", "right_edge", "sent", "ents", "noun_chunks", "nbor"))
#: Annotations that type a name as a spaCy token or span.
_TYPES = ("Token", "Span")


def _typed(annotation: ast.expr | None) -> bool:
    return annotation is not None and any(t in ast.unparse(annotation) for t in _TYPES)


def _fresh(node: ast.expr, spacy_names: set[str]) -> bool:
    """Whether ``node`` is a spaCy object built for this access, or a name holding one."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute) and node.attr in _FRESH:
        return True
    if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
        return isinstance(node.value, ast.Name) and node.value.id in spacy_names | {"doc", "span", "sent"}
    return isinstance(node, ast.Name) and node.id in spacy_names


def _spacy_names(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names ``func`` types as Token/Span (parameters, annotated assignments) or assigns from one."""
    args = func.args
    names = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs) if _typed(a.annotation)}
    for node in ast.walk(func):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and _typed(node.annotation):
            names.add(node.target.id)
    for node in ast.walk(func):  # "head = tok.head", "first = span[0]"
        if isinstance(node, ast.Assign) and _fresh(node.value, names):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def identity_tests(source: str) -> list[str]:
    """The ``is`` comparisons of ``source`` that involve a spaCy token or span, as "line: code"."""
    out = []
    for func in ast.walk(ast.parse(source)):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        names = _spacy_names(func)
        for node in ast.walk(func):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            for k, op in enumerate(node.ops):
                pair = sides[k : k + 2]
                constant = any(isinstance(s, ast.Constant) for s in pair)
                if isinstance(op, (ast.Is, ast.IsNot)) and not constant and any(_fresh(s, names) for s in pair):
                    out.append(f"{node.lineno}: {ast.unparse(node)}")
    return sorted(set(out))


def test_token_identity_spacy_builds_a_new_token_per_access() -> None:
    doc = spacy.blank("en")("Ruvanne Pell waved")
    assert doc[0] is not doc[0] and doc[0].head is not doc[0] and doc[0].head.i == doc[0].i


def test_token_identity_kg_compares_tokens_by_index() -> None:
    found = [f"{p.relative_to(KG)}:{hit}" for p in sorted(KG.rglob("*.py")) for hit in identity_tests(p.read_text())]
    assert found == [], "compare spaCy tokens by index (a.i == b.i), not with 'is':\n" + "\n".join(found)


def test_token_identity_check_finds_head_and_root_comparisons() -> None:
    climbing = """
def top(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok
"""
    rooted = """
def at_root(span: Span) -> bool:
    first = span[0]
    return first is span.root
"""
    named = """
def same(node: Token | None, verb) -> bool:
    head = verb.head
    return node is head
"""
    assert identity_tests(climbing) == ["3: tok.head is not tok"]
    assert identity_tests(rooted) == ["4: first is span.root"]
    assert identity_tests(named) == ["4: node is head"]


def test_token_identity_check_leaves_other_identity_alone() -> None:
    source = """
def pick(tok: Token, links: list, cached: tuple) -> bool:
    entity = index.at(tok.idx)
    return tok is not None and cached[0] is links and entity is chosen and tok.head is None
"""
    assert identity_tests(source) == []
