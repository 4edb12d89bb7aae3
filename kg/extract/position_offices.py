"""(titles stated for each person, Article, Entities) -> offices, each with the body it is in.

Every title a text gives one person is one office, however often and however briefly it is
repeated ("Secretary of State X" ... "Secretary X"). The body comes from the title itself; else
from another title given at the same mention; else from the state named right after the person
elsewhere; else from the region or town the title is "of"; else, for an official of the body that
published the text, from the publisher; and for heads of state and government, whom texts name
bare, from the state the sentence before gives that office ("the President of X?"), else the
state the sentence or the text is about.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.tokens import Span as SpacySpan

from kg.extract.agencies import headline_home
from kg.extract.entities import link_mentions
from kg.extract.event_places import dateline_state
from kg.extract.guests import guest
from kg.extract.index import EntityIndex
from kg.extract.local_seats import Seats, named_seats, seat_of
from kg.extract.masthead_state import masthead_state
from kg.extract.office_context import (
    accompanied,
    cluster_state,
    international_body,
    office_place,
    place_before,
    story_town,
    title_antecedent,
)
from kg.extract.portfolio_ministries import minister_field, portfolio_body_ministry, portfolio_ministry
from kg.extract.publisher_offices import forces_head, other_body
from kg.extract.publisher_owner import publisher_owner
from kg.extract.publisher_state import publisher_state
from kg.extract.rank_forces import force_before
from kg.extract.titles import TitleMatch, officer_post
from kg.lexicon.gazetteer import state_slug
from kg.lexicon.ranks import RANKS
from kg.model import Article, Entity, Span

__all__ = ["Found", "group_offices", "same_office"]

#: Heads of state and government: texts name them bare ("President X") whoever publishes them.
_HEAD_OF_STATE = frozenset({"President", "Prime Minister", "Premier", "King", "Queen", "Chancellor", "Emir", "Sultan"})

#: Offices only a state has: a body that publishes "the Prime Minister, X" (a ministry, a
#: broadcaster) is not where X holds office.
_STATE_HEADS = frozenset({"Prime Minister", "Premier", "King", "Queen", "Emir", "Sultan"})


Found = dict[tuple[str, str, str | None], list[Span]]


@lru_cache(maxsize=4096)
def _head(title: str) -> str:
    """The office word of a title: "Head of the Legal Department" -> "head", "Foreign Minister" -> "minister"."""
    words = re.split(r"\s+(?:of|for)\s+", title.lower())[0].split()
    return words[-1] if words else ""


#: Office words one government has many of, each told by its portfolio ("Prime Minister",
#: "Interior Minister"): the head alone does not say two holders share an office.
_PORTFOLIO_HEADS = frozenset({"minister", "secretary"})


def _office_key(title: str) -> str:
    """What two holders must share to hold one office: the head, or a minister's whole title.

    "the Interior Minister of Y" holds no prime minister's office of Y, so a bare "Prime Minister
    X" may still be Y's.
    """
    head = _head(title)
    return title.lower() if head in _PORTFOLIO_HEADS else head


def same_office(a: str, b: str) -> bool:
    """Two wordings of one office: the same head, or one's words among the other's."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return _head(a) == _head(b) or wa <= wb or wb <= wa


def _two_offices(a: TitleMatch, at: SpacySpan, b: TitleMatch, bt: SpacySpan) -> bool:
    """Two titles joined at one mention are two offices, even with one head word:
    "Deputy Prime Minister/Foreign Minister X" holds both."""
    return a.paired and b.paired and at.start_char == bt.start_char


def _is_rank(cluster: list[tuple[TitleMatch, SpacySpan]]) -> bool:
    """A grade, not an office: rank words only, and no body named for them.

    "General X" and "Vice Admiral Y" are ranks; "the Commander of the Army, General X" holds an office whose head
    word is a rank too, told apart by the body its complement names. A rank may be hyphenated
    ("Lieutenant-General X").
    """
    return all(_rank_words(m.title.lower().replace("-", " ").split()) and m.owner is None for m, _ in cluster)


