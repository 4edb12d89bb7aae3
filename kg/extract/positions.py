"""(spaCy Doc, Article, Entities) -> Positions: offices people hold, read from titles around names.

Three shapes: a title before the name ("Georgian Interior Minister X"), a title phrase in
apposition before it ("the head of American diplomacy, X") or after it ("X, Kazakhstan's foreign
minister"). The state comes from a demonym or possessive in the title, an "of Y", or else the
nearest state named in the same sentence. Later descriptions ("the president said") add evidence.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.lexicon.gazetteer import state_for_demonym
from kg.lexicon.names import TITLE_WORDS
from kg.model import Article, Entity, Position, Span
from kg.nlp.patterns import MINISTRY_DOMAINS

__all__ = ["find_positions", "normalize_title"]

#: Words that can end a title: the office itself, not its qualifier.
TITLE_HEADS = frozenset(
    [
        "president",
        "minister",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "prince",
        "governor",
        "mayor",
        "senator",
        "general",
        "colonel",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "director",
        "head",
        "chief",
        "leader",
        "chairman",
        "chairwoman",
        "commissioner",
        "premier",
        "emir",
        "sultan",
        "pope",
        "patriarch",
        "sheikh",
        "speaker",
        "judge",
        "prosecutor",
        "commander",
        "admiral",
    ]
)
_DROP = frozenset({"former", "acting", "then", "late", "the", "a", "an", "mr.", "mrs.", "ms.", "dr."})
_DESCRIPTIVE = ("Head of", "Chief of")


def normalize_title(words: list[str]) -> str:
    """Canonical title: "minister of the interior" -> "Interior Minister", "defence" -> "Defense"."""
    low = [w.lower() for w in words if w.lower() not in _DROP]
    if len(low) >= 3 and low[0] == "minister" and low[1] == "of":
        low = [w for w in low[2:] if w != "affairs"] + ["minister"]
    if low and low[-1] == "minister" and len(low) >= 2:
        domain = [w for w in low[:-1] if w != "affairs"]
        if domain and domain[0] in MINISTRY_DOMAINS:
            low = [MINISTRY_DOMAINS[domain[0]].lower(), "minister"]
    return " ".join(w if w == "of" else w.capitalize() for w in low)


def find_positions(doc: Doc, article: Article, entities: tuple[Entity, ...]) -> tuple[Position, ...]:
    """One Position per (holder, title, post) stated in the document, with its evidence."""
    index = EntityIndex(entities)
    found: dict[tuple[str, str, str | None], list[Span]] = {}
    for entity in entities:
        if entity.type != "Person":
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end)
            if span is None:
                continue
            for title_span, title, post in _titles(span, index, doc):
                post = post or _context_state(span, index, doc)
                evidence = doc[min(title_span.start, span.start) : max(title_span.end, span.end)]
                found.setdefault((entity.key, title, post), []).append(_char(evidence))
    _descriptions(doc, index, found)
    return tuple(
        Position(holder, title, post, tuple(sorted(set(ev))))
        for (holder, title, post), ev in sorted(found.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or ""))
    )


def _char(span: SpacySpan) -> Span:
    return Span(span.start_char, span.end_char, span.text)


#: Words that make a title a past office: the graph records offices held at the time of writing.
_PAST = frozenset({"former", "late", "then", "ex", "ex-", "erstwhile"})


def _titles(person: SpacySpan, index: EntityIndex, doc: Doc) -> list[tuple[SpacySpan, str, str | None]]:
    """Titles stated for the person at this mention; a past office ("former prime minister") is no position."""
    return [t for t in _all_titles(person, index, doc) if not any(w.lower_ in _PAST for w in _with_lead(t[0]))]


def _with_lead(span: SpacySpan) -> SpacySpan:
    """The title span with the word before it ("former" is dropped from the title words)."""
    return span.doc[max(span.start - 1, 0) : span.end]


def _all_titles(person: SpacySpan, index: EntityIndex, doc: Doc) -> list[tuple[SpacySpan, str, str | None]]:
    out = []
    before = _title_before(person, index, doc)
    if before:
        out.append(before)
    if person.start >= 2 and doc[person.start - 1].text == ",":
        appos = _title_phrase(doc, _np_back(doc, person.start - 1), index)
        if appos:
            out.append(appos)
    if person.end + 1 < len(doc) and doc[person.end].text == ",":
        appos = _title_phrase(doc, _np_forward(doc, person.end + 1), index)
        if appos:
            out.append(appos)
    return out


def _title_before(person: SpacySpan, index: EntityIndex, doc: Doc) -> tuple[SpacySpan, str, str | None] | None:
    """ "Russian Defense Minister X": title words right before the name, then a demonym or owner."""
    i = person.start
    while i > 0 and _title_word(doc[i - 1]) and doc[i - 1].is_alpha:
        i -= 1
    while i < person.start and doc[i].lower_ in {"of", "the"}:
        i += 1
    words = doc[i : person.start]
    if not len(words) or not any(t.lower_ in TITLE_HEADS for t in words):
        return None
    post = _owner_before(doc, i, index)
    start = i - 1 if post and i > 0 else i
    return doc[start : person.start], normalize_title([t.text for t in words]), post


def _title_word(tok: Token) -> bool:
    """A word of a title before a name: "Interior", "Minister", "of", and any ministry's domain."""
    low = tok.lower_
    if low in MINISTRY_DOMAINS:  # "Migration Minister": a domain counts only before an office
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and (nxt.lower_ in TITLE_WORDS or nxt.lower_ in MINISTRY_DOMAINS)
    return low in TITLE_WORDS or low == "of"


