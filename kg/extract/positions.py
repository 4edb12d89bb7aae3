"""(spaCy Doc, Article, Entities) -> Positions: the offices held by the persons a text names.

Titles are read by :mod:`kg.extract.titles` before a name ("WHO Regional Director X"), in
apposition before it ("the head of the legal department, X") or after it ("X, the agency's executive
director"), in brackets after it ("the Minister for X (Y):") or on the line after it in a
signature block. Every title a text gives one person is one office, however often and however briefly
it is repeated ("Secretary of State X" ... "Secretary X"). The body the office is in comes from the
title itself (a demonym, a possessive, an "of"-complement); else from another title the text gives
that person; else, for an official of the body that published the text, from the publisher; and
only for heads of state and government, whom texts name bare because every reader knows them,
from the state the sentence or the text is about.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from unidecode import unidecode

from kg.extract.index import EntityIndex
from kg.extract.office_context import (
    cluster_state,
    counterpart_state,
    international_body,
    international_name,
    next_named,
    office_place,
)
from kg.extract.owners import OWNER_TYPES, owner_after
from kg.extract.signatures import signature
from kg.extract.titles import HEADS, RANKS, TitleMatch, appositive, before_name, is_title_word, normalize_title
from kg.lexicon.gazetteer import state_for_demonym, state_key, state_name, state_same_as, state_slug
from kg.lexicon.names import strip_the
from kg.model import Article, Entity, Position, Span
from kg.nlp.persons import honorific

__all__ = ["find_positions", "normalize_title", "posts_to_add"]

#: Words that make a title a past office: the graph records offices held at the time of writing.
_PAST = frozenset({"former", "late", "then", "ex", "ex-", "erstwhile"})

#: Heads of state and government: texts name them bare ("President X") whoever publishes them.
_HEAD_OF_STATE = frozenset({"President", "Prime Minister", "Premier", "King", "Queen", "Chancellor", "Emir", "Sultan"})

#: Offices only a state has: a body that publishes "the Prime Minister, X" (a ministry, a
#: broadcaster) is not where X holds office.
_STATE_HEADS = frozenset({"Prime Minister", "Premier", "King", "Queen", "Emir", "Sultan"})

_DESCRIPTIVE = ("Head of", "Chief of")

#: Forms of address of judges and office holders, beside the personal ones ("Mr", "Dr"):
#: "the commission's chair, Justice X", "the minister, Hon. Y".
_ADDRESS = frozenset({"justice", "hon", "honourable", "honorable", "excellency"})

#: Head nouns of official bodies' names: a publisher named with one speaks for a government or an
#: agency ("Ministry of X", "Y Government"); one without is an outlet ("Voice of Z", "Daily W").
_BODY_WORDS = frozenset(
    {
        "department",
        "ministry",
        "government",
        "office",
        "commission",
        "agency",
        "service",
        "council",
        "embassy",
        "mission",
        "delegation",
        "presidency",
        "secretariat",
        "administration",
        "directorate",
        "directorate-general",
        "dg",
        "cabinet",
    }
)

Found = dict[tuple[str, str, str | None], list[Span]]


def find_positions(doc: Doc, article: Article, entities: tuple[Entity, ...]) -> tuple[Position, ...]:
    """One Position per office a person is said to hold in the document, with its evidence."""
    index = EntityIndex(entities)
    full = _full_names(entities)
    stated: list[tuple[str, TitleMatch, SpacySpan]] = []
    homes: dict[str, str] = {}  # "my colleague X of Y" anywhere: Y is X's, whatever the title is
    for entity in entities:
        if entity.type != "Person":
            continue
        holder = full.get(entity.key, entity.key)
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end)
            if span is not None:
                stated.extend((holder, match, span) for match in _titles(span, index))
                home = owner_after(span, index)[0]
                if home is not None:
                    homes.setdefault(holder, home)
    wordings: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    found = _offices(stated, article, entities, index, homes, wordings)
    _descriptions(doc, index, found)
    return tuple(
        Position(holder, title, post, tuple(sorted(set(ev))), tuple(sorted(wordings[(holder, title, post)] - {title})))
        for (holder, title, post), ev in sorted(found.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or ""))
    )


def _full_names(entities: tuple[Entity, ...]) -> dict[str, str]:
    """Person key -> the key of the one person of the text whose surname it is alone ("X" -> "Jane X").

    A transcript's speaker line ("MINISTER X:") names by surname the person the text introduced
    in full: the office stated there is that person's.
    """
    persons = [e for e in entities if e.type == "Person"]
    by_surname: dict[str, list[str]] = {}
    for person in persons:
        words = unidecode(person.name).casefold().split()
        if len(words) > 1:
            by_surname.setdefault(words[-1], []).append(person.key)
    out = {}
    for person in persons:
        words = unidecode(person.name).casefold().split()
        owners = by_surname.get(words[0], []) if len(words) == 1 else []
        if len(owners) == 1:
            out[person.key] = owners[0]
    return out


def _titles(person: SpacySpan, index: EntityIndex) -> list[TitleMatch]:
    """Titles stated for the person at this mention; a past office ("former minister") is none."""
    doc = person.doc
    out: list[TitleMatch] = []
    pre = before_name(person, index)
    left = person.start
    if pre is not None:
        owner = pre.owner or counterpart_state(doc, pre.span.start)
        out.append(TitleMatch(pre.span, pre.title, owner, pre.wording) if owner != pre.owner else pre)
        left = pre.span.start
    while left > 0 and doc[left - 1].lower_ in _PAST:
        left -= 1
    while left > 0 and (honorific(doc[left - 1]) or doc[left - 1].lower_.rstrip(".") in _ADDRESS):
        left -= 1  # "the head of the port authority, Ms. X": the form of address is no part of the title
    closed = person.end < len(doc) and doc[person.end].text.startswith(")")
    bracketed = left >= 2 and doc[left - 1].text == "(" and closed
    if left >= 2 and (doc[left - 1].text == "," or bracketed):  # "the Minister for X (Jane Y):" as a comma
        for back in _np_backs(doc, left - 1):
            if _inside_body_name(doc, back.start):
                continue  # "the Commissioner in the Office of the Prime Minister, X": X is no prime minister
            match = appositive(doc, back.start, back.end, index, before=True)
            if match:
                out.append(match)
                break
    signed = signature(person, index)
    if signed is not None:
        out.append(signed)
    if person.end + 1 < len(doc) and doc[person.end].text == ",":
        fwd = _np_forward(doc, person.end + 1)
        match = appositive(doc, fwd.start, fwd.end, index) if len(fwd) and not next_named(doc, fwd, index) else None
        if match:
            out.append(match)
    return [m for m in out if not any(w.lower_ in _PAST for w in _with_lead(m.span))]


def _inside_body_name(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` is or ends a body's capitalised name: "(Office of) the Prime Minister"."""
    if (
        start >= 2
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].is_title
        and doc[start - 2].lower_ in _BODY_WORDS
    ):
        return True
    first = doc[start + 1] if doc[start].lower_ in {"the", "a", "an"} and start + 1 < len(doc) else doc[start]
    office = first.i + 1 < len(doc) and doc[first.i + 1].lower_ in HEADS  # "the Cabinet Secretary for X"
    return first.is_title and first.lower_ in _BODY_WORDS and not office  # "the Office of the Prime Minister"


