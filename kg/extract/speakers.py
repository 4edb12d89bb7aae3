"""Subject phrase (spaCy tokens) + document context -> the speaker entity of a statement.

A speaker is named ("Interior Minister Jane Doe said"), a pronoun ("he added") or a description
("the minister said", "this veteran diplomat", "the ministry indicated"). Names are looked up in the
entity index; pronouns and definite descriptions go to the most recent fitting entity, preferring
one that was the grammatical subject of a clause or an earlier speaker, because news copy keeps
its protagonist in subject position ("Smith reiterated Jones's threat ... 'X,' he said" → Smith).
Indefinite descriptions ("an official said") introduce someone new and resolve to nobody, unless
they name the body the person speaks for ("a spokesman for the ministry" → the ministry).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from kg.extract.counterparts import introduced_as_counterpart
from kg.extract.index import EntityIndex
from kg.extract.quotes import Quote, is_headline, paragraphs
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.model import Entity
from kg.nlp.doctext import doc_text
from kg.nlp.persons import HONORIFICS
from kg.nlp.roles import PERSON_NOUNS

__all__ = ["PERSON_NOUNS", "SPEAKER_TYPES", "SpeakerResolver"]


def _words(text: str) -> frozenset[str]:
    """The blank-separated words of a lexicon written as prose lines."""
    return frozenset(text.split())


#: Types a ``kg:speaker`` may have (../shared/design/CONTRACT.md).
SPEAKER_TYPES = ("Person", "Agency", "State")

#: How many words an apposed name may climb to reach the subject it names: past two
#: prepositional phrases ("the head of X's office in Y, NAME") and an apposition.
_APPOSED_DEPTH = 6
# Subject pronouns, and the object ones an attribution may use ("according to him, …").
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_BODY_PRONOUNS = frozenset({"it", "they"})
# "the 54-year-old", "the 19-year-old student": news points back to a person by their age.
_AGED = re.compile(r"\b\d{1,3}[- ]year[- ]old\b", re.I)
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Texts a body issues, which news makes the subject of "said": "“…,” the statement said".
_ISSUED_TEXTS = frozenset({"statement", "communique", "communiqué", "release", "readout", "declaration", "bulletin"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

#: Nouns that describe a government body.
AGENCY_NOUNS = _words(
    """
    ministry agency department office service government cabinet commission committee council
    administration authority directorate bureau guard police army military embassy kremlin
    presidency secretariat inspectorate
    """
)
#: Nouns that describe a state speaking as an agent.
STATE_NOUNS = frozenset({"country", "nation", "state", "republic", "kingdom"})


def _quoted(quotes: list[Quote], opens: list[int], offset: int) -> bool:
    """``offset`` lies within a quote (marks included); ``opens`` are the quotes' opening offsets."""
    i = bisect_right(opens, offset) - 1
    return i >= 0 and offset < quotes[i].close


def _surname_words(name: str) -> set[str]:
    """The words of a full name that may stand alone for it, casefolded: every word after the first.

    "Jane Roe" is "Roe"; "Rosa Elena Quispe Vidal" may be "Quispe" (the first of two surnames) or
    "Vidal"; "Ana Okoro-Lind" may be "Okoro-Lind", "Okoro" or "Lind" (the parser splits hyphens).
    """
    words = [w for w in name.split()[1:] if w[:1].isupper()]
    return {p.casefold() for w in words for p in (w, *w.split("-")) if p}


# Between an office phrase and the name in apposition to it: the office's place, then a comma
# ("the Coordinator in Ruritania, Jane Roe", "the Secretary at the Ministry of Labour, Jane Roe";
# the parse leaves the place or body out of the subject).
_APPOSED = re.compile(
    r"(?:[ \t]+(?:in|of|for|at)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’-]*)){0,5})?"
    r"[ \t]*,[ \t]*"
)


#: Words a holder's name may open with after the comma: ranks and forms of address ("the Head of
#: the Port Office in X, Colonel Jane Roe").
_STYLES = RANKS | SHORT_RANKS | HONORIFICS
#: How many such words: "Brigadier General", "Lt. Col.", "Dr.".
_STYLE_WORDS = 3


def _unstyled(before: str) -> str:
    """The text before a name without the ranks and forms of address that open the name: "the
    Governor of X, Mr. " is "the Governor of X, " (at most :data:`_STYLE_WORDS` of them)."""
    words = before.rstrip().split(" ")
    cut = 0
    while cut < _STYLE_WORDS and len(words) > cut and words[-1 - cut].lower().rstrip(".") in _STYLES:
        cut += 1
    return " ".join(words[: len(words) - cut]) + " " if cut else before


#: How far back on its line a later mention's office is looked for: a whole office and its body.
_LINE = 120


