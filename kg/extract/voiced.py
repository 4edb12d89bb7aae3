"""(spaCy Doc, Article, entities) -> whose words a whole text is, when a single speaker's.

Official texts are often nothing but one named person's words, with no quotation marks: a title
line "Statement by High Representative Jane Roe on …" or "Remarks given on behalf of Governor
Jane Roe", "Remarks by the Spokesperson …", a line
"… is attributable to Press Officer Jane Roe:", a record's note "The following is a transcript
of the briefing by Jane Roe, Spokesperson.", or a speech page titled "Ruritania's statement
to the Council" whose standfirst says who delivered it ("Ambassador Jane Roe speaks about …",
"… delivered by Ambassador Jane Roe"). The manifest title is read as well as the text's title
lines; a person named only there must also be named in the text to become the speaker. A letter
in the first person signed at its foot by two people or more (:mod:`kg.extract.cosigners`) is the
words of every signer. A bare credit "Read by Jane Roe" over a bulletin names its newsreader, no voice.

This module finds that voice: the speaker (a person of the document, or a new person entity when
only a title line of the text names them; the body the text speaks "on behalf of" when no one is
named) and where the body begins. :mod:`kg.extract.key_sentences` picks the sentences to keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.attribution import is_cue
from kg.extract.cosigners import foot_signers
from kg.extract.cues import leading_name, person_name
from kg.extract.quotes import is_headline, paragraphs
from kg.extract.speakers import AGENCY_NOUNS, PERSON_NOUNS
from kg.lexicon.names import entity_key
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.model import Article, Entity, Span
from kg.nlp.doctext import doc_text
from kg.nlp.persons import HONORIFICS
from kg.nlp.roles import NEWSROOM_ROLES

__all__ = ["Voice", "find_voice", "with_voice"]

# Words naming a text as someone's own words. "Readout" and "press release" are not: the
# institution narrates them.
_GENRE = r"(?:statement|remarks|speech|address|message|declaration|op-ed|letter|intervention|briefing)"
# Words of a title line on how the text went out, before its author: a declaration "signed by"
# Jane Roe, remarks "published on behalf of" the Mayor.
_ISSUED = r"(?:(?:issued|released|published|signed|sent)\s+)?"
# "Statement by/from TITLE NAME on …", "Speech of the Minister at …", "Remarks attributable to
# the Spokesperson, NAME, on …" (no colon: the line is the title, the words follow it), and with
# the audience before the speaker: "Address to the Senate by the Minister of …".
_BY = re.compile(
    rf"\b{_GENRE}s?\s+(?:(?:to|before)\s+[^\n:;–—(]{{1,80}}?\s+by|{_ISSUED}by|from|of|attributable\s+to)"
    r"\s+(?P<who>[^\n:;–—(]+)",
    re.I,
)
# "A message released on behalf of Governor Jane Roe": the chief's words, whoever puts them out.
_ISSUED_FOR = re.compile(
    rf"\b{_GENRE}s?\s+(?:(?:issued|released|published|signed|sent|read|made|delivered|given)\s+)?on\s+behalf\s+of\s+"
    r"(?P<who>[^\n:;–—(]+)",
    re.I,
)
# "Comments attributable to Press Officer Jane Roe:"
_ATTRIBUTABLE = re.compile(r"\battributable\s+to\s+(?P<who>[^\n:]+):", re.I)
# "The following is a near-verbatim transcript of today's briefing by Jane Roe, Spokesperson.":
# a record's note on whose words follow, a header line though it ends like a sentence.
_RECORD_OF = re.compile(r"\b(?:transcript|record|summary)\s+of\b", re.I)
# "This is a summary of what was said by Spokesperson Jane Roe – to whom quoted text may be
# attributed – at today's briefing": a briefing note's opening line; its body is her words.
_SAID_BY = re.compile(r"\bwhat\s+(?:was|has\s+been|is)\s+said\s+by\s+(?P<who>[^\n:;–—(]+)", re.I)
# A notice's lead line over its points: "The Governor of X, Jane Roe, informs the public of the
# following:" (the points are the notice giver's words, as after "reports:").
_INFORMS = r"\s+(?:informs?|notif(?:y|ies)|advises?)\s+(?:[\w'’-]+\s+){0,3}?of\s+the\s+following(?:\s+[\w-]+)?"
# A lead line that hands the floor to one person for the paragraphs below it: "Jane Roe, head of
# the district administration, on the situation as of 20:00:" or "Governor Jane Roe reports:".
_LEAD = re.compile(
    r"^(?P<who>(?:[^\n:]|:(?=\d)){3,160}?)"
    rf"(?P<cue>\s+(?:said|says|reported|reports|wrote|writes|stated|states|posted)|{_INFORMS})?:\s*$"
)
# A numbered or bulleted point ("1. …", "2) …", "- …", "• …").
_POINT = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*–])\s+")
# "… delivered by Ambassador Jane Roe at …". "Read by" alone credits a bulletin's newsreader: only
# what names the words it reads ("Statement read by …") gives their speaker.
_DELIVERED = re.compile(r"\b(?P<verb>delivered|given|made|read)\s+by\s+(?P<who>[^\n:;–—(]+)", re.I)
# Where the speaker's phrase stops: the occasion, topic or place of the statement.
_WHO_END = re.compile(
    r"\s*(?:,|\bon\b|\bat\b|\bto\b|\bfor\b|\bin\b|\babout\b|\bregarding\b|\bfollowing\b|\bafter\b|\bahead\b"
    r"|\bbefore\b|\bduring\b|\bconcerning\b|\bmarking\b|\bwith\b|$)",
    re.I,
)
# A byline under the title: "Jane Q. Roe, Minister of Health" (the role is checked to be an office).
_BYLINE = re.compile(r"^(?P<who>[A-Z][\w.'’ -]{2,60}?),\s+(?P<role>[A-Za-z][^\n,]{2,80})$")
# "Minister Jane Roe's remarks at …", "The Secretary-General's message on …"
_POSSESSIVE = re.compile(rf"(?P<who>(?:[A-Z][\w.-]*\s+){{0,5}}[A-Z][\w.-]*)['’]s\s+{_GENRE}", re.I)
# "Ruritania statement to the Council": a state or body named right before the genre word.
_BEFORE_GENRE = re.compile(rf"(?P<who>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}})\s+{_GENRE}\s+(?:to|at|on|for)\b")
# Roles of the newsroom in a byline: a reporter's name is not the text's voice.
_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?P<body>[^\n,:;–—(]+)", re.I)
# Present-tense verbs of a standfirst that says who delivers the text ("Ambassador X speaks about …").
_STANDFIRST_VERBS = frozenset({"speak", "deliver", "address", "give", "make", "set", "outline"})
# Forms of address and ranks between an office and its holder's name ("the Minister of X,
# Honourable Jane Roe", "the Mayor of Y, Cllr Jo Roe", "His Excellency", "Lt. Gen.").
_ADDRESS = HONORIFICS | RANKS | SHORT_RANKS | frozenset({"his", "her", "cllr", "councillor"})
# Who may speak "on behalf of": the shapes allow any organisation (kg:Agency is one) or a state.
_BODY_TYPES = frozenset({"Organization", "Agency", "State"})


@dataclass(frozen=True)
class Voice:
    """Whose words a text is, and where those words begin."""

    speaker: Entity
    body_start: int
    new: bool = False  # the speaker entity was made from a title line: add it to the document
    body_end: int | None = None  # where the speaker's words stop (a lead line's points), if before the end
    others: tuple[Entity, ...] = ()  # who else speaks the same words: the co-signers of a joint letter


def _who(text: str) -> str:
    """The speaker phrase at the start of ``text``: "High Representative Jane Roe" of "… on the vote"."""
    m = _WHO_END.search(text, 1)
    who = text[: m.start()] if m else text
    return who.strip().rstrip(".").strip()


def _mentions(phrase: str, name: str) -> bool:
    """True when ``name`` stands in ``phrase`` as whole words."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", phrase) is not None


