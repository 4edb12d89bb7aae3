"""(spaCy Doc, Article, entities) -> statements: who said what, and when.

Four sources, in order of trust:

1. Direct quotes in any quote style, attributed by the clause after, around or before them
   (:mod:`kg.extract.attribution`), the speaker resolved by :mod:`kg.extract.speakers`. A quote
   standing alone as a sentence takes the speaker of the quote before it in the paragraph
   ("“A,” he said. “B.”" gives two statements by him), or of the quote it runs on from. A quote
   opening the paragraph after a broadcast cue line ("((Marta, refugee))") or after a sentence
   introducing a speaker ("Marta, a mother of two, says …") is that speaker's sound bite.
2. Transcript turns ("PRESIDENT DOE: …") whose label names a person of the document. A quote
   inside a turn counts only with its own attribution clause ('DOE: Kast said: "…"' is Kast's),
   and an unlabelled line attributing a quote is narration, not a continuation of the turn.
   A paragraph with no quotation marks after a lead-in ending in a colon ("Jane Roe, the
   agency's head, said:") is that speaker's direct speech (:mod:`kg.extract.lead_in`).
3. A text that is one speaker's words (:mod:`kg.extract.voiced`): its key sentences
   (:mod:`kg.extract.key_sentences`), unless the text is a transcript.
4. Reported speech ("Doe said that …"), only when asked for (``reported=True``).

Rules for quoted fragments inside a sentence (“scare quotes”): a fragment of one word is never a
statement ("the situation is “tense”"), nor a Title Case one (a name or a title); a fragment of
two words or more is a statement when the sentence attributes it ("others “just disappear,” the
minister added") or when it sits in the complement of a speech verb ("Doe assured that they “will
never recognize” it"); its words are the fragment only, the speaker's own words. Quotes in
headlines and other lines that do not end like a sentence are skipped.

Reported speech is off by default: annotators of news graphs (and the project's gold files) keep
direct quotes as statements and treat "X said that …" as attribution of a claim, so emitting
every indirect clause costs precision. Callers that want them pass ``reported=True``.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract import attribution
from kg.extract.asking import only_asks
from kg.extract.behalf import on_behalf_of
from kg.extract.chairing import COURTESY, runs_session
from kg.extract.confirmations import only_confirms
from kg.extract.cues import Tag, caption_above, cue_before, find_tags
from kg.extract.index import EntityIndex
from kg.extract.interviews import interview_answers
from kg.extract.key_sentences import key_sentences
from kg.extract.label_initials import initials_holder
from kg.extract.label_offices import office_holder
from kg.extract.lead_in import find_lead_ins
from kg.extract.quotes import (
    Quote,
    find_quotes,
    is_headline,
    paragraph_of,
    paragraphs,
    sentence_end,
    sentence_start,
)
from kg.extract.record_narration import narrates_sitting
from kg.extract.reported import find_reported
from kg.extract.speakers import SpeakerResolver
from kg.extract.timex import find_times
from kg.extract.transcript import (
    Turn,
    askers,
    audience_label,
    find_turns,
    is_narrator,
    label_matches,
    label_words,
    narrators,
    opening_continuation,
    role_holder,
    without_kicker,
)
from kg.extract.voiced import Voice
from kg.model import Article, Entity, Position, Span, Statement

__all__ = ["find_statements"]

log = logging.getLogger(__name__)

# Attribution subjects that, inside a transcript turn, name the turn's own speaker or listener
# ("DOE: And I said, “no”"): such a quote is not attributed to anyone by its own clause.
_FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})


@dataclass
class _Found:
    """A quote being attributed: mutable while speakers propagate between neighbours."""

    quote: Quote
    para: int
    sent_start: int
    sent_end: int
    full: bool  # stands as (or opens) a sentence, rather than a fragment inside one
    in_turn: bool = False  # inside a transcript turn: kept only with its own attribution clause
    voice: str | None = None  # the key of the person whose turn the quote is in: "she" is someone else
    speaker: Entity | None = None
    attr: attribution.Attribution | None = None


def _is_title(text: str) -> bool:
    """True for Title Case words ("Rivers of Sand", "Operation Border Shield"): a name, not speech."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    small = {"of", "the", "and", "in", "on", "for", "a", "an", "to", "at", "with"}
    content = [w for w in words if w.lower() not in small]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _attribute(
    doc: Doc,
    text: str,
    found: list[_Found],
    quotes: list[Quote],
    resolver: SpeakerResolver,
    voice: Entity | None = None,
) -> None:
    """Find each quote's attribution clause and resolve its speaker, in text order.

    In a text that is one speaker's words (``voice``), a quote the text's "I" or "we" says ("“…,”
    I declare to the families") is that speaker's.
    """
    by_sentence: dict[tuple[int, int], list[Quote]] = defaultdict(list)  # one pass, not one per quote
    for g in found:
        by_sentence[g.para, g.sent_start].append(g.quote)
    for k, f in enumerate(found):
        q = f.quote
        same = by_sentence[f.para, f.sent_start]
        prev_close = max([g.close for g in same if g.close <= q.open], default=f.sent_start)
        next_open = min([g.open for g in same if g.open >= q.close], default=f.sent_end)
        attr = (
            attribution.after(doc, q, next_open)
            or attribution.before(doc, q, prev_close)
            or attribution.sentence_final(doc, q, f.sent_end, quotes)
        )
        if not f.full and attr is None:
            attr = attribution.embedded(doc, q, quotes) or attribution.naming(doc, q, quotes)
        if attr is None or (f.in_turn and attr.phrase.root.lower_ in _FIRST_SECOND):
            continue
        if any(t.text.endswith(":") and attr.phrase.root.i < t.i for t in attr.phrase):
            # 'ROE (Daily Post): Jo, the ministry said it had "no notice". …?': the parse took the
            # line's label for the subject; the words a questioner quotes are never the questioner's
            continue
        f.attr = attr
        if voice is not None and not f.in_turn and attr.phrase.root.lower_ in ("i", "we"):
            f.speaker = voice
            continue
        f.speaker = resolver.resolve(attr.phrase, attr.head, q.open, exclude=f.voice)
        if f.speaker is not None:
            resolver.note_speaker(attr.phrase.start_char, f.speaker)
        elif k and found[k - 1].para == f.para and attr.phrase.root.lower_ in ("he", "she", "they", "it"):
            f.speaker = found[k - 1].speaker  # "“A,” she said. “B,” she added.": the same voice


