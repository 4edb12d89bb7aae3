"""Quote + parsed text around it -> the attribution clause ("she said", "said the ministry").

News attaches a quote to its speaker in a handful of shapes, which this module reads off spaCy's
tokens and dependency parse:

* after the quote: “…,” Interior Minister Jane Doe said. / “…,” said Doe. / “…”, he added.
* at the end of the sentence: “…”, up from “5,000”, the ministry indicated.
* before the quote: Doe said: “…” / Doe told reporters, “…” / According to Doe, “…”
* around an embedded fragment: Doe warned that the “situation is dire” (mixed quotation).

Only speech verbs count (:data:`CUE_LEMMAS`), so "“…,” the report found" is not a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.quotes import Quote
from kg.extract.speakers import AGENCY_NOUNS, PERSON_NOUNS

__all__ = [
    "CUE_LEMMAS",
    "Attribution",
    "after",
    "before",
    "embedded",
    "is_cue",
    "is_saying_act",
    "naming",
    "sentence_final",
    "subject_phrase",
]


def _words(text: str) -> frozenset[str]:
    """The blank-separated words of a lexicon written as prose lines."""
    return frozenset(text.split())


#: Verbs that report speech or writing.
CUE_LEMMAS = _words(
    """
    say tell add state announce declare warn assure insist claim deny confirm tweet write indicate
    recall reiterate stress note explain argue acknowledge admit emphasize emphasise underline
    underscore suggest predict promise vow pledge urge reply respond answer comment observe remark
    continue conclude complain concede maintain contend assert allege reveal disclose mention
    recount quip joke post caution threaten affirm retort lament exclaim reaffirm specify clarify ask
    """
)
# Forms the lemmatizer sometimes leaves alone (tagged as proper nouns or adjectives).
_CUE_FORMS = frozenset({"said", "says", "told", "tells", "added", "adds", "tweeted", "wrote", "noted", "stated"})
_MAX_SUBJECT = 16  # tokens; longer "subjects" are clauses, not speaker phrases
_STOP_AFTER_INVERSION = frozenset({"who", "which", "that", "whose", "on", "in", "at", "during", "according", "while"})


@dataclass(frozen=True)
class Attribution:
    """Where a quote's speaker is named: the subject phrase, its head, and the clause's extent."""

    phrase: Span
    head: Token | None
    start: int  # character offsets of the whole attribution clause
    end: int


def is_cue(token: Token) -> bool:
    """True for a verb of speaking or writing."""
    if token.lower_ in _CUE_FORMS:
        return True
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS


#: Verbs that deliver words when their object is a noun of saying: "made the following statement:".
_SAYING_ACTS = frozenset({"make", "read", "issue", "deliver", "give", "release"})
_SAID_THINGS = frozenset({"statement", "remark", "remarks", "comment", "message", "announcement", "appeal", "update"})


def is_saying_act(token: Token) -> bool:
    """True for a verb that delivers words as its object: "read the following statement", "gave this update".

    Briefing records introduce a speaker's words this way ("Jane Roe, for the agency, made the
    following statement:"), with no verb of speaking, or in the passive ("The following statement was
    read by ...").
    """
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in _SAYING_ACTS:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _SAID_THINGS for c in token.children)


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="contract")
    return span if span is not None and len(span) else None


def _subject_child(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def subject_phrase(subject: Token, limit: int | None = None) -> Span:
    """The words of a subject with its appositions, without relative clauses ("X, who …")."""
    keep: list[int] = []

    def walk(t: Token) -> None:
        keep.append(t.i)
        for c in t.children:
            if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
                walk(c)

    walk(subject)
    # ``limit`` (the cue verb) cuts a subject that comes before its verb; a subject after it
    # ("…," said Jane Roe, the agency's director.) has no words before the verb to cut.
    if limit is not None and subject.i < limit:
        keep = [i for i in keep if i < limit]
    doc = subject.doc
    # A subject never runs across a line break: a live blog's time stamp on the line above
    # ("15:42" / "Jane Roe said: …") is parsed into the phrase, but is no part of it.
    breaks = [i for i in keep if i < subject.i and doc[i].is_space and "\n" in doc[i].text]
    keep = [i for i in keep if not breaks or i > max(breaks)]
    left, right = min(keep), max(keep) + 1
    while right > left + 1 and doc[right - 1].is_punct:
        right -= 1
    while left < right - 1 and doc[left].is_punct:
        left += 1
    return doc[left:right]


def _abbreviation_point(doc: Doc, i: int, limit: int) -> bool:
    """True for the full stop of an abbreviated rank or title inside a name ("said Lt. Col. Jane Roe").

    The tokenizer splits "Lt." into "Lt" and "."; inside the sentence (the quote-aware splitter
    has already found where it ends) a full stop glued to a capitalised word and followed by
    another word abbreviates that word rather than closing the clause.
    """
    if doc[i].text != "." or i == 0 or i + 1 >= limit:
        return False
    prev, nxt = doc[i - 1], doc[i + 1]
    glued = not prev.whitespace_ and prev.is_alpha and prev.text[0].isupper() and len(prev) <= 5
    return glued and nxt.text[:1].isalpha()


def _infix(doc: Doc, i: int) -> bool:
    """True for a hyphen inside a word ("the 31-year-old"), not a dash between words."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _quoted_as_saying(span: Span, verb: Token) -> Attribution | None:
    """ "X was quoted as saying" / "the agency quoted X as saying": the speaker is whom "quote" names.

    The speech verb "saying" has no subject of its own there: the person quoted is the passive
    subject or the object of "quote".
    """
    doc = span.doc
    if verb.lower_ != "saying" or verb.i == 0 or doc[verb.i - 1].lower_ != "as":
        return None
    quote = next((t for t in doc[span.start : verb.i] if t.lemma_.lower() == "quote" and t.pos_ == "VERB"), None)
    if quote is None:
        return None
    who = next((c for c in quote.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if who is None or who.i < span.start:
        return None
    phrase = subject_phrase(who, verb.i)
    return Attribution(phrase, who, span.start_char, verb.idx + len(verb.text))


def _according_to(span: Span) -> Attribution | None:
    """ "according to X" at the start of ``span``."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "according" or words[1].lower_ != "to":
        return None
    end = words[2].i
    while end + 1 < span.end and not span.doc[end + 1].is_punct and span.doc[end + 1].lower_ not in ("on", "in"):
        end += 1
    phrase = span.doc[words[2].i : end + 1]
    return Attribution(phrase, None, span.start_char, phrase.end_char)


def _clause(span: Span) -> Attribution | None:
    """Read "SUBJECT cue-verb ..." or "cue-verb SUBJECT ..." at the start of ``span``."""
    tokens = [t for t in span if not (t.is_punct or t.is_space)]
    if not tokens:
        return None
    according = _according_to(span)
    if according is not None:
        return according
    verb = next((t for t in tokens[: _MAX_SUBJECT + 1] if is_cue(t)), None)
    if verb is None:
        return None
    if (quoted := _quoted_as_saying(span, verb)) is not None:
        return quoted
    doc = span.doc
    before = [t for t in tokens if t.i < verb.i]
    subject = _subject_child(verb)
    if before and before[0].pos_ in ("CCONJ", "SCONJ", "ADP", "ADV", "VERB", "AUX"):
        return None  # "… and officials said": a new clause, not an attribution
    if before:
        if subject is None or not (before[0].i <= subject.i < verb.i):
            if any(t.pos_ in ("VERB", "AUX") for t in before):
                return None
            subject = None
        phrase = doc[before[0].i : verb.i]
        while len(phrase) and phrase[-1].is_punct:
            phrase = doc[phrase.start : phrase.end - 1]
        end = verb.i + 1
    else:
        # Inverted: "said Jane Doe, the governor of ...", "added this ally who ...".
        end = verb.i + 1
        while end < span.end and (not doc[end].is_punct or _abbreviation_point(doc, end, span.end) or _infix(doc, end)):
            if doc[end].lower_ in _STOP_AFTER_INVERSION:
                break
            end += 1
        if end + 1 < span.end and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
            end += 1  # "said the mayor, Jane Roe": the name in apposition belongs to the subject
            while end < span.end and doc[end].pos_ == "PROPN":
                end += 1
        phrase = doc[verb.i + 1 : end]
        if subject is not None and not (verb.i < subject.i < end):
            subject = None
    if not len(phrase) or len(phrase) > _MAX_SUBJECT:
        return None
    stop = next((t for t in doc[verb.i + 1 : span.end] if t.is_punct and t.text != "'s"), None)
    clause_end = stop.idx if stop is not None else span.end_char
    return Attribution(phrase, subject, span.start_char, max(clause_end, phrase.end_char))


def after(doc: Doc, quote: Quote, limit: int) -> Attribution | None:
    """The attribution right after the closing mark, up to ``limit`` (the sentence end or next quote)."""
    span = _tokens(doc, quote.close, limit)
    if span is None:
        return None
    return _clause(span) or _signed(span)


# A dash and a signature closing the line after a quote: ” — Director Jane Roe
_SIGNATURE_LINE = re.compile(r"\s*[—–-]\s+[^\n“”\"«»]{2,120}")


def signature_line(text: str, quote: Quote, line_end: int) -> bool:
    """True for a line that is a whole quoted sentence and its signature ("“…” — Jane Roe"): it
    does not end like a sentence, yet it is no headline."""
    return text[quote.start : quote.end].rstrip()[-1:] in ".!?…" and bool(
        _SIGNATURE_LINE.fullmatch(text, quote.close, line_end)
    )


def _signed(span: Span) -> Attribution | None:
    """A signature after a dash: “…” — Director Jane Roe (pull quotes, posts, summaries).

    The words after the dash must be a name phrase: no verb, headed by a name or by an office or
    body noun ("— the ministry's spokesperson"), so that a dash opening a comment ("— a claim
    Ruritania denies", "— the latest sign of tension") is no signature.
    """
    words = [t for t in span if not t.is_space]
    if len(words) < 2 or words[0].text not in ("—", "–", "-") or len(words) > _MAX_SUBJECT:
        return None
    doc = span.doc
    phrase = doc[words[1].i : words[-1].i + 1]
    while len(phrase) and phrase[-1].is_punct:
        phrase = doc[phrase.start : phrase.end - 1]
    if not len(phrase) or any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    root = phrase.root
    if root.pos_ != "PROPN" and root.lemma_.lower() not in PERSON_NOUNS | AGENCY_NOUNS:
        return None
    return Attribution(phrase, None, span.start_char, phrase.end_char)


def sentence_final(doc: Doc, quote: Quote, limit: int, quotes: list[Quote]) -> Attribution | None:
    """The attribution closing the sentence: "…”, up from “5,000” last week, the ministry said."""
    span = _tokens(doc, quote.close, limit)
    if span is None:
        return None
    inside = [(q.open, q.close) for q in quotes]
    commas = [t for t in span if t.text == "," and not any(a <= t.idx < b for a, b in inside)]
    if not commas:
        return None
    tail = _tokens(doc, commas[-1].idx + 1, limit)
    return _clause(tail) if tail is not None else None


def before(doc: Doc, quote: Quote, start: int) -> Attribution | None:
    """The attribution leading into the quote: "Doe said:", "Doe told reporters,", "According to Doe,"."""
    span = _tokens(doc, start, quote.open)
    if span is None:
        return None
    words = [t for t in span if not t.is_space]
    if not words or not (words[-1].text in (":", ",") or words[-1].lower_ == "that"):
        return None
    according = _according_to(span)
    if according is not None:
        return according
    if (label := _name_label(span, words)) is not None:
        return Attribution(label, label[-1], span.start_char, quote.open)
    colon = words[-1].text == ":"
    for verb in reversed(words):
        if not (
            is_cue(verb) or (colon and (is_saying_act(verb) or (verb.tag_ == "VBG" and verb.lemma_.lower() == "speak")))
        ):
            continue
        if (quoted := _quoted_as_saying(span, verb)) is not None:
            return quoted
        subject = _subject_child(verb) or _participle_subject(verb)
        if subject is None or subject.i < span.start or subject.i > verb.i:
            return None
        phrase = subject_phrase(subject, verb.i)
        if phrase.start < span.start:
            return None
        return Attribution(phrase, subject, span.start_char, quote.open)
    return _judged(span, words) if colon else None


# Nouns for what someone says: "her answer was short: “…”".
_SAYING_NOUNS = frozenset({"message", "answer", "reply", "response", "verdict", "words", "warning", "reaction"})


def _judged(span: Span, words: list[Token]) -> Attribution | None:
    """A copular lead-in that judges the words to come: "She was blunt:", "Roe's reply was short:".

    The speaker is the subject when it is a name or a personal pronoun, or the possessor of a noun
    of saying ("message", "answer"); "The result was clear:" names no one.
    """
    be = next((t for t in reversed(words) if t.lemma_.lower() == "be" and t.pos_ in ("AUX", "VERB")), None)
    if be is None or not any(c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" for c in be.children):
        return None
    subject = _subject_child(be)
    if subject is None or subject.i < span.start:
        return None
    if subject.pos_ == "PROPN" or subject.lower_ in ("he", "she", "they"):
        who, phrase = subject, subject_phrase(subject, be.i)
    else:
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None or subject.lemma_.lower() not in _SAYING_NOUNS:
            return None
        who, phrase = owner, span.doc[owner.left_edge.i : owner.i + 1]
    return Attribution(phrase, who, span.start_char, span.end_char) if phrase.start >= span.start else None


def _participle_subject(verb: Token) -> Token | None:
    """Who speaks in a participle clause without a subject of its own: the subject of the clause it
    hangs from ("Roe said …, adding: “…”") or the name it modifies ("Roe, speaking in the
    chamber: “…”")."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject_child(verb.head)
    return None


def _name_label(span: Span, words: list[Token]) -> Span | None:
    """A name standing as a label before a colon: 'Mayor Jane Roe: "…"', 'Head of the office Jane Roe: "…"'.

    Press releases and posts put the speaker before the quote this way, with no verb at all; the
    label opens its sentence and ends in a proper noun.
    """
    if words[-1].text != ":" or len(words) < 3 or len(words) > _MAX_SUBJECT + 1:
        return None
    words = _without_setting(words)
    if len(words) < 3 or any(t.pos_ in ("VERB", "AUX") for t in words) or words[-2].pos_ != "PROPN":
        return None
    if words[-3].pos_ != "PROPN":  # a name of two words or more: "KYIV:" is a dateline
        return None
    if words[0].i != words[0].sent.start and not words[0].is_sent_start:
        return None
    return span.doc[words[0].i : words[-2].i + 1]


#: Prepositions of where a live blog's speaker stands: "Minister Roe at the podium:".
_SETTING_PREPOSITIONS = frozenset({"at", "in", "on", "from", "outside"})


def _without_setting(words: list[Token]) -> list[Token]:
    """A label's words without a closing phrase of where the speaker stands, its colon kept: a live
    blog writes "12:10 Minister Roe at the podium:" or "Roe in the chamber:" before the quote.
    The phrase is a preposition and a short noun phrase of common nouns after the name."""
    prep = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower_ in _SETTING_PREPOSITIONS), None)
    if prep is None or words[prep - 1].pos_ != "PROPN" or len(words) - 1 - prep > 4:
        return words
    rest = words[prep + 1 : -1]
    if not rest or rest[-1].pos_ != "NOUN" or any(t.pos_ not in ("DET", "ADJ", "NOUN") for t in rest):
        return words
    return [*words[:prep], words[-1]]


#: Verbs that put a name on something: "X called the attack “a planned aggression”".
NAMING_LEMMAS = _words(
    """
    call describe denounce brand term label dub condemn characterize characterise decry
    """
)


def naming(doc: Doc, quote: Quote, quotes: list[Quote]) -> Attribution | None:
    """The speaker of a quoted phrase that names something: the body's or person's own words.

    "The ministry called the shelling “a planned aggression”", "Doe described the vote as “a
    farce”": the fragment is the object predicate of a naming verb (directly, or through "as"),
    the verb has an object of its own, and its subject lies outside every quote. Without that
    object ("called for “restraint”") the fragment is a term, not words said.
    """
    span = _tokens(doc, quote.start, quote.end)
    if span is None:
        return None
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head.head if verb.head.dep_ == "dobj" else verb.head
    elif root.dep_ not in ("oprd", "xcomp", "attr", "ccomp"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in NAMING_LEMMAS or span.start <= verb.i < span.end:
        return None
    if not any(c.dep_ == "dobj" and not (span.start <= c.i < span.end) for c in verb.children):
        return None
    subject = _subject_child(verb)
    inside = [(q.open, q.close) for q in quotes]
    if subject is None or any(a <= subject.idx < b for a, b in inside):
        return None
    phrase = subject_phrase(subject, verb.i)
    return Attribution(phrase, subject, phrase.start_char, verb.idx + len(verb.text))


_CLIMB = frozenset(
    {"ccomp", "xcomp", "conj", "dobj", "advcl", "prep", "pobj", "acomp", "attr", "nsubj", "pcomp", "oprd"}
)


def _fragment_root(span: Span) -> Token:
    """The word that hangs a quoted fragment on its sentence: the span's root, or, when the parse
    hangs a later conjunct of the fragment on the reporting verb ("said the ferry was “late, but it
    is safe”" with "but … is" on "said"), the first word whose head lies outside the span, past
    conjunctions and punctuation."""
    outer = [t for t in span if t.head.i != t.i and not span.start <= t.head.i < span.end]
    words = [t for t in outer if t.dep_ not in ("cc", "punct") and not t.is_space]
    return words[0] if words and span.root.dep_ in ("cc", "punct") else span.root


#: Words from which a quoted noun phrase is a claim in the speaker's words, not a term or a scare
#: quote: "had seen “more boats in the past month than in all of last year”".
_WORDED = 8


def _worded(span: Span) -> bool:
    """True for a quoted noun phrase long enough to be what someone said."""
    return sum(1 for t in span if t.is_alpha) >= _WORDED


def _predicate(span: Span) -> bool:
    """True for a quoted predicate of "be" ("the decision was “a sovereign matter”") or of an object
    ("regarded the deal as “a fair bargain”", "called the plan “a farce”"): a judgement the clause's
    speaker makes, where a quoted noun phrase elsewhere is a term."""
    root = _fragment_root(span)
    if span.start <= root.head.i < span.end:
        return False
    if root.dep_ in ("attr", "acomp"):
        return root.head.lemma_.lower() == "be"
    if root.dep_ == "oprd":
        return True
    as_ = root.head  # "regarded X as “…”": the "as" after a verb with an object, or on the object
    verb = as_.head.head if as_.head.dep_ == "dobj" else as_.head
    return (
        root.dep_ == "pobj"
        and as_.lower_ == "as"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in verb.children)
    )


#: Links by which a quoted adverbial hangs on the reported verb: "would open “before the first snow”",
#: "will sail “once the storm has passed”".
_ADVERBIAL = frozenset({"prep", "advmod", "advcl", "npadvmod"})


def _adverbial(span: Span) -> bool:
    """True for a quoted adverbial of the reported verb ("open “before the first snow”", "settle it “in
    line with the constitution”"): when, how or on what terms, in the speaker's own words."""
    root = _fragment_root(span)
    return root.dep_ in _ADVERBIAL and root.head.pos_ in ("VERB", "AUX") and not span.start <= root.head.i < span.end


def embedded(doc: Doc, quote: Quote, quotes: list[Quote]) -> Attribution | None:
    """The speaker of a quoted fragment inside a reported clause.

    "Doe warned that the “situation is dire”", "Doe said the vote was “a farce”", "Doe said the
    ferry would sail “once the storm has passed”": the fragment (with a verb, the predicate of "be",
    an adverbial of the reported verb, or a noun phrase of :data:`_WORDED` words) sits (through
    complement, object and preposition links only) under a speech verb whose subject lies outside
    every quote. A fragment under a noun ("Doe reiterated Smith's threat that “…”") is someone
    else's words and is left.
    """
    span = _tokens(doc, quote.start, quote.end)
    adverbial = span is not None and _adverbial(span)
    if span is None or not (
        any(t.pos_ in ("VERB", "AUX") for t in span) or _predicate(span) or adverbial or _worded(span)
    ):
        return None  # a short quoted noun phrase is a term or a scare quote, not words someone said
    inside = [(q.open, q.close) for q in quotes]
    token = _fragment_root(span)
    for step in range(5):
        if (token.dep_ not in _CLIMB and not (step == 0 and adverbial)) or token.head.i == token.i:
            return None
        token = token.head
        if token.i >= span.start and token.i < span.end:
            continue
        if is_cue(token):
            subject = _subject_child(token)
            if subject is None or any(a <= subject.idx < b for a, b in inside):
                return None
            phrase = subject_phrase(subject, token.i)
            return Attribution(phrase, subject, phrase.start_char, token.idx + len(token.text))
    return None
