"""Words around an office and its holder that say whose office it is.

"her Norlandic counterpart, Foreign Minister X": the counterpart holds the office in the other
state. "A, the Minister of Y, B, and ...": in a list of officials each office stands before its
holder, so read after the previous name it belongs to the next one. An office named with no
body is in the state its sentences name, leaving out the other side ("spoke with Y's minister"),
else in the state of its paragraph (a bulletin's own story), else in the text's main state. An
office "of" a region or a town ("the Governor of X Province", "the mayor of Y") is held there.
A bare office right after a sentence naming "the OFFICE of X" ("Will the Minister meet the
President of X?" / "A call on President Y is scheduled") is X's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.attribution import is_cue
from kg.extract.envoys import envoy_state
from kg.extract.index import EntityIndex
from kg.extract.subject_states import previous_subject_state
from kg.lexicon.gazetteer import region_for, settlement_for, state_for_demonym, state_key, subdivision_for
from kg.lexicon.names import TITLE_WORDS, entity_key
from kg.model import Entity
from kg.nlp.doctext import doc_text
from kg.nlp.patterns import REGION_WORDS
from kg.nlp.persons import honorific
from kg.reference.tables import fold, memberships, parts

__all__ = [
    "accompanied",
    "cluster_state",
    "counterpart_state",
    "delegation_state",
    "international_body",
    "international_name",
    "local_office",
    "local_state",
    "next_named",
    "office_place",
    "place_before",
    "story_town",
    "title_antecedent",
]

#: Words that make an office a region's, not a town's: "the Regional Governor of X".
_REGIONAL = frozenset({"regional", "provincial", "departmental", "district"})
#: Offices that represent the state in a province named after its main town: "the prefect of X"
#: serves the state (a prefecture's seat names it), not the town's own government.
_STATE_AGENTS = frozenset({"prefect"})
#: Places an office can be "of" and held in: a governor's province, a mayor's town.
_LOCAL_PLACES = frozenset({"Region", "Settlement"})


def counterpart_state(doc: Doc, start: int) -> str | None:
    """ "his Norlandic counterpart, Foreign Minister X": the office is in the state the demonym names.

    A counterpart holds the same office in the other state, which the text names by its demonym or
    its possessive, not the state of the sentence's first official.
    """
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    seat = _counterpart_seat(doc, i)
    if seat is not None:
        return seat
    if i < 1 or doc[i].lower_ not in {"counterpart", "counterparts"}:
        return None
    return _state_named_before(doc, i)


def _counterpart_seat(doc: Doc, i: int) -> str | None:
    """ "my counterpart in Y, Minister X" / "her counterpart in CITY, X": the state of Y or of the city.

    A minister speaking of "my counterpart in" a capital names the other government by its seat;
    ``i`` is the last token of the place's name. GeoNames' most populous town of that name gives
    the state.
    """
    j = i
    while j > 0 and doc[j].pos_ == "PROPN" and doc[j].is_title and i - j < 3:
        j -= 1
    if j == i or j < 1 or doc[j].lower_ != "in" or doc[j - 1].lower_ not in {"counterpart", "counterparts"}:
        return None
    name = doc[j + 1 : i + 1].text
    town = settlement_for(name)
    return state_key(name) or (f"state/{town.country}" if town is not None and town.country else None)


#: Verbs by which an official leads a state's side at talks: "the X delegation was led by ...".
_LEAD_VERBS = frozenset({"lead", "head", "chair"})
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "will", "be", "been", "being"})
#: Nouns for one state's party at talks ("the Norlandic delegation", "the Tarnish side").
_SIDES = frozenset({"delegation", "delegations", "side", "team"})
#: Verbs listing a side's members: "the X side included Minister Y".
_LIST_VERBS = frozenset({"include", "comprise"})


def delegation_state(doc: Doc, start: int) -> str | None:
    """ "the Norlandic delegation was led by the Minister of X, Y": the office is in the delegation's state.

    Joint statements name each side's leader through its delegation, often with the second verb
    left out ("and the Z delegation by the Minister of W, V"); the sentence names both states, so
    the office takes the state of the delegation it leads, not the sentence's first or most named.
    ``start`` is where the leader's title or name begins; a form of address before it ("H.E.",
    "Hon.") is passed over.
    """
    listed = _listed_in_side(doc, start)
    if listed is not None:
        return listed
    i = start - 1
    while i > 0 and honorific(doc[i]):
        i -= 1  # "and the Z delegation by H.E. Ambassador V": the form of address is the leader's
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "by":
        return None
    verb = doc[i].head
    if doc[i - 1].text == "," and doc[i].dep_ == "agent" and verb.lemma_.lower() in _LEAD_VERBS:
        # "the Z delegation was led, besides the President, by the Minister of W": an aside
        # between the verb and its agent; the parse still ties the agent to the delegation
        side = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return _state_named_before(doc, side.i) if side is not None and side.lower_ in _SIDES else None
    i -= 1
    if doc[i].lemma_.lower() in _LEAD_VERBS and doc[i].tag_ == "VBN":
        i -= 1
        while i >= 0 and doc[i].lower_ in _PASSIVE_AUX:
            i -= 1
    if i < 1 or doc[i].lower_ not in _SIDES:
        return None
    return _state_named_before(doc, i)


def _listed_in_side(doc: Doc, start: int) -> str | None:
    """ "the Norlandic side included the Minister of X, Y, and Minister Z": the side's state.

    A readout lists each side's members as objects of "include" or "comprise"; the member's office
    is in the state of the side whose list it is on, whichever state the sentence names nearer.
    """
    tok = doc[start]
    while tok.dep_ in ("compound", "det") and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _LIST_VERBS:
        return None
    side = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return _state_named_before(doc, side.i) if side is not None and side.lower_ in _SIDES else None


def _state_named_before(doc: Doc, i: int) -> str | None:
    """The state a demonym or name among the three words before token ``i`` names ("his Norlandic ...")."""
    for tok in doc[max(0, i - 3) : i]:
        key = state_for_demonym(tok.text) or state_key(tok.text)
        if key:
            return key
    return None


#: Verbs by which an official travels in another's party: "X, who was accompanied by Minister Y".
_COMPANY_VERBS = frozenset({"accompany"})


def accompanied(person: SpacySpan, index: EntityIndex) -> str | None:
    """ "X, who was accompanied by Minister Y" / "X, accompanied by ...": the key of the person Y goes with.

    A minister in a leader's party is of the leader's side; the sentence may name only the host
    ("thanked Norland for its help"), whose state is not the minister's. Read from the parse: the
    holder's name lies under the "by" agent of a passive "accompany", whose subject (or, in a
    relative or participle clause, the noun it qualifies) is the person accompanied.
    """
    verb = next((a.head for a in person.root.ancestors if a.dep_ == "agent"), None)
    if verb is None or verb.lemma_ not in _COMPANY_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    lead = verb.head if verb.dep_ in ("relcl", "acl") else subject
    if lead is None:
        return None
    found = index.at(lead.idx, lead.idx + len(lead))
    return found.key if found is not None and found.type == "Person" else None


def title_antecedent(title: SpacySpan, office: str, index: EntityIndex, taken: set[str]) -> str | None:
    """The state of "the OFFICE of STATE" said just before a bare "OFFICE X": that state's office.

    A question names the office ("Will the Minister meet the President of Norland?") and the answer
    its holder bare ("A call on President X is scheduled"); a reporter's sentence names the other
    state's office, the next one its holder. Only the sentence before the title's and the title's
    own words before it count, and only a state no one else holds that office of.
    """
    doc = title.doc
    before = title.sent
    for step in range(3):  # the sentence before, past a transcript's speaker label ("SPOKESPERSON X:")
        if before.start == 0 or (step and not before.text.rstrip().endswith(":")):
            break
        before = doc[before.start - 1].sent
    start = before.start_char
    text = doc_text(doc)
    found = None
    for m in re.finditer(rf"\b{re.escape(office)}\s+of\s+(?:the\s+)?", text[start : title.start_char], re.I):
        at = start + m.end()
        entity = index.at(at, at + 1)
        if entity is not None and entity.type == "State" and entity.key not in taken:
            found = entity.key
    return found


def next_named(doc: Doc, fwd: SpacySpan, index: EntityIndex) -> bool:
    """The office after a name introduces the next name: "X, the Minister of Y, Z, and ..." is Z's.

    In a list of officials each office stands before its holder; read after the previous name,
    it would go to the wrong person.
    """
    if fwd.end + 1 >= len(doc) or doc[fwd.end].text != ",":
        return False
    nxt = doc[fwd.end + 1]
    found = index.at(nxt.idx, nxt.idx + len(nxt))
    return found is not None and found.type == "Person"


def cluster_state(
    spans: list[SpacySpan], index: EntityIndex, taken: set[str], home: str | None = None, *, story: bool = True
) -> str | None:
    """The state most of the office's mentions have nearest in their sentences; the first breaks a tie.

    A headline ("Minister X's call with Y") may name only the other side; the sentences of the
    body that repeat the title name the holder's own state. With none there, the state the story
    is filed from (``home``, by its dateline: "CAPITAL — Foreign Minister X said", "ISLAMABAD:
    Foreign Minister X met ..."; a story filed from a capital names its own officials bare), then the state
    of the first mention's paragraph when ``story`` is set (an official of a bulletin's story),
    else the text's main state (a head of state, whom any story names bare).
    """
    states = [_context_state(span, index, taken) for span in spans]
    votes = Counter(state for state in states if state)
    top = max(votes.values(), default=0)
    found = next((state for state in states if state and votes[state] == top), None)
    if found is None:  # "Tarnia urged talks. Foreign Minister X said ...": the state acting just before
        found = next((s for span in spans if (s := previous_subject_state(span, index, taken))), None)
    if found is None and home is not None and home not in taken:
        found = home
    if found is None and story:
        found = _paragraph_state(spans[0], index, taken)
    return found or _main_state(spans[0].doc, index, taken)


def _context_state(person: SpacySpan, index: EntityIndex, taken: set[str]) -> str | None:
    """The state named or evoked nearest the person in its sentence.

    States inside a quotation are the speaker's words, not their office's place.

    A state whose office of that name the text gives someone else (``taken``) is not this one's:
    "President X spoke with President Y of Z" says nothing of X serving Z.
    """
    doc = person.doc
    sent = person.sent
    best: tuple[int, int, str] | None = None
    told = _told(person, index, taken)
    for mention, entity in index.within(sent.start_char, sent.end_char):
        if mention.start in told:
            continue  # "X said observers could go to A and B": the parties X speaks of, not X's state
        # a province, not a town: a town is as often where a visitor meets someone ("the summit in X")
        key = entity.key if entity.type == "State" else local_state(entity, index) if entity.type == "Region" else None
        if key is None or key in taken or _counterpart(doc, mention.start):
            continue  # "X spoke with Y's minister", "the border with Z": the other side, not X's
        if _office_of(doc, mention.start) and not 0 <= person.start_char - mention.end <= 1:
            continue  # "Prime Minister X received the Premier of Y": Y is the other office's place
        if _envoy(doc, mention.start, mention.end, person):
            continue  # "the ministry summoned Y's ambassador. The Minister, X, ...": Y is the other side
        if _office_after(doc, mention.end, person):
            continue  # "Y Foreign Minister holds talks with Prime Minister X": Y qualifies the other office
        if _quoted(doc_text(doc)[sent.start_char : mention.start]):
            continue  # a state someone names in their own words says nothing of their office
        after = mention.start >= person.end_char
        distance = mention.start - person.end_char if after else person.start_char - mention.end
        candidate = (distance, int(after), key)
        if best is None or candidate < best:
            best = candidate
    return best[2] if best else None


def _told(person: SpacySpan, index: EntityIndex, taken: set[str]) -> set[int]:
    """Where the words reported after "X said" name states, when they name two or more; else none.

    "Foreign Minister X said observers could go to A and B within a week": the states of X's
    reported words are the parties X speaks of, and two of them cannot both be X's. One state
    there may well be X's own ("Minister X said Y would close its border"), so it still counts,
    and so does a demonym before a noun ("would help Tarnian firms use Y's ports"): the holder's
    own people, more often than not.
    """
    verb = person.root.head
    if person.root.dep_ != "nsubj" or not is_cue(verb):
        return set()
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return set()
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    doc = person.doc
    named: dict[int, str] = {}
    for mention, entity in index.within(lo, hi):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if entity.type == "State" and entity.key not in taken and span is not None and span.root.dep_ != "amod":
            named[mention.start] = entity.key
    return set(named) if len(set(named.values())) >= 2 else set()


def local_state(entity: Entity, index: EntityIndex) -> str | None:
    """The state a region or town lies in, by the gazetteer, when the text names that state.

    "Prime Minister X ordered the crossings in A and B provinces closed": provinces of one state
    say whose prime minister X is as well as the state's own name would.
    """
    if entity.type not in _LOCAL_PLACES:
        return None
    town, region = settlement_for(entity.name), region_for(entity.name)
    words = entity.name.split()
    if region is None and len(words) > 1 and words[-1].lower() in REGION_WORDS:
        region = region_for(" ".join(words[:-1]))  # "Tarnov Region", named so beside the town Tarnov
    place = (region or town) if entity.type == "Region" else (town or region)
    key = f"state/{place.country}" if place is not None and place.country else None
    return key if key is not None and key in index.mention_counts("State") else None


def _main_state(doc: Doc, index: EntityIndex, taken: set[str]) -> str | None:
    """The state the text names most, leaving out those whose office is someone else's."""
    counts = Counter({k: n for k, n in index.mention_counts("State").items() if k not in taken})
    own = (k for k, _ in counts.most_common() if not all(_aside(doc, m.start, m.end) for m in index.by_key[k].mentions))
    return next(own, None)  # a state the text names only as the other side or in a quote is nobody's here


