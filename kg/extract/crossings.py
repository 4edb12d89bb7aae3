"""(sentence, linked mentions) -> ``kg:connects``: the states a border crossing is said to join.

News names the two sides of a crossing in other ways than "the border with Y": the states that
open, close or run it ("A and B reopened the X crossing", "A closed its crossing at X to traffic
from B"), "the X crossing with Y" (Y, and the one other state its sentence names), the two ends of a flow
of people through it ("A-ian refugees crossed into B through the X border point"), and a border
named by the pair of its states ("the A-B border", "the Uzbek-Tajik border", "the X crossing
between A and B") in the sentence that names the crossing. "the X crossing point in R" lies in
R. A crossing the text gives one side of leads into the text's main state on the other, when
that state borders the first (GeoNames' neighbours): a border police report names the far side
only.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.publisher_state import publisher_state
from kg.extract.relation_spans import Found, add, between_pair, link_at, listed_after, tokens
from kg.lexicon.gazetteer import neighbours, state_for_demonym

__all__ = ["find_crossing_sides", "home_sides", "home_state"]

#: What a state does to its own crossings: only a side of the border opens, closes or runs one.
_SIDE_VERBS = frozenset({"open", "reopen", "close", "shut", "seal", "operate", "run", "restrict", "suspend"})
#: Prepositions that name the other side of such an act ("to traffic from B", "talks with B").
_OTHER_SIDE = frozenset({"from", "with", "between"})
_DASHES = frozenset({"-", "–", "—", "/"})
#: Nouns of a border or a crossing that "with Y" completes with the other side.
_CROSSING_NOUNS = frozenset({"border", "frontier", "crossing", "point", "post", "checkpoint", "bridge"})
#: Words between a crossing's name and what follows it: "the X border terminal in R".
_AFTER_NAME = _CROSSING_NOUNS | {"points", "posts", "crossings", "ferry", "gate", "terminal"}


def find_crossing_sides(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """Every checkpoint of the sentence connects the states that act on it and the states of a named pair border."""
    checkpoints = [lk for lk in links if lk.type == "Checkpoint"]
    if not checkpoints:
        return
    pair = _border_pair(doc, sent, links)
    withs = _other_sides(doc, sent, links)
    evidence = sent[:-1] if sent[-1].is_space else sent
    acting: list[str] = []
    for n, cp in enumerate(checkpoints):
        span = tokens(doc, cp)
        if span is None:
            continue
        other = _own_other_sides(cp, checkpoints, withs)
        home = _near_side(doc, links, other) if len(other) == 1 else None
        if home is not None and not _may_border(home, other[0]):
            home = None  # "Japan's envoy said aid to the X crossing with Y": a donor, no side
        listed = n > 0 and cp in listed_after(doc, checkpoints[n - 1], links, {"Checkpoint"})
        acting = _acting_states(doc, span, links) or (acting if listed else [])  # "closed the A and B checkpoints"
        sides = [*acting, *_flow_ends(doc, span, links), *pair, *other]
        if home is not None:
            sides.append(home)  # "Z said the X crossing with Y was shut": Z is the near side
        for state in sides:
            add(found, cp.key, "connects", state, evidence)
        _after_name(doc, span, links, cp, found)


def _after_name(doc: Doc, span: SpacySpan, links: list[Linked], cp: Linked, found: Found) -> None:
    """What the words right after the crossing's name and noun say of it.

    "the X crossing between A and B" connects A and B; "the X crossing point in R County", "X
    border post in Y" lies in the place named right after "in".
    """
    i = span.end
    while i < len(doc) and doc[i].lower_ in _AFTER_NAME:
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ not in {"in", "between"}:
        return
    if doc[i].lower_ == "between":
        for lk in between_pair(doc, i, links, {"State"}):
            add(found, cp.key, "connects", lk.key, doc[span.start : (tokens(doc, lk) or span).end])
        return
    i += 1 + int(doc[i + 1].lower_ == "the")
    place = link_at(doc, links, i)
    if place is None or place.type not in {"Region", "State"} or place.kind != "name":
        return
    evidence = doc[span.start : (tokens(doc, place) or doc[i : i + 1]).end]
    add(found, cp.key, "locatedIn", place.key, evidence)
    if place.type == "State":
        add(found, cp.key, "connects", place.key, evidence)  # a crossing in Y is on Y's side


def home_sides(doc: Doc, links: list[Linked], found: Found, publisher: str | None = None) -> None:
    """A crossing the text gives one side of connects the text's own state too, if the two border.

    "At the X crossing point on the border with Y" in a report of Z's border police names only
    the far side; the near side is the state the report is about (its publisher's, else the one
    it plainly names most), when GeoNames has it border Y.
    """
    main = home_state(links, publisher)
    if main is None:
        return
    sides: dict[str, set[str]] = {}
    for s, p, o in found:
        if p == "connects":
            sides.setdefault(s, set()).add(o)
    for lk in links:
        known = sides.get(lk.key, set())
        if lk.type != "Checkpoint" or len(known) != 1 or main in known:
            continue
        other = next(iter(known))
        if _may_border(main, other):
            add(found, lk.key, "connects", main, tokens(doc, lk))
            sides[lk.key] = {other, main}


def _acting_states(doc: Doc, span: SpacySpan, links: list[Linked]) -> list[str]:
    """States that open, close or run the crossing: the verb's subjects, and "from"/"with" objects."""
    node = span.root
    for _ in range(5):  # "its border crossing at X", "the X and Y checkpoints": up to the verb's object
        if node.dep_ in {"dobj", "nsubjpass"}:
            break
        # "amod": the parser may read a name before "border crossing" as an adjective
        if node.dep_ not in {"pobj", "prep", "compound", "amod", "appos", "nmod", "conj"} or node.head.i == node.i:
            return []
        node = node.head
    else:
        return []
    verb = node.head
    if verb.lemma_.lower() not in _SIDE_VERBS:
        return []
    out: list[str] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            out += _states(doc, child, links)
        elif child.dep_ in {"prep", "agent"} and child.lower_ in _OTHER_SIDE | {"by"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out += _states(doc, obj, links)
    # "closed it to all traffic from B"; the parser may hang "to ..." on the crossing instead
    for child in (*verb.children, *node.children):
        if child.dep_ == "prep" and child.lower_ == "to":
            out += _coming_from(doc, child, links)
    return out


def _coming_from(doc: Doc, to: Token, links: list[Linked]) -> list[str]:
    """States after "to traffic from B" / "to travellers coming from B": who the act is aimed at."""
    out: list[str] = []
    for obj in to.children:
        if obj.dep_ != "pobj":
            continue
        for grand in obj.children:
            if grand.dep_ == "prep":
                preps = [grand]
            elif grand.dep_ == "acl":  # "travellers coming from B"
                preps = [g for g in grand.children if g.dep_ == "prep"]
            else:
                continue
            for prep in preps:
                if prep.lower_ in _OTHER_SIDE:
                    out += [s for o in prep.children if o.dep_ == "pobj" for s in _states(doc, o, links)]
    return out


def _flow_ends(doc: Doc, span: SpacySpan, links: list[Linked]) -> list[str]:
    """Where people went "into" (or entered) and came from, when they went "through"/"via" the crossing.

    The origin counts only with a destination: "Chadians crossed into Sudan through X" joins
    both; "Chadians were stopped at X" says nothing of the other side.
    """
    node = span.root
    for _ in range(8):  # up through "the X point in Y region and the Z crossing" to the preposition
        if node.dep_ == "pobj" and node.head.lower_ in {"through", "via"}:
            break
        if node.dep_ not in {"pobj", "prep", "conj", "compound", "appos"} or node.head.i == node.i:
            return []
        node = node.head
    else:
        return []
    verb = node.head.head
    for _ in range(3):  # "crossed into B, most of them through X": from "most" up to the verb
        if (
            verb.pos_ == "VERB"
            or verb.head.i == verb.i
            or verb.dep_ not in {"appos", "npadvmod", "nsubj", "dobj", "advcl"}
        ):
            break
        verb = verb.head
    if verb.pos_ != "VERB":
        return []
    into: list[str] = []
    origin: list[str] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"into", "to"}:
            into += [s for o in child.children if o.dep_ == "pobj" for s in _states(doc, o, links)]
        elif child.dep_ == "dobj" and verb.lemma_.lower() == "enter":
            into += _states(doc, child, links)
        elif child.dep_ == "prep" and child.lower_ == "from":
            origin += [s for o in child.children if o.dep_ == "pobj" for s in _states(doc, o, links)]
        elif child.dep_ == "nsubj":
            origin += [
                _state_at(doc, t, links) or ""
                for t in (child, *child.children)
                if t.dep_ in {"nsubj", "amod", "compound"}
            ]
    return [*into, *(s for s in origin if s and s not in into)] if into else []


