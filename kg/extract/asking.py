"""(spaCy span of a transcript turn) -> whether it is a member's question: no statement.

In a hearing or at question time a member's turn asks ("Madam Chair, one more point. Does the
pier open in May?", "I wish to enquire of the Secretary why the pier is shut."): the words are
the question, not a position the member takes. A turn is such a question when each of its
sentences is a direct question (it ends in "?"), a question put in the first person ("I must
ask the Director whether ...", "we enquire of the Secretary how ..."), or a verbless lead-in
that names the question ("One brief question.", "Madam Chair, a supplementary."), and it is put
as a member puts it: with a lead-in, in the first person, or addressed to the chair of the
chamber ("Madam Deputy Speaker, can the Secretary say ...?"). A reporter's plain question at a
briefing ("Minister, does the port open on Friday?") stays the reporter's, and a turn that also
states something ("The pier is unsafe. When does it close?") keeps its statements.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.chairing import turn_sentences

__all__ = ["only_asks"]

#: The chair of a chamber addressed first, as members address it: "Mr Speaker,", "Madam Chair,".
_CHAIR_ADDRESSED = re.compile(
    r"\s*(?:mr\.?|madam|madame|mister)\s+(?:deputy\s+)?(?:speaker|chair|chairman|chairperson|chairwoman)\b",
    re.I,
)
#: Verbs a member puts a question with, in the first person: "I rise to ask", "we enquire".
_ASK_VERBS = frozenset({"ask", "inquire", "enquire"})
#: Nouns a verbless lead-in names the question with: "A short question.", "A supplementary."
_QUESTION_NOUNS = frozenset({"question", "supplementary", "follow", "follow-up", "query"})
#: Words that open the reported question after the verb: "ask the Minister what/whether ...".
_WH = frozenset({"what", "whether", "if", "how", "why", "when", "where", "which", "who", "whom"})


def only_asks(span: SpacySpan) -> bool:
    """True when every sentence of the turn asks or leads in to a question, put as a member puts it."""
    kinds = {_kind(s) for s in turn_sentences(span)}
    if "say" in kinds or not kinds & {"ask", "put"}:
        return False
    return bool(kinds & {"put", "lead"}) or _CHAIR_ADDRESSED.match(span.text) is not None


def _kind(sent: SpacySpan) -> str:
    """ "ask" (a direct question), "put" (one put in the first person), "lead" (a lead-in) or "say"."""
    words = [t for t in sent if not t.is_space]
    if sent.text.rstrip().rstrip("\"'”’)").endswith("?"):
        return "ask"
    if any(_asked(t) for t in words):
        return "put"
    if not any(t.pos_ in ("VERB", "AUX") or t.like_num for t in words) and any(
        t.lemma_.lower() in _QUESTION_NOUNS for t in words
    ):
        return "lead"
    return "say"


def _asked(token: Token) -> bool:
    """A question put in the first person: "I must ask the Director whether ...", "we enquire of
    her why ...": the verb's subject (or the subject of the verb it completes) is "I" or "we", and
    a question word opens what it asks."""
    if token.lemma_.lower() not in _ASK_VERBS:
        return False
    governors = [token, token.head] if token.dep_ in ("advcl", "xcomp") else [token]
    if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for g in governors for c in g.children):
        return False
    return any(t.lower_ in _WH for g in governors for t in g.subtree if t.i > token.i)