#: Ranks of nobility, and given names as often ("Prince" in West Africa), and the Gulf's styles of
#: address ("Sheikh", "Sayyid"): beside an office the person holds, like a military grade, they are
#: no office of their own ("Prince X, Director of Y", "Sheikh Z, Undersecretary of W").
_NOBILITY = frozenset({"prince", "princess", "sheikh", "shaikh", "sheikha", "sayyid"})


def _is_style(cluster: list[tuple[TitleMatch, SpacySpan]]) -> bool:
    """ "Prince X", "Sheikh Y" with no body named: a rank or style (or a given name), no office."""
    return all(set(m.title.lower().split()) <= _NOBILITY and m.owner is None for m, _ in cluster)


#: Titles a diplomat keeps as a form of address: "the head of the mission, Ambassador X".
_ADDRESSES = frozenset({"Ambassador"})


def _address(cluster: list[tuple[TitleMatch, SpacySpan]], mine: list[tuple[TitleMatch, SpacySpan]]) -> bool:
    """A bare "Ambassador" before a name that holds another office at each of its mentions.

    "The head of the mission, Ambassador X," and "the Chair of the Council, Ambassador Y,
    Permanent Representative of Z": the office is the other title; "Ambassador" is how a diplomat
    is addressed, with no state or body of its own.
    """
    return all(
        m.title in _ADDRESSES
        and m.owner is None
        and any(o.title not in _ADDRESSES and s.start_char == span.start_char for o, s in mine)
        for m, span in cluster
    )


def _styled(
    cluster: list[tuple[TitleMatch, SpacySpan]], others: list[list[tuple[TitleMatch, SpacySpan]]], own: str | None
) -> bool:
    """ "his Tarnian counterpart, Ambassador X" … "Minister X said": "Ambassador" at one mention and
    another office of the same state at another are one office, the other title; "Ambassador" is
    how the minister is styled."""

    def mine(c: list[tuple[TitleMatch, SpacySpan]]) -> bool:
        return all(m.owner in (None, own) for m, _ in c)

    if not all(m.title in _ADDRESSES for m, _ in cluster) or not mine(cluster):
        return False
    return any(mine(c) and not all(m.title in _ADDRESSES for m, _ in c) for c in others)


#: Words that grade a rank without being one: "Vice Admiral", "Rear Admiral", "Air Marshal",
#: "Senior Superintendent", "Assistant Commissioner", "Lance Corporal", "Staff Sergeant".
_GRADES = frozenset(
    {"vice", "rear", "air", "field", "senior", "assistant", "chief", "lance", "staff", "first", "detective"}
)
#: Police grades, written before a name as military ranks are ("Superintendent X"): beside an
#: office the text gives the person, a grade is how they are addressed.
_POLICE_GRADES = frozenset({"inspector", "superintendent", "commissioner", "constable"})


def _rank_words(words: list[str]) -> bool:
    """Rank words only, a grade word beside them allowed: "Major General", "Vice Admiral"."""
    ranks = RANKS | _POLICE_GRADES
    return any(w in ranks for w in words) and all(w in ranks or w in _GRADES for w in words)


