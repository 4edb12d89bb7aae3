"""Doc spans -> body and crossing spans: which "border guard", "army" or "bridge" a pattern may keep.

Helpers of the ``kg_retype`` component: a security body counts when a state qualifies it or
when it carries a proper name of its own; a bridge is a crossing point only in a sentence about
crossing. Each reads a few tokens around one match.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import known_body, state_code, state_for_demonym, state_key, unit_below_state
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.bridge_states import ends_in_states
from kg.nlp.patterns import CROSSING_MODES, CROSSING_STATUSES, DOMAIN_TAIL, MINISTRY_DOMAINS

__all__ = [
    "FEDERAL",
    "bare_post",
    "border_text",
    "checkpoint_name",
    "crossing_context",
    "crossing_kind_only",
    "inner_body",
    "joint_portfolio",
    "masthead_body",
    "ministry_of",
    "named_by_state",
    "port_context",
    "proper_body",
    "qualified",
    "unit_at",
    "unit_owned",
    "unit_span",
    "with_generic_modifier",
    "with_unit",
]

_NATIONAL = frozenset({"State", "National", "Federal"})
#: The modifier a ministry's own name may open with: "the Federal Ministry of Health".
FEDERAL = frozenset({"Federal"})
# The kind words after a checkpoint's name ("Vaalimaa border control point" -> "Vaalimaa").
_KIND_WORDS = frozenset(
    {
        "checkpoint",
        "check-point",
        "crossing",
        "control",
        "point",
        "border",
        "boundary",
        "post",
        "customs",  # "the X customs post" is X
        *CROSSING_MODES,
        *CROSSING_STATUSES,
    }
)
#: Kind words that are part of a name when capitalised ("the Stone Gate crossing", "Port Kelo"), never
#: in lower case ("the Kelo land port" is Kelo, "the Kelo border terminal" and "the Kelo cross-border
#: post", split at the hyphen, are Kelo).
_LOWER_KIND_WORDS = frozenset({"gate", "causeway", "port", "terminal", "cross", "-"})


def qualified(span: Span) -> bool:
    """A security body counts only when a state names it: "Polish police", "Poland's border guard",
    "the police of Chile", "the Sri Lankan police", or a capitalised "State/National/Federal" makes
    it a country's own body.
    """
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and _state_at(doc, span.end + 1):
        return True
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.text in _NATIONAL and span[0].is_title:
        return True
    end = span.start - 1 if prev.lower_ in {"'s", "’s"} else span.start
    # a state's name or demonym of up to three words before a body in lower case: "Sri Lankan police",
    # "Costa Rica's police" (a capitalised one, "the South African Police Service", is read as a name)
    sizes = (1, 2, 3) if span[0].is_lower else (1,)
    return any(state_key(doc[end - n : end].text) is not None for n in sizes if end - n >= 0)


#: The most tokens of a state's name: "Democratic Republic of the Congo" is five, "Democratic
#: People's Republic of Korea" six (the possessive is a token of its own).
_STATE_TOKENS = 6


def _state_at(doc: Doc, i: int) -> bool:
    """A state's name (up to six tokens, after an optional "the") starts at token ``i``."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return any(state_key(doc[i:j].text) for j in range(i + 1, min(len(doc), i + _STATE_TOKENS) + 1))


#: The most tokens of a territory's or a state's unit's name: "the Turks and Caicos Islands".
_UNIT_TOKENS = 5


def unit_at(doc: Doc, i: int) -> bool:
    """The capitalised name of a dependent territory or of a state's top-level unit (a province, a
    federal state: :func:`kg.lexicon.gazetteer.unit_below_state`), no state's own name, is the
    capitalised run at token ``i``, after an optional "the".

    Such a unit has a government, a police and a customs of its own ("the Government of X").
    """
    return unit_span(doc, i) is not None


def unit_span(doc: Doc, i: int) -> Span | None:
    """The unit's name :func:`unit_at` finds at token ``i``, as a Region span, or None."""
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc) or not doc[i].is_title:
        return None
    end = i
    while end < len(doc) and end - i < _UNIT_TOKENS and (doc[end].is_title or doc[end].lower_ == "and"):
        end += 1
    while end > i and doc[end - 1].lower_ == "and":
        end -= 1  # "of X and the Y Police": the name ends before "and"
    text = doc[i:end].text  # the whole capitalised name: "X Province" is read by the region rules
    if unit_below_state(text) is None or state_code(text):  # "Georgia" is the state
        return None
    return Span(doc, i, end, label="Region")


