"""(spaCy Doc, voiced body) -> the few key sentences of a text that is one person's words.

A statement or speech gives its speaker's words sentence by sentence, but only a handful carry
the position taken: annotators keep up to five. The choice follows the classic cues of extractive
summarisation (Edmundson, 1969), read off the parse rather than from word lists:

* title: the sentence shares content words with the title and the text's own frequent words;
* stance: the main clause is in the present or future, or has a modal ("will", "must",
  "cannot"), or evaluates ("are unacceptable", "strongly condemns");
* narration: a main clause in the past tense ("spoke yesterday", "announced") or a
  present perfect of third parties reports events, not the speaker's position, unless it counts
  a result in figures ("our officers cleared 4,000 lorries"): the annotation guideline keeps
  claims, figures and decisions;
* gloss: a main clause whose subject is a demonstrative pronoun ("That means …", "This shows
  that …") leans on the sentence before and weighs less (it may still evaluate: "This is an
  attempt to …");
* voice: a main clause whose subject is "I" or "we" ("I propose that …", "We will not …") is the
  author speaking for themselves, as a letter or a minister's statement does, and weighs more;
* framing: a short first-person clause before a colon ("Let me say this plainly: …") marks the
  point the speaker wants retained;
* location: earlier sentences and paragraph openings weigh a little more; the opening sentence
  of a numbered or bulleted point ("2. …") weighs as much as a stance, even in the past tense,
  since a list of points (a governor's update, a communiqué's paragraphs) puts each point's gist
  first.

Courtesies ("It is my pleasure to …", "I would like to thank …") come last. Never kept:
protocol (greetings, thanks for a briefing), sentences whose words the text gives to someone
else ("As Jane Roe told us, …"), and sentences overlapping a quote attributed elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.attribution import is_cue
from kg.extract.index import EntityIndex
from kg.extract.quotes import find_quotes, is_headline, paragraphs, sentence_end
from kg.extract.voiced import Voice
from kg.model import Entity
from kg.nlp.doctext import doc_text

__all__ = ["MAX_KEY", "MORE_KEY", "key_sentences", "top_words"]

#: How many sentences of one voiced text become statements (annotators keep up to five).
MAX_KEY = 5
#: How many more may follow when they take a position (a present, future or modal main clause):
#: which five a reader keeps is a matter of choice, and the speaker's other positions are the
#: likeliest alternatives; narration and courtesies never fill these places.
MORE_KEY = 2
_MIN_WORDS = 4

# Protocol openings of a speech ("Thank you, Madam Chair.", "Good afternoon, everybody.",
# "Mr President, let me begin …", "Honourable Members, …") and its closing blessings ("May God
# bless our people.", "Long live the Republic.").
_PROTOCOL = re.compile(
    r"^(?:thank\s+you|thanks|good\s+(?:morning|afternoon|evening)|ladies\s+and|excellenc|distinguished|dear\s"
    r"|honou?rable|(?:mr\.?|madam|madame)\s+(?:president|chair\w*|speaker|secretary|prime)"
    r"|(?:may\s+)?god\s+(?:bless|save|keep)\b|long\s+live\b)",
    re.I,
)
# Thanks to the previous speaker for the floor or a briefing: a formality, not a position.
_BRIEFING_THANKS = re.compile(
    r"\b(?:thank|grateful|appreciat\w*)\b.*\bfor\s+(?:\w+\s+){0,2}(?:briefing|presentation|introduction|remarks|chairing)",
    re.I,
)
# Courtesies of a speech ("It is my pleasure to …", "I would like to thank …"): kept only when
# nothing else is left, as they carry no position.
_COURTESY = frozenset(
    {"thank", "congratulate", "congratulation", "pleasure", "honour", "honor", "privilege", "appreciation"}
)
_MODALS = frozenset({"will", "would", "must", "should", "shall", "can", "cannot", "may", "might", "ca", "wo"})
_FIRST = frozenset({"i", "we"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Demonstrative pronoun subjects that point back at the sentence before.
_ANAPHORA = frozenset({"this", "that"})
# Entity types of counted or measured quantities (not dates or times, which every narration has).
_FIGURES = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
# Function words left out of the title cue.
_STOP = frozenset(
    {"a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as"}
    | {"is", "are", "was", "were", "be", "it", "its", "this", "that", "these", "those"}
)


# A numbered or bulleted point's marker at the start of a paragraph ("1. ", "2) ", "- ", "• ").
_POINT = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–])\s+")
# A point counted in words, the ordinal part of its sentence ("First, a curfew is imposed …",
# "Secondly, …"): an English ordinal adverb, then a comma.
_WORDED_POINT = re.compile(r"\s*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,\s", re.I)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    para: int
    first_in_para: bool
    opens_point: bool = False


def _sentences(text: str, body: int, end: int) -> list[_Sentence]:
    """The body's sentences (bounded with the quote-aware splitter), headline lines left out."""
    quotes = find_quotes(text)
    out: list[_Sentence] = []
    for p, (ps, pe) in enumerate(x for x in paragraphs(text) if x[0] >= body and x[1] <= end):
        if is_headline(text, ps, pe):
            continue
        marker = _POINT.match(text, ps, pe)
        pos, first = (marker.end(), True) if marker else (ps, True)
        point = marker is not None or _WORDED_POINT.match(text, ps, pe) is not None
        while pos < pe:
            e = sentence_end(text, pos, pe, quotes)
            if e <= pos:
                break
            out.append(_Sentence(pos, e, p, first, first and point))
            first = False
            pos = e
            while pos < pe and text[pos].isspace():
                pos += 1
    return out