def _owner_before(doc: Doc, i: int, index: EntityIndex) -> str | None:
    """The state or body named right before token ``i``: a demonym, or "Y's"."""
    j = i - 1
    if j >= 0 and doc[j].lower_ in {"'s", "’s"}:
        j -= 1
    if j < 0:
        return None
    key = state_for_demonym(doc[j].text)
    if key:
        return key
    entity = index.at(doc[j].idx, doc[j].idx + len(doc[j]))
    return entity.key if entity and entity.type in {"State", "Organization", "Agency", "Region"} else None


def _np_back(doc: Doc, comma: int) -> SpacySpan:
    """The noun phrase ending before ``comma``, stopping at an article or punctuation."""
    i = comma
    while i > 0 and comma - i < 7 and not doc[i - 1].is_punct and not doc[i - 1].is_sent_end:
        i -= 1
        if doc[i].lower_ in {"the", "a", "an"} or doc[i].is_sent_start:
            break
    return doc[i:comma]


def _np_forward(doc: Doc, start: int) -> SpacySpan:
    i = start
    while i < len(doc) and i - start < 9 and not doc[i].is_punct:
        i += 1
    return doc[start:i]


def _title_phrase(doc: Doc, np: SpacySpan, index: EntityIndex) -> tuple[SpacySpan, str, str | None] | None:
    """ "the head of American diplomacy", "Kazakhstan's president", "interior minister of Georgia"."""
    heads = [t.i for t in np if t.lower_ in TITLE_HEADS]
    if not heads or any(t.ent_type_ == "PERSON" for t in np):
        return None
    first = heads[0]
    post: str | None = None
    words: list[str] = []
    stopped = False
    for tok in np:
        if tok.i < first:
            if tok.pos_ == "ADJ" and tok.lower_ not in TITLE_WORDS and not state_for_demonym(tok.text):
                return None  # "the country's youngest leader" describes, it names no office
            if tok.lower_ in TITLE_WORDS and tok.lower_ not in _DROP:
                words.append(tok.text)
            key = state_for_demonym(tok.text)
            entity = index.at(tok.idx, tok.idx + len(tok))
            if key or (entity and entity.type in {"State", "Organization", "Agency"}):
                post = key or (entity.key if entity else None)
            continue
        if tok.i > first and tok.pos_ == "ADP" and tok.lower_ != "of":
            stopped = True  # "chief of mission in Chad": the title ends where "in" starts
        key = state_for_demonym(tok.text)
        entity = index.at(tok.idx, tok.idx + len(tok))
        if stopped:
            if post is None and (key or (entity and entity.type in {"State", "Organization", "Agency"})):
                post = key or (entity.key if entity else None)
            continue
        if key:
            post = key
        elif entity and entity.type in {"State", "Organization", "Agency"} and tok.i > first:
            post = entity.key
            if words and words[-1].lower() == "of":
                words.pop()
        elif tok.is_alpha and (tok.lower_ in TITLE_WORDS or tok.lower_ == "of" or tok.i > first):
            words.append(tok.text)
    if words and words[-1].lower() == "of":
        words.pop()
    title = normalize_title(words)
    return (np, title, post) if title else None


