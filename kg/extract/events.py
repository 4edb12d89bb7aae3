"""(spaCy Doc, Article, entities, statements) -> events: who moved, closed, voted, invaded; how many; when.

Each sentence is read for triggers (:mod:`kg.extract.event_triggers`); each trigger's clause gives
its arguments (:mod:`kg.extract.event_args`), its figures (:mod:`kg.extract.quantities`) and its
time (:mod:`kg.extract.timex`); crossings are read by :mod:`kg.extract.event_crossings`. Two habits
of news writing are followed on purpose:

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

from kg.extract.corrected_figures import corrected
from kg.extract.event_answers import asked_amount, asked_figure
from kg.extract.event_args import (
    ArgReader,
    demonym_state,
    is_route,
    said_group_origin,
)
from kg.extract.event_attempts import read_attempt
from kg.extract.event_baseline import earlier_period
from kg.extract.event_border_with import border_with_origins
from kg.extract.event_breakdowns import breakdown_times
from kg.extract.event_call_up_members import counts_members
from kg.extract.event_call_up_period import call_up_periods
from kg.extract.event_carried_days import carried_days
from kg.extract.event_changes import carried_changes
from kg.extract.event_clauses import placed_by_story
from kg.extract.event_continued import continues_flow
from kg.extract.event_crossings import read_crossing
from kg.extract.event_disasters import read_disasters
from kg.extract.event_during_event import during_event
from kg.extract.event_election_days import election_day_offset, shifted, story_election_day
from kg.extract.event_evacuations import read_evacuations
from kg.extract.event_figure_sources import figure_sources
from kg.extract.event_flights import read_flights
from kg.extract.event_follow_ups import follow_up_figure
from kg.extract.event_force_bodies import counted_people, force_bodies, needs_body
from kg.extract.event_home import publisher_state, sole_state, story_state
from kg.extract.event_label_lists import label_flows
from kg.extract.event_labels import label_for
from kg.extract.event_list_agents import list_lead_subject
from kg.extract.event_merge import Mention, merge_mentions
from kg.extract.event_news import read_news
from kg.extract.event_operations import read_operations
from kg.extract.event_ordered import ordered, ordered_ahead
from kg.extract.event_origins import carried_origins
from kg.extract.event_parts import in_part_stretch, part_of_whole
from kg.extract.event_period_carry import carried_periods
from kg.extract.event_places import dateline_state, state_of_key, with_states
from kg.extract.event_ranked import ranked_flows
from kg.extract.event_same_period import same_period
from kg.extract.event_seekers import seeks_to_move
from kg.extract.event_sides import at_meeting
from kg.extract.event_since_event import since_event
from kg.extract.event_source import credit_publisher, publisher_key
from kg.extract.event_speaker_states import sole_offices
from kg.extract.event_time import END_VERBS, START_VERBS, TimeReader, part_times, sentences
from kg.extract.event_town_states import with_story_states
from kg.extract.event_triggers import (
    ATTEMPT,
    IRREGULAR,
    PEOPLE_NOUNS,
    REOPENING,
    Trigger,
    closed_before_reopening,
    closed_state,
    crossing_attempt,
    find_triggers,
    is_announced,
    is_future,
    is_hypothetical,
    refusal_of_entry,
)
from kg.extract.event_unnamed_doers import unnamed_doers
from kg.extract.event_vote_source import credit_votes
from kg.extract.event_votes import vote_period, vote_shares
from kg.extract.event_year_before import year_before
from kg.extract.index import EntityIndex
from kg.extract.quantities import QuantityMatch, find_changes, find_quantities
from kg.extract.report_day import redated, report_day
from kg.extract.timex import Timex, find_times, happening_day
from kg.extract.timex_relative import find_relative_times, last_day
from kg.extract.timex_season import southern_story
from kg.model import Article, Entity, Event, Position, Span, Statement
from kg.nlp.doctext import span_text


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = ["find_events"]

#: Verbs that call a vote or a call-up still to come: the day of the calling is not the vote's.
_CALLING = frozenset(_words("call propose schedule plan demand set"))

#: Labels of meetings whose sides "the two governments" of the next sentences are.
_MEETINGS = frozenset(("Meeting", "Talks", "Visit"))
#: How many sentences back a follow-up answer's flow may have been counted: the last answer, its
#: label and the short question between.
_FOLLOW_UP_REACH = 4
#: Who may do what a list of decisions announces: "The Council decided: - to close ...".
_AGENTS = ("Person", "Agency", "Organization", "State")

log = logging.getLogger(__name__)


#: Verbs whose object is an operation that runs on from their day: "began an operation", "started a sweep".
_BEGINNING = frozenset(("begin", "start", "commence"))


def _begun_by(trig: Token) -> bool:
    """Whether an operation is what a verb of beginning begins ("units began an operation"); an
    offensive or an attack begun on a day is dated by that day ("began an offensive on Sunday")."""
    return (
        trig.lemma_.lower() == "operation"
        and trig.dep_ == "dobj"
        and trig.head.pos_ == "VERB"
        and trig.head.lemma_.lower() in _BEGINNING
    )


class _Reader:
    """Reads the events of one document."""

    def __init__(
        self,
        doc: Doc,
        article: Article,
        entities: tuple[Entity, ...],
        statements: tuple[Statement, ...],
        positions: tuple[Position, ...] = (),
    ):
        self.doc = doc
        self.article = article
        self.args = ArgReader(EntityIndex(entities), statements)
        self.args.offices = sole_offices(positions)
        self.args.home = dateline_state(article.text, self.args.index)
        self.args.story_state = story_state(self.args.index)
        self.args.publisher_state = publisher_state(article.publisher, self.args.index)
        self.args.sole_state = sole_state(self.args.index)
        states = (self.args.home, self.args.publisher_state, self.args.story_state, self.args.sole_state)
        self.southern = southern_story(article.text, states)  # "the summer" of a story from Chile
        self.mentions: list[Mention] = []
        self.referendums: list[Mention] = []  # of the mentions (kg.extract.event_votes.VoteReader)
        self.time = TimeReader(doc, article.text)
        self.report_day = report_day(article.text, article.title, article.published)
        self.recent_origin: tuple[int, list[str]] = (-9, [])
        self.recent_destination: tuple[int, list[str]] = (-9, [])
        self.recent_attempt: tuple[int, Mention] | None = None
        self.unplaced: list[Mention] = []  # counted flows waiting for the story's destination
        self.removed: list[Mention] = []  # counted removals waiting for the story's country
        self.sents: list[SpacySpan] = []
        self.meeting: Mention | None = None  # the last meeting of two named parties

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
        nums = [
            t
            for t in span  # "how many" holds the figure its answer gives (kg.extract.event_answers)
            if t.like_num or t.lower_ in ("dozens", "hundreds", "thousands", "millions") or asked_amount(t)
        ]
        if not nums or (q.quantity.count is not None and q.quantity.count < 2):
            return None
        tok = nums[-1]
        if allowed is not None and tok.i not in allowed:
            return None
        if tok.dep_ == "conj" and tok.head.like_num and tok.head.dep_ == "nummod":  # "four or five days"
            noun = tok.head.head
            people = noun.lemma_.lower() in PEOPLE_NOUNS or demonym_state(noun.text) or noun.ent_type_ == "NORP"
            return tok if people else None
        head = tok.head
        if tok.dep_ in ("nummod", "quantmod", "compound", "nmod", "amod") and head.i != tok.i:
            while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i and head.like_num:
                head = head.head
            if head.like_num:
                return tok
            if _known_ways(head):
                return None  # "through the three crossings": ways across the text knows, no one crossing
            lem = head.lemma_.lower()
            if lem in PEOPLE_NOUNS or demonym_state(head.text) or head.ent_type_ == "NORP":
                return tok
            if lem == "stay" and crossing_attempt(head) == IRREGULAR:  # "5,000 illegal stays": people found
                return tok
            if refusal_of_entry(head):  # "290 refusals of entry": one person refused each
                return tok
            if seeks_to_move(head):  # "4,310 candidates for clandestine emigration"
                return tok
            return None
        if tok.lower_ in ("dozens", "hundreds", "thousands", "millions"):
            of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
            obj = [g for c in of for g in c.children if g.dep_ == "pobj"]
            return tok if not obj or obj[0].lemma_.lower() in PEOPLE_NOUNS or demonym_state(obj[0].text) else None
        if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children):  # "the other two"
            return None
        if tok.dep_ == "npadvmod" and q.quantity.per_time_unit and tok.head.pos_ == "VERB":
            return tok  # "5,210 crossed in May, around 170 a day": the rate set after the total
        if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB" and part_of_whole(tok):
            return tok  # "prevented 4,155 attempts, 263 of them in May": a part set after the total
        return tok if tok.dep_ in ("nsubj", "nsubjpass", "attr", "pobj", "dobj", "conj", "appos", "ROOT") else None

    def quantities(self, sent: SpacySpan) -> list[QuantityMatch]:
        base = sent.start_char
        text = span_text(sent)
        found = corrected(text, find_quantities(text))  # "twelve -- sorry, twenty": twenty, in twelve's place
        return [QuantityMatch(q.start + base, q.end + base, q.text, q.quantity) for q in found]

    def set_quantity(self, m: Mention, q: QuantityMatch) -> None:
        qq = q.quantity
        m.count, m.count_min, m.count_max = qq.count, qq.count_min, qq.count_max
        m.approximate, m.per_time_unit = qq.approximate, qq.per_time_unit

    # ------------------------------------------------------------------ reading

    def read(self) -> tuple[Event, ...]:
        sents = self.sents = sentences(self.doc)
        last_crossing: tuple[int, Mention] | None = None
        anchor = None  # the last day the story named: "a week later" counts from it
        stated: dict[int, Timex] = {}  # the time each sentence gives, for "Of these, ..." after it
        said: dict[int, list[Timex]] = {}  # the times of each sentence, for the question an answer completes
        for si, sent in enumerate(sents):
            text = span_text(sent)
            times = find_times(text, self.article.published, sent.start_char, southern=self.southern)
            times = sorted(
                times + find_relative_times(text, anchor, self.article.published, sent.start_char),
                key=lambda t: t.start,
            )
            times = redated(times, self.report_day, self.article.published)
            anchor = last_day([t for t in times if not self.time.dateline(t)]) or anchor
            if (own := self.time.best_time(self.time.times_in(times, set(range(sent.start, sent.end))))) is not None:
                stated[si] = own
            quants = self.quantities(sent)
            made: list[Mention] = []
            listed = label_flows(self, si, sent, quants)  # "Arrivals: 540" under a list's heading
            triggers = find_triggers(sent) if listed is None else []
            crossings = self._triggered(triggers, si, sent, times, quants, made)
            made.extend(listed or [])
            counted_before = last_crossing[1] if last_crossing and si - last_crossing[0] <= 2 else None
            counted = {m.figure() for m in made if m.type == "BorderCrossing"}
            ranked = ranked_flows(self, si, sent, times, quants, counted_before)
            made.extend(m for m in ranked if m.figure() not in counted)
            operations, acting = read_operations(self, si, sent, times)
            made.extend(operations)
            made.extend(read_disasters(self, si, sent, times))
            made.extend(read_evacuations(self, si, sent, times, quants))
            made.extend(read_flights(self, si, sent, times, quants))
            made.extend(read_news(self, si, sent, times, quants, {t.token.i for t in triggers}, acting))
            self._after_meeting(made)
            self._listed_agent(made, si)
            said[si] = times
            if not made and listed is None and (asked := asked_figure(self.doc, sents, si, quants)) is not None:
                made.extend(self._answered(sent, said[asked[0]], *asked))
            if (
                not crossings
                and not made
                and listed is None
                and last_crossing
                and si - last_crossing[0] <= _FOLLOW_UP_REACH
                and (followed := follow_up_figure(self.doc, sents, si, quants)) is not None
            ):
                made.append(self._followed_up(last_crossing[1], si, sent, times, *followed))
            if (
                not crossings
                and not made  # "rescued 23 people from a boat that capsized": the figure is the wreck's
                and listed is None  # "Lorries: 406" in a figures list counts its own label, no flow
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
        since_event(self.mentions, sents)  # before the parts: they take their whole's period
        during_event(self.mentions, sents)  # "During the operation, 14 were arrested": its period
        publisher = publisher_key(self.article.publisher, self.args.index)
        unnamed_doers(self.mentions, sents, self.args.index, publisher)  # ... and its doers
        part_times(self.mentions, sents, stated)
        breakdown_times(self.mentions, sents, set(stated), self.time.text)
        carried_periods(self.mentions, sents, stated)
        call_up_periods(self.mentions, sents, stated)
        same_period(self.mentions, sents, stated)
        carried_days(self.mentions, sents, stated)
        year_before(self.mentions, sents)
        carried_origins(self.mentions, sents, self.args)
        border_with_origins(self.mentions, sents, self.args)  # after the stated ones: a weaker cue
        carried_changes(self.mentions, sents)
        figure_sources(self.mentions, sents, self.args)  # "The X has released its figures. 3,170 ..."
        placed = placed_by_story(self.mentions, self.unplaced, self.removed, lambda k: state_of_key(k, self.args.index))
        same_period(placed, sents, stated)  # "and 640,000 at X during the same period": placed by the story
        self.mentions.extend(placed)
        for m in self.mentions:
            self.time.month_period(m, self.article.published)
        events = merge_mentions(self.mentions, lambda m: label_for(m, self.args.index))
        events = with_story_states(events, self.args.index)  # labelled first: "Arrivals in <town>"
        events = with_states(events, self.args.index)
        events = credit_votes(events, self.doc, self.args, publisher)
        return credit_publisher(events, publisher)

    def _triggered(
        self,
        triggers: list[Trigger],
        si: int,
        sent: SpacySpan,
        times: list[Timex],
        quants: list[QuantityMatch],
        made: list[Mention],
    ) -> int:
        """Read each trigger of one sentence into ``made``; the number of crossing triggers."""
        crossings = 0
        for trig in triggers:
            closing = trig.type == "BorderClosure" or trig.label == REOPENING
            if is_hypothetical(trig.token) and not (closing and is_announced(trig.token)):
                continue
            if trig.type == "BorderCrossing" and trig.label:
                crossings += 1
                made.extend(read_attempt(self, trig, si, sent, times, quants))
            elif trig.type == "BorderCrossing":
                crossings += 1
                made.extend(read_crossing(self, trig, si, sent, times, quants))
            else:
                made.extend(self.other(trig, si, sent, times, quants))
        return crossings

    def _answered(
        self, answer: SpacySpan, times: list[Timex], qi: int, figure: QuantityMatch, said_at: int
    ) -> list[Mention]:
        """The events of a "how many" question, counted by the bare figure (said at ``said_at``) of
        the answer that opens sentence ``answer`` (:mod:`kg.extract.event_answers`): the answer is
        their evidence too, its speaker their source, its change against an earlier figure theirs."""
        question = self.sents[qi]
        triggers = find_triggers(question)
        made: list[Mention] = []
        self._triggered(triggers, qi, question, times, [figure], made)
        made.extend(read_news(self, qi, question, times, [figure], {t.token.i for t in triggers}))
        speaker = self.args.speaker_at(said_at)
        changes = find_changes(span_text(answer))
        for m in made:
            m.evidence.append(self.span(answer.start_char, answer.end_char))
            m.reported_by = [speaker] if speaker is not None else m.reported_by
            if m.change_percent is None and changes:
                m.change_percent = changes[0].percent
        return made

    def _followed_up(
        self, anchor: Mention, si: int, sent: SpacySpan, times: list[Timex], question: list[Token], q: QuantityMatch
    ) -> Mention:
        """The flow a verbless answer to a verbless follow-up counts (:mod:`kg.extract.event_follow_ups`):
        the last flow counted, through the crossing or at the town the question names if it names one."""
        m = self.new("BorderCrossing", si, sent, anchor.label)
        m.destination, m.origin, m.via = list(anchor.destination), list(anchor.origin), list(anchor.via)
        named = [e for t in question if (e := self.args.entity_at(t)) is not None]
        posts = [e.key for e in named if e.type == "Checkpoint"]
        towns = [e.key for e in named if e.type == "Settlement"]
        if posts or towns:  # "And at Brask?": there, on the same side
            m.via = posts[:1]
            m.destination = [d for d in m.destination if d.startswith("state/")] + (posts or towns)[:1]
        self.set_quantity(m, q)
        self.time.segment_time(m, q, [q], 0, times)
        if m.per_time_unit is None and m.date is None and anchor.per_time_unit:
            m.per_time_unit = anchor.per_time_unit
        speaker = self.args.speaker_at(q.start)
        m.reported_by = [speaker] if speaker is not None else list(anchor.reported_by)
        return m

    def _election_dated(self, m: Mention, clause: set[int]) -> None:
        """Date an undated event by the story's election day its clause points to ("on election day",
        "on the eve of the election"; :mod:`kg.extract.event_election_days`)."""
        offset = election_day_offset(self.doc[i] for i in sorted(clause))
        day = story_election_day(self.referendums) if offset is not None else None
        if offset is not None and day is not None:
            m.date = shifted(day, offset)

    def _listed_agent(self, made: list[Mention], si: int) -> None:
        """Measures of a list item with no doer of their own ("decided: - to close ...") are done by
        the subject of the verb that opens the list (:mod:`kg.extract.event_list_agents`)."""
        acting = [m for m in made if m.type != "BorderCrossing" and not m.agent]
        if not acting or (subj := list_lead_subject(self.sents, si)) is None:
            return
        keys = self.args.np_entities(subj, _AGENTS, agentive=True)
        for m in acting:
            m.agent = list(keys)

    def _after_meeting(self, made: list[Mention]) -> None:
        """What the sides of the last meeting do with no time or place of their own happens at it;
        a meeting of two named parties gives "the two sides" of what follows."""
        for m in made:
            if self.meeting is not None and m.sentence > self.meeting.sentence and m.agent == self.meeting.agent:
                at_meeting(m, self.meeting)
        for m in made:
            if m.type == "Event" and m.label.split()[0] in _MEETINGS and len(m.agent) == 2:
                self.meeting, self.args.sides = m, list(m.agent)
            if m.type == "Event" and m.label.split()[0] in _MEETINGS:
                self.args.met = (list(m.agent), list(m.place))

    def _reopening_day(self, si: int, sent: SpacySpan, times: list[Timex], start: str, closing: Token) -> str | None:
        """ "closed since 4 January, will reopen on 20 March": a closure ends on the day its own
        sentence reopens the same thing (the closing words inside the reopening's subject, or the two
        verbs joined), when that day is one and comes after the closure began."""
        for tok in sent:
            if tok.lemma_.lower() not in ("reopen", "re-open") or tok.pos_ != "VERB":
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            joined = tok.dep_ == "conj" and tok.head == closing
            if (
                not any(closing in c.subtree for c in subjects)
                and not joined
                and closed_before_reopening(closing) != tok
            ):
                continue  # "X reopened on D, after being closed since D0" ends the closure too
            when = self.time.best_time(self.time.times_in(times, {t.i for t in self.args.clause_tokens(tok)}))
            day = self.new("Event", si, sent)
            self.time.set_time(day, when)
            if is_future(tok):
                self.time.look_ahead(day, when, self.article.published)
            if day.date is not None and len(day.date) == 10 and day.date > start:
                return day.date
        return None

    @staticmethod
    def _own_end_verb(sent: SpacySpan, trig: Token) -> str:
        """The lemma of an end or start verb of the event's own clause ("voting ended on Tuesday").

        "Voted on 5 March, days after X closed its border": that "close" heads another clause.
        """
        for tok in sent:
            lem = tok.lemma_.lower()
            if tok.pos_ == "VERB" and lem in END_VERBS | START_VERBS and _in_clause_of(tok, trig):
                return lem
        return ""

    def new(self, type_: str, si: int, sent: SpacySpan, label: str = "") -> Mention:
        return Mention(type_, label, [self.span(sent.start_char, sent.end_char)], si)

    # ------------------------------------------------------------------ crossings

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
        tokens = set(range(sent.start, sent.end))
        counts = [
            q
            for q in quants
            if (number := self.people_count(q, tokens)) is not None
            and q.quantity.count != 0
            and continues_flow(q, number, times)
        ]
        if not counts or any(q.quantity.count is None and q.quantity.count_max is None for q in counts):
            return []
        all_times = times
        times = [t for t in times if not self.time.comparison_time(t)]
        times = [t for t in times if (r := self.time.root_of(t.start, t.end)) is None or not self.time.report_time(r)]
        out = []
        for i, q in enumerate(counts):
            m = self.new("BorderCrossing", si, sent, anchor.label)
            m.destination, m.origin = list(anchor.destination), list(anchor.origin)
            number = self.people_count(q, tokens)
            if number is not None and (group := said_group_origin(self.args, number)) is not None:
                m.origin = [group]  # "Of this figure, 3,500 were Latvian residents"
            self.set_quantity(m, q)
            root = self.time.root_of(q.start, q.end)
            if root is not None and (when := self.time.when_time(root, all_times)) is not None:
                self.time.set_time(m, when)  # "higher than in March, when 4,210 were counted"
            else:
                self.time.segment_time(m, q, counts, i, times)
            earlier_period(span_text(sent), anchor, m)  # "That is up from 245 the week before."
            if m.per_time_unit is None and m.date is None and anchor.per_time_unit:
                m.per_time_unit = anchor.per_time_unit
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
        if trig.token.i != head.i:  # a noun trigger's own phrase dates it too ("the closure on 3 May")
            clause |= {t.i for t in trig.token.subtree}
        enacted = verb is not None and trig.token.dep_ == "dobj" and trig.token.head == verb
        own = self.time.times_in(times, clause, announced=enacted and trig.type == "Mobilization")
        # "held 57 people this year, nine of them in February": February is the share's
        own = [t for t in own if not in_part_stretch(self.time.text[sent.start_char : t.start])]
        if trig.token is not head and (phrased := self.time.times_in(times, _own_phrase(trig.token))):
            own = phrased  # "the attack of 28 May ... and the ambush of 30 May": each noun its own day
        if is_announced(trig.token):  # "said on Monday it would close ...": Monday dates the saying
            subj = next((c for c in trig.token.children if c.dep_ in ("nsubj", "nsubjpass")), trig.token)
            own = [t for t in own if t.start >= subj.idx]
        verb_lemma = ""  # only a vote's "ended" / "began" turns its day into an end or a start
        called = trig.token.dep_ == "dobj" and trig.token.head.lemma_.lower() in _CALLING
        if called:  # "proposed on Tuesday a referendum": only the vote's own words date it, and the
            # day it is called "for" ("called a referendum for 22 May", the parser hangs it on the verb)
            fixed = [t for c in trig.token.head.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
            own = self.time.times_in(times, {t.i for t in trig.token.subtree} | {t.i for t in fixed})
        if not own and trig.type in ("Mobilization", "Referendum") and m.has_args and not called:
            rest = [
                t
                for t in times
                if (r := self.time.root_of(t.start, t.end)) is not None
                and not self.time.report_time(r)
                and not self.time.dateline(t)
            ]
            own = rest if len(rest) == 1 else []
        when = self.time.best_time(own)
        if when is not None and trig.token.pos_ != "VERB" and trig.token.idx < when.start:
            # "ever since the vote of 3 May": that day is the vote's own, not the start of what follows
            when = happening_day(self.time.text, when)
        if trig.type == "Referendum":  # "the four days of voting ended on Tuesday"
            verb_lemma = self._own_end_verb(sent, trig.token)
        elif trig.type == "MilitaryOperation" and _begun_by(trig.token):
            verb_lemma = "begin"  # "began an operation on 3 March": it runs from that day
        self.time.set_time(m, when, verb=verb_lemma)
        if is_future(trig.token) or (verb is not None and is_future(verb)):
            self.time.look_ahead(m, when, self.article.published)
        elif ordered(trig.token):  # the content of a decree or order: its yearless days may lie ahead
            ordered_ahead(m, when, self.article.published)
        if when is None and trig.type != "Referendum":  # "closed on the eve of the election"
            self._election_dated(m, clause)
        # "closed its border on Monday": closed from then on ("remained closed on Monday" says
        # nothing of when it began)
        closing_day = trig.type == "BorderClosure" and m.date is not None and len(m.date) == 10
        if closing_day and not (m.start_date or m.end_date) and closed_state(trig.token) is None:
            m.start_date = m.date
        # "closed since 4 January, will reopen on 20 March"; "was closed on 6 June, and X reopened it
        # this morning": a closure with an end is a period, no longer one day
        if (
            trig.type == "BorderClosure"
            and m.start_date is not None
            and not m.end_date
            and m.date in (None, m.start_date)
            and (end := self._reopening_day(si, sent, times, m.start_date, head)) is not None
        ):
            m.date, m.end_date = None, end
        if trig.type in ("Referendum", "MilitaryOperation", "BorderClosure") and m.has_args:
            m.reported_by = self.args.figure_source(head, trig.token.idx, m.agent)
        if trig.type == "Mobilization":
            # a call-up is a state's act: a party or a union "mobilizing" its members is no agent of one
            m.agent = [k for k in m.agent if not k.startswith("organization/")]
            counts = [
                q
                for q in quants
                if (self.people_count(q, clause) or counts_members(self.doc, q, clause)) and q.quantity.count
            ]
            if counts:
                self.set_quantity(m, counts[0])
            if counts and needs_body(m.agent):  # "call up 500 reservists of the X Guard": the X Guard's
                members = counted_people(self.doc, counts[0])
                m.agent += [k for k in force_bodies(self.args, members) if k not in m.agent]
            if not (m.agent or m.place):
                # a call-up with no caller and no place is a state's act: the one state of a text that
                # names no other ("by its terms, N men are to be called up"); a counted one also the
                # dateline's or the story's ("N conscripts will be called up this autumn")
                here = self.args.sole_state or ((self.args.home or self.args.story_state) if counts else None)
                m.agent = [here] if here else []
        return [m]


def _known_ways(noun: Token) -> bool:
    """ "through the three crossings", "at both posts", "via these two bridges": a number of ways the
    text already knows, after the preposition of a route, counts places, not people crossing."""
    return (
        is_route(noun)
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("through", "via", "at", "across")
        and any(
            c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "both", "all") for c in noun.children
        )
    )


def _own_phrase(noun: Token) -> set[int]:
    """The tokens of a noun trigger's own phrase, without the clauses hung on it ("the ambush of
    30 May near X, in which ...": "of 30 May" is the ambush's; the clause's times are its own)."""
    clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
    return {t.i for t in noun.subtree} - clauses


def _in_clause_of(verb: Token, trig: Token) -> bool:
    """True when ``trig`` lies in ``verb``'s clause: under the verb itself, or under a phrase the
    verb modifies before any other verb ("the days of voting for N regions ended", misparsed with
    "ended" under "regions")."""
    if trig in verb.subtree:
        return True
    for anc in verb.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            return False
        if trig in anc.subtree:
            return True
    return False


def find_events(
    doc: Doc,
    article: Article,
    entities: tuple[Entity, ...],
    statements: tuple[Statement, ...],
    positions: tuple[Position, ...] = (),
) -> tuple[Event, ...]:
    """Every event one article reports, restatements merged; see the module notes. ``positions``
    give the body a speaker's "we" stands for (:func:`kg.extract.event_speaker_states.we_body`)."""
    return _Reader(doc, article, entities, statements, positions).read()