#: Question words that open a speech's signpost after its ordinal: "Second, where the money goes."
_SIGNPOST_WH = frozenset({"what", "how", "why", "where", "who"})


def _signpost(span: SpacySpan, line: str, start: int) -> bool:
    """A speech's signpost, not a point: "Second, where the money goes.", "Third, who pays."

    After the ordinal stands only a clause a question word opens, hanging on nothing: the heading
    of the part to come (in "Second, what we did worked." the clause is the subject of a verb).
    """
    marker = _WORDED_POINT.match(line)
    if marker is None:
        return False
    rest = span.doc.char_span(start + marker.end(), start + len(line), alignment_mode="expand")
    if rest is None or not len(rest) or rest[0].lower_ not in _SIGNPOST_WH:
        return False
    # the clause's verb roots the sentence, or hangs on the ordinal that does ("First" as the root)
    return rest[0].head.i == rest.root.i and (span.root.i == rest.root.i or span.root.i < rest.start)


def _content(tokens: SpacySpan | Doc) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not t.is_stop}


def _main_verb(span: SpacySpan) -> Token | None:
    """The verb of the main clause: the root, or the first finite verb when the parse roots a noun."""
    roots = [t for t in span if t.dep_ == "ROOT" or t.head.i < span.start or t.head.i >= span.end]
    if roots and roots[0].pos_ in ("VERB", "AUX"):
        return roots[0]
    return next((t for t in span if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)


def _stance(span: SpacySpan) -> float:
    """+1 for a present, future or modal main clause or an evaluation; -1 for past narration."""
    score = 0.0
    root = _main_verb(span)
    if root is not None:
        aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
        tags = {root.tag_, *(a.tag_ for a in aux)}
        if any(a.lower_ in _MODALS for a in aux) or "MD" in tags:
            score += 1.0
        elif root.tag_ == "VBD" or (aux and all(a.tag_ == "VBD" for a in aux)):
            # a result counted in figures ("our officers processed 2.7 million crossings") is a
            # claim the speaker stands behind, not narration
            score += 0.5 if _has_figure(span) else -1.0
        elif any(a.lemma_ == "have" for a in aux) and root.tag_ == "VBN":
            subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            score += 0.0 if subject is not None and subject.lower_ in _FIRST else -0.5
        elif root.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
            score += 1.0
        mods = [c for c in root.children if c.dep_ in ("acomp", "advmod") and c.pos_ in ("ADJ", "ADV")]
        if any(c.lower_ != "also" for c in mods):
            score += 0.5
        if any(c.lower_ == "also" for c in mods):
            score -= 0.5  # "We will also extend …": an addition to a point made before, not the point
        if _first_person_subject(root):
            score += 0.5  # "I propose …", "We will not …": the author speaking for themselves
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in _ANAPHORA and subject.pos_ == "PRON":
            score -= 1.0  # "That means …", "This shows that …": a gloss on the sentence before
    return score


def _first_person_subject(verb: Token) -> bool:
    """True when "I" or "we" is the subject of ``verb`` or of the verb it is coordinated with."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST for c in v.children):
            return True
    return False


def _has_figure(span: SpacySpan) -> bool:
    """True when the sentence counts or measures something in figures ("2.7 million", "340 residents")."""
    return any(t.ent_type_ in _FIGURES and any(ch.isdigit() for ch in t.text) for t in span)


def _framed(span: SpacySpan) -> bool:
    """True when the speaker frames the sentence as the point to retain: a short first-person
    clause before a colon ("Let me say this clearly: …", "I want to be clear about one thing: …")."""
    colon = next((t for t in span if t.text == ":"), None)
    if colon is None or colon.i - span.start > 9:
        return False
    return any(t.lower_ in _FIRST_PERSON for t in span.doc[span.start : colon.i])


def _reported_by_other(span: SpacySpan, index: EntityIndex, voice: Entity) -> bool:
    """True when the sentence gives its words to a named speaker other than the voice.

    "As Jane Roe told us, …", "Roe said that …", "according to Roe, …" (or to a body named as a
    proper noun the entities miss: "according to the Joint Staff, …"); a speech verb with a plain
    object ("Roe reaffirmed her support") reports an act, not words, and does not count.
    """
    for t in span:
        if t.lower_ == "according" and t.i + 1 < len(span.doc) and span.doc[t.i + 1].lower_ == "to":
            to = span.doc[t.i + 1]
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            if source is None:
                source = span.doc[t.i + 2] if t.i + 2 < len(span.doc) else None
            heads = [source] if source is not None else []
            # "According to the Joint Staff, …": a source named as a proper noun (a body the
            # entities may not hold) is someone else's, unless it names the voice
            sourced = source is not None and source.pos_ == "PROPN"
            whole = False  # the source ends at its head: "the local authorities in the state of X" are no X
        elif is_cue(t) and any(c.dep_ == "ccomp" or (c.dep_ == "mark" and c.lower_ == "as") for c in t.children):
            heads = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            sourced, whole = False, True
        else:
            continue
        for c in heads:
            last = c.right_edge if whole else c
            lo, hi = c.left_edge.idx, last.idx + len(last.text)
            named = [e for _, e in index.within(lo, hi)]
            if all(e.key != voice.key for e in named) and (named or sourced):
                return True
    return False


def top_words(freq: Counter[str], count: int = 10) -> set[str]:
    """The ``count`` most frequent words seen more than once, ties broken by the word.

    Not ``Counter.most_common``: it breaks ties by insertion order, and the words come from sets,
    whose order changes from one process to the next (string hashing): the same text would get
    other key sentences on another run.
    """
    ranked = sorted(freq.items(), key=lambda item: (-item[1], item[0]))
    return {w for w, n in ranked[:count] if n > 1}


def key_sentences(
    doc: Doc, voice: Voice, entities: tuple[Entity, ...], title: str, taken: list[tuple[int, int]], end: int
) -> list[tuple[int, int]]:
    """Offsets of up to :data:`MAX_KEY` key sentences of the body (and :data:`MORE_KEY` positions), in text order.

    Args:
        doc: the parsed text.
        voice: whose words the text is and where its body begins.
        entities: the document's entities, to tell the voice from other speakers.
        title: the title lines, for the title-word cue.
        taken: spans of quotes already attributed to someone: sentences overlapping them are left.
        end: where the body ends (the text's end, or where a transcript takes over).
    """
    text = doc_text(doc)
    index = EntityIndex(entities)
    cands = []
    for s in _sentences(text, voice.body_start, end):
        span = doc.char_span(s.start, s.end, alignment_mode="expand")
        words = len(re.findall(r"\w+", text[s.start : s.end]))
        if span is None or words < _MIN_WORDS or text[s.end - 1 : s.end] == "?":
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in span):
            continue  # a line of the header ("Tuesday, 6 May (11:05 a.m.)"), not a sentence said
        line = text[s.start : s.end]
        if _PROTOCOL.match(line) or _BRIEFING_THANKS.search(line) or _signpost(span, line, s.start):
            continue
        if any(a < s.end and s.start < b for a, b in taken) or _reported_by_other(span, index, voice.speaker):
            continue
        cands.append((s, span))
    if not cands:
        return []
    freq = Counter(w for _, span in cands for w in _content(span))
    top = top_words(freq)
    heading = {w.lower() for w in re.findall(r"[^\W\d_]+", title)} - _STOP
    scored = []
    for k, (s, span) in enumerate(cands):
        content = _content(span)
        lex = {t.lower_ for t in span}
        plain = not any(t.lemma_.lower() in _COURTESY for t in span)
        stance = score = _stance(span)
        if _framed(span):
            score += 1.5
        if s.opens_point:  # a point's gist, though told in the past tense ("2. A drone struck …")
            score = max(stance, 0.0) + 1.0
        score += 0.5 * min(2, len(lex & heading)) + 0.25 * min(2, len(content & top))
        score += (0.25 if s.first_in_para else 0.0) + 1.0 * (1 - k / len(cands))
        scored.append((plain, score, -k, s, stance))
    ranked = sorted(scored, key=lambda x: x[:3], reverse=True)
    # In a list of points the likeliest other choices are the other points' gists, not details.
    listed = sum(s.opens_point for _, _, _, s, _ in scored) >= 3
    more = [x for x in ranked[MAX_KEY:] if x[0] and (x[3].opens_point if listed else x[4] > 0)][:MORE_KEY]
    return sorted((x[3].start, x[3].end) for x in ranked[:MAX_KEY] + more)