def group_offices(
    stated: list[tuple[str, TitleMatch, SpacySpan]],
    article: Article,
    entities: tuple[Entity, ...],
    index: EntityIndex,
    homes: dict[str, str],
    wordings: dict[tuple[str, str, str | None], set[str]],
    guessed: set[tuple[str, str, str | None]],
) -> Found:
    """Group the titles stated for each person into offices, and find the body each is in.

    The body is the one a title names; else the one another title gives the person at the same
    mention; else the one named right after the person elsewhere ("X of Y"); else the region or
    town the title is "of"; else the publisher, or the state of the context (those offices are
    added to ``guessed``: a later description may name the state).
    """
    found: Found = {}
    # a holder in another's party ("X, who was accompanied by Minister Y") is read after the others:
    # Y's office is in the state of X's
    companions = {h: lead for h, _, sp in stated if (lead := accompanied(sp, index)) is not None and lead != h}
    holders = sorted({h for h, _, _ in stated}, key=lambda h: (h in companions, h))
    publisher = publisher_owner(article, entities)
    explicit = {(h, _office_key(m.title), m.owner) for h, m, _ in stated if m.owner is not None}
    # office head -> owner -> the holders stated with it: "taken" below in time linear in the text
    holders_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for h, hd, o in explicit:
        holders_of[hd][o].add(h)
    # state -> the holders of a head of state's or government's office stated in it: a leader
    # named bare beside one "of Y" is Y's counterpart ("President X called Prime Minister Z of Y")
    leaders: dict[str, set[str]] = defaultdict(set)
    for h, m, _ in stated:
        if m.owner is not None and m.title in _HEAD_OF_STATE:
            leaders[m.owner].add(h)
    ministry_state: dict[str, str | None] = {}  # by title: the entities are the same for every cluster
    # the states of the dateline, the publisher's name and the headline, read once when first needed
    filed: tuple[str | None, str | None, str | None] | None = None
    # sentence start -> owner -> the holders whose titles there name it: the other side's offices
    owners_by_sent: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for h, m, sp in stated:
        if m.owner is not None:
            owners_by_sent[sp.sent.start][m.owner].add(h)
    # the places the text names local offices "of", and those each holder's own titles name
    seats: tuple[Seats, dict[str, set[str]]] | None = None
    by_holder: dict[str, list[tuple[TitleMatch, SpacySpan]]] = defaultdict(list)
    for h, m, s in stated:
        by_holder[h].append((m, s))
    for holder in holders:
        mine = by_holder[holder]
        clusters: list[list[tuple[TitleMatch, SpacySpan]]] = []
        for match, span in mine:
            home = next(
                (
                    c
                    for c in clusters
                    if any(same_office(match.title, m.title) for m, _ in c)
                    and not any(_two_offices(match, span, m, s) for m, s in c)
                ),
                None,
            )
            if home is None:
                clusters.append([(match, span)])
            else:
                home.append((match, span))
        if any(not _is_rank(c) and not _is_style(c) for c in clusters):
            clusters = [c for c in clusters if not _is_rank(c) and not _is_style(c)]
        clusters = [c for c in clusters if not _address(c, mine)]
        # "our chief negotiator, Secretary X": an office with no body stated takes the body another
        # title gives the person at the same mention
        # (not between two joined offices: "Prime Minister and Commander of the Army X" heads no army)
        at_mention = {span.start_char: m.owner for m, span in mine if m.owner and not m.paired}
        # "his Tarnian counterpart, Ambassador X" ... "Minister X said": the one state the text
        # gives the person's other titles is the state of a title it names bare
        own_states = {m.owner for m, _ in mine if m.owner and m.owner.startswith("state/")}
        own_state = next(iter(own_states)) if len(own_states) == 1 else None
        clusters = [c for k, c in enumerate(clusters) if not _styled(c, clusters[:k] + clusters[k + 1 :], own_state)]
        for cluster in clusters:
            title = max((m.title for m, _ in cluster), key=lambda t: len(t.split()))
            owners = Counter(m.owner for m, _ in cluster if m.owner)
            owners = owners or Counter(
                at_mention[s.start_char] for m, s in cluster if s.start_char in at_mention and not m.paired
            )
            post = owners.most_common(1)[0][0] if owners else homes.get(holder)
            if post is not None and _force_minister(title, post, entities):
                # "the Minister of X" beside "the Ministry of X said": that ministry; "Minister for
                # the Armed Forces": the government's
                post = portfolio_body_ministry(post, entities) or _home_state(post, entities)
            place = next(
                (p for m, _ in cluster if (p := office_place(m.span, index) or place_before(m.span, m.title, index))),
                None,
            )
            if place is not None and (post is None or post.startswith("state/")):
                post = place  # "the Governor of X Province": X's office, not the state's
            town = None if place is not None or owners else story_town(title, post, entities, article.publisher)
            if town is not None:
                post = town  # "The mayor, X": the mayor of the one town the story is set in
            if post is None and _is_rank(cluster) and _POLICE_GRADES & set(title.lower().split()):
                post = force_before(cluster[0][1], index)  # "The X Police says Inspector Y will ...": X's
            if post is None and _SECRETARY_GENERAL.search(title):
                post = _secretariat(entities)  # "Special Envoy of the Secretary-General": the body he heads
            if post is None:
                post = _party_state(companions.get(holder), found)  # not the publisher's: a guest's party
            if post is None and officer_post(title.split()) and " of " not in title:
                post = _issuer(publisher, index)  # "X, Press Officer" closing a release: the issuer's staff
            if post is None and (publisher or "").startswith("agency/") and forces_head(title):
                post = _home_state(publisher or "", entities)  # "the Chief of Defence" in a ministry's release
            if post is None:
                post = own_state
            if post is None:
                definite = any(m.span[0].lower_ == "the" for m, _ in cluster)  # "the Prime Minister, X"
                state_only = title in _STATE_HEADS and not (publisher or "").startswith("state/")
                state_only = state_only or _outside_government(title, publisher, entities)
                state_only = state_only or _not_publishers(title, publisher, article, entities)
                if publisher is None or state_only or (title in _HEAD_OF_STATE and not definite):
                    same = {o for o, hs in holders_of[_office_key(title)].items() if len(hs) > 1 or holder not in hs}
                    taken = set(same)
                    in_sent = owners_by_sent[cluster[0][1].sent.start]  # "X spoke with Y's minister Z"
                    taken |= {o for o, hs in in_sent.items() if len(hs) > 1 or holder not in hs}
                    if title in _HEAD_OF_STATE:
                        taken |= {o for o, hs in leaders.items() if holder not in hs}
                    if title not in ministry_state:
                        ministry_state[title] = _ministry_state(title, entities)
                    spans = [span for _, span in cluster]
                    if filed is None:
                        # a statement headed "Statement by the Government of X on …" with no
                        # dateline is filed from X as much as a text datelined in its capital
                        doc = cluster[0][1].doc
                        filed = (
                            # "REPUBLIC OF X" heading a communiqué: whose bare offices, before its dateline's
                            masthead_state(article.text)
                            or dateline_state(article.text, index, capitals=True, alone=True),
                            # an official body's (a news outlet's name says nothing of whose officials it names)
                            publisher_state(article.publisher, index.mention_counts("State")) if publisher else None,
                            headline_home(doc, link_mentions(doc)),
                        )
                    filed_home = _home(title, article.publisher, filed)
                    if filed_home is not None and title in _HEAD_OF_STATE and any(guest(sp) for _, sp in cluster):
                        taken.add(filed_home)  # "I welcome Prime Minister X to Y": the guest is not the host's
                    post = (
                        title_antecedent(cluster[0][0].span, title, index, taken)
                        or ministry_state[title]
                        or cluster_state(spans, index, taken, filed_home, story=title not in _HEAD_OF_STATE)
                    )
                    if post is None and filed_home is not None and filed_home not in same:
                        # "attended by President X of Y and Prime Minister Z" in a text filed from Y:
                        # Y's other leader leaves Z none of the states the text names, but Y has a
                        # prime minister as well as a president (a bare leader a text not filed from
                        # Y calls is the other side: "President X called Prime Minister Z of Y")
                        post = filed_home
                    guessed.add((holder, title, post))  # from the context: a later "the Tarnian minister" may say
                else:
                    post = _publisher_post(publisher, entities)
            if place is None and not owners and (post is None or post.startswith("state/")):
                if seats is None:  # read once, and only for a text with a bare office
                    seats = _seats(stated, index)
                taken_seats = {p for h, hs in seats[1].items() if h != holder for p in hs}
                first = min(span.start_char for _, span in cluster)
                seat = seat_of(
                    title, seats[0], taken_seats, post, index, first
                )  # "Governor X" under "the Governor of Y"
                if seat is not None:
                    guessed.discard((holder, title, post))
                    post = seat
            fields = [f for m, _ in cluster if (f := minister_field(m.span.text))]
            if fields and (post is None or (holder, title, post) in guessed):
                # no state known, or one guessed from the context: the ministry the text names
                ministry = portfolio_ministry(fields, entities)
                if ministry is not None:
                    guessed.discard((holder, title, post))
                    post = ministry
            evidence = found.setdefault((holder, title, post), [])
            wordings[(holder, title, post)].update(m.wording for m, _ in cluster if m.wording)
            for match, span in cluster:
                ev = span.doc[min(match.span.start, span.start) : max(match.span.end, span.end)]
                evidence.append(Span(ev.start_char, ev.end_char, ev.text))
    return found