def _states(doc: Doc, word: Token, links: list[Linked]) -> list[str]:
    """The states a word and its conjuncts name ("Peru and Chile")."""
    out = []
    for tok in (word, *word.conjuncts):
        lk = link_at(doc, links, tok.i)
        if lk is not None and lk.type == "State":
            out.append(lk.key)
    return out


def _own_other_sides(cp: Linked, checkpoints: list[Linked], withs: list[tuple[int, str]]) -> list[str]:
    """The far sides of one crossing of a sentence that may name several, each with its own.

    "the A crossing with X, and queues at the B crossing with Y": X is A's far side, Y is B's. A
    "with Y" after a crossing belongs to the last crossing named before it, and only the first
    one: a crossing lies on one border, and a second ("A, on the border with X, and B, on the
    border with Y") is a crossing's the text did not name as one. One before every crossing ("on
    the border with Y, the A and B crossings") belongs to all of them.
    """
    starts = sorted(lk.start for lk in checkpoints)
    out: list[str] = []
    after = False
    for at, state in withs:
        last = max((s for s in starts if s < at), default=None)
        if last == cp.start and after:
            continue
        if (last is None or last == cp.start) and state not in out:
            out.append(state)
            after = last is not None
    return out


def _other_sides(doc: Doc, sent: SpacySpan, links: list[Linked]) -> list[tuple[int, str]]:
    """ "the border with (the Republic of) Y", "the X crossing with Y", "a trade point with Y": Y,
    with the offset of its "with"."""
    out: list[tuple[int, str]] = []
    for tok in sent:
        if tok.lower_ != "with" or tok.i == 0 or doc[tok.i - 1].lower_ not in _CROSSING_NOUNS:
            continue
        j = tok.i + 1
        while j < sent.end and doc[j].lower_ in {"the", "republic", "of"}:
            j += 1  # "the border with the Republic of Y": the state's short name is what is linked
        lk = link_at(doc, links, j)
        if lk is not None and lk.type == "State":
            out.append((tok.idx, lk.key))
    return out


