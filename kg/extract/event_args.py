"""Trigger + parsed sentence + entity index -> event arguments: who, where from, where to, who says so.

Arguments are read from the dependency tree around a trigger and named by entity keys through
:class:`~kg.extract.index.EntityIndex`. Three pieces of news convention are encoded here:

* a nationality group is a state ("Russians", "Russian citizens", "arrivals of Sudanese");
* a capital stands for its government when it acts ("Moscow's offensive", "a war against Kyiv");
* "the country" refers back to the last state mentioned, and "authorities in X" report for X.
"""

from __future__ import annotations

import logging
from bisect import bisect_left

from spacy.tokens import Span, Token

from kg.extract.event_pronouns import noun_antecedent
from kg.extract.event_triggers import INFORMING_VERBS, SPEECH_VERBS
from kg.extract.index import EntityIndex
from kg.intervals import Intervals
from kg.model import Entity, Statement


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


__all__ = [
    "RECORDING_VERBS",
    "ArgReader",
    "counted_group_origin",
    "is_return",
    "is_route",
    "is_time_phrase",
    "said_group_origin",
    "with_objects",
]

log = logging.getLogger(__name__)

_PLACE_TYPES = ("State", "Region", "Settlement", "Checkpoint", "Place")
_AGENT_TYPES = ("Person", "Agency", "Organization", "State")
_DESTINATION_TYPES = (*_PLACE_TYPES, "Organization")
_ANAPHORS = {
    "country": ("State",),
    "nation": ("State",),
    "state": ("State",),
    "bloc": ("Organization",),
    "union": ("Organization",),
    "region": ("Region",),
    "province": ("Region",),
    "department": ("Region",),
    "county": ("Region",),
    "governorate": ("Region",),
    "city": ("Settlement",),
    "town": ("Settlement",),
    "ministry": ("Agency",),
    "agency": ("Agency",),
    "government": ("State",),
    "president": ("Person",),
    "minister": ("Person",),
}
#: Kinds of region a text names once and then calls by the kind alone ("arrested in the province",
#: "sent to the department"); written in lower case, for "the Department of X" is a body.
_REGION_KINDS = frozenset(("province", "department", "county", "governorate"))
_AUTHORITIES = frozenset(
    _words(
        """
        authority official government police administration force army military troop side
        """
    )
)
#: Verbs of counting or stopping people, whose subject is the source of the figure it counts.
RECORDING_VERBS = frozenset(_words("record register detect count log tally intercept"))
_PRONOUNS = {
    "he": ("Person",),
    "she": ("Person",),
    "it": ("Agency", "Organization", "State"),
    "they": ("Agency", "Organization", "State"),
}
#: Prepositions that place a common noun inside a named place: "the camps in X", "a school near Y".
_WITHIN_PREPS = frozenset(_words("in at near outside inside between along"))
#: Nouns for counted data whose source a sentence names in the phrase ("figures released by X show"),
#: as lemma or word (the parser may lemmatise "data" to "datum").
_DATA_NOUNS = frozenset(_words("figure data statistic statistics number count tally record"))
_CLAUSAL = frozenset(("ccomp", "advcl", "relcl", "parataxis", "conj", "acl", "xcomp", "appos"))


def demonym_state(word: str) -> str | None:
    """State key of a nationality word, through the shared gazetteer."""
    from kg.lexicon.gazetteer import state_for_demonym  # imported late: the gazetteer loads large tables

    return state_for_demonym(word)


def capital_state(entity: Entity) -> str | None:
    """State key a capital city stands for when it acts ("Moscow said" -> Russia), else None."""
    from kg.lexicon.gazetteer import capital_of  # imported late: the gazetteer loads large tables

    if entity.type != "Settlement":
        return None
    for name in (entity.name, *entity.aliases):
        if code := capital_of(name):
            return f"state/{code}"
    return None