def _seats(stated: list[tuple[str, TitleMatch, SpacySpan]], index: EntityIndex) -> tuple[Seats, dict[str, set[str]]]:
    """The places the text names local offices "of", and holder -> the places its titles name."""
    held: dict[str, set[str]] = defaultdict(set)
    for holder, match, _ in stated:
        if (place := office_place(match.span, index)) is not None:
            held[holder].add(place)
    return named_seats(stated[0][2].doc, index), held


def _home(title: str, publisher: str | None, filed: tuple[str | None, str | None, str | None]) -> str | None:
    """The state a text is filed from, for an office it names bare: the dateline's, then the
    publisher's (a hearing record of the Parliament of X, a release of X's ministry names X's
    officials bare and the neighbour by name), then the headline's.

    A head of state or government named bare is the publisher's only in the release of that
    office itself (a prime minister's office, a presidency); a ministry's or a delegation's
    statement names the other side's leader bare as often ("President X's war"), and its headline
    says which state the text is about.
    """
    dateline, published, headline = filed
    words = (publisher or "").lower()
    own = title not in _HEAD_OF_STATE or title.lower() in words or (title == "President" and "presidency" in words)
    return dateline or (published if own else None) or headline or published


def _issuer(publisher: str | None, index: EntityIndex) -> str | None:
    """The body a text is issued by: its publisher when that is a body, else the body it names most.

    A press or communications officer is staff of a body, never of a state: a release names its
    issuer more than any other body it mentions.
    """
    if publisher is not None and not publisher.startswith("state/"):
        return publisher
    counts = index.mention_counts("Agency") + index.mention_counts("Organization")
    return counts.most_common(1)[0][0] if counts else None