def _near_side(doc: Doc, links: list[Linked], other: list[str]) -> str | None:
    """The one state the sentence names or evokes besides the other side, not after "with", "from"..."""
    near = {lk.key for lk in links if lk.type == "State" and lk.key not in other and not _after_counterpart(doc, lk)}
    return near.pop() if len(near) == 1 else None


def _after_counterpart(doc: Doc, lk: Linked) -> bool:
    span = tokens(doc, lk)
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _OTHER_SIDE | {"to", "into", "against"}


def _border_pair(doc: Doc, sent: SpacySpan, links: list[Linked]) -> list[str]:
    """ "the A-B border", "the Uzbek–Tajik frontier": the two states a named border runs between."""
    for tok in sent:
        if tok.lower_ not in {"border", "frontier"} or tok.i < 3:
            continue
        second, dash, first = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i - 3]
        if dash.text not in _DASHES:
            continue
        keys = [_state_at(doc, t, links) for t in (first, second)]
        if all(keys) and keys[0] != keys[1]:
            return [k for k in keys if k]
    return []


def _state_at(doc: Doc, tok: Token, links: list[Linked]) -> str | None:
    lk = link_at(doc, links, tok.i)
    if lk is not None and lk.type == "State":
        return lk.key
    return state_for_demonym(tok.text) if tok.text[:1].isupper() else None


def home_state(links: list[Linked], publisher: str | None) -> str | None:
    """The state the publisher's name names ("the Romanian Border Police"), if the text names it too;
    else the one the text names most, by at least two mentions and more than any other.

    A mention of a state's own body ("Tarnia's interior ministry said") counts as one of the state:
    whose authorities speak is whose side the story is told from.
    """
    named = Counter(lk.key for lk in links if lk.type == "State" and lk.key.startswith("state/"))
    named.update(
        lk.parent
        for lk in links
        if lk.type == "Agency" and lk.parent and lk.parent.startswith("state/") and lk.parent in named
    )
    own = publisher_state(publisher, named)
    if own is not None:
        return own
    top = named.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None  # no state the text is plainly about: a bulletin of several stories
    return top[0][0]


def _may_border(a: str, b: str) -> bool:
    """Whether GeoNames lists states ``a`` and ``b`` as neighbours: a land crossing joins only such."""
    return a.startswith("state/") and b.startswith("state/") and b[6:] in neighbours(a[6:])