def _apposed_gap(text: str, start: int, end: int) -> bool:
    """The text between an office phrase and a name sets the name off as the office's holder: the
    office's place and a comma (:data:`_APPOSED`), then at most a rank or form of address."""
    m = _APPOSED.match(text, start, end)
    if m is None:
        return False
    styles = text[m.end() : end].split()
    return len(styles) <= _STYLE_WORDS and all(w.lower().rstrip(".") in _STYLES for w in styles)


# Endings of agent nouns over their verb: "chairman"/"chairperson" (chair), "moderator"
# (moderate), "host" (host), "leader" (lead), "organiser" (organise).
_AGENT_ENDING = re.compile(r"(?:wo)?man$|person$|or$|er$")


def _agent_verbs(noun: str) -> frozenset[str]:
    """Verb lemmas an agent noun may come from: the noun itself and its stem, with or without "e"."""
    stem = _AGENT_ENDING.sub("", noun)
    return frozenset({noun, stem, stem + "e"} if len(stem) >= 3 else {noun})


#: A numbered section's heading line: "2. Call with President X of Y", "3) Trade".
_SECTION = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Z]")


class SpeakerResolver:
    """Resolves speaker phrases of one document; remembers speakers as statements are found."""

    def __init__(self, doc: Doc, index: EntityIndex, quotes: list[Quote]) -> None:
        self.doc = doc
        self.index = index
        opens = [q.open for q in quotes]  # in text order, not nested: a binary search finds the one
        self._mentions = [
            (span, ent)
            for span, ent in index.mentions()
            if ent.type in SPEAKER_TYPES and not _quoted(quotes, opens, span.start)
        ]
        #: bodies that may issue a text, in text order: "“…,” the statement said" is the last one's
        self._issuers = [
            (span.start, span.end, ent)
            for span, ent in index.mentions()
            if ent.type in ("Agency", "Organization") and not _quoted(quotes, opens, span.start)
        ]
        self._starts = [s.start for s, _ in self._mentions]
        self._subjects = [(span.start, ent) for span, ent in self._mentions if self._is_subject(span.start, span.end)]
        self._subject_starts = [offset for offset, _ in self._subjects]  # in text order, as the mentions
        # (offset, verb lemma, person) of people who are the subject of a verb: "X chaired the
        # meeting" makes X "the chairman" a later attribution may name
        self._doers = [
            (span.start, verb, ent)
            for span, ent in self._mentions
            if ent.type == "Person" and (verb := self._clause_verb(span.start, span.end)) is not None
        ]
        self._speakers: list[tuple[int, Entity]] = []
        text = doc_text(doc)
        #: where each numbered section of a readout opens ("2. Call with President X of Y")
        self._sections = [s for s, e in paragraphs(text) if _SECTION.match(text, s, e) and is_headline(text, s, e)]
        # surname -> (offset, person) of the mentions of people whose name or alias ends with it
        self._surnames: dict[str, list[tuple[int, Entity]]] = defaultdict(list)
        for span, ent in self._mentions:
            if ent.type == "Person":
                ends = {w for n in (ent.name, *ent.aliases) for w in _surname_words(n)}
                for word in sorted(ends):
                    self._surnames[word].append((span.start, ent))

    def note_speaker(self, offset: int, entity: Entity) -> None:
        """Record that ``entity`` spoke at ``offset``: a later "he said" may point back to it."""
        self._speakers.append((offset, entity))

    def subjects_between(self, start: int, end: int) -> set[str]:
        """Keys of the entities that are subjects of a clause between two offsets."""
        first, last = bisect_left(self._subject_starts, start), bisect_left(self._subject_starts, end)
        return {ent.key for _, ent in self._subjects[first:last]}

    def _clause_verb(self, start: int, end: int) -> str | None:
        """The lemma of the verb whose subject the mention is (directly or by apposition), if any."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or not self._is_subject(start, end):
            return None
        node = span.root
        for _ in range(5):
            if node.dep_ in _SUBJECT_DEPS:
                return node.head.lemma_.lower() if node.head.pos_ in ("VERB", "AUX") else None
            node = node.head
        return None

    def _doer(self, offset: int, noun: str) -> Entity | None:
        """The person last said to do what an agent noun names before ``offset``: "the Chairman"
        is whoever "chaired the meeting", "the moderator" whoever "moderated" it."""
        verbs = _agent_verbs(noun)
        found = [ent for start, verb, ent in self._doers if start < offset and verb in verbs]
        return found[-1] if found else None

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        following = self.doc[root.i + 1].lower_ if root.i + 1 < len(self.doc) else ""
        if following in ("'s", "’s") or any(c.dep_ == "case" for c in root.children):
            return False  # "X's warning": a possessor, even when the parser calls it a subject
        if root.dep_ in _SUBJECT_DEPS:
            return True
        # "The head of the agency, Jane Doe, said": the name is an apposition of the subject, or
        # of a place inside it ("the manager for X Province, Jane Doe, said", "the head of X's
        # office in Y, Jane Doe, said": the parse hangs the name on the place, however deep in
        # the subject's prepositional phrases).
        if root.dep_ not in ("appos", "conj", "compound"):
            return False
        node = root.head
        for _ in range(_APPOSED_DEPTH if root.dep_ == "appos" else 1):
            if node.dep_ in _SUBJECT_DEPS:
                return True
            if node.dep_ not in ("appos", "pobj", "prep", "compound") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def last(
        self, offset: int, types: tuple[str, ...], prefer_subject: bool = True, exclude: str | None = None
    ) -> Entity | None:
        """The most recent entity of ``types`` before ``offset``, subjects and speakers first; never ``exclude``.

        In a text of numbered sections ("1. Call with X", "2. Call with Y") the section the phrase
        is in is searched first: its people are not the previous section's, whose subject a
        pronoun would otherwise reach back to when the parse missed the new section's subject.
        """
        floor = self._sections[i - 1] if (i := bisect_right(self._sections, offset)) else 0
        if floor:
            found = self._last_after(floor, offset, types, prefer_subject, exclude)
            if found is not None:
                return found
        return self._last_after(0, offset, types, prefer_subject, exclude)

    def _last_after(
        self, floor: int, offset: int, types: tuple[str, ...], prefer_subject: bool, exclude: str | None
    ) -> Entity | None:
        """:meth:`last` among the mentions from ``floor`` on."""
        if prefer_subject:
            pool = [
                p
                for p in self._subjects + self._speakers
                if floor <= p[0] < offset and p[1].type in types and p[1].key != exclude
            ]
            if pool:
                return max(pool, key=lambda p: p[0])[1]
        i = bisect_left(self._starts, offset) - 1
        while i >= 0 and self._starts[i] >= floor:
            span, ent = self._mentions[i]
            if span.end <= offset and ent.type in types and ent.key != exclude:
                return ent
            i -= 1
        return None

    def _issuer(self, offset: int) -> Entity | None:
        """The body named last before ``offset``, its subject mentions first."""
        before = [(start, end, ent) for start, end, ent in self._issuers if end <= offset]
        subjects = [named for named in before if self._is_subject(named[0], named[1])]
        pool = subjects or before
        return pool[-1][2] if pool else None

    def _titled(self, offset: int, title: str, office: str = "") -> Entity | None:
        """The most recent person written with ``title`` near the name ("President X", "X, the president").

        An office set off by a comma before the name ("the President of the Republic, X") must hold
        the whole ``office`` the attribution names: "the Minister of Transport, Y" is not "the
        Prime Minister".
        """
        text = doc_text(self.doc)
        pattern = re.compile(rf"\b{re.escape(title)}\b", re.I)
        whole = re.compile(rf"\b{re.escape(office or title)}\b[^,]*,\s*$", re.I)
        # "the Minister of A, B and C Affairs, X": the office and a portfolio of capitalised words
        portfolio = re.compile(
            rf"\b(?i:the\s+{re.escape(office or title)})(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*,\s*$"
        )
        counterpart: Entity | None = None  # "her Tarnian counterpart, X, Minister of Y": the other side's
        for span, ent in reversed(self._mentions):
            if span.end > offset or ent.type != "Person":
                continue
            before = _unstyled(text[max(0, span.start - 40) : span.start].split("\n")[-1])
            after = text[span.end : span.end + 40].split("\n")[0]
            if (
                whole.search(before)
                or portfolio.search(_unstyled(text[max(0, span.start - _LINE) : span.start].split("\n")[-1]))
                or pattern.search(before.split(",")[-1] if "," in before else before)
                or re.match(rf",\s+(?:the|a|its|\w+'s)?\s*(?:[\w-]+\s+){{0,3}}{re.escape(title)}\b", after, re.I)
            ):
                if not introduced_as_counterpart(text, ent.mentions):
                    return ent
                counterpart = counterpart or ent
        return counterpart

    def _titled_later(self, offset: int, office: str) -> Entity | None:
        """The one person the text styles with the whole ``office`` after ``offset``, if one only.

        A release may quote "the Director" and name the holder only in its closing notes ("The
        Director of X is Chief Inspector Jo Roe.", "The Director, Jo Roe, ..."): with nobody so
        styled before the quote, the one person styled so after it is the speaker.
        """
        text = doc_text(self.doc)
        # the office, its body, then a comma or "is" and at most the holder's rank or address
        whole = re.compile(rf"\b{re.escape(office)}\b[^,.;:]*(?:,|\bis)\s*(?:[A-Z][\w.]*\s+){{0,{_STYLE_WORDS}}}$")
        found = {
            ent.key: ent
            for span, ent in self._mentions
            if span.start > offset
            and ent.type == "Person"
            and whole.search(text[max(0, span.start - _LINE) : span.start].split("\n")[-1])
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _surname(self, head: Token, anchor: int) -> Entity | None:
        """The one person named earlier whose name ends with ``head`` ("Haque" after "Dr Ali Haque").

        A bare surname the entity extractor did not link still names the person introduced in
        full before it; two people sharing the surname make it ambiguous, and nobody is returned.
        """
        if head.pos_ != "PROPN" or not head.text[:1].isupper():
            return None
        word = head.text.casefold()
        found = {ent.key: ent for start, ent in self._surnames.get(word, ()) if start < anchor}
        return next(iter(found.values())) if len(found) == 1 else None

    def _apposed(self, phrase: Span) -> Entity | None:
        """The person named after an office phrase and a comma: "said the Coordinator in Ruritania, Jane Roe"."""
        text = doc_text(self.doc)
        i = bisect_left(self._starts, phrase.end_char)
        while i < len(self._mentions) and self._mentions[i][0].start < phrase.end_char + 60:
            span, ent = self._mentions[i]
            if ent.type == "Person" and _apposed_gap(text, phrase.end_char, span.start):
                return ent
            i += 1
        return None

    def resolve(self, phrase: Span, head: Token | None, anchor: int, exclude: str | None = None) -> Entity | None:
        """The entity a subject phrase names or points back to, or None when unsure.

        Args:
            phrase: the words of the subject ("Georgian Interior Minister Jane Doe", "he").
            head: the syntactic head of the subject when the parse gives one.
            anchor: the character offset the phrase refers back from (the quote's start), so
                that people named inside the quote are not taken for its speaker.
            exclude: the key of a person that a pronoun or description cannot mean: the
                speaker of the transcript turn the phrase is in, who speaks of themself as "I".
        """
        if not len(phrase):
            return None
        if head is not None:
            ent = self.index.at(head.idx, head.idx + len(head.text))
            if ent is not None and ent.type in SPEAKER_TYPES:
                return ent
        named = [e for _, e in self.index.within(phrase.start_char, phrase.end_char) if e.type in SPEAKER_TYPES]
        # "said (the envoy of X to Y,) Ana Okoro-Lind": a subject the parser cut at the hyphen of a
        # name, which runs on past the phrase's last character; the states before it are its office's
        last = phrase.end_char - 1
        named += [e for _, e in self.index.covering(last, phrase.end_char) if e.type == "Person" and e not in named][:1]
        words = [t for t in phrase if not t.is_punct]
        if head is None:
            nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN", "PRON")]
            head = nouns[0] if len(nouns) == 1 else phrase.root
        lower, lemma = head.lower_, head.lemma_.lower()
        definite = bool(words) and (words[0].lower_ in _DEFINITE or words[0].dep_ == "poss")
        people = [e for e in named if e.type == "Person"]
        bodies = [e for e in named if e.type == "Agency"]
        if people:
            return people[0]
        if not named and (person := self._surname(head, anchor)) is not None:
            return person
        if lemma in PERSON_NOUNS:
            if (named_after := self._apposed(phrase)) is not None:
                return named_after
            # "the president of Chile" is a person; "a spokesman for the ministry" speaks for it.
            if not definite:
                return bodies[0] if bodies else None
            office = " ".join(t.text for t in words[1:]) if words[0].lower_ in _DEFINITE else lemma
            # "the Prime Minister said": a person styled with the whole title ("the Prime Minister
            # of X, Jo Roe") before one styled with its head word alone ("Minister Ana Lind")
            styled = " ".join(t.text for t in words[1:] if t.i <= head.i) if words[0].lower_ in _DEFINITE else ""
            return (
                (self._titled(anchor, styled, styled) if len(styled.split()) > 1 else None)
                or self._titled(anchor, lemma, office)
                or self._doer(anchor, lemma)
                or (self._titled_later(anchor, office) if office[:1].isupper() else None)
                or (bodies[0] if bodies else self.last(anchor, ("Person",), exclude=exclude))
            )
        if bodies:
            return bodies[0]
        if lemma in AGENCY_NOUNS and definite:
            return self.last(anchor, ("Agency",))
        if lemma in _ISSUED_TEXTS and definite:  # "“…,” said the statement": the body that issued it
            return self._issuer(anchor) or self.last(anchor, ("State",))
        states = [e for e in named if e.type == "State"]
        if states and lemma not in AGENCY_NOUNS:
            return states[0]
        if lower in _PERSON_PRONOUNS or (definite and _AGED.search(phrase.text)):
            return self.last(anchor, ("Person",), exclude=exclude)
        if lower in _BODY_PRONOUNS:
            return self.last(anchor, ("Agency", "State"))
        if definite and lemma in STATE_NOUNS:
            return self.last(anchor, ("State",))
        return None