def unit_owned(span: Span) -> Span | None:
    """The territory or state's unit a capitalised security body is named "of" ("the Police Service
    of X"), as a Region span, or None."""
    doc = span.doc
    if not span[-1].is_title or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    return unit_span(doc, span.end + 1)


def with_generic_modifier(span: Span, words: frozenset[str] = _NATIONAL) -> Span:
    """ "State Border Service": a capitalised national modifier belongs to the body's name, also in a
    header in capitals ("NATIONAL POLICE OF X"). ``words``: the modifiers that count (a ministry
    keeps only "Federal": "the Federal Ministry of the Interior" is a federation's own ministry,
    while "State" before a ministry is often the end of a federal unit's name, "Lagos State")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    shouted = before is not None and before.is_upper and span.text.isupper()
    if before is not None and (before.text in words or (shouted and before.text.title() in words)):
        return Span(span.doc, span.start - 1, span.end, label=span.label_)
    return span


#: Capitalised nouns after a security body's name that make it one of its units: "the Varn Border
#: Guard Division", "the Kelo Police Department", "the Fourth Army Area".
_UNITS = frozenset(
    {"Division", "District", "Department", "Directorate", "Command", "Unit", "Detachment", "Area", "Sector"}
    | {"Corps", "Squadron", "Taskforce"}  # "the Military Police Corps", "the Coast Guard Squadron"
)


#: Capitalised nouns after a security body's words that end the body's own name: "the State Border
#: Guard Service", "the Norland Police Authority", "the Kelo Police Administration", "the Varn Police
#: Headquarters" (the words alone would leave the state's generic police or border guard).
_OWN_NAME_TAILS = frozenset({"Service", "Authority", "Agency", "Administration", "Headquarters"})


def with_unit(span: Span) -> Span:
    """The body with the unit noun, or the noun ending its own name, that follows it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in _UNITS | _OWN_NAME_TAILS and span[-1].is_title:
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def proper_body(span: Span) -> Span | None:
    """ "Kachin Independence Army": capitalised name words before a capitalised body head."""
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < 4 and _name_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
        start -= 1
    if start == span.start or not all(t.is_title or t.is_upper for t in span):
        return None
    return Span(doc, start, span.end, label="Agency")


#: The most words a masthead writes before a security body's head ("REPUBLIC OF X NATIONAL POLICE").
_MASTHEAD_WORDS = 5


def masthead_body(span: Span) -> Span | None:
    """ "ZAMBIA POLICE", "NORLAND MOUNTED POLICE SERVICE" heading a release: a body's whole name
    in capitals, alone on its line from the line's start, is one body (which names its state when it
    opens with one), not the state's generic police after a name cut at the parser's sentence start."""
    doc = span.doc
    if not span.text.isupper():
        return None
    start = span.start
    while start > 0 and span.start - start < _MASTHEAD_WORDS and _masthead_word(doc[start - 1]):
        start -= 1
    line_start = start == 0 or "\n" in doc[start - 1].text + doc[start - 1].whitespace_
    if start == span.start or not line_start or known_body(doc[start : span.end].text):
        return None
    if not any(state_key(doc[start:k].text) for k in range(start + 1, min(span.start, start + 3) + 1)):
        return None  # "REPORT TO THE GOVERNMENT", "DISTRICT POLICE": no state opens the name
    return Span(doc, start, span.end, label="Agency")


def ministry_of(span: Span) -> Span | None:
    """ "the Ministry of the Armed Forces", "MINISTRY OF POLICE": a ministry whose portfolio is a
    security body is one body, the ministry, not the body its portfolio names (any case: a
    masthead writes it in capitals)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ != "ministry" or doc[i - 1].is_lower:
        return None
    return Span(doc, i - 1, span.end, label="Agency")


def _masthead_word(tok: Token) -> bool:
    """A word of a body's name in capitals: no function word ("BY THE GOVERNMENT")."""
    return tok.is_upper and tok.is_alpha and not tok.is_stop


def _name_word(tok: Token) -> bool:
    return (tok.is_title or tok.is_upper) and not tok.is_stop and tok.is_alpha and not state_for_demonym(tok.text)