def _context_state(person: SpacySpan, index: EntityIndex, doc: Doc) -> str | None:
    """The state named or evoked nearest the person in its sentence, else the doc's main one."""
    sent = person.sent
    best: tuple[int, int, int, str] | None = None
    for mention, entity in index.within(sent.start_char, sent.end_char):
        if entity.type != "State":
            continue
        after = mention.start >= person.end_char
        distance = mention.start - person.end_char if after else person.start_char - mention.end
        candidate = (int(_counterpart(doc, mention.start)), distance, int(after), entity.key)
        if best is None or candidate < best:
            best = candidate
    if best:
        return best[3]
    counts = Counter(e.key for _, e in index.mentions() if e.type == "State")
    return counts.most_common(1)[0][0] if counts else None


_COUNTERPART = frozenset({"with", "against", "from", "to", "into", "toward", "towards", "across"})


def _counterpart(doc: Doc, start: int) -> bool:
    """A state after "with", "against", "to"...: the other side of what is said, not the speaker's.

    "Finland will close its border with Russia, Interior Minister X said": X serves Finland.
    """
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _COUNTERPART


def _descriptions(doc: Doc, index: EntityIndex, found: dict[tuple[str, str, str | None], list[Span]]) -> None:
    """ "the president said", "the secretary of state added": evidence for the latest such holder.

    A formal title that follows a descriptive one ("head of diplomacy") for the person last
    named renames that position: the text has told us what the office is called.
    """
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        while j < len(doc) and (
            doc[j].lower_ in TITLE_WORDS or doc[j].lower_ == "of" or state_for_demonym(doc[j].text)
        ):
            j += 1
        words = [t.text for t in doc[tok.i + 1 : j] if not state_for_demonym(t.text)]
        if not words or words[-1].lower() == "of" or not any(w.lower() in TITLE_HEADS for w in words):
            continue
        if j < len(doc) and (doc[j].ent_type_ == "PERSON" or doc[j].text == ","):
            continue  # a title before a name: handled with the name
        span = doc[tok.i : j]
        title = normalize_title(words)
        holders = [(k, e) for k, e in found.items() if k[1] == title and _last_seen(e) < span.start_char]
        if holders:
            key = max(holders, key=lambda kv: _last_mention(index, kv[0][0], span.start_char))[0]
            found[key].append(_char(span))
            continue
        described = [k for k, e in found.items() if k[1].startswith(_DESCRIPTIVE) and _last_seen(e) < span.start_char]
        if described:
            key = max(described, key=lambda k: _last_mention(index, k[0], span.start_char))
            found[(key[0], title, key[2])] = [*found.pop(key), _char(span)]


def _last_seen(evidence: list[Span]) -> int:
    return min(s.start for s in evidence)


def _last_mention(index: EntityIndex, key: str, before: int) -> int:
    entity = index.by_key.get(key)
    return max((m.start for m in entity.mentions if m.start < before), default=-1) if entity else -1