#: Words of a body's name that make it part of a government's own structure, where ministers sit.
_GOVERNMENT_WORDS = frozenset(
    {"ministry", "government", "cabinet", "presidency", "council", "department", "office", "secretariat"}
)


#: Words of a title that make it an office of the government itself: "Minister of X", "Chief Cabinet
#: Secretary", "Government Spokesperson".
_CABINET_TITLE_WORDS = frozenset({"minister", "cabinet", "government"})


def _outside_government(title: str, publisher: str | None, entities: tuple[Entity, ...]) -> bool:
    """An office of the government named in the text of a body outside the ministries: not the body's.

    A migration directorate's or a police force's release quoting "the Minister of Public Security,
    X" or "the Chief Cabinet Secretary, Y" does not make them the directorate's: a minister or a
    cabinet's officer sits in the government, whose state the context gives, as a head of state's
    office does.
    """
    if publisher is None or not publisher.startswith("agency/"):
        return False
    if not _CABINET_TITLE_WORDS & set(title.lower().split()):
        return False
    name = next((e.name for e in entities if e.key == publisher), "")
    return not _GOVERNMENT_WORDS & set(name.lower().split())


def _not_publishers(title: str, publisher: str | None, article: Article, entities: tuple[Entity, ...]) -> bool:
    """An office named bare that a body's release names but the body does not hold (see :mod:`publisher_offices`)."""
    if publisher is None or not publisher.startswith("agency/"):
        return False
    name = next((e.name for e in entities if e.key == publisher), "")
    return forces_head(title) or other_body(title, [name, article.publisher or ""])