def _paragraph_state(person: SpacySpan, index: EntityIndex, taken: set[str]) -> str | None:
    """The state the person's paragraph names most, by name or by its towns and regions; the first breaks a tie.

    A bulletin tells several stories, one a paragraph or two: "Police Commissioner X told
    reporters in Y" is in the state of that story (Y's), not in the state the bulletin names most.
    Only states the text names count, and not the other side ("the border with Z") or a state
    someone names in their own words.
    """
    doc = person.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, person.start_char) + 1
    end = text.find("\n", person.end_char)
    votes: Counter[str] = Counter()
    for mention, entity in index.within(start, len(text) if end < 0 else end):
        if entity.key in taken or _aside(doc, mention.start, mention.end):
            continue
        if entity.type == "State":
            votes[entity.key] += 1
        elif (key := local_state(entity, index)) is not None:  # a town or a province of a named state
            votes[key] += int(key not in taken)
    votes = +votes  # towns of states the text does not name cast no vote
    return votes.most_common(1)[0][0] if votes else None


def office_place(span: SpacySpan, index: EntityIndex) -> str | None:
    """The region or town a title's "of"-complement ends with: "the Governor of X Province" is X's.

    A province's governor or a town's mayor holds office there, not in the state around it.
    """
    doc = span.doc
    for tok in span:
        if tok.lower_ != "of" or tok.i + 1 >= span.end:
            continue
        j = tok.i + 1 + int(doc[tok.i + 1].lower_ == "the")
        if j + 2 < span.end and doc[j].lower_ in _PLACE_KINDS and doc[j + 1].lower_ == "of":
            j += 2  # "the mayor of the city of X": X's
        end = _complement_end(doc, j, span.end)
        if j >= end:
            return None
        entity = index.at(doc[j].idx, doc[j].idx + len(doc[j]))
        if entity is None:
            # the tagger may leave this one mention of a place it marks elsewhere unmarked
            entity = index.place_named(doc[j:end].text)
            if entity is None:
                return _unnamed_place_state(span, j, end, index)
        elif index.at(doc[end - 1].idx, doc[end - 1].idx + len(doc[end - 1])) is not entity:
            return None
        if entity.type not in _LOCAL_PLACES:
            return None
        office = {t.lower_ for t in doc[span.start : tok.i]}
        if office & _STATE_AGENTS:
            return local_state(entity, index) or entity.key  # a prefect serves the state in X
        if entity.type == "Settlement" and office & _REGIONAL:
            # "the Regional Governor of X" with X read as its main town: the region is no town's
            # office, and the state X lies in is surer than the town
            return local_state(entity, index)
        return entity.key
    return None


