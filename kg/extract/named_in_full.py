"""Linked mentions -> a generic body's bare name joined to the one body of that name the text qualified.

A release names a body once with its owner ("the Ostmark Coast Guard", "the Ostmark army's General
Staff") and after that by the bare name ("the Coast Guard said ..."). The bare name
alone would take the state of its context (its paragraph, the dateline, the state named most),
which in a story about a neighbour is often the other side; a reader takes it for the body named
in full. Only one such body may have been named in full (every other use of the name in the text
is that body or bare), and a state named earlier in the bare name's own sentence ("In Varnia, the
Coast Guard said ...") keeps the context's reading.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.links import Linked
from kg.lexicon.names import strip_the
from kg.nlp.doctext import doc_text

__all__ = ["bodies_named_in_full"]

#: Words just before a bare name that qualify it already: "Norland's Coast Guard", "our Coast Guard".
_QUALIFIED_BY = frozenset({"'s", "’s", "our", "their", "its", "his", "her", "my", "your"})


def _generic(lk: Linked) -> str | None:
    """The generic name of an agency mention keyed by its owner ("Coast Guard" of "Coast Guard of X")."""
    if lk.type != "Agency" or lk.kind != "name" or lk.parent is None or " of " not in lk.name:
        return None
    return lk.name.split(" of ")[0]


def _bare(doc: Doc, lk: Linked, name: str, ends: set[int]) -> bool:
    """The mention is the generic name alone: no owner before it ("Norland's", "Norlandic", "our"),
    none after it ("... of the Norland Armed Forces"). ``ends``: where the text's mentions end."""
    if strip_the(lk.text).lower() != name.lower():
        return False
    span = doc.char_span(lk.start, lk.end, alignment_mode="expand")
    if span is None:
        return False
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return False
    i = span.start - 1
    while i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i < 0 or (doc[i].lower_ not in _QUALIFIED_BY and doc[i].idx + len(doc[i]) not in ends)


#: Words before a state that make it the far end or other side, not a frame: "fuel from Varnia".
_FAR = frozenset({"from", "to", "into", "with", "against", "across", "toward", "towards"})


def _state_before(doc: Doc, lk: Linked, links: list[Linked]) -> bool:
    """A state is named in the mention's sentence before it, not as a far end: "In Varnia, the Coast
    Guard said" (but not "Boats from Varnia landed, the Coast Guard said")."""
    span = doc.char_span(lk.start, lk.end, alignment_mode="expand")
    if span is None:
        return False
    start = span.sent.start_char if doc.has_annotation("SENT_START") else 0
    for s in links:
        named = doc.char_span(s.start, s.end, alignment_mode="expand") if s.type == "State" else None
        if named is None or not (start <= s.start and s.end <= lk.start):
            continue
        if named.start == 0 or doc[named.start - 1].lower_ not in _FAR:
            return True
    return False


def _only_body(text: str, name: str, body: Linked, links: list[Linked], bare: list[tuple[int, int]]) -> bool:
    """No use of ``name`` in ``text`` outside the bare mentions and those of ``body`` names another
    owner, even one the linker left out: a Harbour Police "of" some ministry beside "Norland's Harbour
    Police", or "the Varnian Harbour Police" (a use inside a title, "press officer of the Harbour Police",
    names none)."""
    ours = [(lk.start, lk.end) for lk in links if lk.key == body.key] + bare
    for m in re.finditer(rf"\b{re.escape(name)}\b", text, flags=re.IGNORECASE):
        if any(s <= m.start() and m.end() <= e for s, e in ours):
            continue
        before = text[: m.start()].split()
        if text[m.end() :].startswith(" of ") or (before and before[-1][:1].isupper() and before[-1].lower() != "the"):
            return False
    return True


def bodies_named_in_full(doc: Doc, links: list[Linked]) -> list[Linked]:
    """Each bare generic body name ("the Coast Guard") takes the key of the one body of that name the
    text named before with its owner ("the Ostmark Coast Guard"), unless its sentence names a state
    before it."""
    full: dict[str, dict[str, Linked]] = {}  # generic name -> key -> the first qualified mention
    bare: dict[int, str] = {}
    ends = {lk.end for lk in links}
    for n, lk in enumerate(links):
        name = _generic(lk)
        if name is None:
            continue
        if _bare(doc, lk, name, ends):
            bare[n] = name.lower()
        else:
            full.setdefault(name.lower(), {}).setdefault(lk.key, lk)
    text = doc_text(doc)
    owner: dict[str, Linked] = {}
    for name in sorted(set(bare.values())):
        bodies = full.get(name, {})
        spans = [(links[n].start, links[n].end) for n, b in bare.items() if b == name]
        if len(bodies) == 1 and _only_body(text, name, next(iter(bodies.values())), links, spans):
            owner[name] = next(iter(bodies.values()))
    out = []
    for n, lk in enumerate(links):
        t = owner.get(bare.get(n, ""))
        if t is not None and t.key != lk.key and t.end <= lk.start and not _state_before(doc, lk, links):
            lk = Linked(lk.start, lk.end, lk.text, t.type, t.key, t.name, lk.kind, t.same_as, t.parent)
        out.append(lk)
    return out
