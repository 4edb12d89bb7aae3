"""(mentions, sentences, the time each sentence states) -> the day of an incident carried to what
followed it.

Police statements, governors' updates and defence briefings date an incident once and then tell
what came of it in the past tense with no day of their own: "On the night of 3 May a patrol was
attacked near X. Four suspects were arrested." or "At dawn on Friday, gunmen stormed the post ...
The army deployed two companies to the area." The arrest and the deployment are dated by the
story's last stated day. A non-crossing event with no time of its own takes the single day that the
nearest sentence before it states, within a few sentences, when its own sentence

* is told in the past (its main verb in the simple past, or a perfect or passive participle:
  "were arrested", "have been deployed"): a present ("anyone who attacks ...") states no incident;
* states no future or possibility (a modal), and is no question;
* names no time of its own that the time reader could not date ("in the same period", "within
  ten days", "weeks after"): such a time is the event's, not the day before.

A sentence before it that states any other time (a month, a period, "since") stops the search, as
does one without a verb (a heading such as "EVENING BULLETIN - TONIGHT" names no incident's day).
Counted crossings are left to :mod:`kg.extract.event_period_carry`, elections to their own readers.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.event_merge import Mention
from kg.extract.timex import Timex

__all__ = ["carried_days"]

#: How many sentences back a stated day still dates an undated event.
_REACH = 3
#: The event types an incident's day carries to.
_TYPES = frozenset(("Event", "MilitaryOperation", "BorderClosure", "Mobilization"))
#: Nouns of a time longer than a day: "in the same period", "later that week" date no single day.
_SPAN_NOUNS = frozenset(("period", "week", "month", "year", "quarter", "season", "decade"))


def _told_as_past(sent: Span) -> bool:
    """True when the sentence tells a past incident: a past or perfect main verb, no modal, no
    question, and no time of its own left undated (a DATE entity or a span noun)."""
    if sent.text.rstrip().endswith("?"):
        return False
    for tok in sent:
        if tok.tag_ == "MD" or tok.ent_type_ == "DATE" or tok.lemma_.lower() in _SPAN_NOUNS:
            return False
    root = sent.root
    if root.tag_ == "VBD":
        return True
    return root.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in root.children)


def _single_day(t: Timex) -> str | None:
    """The day ``t`` names when it is one full day (no period, no month), else None."""
    return t.date if t.date and len(t.date) == 10 and not t.start_date and not t.end_date else None


def carried_days(mentions: list[Mention], sents: list[Span], stated: dict[int, Timex]) -> None:
    """Give each undated event told in the past the day stated just before it (in place)."""
    for m in mentions:
        if m.type not in _TYPES or m.date or m.start_date or m.end_date or m.sentence in stated:
            continue
        if not _told_as_past(sents[m.sentence]):
            continue
        for si in range(m.sentence - 1, max(-1, m.sentence - 1 - _REACH), -1):
            t = stated.get(si)
            if t is None:
                continue
            day = _single_day(t)
            if day is not None and any(tok.pos_ in ("VERB", "AUX") for tok in sents[si]):
                m.date = day
            break