def _complement_end(doc: Doc, start: int, end: int) -> int:
    """Where the place's name in an office's complement ends: before a kind noun after it ("the
    mayor of X rural municipality", "Governor of Y Province" with Y alone marked) and before a
    bracket or other mark the title ran into (a caption's "[SUPER: ... / Mayor of X]")."""
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _KIND_TAIL):
        end -= 1
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in _TOWN_GOVERNMENT and all(t.lower_ in _COUNCIL_WORDS for t in doc[k + 1 : end]):
            return k  # "the chair of the X municipal executive board": X's council, so X's office
    return end


def _unnamed_place_state(span: SpacySpan, j: int, end: int, index: EntityIndex) -> str | None:
    """The state of a province or town a local office is "of" where the tagger named no place.

    "The Governor of X, Y" with X a province the gazetteer knows in a state the text names: the
    office is in that state, not in the body that published the text.
    """
    words = span.doc[j:end]
    if not local_office(span.text.lower().split()) or not all(t.is_title and t.is_alpha for t in words):
        return None
    named = index.mention_counts("State")
    codes = {key.split("/", 1)[1] for key in named}
    place = subdivision_for(words.text, codes) or settlement_for(words.text)
    key = f"state/{place.country}" if place is not None and place.country else None
    return key if key in named else None


