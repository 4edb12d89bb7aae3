"""(spaCy tokens around a person's name) -> TitleMatch: the words of an office and the body it is in.

The grammar of English titles, whatever their shape: modifiers and a head noun ("Executive
Director", "High Representative", "Prosecutor General"), an owner before them (a demonym, a
possessive, a body's name: "Chilean", "the agency's", "WHO"), and an "of"/"for" complement that
either names the body ("of UNICEF", "for the Peruvian government") or belongs to the title
("Head of the Legal Department", "Minister of Labour and Social Protection"). A title is never cut
before its complement, and a complement that names a body ends the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.index import EntityIndex
from kg.extract.owners import (
    DETERMINERS,
    POSSESSIVE,
    demonym_only,
    entity_at,
    kind_named,
    owner_after,
    owner_at,
    owner_before,
    possessor,
    short_named,
)
from kg.lexicon.gazetteer import state_for_demonym
from kg.lexicon.names import OWN_LANGUAGE_OFFICES, TITLE_WORDS, strip_the
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.nlp.heads import BODY_HEADS, COUNCIL_HEADS, ORG_HEADS, PORTFOLIO_HEADS
from kg.nlp.patterns import MINISTRY_DOMAINS
from kg.nlp.ranked_names import rank_end

__all__ = [
    "HEADS",
    "TitleMatch",
    "appositive",
    "before_name",
    "cue_dash",
    "is_title_word",
    "listed_field",
    "normalize_title",
    "officer_post",
    "title_before",
]

#: Words that can end a title: the office itself, not its qualifier.
HEADS = frozenset(
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
        "consul",  # "the Consul of X in Y", "Vice-Consul", "Consul-General"
        "director",
        "head",
        "chief",
        "leader",
        "chairman",
        "chairwoman",
        "chair",
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
        "representative",
        "coordinator",
        "rapporteur",
        "ombudsman",
        "adviser",
        "advisor",
        "administrator",
        "secretary-general",
        "co-chair",
        "undersecretary",
        "under-secretary",
        # heads of offices below the top of a body: "the Superintendent of Migration", "town clerk"
        "chairperson",
        "superintendent",
        "clerk",
        "manager",
        "negotiator",
        "registrar",
        "treasurer",
        "auditor",
        "comptroller",
        "collector",  # "the Collector of Customs", "the District Collector"
        # the state's representative in a province: "the prefect of X"
        "prefect",
        # the head of a county or district ("County Magistrate X", "the District Magistrate") and
        # of a force's unit or a school of arms ("its commandant in X, Y")
        "magistrate",
        "commandant",
        # a state's own words for its head of government and deputy, used untranslated in English
        *OWN_LANGUAGE_OFFICES,
    ]
)

#: Words that qualify a head inside a title ("Executive Director", "High Representative").
MODIFIERS = frozenset(
    [
        "executive",
        "high",
        "permanent",
        "special",
        "senior",
        "assistant",
        "principal",
        "first",
        "deputy",
        "vice",
        "chief",
        "acting",
        "managing",
        "regional",
        "national",
        "federal",
        "interim",
        "under",
        "associate",
        "general",
        "lieutenant",
        "prime",
        "state",
        "press",
        "cabinet",  # "Cabinet Secretary": a rank of minister, not the cabinet as a body
        "commanding",  # "Commanding Officer", "Commanding General"
        "operating",  # "Chief Operating Officer"
        "financial",  # "Chief Financial Officer"
    ]
)

_COMPLEMENT = frozenset({"of", "for"})
#: Prepositions no title is built with: in capitals ("CONFERENCE BY PRIME MINISTER X") as in lower case.
_NOT_IN_TITLES = frozenset({"by", "with", "at", "on", "from", "in", "during", "after", "before", "about"})
#: Occasions of speech a header names before whose they are ("Briefing of the Press Secretary X"):
#: never part of the title that follows.
_SPOKEN = frozenset({"briefing", "conference", "remarks", "statement", "speech", "address", "interview", "transcript"})
#: First-person possessives: in a speech or statement "our ambassador" is the speaker's state's.
_SPEAKERS = frozenset({"our", "my"})
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "madam", "madame", "mister"}) | frozenset(
    {"hon", "hon.", "honourable", "honorable"}  # the style of ministers and members: "Regional Minister Hon. X"
)
_LEADING_DROP = frozenset({"former", "acting", "then", "late", "the", "a", "an"}) | _HONORIFICS


@dataclass(frozen=True)
class TitleMatch:
    """A title stated at one mention: the words that evidence it, the title, the body if stated."""

    span: SpacySpan
    title: str
    owner: str | None
    wording: str = ""  # the title with the text's own words for its field ("Home Minister")
    paired: bool = False  # one of two offices joined before the name ("Prime Minister and Commander-in-Chief")


#: Words that make "officer" a post rather than a rank or a trade: "Commanding Officer", "Chief
#: Executive Officer", "Chief Operating Officer" ("a police officer" names no office).
_OFFICER_POSTS = frozenset({"commanding", "executive", "operating", "financial"})
#: Staff grades that name a post with the field they serve before them: "Public Relations Officer",
#: "Communications Associate".
_STAFF_POSTS = frozenset({"officer", "associate"})
#: Words before "Officer" that make a rank, a trade or a territory's officer of it, not a staff post:
#: "Warrant Officer", "Police Officer", "District Officer".
_NOT_FIELDS = RANKS | frozenset({"warrant", "petty", "pilot", "flying", "flag", "police", "army", "military"})
_NOT_FIELDS |= frozenset({"district", "county", "area", "zone", "regional", "provincial", "divisional"})


def officer_post(words: list[str]) -> bool:
    """The title's words hold a post named "... Officer": a qualifier of command or management
    before it, or a field written as a title ("Press Officer", "Communications Associate")."""
    for a, b in pairwise(words):
        low = b.lower()
        if low == "officer" and a.lower() in _OFFICER_POSTS:
            return True
        if low in _STAFF_POSTS and b[:1].isupper() and a.istitle() and a.isalpha() and a.lower() not in _NOT_FIELDS:
            return True
    return False


def is_title_word(tok: Token) -> bool:
    """A word that can be part of a title: "Interior", "Deputy", "Minister"; a domain only before an office."""
    low = tok.lower_
    if low in MINISTRY_DOMAINS:  # "Migration Minister": a domain counts only before an office
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and (is_title_word(nxt) or nxt.lower_ in {"and", "affairs"})
    return low in TITLE_WORDS or low in HEADS or low in MODIFIERS


def normalize_title(words: list[str], *, literal: bool = False) -> str:
    """Canonical title: "minister of the interior" -> "Interior Minister", "defence" -> "Defense".

    Leading articles and honorifics go; an "of"-complement keeps its words, "the" included,
    except where it is a ministry's domain, which moves before "Minister". ``literal`` keeps the
    text's words for the field ("Home Minister", "Minister of Defence"): readers and other
    annotators search for the office as it was written.
    """
    low = [w.lower() for w in words]
    # an acronym in a title written in mixed case keeps its letters ("Head of the OSCE Mission");
    # a title all in capitals (a shouted label) says nothing about which words are acronyms
    lettered = [w for w in words if w.isalpha()]
    shouted = bool(lettered) and all(w.isupper() for w in lettered)
    acronyms = {} if shouted else {w.lower(): w for w in lettered if len(w) >= 2 and w.isupper()}
    while low and low[0] in _LEADING_DROP:
        low = low[1:]
    low = [w for w in low if w not in _HONORIFICS]
    if literal:
        return " ".join(_cased(w, acronyms) for w in low)
    if len(low) >= 3 and low[:2] == ["minister", "of"]:
        domain = [w for w in low[2:] if w not in {"affairs", "the"}]
        if len(domain) == 1 and domain[0] in MINISTRY_DOMAINS:
            low = [domain[0], "minister"]
    if len(low) >= 2 and low[-1] == "minister":
        domain = [w for w in low[:-1] if w != "affairs"]
        if len(domain) == 1 and domain[0] in MINISTRY_DOMAINS:
            low = [MINISTRY_DOMAINS[domain[0]].lower(), "minister"]
    return " ".join(_cased(w, acronyms) for w in low)


def _cased(word: str, acronyms: dict[str, str]) -> str:
    """One word of a canonical title: small words lower, acronyms as written, the rest capitalised."""
    if word in {"of", "for", "the", "and", "in", "charge"}:
        return word  # "Minister Delegate in charge of X": "in charge" only ever joins a portfolio
    return acronyms.get(word) or _capitalize(word)


#: Small words that stay in lower case inside a compound title: "Commander-in-Chief".
_SMALL = frozenset({"in", "of", "the", "and", "at", "on", "to"})


def _capitalize(word: str) -> str:
    """ "vice-president" -> "Vice-President", "commander-in-chief" -> "Commander-in-Chief"."""
    return re.sub(r"[^-/]+", _capitalize_part, word)


def _capitalize_part(part: re.Match[str]) -> str:
    """One part of a compound title, capitalised unless it is a small word inside it."""
    text = part.group(0)
    return text if part.start() and text in _SMALL else text.capitalize()


def before_name(person: SpacySpan, index: EntityIndex) -> TitleMatch | None:
    """A title right before the name: "WHO Regional Director X", "Minister of Labour Y".

    The words before the name are read back to a boundary (punctuation, another person, a word
    that is neither a title word, a connector nor capitalized); the title starts at the first
    title word, and a demonym, possessive or body right before it is its owner. With no owner
    there, a body named right after the name is ("President X of Chile").

    A "name" that is one word heading bodies ("the General Command", "General Commissariat for
    X", a rank word before it that the tagger read as a person's) holds nothing: it is a body's name.
    """
    if len(person) == 1 and person[0].lower_ in BODY_HEADS | COUNCIL_HEADS:
        return None
    match = title_before(person.doc, person.start, index)
    if match is None or match.owner is not None:
        return match
    owner, end = owner_after(person, index)
    return TitleMatch(person.doc[match.span.start : end], match.title, owner, match.wording)


def title_before(doc: Doc, end: int, index: EntityIndex) -> TitleMatch | None:
    """The title whose words end right before token ``end`` (a name, or the "and" or "/" that
    joins it to a second office), with the owner it names; see :func:`before_name`."""
    b = end
    while b > 0 and _in_title_region(doc[b - 1], index):
        if doc[b - 1].lower_ == "and" and any(t.lower_ in HEADS for t in doc[b:end]):
            break  # "X and Prosecutor General Y": a list of offices, not one title's complement
        if doc[b - 1].text == "/" and any(t.whitespace_ for t in doc[b : end - 1]):
            break  # "Deputy Prime Minister/Foreign Minister X": two offices, each of its own words
        b -= 1
    # "the minister's spokesman X": the title starts after the last possessive, which owns it
    b = max([b, *(t.i + 1 for t in doc[b:end] if t.lower_ in POSSESSIVE)])
    skip = _LEADING_DROP | {"state"}
    # a title word inside a body's name ("Ministry of Social Affairs Spokesperson X") is the body's
    k = next(
        (
            t.i
            for t in doc[b:end]
            if is_title_word(t) and t.lower_ not in skip and not _qualifier(t, end) and not _in_body_name(t, index)
        ),
        None,
    )
    # "Lance Corporal X", "Private Y": a rank alone before the name is how the text gives the holder
    ranked = next((t.i for t in doc[b:end] if rank_end(doc, t.i) == end), None)
    if k is None or (ranked is not None and ranked < k):
        k = ranked
    if k is None:
        return None
    words, owner, _ = _read(doc, k, end, index, strict=False)
    if k == ranked:
        words = [t.text for t in doc[k:end]]  # the rank's words, graded ("Lance Corporal") or not
    held_in = next((_body_after(t, index) for t in doc[k:end] if t.lower_ == "in"), None)
    words = _first_office(words)
    heads = any(part in HEADS for w in words for part in re.split(r"[-/]", w.lower()))
    # "Deputy Jo Roe asked the minister": alone before a name, "Deputy" is a member of a chamber of
    # deputies (or a sheriff's deputy), addressed by that office, not the grade of another one
    heads = heads or [w.lower() for w in words] == ["deputy"]
    if not heads and not officer_post(words) and k != ranked:
        return None
    lead = k  # "EU foreign policy chief X": common nouns between the body and the office are the title's
    while (
        lead > b
        and doc[lead - 1].is_lower
        and doc[lead - 1].pos_ in {"NOUN", "ADJ"}
        and not entity_at(doc[lead - 1], index)
    ):
        lead -= 1
    before, start = owner_before(doc, lead, index)
    if before is not None and lead < k:
        words = [t.text for t in doc[lead:k]] + words
    else:
        before, start = owner_before(doc, k, index)
    title = normalize_title(words)
    if not title:
        return None
    return TitleMatch(doc[start:end], title, owner or before or held_in, normalize_title(words, literal=True))


def _in_body_name(tok: Token, index: EntityIndex) -> bool:
    """A word inside a body's name after its first word: "Affairs" in "Ministry of Social Affairs"
    (a title may still open a body's name: "Prime Minister's Office")."""
    body = entity_at(tok, index)
    return body is not None and tok.i > 0 and entity_at(tok.doc[tok.i - 1], index) is body


def _qualifier(tok: Token, end: int) -> bool:
    """A title word in lower case that qualifies the common noun after it: "the press conference of
    Minister X" opens no title at "press" (it does in "press secretary X")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < end else None
    return tok.is_lower and nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN" and not is_title_word(nxt)


#: Offices a rank, a form of address or a second office may follow before the name.
_OFFICES_FIRST = frozenset(
    {"minister", "president", "premier", "chancellor", "ambassador", "mayor"}
    | {"spokesman", "spokeswoman", "spokesperson"}
)
#: What may follow them: "Interior Minister General X", "Foreign Minister Senator Y", "Minister Sheikh Z".
_SECOND_TITLES = RANKS | frozenset({"senator", "sheikh", "shaikh", "sir", "dr", "dr.", "prof", "prof."})


#: Words that grade a rank: "Deputy Commander", "Chief Superintendent", "Senior Captain".
_RANK_GRADES = frozenset({"deputy", "vice", "chief", "senior", "assistant"})


def _first_office(words: list[str]) -> list[str]:
    """The title up to its first office: a rank or address after an office is no part of it."""
    for j in range(1, len(words)):
        if words[j - 1].lower() in _OFFICES_FIRST and (
            words[j].lower() in _SECOND_TITLES
            or words[j].lower().rstrip(".") in SHORT_RANKS  # "Spokesperson Col. X", "SPOKESPERSON INSP. Y"
            # "Police spokesperson Deputy Commander X": a graded rank is a rank too
            or (words[j].lower() in _RANK_GRADES and j + 1 < len(words) and words[j + 1].lower() in RANKS)
        ):
            return words[:j]
    return words


def appositive(doc: Doc, start: int, end: int, index: EntityIndex, *, before: bool = False) -> TitleMatch | None:
    """A title phrase set off by commas: "the agency's executive director", "a spokesman for Y".

    A descriptive adjective before the head ("the country's youngest leader") makes it a
    description, not a title; a phrase naming a person is no title either.
    """
    np = doc[start:end]
    # "the president's press secretary": an office in the possessive owns the title, it is not it
    # and one qualifying a body is no office either: "the General Assembly"
    heads = [
        t.i
        for t in np
        if (t.lower_ in HEADS or (t.lower_ in _STAFF_POSTS and officer_post([doc[t.i - 1].text, t.text])))
        and not (t.i + 1 < end and _owns_next(t))
    ]
    if not heads or any(t.ent_type_ == "PERSON" and not is_title_word(t) and _person(t, index) for t in np):
        return None  # a tagger's PERSON on "Spokesperson" alone names nobody
    first = heads[0]
    opened = np[0].lower_ in DETERMINERS | _SPEAKERS
    led = doc[first].is_lower and entity_at(np[0], index) is not None  # "X Authority regional manager, Y"
    # "Minister for Water and Sanitation, X said"; "Speakers: Chair of the X Board, Y": a list item
    # (a lone word after "Q:" is a form of address to the official: "Q: Minister, Jo Roe from X")
    opens = np[0].is_sent_start or (start > 0 and doc[start - 1].text in {":", ";"} and len(np) > 1)
    lead = opens and is_title_word(np[0])
    # a script's cue line: "[CLIP 1 - Northern Regional Minister, Hon. Y - 0'23]": the office after the dash
    cued = start > 0 and cue_dash(doc, start - 1)
    if before and not (opened or led or lead or cued or any(t.lower_ in POSSESSIVE for t in doc[start:first])):
        return None  # "the head of X, Y" or "Y's minister, Z"; a bare run of capitals is a name list
    owner: str | None = None
    owned = False  # a possessive named the owner: names after it qualify the office
    words: list[str] = []
    i = start
    mark = max((t.i for t in doc[start:first] if t.lower_ in POSSESSIVE), default=start)
    if mark > start and _unread_name(doc[start:mark]) and index.at(doc[start].idx, doc[mark].idx) is None:
        # "Action Against Thirst's Country Director": a body the tagger missed here owns the office
        named = index.body_named(strip_the(doc[start:mark].text))
        if named is None:
            return None  # a body the text never names as one: whose office it is stays unknown
        owner, owned, i = named.key, True, mark + 1
    while i < first:
        tok = doc[i]
        if tok.lower_ in _SPEAKERS:  # a speech's "our ambassador, X": the speaker's, the state it is about
            home = index.mention_counts("State").most_common(1)
            owner = owner or (home[0][0] if home else None)
            i += 1
            continue
        if doc[i + 1].lower_ in POSSESSIVE or tok.lower_ in {"its", "their"}:
            owner = possessor(doc, i, index) or owner
            owned = owner is not None
            i += 1 if tok.lower_ in {"its", "their"} else 2
            continue
        body = owner_at(tok, index)
        if _office_named(tok, index):
            words.append(tok.text)  # "the Humanitarian Coordinator": an office, whatever the tagger says
        elif body and not (owned and tok.text[:1].isupper() and not state_for_demonym(tok.text)):
            owner = body
        elif body:
            words.append(tok.text)  # "Norway's Water Resources Commissioner": the office, not a body
        elif is_title_word(tok):
            if tok.lower_ not in _LEADING_DROP:
                words.append(tok.text)
        elif tok.lower_ in DETERMINERS or tok.is_punct:
            pass
        elif tok.lower_ == "and" and words:
            words.append(tok.lower_)  # "Flood Relief and Resettlement Commissioner"
        elif _relational(tok):
            words.append(tok.text)  # "the agency's technical adviser": the field of the office
        elif tok.pos_ not in {"NOUN", "PROPN"}:
            return None  # "the country's youngest leader" describes, it names no office
        elif tok.is_alpha:
            words.append(tok.text)  # a noun qualifying the office: "government spokeswoman"
        i += 1
    more, complement_owner, late = _read(doc, first, end, index, strict=True)
    if (led or (owned and not (owner or "").startswith("state/"))) and owner is not None:
        complement_owner = None  # "X Authority regional manager for Y", "the agency's director for Y": Y is the area
    if _serves_state(owner, complement_owner):
        complement_owner = None  # "X, UNICEF Representative for Y": the body's office, Y the country it serves
    title = normalize_title(words + more)
    wording = normalize_title(words + more, literal=True)
    return TitleMatch(np, title, complement_owner or owner or late, wording) if title else None


#: Keys of bodies, as against states and places: an office named after one is that body's.
_BODY_KEYS = ("organization/", "agency/")


def _serves_state(owner: str | None, complement: str | None) -> bool:
    """A body named before the title and a state in its complement: the state is where the body's
    official serves ("the UNICEF Representative for Y", "WFP Country Director for Y and Z"), not whose
    office it is; a state's own title ("Norlandic Ambassador to Y") names a state before it."""
    return complement is not None and complement.startswith("state/") and (owner or "").startswith(_BODY_KEYS)


#: Dashes that part a script's cue from what it cues: "CLIP 1 - ...", "[SOT – ...".
_CUE_DASHES = frozenset({"-", "–", "—"})
#: Words a cue may hold before its dash: "[CLIP 2", "SOT", "SOUNDBITE".
_CUE_WORDS = 3


def cue_dash(doc: Doc, i: int) -> bool:
    """A dash right after a cue opening its line in capitals: "CLIP 1 -", "[SOT –"."""
    if doc[i].text not in _CUE_DASHES:
        return False
    k = i
    while k > 0 and "\n" not in doc[k - 1].text and i - k < _CUE_WORDS + 1:
        k -= 1
    cue = [t for t in doc[k:i] if not t.is_punct]
    at_line = k == 0 or "\n" in doc[k - 1].text
    return at_line and bool(cue) and all(t.is_upper or t.is_digit for t in cue) and cue[0].is_upper


def _unread_name(words: SpacySpan) -> bool:
    """A name of capitalised words (its linking words in lower case) that no entity of the text covers."""
    return any(t.is_title for t in words) and all(
        t.is_title or t.is_upper or t.lower_ in {"the", "of", "for", "and", "against", "on", "in"} for t in words
    )


#: Endings of adjectives made from nouns ("medical", "technical", "humanitarian", "military"):
#: they name an office's field, where a gradable adjective ("new", "youngest") describes its holder.
_RELATIONAL_ENDINGS = ("al", "ic", "ary", "ian")


def _relational(tok: Token) -> bool:
    """A lower-case adjective that names a field ("clinical coordinator"), not a quality ("youngest leader")."""
    return tok.tag_ == "JJ" and tok.is_lower and tok.lower_.endswith(_RELATIONAL_ENDINGS)


def _person(tok: Token, index: EntityIndex) -> bool:
    """The entity layer kept the tagger's PERSON at ``tok`` (not a portfolio word it misread)."""
    return any(entity.type == "Person" for _, entity in index.covering(tok.idx, tok.idx + len(tok)))


def _owns_next(tok: Token) -> bool:
    """The head word is a possessive's ("the president's adviser") or a body's qualifier ("General Assembly")."""
    nxt = tok.doc[tok.i + 1]
    return nxt.lower_ in POSSESSIVE or (nxt.is_title and nxt.lower_ in COUNCIL_HEADS)


def _portfolio_named(tok: Token, index: EntityIndex) -> bool:
    """An "organization" right after "Minister of" that names no body is the portfolio the tagger
    misread: "Minister of Roads and Works" serves in the state, not in a body "Roads and Works".
    A portfolio is capitalised fields joined by "and"; a name with other small words ("State for
    Trade"), an acronym or a single word (a body's own name: "Executive Secretary of IGAD") is not one."""
    for span, entity in index.covering(tok.idx, tok.idx + len(tok)):
        if entity.type == "Organization" and span.start == tok.idx:
            words = span.text.split()
            fields = [w for w in words if w != "and"]
            return (
                "and" in words
                and words[-1].lower() not in BODY_HEADS | ORG_HEADS
                and all(w[:1].isupper() and not w.isupper() for w in fields)
            )
    return False


def _field_named(tok: Token, index: EntityIndex, words: list[str]) -> bool:
    """An "organization" that opens after the "and" of a minister's portfolio is its last field the
    tagger misread: "Minister of Foreign Affairs and International Cooperation" serves in the state.
    A field is capitalised words without a body's head word; an acronym or a body's name is a body."""
    if not any(w.lower() in PORTFOLIO_HEADS for w in words):
        return False
    doc = tok.doc
    for span, entity in index.covering(tok.idx, tok.idx + len(tok)):
        if entity.type == "Organization":
            first = doc.char_span(span.start, span.end, alignment_mode="expand")
            if first is None or first.start < 1 or doc[first.start - 1].lower_ != "and":
                return False
            fields = span.text.split()
            return not any(w.lower() in BODY_HEADS | ORG_HEADS | COUNCIL_HEADS for w in fields) and all(
                w[:1].isupper() and not w.isupper() for w in fields
            )
    return False


def _in_charge(doc: Doc, i: int, end: int) -> bool:
    """ "Minister Delegate in charge of National Defence": "in charge of/for" opens a portfolio as "for" does."""
    return (
        i + 3 < end
        and doc[i].lower_ == "in"
        and doc[i + 1].lower_ == "charge"
        and doc[i + 2].lower_ in _COMPLEMENT
        and doc[i + 3].text[:1].isupper()
    )


def _of_state(words: list[str]) -> bool:
    """ "Minister of State": a junior minister, whose "for" portfolio follows the complement "of State".

    Not "Secretary of State for X": a secretary of state "for" a place ("for Northern X") is that
    place's, as the title's complement says.
    """
    return len(words) >= 3 and [w.lower() for w in words[-3:]] == ["minister", "of", "state"]


def _portfolio_office(words: list[str]) -> bool:
    """The title read so far is one whose "for" complement is a portfolio, not a body: "Minister",
    "Secretary", a minister's grade after it ("Minister Delegate") or "Minister of State"."""
    if not words:
        return False
    last = words[-1].lower()
    delegate = last == "delegate" and len(words) >= 2 and words[-2].lower() in PORTFOLIO_HEADS
    return last in PORTFOLIO_HEADS or delegate or _of_state(words)


def _office_named(tok: Token, index: EntityIndex) -> bool:
    """An "organization" whose name ends in an office's head word is a title the tagger misread:
    "the Humanitarian Coordinator, X", "the Government Spokesperson, Y" (a body named with "of",
    "the Office of the Prime Minister", is a body)."""
    entity = entity_at(tok, index)
    if entity is None or entity.name.split()[-1].lower() not in HEADS:
        return False
    return entity.type == "Organization" or (entity.type == "Agency" and "of" not in entity.name.lower().split())


def _joined(hyphen: Token) -> bool:
    """A hyphen inside one word ("Co-ordinator", "Commander-in-Chief"), not a dash between two."""
    doc = hyphen.doc
    i = hyphen.i
    return (
        hyphen.text == "-"
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not hyphen.whitespace_
        and doc[i + 1].is_alpha
    )


def _in_title_region(tok: Token, index: EntityIndex) -> bool:
    """Whether a word before a name can belong to a title or its owner."""
    if (tok.is_punct and tok.text not in {"-", "/"}) or tok.is_space:
        return False
    if tok.i > 0 and _joined(tok.doc[tok.i - 1]) and tok.i + 1 < len(tok.doc) and _joined(tok.doc[tok.i + 1]):
        return True  # "in" of "Commander-in-Chief": a word of the title, whatever it is alone
    entity = index.at(tok.idx, tok.idx + len(tok))
    if entity is not None and entity.type == "Person":
        return False
    if tok.lower_ in _HONORIFICS:
        return True  # "Town Clerk Mrs X": the form of address stands between the title and the name
    if tok.ent_type_ == "PERSON" and entity is None and not is_title_word(tok) and rank_end(tok.doc, tok.i) == tok.i:
        return False  # a word the tagger ran into the name, unless a rank opens there ("Private X")
    low = tok.lower_
    if low == "in" and tok.is_lower and _body_after(tok, index) is not None:
        return True  # "Permanent Secretary in the Ministry of Lands Mr. X": the body the office is held in
    if low in _NOT_IN_TITLES:
        return False  # "PRESS CONFERENCE BY PRIME MINISTER X": the title starts after "BY", whatever its case
    if low == "of" and tok.i > 0 and tok.doc[tok.i - 1].lower_ in _SPOKEN:
        return False  # "PRESS BRIEFING OF PRESS SECRETARY X": "of" after the occasion is its "by"
    return (
        is_title_word(tok)
        or tok.text in {"-", "/"}
        or (tok.is_lower and tok.pos_ in {"NOUN", "ADJ"})
        or low in _COMPLEMENT | {"to"}
        or low in {"the", "and"}
        or low in POSSESSIVE
        or bool(state_for_demonym(tok.text))
        or (tok.is_alpha and tok.text[:1].isupper())
    )


def _body_after(tok: Token, index: EntityIndex) -> str | None:
    """The body (no state) named right after a word and an optional "the": the one an office
    "in the Ministry of X" is held in ("Permanent Secretary in the Ministry of Lands Mr. X")."""
    doc, j = tok.doc, tok.i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    body = entity_at(doc[j], index) if j < len(doc) else None
    return body.key if body is not None and body.type != "State" else None


def _ends_phrase(doc: Doc, k: int, end: int) -> bool:
    """Nothing of the noun phrase goes on at ``k``: the end of what is read, or a comma or stop."""
    return k >= end or (doc[k].is_punct and doc[k].lower_ not in POSSESSIVE and doc[k].text not in {"-", "/"})


def listed_field(doc: Doc, sep: int, end: int) -> bool:
    """The comma at ``sep`` parts the fields of one office's portfolio ("the Minister of Lands,
    Housing and Water, X"): a capitalised word before it, and after it up to ``end`` only
    capitalised words, commas and the "and" that closes the list, ending on a capitalised word.
    The state or body the office is "of" may follow the list ("... Housing and Water of the
    Republic of Y, X")."""
    if doc[sep].text != "," or sep < 1 or not doc[sep - 1].is_title or sep + 1 >= end:
        return False
    rest = doc[sep + 1 : end]
    of = next((k for k, t in enumerate(rest) if t.lower_ == "of"), len(rest))
    fields, owner = rest[:of], rest[of:]
    return (
        len(fields) > 0
        and any(t.lower_ == "and" for t in fields)
        and all(t.is_title or t.lower_ == "and" or t.text == "," for t in fields)
        and fields[-1].is_title
        and all(t.is_title or t.lower_ in {"of", "the"} for t in owner)
        and rest[-1].is_title
    )


def _read(
    doc: Doc, first: int, end: int, index: EntityIndex, *, strict: bool
) -> tuple[list[str], str | None, str | None]:
    """Title words from ``first`` up to ``end``, the body an "of"/"for" complement names, and one named later.

    After the last head, a capitalized word outside a complement is a name, not a title; an
    other preposition ("in", "to") ends the title, and a body named after it is the owner only
    when nothing else is (``strict`` phrases, set off by commas).
    """
    words: list[str] = []
    owner: str | None = None
    late: str | None = None
    in_complement = False
    demonym = False  # the owner so far is a demonym, which a body named right after it replaces
    stopped = False
    listed = False  # a comma parted the portfolio's fields: what follows up to the holder is fields too
    # "Chief Engineer Dr. X": a form of address ends the title, so the capitalised words before it are the title's
    addressed = next((t.i for t in doc[first:end] if t.lower_ in _HONORIFICS), None)
    i = first
    while i < end:
        tok = doc[i]
        low = tok.lower_
        if stopped:
            body = owner_at(tok, index)
            if late is None and body:
                late = body
            i += 1
            continue
        charge = _in_charge(doc, i, end)
        if (
            (low == "for" or charge or (low == "of" and i + 1 < end and _portfolio_named(doc[i + 1], index)))
            and _portfolio_office(words)
            and (not in_complement or _of_state(words))
        ):
            # the portfolio's capitalised words follow as the complement
            words.extend(t.lower_ for t in doc[i : i + (3 if charge else 1)])
            in_complement = True
            i += 3 if charge else 1
            while i < end and (not doc[i].is_punct or listed_field(doc, i, end)):
                if doc[i].is_punct:
                    words[-1] += doc[i].text  # "Minister for Lands, Housing and Water": one portfolio
                    i += 1
                    continue
                if not (doc[i].text[:1].isupper() or doc[i].lower_ == "and"):
                    break
                if not strict and doc[i].ent_type_ == "PERSON" and is_title_word(doc[i - 1]):
                    break  # "Minister for Health Jane": the holder's name
                words.append(doc[i].text)
                i += 1
            continue
        if low in _COMPLEMENT and words:
            j = i + 1
            while j < end and doc[j].lower_ in {"the", "a", "an"}:
                j += 1
            if j < end and doc[j].ent_type_ in {"DATE", "TIME"}:
                break  # "Chair of the Council for the month of May": when the office is held, not its field
            body = owner_at(doc[j], index) if j < end else None
            if body is None and j < end and doc[j - 1].lower_ == "the" and _ends_phrase(doc, j + 1, end):
                body = kind_named(doc[j], index)  # "Treasurer of the party": the party named before
            if body is None and j < end and doc[j - 1].lower_ == "the":
                body = short_named(doc, j, end, index)  # "Head of the Bureau": the bureau named in full before
            if body and demonym_only(doc[j], index):  # "of British diplomacy": a state, then the title goes on
                demonym = owner is None
                owner = owner or body
                words.append(low)
                in_complement = True
                i = j + 1
                continue
            if body:
                owner = body
                stopped = True
                i = j + 1
                continue
            if j >= end or not (doc[j].is_alpha or doc[j].text[:1].isupper()):
                break  # "Spokeswoman of" at the end of what is read: no complement, no cut title
            words.append(low)
            in_complement = True
            i += 1
            continue
        if tok.text in {"-", "/"} and words and i + 1 < end and (is_title_word(doc[i + 1]) or _joined(tok)):
            words[-1] = f"{words[-1]}{tok.text}{doc[i + 1].text}"  # "Secretary-General", "Commander-in-Chief"
            i += 2
            continue
        if low in POSSESSIVE and in_complement and words:
            words[-1] += tok.text  # "of the president's office": the complement goes on
            i += 1
            continue
        if tok.is_punct and in_complement and listed_field(doc, i, end):
            words[-1] += tok.text  # "Minister of Lands, Housing and Water": the fields of one portfolio
            listed = True
            i += 1
            continue
        if tok.is_punct:
            break
        if tok.pos_ == "ADP" or low in {"to", "at", "in", "on"}:
            stopped = True
            i += 1
            continue
        field = in_complement and _field_named(tok, index, words)
        body = None if _office_named(tok, index) or listed or field else owner_at(tok, index)
        if body and (in_complement or strict):
            owner = body if demonym and doc[i - 1].i + 1 == i and state_for_demonym(doc[i - 1].text) else owner or body
            stopped = True
            continue
        if is_title_word(tok) or (low == "and" and in_complement):
            words.append(tok.text)
        elif in_complement and tok.is_alpha and (tok.text[:1].isupper() or strict or low == "the"):
            if not strict and is_title_word(doc[i - 1]) and tok.text[:1].isupper():
                break  # "Secretary of State Jane": a first name the name's span left out
            words.append(tok.text)
        elif tok.is_alpha and (
            (strict and tok.pos_ in {"NOUN", "PROPN"})
            or (addressed is not None and i < addressed and tok.text[:1].isupper())
        ):
            words.append(tok.text)
        else:
            break
        i += 1
    while words and words[-1].lower() in {"of", "for", "the", "and"}:
        words.pop()
    return words, owner, late
