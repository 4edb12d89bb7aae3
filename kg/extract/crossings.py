"""(sentence, linked mentions) -> ``kg:connects``: the states a border crossing is said to join.

News names the two sides of a crossing in other ways than "the border with Y": the states that
open, close or run it ("A and B reopened the X crossing", "A closed its crossing at X to traffic
from B"), "the X crossing with Y" (Y, and the one other state its sentence names), the two ends of a flow
of people through it ("A-ian refugees crossed into B through the X border point"), and a border
named by the pair of its states ("the A-B border", "the Uzbek-Tajik border") in the sentence
that names the crossing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, link_at, tokens
from kg.lexicon.gazetteer import state_for_demonym

__all__ = ["find_crossing_sides"]

#: What a state does to its own crossings: only a side of the border opens, closes or runs one.
_SIDE_VERBS = frozenset({"open", "reopen", "close", "shut", "seal", "operate", "run", "restrict", "suspend"})
#: Prepositions that name the other side of such an act ("to traffic from B", "talks with B").
_OTHER_SIDE = frozenset({"from", "with", "between"})
_DASHES = frozenset({"-", "–", "—", "/"})
#: Nouns of a border or a crossing that "with Y" completes with the other side.
_CROSSING_NOUNS = frozenset({"border", "frontier", "crossing", "point", "post", "checkpoint", "bridge"})


def find_crossing_sides(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """Every checkpoint of the sentence connects the states that act on it and the states of a named pair border."""
    checkpoints = [lk for lk in links if lk.type == "Checkpoint"]
    if not checkpoints:
        return
    pair = _border_pair(doc, sent, links)
    other = _other_sides(doc, sent, links)
    home = _near_side(doc, links, other) if len(other) == 1 else None
    evidence = sent[:-1] if sent[-1].is_space else sent
    for cp in checkpoints:
        span = tokens(doc, cp)
        if span is None:
            continue
        sides = [*_acting_states(doc, span, links), *_flow_ends(doc, span, links), *pair, *other]
        if home is not None:
            sides.append(home)  # "Z said the X crossing with Y was shut": Z is the near side
        for state in sides:
            add(found, cp.key, "connects", state, evidence)


def _acting_states(doc: Doc, span: SpacySpan, links: list[Linked]) -> list[str]:
    """States that open, close or run the crossing: the verb's subjects, and "from"/"with" objects."""
    node = span.root
    for _ in range(5):  # "its border crossing at X": up from the name to the verb's object
        if node.dep_ in {"dobj", "nsubjpass"}:
            break
        if node.dep_ not in {"pobj", "prep", "compound", "appos", "nmod"} or node.head is node:
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
        elif child.dep_ == "prep" and child.lower_ == "to":  # "closed it to all traffic from B"
            for obj in child.children:
                for grand in obj.children if obj.dep_ == "pobj" else ():
                    if grand.dep_ == "prep" and grand.lower_ in _OTHER_SIDE:
                        out += [s for o in grand.children if o.dep_ == "pobj" for s in _states(doc, o, links)]
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
        if node.dep_ not in {"pobj", "prep", "conj", "compound", "appos"} or node.head is node:
            return []
        node = node.head
    else:
        return []
    verb = node.head.head
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


def _other_sides(doc: Doc, sent: SpacySpan, links: list[Linked]) -> list[str]:
    """ "the border with (the Republic of) Y", "the X crossing with Y", "a trade point with Y": Y."""
    out: list[str] = []
    for tok in sent:
        if tok.lower_ != "with" or tok.i == 0 or doc[tok.i - 1].lower_ not in _CROSSING_NOUNS:
            continue
        j = tok.i + 1
        while j < sent.end and doc[j].lower_ in {"the", "republic", "of"}:
            j += 1  # "the border with the Republic of Y": the state's short name is what is linked
        lk = link_at(doc, links, j)
        if lk is not None and lk.type == "State" and lk.key not in out:
            out.append(lk.key)
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
