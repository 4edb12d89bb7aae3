"""The body that gives a vote's results -> the source of the votes the text reports.

An election or a referendum reaches the news through its results, and the text says who gives
them: "the party disputes the preliminary figures, which were published by the Electoral Commission
overnight", "On Monday the Electoral Commission released the count", "according to the Electoral
Office, turnout was low". A vote the text gives no source of its own is credited
(``kg:reportedBy``) to the electoral body named as giving results; failing that, to the publisher
when the publisher is itself an electoral body (a commission's release of its own results). Only
a body whose name says it runs votes counts: a party or a ministry quoting results is no source
of them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.event_args import ArgReader
from kg.model import Event

__all__ = ["credit_votes", "results_body"]

#: Words that name a body running votes: an election commission, an electoral tribunal or board.
_ELECTORAL_WORDS = frozenset({"election", "elections", "electoral", "referendum"})
#: Nouns for what such a body gives.
_RESULT_NOUNS = frozenset({"result", "results", "figure", "figures", "tally", "count", "outcome"})
#: Verbs by which a body gives results.
_GIVING_VERBS = frozenset({"announce", "publish", "release", "declare", "certify", "proclaim", "attribute", "give"})
#: Entity types a results source can be.
_BODY_TYPES = ("Agency", "Organization")


def _electoral(key: str, args: ArgReader) -> bool:
    entity = args.index.by_key.get(key)
    if entity is None:
        return False
    names = (entity.name, *entity.aliases)
    return any(_ELECTORAL_WORDS & set(name.casefold().split()) for name in names)


def _about_results(verb: Token) -> bool:
    """Whether a giving verb's clause is about results: "results announced by X", "X announces
    the results", "as announced by X" in a sentence about results."""
    if verb.head.lemma_.lower() in _RESULT_NOUNS and verb.dep_ == "acl":
        return True
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _RESULT_NOUNS for c in verb.children):
        return True
    return any(t.lemma_.lower() in _RESULT_NOUNS for t in verb.sent)


def _givers(verb: Token, args: ArgReader) -> list[str]:
    """The bodies a giving verb names as its doer: its subject, or "by X" of its passive."""
    out: list[str] = []
    for c in verb.children:
        if c.dep_ == "nsubj":
            out += args.np_entities(c, _BODY_TYPES, agentive=True)
        elif c.dep_ == "agent":
            out += [k for p in c.children if p.dep_ == "pobj" for k in args.np_entities(p, _BODY_TYPES)]
    return out


def _according_to(tok: Token, args: ArgReader) -> list[str]:
    """The bodies of "according to X" at ``tok`` ("according")."""
    return [k for to in tok.children for p in to.children if p.dep_ == "pobj" for k in args.np_entities(p, _BODY_TYPES)]


def results_body(doc: Doc, args: ArgReader) -> str | None:
    """The first electoral body the text names as giving results, or None."""
    for tok in doc:
        keys: list[str] = []
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _GIVING_VERBS and _about_results(tok):
            keys = _givers(tok, args)
        elif tok.lower_ == "according":
            keys = _according_to(tok, args)
        for key in keys:
            if _electoral(key, args):
                return key
    return None


def credit_votes(events: tuple[Event, ...], doc: Doc, args: ArgReader, publisher: str | None) -> tuple[Event, ...]:
    """``events`` with every vote that names no source credited to the body giving the results."""
    if not any(ev.type == "Referendum" and not ev.reported_by for ev in events):
        return events
    key = results_body(doc, args)
    if key is None and publisher is not None and _electoral(publisher, args):
        key = publisher
    if key is None:
        return events
    return tuple(
        replace(ev, reported_by=(key,)) if ev.type == "Referendum" and not ev.reported_by else ev for ev in events
    )