class ArgReader:
    """Reads event arguments of one document; holds its entity index and statements."""

    def __init__(self, index: EntityIndex, statements: tuple[Statement, ...]) -> None:
        self.index = index
        self.statements = statements
        self._quotes = Intervals((s.quote_span.start, s.quote_span.end, i) for i, s in enumerate(statements))
        self._names: dict[str, Entity] | None = None  # name -> entity, built on first need
        self._called: dict[str, tuple[list[int], list[str]]] | None = None  # see _last_called
        self.home: str | None = None  # the state of the dateline (kg.extract.event_places.dateline_state)
        self.story_state: str | None = None  # the state the text names most (kg.extract.event_home)
        self.publisher_state: str | None = None  # the state its publisher names (kg.extract.event_home)
        self.sole_state: str | None = None  # the only state the text names (kg.extract.event_home)
        self.sides: list[str] = []  # the parties of the story's last meeting (kg.extract.event_sides)
        self.met: tuple[list[str], list[str]] = ([], [])  # who met and where, at the story's last meeting
        self.offices: dict[str, str] = {}  # person -> their one office body (kg.extract.event_speaker_states)

    # ------------------------------------------------------------------ noun phrases -> entities

    def entity_at(self, token: Token) -> Entity | None:
        """The entity mentioned at one token."""
        return self.index.at(token.idx, token.idx + len(token))

    def np_entities(self, head: Token, types: tuple[str, ...], agentive: bool = False) -> list[str]:
        """Entity keys a noun phrase names, its conjuncts included ("Finland and Estonia")."""
        out: list[str] = []
        for h in [head, *self._conjuncts(head)]:
            key = self._np_entity(h, types, agentive)
            if key and key not in out:
                out.append(key)
        return out

    def _conjuncts(self, token: Token) -> list[Token]:
        out = []
        for c in token.children:
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"):
                out.append(c)
                out.extend(self._conjuncts(c))
        return out

    def _np_entity(self, head: Token, types: tuple[str, ...], agentive: bool) -> str | None:
        entity = self.entity_at(head) or self._named_again(head) or self._in_compound(head)
        if entity is not None:
            if agentive and "State" in types and (cap := capital_state(entity)):
                return cap
            if entity.type in types:
                return entity.key
            if entity.type == "Settlement" and "State" in types and (cap := capital_state(entity)):
                return cap
            return None
        lem = head.lemma_.lower()
        for c in head.children:  # "the border town of Adre", "the enclave of Ceuta": the name
            if c.dep_ == "prep" and c.lower_ == "of" and head.pos_ == "NOUN":
                for p in c.children:
                    named = self.entity_at(p) if p.dep_ == "pobj" else None
                    if named is not None and named.type in types and named.type != "State":
                        return named.key
        if head.pos_ == "NOUN" and "Person" not in types:  # "the camps in X", "a market near Y"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in _WITHIN_PREPS:
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    for p in objs + [k for g in objs for k in self._conjuncts(g)]:
                        # "groups in the X municipality": the name may sit in the place noun's compound,
                        # a state's never ("officers at the X-Y border" are at no place of Y)
                        named = self.entity_at(p)
                        if named is None and p.pos_ == "NOUN" and (inner := self._in_compound(p)) is not None:
                            named = inner if inner.type != "State" else None
                        if named is not None and named.type in types and named.type in _PLACE_TYPES:
                            return named.key
        if head.lower_ in _PRONOUNS and head.dep_ in ("nsubj", "nsubjpass"):
            wanted = tuple(t for t in _PRONOUNS[head.lower_] if t in types)
            said, sayer = self._sayer(head, wanted)
            if said:
                return sayer
            if (noun := noun_antecedent(head)) is not None:  # "Guards patrolled ... they stopped": no body
                return self._np_entity(noun, types, agentive)
            found = self.index.before(head.idx, wanted)
            return found.key if found else None
        if lem == "capital" and head.pos_ == "NOUN" and any(c.lower_ in ("the", "its") for c in head.children):
            return self._capital(head, types)
        if lem in _REGION_KINDS and not (head.is_lower and not any(c.dep_ == "prep" for c in head.children)):
            return None  # "the Department of Immigration", "the province of X" (named there, or a body)
        if lem in _AUTHORITIES and "State" in types and (key := self._stated_state(head)):
            return key  # "the government of X", "the X authorities": X, not the last state named
        if lem in _ANAPHORS and any(c.lower_ in ("the", "this", "that", "its") for c in head.children):
            wanted = tuple(t for t in _ANAPHORS[lem] if t in types)
            return (self._last_called(head, lem, wanted) or self._last_before(head, wanted)) if wanted else None
        if lem in _AUTHORITIES and "State" in types:
            return self.authorities_state(head)
        return None

    def _in_compound(self, head: Token) -> Entity | None:
        """ "the Frontex agency", "the X municipality": the name sits in a compound before the noun."""
        for c in head.children:
            if c.dep_ in ("compound", "nmod") and c.i < head.i and (entity := self.entity_at(c)) is not None:
                return entity
        return None

    def _named_again(self, head: Token) -> Entity | None:
        """A proper name the document gave an entity elsewhere ("Ruritanian Airways" in the headline)
        but not at this mention: the name, as the head and its compounds spell it."""
        if head.pos_ != "PROPN":
            return self.place_named_again(head)
        left = head
        while left.i > 0 and left.nbor(-1).dep_ == "compound" and left.nbor(-1).head.i == head.i:
            left = left.nbor(-1)
        if left.i == head.i:
            return self.place_named_again(head)
        return self._by_name().get(head.doc[left.i : head.i + 1].text.casefold())

    def place_named_again(self, token: Token) -> Entity | None:
        """A one-word place the document names elsewhere, spelt the same, where the tagger missed it
        ("2,140 migrants have entered X" after "sent officers to X"): one name is one place in a text.

        Only a capitalised word inside a sentence (or a proper noun at its start) spelt exactly as a
        mention of a place (a state, region, town or crossing): the tagger often reads such a name
        as an adverb ("entered X irregularly"); a one-word person or body name is too weak a tie."""
        if not token.text[:1].isupper() or (token.is_sent_start and token.pos_ != "PROPN"):
            return None
        entity = self._by_name().get(token.text.casefold())
        if entity is None or entity.type not in _PLACE_TYPES:
            return None
        return entity if any(m.text == token.text for m in entity.mentions) else None

    def _by_name(self) -> dict[str, Entity]:
        if self._names is None:
            self._names = {}
            for entity in self.index.by_key.values():
                for name in (entity.name, *entity.aliases):
                    self._names.setdefault(name.casefold(), entity)
        return self._names

    def _capital(self, head: Token, types: tuple[str, ...]) -> str | None:
        """ "the capital", "the Laotian capital": the capital of the state its adjective names or of
        the last state named before; the city when the text names it, else the state itself."""
        state = next((k for c in head.children if c.dep_ == "amod" and (k := demonym_state(c.text))), None)
        if state is None:
            found = self.index.before(head.idx, ("State",))
            state = found.key if found is not None else None
        if state is None:
            return None
        if "Settlement" in types:
            for entity in self.index.by_key.values():
                if entity.type == "Settlement" and capital_state(entity) == state:
                    return entity.key
        return state if "State" in types else None

    def _sayer(self, pronoun: Token, types: tuple[str, ...]) -> tuple[bool, str | None]:
        """ "X said it had deployed …", "X tells us it will …": the pronoun is the one who says it.

        Returns whether the sentence settles who "it" is, and the key when it is named. A body
        saying it ("the government in the capital announced it would …") settles it even when the
        body is no entity: the last state named before is then not the one acting.
        """
        clause = pronoun.head
        speech = clause.head
        if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS | INFORMING_VERBS:
            return False, None
        for c in speech.children:
            if c.dep_ == "nsubj" and c.i < pronoun.i:
                entity = self.entity_at(c)
                if entity is None:  # "the UN Mission in X (UNMISS) tells us": the name before the aside
                    entity = next((self.entity_at(t) for t in c.subtree if self.entity_at(t) is not None), None)
                if entity is not None and entity.type in types:
                    return True, entity.key
                if entity is not None and "State" in types and (cap := capital_state(entity)):
                    return True, cap  # "the government in <capital>"
                if c.lemma_.lower() in _AUTHORITIES:
                    return True, self.authorities_state(c) if "State" in types else None
        return False, None

    def _last_called(self, head: Token, noun: str, types: tuple[str, ...]) -> str | None:
        """ "the Ministry", "the agency": a body named before ``head`` whose own name has that noun,
        however far back ("the Ministry of the Interior ... The Civil Guard ... according to figures
        of the Ministry"); of several, the one the text names most (the story's own body, not one
        it mentions in passing), then the latest. None when no name has the noun."""
        if self._called is None:
            found: dict[str, list[tuple[int, str]]] = {}
            for span, entity in self.index.within(0, 1 << 62):
                for word in {w.casefold() for w in entity.name.split()} & _ANAPHORS.keys():
                    found.setdefault(word, []).append((span.start, entity.key))
            self._called = {w: ([s for s, _ in v], [k for _, k in v]) for w, v in found.items()}
        starts, keys = self._called.get(noun, ([], []))
        before = keys[: bisect_left(starts, head.idx)]
        named = [k for k in dict.fromkeys(reversed(before)) if (e := self.index.by_key.get(k)) and e.type in types]
        if not named:
            return None
        return max(named, key=lambda k: (len(self.index.by_key[k].mentions), -named.index(k)))

    def _last_before(self, head: Token, types: tuple[str, ...]) -> str | None:
        """The last entity of ``types`` before ``head`` (capitals count as their state)."""
        sent_start = head.sent.start_char
        within = self.index.within(max(0, sent_start - 600), head.idx)
        for span, entity in reversed(within):
            if span.start >= head.idx:
                continue
            if entity.type in types:
                return entity.key
            if "State" in types and (cap := capital_state(entity)):
                return cap
        return None

    def authorities_state(self, head: Token) -> str | None:
        """ "authorities in Kazakhstan", "Kazakh authorities", "Georgia's government" -> that state."""
        if key := self._stated_state(head):
            return key
        if any(c.lower_ == "local" for c in head.children):
            return None
        verb = head.head  # "In Kazakhstan, authorities reported ..."
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i < head.i:
                for p in c.children:
                    entity = self.entity_at(p)
                    if entity and entity.type == "State":
                        return entity.key
        return None

    def _stated_state(self, head: Token) -> str | None:
        """The state an authorities noun names in its own phrase ("of X", "in X", "X's", "Xian")."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        entity = self.entity_at(p)
                        if entity and entity.type == "State":
                            return entity.key
            if c.dep_ in ("amod", "compound", "poss"):
                entity = self.entity_at(c)
                if entity and entity.type == "State":
                    return entity.key
                if c.dep_ != "poss" and (key := demonym_state(c.text)):
                    return key
        return None

    def group_origin(self, head: Token) -> str | None:
        """A nationality group's state: "Russians", "Russian citizens", "Sudanese refugees", "South
        Sudanese refugees" (a demonym of two words is read whole before its last word)."""
        key = _demonym_before(head)
        if key:
            return key
        for c in head.children:
            if c.dep_ in ("amod", "compound", "nmod") and (key := _demonym_before(c)):
                return key
        entity = self.entity_at(head)
        if entity is not None and entity.type == "State" and head.tag_ == "NNPS":
            return entity.key
        return None

    # ------------------------------------------------------------------ attribution

    def reported_by(self, anchor: Token, char: int) -> list[str]:
        """Who the figure at ``char`` (in the clause of ``anchor``) is attributed to.

        A source the sentence names ("according to X", "X reports that …") comes first, even inside
        someone's words: a spokesperson citing an agency's figure passes it on. Otherwise the
        speaker whose words hold the figure is its source.
        """
        if named := self._named_source(anchor):
            return named
        speaker = self.speaker_at(char)
        return [] if speaker is None else [speaker]

    def figure_source(self, anchor: Token, char: int, agent: list[str]) -> list[str]:
        """:meth:`reported_by` for an act's figure, its own agent left out while someone else is named.

        "X said the coast guard had rescued 212": X, not the coast guard. But a body or a person
        telling of its own act is that act's only source: "the Defence Ministry announced it had
        moved 275 troops", a minister's "We have moved 90 officers there".
        """
        found = self.reported_by(anchor, char)
        return [k for k in found if k not in agent] or found

    def speaker_at(self, char: int) -> str | None:
        """The speaker of the first statement whose quote holds ``char``, or None."""
        held = [i for start, end, i in self._quotes.near(char, char) if start <= char < end]
        return self.statements[min(held)].speaker if held else None

    def _named_source(self, anchor: Token) -> list[str]:
        """The source a sentence names for its figure: "according to X", "X said / reports that …"."""
        sent = anchor.sent
        for tok in sent:  # "according to X"
            if tok.lower_ == "according":
                for to in tok.children:
                    for p in to.children:
                        if p.dep_ != "pobj":
                            continue
                        if keys := self.np_entities(p, _AGENT_TYPES, agentive=True):
                            return keys
                        # "according to figures released by the commission", "according to UNHCR figures",
                        # "according to the Office of the X", "according to data from the X"
                        if keys := self._whose_data(p):
                            return keys
        verbs = [a for a in anchor.ancestors if a.lemma_.lower() in SPEECH_VERBS | INFORMING_VERBS]
        # "the Border Guard recorded / detected / intercepted 164 people ...": who counts them
        verbs += [a for a in (anchor, *anchor.ancestors) if a.lemma_.lower() in RECORDING_VERBS and a.pos_ == "VERB"]
        verbs += [
            t
            for t in sent
            if t.lemma_.lower() in SPEECH_VERBS | INFORMING_VERBS
            and t.pos_ == "VERB"
            and t not in verbs
            and (t.head == anchor or t.head in anchor.ancestors or t.dep_ in ("parataxis", "ROOT"))
        ]
        for verb in verbs:
            for c in verb.children:
                if c.dep_ not in ("nsubj", "nsubjpass") or (_dateline_town(c) and _other_subject(verb, c)):
                    continue
                # "the UN migration agency IOM said": the apposed name, not the organization around it;
                # "X, a unit of the Y, said": an indefinite apposition describes X, it names no one else
                named = [
                    k
                    for ap in c.children
                    if ap.dep_ == "appos" and not _indefinite(ap)
                    for k in self.np_entities(ap, _AGENT_TYPES)
                ]
                if named or (named := self.np_entities(c, _AGENT_TYPES, agentive=True)):
                    return named
                if {c.lemma_.lower(), c.lower_} & _DATA_NOUNS and (named := self._whose_data(c)):
                    return named  # "figures presented by X showed that ...", "data from X indicate ..."
        return []

    def _whose_data(self, noun: Token) -> list[str]:
        """The body a noun phrase of figures or data credits: "figures released by X", "X figures",
        "the X's data", "data from X", "the Office of X"."""
        by = [g for a in noun.children if a.dep_ in ("acl", "relcl") for g in _by_objects(a)]
        mods = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
        mods += [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("of", "from")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for n in by + mods:
            if keys := self.np_entities(n, _AGENT_TYPES, agentive=True):
                return keys
        return []

    # ------------------------------------------------------------------ clause extent

    @staticmethod
    def clause_tokens(head: Token) -> list[Token]:
        """Tokens of ``head``'s own clause: its subtree without embedded clauses."""
        out: list[Token] = []
        stack = [head]
        while stack:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                if c.dep_ in _CLAUSAL and c.pos_ in ("VERB", "AUX") and t.i == head.i:
                    continue
                if c.dep_ in ("relcl", "advcl", "ccomp", "parataxis"):
                    continue
                stack.append(c)
        return sorted(out, key=lambda t: t.i)


def _dateline_town(noun: Token) -> bool:
    """A name that opens a line and stands before a dash ("Tarnby - Some 4,000 people crossed ...,
    the agency said"): the dateline's town, which the parser reads as a second subject of the
    story's saying verb; a capital there would credit its state with the figure."""
    doc = noun.doc
    first = noun
    while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].head.i == noun.i:
        first = doc[first.i - 1]
    before = doc[first.i - 1] if first.i > 0 else None
    line_start = before is None or "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)
    return line_start and noun.i + 1 < len(doc) and doc[noun.i + 1].text in ("-", "–", "—", "--")