def _named(who: str, people: list[Entity]) -> Entity | None:
    """The person of the document whose name the speaker phrase holds, longest first; else the one
    person whose surname it holds ("President Roe" for Jane Roe)."""
    best: tuple[int, Entity] | None = None
    for e in people:
        for n in (e.name, *e.aliases):
            if _mentions(who, n) and (best is None or len(n) > best[0]):
                best = (len(n), e)
    if best is not None:
        return best[1]
    surnames = {e.key: e for e in people if len(e.name.split()) > 1 and _mentions(who, e.name.split()[-1])}
    return next(iter(surnames.values())) if len(surnames) == 1 else None


def _header(text: str, title: str | None) -> tuple[list[tuple[int, int]], int]:
    """The leading title lines of ``text`` and the offset where the body begins.

    Title lines do not end like a sentence (or repeat the manifest title); a line "… attributable
    to X:" also belongs to the header, and the body starts after it.
    """
    head: list[tuple[int, int]] = []
    paras = paragraphs(text)
    body = paras[0][0] if paras else 0
    for s, e in paras:
        line = text[s:e]
        titled = is_headline(text, s, e) or (title and line.strip() == title.strip())
        noted = _RECORD_OF.search(line) is not None and (_BY.search(line) or _SAID_BY.search(line)) is not None
        if titled or noted or (_ATTRIBUTABLE.search(line) and line.rstrip().endswith(":")):
            head.append((s, e))
        else:
            body = s
            break
    else:
        body = len(text)
    return head, body