def _with_lead(span: SpacySpan) -> SpacySpan:
    """The title span with the word before it ("former" is dropped from the title words)."""
    return span.doc[max(span.start - 1, 0) : span.end]


def _np_backs(doc: Doc, comma: int) -> list[SpacySpan]:
    """Noun phrases ending before ``comma``, shortest first: each starts at an article or the clause.

    "the work of the UN envoy, X" gives "the UN envoy" before "the work of the UN envoy"; "the head
    of the legal department of the ministry, X" is found whole once the shorter ones name no office.
    """
    out: list[SpacySpan] = []
    i = comma
    while i > 0 and comma - i < 14:
        tok = doc[i - 1]
        if (
            (tok.is_punct and tok.text != "-")
            or tok.pos_ in {"VERB", "AUX"}
            or (tok.is_sent_end and i - 1 != comma - 1)
        ):
            break
        i -= 1
        if doc[i].lower_ in {"the", "a", "an", "its", "their", "our", "my"}:
            out.append(doc[i:comma])
        if doc[i].is_sent_start:
            break
    return out or ([doc[i:comma]] if i < comma else [])


def _np_forward(doc: Doc, start: int) -> SpacySpan:
    i = start
    while i < len(doc) and i - start < 12 and not (doc[i].is_punct and doc[i].text != "-"):
        i += 1
    return doc[start:i]


# ---------------------------------------------------------------------------- one office per title


@lru_cache(maxsize=4096)
def _head(title: str) -> str:
    """The office word of a title: "Head of the Legal Department" -> "head", "Foreign Minister" -> "minister"."""
    words = re.split(r"\s+(?:of|for)\s+", title.lower())[0].split()
    return words[-1] if words else ""