def _other_subject(verb: Token, subject: Token) -> bool:
    """Whether ``verb`` has a subject besides ``subject``: a dateline's town read as a second one
    ("Tarnby - ..., the agency said"), not a body whose own name opens the line ("Frontex - the EU's
    agency - said")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i for c in verb.children)


def _indefinite(noun: Token) -> bool:
    """ "a subdivision of the ministry", "one of the agencies": a noun phrase that describes rather
    than names (its article is indefinite)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or noun.lower_ == "one"


def _by_objects(verb: Token) -> list[Token]:
    """Objects of a passive "by" under a verb ("figures released by the commission")."""
    return [
        g
        for c in verb.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _demonym_before(tok: Token) -> str | None:
    """The state of the longest demonym ending at ``tok`` ("South Sudanese", "Sri Lankan", "Sudanese")."""
    start = tok.i
    while start > 0 and start - tok.i < 2:
        left = tok.doc[start - 1]
        if left.dep_ not in ("amod", "compound") or left.head.i not in range(start, tok.i + 1):
            break
        start -= 1
    for i in range(start, tok.i + 1):
        if key := demonym_state(tok.doc[i : tok.i + 1].text):
            return key
    return None


def sentence_of(span: Span) -> tuple[int, int]:
    """Character bounds of a sentence."""
    return span.start_char, span.end_char


#: Nouns for the way across, not the place reached: "crossed the bridge", "at the X checkpoint".
_ROUTE_NOUNS = frozenset(
    _words(
        """
        bridge crossing checkpoint crossing-point post border frontier river corridor gate
        """
    )
)


def is_route(tok: Token) -> bool:
    """True for a noun phrase naming the way across ("the Hakari bridge", "this crossing"), also
    "that crossing" the tagger read as a gerund: its determiner makes it the noun."""
    if tok.lemma_.lower() in _ROUTE_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.lower_ in _ROUTE_NOUNS and any(c.dep_ == "det" for c in tok.children)


_TIME_NOUNS = frozenset(
    _words(
        """
        day week month year weekend period night morning evening hour time
        """
    )
)


def is_time_phrase(prep: Token) -> bool:
    """True for a preposition introducing a time ("in the week to Sunday", "in 2017"), not a place."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(
        o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _TIME_NOUNS or o.like_num for o in objs
    )


def counted_group_origin(a: ArgReader, subj: Token) -> str | None:
    """A nationality group's state, also behind a quantity: "tens of thousands of Ukrainians";
    or the place a counted group comes from: "9,000 people from Ruritania"."""
    key = a.group_origin(subj)
    if key is None and subj.lemma_.lower() in _GROUP_NOUNS:
        for c in subj.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                keys = [k for g in c.children if g.dep_ == "pobj" for k in a.np_entities(g, _PLACE_TYPES)]
                if keys:
                    return keys[0]
    node = subj
    for _ in range(3):  # "tens" -> "of thousands" -> "of Ukrainians"
        if key is not None:
            break
        of = [g for c in node.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not of:
            break
        node = of[0]
        key = a.group_origin(node)
    return key


def said_group_origin(a: ArgReader, num: Token) -> str | None:
    """The nationality a counted subject is said to be: "Of this figure, 3,500 were Latvian
    residents" (the number is the subject of "be", the group its predicate noun). In "2,900 were
    Latvian citizens and 1,300 were Estonian citizens" the parser may hang the second number on the
    first group: the "be" right after it, with no subject of its own, is still its verb."""
    verb = num.head if num.dep_ == "nsubj" else None
    after = num.nbor() if num.i + 1 < len(num.doc) else None
    if verb is None and after is not None and not any(c.dep_ == "nsubj" for c in after.children):
        verb = after
    if verb is None or verb.lemma_.lower() != "be":
        return None
    return next((key for c in verb.children if c.dep_ == "attr" and (key := a.group_origin(c))), None)


#: Nouns of counted people whose "from X" names where they come from.
_GROUP_NOUNS = frozenset(
    _words(
        """
        people person refugee migrant civilian family national citizen resident asylum-seeker evacuee
        man woman child traveller traveler arrival returnee
        """
    )
)


def with_objects(tok: Token) -> list[Token]:
    """Objects of "with" under ``tok``: "the border with X", "talks with Y"."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]


def is_return(verb: Token) -> bool:
    """ "returned to X", "went back to X", "headed back home": people going home."""
    return verb.lemma_.lower() == "return" or any(c.lower_ == "back" for c in verb.children)