def _propagate(found: list[_Found], resolver: SpeakerResolver) -> None:
    """Give unattributed full quotes the speaker of their neighbour in the paragraph or run-on.

    Not across a change of subject: in 'Doe said: “A.” Roe disagreed. “B.”' B is not Doe's. The
    clause that attributes the quote before is no change of subject, whatever bodies its speaker's
    title names ('“A,” said the Police Director of X, Jo Roe. “B.”' gives both to Jo Roe).
    """
    for k, f in enumerate(found):
        if f.speaker is not None or f.attr is not None or not f.full or f.in_turn:
            continue
        prev = found[k - 1] if k else None
        if (
            prev is not None
            and prev.speaker is not None
            and (prev.para == f.para or (not prev.quote.closed and prev.para == f.para - 1))
            and resolver.subjects_between(_after_attribution(prev), f.quote.open) <= {prev.speaker.key}
        ):
            f.speaker = prev.speaker
    for k in range(len(found) - 1, -1, -1):
        f = found[k]
        if f.speaker is not None or f.attr is not None or not f.full or f.in_turn:
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (
            nxt is not None
            and nxt.speaker is not None
            and (nxt.para == f.para or (not f.quote.closed and nxt.para == f.para + 1))
        ):
            f.speaker = nxt.speaker


