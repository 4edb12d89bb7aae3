"""(answer sentence) -> the bare figure that answers a short follow-up question, and where it counts.

In hearings, interviews and call-ins a questioner follows a figure with a question of a few words
and no verb ("And lorries?", "And at the rail bridge?", "What about Brask?"), and the answer is a
figure with no verb either ("About 650 lorries a day, mostly timber."; "Fewer, maybe 400 a day."),
perhaps with a clause of its own after it ("Maybe 400 a day, because the mill has reopened.").
Neither turn tells a flow alone: the figure goes on counting the flow the conversation counted just
before, through the crossing or town the question names when it names one
(:meth:`kg.extract.events.EventReader.followed_up` builds it). A follow-up with a verb of its own
("And how many were turned back?") is a question of its own, and an answer with a verb tells its
own event; neither is read here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.event_answers import answered_question
from kg.extract.event_triggers import PEOPLE_NOUNS
from kg.extract.event_vehicles import VEHICLE_NOUNS
from kg.extract.quantities import QuantityMatch

__all__ = ["follow_up_figure"]

_VERBAL = frozenset(("VERB", "AUX"))
#: The most words (punctuation aside) a follow-up question has: "And what about the coach service from X?"
_SHORT = 8


def follow_up_figure(
    doc: Doc, sents: list[Span], si: int, quants: list[QuantityMatch]
) -> tuple[list[Token], QuantityMatch] | None:
    """(the words of the follow-up question, the answer's figure) when sentence ``si`` opens a
    verbless answer whose first figure counts people or vehicles (or nothing named: "about 400 a
    day") right after a short verbless question; else None."""
    asked = answered_question(doc, sents, si)
    if asked is None:
        return None
    qi, start = asked
    question = _question_words(sents[qi])
    words = [t for t in question if not t.is_punct]
    if not words or len(words) > _SHORT or any(t.pos_ in _VERBAL for t in words):
        return None
    answer = [t for t in sents[si] if t.idx >= start]
    figure = next((q for q in quants if q.start >= start), None)
    if figure is None or any(t.pos_ in _VERBAL for t in answer if t.idx < figure.start or _governs(t, doc, figure)):
        return None  # a clause of its own after the figure ("..., because everyone waited") tells no other flow
    if not _counts_flow(doc, figure):
        return None
    return question, figure


def _governs(verb: Token, doc: Doc, figure: QuantityMatch) -> bool:
    """Whether ``verb`` heads the clause the figure stands in (the figure is one of its words)."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span is not None and any(verb in t.ancestors for t in span)


def _question_words(sent: Span) -> list[Token]:
    """The question's own words: what follows its speaker label ("Q2 Chair: And trucks?")."""
    colons = [t.i for t in sent if t.text == ":"]
    return [t for t in sent if not colons or t.i > colons[0]]


def _counts_flow(doc: Doc, figure: QuantityMatch) -> bool:
    """The figure counts people or road vehicles ("650 lorries"), or stands bare ("400 a day")."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    nums = [t for t in span if t.like_num] if span is not None else []
    if not nums:
        return False
    noun = nums[-1]
    while noun.dep_ in ("nummod", "quantmod", "compound") and noun.head.i > noun.i:
        noun = noun.head
    if noun.like_num:
        return True
    return noun.lemma_.lower() in PEOPLE_NOUNS or noun.lemma_.lower() in VEHICLE_NOUNS