def _publisher_post(publisher: str, entities: tuple[Entity, ...]) -> str:
    """The body an office named bare in a release is in: the publisher, or the state it is the government of.

    "Government of X" or "the X Government" speaks for the state: the minister or the spokesperson
    a government's statement names holds an office of the state, not of a body beside it.
    """
    name = next((e.name for e in entities if e.key == publisher), "").lower().split()
    if name and "government" in (name[0], name[-1]):
        return _home_state(publisher, entities) or publisher
    return publisher


def _force_minister(title: str, post: str, entities: tuple[Entity, ...]) -> bool:
    """A minister "of" a body outside the ministries: the portfolio, not where the minister sits.

    "the Minister for the Armed Forces, General X", "Minister of Police Y": the title's complement
    names the forces the minister answers for; a minister sits in the government of their state.
    """
    if not post.startswith("agency/") or "minister" not in title.lower().split():
        return False
    name = next((e.name for e in entities if e.key == post), "")
    return bool(name) and not _GOVERNMENT_WORDS & set(name.lower().split())


def _home_state(agency: str, entities: tuple[Entity, ...]) -> str | None:
    """The state a state's body is keyed by ("agency/armed-forces-norland"), among the text's states."""
    states = sorted(e.key for e in entities if e.type == "State" and "/" in e.key)
    found = [key for key in states if agency.endswith(f"-{state_slug(key.split('/', 1)[1])}")]
    return found[0] if len(found) == 1 else None


def _party_state(lead: str | None, found: Found) -> str | None:
    """The body of the one office found for ``lead``, the person the holder accompanies, else None."""
    posts = sorted({post for h, _, post in found if h == lead and post is not None})
    return posts[0] if len(posts) == 1 else None


# An office held for a secretary-general ("Special Representative of the Secretary-General for
# X", "Envoy to the Secretary-General"): the secretary-general's organization, not a state.
_SECRETARY_GENERAL = re.compile(r"\b(?:of|to|for)\s+the\s+Secretary[- ]General\b", re.I)


def _secretariat(entities: tuple[Entity, ...]) -> str | None:
    """The one international organization the text names (the tables' United Nations, NATO, OSCE ...)."""
    found = {e.key for e in entities if e.type in ("Organization", "Agency") and international_body(e.name) == e.key}
    return found.pop() if len(found) == 1 else None


#: Words of a minister's title that do not name the ministry's field.
_NOT_FIELD = frozenset({"minister", "deputy", "first", "vice", "acting", "of", "the", "for", "and", "state", "prime"})


def _field_words(title: str) -> list[str]:
    """The words of a title naming a ministry's field: "Interior Minister" and "Undersecretary of the
    Interior" -> ["interior"]; an office with no complement and no minister's field names none."""
    lower = title.lower()
    if "minister" in lower.split():
        return [w for w in lower.split() if w not in _NOT_FIELD]
    parts = re.split(r"\s+(?:of|for)\s+", lower, maxsplit=1)
    return [w for w in parts[1].split() if w not in _NOT_FIELD] if len(parts) == 2 else []


def _ministry_state(title: str, entities: tuple[Entity, ...]) -> str | None:
    """The state whose ministry of the title's field the text names, when it names one.

    "Interior Minister X" in a story that cites "Ghana's Interior Ministry" heads that ministry, and
    "the Permanent Secretary for Internal Affairs, X" serves in it (by any name the text gives the
    ministry): a surer owner than whichever state the story mentions most (often the other side of
    a border). Only one such state may qualify.
    """
    words = _field_words(title)
    if not words:
        return None
    slugs = {state_slug(e.key.split("/", 1)[1]): e.key for e in entities if e.type == "State" and "/" in e.key}
    found = {
        key
        for e in entities
        if e.type == "Agency" and any(_names_field(n.lower(), words) for n in (e.name, *e.aliases))
        for slug, key in slugs.items()
        if e.key.endswith(f"-{slug}")
    }
    return found.pop() if len(found) == 1 else None


def _names_field(name: str, words: list[str]) -> bool:
    """A ministry's name (lower case) holding every word of a title's field."""
    return "ministry" in name and all(w in name for w in words)
