"""Event mentions -> events: one node per occurrence, with every span that restates it.

A story restates its main figures ("Departures climbed to 7,500 daily ... 'we now count roughly
7,500 people every day'") and names one invasion or one vote many times. Mentions are
clustered here: crossings by destination, figure, rate and time; other events by compatible
arguments. A mention that names no argument ("to escape mobilization") only adds evidence to the
one event of its type the story is about, and is dropped when there are several.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields

from kg.model import Event, Span

__all__ = ["Mention", "merge_mentions"]

_ROLES = ("agent", "target", "place", "origin", "destination", "via", "reported_by")
_SCALARS = (
    "count",
    "count_min",
    "count_max",
    "per_time_unit",
    "change_percent",
    "result_percent",
    "date",
    "start_date",
    "end_date",
    "date_text",
)


@dataclass
class Mention:
    """A working record of one event mention; mutable while a document is read."""

    type: str
    label: str
    evidence: list[Span]
    sentence: int
    agent: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    origin: list[str] = field(default_factory=list)
    destination: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)
    count: int | None = None
    count_min: int | None = None
    count_max: int | None = None
    approximate: bool = False
    per_time_unit: str | None = None
    change_percent: float | None = None
    result_percent: float | None = None
    date: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    date_text: str | None = None

    @property
    def has_args(self) -> bool:
        """True when the mention names any participant, place or figure."""
        return bool(
            self.agent
            or self.target
            or self.place
            or self.destination
            or self.count is not None
            or self.count_min is not None
        )

    def figure(self) -> tuple[int | None, ...]:
        """The principal figure: the count, or the range when there is no count."""
        return (self.count,) if self.count is not None else (self.count_min, self.count_max)

    def when(self) -> tuple[str | None, str | None, str | None]:
        return self.date, self.start_date, self.end_date


#: Types whose label tells kinds apart: generic events ("Meeting", "Aid"), votes ("Election").
_LABELLED = ("Event", "Referendum")


def _overlap(a: list[str], b: list[str]) -> bool:
    return bool(set(a) & set(b))


def _roles_compatible(a: Mention, b: Mention, roles: tuple[str, ...]) -> bool:
    return all(not (getattr(a, r) and getattr(b, r)) or _overlap(getattr(a, r), getattr(b, r)) for r in roles)


def _dates_compatible(a: Mention, b: Mention) -> bool:
    return a.when() == b.when() or not any(a.when()) or not any(b.when())


def _same(a: Mention, b: Mention) -> bool:
    """True when ``b`` restates the occurrence ``a`` records."""
    if a.type != b.type or (a.type in _LABELLED and a.label != b.label) or not _dates_compatible(a, b):
        return False
    if a.type == "BorderCrossing":
        return (
            a.label == b.label  # an attempted crossing is never the arrival it did not become
            and _overlap(a.destination, b.destination)
            and a.figure() == b.figure()
            and a.per_time_unit == b.per_time_unit
            and _roles_compatible(a, b, ("origin",))
        )
    if a.type == "Referendum":
        return _roles_compatible(a, b, ("place",))
    if a.type == "MilitaryOperation" and (a.label or b.label):  # named operations: one per name
        return a.label == b.label
    if a.type == "MilitaryOperation" and _apart(a, b):
        return False
    if a.type in ("MilitaryOperation", "Event", "BorderClosure") and _overlap(a.target, b.target):
        return True
    if a.count is not None and b.count is not None and a.count != b.count:
        return False
    return _roles_compatible(a, b, ("agent", "target", "place"))


def _apart(a: Mention, b: Mention) -> bool:
    """True for two armed actions at different named places: the shelling of a region and a bomb
    on a town the bulletin names apart are two strikes, whichever role (place or target) each
    place fills."""
    where_a, where_b = set(a.place) | set(a.target), set(b.place) | set(b.target)
    return bool(where_a and where_b) and not where_a & where_b


def _absorb(into: Mention, other: Mention) -> None:
    for span in other.evidence:
        if span not in into.evidence:
            into.evidence.append(span)
    for role in _ROLES:
        values = getattr(into, role)
        values.extend(v for v in getattr(other, role) if v not in values)
    for name in _SCALARS:
        if getattr(into, name) is None and getattr(other, name) is not None:
            setattr(into, name, getattr(other, name))
    into.approximate = into.approximate or other.approximate


def _kind(m: Mention) -> tuple[object, ...]:
    """What :func:`_same` requires two mentions to share, and absorbing never changes.

    Only clusters of the mention's kind can take it in, so a long text's hundreds of crossings
    are not each compared with every cluster. A crossing's figure is part of its kind: a cluster
    only absorbs crossings of its own figure, which leaves it as it was.
    """
    if m.type == "BorderCrossing":
        return m.type, m.label, m.figure(), m.per_time_unit
    if m.type == "MilitaryOperation" and m.label:  # a named operation is one per name, whatever its roles
        return m.type, m.label
    return (m.type, m.label) if m.type in _LABELLED else (m.type,)


#: The roles :func:`_same` requires to be compatible (empty on one side, or sharing a value).
_MATCHED = ("agent", "target", "place")


class _Kind:
    """The clusters of one kind, in order, indexed by their role values.

    :func:`_same` holds only between mentions that share a destination (crossings), or whose
    matched roles are each empty on one side or share a value (others; a shared target is
    enough for closures, operations and generic events). The index hands back the clusters that
    pass that test, a superset of those :func:`_same` accepts, so a long text's hundreds of
    events are not each compared with every cluster of their kind; the first in order that
    :func:`_same` accepts is the one a scan of all would have found.
    """

    def __init__(self) -> None:
        self.clusters: list[Mention] = []
        self._values: dict[tuple[str, str], set[int]] = defaultdict(set)  # (role, value) -> positions
        self._empty: dict[str, set[int]] = defaultdict(set)  # role -> positions with no value for it

    def find(self, m: Mention) -> int | None:
        """The position of the first cluster ``m`` restates, or None."""
        return next((i for i in sorted(self._candidates(m)) if _same(self.clusters[i], m)), None)

    def _holding(self, role: str, values: list[str]) -> set[int]:
        return set().union(*(self._values[role, v] for v in values))

    def _candidates(self, m: Mention) -> Iterable[int]:
        if m.type == "BorderCrossing":
            return self._holding("destination", m.destination)
        if m.type == "MilitaryOperation" and m.label:
            return range(len(self.clusters))  # its kind holds only the operations of its name
        held: set[int] | None = None  # None: every cluster
        for role in ("place",) if m.type == "Referendum" else _MATCHED:
            if values := getattr(m, role):
                fits = self._empty[role] | self._holding(role, values)
                held = fits if held is None else held & fits
        if held is None:
            return range(len(self.clusters))
        if m.type in ("MilitaryOperation", "Event", "BorderClosure"):
            held |= self._holding("target", m.target)
        return held

    def add(self, m: Mention) -> None:
        self.clusters.append(m)
        self.note(len(self.clusters) - 1)

    def note(self, i: int) -> None:
        """Index cluster ``i`` again after it absorbed a mention (roles only ever grow)."""
        c = self.clusters[i]
        for role in (*_MATCHED, "destination"):
            values = getattr(c, role)
            for v in values:
                self._values[role, v].add(i)
            (self._empty[role].discard if values else self._empty[role].add)(i)


def merge_mentions(mentions: list[Mention], labeler: Callable[[Mention], str] | None = None) -> tuple[Event, ...]:
    """Cluster restated mentions and freeze each cluster into an :class:`Event` labelled by ``labeler``."""
    clusters: list[Mention] = []
    by_kind: dict[tuple[object, ...], _Kind] = defaultdict(_Kind)
    bare: list[Mention] = []
    for m in mentions:
        if not m.has_args:
            bare.append(m)
            continue
        kind = by_kind[_kind(m)]
        if (i := kind.find(m)) is not None:
            _absorb(kind.clusters[i], m)
            kind.note(i)
        else:
            clusters.append(m)
            kind.add(m)
    by_type: dict[tuple[str, str | None], list[Mention]] = defaultdict(list)  # one pass, not one per bare
    for c in clusters:  # by type, and by type and label
        by_type[c.type, None].append(c)
        by_type[c.type, c.label].append(c)
    for m in bare:
        same_type = by_type[m.type, m.label if m.type in _LABELLED else None]
        if len(same_type) == 1:
            for span in m.evidence:
                if span not in same_type[0].evidence:
                    same_type[0].evidence.append(span)
            if same_type[0].result_percent is None:
                same_type[0].result_percent = m.result_percent
    for c in clusters:
        if labeler is not None:
            c.label = labeler(c)
    return tuple(_freeze(c) for c in clusters)


def _freeze(m: Mention) -> Event:
    values = {f.name: getattr(m, f.name) for f in fields(Event) if hasattr(m, f.name)}
    for role in _ROLES:
        values[role] = tuple(getattr(m, role))
    values["evidence"] = tuple(sorted(m.evidence))
    return Event(**values)