def _standfirst(doc: Doc, start: int, people: list[Entity]) -> tuple[Entity, int] | None:
    """A first line "TITLE NAME speaks about …" naming the person who delivers the text, and its end."""
    text = doc_text(doc)
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    root = sent.root
    if root.lemma_.lower() not in _STANDFIRST_VERBS or root.tag_ not in ("VBZ", "VBP"):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    phrase = doc[subject.left_edge.i : subject.i + 1].text
    person = _named(phrase, people)
    return (person, end) if person is not None else None


def _titled(title: str, entities: tuple[Entity, ...], text: str) -> Entity | None:
    """The person the text names right after an office phrase alone ("the High Representative").

    Failing that, the one person the office's head word leads ("Statement by the Governor of X"
    over "I, Governor Jo Roe, have ordered …") or whose signature the whole office follows
    ("Jo Roe" over the line "Governor of X").
    """
    title = re.sub(r"^(?:the|a)\s+", "", title.strip(), flags=re.I)
    if not title:
        return None
    people = [e for e in entities if e.type == "Person"]
    for e in people:
        if any(
            re.search(rf"{re.escape(title)}\W{{0,3}}$", _unaddressed(text[max(0, m.start - 80) : m.start]), re.I)
            for m in e.mentions
        ):
            return e
    head = re.split(r"\s+(?:of|for)\s+", title, maxsplit=1)[0]
    led = [
        e
        for e in people
        if any(
            re.search(rf"\b{re.escape(head)}\s+$", text[max(0, m.start - 40) : m.start])
            or re.match(rf"\W{{0,3}}{re.escape(title)}\b", text[m.end : m.end + len(title) + 3], re.I)
            for m in e.mentions
        )
    ]
    return led[0] if len(led) == 1 else None


def _signer(office: str, entities: tuple[Entity, ...], text: str) -> Voice | None:
    """The voice a signature gives for an office: the name on the line above the office's line
    ("Jane Roe" / "Minister of X", a letter's or statement's foot), the last such block. A name
    the entity model missed there (a signature is no sentence) becomes a new person."""
    title = re.sub(r"^(?:the|a)\s+", "", office.strip(), flags=re.I)
    block = re.compile(
        r"^[ \t]*(?P<name>[^\n]{3,80}?)[ \t]*,?[ \t]*\n"
        rf"[ \t]*(?:the[ \t]+)?(?i:{re.escape(title)})[ \t]*,?[ \t]*$",
        re.M,
    )
    found = list(block.finditer(text))
    if not found:
        return None
    m = found[-1]
    line = m.group("name")
    name = leading_name(line)
    if name is None or not line.rstrip(", ").endswith(name):
        return None  # the line above holds more than a name: a sentence, a heading
    start = m.start("name") + line.rindex(name)
    for e in entities:
        if e.type == "Person" and any(n.start <= start < n.end for n in e.mentions):
            return Voice(e, 0)
    if any(e.name.casefold() == name.casefold() for e in entities):
        return None  # the model read the name as something else: leave it
    mention = Span(start, start + len(name), text[start : start + len(name)])
    return Voice(Entity(entity_key("Person", name), "Person", name, (mention,)), 0, new=True)


def _unaddressed(before: str) -> str:
    """``before`` without the forms of address that end it: "… of X, Honourable " -> "… of X, "."""
    while (m := re.search(r"([\w.]+)\s*$", before)) is not None and m.group(1).lower().rstrip(".") in _ADDRESS:
        before = before[: m.start()]
    return before


