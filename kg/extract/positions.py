"""(spaCy Doc, Article, Entities) -> Positions: the offices held by the persons a text names.

Titles are read by :mod:`kg.extract.titles` before a name ("WHO Regional Director X"), in
apposition before it ("the head of the legal department, X") or after it ("X, the agency's executive
director"), in brackets after it ("the Minister for X (Y):") or on the line after it in a
signature block, or in a relative clause after it (:mod:`kg.extract.relative_titles`: "X, who heads
Y"); :mod:`kg.extract.joined_titles` splits two offices joined before one name ("Deputy
Prime Minister/Foreign Minister X"). :mod:`kg.extract.position_offices` groups them into one office per title and finds
the body each is in; :mod:`kg.extract.position_descriptions` adds later mentions ("the minister said").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from unidecode import unidecode

from kg.extract.briefer import header_office
from kg.extract.comma_bodies import body_field_after
from kg.extract.copular_titles import copular_office
from kg.extract.index import EntityIndex
from kg.extract.joined_titles import joined_offices
from kg.extract.label_states import label_states
from kg.extract.office_context import counterpart_state, delegation_state, international_name, next_named
from kg.extract.owners import owner_after
from kg.extract.plural_titles import shared_title
from kg.extract.position_descriptions import add_descriptions
from kg.extract.position_offices import group_offices
from kg.extract.position_pairs import share_out
from kg.extract.publisher_owner import BODY_WORDS
from kg.extract.relative_titles import led_delegation, relative_office, second_office
from kg.extract.roll_offices import roll_offices
from kg.extract.signatures import caption, signature, signed_below
from kg.extract.titles import (
    HEADS,
    POSSESSIVE,
    TitleMatch,
    appositive,
    before_name,
    cue_dash,
    is_title_word,
    listed_field,
    normalize_title,
)
from kg.lexicon.gazetteer import state_name, state_same_as
from kg.lexicon.ranks import RANKS, SHORT_RANKS
from kg.model import Article, Entity, Position
from kg.nlp.malay_honorifics import chain_start
from kg.nlp.persons import honorific

__all__ = ["find_positions", "normalize_title", "posts_to_add"]

#: An apostrophe opening a name where a letter is elided ("'Malineo", "’Mamello"): part of the name.
_ELISION = frozenset({"'", "’", "‘"})

#: Words that make a title a past office: the graph records offices held at the time of writing.
_PAST = frozenset({"former", "late", "then", "ex", "ex-", "erstwhile"})


#: Forms of address of judges, lawyers and office holders, beside the personal ones ("Mr", "Dr"):
#: "the commission's chair, Justice X", "the minister, Hon. Y", "the board's chair, Cllr. Z".
#: Words that open a form of address ("His Excellency", "Her Excellency", "the Honourable").
_ADDRESS_OPENERS = frozenset({"his", "her", "their", "the"})
#: "Rt" of "the Rt Hon X" (Right Honourable), the style of privy counsellors and cabinet ministers.
_ADDRESS = frozenset(
    {"justice", "hon", "honourable", "honorable", "excellency", "cllr", "counsellor", "councillor", "rt"}
)
#: Ranks, whole or abbreviated, between an office set off by commas and the name ("Lt. Gen. X"),
#: police grades written in full among them ("the director of the agency, Inspector Y").
_RANKS_BEFORE = RANKS | SHORT_RANKS | frozenset({"inspector", "superintendent", "constable"})


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
    labelled = label_states(doc, entities)  # "PRESIDENT JO ROE (Norland):": Norland's president
    for key, state in labelled.speakers.items():
        homes[full.get(key, key)] = state
    stated = [
        (h, replace(m, owner=own) if (own := labelled.own_office(m.span, index)) else m, sp) for h, m, sp in stated
    ]
    briefer = header_office(doc, index)  # "Briefing by the Spokesperson of X" / "MS. JANE ROE: ..."
    if briefer is not None:
        stated.append((full.get(briefer[0], briefer[0]), briefer[1], briefer[1].span))
    # a hearing's roll and labels: "Present: Hon. Jo Roe, MP (Chairperson)", "JO ROE (Chair):"
    stated += [(full.get(k, k), m, m.span) for k, m in roll_offices(doc, index, entities)]
    wordings: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    guessed: set[tuple[str, str, str | None]] = set()  # offices whose state only the context gave
    found = group_offices(stated, article, entities, index, homes, wordings, guessed)
    share_out(stated, found, wordings, guessed)  # "their foreign ministers, X and Y": one per leader
    add_descriptions(doc, index, found, guessed, wordings)
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
    left = chain_start(doc, person.start)  # "Commissioner Datuk Jo Roe": the honorifics are how Jo Roe is addressed
    pre = before_name(doc[left : person.end], index)
    if pre is not None:
        owner = pre.owner or counterpart_state(doc, pre.span.start) or delegation_state(doc, pre.span.start)
        for office in joined_offices(replace(pre, owner=owner), index):  # "Prime Minister and Commander-in-Chief X"
            out.append(office)
            left = min(left, office.span.start)
    while left > 0 and doc[left - 1].lower_ in _PAST:
        left -= 1
    if left > 0 and doc[left - 1].text in _ELISION and not doc[left - 1].whitespace_:
        left -= 1  # "(Ms 'Malineo Roe)": a name written with its elided letter's apostrophe
    while left > 0 and (
        honorific(doc[left - 1])
        or doc[left - 1].lower_.rstrip(".") in _ADDRESS | _RANKS_BEFORE
        or _rank_hyphen(doc, left - 1)
    ):
        left -= 1  # "the head of the port authority, Ms. X", "its spokeswoman, Lt. Gen. X": address or rank
    if left > 1 and doc[left - 1].lower_ in _ADDRESS_OPENERS and doc[left].lower_.rstrip(".") in _ADDRESS:
        left -= 1  # "the President, His Excellency X", "the Prime Minister, the Honourable X"
    closed = person.end < len(doc) and doc[person.end].text.startswith(")")
    bracketed = left >= 2 and doc[left - 1].text == "(" and closed
    if left >= 2 and (doc[left - 1].text == "," or bracketed):  # "the Minister for X (Jane Y):" as a comma
        for back in _np_backs(doc, left - 1):
            if _inside_body_name(doc, back.start) or _title_complement(doc, back.start):
                continue  # "the Commissioner in the Office of the Prime Minister, X": X is no prime minister
            match = appositive(doc, back.start, back.end, index, before=True)
            if match and match.owner is None:  # "the X delegation was led by the Minister of Y, Z"
                match = replace(match, owner=delegation_state(doc, back.start))
            if match:
                if pre is not None and left == pre.span.start and _grade(pre):
                    out = []  # "the District Commander, Senior Superintendent X": the grade is how X is addressed
                out.append(match)
                break
    signed = signature(person, index) or signed_below(person, index) or caption(person, index)
    if signed is not None:
        out.append(signed)
    if person.end + 1 < len(doc) and doc[person.end].text == ",":
        fwd = _np_forward(doc, person.end + 1)
        match = appositive(doc, fwd.start, fwd.end, index) if len(fwd) and not next_named(doc, fwd, index) else None
        if match and match.owner is None:  # "X, Deputy Director, Department of Y": the next field's body
            match = replace(match, owner=body_field_after(match.span, index))
        if match and match.owner is None:  # "and the Z delegation by Hon. V, Minister of W,"
            match = replace(match, owner=delegation_state(doc, left))
        if match:
            out.extend(_joined_after(match, fwd, index))  # "X, Prime Minister of Y and Chair of Z,"
    # "X, who heads the agency,"; after a title the clause tells what the office-holder does in that
    # office ("Prime Minister X, who chairs the bloc this year"), no office of its own unless "also"
    # says so ("Minister X, who also serves as Y"); a past office beside the name ("a former
    # judge") is none, and the clause may still state one
    out = [m for m in out if not any(w.lower_ in _PAST for w in _with_lead(m.span)) and not _unnamed_body(m)]
    copular = copular_office(person, index)  # "The Director of X is Chief Inspector Y", "Y is the X"
    if copular is not None and not _unnamed_body(copular):
        out = [m for m in out if not _grade(m)] + [copular]  # the rank before the name is how Y is addressed
    relative = second_office(person, index) if out else relative_office(person, index) or led_delegation(person, index)
    relative = relative or (None if out else shared_title(person, index))  # "the two foreign ministers, X and Y"
    return [*out, relative] if relative is not None else out


def _rank_hyphen(doc: Doc, i: int) -> bool:
    """The hyphen at ``i`` joins two ranks into one ("its commander, Captain-Lieutenant X",
    "Lieutenant-Colonel Y"), which the tokenizer splits in three."""
    return (
        doc[i].text == "-"
        and 0 < i < len(doc) - 1
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and all(doc[k].lower_ in _RANKS_BEFORE for k in (i - 1, i + 1))
    )


def _joined_after(match: TitleMatch, fwd: SpacySpan, index: EntityIndex) -> list[TitleMatch]:
    """The office set off after a name, and a second one "and" joins to it: two offices of one holder.

    "X, Prime Minister of Y and Chair of Z", "X, Deputy Prime Minister and Minister of Foreign
    Affairs": the second office opens with a capitalised title word right after "and" ("Minister
    of Trade and Industry" or "President of A and B" join a field or a place, no office). As
    before a name, a state either office names is the other's too.
    """
    doc = fwd.doc
    for k in range(match.span.start + 1, fwd.end - 1):
        nxt = doc[k + 1]
        if doc[k].lower_ == "and" and nxt.text[:1].isupper() and (nxt.lower_ in HEADS or is_title_word(nxt)):
            second = appositive(doc, k + 1, fwd.end, index)
            if second is None or second.span.start != k + 1:
                break
            state = next((m.owner for m in (match, second) if m.owner and m.owner.startswith("state/")), None)
            return [replace(m, owner=m.owner or state, paired=True) for m in (match, second)]
    return [match]


def _grade(match: TitleMatch) -> bool:
    """A short title with no body or field of its own: after an office set off by commas, a grade.

    "the District Commander, Senior Superintendent X", "the head of the unit, Commissioner Y": police
    and civil-service grades read like offices, but the office is the one before the comma.
    """
    words = [t.lower_ for t in match.span if t.lower_ not in {"the", "a", "an"}]
    return match.owner is None and len(words) <= 2 and not _COMPLEMENT & set(words)


#: Words that open a title's complement: "director of", "head for", "chair at".
_COMPLEMENT = frozenset({"of", "for", "at"})


def _unnamed_body(match: TitleMatch) -> bool:
    """The title heads a body the text does not name: "director of a women's network", "head of an NGO".

    An indefinite complement describes the body instead of naming it; with no owner in the title
    the office would fall back on the state of the story, which the body need not belong to.
    """
    if match.owner is not None:
        return False
    words = [t.lower_ for t in match.span]
    return any(a in _COMPLEMENT and b in {"a", "an"} for a, b in pairwise(words))


def _inside_body_name(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` is or ends a body's capitalised name: "(Office of) the Prime Minister"."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and doc[start - 2].lower_ in BODY_WORDS:
        return True
    first = doc[start + 1] if doc[start].lower_ in {"the", "a", "an"} and start + 1 < len(doc) else doc[start]
    office = first.i + 1 < len(doc) and doc[first.i + 1].lower_ in HEADS  # "the Cabinet Secretary for X"
    return first.is_title and first.lower_ in BODY_WORDS and not office  # "the Office of the Prime Minister"


def _title_complement(doc: Doc, start: int) -> bool:
    """The phrase at ``start`` completes an office before it: "the Spokesman for (the President)".

    The holder named after the comma holds the whole office, not the one its complement names.
    """
    return start >= 2 and doc[start - 1].lower_ in {"for", "of", "to"} and doc[start - 2].lower_ in HEADS


def _with_lead(span: SpacySpan) -> SpacySpan:
    """The title span with the word before it ("former" is dropped from the title words)."""
    return span.doc[max(span.start - 1, 0) : span.end]


#: Tokens a noun phrase before a comma may have: a minister's listed portfolio and state run long
#: ("the Minister of Foreign Affairs, Trade and Regional Integration of the Republic of X").
_NP_WORDS = 18


def _np_backs(doc: Doc, comma: int) -> list[SpacySpan]:
    """Noun phrases ending before ``comma``, shortest first: each starts at an article or the clause.

    "the work of the UN envoy, X" gives "the UN envoy" before "the work of the UN envoy"; "the head
    of the legal department of the ministry, X" is found whole once the shorter ones name no office.
    """
    out: list[SpacySpan] = []
    i = comma
    while i > 0 and comma - i < _NP_WORDS:
        tok = doc[i - 1]
        if cue_dash(doc, i - 1):
            out.append(doc[i:comma])  # "[CLIP 1 - Regional Minister, Hon. X": the office after a cue's dash
            break
        if (
            (tok.is_punct and tok.text != "-" and not listed_field(doc, i - 1, comma))
            or tok.pos_ in {"VERB", "AUX"}
            or (tok.is_sent_end and i - 1 != comma - 1)
        ):
            if tok.text in {":", ";"} and out and out[-1].start != i:
                out.append(doc[i:comma])  # "Speakers: Head of the X Board, Jo Roe": an office opening a list item
            break
        i -= 1
        if doc[i].lower_ in {"the", "a", "an", "its", "their", "our", "my"}:
            out.append(doc[i:comma])
        elif i and doc[i - 1].pos_ in {"ADP", "CCONJ"} and _possessed(doc, i, comma):
            # "met with Y's Minister of Z, X", "..., and Y's Interior Minister, X": a possessor after a
            # preposition or a conjunction opens it
            out.append(doc[i:comma])
        if doc[i].is_sent_start:
            if out and out[-1].start != i:
                out.append(doc[i:comma])  # "Head of the harbour police, X": an office opening the sentence
            break
    return out or ([doc[i:comma]] if i < comma else [])


def _possessed(doc: Doc, i: int, end: int) -> bool:
    """The name at ``i`` ends in a possessive before ``end``: "Y's", or a hyphened "Timor-Leste's"."""
    j = i + 1
    while j + 1 < end and doc[j].text == "-" and not doc[j - 1].whitespace_:
        j += 2  # "Guinea-Bissau's": the parser splits the name at its hyphen
    return j < end and doc[j].lower_ in POSSESSIVE


def _np_forward(doc: Doc, start: int) -> SpacySpan:
    """The words after a name's comma up to the next punctuation or line break ("X, Press Officer" / "In Y, Z").

    A comma that parts the fields of one portfolio ("X, Minister of Energy, Mines and Water.") goes
    on: the office is the whole list, and the body it names is told by every field.
    """
    i = start
    while i < len(doc) and i - start < 16 and "\n" not in doc[i].text:
        if doc[i].is_punct and doc[i].text != "-" and not _portfolio_comma(doc, start, i):
            break
        i += 1
    return doc[start:i] if i - start <= 12 or _listed(doc[start:i]) else doc[start : start + 12]


def _portfolio_comma(doc: Doc, start: int, comma: int) -> bool:
    """The comma at ``comma`` parts a portfolio's fields, whose "and" is still to come ("X, Minister
    of Energy, Mines and Water"); after the "and" ("X, Minister of Trade and Industry, and Y") it
    ends the office."""
    if any(t.lower_ in {"and", "&"} for t in doc[start:comma]) or doc[comma + 1 : comma + 2].text in {"and", "or"}:
        return False
    return listed_field(doc, comma, _next_stop(doc, comma + 1))


def _next_stop(doc: Doc, i: int) -> int:
    """The next punctuation (not a hyphen) or line break at or after ``i``."""
    while i < len(doc) and not (doc[i].is_punct and doc[i].text != "-") and "\n" not in doc[i].text:
        i += 1
    return i


def _listed(span: SpacySpan) -> bool:
    """The span holds a comma it went past: a portfolio's fields, which may run past twelve words."""
    return any(t.text == "," for t in span)


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
