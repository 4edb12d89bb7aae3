"""(token "we", argument reader) -> the state a transcript speaker's "we" acts for.

In a briefing, hearing or interview an official tells of their government's acts in the first
person plural: "we will put a dozen more guards on the bridge", "last month we moved thirty police".
The "we" is the speaker, and also the state they speak for, which a reader takes from the turn's
label ("CANADIAN MINISTER ROE:"), else from how the text introduces the speaker, else from where
the text is filed or published (:func:`kg.extract.speaker_states.speakers_state`). "I" is the
speaker alone ("I have sent 40 gendarmes" is their own order), and a speaker who is no person (a
body or a state) is already what acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import ArgReader
from kg.extract.links import Linked
from kg.extract.speaker_states import speakers_state

__all__ = ["we_state"]

_KEY = "kg_event_links"


def we_state(args: ArgReader, tok: Token, speaker: str) -> list[str]:
    """The state key, as a list, of the person ``speaker`` whose turn says ``tok`` ("we"); empty
    for any other word, a speaker who is no person, or words outside labelled turns."""
    if tok.lower_ != "we" or not speaker.startswith("person/"):
        return []
    filed = args.home or args.publisher_state
    state = speakers_state(tok.doc, tok.idx, _links(args, tok), filed)
    return [state] if state is not None else []


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