def _speaker(who: str, at: int | None, line: str, entities: tuple[Entity, ...], text: str) -> Voice | None:
    """The voice a speaker phrase names: a person, a new person, the body it is or speaks for.

    ``at`` is the phrase's offset in the text (None for the manifest title), so that the
    entities mentioned inside it can be read from their mentions.
    """
    inside = [e for e in entities if at is not None and any(at <= m.start < at + len(who) for m in e.mentions)]
    people = [e for e in entities if e.type == "Person"]
    person = next((e for e in inside if e.type == "Person"), None) or _named(who, people)
    if person is not None:
        return Voice(person, 0)
    words = {w.lower() for w in re.findall(r"[\w-]+", who)}
    bodies = [e for e in inside if e.type in _BODY_TYPES] or ([b] if (b := _bodies(who, entities)) else [])
    if (words & AGENCY_NOUNS and not _office_headed(who)) or (bodies and not words & PERSON_NOUNS):
        return Voice(bodies[0], 0) if bodies else None  # "Statement by the Ministry of …": the body
    if (_opens_with_office(who) or _office_headed(who)) and (titled := _titled(who, entities, text)) is not None:
        return Voice(titled, 0)  # "STATEMENT BY THE GOVERNOR OF THE X REGION": the office's holder, no "X Region"
    if (_opens_with_office(who) or _office_headed(who)) and (signer := _signer(who, entities, text)) is not None:
        return signer  # a letter "from the Harbour Minister": the name written over that office at its foot
    name = person_name(who) or leading_name(who)
    if name is not None and at is not None and not any(e.name.casefold() == name.casefold() for e in entities):
        # Named in a title line of the text that the entity model missed: a person mentioned there.
        # A name in the manifest title alone is no mention, so no entity is made from it.
        found = who.casefold().find(name.casefold())
        if found >= 0:
            mention = Span(at + found, at + found + len(name), text[at + found : at + found + len(name)])
            return Voice(Entity(entity_key("Person", name), "Person", name, (mention,)), 0, new=True)
    if name is None and (titled := _titled(who, entities, text)) is not None:
        return Voice(titled, 0)
    behalf = _BEHALF.search(line)
    body = _bodies(behalf.group("body"), entities) if behalf is not None else None
    return Voice(body, 0) if body is not None else None


def _office_headed(who: str) -> bool:
    """True for a phrase whose head is an office ("the Military Governor of X", "the Police
    Commissioner"): a body's word before the office ("military", "police") makes it no body."""
    words = re.findall(r"[\w-]+", re.split(r"\s+(?:of|for)\s+", who, maxsplit=1, flags=re.I)[0].lower())
    return bool(words) and words[-1] in PERSON_NOUNS


def _opens_with_office(who: str) -> bool:
    """True for a phrase that opens with an office ("the Governor of the X Region"): any name in
    it is the office's place or body, not its holder's."""
    words = re.findall(r"[\w-]+", who.lower())
    if words and words[0] in ("the", "a"):
        words = words[1:]
    return bool(words) and words[0] in PERSON_NOUNS


def _joint(who: str) -> bool:
    """True for two speakers ("Minister Roe and Minister Doe"), not two offices of one person."""
    parts = re.split(r"\s+(?:and|&)\s+", who)
    return sum(1 for p in parts if person_name(p) or leading_name(p)) >= 2


def _first_person(text: str, start: int) -> bool:
    """True when the body speaks in the first person outside quotation marks ("we condemn")."""
    bare = re.sub(r"[“\"«][^”\"»\n]*[”\"»]", " ", text[start:])
    return re.search(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y)\b", bare) is not None


def _reported(doc: Doc, start: int, speaker: Entity, end: int | None = None) -> bool:
    """True when the body reports the speaker in the third person ("Roe said …"): news, not a voice."""
    for m in speaker.mentions:
        if m.start < start or (end is not None and m.start >= end):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.dep_ == "nsubj" and is_cue(span.root.head):
            return True
    return False


