"""A "Label: N" line of a figures list + the list's heading -> the flow that line counts, or none.

Releases give the week's figures as a table-like list under a heading line: "Traffic at the Tarn
Gate, 1-7 May:" / "Arrivals: 540" / "Departures: 610", or "Crossings per checkpoint last week:" /
"Tarn Gate: 540" / "Vell Bridge: 610". No verb carries these figures: each line's label says what
its figure counts, and the heading says where and when. A label of arrivals or entries counts
people coming in (into the state of the heading's crossing point, or the state the text is filed
from); one of departures or exits people going out, to the other state the text names. Under a
heading of ways across ("the crossing points", "the checkpoints", "by checkpoint") a label is the point itself: the
flow passes through it. Any other label (lorries, votes, rescues) counts no flow, and no figure of
the list continues the flow of the lines before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.event_places import dateline_state, state_of_key
from kg.extract.quantities import QuantityMatch, find_changes
from kg.extract.timex import Timex, find_times

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["label_flows"]

#: A list line: a short label, a colon, then the rest (the figure and perhaps its unit).
_ITEM = re.compile(r"\s*(?:[-\u2022*]\s*)?(?P<label>[^\W\d][^:\n]{0,60}?)\s*:\s*(?P<rest>\S[^\n]*?)\s*")
#: Nouns of people coming in, and of people going out (a closed class of flow words).
_IN = frozenset(("arrival", "entry", "entrant", "inflow", "incoming", "inbound"))
_OUT = frozenset(("departure", "exit", "outflow", "outgoing", "outbound", "leaver"))
#: Heading words that say the list counts movement across a border.
_MOVEMENT = _IN | _OUT | frozenset(("movement", "crossing", "traffic", "passage", "flow", "passenger", "traveller"))
#: Heading nouns naming ways across: under them each label is a point ("the crossing points:").
_WAYS = frozenset(("crossing", "checkpoint", "point", "post", "gate", "crossing-point", "border-crossing"))
#: What joins the two days of a heading's period: "3 June - 9 August", "3 June to 9 August".
_JOINING = re.compile(r"\s*(?:-|\u2013|\u2014|to|until)\s*")
#: Words that may follow a list line's figure: its unit or a share in brackets ("3,118 votes (41.6 %)").
_TAIL_WORDS = 4
#: A change in brackets after a line's figure ("2,615 (up 9 per cent on 2030)", "1,905 (-4%)"): the
#: line's own comparison, not counted among the words of its unit.
_BRACKETED_CHANGE = re.compile(r"\((?=[^()\n]*(?:%|per\s*cent|percent))[^()\n]*\)", re.I)
#: A signed share with no word of direction ("(+6%)", "(-3 %)", "(\u22123%)"): the sign is the direction.
_SIGNED_SHARE = re.compile(r"\(\s*(?P<sign>[+\-\u2212\u2013])\s*(?P<p>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.I)
#: How far back a heading with no time of its own ("the same seven days") looks for the last list's time.
_BACK = 12


def _line_at(text: str, pos: int) -> tuple[int, int]:
    """The start and end (before its line break) of the text line holding offset ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _item(text: str, line: tuple[int, int]) -> re.Match[str] | None:
    """The label and rest of a list line: "Label: N", nothing after the figure but a unit or a share."""
    m = _ITEM.fullmatch(text, line[0], line[1])
    if m is None:
        return None
    rest = m.group("rest")
    if not (rest[:1].isdigit() or rest.lower().startswith(("about ", "some ", "around "))):
        return None
    return m if len(_BRACKETED_CHANGE.sub("", rest).split()) <= _TAIL_WORDS + 1 else None


def _line_change(rest: str) -> float | None:
    """The change a list line states in brackets after its figure: "(up 6 per cent)", "(+14%)"."""
    for bracket in _BRACKETED_CHANGE.finditer(rest):
        if changes := find_changes(bracket.group()):
            return changes[0].percent
        if signed := _SIGNED_SHARE.match(bracket.group()):
            value = float(signed.group("p"))
            return value if signed.group("sign") == "+" else -value
    return None