def _after_attribution(f: _Found) -> int:
    """Where the words after a quote stop belonging to it: the end of its attribution clause when
    that clause follows the quote ('“A,” said the head of X, Jo Roe.'), else the quote's close."""
    if f.attr is not None and f.attr.start >= f.quote.close:
        return max(f.quote.close, f.attr.end)
    return f.quote.close


def _tag_speaker(
    tag: Tag, resolver: SpeakerResolver, people: list[Entity], positions: Sequence[Position]
) -> Entity | None:
    """The person a cue line names: its mention there, else the one person of that name elsewhere
    (the model may read no name on a cue line, "CLIP - Jane Roe (0:12):", that a caption gives);
    a cue of an office alone ("INSERT 1 - DEPUTY DIRECTOR, X") is its holder's."""
    if tag.role_only:
        return office_holder(tag.name, positions, people) or role_holder(resolver.doc.text, tag.name, people)
    found = resolver.index.at(tag.start, tag.end)
    if found is not None:
        return found
    named = [e for e in people if any(label_matches(tag.name, n) for n in (e.name, *e.aliases))]
    return named[0] if len(named) == 1 else None


#: Bracketed script cues alone before a quote on its line: "[SOT] “…”", "[SOT] [NATS] “…”".
_CUES_ONLY = re.compile(r"(?:\[[^\[\]\n]{1,40}\][ \t]*)+")


def _cued(
    text: str,
    found: list[_Found],
    paras: list[tuple[int, int]],
    tags: list[Tag],
    resolver: SpeakerResolver,
    people: list[Entity],
    positions: Sequence[Position],
) -> None:
    """Speakers of sound bites: a quote opening the paragraph after a cue line or an introduction.

    Broadcast scripts put the speaker before the bite, on a cue line ("((Marta, refugee))") or in
    the sentence that closes the previous paragraph ("Marta, a mother of two, says she left at
    night."); the quote itself carries no attribution.
    """
    by_line = {t.line_start: t for t in tags}
    for f in found:
        if f.speaker is not None or f.attr is not None or not f.full or f.in_turn or not f.para:
            continue
        opening = text[paras[f.para][0] : f.quote.open].strip()
        if opening and _CUES_ONLY.fullmatch(opening) is None:
            continue  # the quote opens its paragraph, after the bite's own bracketed cue at most
        above = cue_before(text, paras, f.para)
        prev_start, prev_end = paras[f.para - 1]
        tag = by_line.get(paras[above][0]) if above is not None else None
        if tag is not None:
            f.speaker = _tag_speaker(tag, resolver, people, positions)
            continue
        f.speaker = _introducer(resolver.doc, prev_start, prev_end, resolver)


def _bites(
    text: str,
    paras: list[tuple[int, int]],
    tags: list[Tag],
    quotes: list[Quote],
    resolver: SpeakerResolver,
    people: list[Entity],
    positions: Sequence[Position],
) -> list[Statement]:
    """Unquoted sound bites: the paragraph right after a cue line, when it holds no quotation mark
    and the cue's own line quoted none ('CLIP (JANE ROE, farmer): "…"' has said its bite)."""
    out = []
    starts = {t.line_start for t in tags}
    for tag in tags:
        k = next((i for i, (s, _) in enumerate(paras) if s == tag.line_start), None)
        if k is None or k + 1 >= len(paras):
            continue
        if any(paras[k][0] <= q.open < paras[k][1] for q in quotes):
            continue
        s, e = paras[k + 1]
        if s in starts or is_headline(text, s, e) or any(s <= q.open < e for q in quotes):
            continue
        speaker = _tag_speaker(tag, resolver, people, positions)
        if speaker is not None and speaker.type == "Person":
            bite = _span(text, s, e)
            out.append(Statement(speaker.key, bite.text, bite, (_span(text, tag.line_start, e),)))
    return out


_SPEAKS = frozenset({"speak", "address"})