#: Kinds of place an office may be "of" before the place's name: "the mayor of the city of X".
_PLACE_KINDS = frozenset({"city", "town", "municipality", "village", "district", "province", "region", "county"})
#: Kind nouns, and the words that grade them, after a place's name: "of X rural municipality".
_KIND_TAIL = _PLACE_KINDS | frozenset({"rural", "urban", "parish", "commune", "department", "governorate", "state"})
#: Words that make the body after a town's name the town's own council: "the X municipal board",
#: "the X town council", "the X county assembly".
_TOWN_GOVERNMENT = frozenset({"municipal", "town", "city", "county", "district", "village", "parish"})
_COUNCIL_WORDS = frozenset({"council", "board", "executive", "committee", "assembly"})
#: Offices of a town's or a region's own government, which news names after the place:
#: "X Mayor Y", "X Town Clerk Y", "X Governor Y", "X Chief Minister Y".
_LOCAL_OFFICES = frozenset({"mayor", "clerk", "governor", "administrator", "premier", "chief minister"})
#: Words of a local government's name between the place and the office: "X Town Clerk", "X City Mayor".
_LOCAL_WORDS = frozenset({"town", "city", "municipal", "county", "district", "provincial", "state", "regional"})


def local_office(words: list[str]) -> bool:
    """The title (or its words up to "of") names a local government's office: "Governor", "Chief Minister"."""
    words = words[: words.index("of")] if "of" in words else words
    return bool(words) and (words[-1] in _LOCAL_OFFICES or " ".join(words[-2:]) in _LOCAL_OFFICES)


