"""(Doc, linked mentions, found relations) -> ``kg:connects`` for crossings no sentence gives a far side.

Border agencies and local papers name their crossings bare ("The busiest crossing was X",
"the X, Y and Z crossing points remain closed"): the reader takes the near side from whose
report it is and the far side from the story around it. A crossing with no side stated, or only
the text's home state, connects that home state (its publisher's, else the one it plainly names
most) and the neighbour of it (GeoNames) that the context names: the nearest one in the
crossing's own paragraph, the one before it first ("At the border with Y, the X crossing ..."),
else the nearest earlier mention in the text (a release states its border once, in the lead),
else the nearest later one. A text about two borders thus puts each crossing on the border its
paragraph is about; a text that names no neighbour of its home state says nothing. A neighbour
another crossing of the same sentence already joins ("A and B stay open, and lorries go to the C
checkpoint on the border with Y") is that crossing's far side, not the context of A and B, unless
the text names no other neighbour; a crossing of the next sentence may still take it ("the C
crossing on the border with Y will close; use the D crossing").
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from kg.extract.crossings import home_state
from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, tokens
from kg.lexicon.gazetteer import neighbours
from kg.nlp.doctext import doc_text

__all__ = ["context_sides"]

#: A neighbour mention's sentence (start, end) and the crossings of it that already connect that state.
_Claim = tuple[int, int, frozenset[str]]


def context_sides(doc: Doc, links: list[Linked], found: Found, publisher: str | None = None) -> None:
    """Every crossing with no far side yet connects the home state and the neighbour its context names."""
    home = home_state(links, publisher)
    if home is None:
        return
    near = neighbours(home[6:])
    others = sorted(
        (lk for lk in links if lk.type == "State" and lk.key != home and lk.key[6:] in near and lk.key[:6] == "state/"),
        key=lambda lk: lk.start,
    )
    if not others:
        return
    sides: dict[str, set[str]] = {}
    for s, p, o in found:
        if p == "connects":
            sides.setdefault(s, set()).add(o)
    text = doc_text(doc)
    taken = _taken(doc, links, others, sides)
    seen: set[str] = set()
    for lk in links:
        if lk.type != "Checkpoint" or lk.key in seen:
            continue
        seen.add(lk.key)  # the first mention places a crossing: later ones may sit in another story
        if not sides.get(lk.key, set()) <= {home}:
            continue
        free = [m for m in others if not _taken_from(taken.get(m.start), lk)] or others
        far = _nearest(text, free, [m.start for m in free], lk)
        span = tokens(doc, lk)
        add(found, lk.key, "connects", home, span)
        add(found, lk.key, "connects", far.key, span)


def _taken(doc: Doc, links: list[Linked], others: list[Linked], sides: dict[str, set[str]]) -> dict[int, _Claim]:
    """Start of each neighbour mention -> its sentence's bounds and the crossings there that already
    connect that state."""
    crossings = [lk for lk in links if lk.type == "Checkpoint"]
    out: dict[int, _Claim] = {}
    for m in others:
        span = tokens(doc, m)
        if span is None or not doc.has_annotation("SENT_START"):
            continue
        sent = span.sent
        inside = [c for c in crossings if sent.start_char <= c.start < sent.end_char]
        owners = frozenset(c.key for c in inside if m.key in sides.get(c.key, ()))
        if owners:
            out[m.start] = (sent.start_char, sent.end_char, owners)
    return out


def _taken_from(claim: _Claim | None, crossing: Linked) -> bool:
    """The mention is another crossing's far side in ``crossing``'s own sentence."""
    return claim is not None and claim[0] <= crossing.start < claim[1] and bool(claim[2] - {crossing.key})


def _nearest(text: str, others: list[Linked], starts: list[int], mention: Linked) -> Linked:
    """The neighbour mention the crossing's context points to.

    In its paragraph the one before it, then the one after; else the nearest before it, then after.
    """
    first = text.rfind("\n", 0, mention.start) + 1
    last = text.find("\n", mention.end)
    last = len(text) if last < 0 else last
    i = bisect_left(starts, mention.start)
    before = others[i - 1] if i > 0 else None
    after = others[i] if i < len(others) else None
    if before is not None and before.start >= first:
        return before
    if after is not None and after.end <= last:
        return after
    return before if before is not None else others[i]