def _introducer(doc: Doc, start: int, end: int, resolver: SpeakerResolver) -> Entity | None:
    """The person a paragraph's last sentence introduces as speaking ("Marta says she left …",
    a live blog's "Jane Roe is speaking in parliament now.", a briefing's "Jane Roe, for the
    agency, made the following statement:"); a statement read or issued "on behalf of" someone is
    theirs, not the reader's."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[-1].sent
    for verb in sent:
        if not (attribution.is_cue(verb) or attribution.is_saying_act(verb) or verb.lemma_.lower() in _SPEAKS):
            continue  # "Marta says …", "The minister is speaking in the chamber now.", "X read a statement:"
        chief = on_behalf_of(verb)  # "Major Y read a statement on behalf of General X": X's words
        if chief is not None:
            speaker = resolver.resolve(attribution.subject_phrase(chief), chief, sent.start_char)
            if speaker is not None and speaker.type == "Person":
                return speaker
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN":
            continue
        speaker = resolver.resolve(attribution.subject_phrase(subject, verb.i), subject, sent.start_char)
        if speaker is not None and speaker.type == "Person":
            return speaker
    return None


def _date(text: str, article: Article, start: int, end: int) -> str | None:
    """The day an attribution clause gives ("said Tuesday", "on 3 March"), resolved."""
    if article.published is None or end <= start:
        return None
    for t in find_times(text[start:end], article.published, offset=start):
        if t.date and len(t.date) == 10:
            return t.date
    return None


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _turn_voice(text: str, turn: Turn | None, entities: tuple[Entity, ...]) -> str | None:
    """The key of the person a turn's label names, if any."""
    if turn is None:
        return None
    speaker = _label_person(_whole_label(text, turn), [e for e in entities if e.type == "Person"])
    return speaker.key if speaker is not None else None


#: A label's bracketed aside ("(Northtown)", "(General Jane Roe)"), its words in group 1.
_ASIDES = re.compile(r"\(([^()]*)\)")


def _whole_label(text: str, turn: Turn) -> str:
    """A turn's label up to its colon, the role after a comma included: "DEPUTY DIRECTOR FOR X,
    SUBCOMMISSIONER JO ROE:" names its speaker only after the comma."""
    colon = text.find(":", turn.label_end, turn.start)
    end = colon if colon >= 0 else turn.label_end
    if text[turn.label_start - 1 : turn.label_start] == "(":
        # "CLIP (AL-SAYEGH):": a cue's speaker in its brackets ends at the closing one, not the colon
        close = text.find(")", turn.label_end, end)
        end = close if close >= 0 else end
    return text[turn.label_start : end]


def _label_person(label: str, people: list[Entity]) -> Entity | None:
    """The person a turn's label names; of several, the one with the most of its name's words in it.

    "HEAD OF MIGRATION CONTROL, INSPECTOR JO ROE LIND:" holds a stray "Migration
    Control" as well as Jo Roe Lind: the fuller match is the speaker.
    """
    words = set(label_words(label))
    best, best_n = None, 0
    for e in people:
        for n in (e.name, *e.aliases):
            if label_matches(label, n):
                hits = sum(w in words for w in label_words(n))
                if hits > best_n:
                    best, best_n = e, hits
    return best