def _beside(text: str, line: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The next (``step`` 1) or previous (-1) line that is not blank, or None at the text's edge."""
    while True:
        if (step < 0 and line[0] == 0) or (step > 0 and line[1] >= len(text)):
            return None
        line = _line_at(text, line[0] - 1) if step < 0 else _line_at(text, line[1] + 1)
        if text[line[0] : line[1]].strip():
            return line


def _list_of(text: str, line: tuple[int, int]) -> tuple[tuple[int, int], int] | None:
    """The heading line of the list ``line`` belongs to and how many lines the list has, or None
    when the line stands alone under no heading."""
    count, head = 1, _beside(text, line, -1)
    while head is not None and _item(text, head) is not None:
        count, head = count + 1, _beside(text, head, -1)
    after = _beside(text, line, 1)
    while after is not None and _item(text, after) is not None:
        count, after = count + 1, _beside(text, after, 1)
    if head is None or not (text[head[0] : head[1]].rstrip().endswith(":") or count > 1):
        return None
    return head, count


def _lemmas(span: SpacySpan) -> set[str]:
    """The span's words and their singulars (a label in capitals may be tagged a proper name)."""
    return {t.lemma_.lower() for t in span} | {_singular(t.lower_) for t in span}


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _ways_listed(tok: Token) -> bool:
    """ "the checkpoints", "Travellers by checkpoint", "per crossing point", "at each post": a
    heading noun of ways across, plural or taken one by one, over a list whose labels are ways."""
    if tok.lemma_.lower() not in _WAYS:
        return False
    if tok.tag_ == "NNS":
        return True
    i = tok.i - 1
    while i >= 0 and tok.doc[i].lemma_.lower() in _WAYS:  # "per crossing point": the words before
        i -= 1
    return i >= 0 and tok.doc[i].lower_ in _ONE_BY_ONE


#: Words taking ways one by one: "by checkpoint", "per crossing", "each post".
_ONE_BY_ONE = frozenset(("by", "per", "each", "every"))


def _direction(words: set[str]) -> str:
    """ "in", "out" or "" (no direction said) for the words of a label or heading."""
    if words & _IN and not words & _OUT:
        return "in"
    if words & _OUT and not words & _IN:
        return "out"
    return ""


def _heading_time(reader: _Reader, head: tuple[int, int]) -> Timex | None:
    """The time a list heading gives; "the same seven days" (no time of its own) takes the last list's."""
    text, published = reader.article.text, reader.article.published
    line: tuple[int, int] | None = head
    for _ in range(_BACK):
        if line is None:
            return None
        if line == head or text[line[0] : line[1]].rstrip().endswith(":"):
            found = find_times(text[line[0] : line[1]], published, line[0])
            times = [t for t in found if not reader.time.dateline(t)]
            if when := _range(text, times) or reader.time.best_time(times):
                return when
        line = _beside(text, line, -1)
    return None


def _range(text: str, times: list[Timex]) -> Timex | None:
    """ "(3 June - 9 August 2026)": two days joined by a dash or "to" in a heading are its period."""
    if len(times) != 2:
        return None
    (first, begin), (second, end) = ((t, t.date or "") for t in times)
    if len(begin) != 10 or len(end) != 10 or begin >= end or not _JOINING.fullmatch(text[first.end : second.start]):
        return None
    return Timex(first.start, second.end, text[first.start : second.end], None, begin, end)


def label_flows(reader: _Reader, si: int, sent: SpacySpan, quants: list[QuantityMatch]) -> list[Mention] | None:
    """The flow the list line of ``sent`` counts ([] when its label counts none, or the figure lies
    in another sentence of the line), or None when ``sent`` is on no line of a figures list (other
    readers read it then)."""
    text = reader.article.text
    lines = [_line_at(text, sent.start_char)]
    while lines[-1][1] + 1 < sent.end_char:
        lines.append(_line_at(text, lines[-1][1] + 1))
    lines = [line for line in lines if text[line[0] : line[1]].strip()]
    read: list[tuple[tuple[int, int], re.Match[str], tuple[tuple[int, int], int]]] = []
    for line in lines:
        item = _item(text, line)
        listed = _list_of(text, line) if item is not None else None
        if item is None or listed is None:
            return None  # a line of prose: the sentence is read as any other
        read.append((line, item, listed))
    if not read:
        return None
    return [m for line, item, listed in read for m in _line_flows(reader, si, sent, quants, line, item, listed)]


def _line_flows(
    reader: _Reader,
    si: int,
    sent: SpacySpan,
    quants: list[QuantityMatch],
    line: tuple[int, int],
    item: re.Match[str],
    found: tuple[tuple[int, int], int],
) -> list[Mention]:
    """The flow one list line counts, or none."""
    text = reader.article.text
    heading = reader.doc.char_span(*found[0], alignment_mode="expand")
    label = reader.doc.char_span(item.start("label"), item.end("label"), alignment_mode="expand")
    figure = next((q for q in quants if item.start("rest") <= q.start <= item.start("rest") + 6), None)
    if heading is None or label is None or figure is None or figure.quantity.count is None:
        return []  # the figure lies in the line's other sentence ("Tarn Gate:" / "540")
    a = reader.args
    head_words = _lemmas(heading)
    named = a.index.within(label.start_char, label.end_char)
    way_list = any(_ways_listed(t) for t in heading)
    direction = _direction(_lemmas(label))
    if not direction:
        if not (way_list and head_words & _MOVEMENT and label[0].is_title):
            return []  # "Lorries: 406", "Yes: 3,118 votes": no flow of people
        direction = _direction(head_words) or "in"
    points = [e.key for _, e in named if e.type == "Checkpoint"] or _point_named(reader, label.text)
    if not points and not way_list:
        points = [e.key for _, e in a.index.within(heading.start_char, heading.end_char) if e.type == "Checkpoint"]
    via = points[:1]
    home = (state_of_key(via[0], a.index) if via else None) or a.home or a.story_state or a.sole_state
    home = home or dateline_state(text, a.index, capitals=True, alone=True)
    states = [e.key for _, e in named if e.type == "State"]
    m = reader.new("BorderCrossing", si, sent)
    m.evidence = [reader.span(*line)]
    reader.set_quantity(m, figure)
    m.change_percent = _line_change(item.group("rest"))
    m.via = via
    if direction == "in":
        m.destination = [home] if home else via  # no state known: the flow ends at the point it used
        m.origin = states or _other_side(reader, home, via)
    else:
        m.origin = [home] if home else []
        m.destination = states or _other_side(reader, home, via)
    if not m.destination:
        return []
    if (when := _heading_time(reader, found[0])) is not None:
        reader.time.set_time(m, when)
    return [] if _restated(reader.mentions, m) else [m]


def _point_named(reader: _Reader, label: str) -> list[str]:
    """The crossing point the text names elsewhere with the label's words, where the tagger left
    the list line unmarked ("Tarn Gate: 540" after "the Tarn Gate crossing point")."""
    want = label.casefold()
    points = reader.args.index.by_key.values()
    return [e.key for e in points if e.type == "Checkpoint" and e.name.casefold() == want][:1]


def _restated(earlier: list[Mention], m: Mention) -> bool:
    """A list that sums up figures the text gave before ("In numbers", "Key figures") adds no flow: the
    earlier one takes the list's way across and, when it ran open, the end of the list's period."""
    for prior in earlier:
        if prior.type != "BorderCrossing" or prior.figure() != m.figure():
            continue
        if not set(prior.destination) & set(m.destination) or (prior.via and m.via and prior.via != m.via):
            continue  # another flow, or the same figure at another point
        prior.via = prior.via or m.via
        if prior.start_date == m.start_date and prior.end_date is None and not prior.date:
            prior.end_date = m.end_date
        return True
    return False


def _other_side(reader: _Reader, home: str | None, via: list[str]) -> list[str]:
    """The state across a crossing point: the one state the text names besides the point's own."""
    if not via or home is None:
        return []
    others = [k for k in reader.args.index.mention_counts("State") if k != home]
    return others if len(others) == 1 else []
