"""One-word NER person -> whether the text uses it as an online service or a tool, not a person.

"posted on Twitter", "a video on X", "use Y", "the Y library": the model reads a
service's or a program's one-word name as a person (a capitalised word nobody it knows), but
people are not posted on, used or downloaded, nor do they hold accounts and channels named after
them. Such a name is the service's, an organization (the firm or project that runs it).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["service_name"]

#: Verbs of putting words, pictures or sound where others read them: "posted on X", "shared via X".
_PUBLISH_VERBS = frozenset(
    {"post", "share", "upload", "stream", "tweet", "broadcast", "livestream", "say", "announce"}
)  # not "write" or "publish": "she wrote on Kant" is about a person
#: What is written or kept on a service: "a post on X", "his account on X", "the X channel".
_SERVICE_THINGS = frozenset(
    {"post", "posts", "message", "messages", "video", "videos", "account", "accounts", "channel", "channels"}
    | {"page", "feed", "profile", "thread", "app", "library", "livestream", "handle"}
)
#: Verbs whose object is a tool or program, never a person: "use X", "downloaded X".
_TOOL_VERBS = frozenset({"use", "download", "install"})
_ON = frozenset({"on", "via"})


def service_name(span: Span, *, posted_only: bool = False) -> bool:
    """``span`` (one word the NER called a person) stands where only a service or tool can.

    ``posted_only`` keeps only "posted on X" and "a video on X" (for a name the NER called a
    place: "the X library" is as likely the town's library).
    """
    if len(span) != 1:
        return False
    tok = span[0]
    return _placed_on(tok) or (not posted_only and (_used(tok) or _modifies_thing(tok)))


def _placed_on(tok: Token) -> bool:
    """ "posted on X", "a video on X", "shared via X": the object of "on"/"via" after publishing."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _ON or prep.i >= tok.i:
        return False
    host = prep.head
    return host.lemma_.lower() in _PUBLISH_VERBS if host.pos_ == "VERB" else host.lower_ in _SERVICE_THINGS


def _used(tok: Token) -> bool:
    """ "use X", "downloaded X": the bare direct object of a verb whose object is a tool (not "using a
    second-order X and Y correction", where X is an author cited by a method)."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or tok.head.lemma_.lower() not in _TOOL_VERBS:
        return False
    return not any(c.dep_ in {"det", "amod", "conj", "cc", "poss"} for c in tok.children)


def _modifies_thing(tok: Token) -> bool:
    """ "the X library", "an X account": a name compounded with what a service holds, after an article."""
    head = tok.head
    if tok.dep_ != "compound" or head.i != tok.i + 1 or head.lower_ not in _SERVICE_THINGS:
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"the", "a", "an"}
