"""(spaCy span of a transcript turn) -> whether it only confirms what the last question said: no statement.

An interviewer or a member sums up ("So that's four hundred a week?") and the guest agrees:
"Correct.", "That's right. Roughly.", "Exactly. On weekdays." The words the reader would cite are
the question's, put in the asker's mouth; the answer adds nothing a graph could hold. A turn is
such a confirmation when its first sentence is an answer word of agreement and nothing else,
and every sentence after it is a verbless fragment with no figure and no name ("Between those
hours.", "A little more at weekends."). A refusal ("No. Not under this decree.") takes a
position and stays a statement, and so does anything with a verb, a figure or a name. A turn
that only seconds a fellow speaker ("I entirely concur with my counterpart.") adds nothing either.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.chairing import turn_sentences

__all__ = ["only_confirms"]

#: Words of agreement that answer a question on their own: the closed class of English assent.
_ASSENT = re.compile(
    r"(?:(?:yes|yeah|yep),?\s+)?"
    r"(?:correct|that(?:['’]s| is) (?:correct|right|true|so)|right|exactly|precisely|indeed|absolutely"
    r"|certainly|quite so|quite right|true|yes|yeah|yep)(?:,?\s+(?:yes|indeed))?[.!]?",
    re.I,
)
#: Agreement with a fellow speaker on the podium, said in the first person and nothing more: "I
#: entirely concur with my counterpart.", "We fully share what our counterpart has said." The words
#: to cite are the colleague's, already given.
_SECONDED = re.compile(
    r"(?:(?:and|so|well),?\s+)?(?:i|we)\s+(?:(?:completely|fully|entirely|totally|wholly|very much|can only)\s+)?"
    r"(?:agree|concur|share)(?:\s+(?:completely|fully|entirely|totally|wholly))?\s+"
    r"(?:with\s+)?(?:(?:what|everything)\s+)?(?:my|our)\s+(?:[\w-]+\s+)?"
    r"(?:colleague|counterpart|friend|brother|sister)s?(?:\s+(?:has\s+|just\s+)?said)?[.!]?",
    re.I,
)
#: Entity types a trailing fragment may hold: when, not who or how many.
_TIMES = frozenset({"", "DATE", "TIME"})


def only_confirms(span: SpacySpan) -> bool:
    """True when the turn is an answer of assent, alone or with verbless fragments (see the module docstring)."""
    sentences = turn_sentences(span)
    if sentences and len(sentences) == 1 and _SECONDED.fullmatch(sentences[0].text.strip()):
        return True  # "I entirely concur with my counterpart.": the counterpart's words, not new ones
    if not sentences or not _ASSENT.fullmatch(sentences[0].text.strip()):
        return False
    return all(_fragment(s) for s in sentences[1:])


def _fragment(sent: SpacySpan) -> bool:
    """A verbless phrase with no figure and no named thing: "Roughly.", "Between those hours."."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return all(_plain(t) for t in words)


def _plain(tok: Token) -> bool:
    """No verb, no figure, no name: a word of a fragment that adds nothing to the question's."""
    figure = tok.like_num or any(c.isdigit() for c in tok.text)
    return tok.pos_ not in ("VERB", "AUX") and not figure and tok.ent_type_ in _TIMES
