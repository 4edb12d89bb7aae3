"""(spaCy Doc, Article, entities, statements) -> events: who moved, closed, voted, invaded; how many; when.

Each sentence is read for triggers (:mod:`kg.extract.event_triggers`); each trigger's clause gives
its arguments (:mod:`kg.extract.event_args`), its figures (:mod:`kg.extract.quantities`) and its
time (:mod:`kg.extract.timex`). Two habits of news writing are followed on purpose:

* figures are often given in a follow-up sentence with no verb of movement ("Some 2,100 came on
  Friday and nearly 6,000 on Saturday", an official added): such figures continue the last
  crossing of the two sentences before and take its destination and origin;
* a time attached to the reporting verb ("the agency said Tuesday") or to a comparison ("a rise of
  a fifth on last month") is not the event's time.

Precision first: a crossing needs a destination and a figure, other events a participant or place.
Restatements are merged by :mod:`kg.extract.event_merge`.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.event_args import (
    ArgReader,
    capital_state,
    counted_group_origin,
    demonym_state,
    is_return,
    is_route,
    is_time_phrase,
    with_objects,
)
from kg.extract.event_attempts import read_attempt
from kg.extract.event_clauses import borrowed_clause, is_removal, placed_by_story, shared_subject
from kg.extract.event_disasters import read_disasters
from kg.extract.event_labels import label_for
from kg.extract.event_merge import Mention, merge_mentions
from kg.extract.event_news import read_news
from kg.extract.event_operations import read_operations
from kg.extract.event_places import dateline_state, state_of_key, with_states
from kg.extract.event_source import credit_publisher, publisher_key
from kg.extract.event_time import END_VERBS, START_VERBS, TimeReader, clause_rate, sentences
from kg.extract.event_triggers import (
    ATTEMPT,
    CHANGE_VERBS,
    DISPLACING_VERBS,
    PEOPLE_NOUNS,
    RECEIVING_VERBS,
    REOPENING,
    Trigger,
    crossing_attempt,
    find_triggers,
    is_announced,
    is_future,
    is_hypothetical,
)
from kg.extract.event_votes import vote_period, vote_shares
from kg.extract.index import EntityIndex
from kg.extract.quantities import QuantityMatch, find_changes, find_quantities
from kg.extract.timex import Timex, find_times
from kg.extract.timex_relative import find_relative_times, last_day
from kg.model import Article, Entity, Event, Span, Statement


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = ["find_events"]

log = logging.getLogger(__name__)

_DEST_TYPES = ("State", "Region", "Settlement", "Checkpoint", "Place", "Organization")
_PLACE_TYPES = ("State", "Region", "Settlement", "Checkpoint", "Place")
_AGENT_TYPES = ("Person", "Agency", "Organization", "State")
_TO_PREPS = frozenset(
    _words(
        """
        in into to for at inside towards toward
        """
    )
)
_FROM_VERBS = frozenset(
    _words(
        """
        leave flee escape exit depart
        """
    )
)
#: Verbs whose crossing point lies in the state they lead into ("entered through X").
_INTO_VERBS = frozenset(("enter", "arrive"))
#: Nouns counting a flow itself ("1,200 new arrivals a day"), unlike the people in it ("migrants").
_FLOW_NOUNS = frozenset(_words("arrival crossing entry departure"))
_ORIGIN_POSS = frozenset(
    _words(
        """
        exodus departure emigration outflow
        """
    )
)


class _Reader:
    """Reads the events of one document."""

    def __init__(self, doc: Doc, article: Article, entities: tuple[Entity, ...], statements: tuple[Statement, ...]):
        self.doc = doc
        self.article = article
        self.args = ArgReader(EntityIndex(entities), statements)
        self.args.home = dateline_state(article.text, self.args.index)
        self.mentions: list[Mention] = []
        self.referendums: list[Mention] = []  # of the mentions (kg.extract.event_votes.VoteReader)
        self.time = TimeReader(doc, article.text)
        self.recent_origin: tuple[int, list[str]] = (-9, [])
        self.recent_destination: tuple[int, list[str]] = (-9, [])
        self.recent_attempt: tuple[int, Mention] | None = None
        self.unplaced: list[Mention] = []  # counted flows waiting for the story's destination
        self.removed: list[Mention] = []  # counted removals waiting for the story's country
        self.sents: list[SpacySpan] = []

    # ------------------------------------------------------------------ helpers

    def span(self, start: int, end: int) -> Span:
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return Span(start, end, text[start:end])

    def people_count(self, q: QuantityMatch, allowed: set[int] | None = None) -> Token | None:
        """The number's token when ``q`` counts people (not days, regions or percent), else None."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return None
        nums = [t for t in span if t.like_num or t.lower_ in ("dozens", "hundreds", "thousands", "millions")]
        if not nums or (q.quantity.count is not None and q.quantity.count < 2):
            return None
        tok = nums[-1]
        if allowed is not None and tok.i not in allowed:
            return None
        head = tok.head
        if tok.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") and head is not tok:
            while head.dep_ in ("nummod", "quantmod", "compound") and head.head is not head and head.like_num:
                head = head.head
            if head.like_num:
                return tok
            lem = head.lemma_.lower()
            if lem in PEOPLE_NOUNS or demonym_state(head.text) or head.ent_type_ == "NORP":
                return tok
            return None
        if tok.lower_ in ("dozens", "hundreds", "thousands", "millions"):
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            obj = [g for c in of for g in c.children if g.dep_ == "pobj"]
            return tok if not obj or obj[0].lemma_.lower() in PEOPLE_NOUNS or demonym_state(obj[0].text) else None
        return tok if tok.dep_ in ("nsubj", "nsubjpass", "attr", "pobj", "dobj", "conj", "appos", "ROOT") else None

    def own_country(self, verb: Token, obj: Token) -> list[str]:
        """ "7 million Ruritanians have left their country": the people's own state."""
        if obj.lemma_.lower() not in ("country", "homeland") or not any(c.lower_ == "their" for c in obj.children):
            return []
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        key = counted_group_origin(self.args, subj) if subj is not None else None
        return [key] if key else []

    def route_anaphor(self, tok: Token) -> list[str]:
        """ "the bridge", "this crossing": the checkpoint named in the sentences just before."""
        if not any(c.lower_ in ("the", "this", "that") for c in tok.children):
            return []
        found = self.args.index.before(tok.idx, ("Checkpoint",))
        if found is None:
            return []
        last = max(sp.end for sp in found.mentions if sp.end <= tok.idx)
        return [found.key] if tok.idx - last < 600 else []

    def displacing_place(self, verb: Token) -> list[str]:
        """ "attacks in X displaced ...", "... were displaced in X": the place the people left."""
        holders = [verb] + [c for c in verb.children if c.dep_ == "nsubj"]
        return [
            k
            for h in holders
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("in", "across", "around")
            for o in c.children
            if o.dep_ == "pobj"
            for k in self.args.np_entities(o, ("State", "Region", "Settlement", "Place"))
        ]

    def quantities(self, sent: SpacySpan) -> list[QuantityMatch]:
        base = sent.start_char
        return [QuantityMatch(q.start + base, q.end + base, q.text, q.quantity) for q in find_quantities(sent.text)]

    def set_quantity(self, m: Mention, q: QuantityMatch) -> None:
        qq = q.quantity
        m.count, m.count_min, m.count_max = qq.count, qq.count_min, qq.count_max
        m.approximate, m.per_time_unit = qq.approximate, qq.per_time_unit

    # ------------------------------------------------------------------ reading

    def read(self) -> tuple[Event, ...]:
        sents = self.sents = sentences(self.doc)
        last_crossing: tuple[int, Mention] | None = None
        anchor = None  # the last day the story named: "a week later" counts from it
        for si, sent in enumerate(sents):
            times = find_times(sent.text, self.article.published, sent.start_char)
            times = sorted(
                times + find_relative_times(sent.text, anchor, self.article.published, sent.start_char),
                key=lambda t: t.start,
            )
            anchor = last_day([t for t in times if not self.time.dateline(t)]) or anchor
            quants = self.quantities(sent)
            made: list[Mention] = []
            crossings = 0
            triggers = find_triggers(sent)
            for trig in triggers:
                closing = trig.type == "BorderClosure" or trig.label == REOPENING
                if is_hypothetical(trig.token) and not (closing and is_announced(trig.token)):
                    continue
                if trig.type == "BorderCrossing" and trig.label:
                    crossings += 1
                    made.extend(read_attempt(self, trig, si, sent, times, quants))
                elif trig.type == "BorderCrossing":
                    crossings += 1
                    made.extend(self.crossing(trig, si, sent, times, quants))
                else:
                    made.extend(self.other(trig, si, sent, times, quants))
            operations, acting = read_operations(self, si, sent, times)
            made.extend(operations)
            made.extend(read_disasters(self, si, sent, times))
            made.extend(read_news(self, si, sent, times, quants, {t.token.i for t in triggers}, acting))
            if (
                not crossings
                and last_crossing
                and last_crossing[1].destination
                and si - last_crossing[0] <= 2
                and quants
            ):
                made.extend(self.continuation(last_crossing[1], si, sent, times, quants))
            for m in made:
                if m.type == "BorderCrossing":
                    last_crossing = (si, m)
                if m.type == "BorderCrossing" and m.label == ATTEMPT:
                    self.recent_attempt = (si, m)
            self.mentions.extend(made)
            self.referendums.extend(m for m in made if m.type == "Referendum")
            vote_shares(self, si, sent)
            vote_period(self, si, sent, times)
        self.mentions.extend(placed_by_story(self.mentions, self.unplaced, self.removed))
        events = merge_mentions(self.mentions, lambda m: label_for(m, self.args.index))
        events = with_states(events, self.args.index)  # labelled first: "Arrivals in <town>"
        return credit_publisher(events, publisher_key(self.article.publisher, self.args.index))

    def new(self, type_: str, si: int, sent: SpacySpan, label: str = "") -> Mention:
        return Mention(type_, label, [self.span(sent.start_char, sent.end_char)], si)

    # ------------------------------------------------------------------ crossings

    def crossing(
        self, trig: Trigger, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
    ) -> list[Mention]:
        tok = trig.token
        if (
            tok.pos_ != "VERB"
            and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower()
            in (
                {"arrive", "flee", "cross", "enter", "leave", "return", "reach", "travel"}
                | RECEIVING_VERBS
                | DISPLACING_VERBS
            )
        ):
            return []  # "refugees crossed into Chad": the verb is the trigger
        m = self.new("BorderCrossing", si, sent)
        noun = tok
        if tok.pos_ != "VERB" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            noun = tok.head  # "entry figures"
        verb = tok if tok.pos_ == "VERB" else None
        if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in CHANGE_VERBS:
            verb = noun.head
        a = self.args
        left: list[str] = []  # the country a verb of leaving names: "fled Ruritania", "left X"
        back = next((c for c in verb.children if c.lower_ == "back"), None) if verb is not None else None
        for holder in filter(None, (noun if tok.pos_ != "VERB" else None, verb, back)):  # "went back to X"
            for c in holder.children:
                objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
                if c.dep_ == "prep" and c.lower_ == "at" and any(is_route(o) for o in objs):
                    for o in objs:  # "registered at the Kornidzor checkpoint": the way in
                        m.via += a.np_entities(o, ("Checkpoint",))
                elif c.dep_ == "prep" and c.lower_ in _TO_PREPS:
                    for o in objs:
                        m.destination += a.np_entities(o, _DEST_TYPES)
                elif c.dep_ == "prep" and c.lower_ == "from":
                    for o in objs:
                        m.origin += a.np_entities(o, ("State", "Region", "Settlement"))
                elif (c.dep_ == "prep" and c.lower_ in ("via", "through")) or (c.dep_ == "dobj" and is_route(c)):
                    for o in objs or [c]:
                        m.via += a.np_entities(o, ("Checkpoint",)) or self.route_anaphor(o)
                        if is_route(o):  # "via its border with X": X is the side they come from
                            with_ = with_objects(o) or (with_objects(holder) if holder is verb else [])
                            m.origin += [k for w in with_ for k in a.np_entities(w, _DEST_TYPES)]
                elif c.dep_ == "prep" and c.lower_ == "of" and holder is noun:
                    for o in objs:
                        if key := a.group_origin(o):
                            m.origin.append(key)
                elif c.dep_ in ("nsubj", "dobj") and holder is verb and verb.lemma_.lower() in RECEIVING_VERBS:
                    taker = a.entity_at(c) if c.dep_ == "nsubj" else None
                    if taker is not None and taker.type in _DEST_TYPES:  # "X has received 2,000 refugees":
                        m.destination.append(capital_state(taker) or taker.key)  # X (a capital: its state),
                        m.destination += a.np_entities(c, _DEST_TYPES)[1:]  # not "a hospital in X", is where
                    elif key := counted_group_origin(a, c):  # "... Sudanese refugees", "... people from Y"
                        m.origin.append(key)
                elif c.dep_ == "dobj" and holder is verb:
                    if verb.lemma_.lower() in _FROM_VERBS:
                        left += a.np_entities(c, ("State", "Region", "Settlement")) or self.own_country(verb, c)
                    else:
                        m.destination += a.np_entities(c, _DEST_TYPES)
                elif c.dep_ == "poss" and holder is noun:
                    role = m.origin if noun.lemma_.lower() in _ORIGIN_POSS else m.destination
                    role += a.np_entities(c, _DEST_TYPES)
                elif (c.dep_ in ("amod", "compound") and holder is noun and (key := demonym_state(c.text))) or (
                    c.dep_ in ("nsubj", "nsubjpass") and holder is verb and (key := counted_group_origin(a, c))
                ):
                    m.origin.append(key)
        if tok.pos_ != "VERB" and (key := a.group_origin(tok)):
            m.origin.append(key)
        displaced = verb is not None and verb.lemma_.lower() in DISPLACING_VERBS
        if displaced:  # driven out "from X", or from where the fighting that displaced them was
            assert verb is not None
            left += m.origin + self.displacing_place(verb)
        m.origin = left + m.origin
        if verb is not None and is_return(verb):  # "Russians returned to Russia": home is no origin
            m.origin = [o for o in dict.fromkeys(m.origin) if o not in m.destination]
        m.destination = [d for d in dict.fromkeys(m.destination) if d not in m.origin]
        m.origin = list(dict.fromkeys(m.origin))
        if m.origin:
            self.recent_origin = (si, m.origin)
        elif si - self.recent_origin[0] <= 2:  # the flow the story just named ("Russian arrivals")
            m.origin = [o for o in self.recent_origin[1] if o not in m.destination]
        if verb is not None:  # "crossed the bridge and were registered at the X checkpoint"
            for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
                for c in conj.children:
                    if c.dep_ == "prep" and c.lower_ in ("at", "through", "via"):
                        for o in (g for g in c.children if g.dep_ == "pobj" and is_route(g)):
                            m.via += a.np_entities(o, ("Checkpoint",))
        if verb is not None and verb.lemma_.lower() in RECEIVING_VERBS and (shared := shared_subject(verb)) is not None:
            taker = a.entity_at(shared)  # "X opened a corridor and had received 2,000 civilians"
            if taker is not None and taker.type in _DEST_TYPES:
                m.destination.append(capital_state(taker) or taker.key)
        m.via = list(dict.fromkeys(m.via))
        stated_where = any(
            (c.dep_ == "dobj" and not is_route(c))
            or (c.dep_ == "prep" and c.lower_ in _TO_PREPS and c.lower_ != "at" and not is_time_phrase(c))
            for h in (noun, verb)
            if h is not None
            for c in h.children
        )
        if not m.destination and m.via and verb is not None and verb.lemma_.lower() in _INTO_VERBS:
            # "3,000 persons entered through the X crossing point": into the state the crossing lies in
            m.destination = [k for v in m.via if (k := state_of_key(v, a.index)) and k not in m.origin][:1]
        if m.destination:
            self.recent_destination = (si, m.destination)
        elif not stated_where and not displaced and si - self.recent_destination[0] <= 2:  # "Some 4,000 crossed"
            m.destination = [d for d in self.recent_destination[1] if d not in m.origin]
        # a flow needs a destination, the country it leaves or the crossing it uses; one its sentence
        # does not place ("crossed the channel in small boats") may take the story's (placed_by_story)
        unplaced = not (m.destination or left or m.via)
        named_state = any(e.type == "State" for _, e in a.index.within(sent.start_char, sent.end_char))
        flow = tok.pos_ == "VERB" or (tok.tag_ == "NNS" and tok.lemma_.lower() in _FLOW_NOUNS)
        if unplaced and (displaced or named_state or not flow):  # "a crossing": one trip; "migrants": people
            return []
        head = verb or noun
        if head.dep_ in ("acl", "relcl") and crossing_attempt(head.head.head):
            return []  # "stopped 300 people who had crossed": the stop reads them (event_attempts)
        clause = {t.i for t in a.clause_tokens(head)} | borrowed_clause(a, head)
        counts = [q for q in quants if self.people_count(q, clause)]
        if not counts:
            return []
        clause_times = self.time.times_in(times, clause)
        changes = [c for c in find_changes(sent.text)]
        if changes:
            m.change_percent = changes[0].percent
        out = []
        rate = clause_rate(head)
        for i, q in enumerate(counts):
            one = self._copy(m)
            self.set_quantity(one, q)
            if one.per_time_unit is None:
                one.per_time_unit = rate
            if len(counts) > 1:
                self.time.segment_time(one, q, counts, i, clause_times)
            else:
                self.time.set_time(one, self.time.best_time(clause_times), verb=head.lemma_.lower())
                if one.date and one.start_date is None and clause_times:
                    since = [t for t in clause_times if t.start_date and not t.end_date and not t.date]
                    if since:  # "as of 27 September ... since 24 September": the since is the start
                        self.time.set_time(one, since[0])
                self.time.as_of_period(one, times)
            one.reported_by = a.reported_by(head, q.start)
            out.append(one)
        if unplaced:  # "we have returned 9,400 people": people sent away from the story's country
            removed = verb is not None and is_removal(verb)
            (self.removed if removed else self.unplaced).extend(out)
            return []
        return out

    def _copy(self, m: Mention) -> Mention:
        return Mention(
            m.type,
            m.label,
            list(m.evidence),
            m.sentence,
            list(m.agent),
            list(m.target),
            list(m.place),
            list(m.origin),
            list(m.destination),
            list(m.via),
            list(m.reported_by),
            change_percent=m.change_percent,
        )

    def continuation(
        self, anchor: Mention, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
    ) -> list[Mention]:
        """Figures following a crossing, without their own verb of movement, continue it."""
        tokens = {t.i for t in sent}
        counts = [q for q in quants if self.people_count(q, tokens) and q.quantity.count != 0]
        if not counts or any(q.quantity.count is None and q.quantity.count_max is None for q in counts):
            return []
        times = [t for t in times if not self.time.comparison_time(t)]
        times = [t for t in times if (r := self.time.root_of(t.start, t.end)) is None or not self.time.report_time(r)]
        out = []
        for i, q in enumerate(counts):
            m = self.new("BorderCrossing", si, sent, anchor.label)
            m.destination, m.origin = list(anchor.destination), list(anchor.origin)
            self.set_quantity(m, q)
            self.time.segment_time(m, q, counts, i, times)
            if m.per_time_unit is None and m.date is None and anchor.per_time_unit:
                m.per_time_unit = anchor.per_time_unit
            root = self.time.root_of(q.start, q.end)
            m.reported_by = self.args.reported_by(root, q.start) if root is not None else []
            if m.reported_by and not anchor.reported_by:
                anchor.reported_by = list(m.reported_by)
            if not m.reported_by:
                m.reported_by = list(anchor.reported_by)
            out.append(m)
        return out

    # ------------------------------------------------------------------ other events

    def other(
        self, trig: Trigger, si: int, sent: SpacySpan, times: list[Timex], quants: list[QuantityMatch]
    ) -> list[Mention]:
        from kg.extract.event_frames import read_frame  # the per-type argument rules

        m = self.new(trig.type, si, sent, trig.label)
        verb = read_frame(self.args, trig, m, sent)
        head = verb if verb is not None else trig.token
        clause = {t.i for t in self.args.clause_tokens(head)}
        if trig.token is not head:  # a noun trigger's own phrase dates it too ("the closure on 3 May")
            clause |= {t.i for t in trig.token.subtree}
        enacted = verb is not None and trig.token.dep_ == "dobj" and trig.token.head == verb
        own = self.time.times_in(times, clause, announced=enacted and trig.type == "Mobilization")
        if is_announced(trig.token):  # "said on Monday it would close ...": Monday dates the saying
            subj = next((c for c in trig.token.children if c.dep_ in ("nsubj", "nsubjpass")), trig.token)
            own = [t for t in own if t.start >= subj.idx]
        verb_lemma = ""  # only a vote's "ended" / "began" turns its day into an end or a start
        if not own and trig.type in ("Mobilization", "Referendum") and m.has_args:
            rest = [
                t
                for t in times
                if (r := self.time.root_of(t.start, t.end)) is not None
                and not self.time.report_time(r)
                and not self.time.dateline(t)
            ]
            own = rest if len(rest) == 1 else []
        if trig.type == "Referendum":  # "the four days of voting ended on Tuesday"
            verb_lemma = next(
                (t.lemma_.lower() for t in sent if t.lemma_.lower() in END_VERBS | START_VERBS and t.pos_ == "VERB"),
                "",
            )
        when = self.time.best_time(own)
        self.time.set_time(m, when, verb=verb_lemma)
        if is_future(trig.token) or (verb is not None and is_future(verb)):
            self.time.look_ahead(m, when, self.article.published)
        if trig.type in ("Referendum", "MilitaryOperation") and m.has_args:
            m.reported_by = [k for k in self.args.reported_by(head, trig.token.idx) if k not in m.agent]
        if trig.type == "Mobilization":
            # a call-up is a state's act: a party or a union "mobilizing" its members is no agent of one
            m.agent = [k for k in m.agent if not k.startswith("organization/")]
            counts = [q for q in quants if self.people_count(q, clause) and q.quantity.count]
            if counts:
                self.set_quantity(m, counts[0])
        return [m]


def find_events(
    doc: Doc, article: Article, entities: tuple[Entity, ...], statements: tuple[Statement, ...]
) -> tuple[Event, ...]:
    """Every event one article reports, restatements merged; see the module notes."""
    return _Reader(doc, article, entities, statements).read()