def find_voice(doc: Doc, article: Article, entities: tuple[Entity, ...]) -> Voice | None:
    """The speaker of a text that is one person's (or one body's) words, or None for ordinary news.

    Explicit wordings ("Statement by …", "attributable to …", "delivered by …") suffice; weaker
    ones (a byline "Jane Roe, Minister of …", "Roe's remarks", "Ruritania statement to …", a
    standfirst) need a title that names the genre and a body in the first person.
    """
    text = article.text
    head, body = _header(text, article.title)
    titles: list[tuple[str, int | None]] = [(text[s:e], s) for s, e in head]
    titles += [(article.title, None)] if article.title else []
    genre = any(re.search(rf"\b{_GENRE}\b", t, re.I) for t, _ in titles)
    voice = _cosigned(text, body, entities) if genre else None
    if voice is None:
        voice = _explicit(titles, entities, text)
    declared = voice is not None and any(_SAID_BY.search(t) for t, _ in titles)
    if voice is None:
        voice = _lead(doc, body, entities)
    if voice is None and genre and body < len(text) and _first_person(text, body):
        voice = _implicit(doc, titles, body, entities)
    if voice is None and any(_office_only(t) for t, _ in titles):
        voice = _institution(doc, body, entities)  # "Statement by the Spokesperson": the body speaking
    if voice is None or (not declared and _reported(doc, max(body, voice.body_start), voice.speaker, voice.body_end)):
        return None
    return Voice(voice.speaker, max(body, voice.body_start), voice.new, voice.body_end, voice.others)


def _cosigned(text: str, body: int, entities: tuple[Entity, ...]) -> Voice | None:
    """A letter in the first person signed at its foot by two people or more: all of theirs."""
    signers = foot_signers(text, entities)
    if signers is None or len(signers.people) < 2 or not _first_person(text[: signers.start], body):
        return None
    first, *others = signers.people
    made = all(e.key != first.key for e in entities)  # a name only the signature gives
    return Voice(first, body, made, body_end=signers.start, others=tuple(others))


def _lead(doc: Doc, body: int, entities: tuple[Entity, ...]) -> Voice | None:
    """The person a lead line hands the floor to, and the paragraphs that are their words.

    A regional head's evening update or a commander's report is often posted as "NAME, OFFICE,
    on TOPIC:" above the points it lists: the points are that person's words, though nothing
    quotes them. The line is a name phrase without a verb (news narration has one: "Roe told
    reporters:"); "OFFICE NAME reports:" and a notice's "OFFICE, NAME, informs the public of the
    following:" count only above numbered or bulleted points, as a news story also leads into a
    quotation that way. With points, the words end with the last
    one (what follows is the outlet's narration); otherwise they run to the end.
    """
    text = doc_text(doc)
    paras = [p for p in paragraphs(text) if p[0] >= body]
    if len(paras) < 2:
        return None
    s, e = paras[0]
    m = _LEAD.match(text[s:e])
    span = doc.char_span(s, s + m.end("who"), alignment_mode="expand") if m is not None else None
    if m is None or span is None or any(t.pos_ in ("VERB", "AUX") for t in span) or len(span) > 40:
        return None
    # before a cue the whole phrase is the subject ("The Governor of X, Jane Roe, informs …")
    who = m.group("who") if m.group("cue") else _who(m.group("who"))
    inside = [x for x in entities if x.type == "Person" and any(s <= n.start < s + len(who) for n in x.mentions)]
    if len(inside) != 1:
        return None
    end = None
    if _POINT.match(text, paras[1][0]):
        run = paras[1]
        for p in paras[2:]:
            if not _POINT.match(text, p[0]):
                break
            run = p
        end = run[1]
    elif m.group("cue"):
        return None
    return Voice(inside[0], paras[1][0], body_end=end)


def _office_only(line: str) -> bool:
    """True for "Statement by the Spokesperson on …": a genre by an office that names no one."""
    m = _BY.search(line)
    if m is None:
        return False
    who = _who(m.group("who"))
    words = {w.lower() for w in re.findall(r"[\w-]+", who)}
    return bool(words & PERSON_NOUNS) and person_name(who) is None and leading_name(who) is None


def _institution(doc: Doc, body: int, entities: tuple[Entity, ...]) -> Voice | None:
    """The organisation or state that is the subject of one of the body's first three sentences."""
    bodies = [(m, e) for e in entities if e.type in _BODY_TYPES for m in e.mentions if m.start >= body]
    for sent in [s for s in doc.sents if s.start_char >= body][:3]:
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        lo, hi = subject.left_edge.idx, subject.idx + len(subject.text)
        hit = next((e for m, e in bodies if lo <= m.start and m.end <= hi), None)
        if hit is not None:
            return Voice(hit, body)
    return None


def _newsreader(before: str) -> bool:
    """ "Read by Jane Roe" under a bulletin's title, with no statement or speech named before it on
    the line: Jane Roe reads the programme's news, whose words are the outlet's and its sources'
    ("A statement read by Jane Roe" is still hers to give)."""
    return before.rstrip().lower().endswith("read") and re.search(rf"\b{_GENRE}", before, re.I) is None