def named_by_state(span: Span) -> Span | None:
    """ "Border Guard Bangladesh": a capitalised body name followed directly by a state's name."""
    doc = span.doc
    if not all(t.is_title for t in span):
        return None
    for j in range(min(len(doc), span.end + 4), span.end, -1):
        if state_key(doc[span.end : j].text) and doc[j - 1].is_title:
            return Span(doc, span.start, j, label="Agency")
    return None


#: Words of a sentence about crossing a border: every form of "cross" and "enter" a verb takes.
_CROSSING_WORDS = frozenset(
    {"cross", "crosses", "crossed", "crossing", "crossings", "border", "enter", "enters", "entered", "entering"}
    | {"traffic"}
)


def crossing_context(span: Span) -> bool:
    """A bridge is a crossing point only in a sentence about crossing or the border, or when its own
    name says it joins two states ("the X International Bridge"), or when the text goes on to cross it
    under a description ("... met beside the X Bridge. Hundreds of traders cross over that bridge each morning"),
    or when its sentence gives an end of it to a state ("its Slovak end")."""
    if any(t.lower_ == "international" for t in span):
        return True
    if not span.doc.has_annotation("SENT_START"):
        return any(t.lower_ in _CROSSING_WORDS for t in span.doc)
    return any(t.lower_ in _CROSSING_WORDS for t in span.sent) or ends_in_states(span) or _crossed_later(span)


def port_context(span: Span) -> bool:
    """ "the X Port" is a crossing point (as states that name their land crossings ports write it)
    only in a sentence about crossing or the border ("passenger crossings at the X Port were
    halved"); traffic alone is a seaport's as well."""
    doc = span.doc
    if not doc.has_annotation("SENT_START") or (span.end < len(doc) and doc[span.end].is_title):
        return False  # "the Area Port Director": a longer name (a title, a body) goes on after "Port"
    return any(t.lower_ in _CROSSING_WORDS - {"traffic"} for t in span.sent)


def border_text(doc: Doc) -> bool:
    """The text speaks of crossing or of a border somewhere: read once per document."""
    return any(t.lower_ in _CROSSING_WORDS for t in doc)


#: Words before a lower-case "post" that make it a kind of crossing ("border post", "control post",
#: "cross-border post", "One-Stop post"), not the bare "the X post".
_POST_KINDS = frozenset({"border", "control", "-", "stop"})


def bare_post(span: Span) -> bool:
    """ "the X post" (no "border" or "control" before "post"): a crossing's short name only in a text
    about a border, since a post may as well be an embassy's or a job ("the Kelo post fell vacant")."""
    return span[-1].lower_ == "post" and (len(span) < 2 or span[-2].lower_ not in _POST_KINDS)


#: How far after a bridge's name (characters) a description of it may still mean it: about a paragraph.
_RESTATED_WITHIN = 600


def _crossed_later(span: Span) -> bool:
    """The first definite "the/this/that bridge" after ``span``, within about a paragraph and before
    any other bridge's name, stands in a sentence about crossing: the named bridge is a way across."""
    doc = span.doc
    for tok in doc[span.end :]:
        if tok.idx - span.end_char > _RESTATED_WITHIN or (tok.lower_ == "bridge" and tok.is_title):
            return False  # too far, or another named bridge the description may mean
        if tok.lower_ == "bridge" and tok.tag_ == "NN" and any(c.lower_ in _DEFINITE for c in tok.children):
            return any(t.lower_ in _CROSSING_WORDS for t in tok.sent)
    return False


_DEFINITE = frozenset({"the", "this", "that"})


def checkpoint_name(span: Span) -> Span:
    """ "Vaalimaa checkpoint" -> the name part "Vaalimaa"; a date the pattern took in front of the
    name ("closed on Wednesday Vaalimaa border crossing") is not part of it.
    """
    start, end = span.start, span.end
    while start < end - 1 and span.doc[start].ent_type_ in {"DATE", "TIME"}:
        start += 1
    while end > start + 1 and (span.doc[end - 1].lower_ in _KIND_WORDS or span.doc[end - 1].text in _LOWER_KIND_WORDS):
        end -= 1
    words = [t.lower_ for t in span.doc[start:end]]
    for tail in (["one", "-", "stop"], ["one", "stop"]):  # "X One-Stop Border Post" is X
        if len(words) > len(tail) and words[-len(tail) :] == tail:
            end -= len(tail)
            break
    return Span(span.doc, start, end, label="Checkpoint")


#: "One-Stop" before a crossing's kind ("the X One-Stop Border Post"): a kind of post, no name.
_ONE_STOP = frozenset({"one", "-", "stop"})


