"""Sentences after a referendum -> its result share and voting period, read onto the referendum.

A vote's result and its dates are often stated apart from the word "referendum": "97% backing
the option", "the ballot that opened on 23 November and closed on 7 December". These readers
attach such sentences to the latest referendum of the three sentences before.
"""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Span as SpacySpan

from kg.extract.event_merge import Mention
from kg.extract.event_time import END_VERBS, START_VERBS, TimeReader
from kg.extract.quantities import find_percents
from kg.extract.timex import Timex
from kg.model import Span

__all__ = ["VoteReader", "vote_period", "vote_shares"]


class VoteReader(Protocol):
    """What the vote readers need of the document reader."""

    mentions: list[Mention]
    #: the referendums among ``mentions``, in the same order: a scan of all mentions per sentence
    #: would make a long text cost the square of its length
    referendums: list[Mention]
    time: TimeReader

    def span(self, start: int, end: int) -> Span: ...


# The words after a share that make it a share of the vote: "of the votes", "of valid ballots",
# "of votes cast", "voted", "in favour", "backing", and a reply quoted or not ("answered 'yes'").
_VOTE_SHARE = re.compile(
    r"^\s*,?\s*(?:of\s+(?:the\s+)?(?:valid\s+)?(?:votes?|voters|ballots|those\s+who\s+voted)|vot(?:ed|ing)\b|"
    r"in\s+favou?r|(?:back|support|endors)(?:ed|ing)\b|(?:answered|replied|said|chose|ticked)\s+[\"\u201c\u2018\x27]?"
    r"(?:yes|no)\b|(?:were|was)\s+cast\b)",
    re.I,
)
# A share on a line labelled with the side it counts ("No: 4,210 votes (38.5% of valid votes)"). Such a
# line is a share of the vote whatever follows the figure ("Yes: 8,114 (55.2 %)"), and the list it
# belongs to may stand several sentences after the vote's name (turnout and rules come first).
_SIDE_LABEL = re.compile(r"^\W*(?:(?P<against>no|against)|yes|for|in\s+favou?r)\s*:", re.I)
#: How many sentences back a share looks for its referendum; a labelled list line, further.
_REACH = 3
_LABELLED_REACH = 8
# How far the count has gone, not how the vote went: "with 98% of the ballots counted".
_COUNT_PROGRESS = re.compile(
    r"^\s*of\s+(?:the\s+)?(?:votes?|ballots|ballot\s+papers)\s+(?:(?:had|have)\s+been\s+)?"
    r"(?:counted|tallied|processed|reported|scrutini[sz]ed)\b",
    re.I,
)
# Which side a share counts: the first telling words after it ("58% voting in favour", "62% no").
_SHARE_SIDE = re.compile(
    r"^[^.;,]{0,40}?\b(?:(?P<against>against|no|reject\w*|oppos\w*)|(?P<for>in\s+favou?r|for|yes|"
    r"approv\w*|back(?:ed|ing|s)?|support\w*|endors\w*))\b",
    re.I,
)
# A rejection reported in the sentence makes an undirected share ("with 62% of the vote") the no side.
_REJECTED = re.compile(r"\b(?:reject\w*|vot\w*\s+down|defeat\w*|turn\w*\s+down)\b", re.I)


def vote_period(reader: VoteReader, si: int, sent: SpacySpan, times: list[Timex]) -> None:
    """ "the ballot that opened on 23 November and closed on 7 December": the vote's period.

    Read for the latest referendum of the three sentences before, when the sentence's vote
    noun has a verb of opening and one of closing, each with its own day.
    """
    votes = [m for m in reader.referendums if si - m.sentence <= 3]
    if not votes or votes[-1].start_date or votes[-1].end_date:
        return
    start = end = None
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in START_VERBS | END_VERBS:
            continue
        noun = tok.head if tok.dep_ in ("relcl", "acl") else None
        if noun is None and tok.dep_ == "conj" and tok.head.dep_ in ("relcl", "acl"):
            noun = tok.head.head
        if noun is None:
            noun = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.lemma_.lower() not in ("ballot", "vote", "voting", "poll", "referendum"):
            continue
        own = [t for t in times if (r := reader.time.root_of(t.start, t.end)) is not None and r.head == tok]
        own += [t for t in times if (r := reader.time.root_of(t.start, t.end)) is not None and r.head.head == tok]
        day = next((t.date for t in own if t.date and len(t.date) == 10), None)
        if day and tok.lemma_.lower() in START_VERBS:
            start = start or day
        elif day:
            end = end or day
    if start and end and start < end:
        for target in (v for v in votes if v.sentence == votes[-1].sentence):  # one vote, read twice
            target.start_date, target.end_date, target.date = start, end, None
            span = reader.span(sent.start_char, sent.end_char)
            if span not in target.evidence:
                target.evidence.append(span)


def vote_shares(reader: VoteReader, si: int, sent: SpacySpan) -> None:
    """ "96% of the votes": the result of the latest referendum of the three sentences before.

    ``result_percent`` is the share for the proposal. A share stated against it ("62% voting
    against", "rejected with 62% of the vote") is left out rather than turned into 100 - 62:
    blank and spoilt ballots make the complement a guess.
    """
    # a candidate's share is no result of an election: shares are read for referendums only
    votes = [m for m in reader.referendums if not m.label and si - m.sentence <= _LABELLED_REACH]
    if not votes:
        return
    for _, end, value in find_percents(sent.text):
        rest = sent.text[end:]
        labelled = _SIDE_LABEL.match(sent.text[:end])
        if not (_VOTE_SHARE.match(rest) or labelled) or _COUNT_PROGRESS.match(rest):
            continue
        if labelled is None and si - votes[-1].sentence > _REACH:
            continue
        # "9,020 ballots, or 57.9 per cent, were cast for it": the side may follow the comma closing the share
        side = labelled or _SHARE_SIDE.match(rest.lstrip(" ,"))
        against = side.group("against") is not None if side else _REJECTED.search(sent.text) is not None
        if against:
            continue  # "62% voting against, 38% in favour": the next share may be the yes side
        target = votes[-1]
        if labelled is not None:
            # the vote the list counts was held on a day the text gives; one named in a rule between
            # (the law's quorum for any such vote) has none
            target = next((v for v in reversed(votes) if v.date or v.start_date), target)
        if target.result_percent is None:
            target.result_percent = value
            span = reader.span(sent.start_char, sent.end_char)
            if span not in target.evidence:
                target.evidence.append(span)
        return
