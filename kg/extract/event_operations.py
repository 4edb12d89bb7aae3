"""Parsed sentence -> named military operations: "troops of Operation Desert Lance", "Operation X
destroyed ...".

Armies and police forces name their campaigns, and operational updates report what "Operation
<Name>" did and where. The name is the event: one ``kg:MilitaryOperation`` per name in a
document, labelled by it, whatever it did (neutralised, arrested, destroyed, rescued). The
places of the clause it acts in are its targets ("in X and Y states", clauses joined to it
included), the times of that clause date it, the body that gives the figures reports it. What
the operation's troops did is the operation: the arrests or deployments of that clause are not
reported again as events of their own (the caller skips the verbs returned here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_merge import Mention
from kg.extract.timex import Timex

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["OPERATION", "read_operations"]

#: The word that opens an operation's name, as armies write it ("Operation Desert Lance").
OPERATION = "Operation"
#: Title words that make "Operation ..." an office or a room, not a campaign ("Operation Centre").
_NOT_NAMES = frozenset(("centre", "center", "room", "command", "headquarters", "director", "commander", "unit"))
_PLACES = ("State", "Region", "Settlement", "Place", "Checkpoint")
_MAX_NAME = 4  # words after "Operation"


def _names(sent: SpacySpan) -> list[tuple[Token, list[Token]]]:
    """Each "Operation" token of ``sent`` with the capitalised words that name it."""
    out = []
    for tok in sent:
        if tok.text != OPERATION or tok.i + 1 >= sent.end:
            continue
        words = []
        for nxt in sent.doc[tok.i + 1 : min(sent.end, tok.i + 1 + _MAX_NAME)]:
            if not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "NOUN", "ADJ") or nxt.is_stop:
                break
            words.append(nxt)
        if words and not any(w.lower_ in _NOT_NAMES for w in words):
            out.append((tok, words))
    return out


def _verb(name: list[Token]) -> Token | None:
    """The verb the named operation (or its troops) is the subject of ("troops of Operation X arrested")."""
    node = name[-1]
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "amod":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _acts_through(name: list[Token], verb: Token) -> bool:
    """Whether the operation (or its troops) is the subject of ``verb``: "troops of Operation X
    arrested 19" acts through "arrested"; "250 troops would be posted ... under Operation X"
    only frames the stationing, which stays a deployment of its own."""
    node = name[-1]
    while node.head.i != verb.i and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("nsubj", "nsubjpass")


def _participle(name: list[Token]) -> Token | None:
    """The participle that tells where and when the operation began: "Operation X, launched on 1 May
    in Y", "Operation X conducted in Z" (the parser hangs it off the name, or, after a comma, off
    the sentence's verb)."""
    last = name[-1]
    own = next((c for c in last.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if own is not None:
        return own
    doc = last.doc
    after = doc[last.i + 2] if last.i + 2 < len(doc) and doc[last.i + 1].text == "," else None
    if after is None or after.tag_ not in ("VBN", "VBD") or after.pos_ != "VERB":
        return None
    subjects = [c for c in after.children if c.dep_ in ("nsubj", "nsubjpass")]
    return after if all(c.i == last.i for c in subjects) else None  # the tagger often reads it as a past tense


def _acts(verb: Token) -> list[Token]:
    """The verb and the verbs joined to it that share its subject ("neutralised ... and arrested")."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [verb] + [c for c in joined if not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]


def read_operations(reader: _Reader, si: int, sent: SpacySpan, times: list[Timex]) -> tuple[list[Mention], set[int]]:
    """The named operations of one sentence, and the tokens of the verbs they act through."""
    a = reader.args
    out: list[Mention] = []
    acting: set[int] = set()
    for _, name in _names(sent):
        label = " ".join([OPERATION] + [w.text for w in name])
        m = reader.new("MilitaryOperation", si, sent, label)
        verb = _verb(name)
        clause: set[int] = {w.i for w in name}
        if verb is not None:
            for act in _acts(verb):
                if _acts_through(name, verb):
                    acting.add(act.i)
                clause |= {t.i for t in a.clause_tokens(act)}
        begun = _participle(name)
        if begun is not None:
            clause |= {t.i for t in a.clause_tokens(begun)}
        named = {w.i for w in name}
        for span, entity in a.index.within(sent.start_char, sent.end_char):
            chars = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
            if (
                chars is None
                or entity.type not in _PLACES
                or not any(t.i in clause and t.i not in named for t in chars)
            ):
                continue
            if entity.key not in m.target:
                m.target.append(entity.key)
        if begun is not None:  # "launched on 1 September": the day it began
            when = reader.time.best_time(reader.time.times_in(times, {t.i for t in a.clause_tokens(begun)}))
            reader.time.set_time(m, when, verb=begun.lemma_.lower())
        elif verb is not None:
            when = reader.time.best_time(reader.time.times_in(times, clause))
            reader.time.set_time(m, when, verb=verb.lemma_.lower())
        if verb is not None:
            m.reported_by = a.reported_by(verb, name[0].idx)
        out.append(m)
    return out, acting