def _explicit(titles: list[tuple[str, int | None]], entities: tuple[Entity, ...], text: str) -> Voice | None:
    for line, offset in titles:
        for pattern in (_ATTRIBUTABLE, _ISSUED_FOR, _BY, _DELIVERED, _SAID_BY):
            m = pattern.search(line)
            if m is None or re.search(r"\bjoint\b", line[: m.start() + 1], re.I):
                continue
            if pattern is _DELIVERED and _newsreader(line[: m.end("verb")]):
                continue
            who = _who(m.group("who"))
            if _joint(who):
                continue  # two speakers: the words are not one person's
            at = None if offset is None else offset + m.start("who")
            if pattern is _BY and _of_things(line[: m.start("who")], who, at, entities):
                continue
            voice = _speaker(who, at, line, entities, text)
            if voice is not None:
                return voice
    return None


def _of_things(before: str, who: str, at: int | None, entities: tuple[Entity, ...]) -> bool:
    """True for "Statement of Preliminary Findings and Conclusions", "Declaration of Principles".

    After "of" a genre word names its speaker only as "the …", an office or body noun
    ("Speech of President Roe", "Statement of the Ministry") or a name that opens the phrase
    ("Statement of Ruritania"); otherwise the phrase says what the text is, not who speaks.
    """
    if not re.search(r"\bof\s+$", before, re.I):
        return False
    words = re.findall(r"[\w-]+", who.lower())
    if not words or words[0] in ("the", "a", "an") or words[0] in PERSON_NOUNS or words[0] in AGENCY_NOUNS:
        return False
    if at is not None:
        return not any(m.start == at for e in entities for m in e.mentions)
    return not any(who.startswith(n) for e in entities for n in (e.name, *e.aliases))


def _implicit(doc: Doc, titles: list[tuple[str, int | None]], body: int, entities: tuple[Entity, ...]) -> Voice | None:
    """A person named by a byline, a possessive or a standfirst; else a body named before the genre."""
    text = doc_text(doc)
    people = [e for e in entities if e.type == "Person"]
    first = re.match(r"[^\n]+", text[body:])
    if first is not None and len(first.group().split()) <= 40:
        # A one-line standfirst "Statement by Ambassador Jane Roe at the Council." opens the body.
        voice = _explicit([(first.group(), body)], entities, text)
        if voice is not None:
            return Voice(voice.speaker, body + first.end(), voice.new)
    for pattern in (_BYLINE, _POSSESSIVE, None, _BEFORE_GENRE):
        if pattern is None:
            found = _standfirst(doc, body, people)
            if found is not None:
                return Voice(found[0], found[1])
            continue
        for line, offset in titles:
            m = pattern.search(line)
            if m is None or (pattern is _BYLINE and not _office(m.group("role"))):
                continue
            who = m.group("who").strip()
            at = None if offset is None else offset + m.start("who")
            voice = _speaker(who, at, line, entities, text)
            if voice is not None:
                return voice
    return None


def _office(role: str) -> bool:
    """True for a byline role that is an office ("Secretary of State"), not a newsroom's."""
    words = {w.lower() for w in re.findall(r"[\w-]+", role)}
    return bool(words & PERSON_NOUNS) and not words & NEWSROOM_ROLES


def _bodies(phrase: str, entities: tuple[Entity, ...]) -> Entity | None:
    """The organisation, agency or state a phrase names ("the bloc and all its members")."""
    phrase = _who(phrase)
    shouted = phrase.isupper()  # "STATEMENT OF THE X PARTY": a title in capitals names the "X Party"
    for e in entities:
        names = (e.name, *e.aliases)
        if e.type in _BODY_TYPES and any(_mentions(phrase, n.upper() if shouted else n) for n in names):
            return e
    return None


def with_voice(entities: tuple[Entity, ...], voice: Voice | None) -> tuple[Entity, ...]:
    """The document's entities plus the voice's people when only a title line or a signature named them."""
    if voice is None:
        return entities
    known = {e.key for e in entities}
    made = [voice.speaker] if voice.new and voice.speaker.key not in known else []
    made += [e for e in voice.others if e.key not in known and e.key != voice.speaker.key]
    return tuple(sorted((*entities, *made), key=lambda e: e.key)) if made else entities
