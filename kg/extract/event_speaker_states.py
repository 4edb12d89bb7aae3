"""(token "we", argument reader) -> the state and the body a transcript speaker's "we" acts for.

In a briefing, hearing or interview an official tells of their government's acts in the first
person plural: "we will put a dozen more guards on the bridge", "last month we moved thirty police".
The "we" is the speaker, and also the state they speak for, which a reader takes from the turn's
label ("CANADIAN MINISTER ROE:"), else from how the text introduces the speaker, else from where
the text is filed or published (:func:`kg.extract.speaker_states.speakers_state`). It is also the
body the speaker holds office in, when the text gives them one ("Jo Roe, director of the X
Customs Service ... RO: we are adding eight officers" is the service's act), and so are the
speaker's "our officers", "our units" ("our officers detained 14 people": that body's and that
state's act, not the speaker's own). "I" is the speaker
alone ("I have sent 40 gendarmes" is their own order), and a speaker who is no person (a body or
a state) is already what acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import ArgReader
from kg.extract.event_sent_forces import force_noun
from kg.extract.links import Linked
from kg.extract.speaker_states import speakers_state
from kg.model import Position

__all__ = ["our_force", "sole_offices", "we_body", "we_state"]

_KEY = "kg_event_links"


def we_state(args: ArgReader, tok: Token, speaker: str) -> list[str]:
    """The state key, as a list, of the person ``speaker`` whose turn says ``tok`` ("we"); empty
    for any other word, a speaker who is no person, or words outside labelled turns."""
    if tok.lower_ != "we" or not speaker.startswith("person/"):
        return []
    filed = args.home or args.publisher_state
    state = speakers_state(tok.doc, tok.idx, _links(args, tok), filed)
    return [state] if state is not None else []


def sole_offices(positions: tuple[Position, ...]) -> dict[str, str]:
    """Person key -> the body or state they hold office in, for people the text gives offices in
    one only (a speaker with posts in two bodies speaks for neither by "we" alone)."""
    posts: dict[str, set[str]] = {}
    for p in positions:
        if p.post_in is not None:
            posts.setdefault(p.holder, set()).add(p.post_in)
    return {holder: next(iter(ins)) for holder, ins in posts.items() if len(ins) == 1}


def we_body(args: ArgReader, tok: Token, speaker: str) -> list[str]:
    """The key, as a list, of the one body or state the person ``speaker`` whose turn says ``tok``
    ("we") holds office in; empty for any other word or a speaker with no single office."""
    if tok.lower_ != "we" or (body := args.offices.get(speaker)) is None:
        return []
    return [body]


def our_force(args: ArgReader, tok: Token, speaker: str) -> list[str]:
    """The state and the body of the person ``speaker`` whose turn calls ``tok`` "our officers" /
    "our units"; empty for any other noun phrase or a speaker of no known state or office."""
    if not speaker.startswith("person/") or not force_noun(tok):
        return []
    if not any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
        return []
    state = speakers_state(tok.doc, tok.idx, _links(args, tok), args.home or args.publisher_state)
    body = args.offices.get(speaker)
    return [k for k in (state, body) if k is not None]


def _links(args: ArgReader, tok: Token) -> list[Linked]:
    """The document's entity mentions as links, in text order, built once per document."""
    found = tok.doc.user_data.get(_KEY)
    if found is None:
        found = sorted(
            (
                Linked(s.start, s.end, s.text, e.type, e.key, e.name)
                for e in args.index.by_key.values()
                for s in e.mentions
            ),
            key=lambda lk: (lk.start, lk.end, lk.key),
        )
        tok.doc.user_data[_KEY] = found
    return list(found)