def _transcript(
    doc: Doc,
    text: str,
    resolver: SpeakerResolver,
    entities: tuple[Entity, ...],
    turns: list[Turn],
    quoted_lines: set[int],
    positions: Sequence[Position],
    cited: dict[int, list[tuple[int, int]]],
) -> list[Statement]:
    """Statements from "LABEL: words" turns whose label names a person of the document.

    An unlabelled line that attributes a quote of its own ('Doe said: "…"') is narration, not
    the previous speaker's continued words, so it gives no turn statement; unless the quote was
    told to the speaker ("Doe told us"): its other sentences are then the speaker's (``cited``).
    """
    people = [e for e in entities if e.type == "Person"]
    reporters = narrators(text)
    asking = askers(text, turns)
    named: dict[str, Entity] = {}  # an office label's holder, named once in its aside ("SPOKESMAN (Gen. X):")
    out = []
    for turn in turns:
        cited_line = turn.start == turn.line_start and turn.line_start in cited
        if turn.start == turn.line_start and turn.line_start in quoted_lines and not cited_line:
            continue
        label = text[turn.label_start : turn.label_end]
        if label.casefold() in asking:
            continue  # a questioner at a briefing: "Jane Roe: Sir, I am Jane Roe from the Daily Post."
        whole = _whole_label(text, turn)
        if is_narrator(whole, reporters):
            continue  # "JANE ROE, PRESENTER:": the role after the name makes the programme's own voice
        speaker = _label_person(_ASIDES.sub(" ", whole), people)
        if speaker is None and turn.asides:
            # "SPOKESMAN (Brigadier General Jane Roe):": the aside names the office's holder
            speaker = next(filter(None, (_label_person(a, people) for a in _ASIDES.findall(whole))), None)
            if speaker is not None:
                named.setdefault(label.casefold(), speaker)
        if speaker is None:
            speaker = named.get(label.casefold())
        if speaker is None:
            speaker = office_holder(label, positions, people)  # "MINISTER:", "NORLANDIC PRESIDENT:"
        if speaker is None:
            phrase = doc.char_span(turn.label_start, turn.label_end, alignment_mode="expand")
            if phrase is not None and len(phrase):
                candidate = resolver.resolve(phrase, None, turn.label_start)
                speaker = candidate if candidate is not None and candidate.type == "Person" else None
        if speaker is None:
            speaker = role_holder(text, label, people)
        if speaker is None:
            speaker = initials_holder(label, people, turn.line_start)  # "JR:" for the Jo Roe of the lead
        if speaker is None and turn.start > turn.line_start:
            # "SUPER: Jane Roe / …" over "SOT: …", or over a label of the bite's role ("FARMER: …")
            speaker = _captioned(text, turn.line_start, people)
        if speaker is None:
            continue
        office = _office_before_aside(text, turn)
        if office:
            named.setdefault(office.casefold(), speaker)  # "SPOKESPERSON (Ms. Jane Roe):", then "SPOKESPERSON:"
        whole_turn = _span(text, turn.start, turn.end)
        for piece in _outside(text, whole_turn, cited[turn.line_start]) if cited_line else [whole_turn]:
            found = _turn_statement(doc, text, turn, speaker, _unquoted(text, piece))
            if found is not None:
                out.append(found)
    return out


def _turn_statement(doc: Doc, text: str, turn: Turn, speaker: Entity, quote: Span) -> Statement | None:
    """The statement of a turn's words, or None for words that are nobody's position."""
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if COURTESY.fullmatch(quote.text) or (words is not None and runs_session(words)):
        return None  # a chair's greetings, thanks and handling of the floor
    if words is not None and only_asks(words):
        return None  # a member's question to the minister: the question, not a position
    if audience_label(text[turn.line_start : turn.start]) and quote.text.rstrip().rstrip("\"'”’").endswith("?"):
        return None  # a caller's turn that ends by asking the guest: the question, not a claim to cite
    if words is not None and only_confirms(words):
        return None  # "Correct. Roughly.": the guest agrees with the question's words, which are the asker's
    if turn.start == turn.line_start and words is not None and narrates_sitting(words):
        return None  # "The Chair then called Deputy Jo Roe.": the record's narration below a turn
    return Statement(speaker.key, quote.text, quote, (_span(text, turn.line_start, turn.end),))