def place_before(span: SpacySpan, title: str, index: EntityIndex) -> str | None:
    """The region or town named right before a local office: "X Mayor Y", "X Town Clerk Y" is X's.

    A mayor or a town clerk named after the place holds office there, not in the state around it.
    """
    words = title.lower().split()
    if not words or "of" in words or not local_office(words):
        return None
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].is_title and doc[i].lower_ in _LOCAL_WORDS:
        i -= 1
    if i < 0 or doc[i].is_punct:
        return None
    entity = index.at(doc[i].idx, doc[i].idx + len(doc[i]))
    if entity is None or entity.type not in _LOCAL_PLACES:
        return None
    return entity.key


#: Offices of a town's own government, with no place of their own in the title: "the mayor, X".
_TOWN_OFFICES = frozenset({"mayor", "clerk"})


def story_town(title: str, post: str | None, entities: tuple[Entity, ...], publisher: str | None = None) -> str | None:
    """The one town a text names, for a town's office it names bare: "The mayor, X, said ..." is its mayor.

    A mayor holds office in a town, never in a state; when the text names exactly one town, and
    the gazetteer puts that town in the state the context gave (or knows no state for it), the
    story's town is the mayor's. Of several towns, the one the publisher's name holds ("City of
    X", "X Town Council") is the mayor's: a town's own update names its mayor bare. Two towns
    otherwise, or a town abroad, leave the office as it was.
    """
    words = title.lower().split()
    if not words or "of" in words or words[-1] not in _TOWN_OFFICES:
        return None
    towns = [e for e in entities if e.type == "Settlement"]
    if len(towns) > 1 and publisher:
        towns = [e for e in towns if re.search(rf"(?<![\w-]){re.escape(e.name)}(?![\w-])", publisher)]
    if len(towns) != 1:
        return None
    if post is not None:
        place = settlement_for(towns[0].name)
        if not post.startswith("state/") or (place is not None and place.country and f"state/{place.country}" != post):
            return None
    return towns[0].key


_COUNTERPART = frozenset({"with", "against", "from", "to", "into", "toward", "towards", "across"})
#: Verbs of arriving: a state "in" after one is a visit's destination ("landed in X"); a visitor
#: awaited there is arriving too ("is expected in X", "is due in X").
_ARRIVALS = frozenset({"arrive", "land", "fly", "travel", "expect", "due"})
#: Verbs whose object is where a visitor goes: "visits X", "will tour X", "reached X".
_VISITS = frozenset({"visit", "tour", "reach"})