def _same_office(a: str, b: str) -> bool:
    """Two wordings of one office: the same head, or one's words among the other's."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return _head(a) == _head(b) or wa <= wb or wb <= wa


def _is_rank(cluster: list[tuple[TitleMatch, SpacySpan]]) -> bool:
    """A grade, not an office: rank words only, and no body named for them.

    "General X" is a rank; "the Commander of the Army, General X" holds an office whose head
    word is a rank too, told apart by the body its complement names.
    """
    return all(all(w in RANKS for w in m.title.lower().split()) and m.owner is None for m, _ in cluster)


def _offices(
    stated: list[tuple[str, TitleMatch, SpacySpan]],
    article: Article,
    entities: tuple[Entity, ...],
    index: EntityIndex,
    homes: dict[str, str],
    wordings: dict[tuple[str, str, str | None], set[str]],
) -> Found:
    """Group the titles stated for each person into offices, and find the body each is in.

    The body is the one a title names; else the one another title gives the person at the same
    mention; else the one named right after the person elsewhere ("X of Y"); else the region or
    town the title is "of"; else the publisher, or the state of the context.
    """
    found: Found = {}
    holders = sorted({h for h, _, _ in stated})
    publisher = _publisher_owner(article, entities)
    explicit = {(h, _head(m.title), m.owner) for h, m, _ in stated if m.owner is not None}
    # office head -> owner -> the holders stated with it: "taken" below in time linear in the text
    holders_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for h, hd, o in explicit:
        holders_of[hd][o].add(h)
    ministry_state: dict[str, str | None] = {}  # by title: the entities are the same for every cluster
    # sentence start -> owner -> the holders whose titles there name it: the other side's offices
    owners_by_sent: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for h, m, sp in stated:
        if m.owner is not None:
            owners_by_sent[sp.sent.start][m.owner].add(h)
    by_holder: dict[str, list[tuple[TitleMatch, SpacySpan]]] = defaultdict(list)
    for h, m, s in stated:
        by_holder[h].append((m, s))
    for holder in holders:
        mine = by_holder[holder]
        clusters: list[list[tuple[TitleMatch, SpacySpan]]] = []
        for match, span in mine:
            home = next((c for c in clusters if any(_same_office(match.title, m.title) for m, _ in c)), None)
            if home is None:
                clusters.append([(match, span)])
            else:
                home.append((match, span))
        if any(not _is_rank(c) for c in clusters):
            clusters = [c for c in clusters if not _is_rank(c)]
        # "our chief negotiator, Secretary X": an office with no body stated takes the body another
        # title gives the person at the same mention
        at_mention = {span.start_char: m.owner for m, span in mine if m.owner}
        for cluster in clusters:
            title = max((m.title for m, _ in cluster), key=lambda t: len(t.split()))
            owners = Counter(m.owner for m, _ in cluster if m.owner)
            owners = owners or Counter(at_mention[s.start_char] for _, s in cluster if s.start_char in at_mention)
            post = owners.most_common(1)[0][0] if owners else homes.get(holder)
            place = next((p for m, _ in cluster if (p := office_place(m.span, index))), None)
            if place is not None and (post is None or post.startswith("state/")):
                post = place  # "the Governor of X Province": X's office, not the state's
            if post is None:
                definite = any(m.span[0].lower_ == "the" for m, _ in cluster)  # "the Prime Minister, X"
                state_only = title in _STATE_HEADS and not (publisher or "").startswith("state/")
                if publisher is None or state_only or (title in _HEAD_OF_STATE and not definite):
                    taken = {o for o, hs in holders_of[_head(title)].items() if len(hs) > 1 or holder not in hs}
                    in_sent = owners_by_sent[cluster[0][1].sent.start]  # "X spoke with Y's minister Z"
                    taken |= {o for o, hs in in_sent.items() if len(hs) > 1 or holder not in hs}
                    if title not in ministry_state:
                        ministry_state[title] = _ministry_state(title, entities)
                    spans = [span for _, span in cluster]
                    post = ministry_state[title] or cluster_state(
                        spans, index, taken, story=title not in _HEAD_OF_STATE
                    )
                else:
                    post = publisher
            evidence = found.setdefault((holder, title, post), [])
            wordings[(holder, title, post)].update(m.wording for m, _ in cluster if m.wording)
            for match, span in cluster:
                ev = span.doc[min(match.span.start, span.start) : max(match.span.end, span.end)]
                evidence.append(Span(ev.start_char, ev.end_char, ev.text))
    return found


def _publisher_owner(article: Article, entities: tuple[Entity, ...]) -> str | None:
    """The body the text speaks for, when its publisher is one the text names.

    A part of the publisher's name ("Canadian Ministry of Health, Press Office") that is a body of
    the text; else, for an official body (its name has a head noun such as "Ministry" or
    "Government"), a state its name names ("Canada", "U.S."; the text need not name it), or a body
    of the text that shares its first word or ends its name ("African Union Commission" and the
    African Union). An outlet ("Voice of X") speaks for no state it happens to be named after.
    """
    if not article.publisher:
        return None
    bodies = [e for e in entities if e.type in OWNER_TYPES]
    keys = {e.key for e in bodies}
    parts = [strip_the(p) for p in re.split(r"\s*[,;/|]\s*", article.publisher) if p.strip()]
    official = any(_BODY_WORDS & set(p.casefold().split()) for p in parts)
    for part in parts:
        for entity in bodies:
            if (official or entity.type == "Agency") and part.casefold() in {
                n.casefold() for n in (entity.name, *entity.aliases)
            }:
                return entity.key
    if not official:
        # an outlet, not an official body, speaks for none of the bodies it names; an
        # international organization publishing its own briefing speaks for itself
        return next((key for part in parts if (key := international_body(part))), None)
    fallback = None
    for part in parts:
        words = part.split()
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                key = state_key(" ".join(words[i : i + n]))
                if key in keys:
                    return key
                fallback = fallback or key
    for part in parts:
        words = part.split()
        if len(words) < 2 or not words[0][:1].isupper():
            continue
        for entity in bodies:
            if entity.type != "State" and (entity.name.split()[0] == words[0] or part.endswith(f" {entity.name}")):
                return entity.key
    return fallback


#: Words of a minister's title that do not name the ministry's field.
_NOT_FIELD = frozenset({"minister", "deputy", "first", "vice", "acting", "of", "the", "for", "and", "state", "prime"})


def _ministry_state(title: str, entities: tuple[Entity, ...]) -> str | None:
    """The state whose ministry of the title's field the text names, when it names one.

    "Interior Minister X" in a story that cites "Ghana's Interior Ministry" heads that ministry:
    a surer owner than whichever state the story mentions most (often the other side of a
    border). Only one such state may qualify.
    """
    words = [w for w in title.lower().split() if w not in _NOT_FIELD]
    if "minister" not in title.lower().split() or not words:
        return None
    slugs = {state_slug(e.key.split("/", 1)[1]): e.key for e in entities if e.type == "State" and "/" in e.key}
    found = {
        key
        for e in entities
        if e.type == "Agency" and "ministry" in e.name.lower() and all(w in e.name.lower() for w in words)
        for slug, key in slugs.items()
        if e.key.endswith(f"-{slug}")
    }
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------------------- later descriptions


def _descriptions(doc: Doc, index: EntityIndex, found: Found) -> None:
    """ "the president said", "the secretary of state added": evidence for the latest such holder.

    A formal title that follows a descriptive one ("head of diplomacy") for the person last
    named renames that position: the text has told us what the office is called.
    """
    for tok in doc:
        if tok.lower_ != "the" or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        while j < len(doc) and (is_title_word(doc[j]) or doc[j].lower_ == "of" or state_for_demonym(doc[j].text)):
            j += 1
        words = [t.text for t in doc[tok.i + 1 : j] if not state_for_demonym(t.text)]
        if not words or words[-1].lower() == "of" or not any(w.lower() in HEADS for w in words):
            continue
        if j < len(doc) and (doc[j].ent_type_ == "PERSON" or doc[j].text == ","):
            continue  # a title before a name: handled with the name
        span = doc[tok.i : j]
        title = normalize_title(words)
        holders = [(k, e) for k, e in found.items() if _same_office(k[1], title) and _before(e, span.start_char)]
        if holders:
            key = max(holders, key=lambda kv: _last_mention(index, kv[0][0], span.start_char))[0]
            found[key].append(Span(span.start_char, span.end_char, span.text))
            continue
        described = [k for k, e in found.items() if k[1].startswith(_DESCRIPTIVE) and _before(e, span.start_char)]
        if described:
            key = max(described, key=lambda k: _last_mention(index, k[0], span.start_char))
            found[(key[0], title, key[2])] = [*found.pop(key), Span(span.start_char, span.end_char, span.text)]


def _before(evidence: list[Span], start: int) -> bool:
    """Whether the position was stated before ``start``, and not by words that contain it.

    "X, chief of the minister's staff": "the minister" inside that title describes nobody.
    """
    return min(s.start for s in evidence) < start and not any(s.start <= start < s.end for s in evidence)


def _last_mention(index: EntityIndex, key: str, before: int) -> int:
    entity = index.by_key.get(key)
    return max((m.start for m in entity.mentions if m.start < before), default=-1) if entity else -1


def posts_to_add(positions: tuple[Position, ...], entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """States that offices are held in but the text does not name: the publisher's own state.

    "Ambassador X" in a text a state's foreign ministry published serves that state; the graph
    needs the state's node for kg:postIn to point at, evidenced by the document alone.
    """
    known = {e.key for e in entities}
    codes = sorted({p.post_in.split("/", 1)[1] for p in positions if p.post_in and p.post_in.startswith("state/")})
    states = tuple(
        Entity(f"state/{code}", "State", state_name(code), (), same_as=state_same_as(code))
        for code in codes
        if f"state/{code}" not in known
    )
    bodies = sorted({p.post_in for p in positions if p.post_in and p.post_in.startswith("organization/")} - known)
    return states + tuple(Entity(key, "Organization", name, ()) for key in bodies if (name := international_name(key)))