def _outside(text: str, span: Span, taken: list[tuple[int, int]]) -> list[Span]:
    """The passages of ``span`` outside the ``taken`` ranges (sentences quoting someone else), of
    :data:`_MIN_PASSAGE` words or more."""
    out, pos = [], span.start
    for lo, hi in sorted(taken):
        if lo > pos:
            out.append(_span(text, pos, min(lo, span.end)))
        pos = max(pos, hi)
    if pos < span.end:
        out.append(_span(text, pos, span.end))
    return [p for p in out if len(p.text.split()) >= _MIN_PASSAGE]


#: Words a passage of a turn needs, beside a sentence quoting someone else, to be a statement.
_MIN_PASSAGE = 4


def _cited_to_speaker(found: list[_Found], paras: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Lines of a turn that quote someone who "told us" or "told me", by line start, with the
    sentences of those quotes: the line is the turn's speaker reporting what they were told (a
    statement read at a briefing: '… "We want …," the mayor told us on Monday.'), not narration,
    and its other sentences stay the speaker's words."""
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for f in found:
        if not f.in_turn or f.speaker is None or f.attr is None or f.attr.head is None:
            continue
        verb = f.attr.head.head
        if any(c.lower_ in ("us", "me") and c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
            out[paras[f.para][0]].append((min(f.sent_start, f.attr.start), max(f.sent_end, f.attr.end)))
    return dict(out)


def _office_before_aside(text: str, turn: Turn) -> str:
    """The office words of a label whose speaker is named in its aside: "SPOKESPERSON" of
    "SPOKESPERSON (Ms. Jane Roe):"; empty for any other turn (or a continuation line)."""
    opening = text.rfind("(", turn.line_start, turn.label_start)
    if opening < 0 or text[opening + 1 : turn.label_start].strip():
        return ""
    return text[turn.line_start : opening].strip()


def _captioned(text: str, line_start: int, people: list[Entity]) -> Entity | None:
    """The person a caption on the line above a bare sound-bite cue names."""
    found = caption_above(text, line_start)
    if found is None:
        return None
    return next((e for e in people if any(m.start < found[1] and found[0] < m.end for m in e.mentions)), None)


def _unquoted(text: str, span: Span) -> Span:
    """A turn's words without the quotation marks around the whole of them (a script's sound bite)."""
    inner = span.text[1:-1]
    if len(span.text) > 2 and span.text[0] in '"“' and span.text[-1] in '"”' and not re.search('["“”]', inner):
        return Span(span.start + 1, span.end - 1, inner)
    return span


def _voiced(
    doc: Doc, article: Article, entities: tuple[Entity, ...], voice: Voice, found: list[Statement], end: int
) -> list[Statement]:
    """The key sentences of a text that is one speaker's words, as that speaker's statements."""
    text = article.text
    taken = [(s.quote_span.start, s.quote_span.end) for s in found if s.speaker != voice.speaker.key]
    heads = [text[s:e] for s, e in paragraphs(text)[:3] if e <= voice.body_start]
    title = " ".join([*heads, article.title or ""])
    out: list[Statement] = []
    for start, stop in key_sentences(doc, voice, entities, title, taken, end):
        quote = _span(text, start, stop)
        out.extend(Statement(who.key, quote.text, quote, (quote,)) for who in (voice.speaker, *voice.others))
    return out


def find_statements(
    doc: Doc,
    article: Article,
    entities: tuple[Entity, ...],
    *,
    reported: bool = False,
    voice: Voice | None = None,
    positions: Sequence[Position] = (),
) -> tuple[Statement, ...]:
    """Every statement of one article, in text order.

    Args:
        doc: the parsed article (its text is ``article.text``).
        article: the article, for its publication date.
        entities: the document's entities; speakers are chosen among them.
        reported: also emit reported speech ("X said that …"); see the module docstring.
        voice: whose words the whole text is (:func:`kg.extract.voiced.find_voice`): its key
            sentences become that speaker's statements, unless the text is a transcript.
        positions: the offices the text gives; a turn labelled by office alone is its holder's.
    """
    text = article.text
    index = EntityIndex(entities)
    quotes = find_quotes(text)
    turns = without_kicker(text, find_turns(text))
    paras = paragraphs(text)
    found: list[_Found] = []
    for q in quotes:
        p = paragraph_of(paras, q.open)
        ps, pe = paras[p]
        if is_headline(text, ps, pe) and not attribution.signature_line(text, q, pe):
            continue
        turn = next((t for t in turns if t.start <= q.open < t.end), None)
        s = sentence_start(text, q.open, ps, quotes)
        e = sentence_end(text, q.close, pe, quotes)
        if text[q.start : q.end].endswith(".") and text[q.close : pe].lstrip()[:1].isupper():
            e = q.close  # “… in one night.” Officials said …: the quote closed its sentence
        lead = text[s : q.open].strip()
        full = not lead or lead.endswith((":", ",")) or _CUES_ONLY.fullmatch(lead) is not None  # "[SOT] “…”"
        if _is_title(text[q.start : q.end]) or (not full and q.words(text) < 2):
            continue
        found.append(_Found(q, p, s, e, full, turn is not None, _turn_voice(text, turn, entities)))
    resolver = SpeakerResolver(doc, index, quotes)
    _attribute(doc, text, found, quotes, resolver, voice.speaker if voice is not None else None)
    reporters = narrators(text)
    # a caption over the reporter's own stand-up ("lower third: jo roe - northtown") names no bite
    tags = [t for t in find_tags(text) if not is_narrator(t.name, reporters)]
    people = [e for e in entities if e.type == "Person"]
    _cued(text, found, paras, tags, resolver, people, positions)
    _propagate(found, resolver)
    out: list[Statement] = []
    for f in found:
        if f.speaker is None:
            log.debug("no speaker for quote at %d in %s", f.quote.open, article.id)
            continue
        q, attr = f.quote, f.attr
        lo = min(f.sent_start, attr.start) if attr else f.sent_start
        hi = max(f.sent_end, attr.end) if attr else f.sent_end
        date = _date(text, article, attr.start, attr.end) if attr else None
        quote = Span(q.start, q.end, text[q.start : q.end])
        out.append(Statement(f.speaker.key, quote.text, quote, (_span(text, lo, hi),), date))
    quoted_lines = {paras[f.para][0] for f in found if f.in_turn and f.speaker is not None}
    # an excerpt's one answer running over several lines; a line with a quote of its own is narration
    more = [t for t in opening_continuation(text, turns) if not any(t.start <= q.open < t.end for q in quotes)]
    cited = _cited_to_speaker(found, paras)
    out += _transcript(doc, text, resolver, entities, turns + more, quoted_lines, positions, cited)
    out += _bites(text, paras, tags, quotes, resolver, people, positions)
    out += interview_answers(text, people, positions)
    for intro in find_lead_ins(doc, text, paras, quotes, resolver, {t.line_start for t in turns}):
        words = _span(text, intro.start, intro.end)
        date = _date(text, article, intro.clause_start, intro.clause_end)
        out.append(Statement(intro.speaker.key, words.text, words, (_span(text, intro.clause_start, intro.end),), date))
    if reported:
        for r in find_reported(doc, resolver, quotes):
            quote = _span(text, r.start, r.end)
            date = _date(text, article, r.verb_start, r.start)
            out.append(
                Statement(r.speaker.key, quote.text, quote, (_span(text, r.sentence_start, r.sentence_end),), date)
            )
    if voice is not None:
        labelled = [t for t in turns if t.start > t.line_start]
        # A briefing record opens with the official's statement and ends in labelled questions
        # and answers: the key sentences come from the part before the first labelled turn.
        end = labelled[0].line_start if len(labelled) >= 2 else len(text)
        out += _voiced(doc, article, entities, voice, out, min(end, voice.body_end or end))
    unique = {(s.speaker, s.quote_span): s for s in out}
    return tuple(sorted(unique.values(), key=lambda s: (s.quote_span.start, s.speaker)))