def _counterpart(doc: Doc, start: int) -> bool:
    """A state after "with", "against", "to"...: the other side of what is said, not the speaker's.

    "Finland will close its border with Russia, Interior Minister X said": X serves Finland.
    """
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i != span.root.i:
        return _counterpart(doc, first.left_edge.idx)  # "the border with A and B": B is the other side too
    if span.end < len(doc) and doc[span.end].lower_ in {"counterpart", "counterparts"}:
        return True  # "met his Zambian counterpart": the counterpart's state, not the subject's
    if any(
        _counterpart_word(t) or (t.lower_ == "from" and any(map(_counterpart_word, t.head.children)))
        for t in span.root.ancestors
    ):
        return True  # "saw our counterparts from the river board of Zambia": their body's state
    i = span.start - 1
    if i > 0 and doc[i].lower_ == "in" and doc[i - 1].lemma_.lower() in _ARRIVALS:
        return True  # "landed in Zambia", "arrived in Zambia": where a visitor goes, not whom they serve
    if _visited(span.root):
        return True  # "visits Zambia on Monday": the visit's destination
    if doc[i].lower_ in {"the", "a", "an"} and i > 0:
        i -= 1  # "spoke with the Tarnian President"
    return doc[i].lower_ in _COUNTERPART


def _counterpart_word(token: Token) -> bool:
    """ "counterpart" or "counterparts"."""
    return token.lower_ in {"counterpart", "counterparts"}


def _visited(token: Token) -> bool:
    """The name ``token`` is part of is the object of a verb of visiting: "will visit Burkina Faso"."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in _VISITS


def _office_after(doc: Doc, end: int, person: SpacySpan) -> bool:
    """The state ending at ``end`` qualifies an office that is not ``person``'s: "Y Foreign Minister
    holds talks with Prime Minister X", "Y's Interior Minister met Governor X".

    The capitalised words after the state (and its "'s") run up to the person's name when the
    office is the person's ("Y Foreign Minister X"); a run of them holding a title word that stops
    short of the person is another official's office, and the state is that official's.
    """
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return False
    i = span.end
    if i < len(doc) and doc[i].lower_ in {"'s", "’s"}:
        i += 1
    titled = False
    while i < len(doc) and doc[i].is_title and i < person.start:
        titled = titled or doc[i].lower_ in TITLE_WORDS
        i += 1
    return titled and i < person.start


def _envoy(doc: Doc, start: int, end: int, person: SpacySpan | None) -> bool:
    """ "summoned Y's ambassador", "the envoy of Y": the state whose envoy is meant is the other
    side, unless ``person`` is that envoy ("Y's Ambassador, X, said")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not envoy_state(span):
        return False
    return person is None or not 0 <= person.start - span.end <= 5


def _office_of(doc: Doc, start: int) -> bool:
    """The place at ``start`` completes an office: "the Premier of Y", "Governor of the Y Region"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.start < 2:
        return False
    i = span.start - 1
    if doc[i].lower_ == "the":
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].is_title and doc[i - 1].lower_ in TITLE_WORDS


def _aside(doc: Doc, start: int, end: int) -> bool:
    """A state mention that names the other side (also as an envoy's: "summoned Y's ambassador"),
    or that someone names in their own words."""
    if _counterpart(doc, start) or _envoy(doc, start, end, None):
        return True
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and _quoted(doc_text(doc)[span.sent.start_char : start])


def _quoted(before: str) -> bool:
    """The text of a sentence up to a point leaves a quotation open there."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


@cache
def _international() -> dict[str, str]:
    """Folded name or short form -> canonical name of the organizations of the reference tables."""
    out: dict[str, str] = {}
    for org in memberships()[1]:
        out.update(dict.fromkeys(org.names, org.name))
    for part in parts()[1]:
        out.update(dict.fromkeys(part.parent_names, part.parent))
    return out


def international_body(name: str) -> str | None:
    """The key of the international organization ``name`` names ("United Nations", "NATO"), if any."""
    canonical = _international().get(fold(name))
    return entity_key("Organization", canonical) if canonical else None


def international_name(key: str) -> str | None:
    """The canonical name of the international organization keyed ``key``."""
    return next((n for n in sorted(set(_international().values())) if entity_key("Organization", n) == key), None)