def crossing_kind_only(span: Span) -> bool:
    """ "Border Post", "One-Stop", "Stop Border Post": words of a crossing's kind alone, no name
    (the words left beside the name of a post "at X")."""
    return all(t.lower_ in _KIND_WORDS or t.lower_ in _ONE_STOP for t in span)


def joint_portfolio(span: Span) -> Span:
    """ "the Ministry of Energy and Mines": a ministry's other portfolios, listed up to "and", are
    part of its name ("the Ministry of Trade, Industry and Tourism").

    The pattern stops at the first portfolio word; one or two capitalised words after each comma
    and after "and" that end there (no third capitalised word, so "and Foreign Minister Jo Roe"
    is left alone) and are no title, state or demonym name the ministry's other portfolios. A
    list without its "and" is no name's ("the Ministry of Health, Education officials"). A domain
    noun ("Affairs", "Security") is a title word but ends a portfolio ("and Social Affairs", "and
    Home Affairs"): an office after it ("... Affairs Spokesperson Jo Roe") is then read apart from
    the body. A masthead in capitals names its portfolios in capitals ("MINISTRY OF X AND Y").
    """
    doc, end = span.doc, span.end
    if span[0].lower_ not in {"ministry", "the"}:
        return span
    caps = span.text.isupper()
    i, listed = end, 0
    while i + 1 < len(doc) and doc[i].text == "," and listed < _MAX_LISTED:
        if doc[i + 1].lower_ == "and":
            i += 1  # the serial comma: ", and Security"
            break
        words = _portfolio_len(doc, i + 1, caps)
        if not words:
            return span
        i, listed = i + 1 + words, listed + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "and":
        return span
    words = _portfolio_len(doc, i + 1, caps)
    return Span(doc, span.start, i + 1 + words, label=span.label_) if words else span


#: Most portfolios a ministry's name lists before its "and".
_MAX_LISTED = 4


def _portfolio_len(doc: Doc, i: int, caps: bool) -> int:
    """How many words (one or two) the portfolio at token ``i`` has, else 0."""
    words = 0
    while i + words < len(doc) and words < 3 and _portfolio_word(doc[i + words], caps):
        words += 1
    if words < 2 and _domain_tail(doc, i + words, first=words == 0, caps=caps):
        words += 2 if words == 0 else 1
    return words if 1 <= words <= 2 else 0


def _capitalised(tok: Token, caps: bool) -> bool:
    """A name's word as its line writes names: in title case, or in capitals in a masthead."""
    return tok.is_upper and len(tok) > 1 if caps else tok.is_title


def _domain_tail(doc: Doc, i: int, *, first: bool, caps: bool) -> bool:
    """A portfolio's closing domain noun at token ``i``: "Affairs" after a portfolio word, or a
    ministry domain and its noun when ``first`` ("Home Affairs", "Internal Security")."""
    if first:
        return (
            i + 1 < len(doc)
            and _capitalised(doc[i], caps)
            and doc[i].lower_ in MINISTRY_DOMAINS
            and _capitalised(doc[i + 1], caps)
            and doc[i + 1].lower_ in DOMAIN_TAIL
        )
    return i < len(doc) and _capitalised(doc[i], caps) and doc[i].lower_ in DOMAIN_TAIL


def _portfolio_word(tok: Token, caps: bool) -> bool:
    """A capitalised word of a portfolio: no title word, state or demonym."""
    return (
        _capitalised(tok, caps)
        and tok.is_alpha
        and tok.lower_ not in TITLE_WORDS
        and not state_key(tok.text)
        and not state_for_demonym(tok.text)
    )


def inner_body(span: Span) -> bool:
    """A known body's name the model reads as the end of a longer name ("the National Security
    Council", "the Tarnian State Security Council"): a body of its own, not the known one.

    The word before it must be capitalised, no state's name or demonym, and inside the same NER
    name; an international body's own lead ("UN Security Council") is matched whole by the
    gazetteer and never gets here.
    """
    if span.start == 0 or span[0].ent_iob_ != "I":
        return False
    prev = span.doc[span.start - 1]
    if not (prev.is_title and prev.is_alpha) or state_key(prev.text) or state_for_demonym(prev.text):
        return False  # "the Norlandic Red Cross": a state's own branch, read by the rules for those
    return known_body(f"{prev.text} {span.text}") is None
