"""Extraction lookups made linear for long texts: each agrees with the plain scan it replaces.

The plain scans (kept here as the reference) compared every event mention with every cluster of
its kind, and looked up the quote holding a figure by walking every statement: fine for an
article, quadratic for a long text. Random inputs check the indexed versions give the same
answers; the last tests count the comparisons left on a long run of invented events.
"""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.extract.event_merge as event_merge
from kg.extract.event_args import ArgReader
from kg.extract.event_merge import Mention, merge_mentions
from kg.extract.index import EntityIndex
from kg.intervals import Intervals
from kg.model import Span, Statement

# ---------------------------------------------------------------------------- intervals

_PAIRS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=25)


@given(pairs=_PAIRS, start=st.integers(0, 70), length=st.integers(0, 10))
def test_linear_intervals_near_holds_every_interval_touching_the_query(
    pairs: list[tuple[int, int]], start: int, length: int
) -> None:
    end = start + length
    near = Intervals((a, b, i) for i, (a, b) in enumerate(pairs)).near(start, end)
    touching = {i for i, (a, b) in enumerate(pairs) if a <= end and b >= start}
    assert touching <= {i for _, _, i in near}
    assert [a for a, _, _ in near] == sorted(a for a, _, _ in near)


@given(pairs=_PAIRS, extra=_PAIRS, drop=st.lists(st.integers(0, 24), max_size=10), start=st.integers(0, 70))
def test_linear_intervals_added_and_removed_are_found_as_built_afresh(
    pairs: list[tuple[int, int]], extra: list[tuple[int, int]], drop: list[int], start: int
) -> None:
    items = [(a, b, object()) for a, b in pairs]
    index = Intervals(items)
    for a, b in extra:
        items.append((a, b, object()))
        index.add(*items[-1])
    gone = {id(items[i][2]) for i in set(drop) if i < len(items)}
    for a, _, item in items:
        if id(item) in gone:
            index.remove(a, item)
    kept = [(a, b, item) for a, b, item in items if id(item) not in gone]
    found = {id(item) for _, _, item in index.near(start, start + 3)}
    assert {id(item) for a, b, item in kept if a <= start + 3 and b >= start} <= found
    assert found <= {id(item) for _, _, item in kept}


# ---------------------------------------------------------------------------- speakers of figures


@given(quotes=_PAIRS, char=st.integers(0, 75))
def test_linear_speaker_at_is_the_first_statement_holding_the_offset(quotes: list[tuple[int, int]], char: int) -> None:
    statements = tuple(
        Statement(speaker=f"person/p{i}", quote="…", quote_span=Span(a, b, "…")) for i, (a, b) in enumerate(quotes)
    )
    reader = ArgReader(EntityIndex(()), statements)
    first = next((s.speaker for s in statements if s.quote_span.start <= char < s.quote_span.end), None)
    assert reader.speaker_at(char) == first


# ---------------------------------------------------------------------------- event clusters


def _reference_merge(mentions: list[Mention]) -> list[Mention]:
    """The scan the index replaced: every mention against every earlier cluster of its kind."""
    clusters: list[Mention] = []
    for m in mentions:
        if not m.has_args:
            continue
        kind = event_merge._kind(m)
        for c in clusters:
            if event_merge._kind(c) == kind and event_merge._same(c, m):
                event_merge._absorb(c, m)
                break
        else:
            clusters.append(m)
    for m in mentions:  # one cluster of its type takes the evidence of a mention naming nothing
        if not m.has_args:
            labelled = m.type in ("Event", "Referendum")
            same = [c for c in clusters if c.type == m.type and (not labelled or c.label == m.label)]
            if len(same) == 1:
                same[0].evidence += [span for span in m.evidence if span not in same[0].evidence]
    return clusters


_TYPES = ["BorderCrossing", "BorderClosure", "Referendum", "Event", "Meeting"]
_KEYS = st.lists(st.sampled_from(["state/AA", "state/BB", "place/cc", "org/dd"]), max_size=2)


@st.composite
def _mentions(draw: st.DrawFn) -> list[Mention]:
    out = []
    for i in range(draw(st.integers(0, 25))):
        m = Mention(draw(st.sampled_from(_TYPES)), draw(st.sampled_from(["", "talks"])), [Span(i, i + 1, "x")], i)
        for role in ("agent", "target", "place", "origin", "destination"):
            setattr(m, role, draw(_KEYS))
        m.count = draw(st.sampled_from([None, 100, 200]))
        m.date = draw(st.sampled_from([None, "2031-03-01", "2031-03-02"]))
        out.append(m)
    return out


def _copy(mentions: list[Mention]) -> list[Mention]:
    return [
        Mention(**{f.name: list(v) if isinstance(v := getattr(m, f.name), list) else v for f in fields(Mention)})
        for m in mentions
    ]


@settings(max_examples=300)
@given(mentions=_mentions())
def test_linear_event_clusters_are_those_of_comparing_every_cluster(mentions: list[Mention]) -> None:
    expected = _reference_merge(_copy(mentions))
    events = merge_mentions(_copy(mentions))
    assert [e.evidence for e in events] == [tuple(sorted(c.evidence)) for c in expected]
    assert [(e.destination, e.target, e.place) for e in events] == [
        (tuple(c.destination), tuple(c.target), tuple(c.place)) for c in expected
    ]


def test_linear_event_clusters_of_a_long_text_are_not_each_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    same = event_merge._same

    def counted(a: Mention, b: Mention) -> bool:
        nonlocal calls
        calls += 1
        return same(a, b)

    monkeypatch.setattr(event_merge, "_same", counted)
    closures = [
        Mention("BorderClosure", "", [Span(i, i + 1, "x")], i, target=[f"state/S{i % 1500}"]) for i in range(3000)
    ]
    events = merge_mentions(closures)
    assert len(events) == 1500 and all(len(e.evidence) == 2 for e in events)
    assert calls < 4 * len(closures)  # comparing with every cluster: over a million


# ---------------------------------------------------------------------------- speaker labels


def test_linear_label_matches_reads_each_string_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long transcript compares every cue with every person's names: each string's words are
    transliterated once, not once per comparison, and the answers are those of reading them afresh."""
    import kg.extract.transcript as transcript

    labels = ["MINISTER QUELLO", "Brontis Vael", "VAEL", "ANCHOR", "Dr Ilse Quello Marrick"]
    names = ["Brontis Vael", "Ilse Quello Marrick", "Tamsin Orrow", "Orrow"]
    transcript._words.cache_clear()
    fresh = {(a, b): transcript.label_matches(a, b) for a in labels for b in names}
    read: list[str] = []
    plain = transcript.unidecode
    monkeypatch.setattr(transcript, "unidecode", lambda w: read.append(w) or plain(w))
    transcript._words.cache_clear()

    again = {(a, b): transcript.label_matches(a, b) for _ in range(3) for a in labels for b in names}

    assert again == fresh
    assert fresh[("MINISTER QUELLO", "Ilse Quello Marrick")] and fresh[("VAEL", "Brontis Vael")]
    assert not fresh[("ANCHOR", "Tamsin Orrow")]
    assert len(read) == sum(len(s.split()) for s in {*labels, *names})  # a word per distinct string's word
