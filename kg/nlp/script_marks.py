"""Words of a name -> are they a broadcast script's or a release's furniture: marks that name nothing.

Scripts, rundowns and press releases carry lines the model reads as names: a tape or sound mark
("(VT)", "(END VT)", "[VO - trucks at the gate]", "[PKG]"), a role opening a credit or cue line
("Producer: J. Roe", "ANCHOR INTRO (JANE ROE):", "QUESTION (Jo Roe, Daily Tarn):"), and the
programme's or document's own title ("KORVA FM: LATE NEWS", "Daily Press Briefing
(verbatim)", "PRESS RELEASE"). They name no body, person or town: the person is the one in
brackets, the body the station or office before the dash.

The words are closed classes of the trade, not of any text: the production marks of a TV or radio
script, the newsroom's roles, the genres of a newsroom's texts and the times and media words that
qualify a programme's title. A name made of them alone is furniture; one word of anything else
("Sky News", "Daily Tarn Courier", "Radio Varna") makes it a name.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.nlp.roles import NEWSROOM_ROLES

__all__ = ["PRODUCTION_MARKS", "script_furniture"]


def _words(text: str) -> frozenset[str]:
    """The blank-separated words of a lexicon written as prose lines."""
    return frozenset(text.split())


#: Marks of a TV or radio script's production: videotape, voice-over, sound on tape, package,
#: graphics, caption, natural sound, jingle, camera, and the parts of a running order.
PRODUCTION_MARKS = _words(
    """
    vt vo sot pkg gfx cg super nats nat sting jingle bed cam ots oov mos intro outro tag lead end
    live package narration standup stand-up headlines rundown slug trt dur
    """
)
#: Roles of a script's or a briefing record's cue lines besides the newsroom's own: who reads, who asks, who
#: calls in.
_CUE_ROLES = _words(
    "newsreader announcer moderator interviewer journalist producer question answer q a camera caller listener viewer"
)
#: What a newsroom or an office issues: a programme's or a document's kind.
GENRES = _words(
    """
    news bulletin briefing report update roundup digest edition release transcript communique
    readout script rundown programme program show
    """
)
#: Words that qualify a programme's or a document's kind: times of day, frequencies, media.
_QUALIFIERS = _words(
    """
    morning midday noon afternoon evening night late early weekend daily weekly nightly lunchtime
    radio tv television media press
    """
)
_MARKS = PRODUCTION_MARKS | NEWSROOM_ROLES | _CUE_ROLES
_FURNITURE = _MARKS | GENRES | _QUALIFIERS


def script_furniture(words: Iterable[str]) -> bool:
    """The words (of a span or a cue label) are only a script's marks, roles and a programme's kind.

    At least one word must be a mark, a role or a genre ("Evening" alone is a time, read elsewhere).
    """
    low = [w.strip(".,:()[]").casefold() for w in words]
    low = [w for w in low if w and w not in {"-", "–", "—", "/", "|"}]
    return bool(low) and all(w in _FURNITURE for w in low) and any(w in _MARKS or w in GENRES for w in low)
