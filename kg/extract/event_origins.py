"""Event mentions + sentences -> the origin a follow-up sentence, or a share of the group, gives
the people just counted.

"The coast guard stopped a boat with 41 people on board. The passengers, all from X, were taken
to the base." / "All 63 persons are X nationals." / "They were all from X." / "Those on board, who
told officers they had left X a week before, were taken to the port.": a sentence with no figure of
its own whose subject points back at the people (a pronoun, or a people noun with "the",
"these", "all") and says where they come from gives that state to the crossings counted in the
sentence before, when these name no origin and do not arrive in it. A figure the sentence repeats
("All 63 persons") is no new one. A share of the group in the figure's own sentence says the same
("intercepted 2,400 migrants ..., most of them X nationals", "..., the majority of them from X"),
when it names one state.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_args import ArgReader, demonym_state
from kg.extract.event_merge import Mention
from kg.extract.event_triggers import PEOPLE_NOUNS

__all__ = ["carried_origins"]

_POINTING = frozenset({"the", "these", "those", "all"})
_PRONOUNS = frozenset({"they", "all"})


def _points_back(subject: Token) -> bool:
    """True for "they", "the passengers", "all 63 persons": the people just counted."""
    if subject.lower_ in _PRONOUNS:
        return True
    return subject.lemma_.lower() in PEOPLE_NOUNS and any(
        c.dep_ in ("det", "predet") and c.lower_ in _POINTING for c in subject.children
    )


def _from_state(args: ArgReader, heads: list[Token]) -> str | None:
    """The state of the first "from X" under ``heads`` (or under a relative clause on them)."""
    for h in heads:
        for c in [h, *(r for r in h.children if r.dep_ == "relcl")]:
            for p in c.children:
                if p.dep_ != "prep" or p.lower_ != "from":
                    continue
                for o in (g for g in p.children if g.dep_ == "pobj"):
                    if keys := [k for k in args.np_entities(o, ("State",)) if k.startswith("state/")]:
                        return keys[0]
    return None


#: Verbs of setting out, whose object is where the people came from: "they had left X".
_LEAVING = frozenset({"leave", "depart", "flee"})


def _left_state(args: ArgReader, heads: list[Token]) -> str | None:
    """The state people "had left" in a clause under ``heads``: "Those on board, who told officers they
    had left X in Y a week before, ...": Y, or the state the town X lies in."""
    from kg.extract.event_places import state_of_key  # event_places reads events: late

    for h in heads:
        for verb in (t for t in h.subtree if t.pos_ == "VERB" and t.lemma_.lower() in _LEAVING):
            for o in (c for c in verb.children if c.dep_ == "dobj"):
                within = [p for h in (o, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"]
                places = [o, *(g for p in within for g in p.children if g.dep_ == "pobj")]
                for place in places:
                    for key in args.np_entities(place, ("State", "Region", "Settlement")):
                        state = key if key.startswith("state/") else state_of_key(key, args.index)
                        if state is not None:
                            return state
    return None


def _stated_origin(args: ArgReader, sent: SpacySpan) -> str | None:
    """The state a pointing-back sentence says its people come from, or None."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _points_back(subject):
        return None
    if found := _from_state(args, [subject, root]) or _left_state(args, [root]):
        return found
    if root.lemma_ == "be":  # "All 63 persons are X nationals"
        for attr in (c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in PEOPLE_NOUNS):
            for mod in (g for g in attr.children if g.dep_ in ("amod", "compound")):
                if found := demonym_state(mod.text):
                    return found
    return None


def _restated(own: list[Mention], before: list[Mention]) -> bool:
    """True when a sentence counts no one new: no figure, or only the figures before ("All 63 ...")."""
    return {m.figure() for m in own} <= {m.figure() for m in before}


#: Words of a share of a group: "most of them", "the majority of them", "all of whom".
_SHARES = frozenset({"most", "majority", "all", "many", "half", "bulk"})
_GROUP = frozenset({"them", "whom"})
#: What ends a share's phrase: "most of them X nationals, ..." stops at the comma.
_PHRASE_END = frozenset({",", ";", ".", ":"})


def _share_origin(args: ArgReader, sent: SpacySpan) -> str | None:
    """The one state "most of them X nationals" / "the majority of them from X" names in ``sent``."""
    toks = list(sent)
    for i, tok in enumerate(toks[:-2]):
        if tok.lower_ not in _SHARES or toks[i + 1].lower_ != "of" or toks[i + 2].lower_ not in _GROUP:
            continue
        states: list[str] = []
        for t in toks[i + 3 :]:
            if t.text in _PHRASE_END or (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"):
                break
            key = demonym_state(t.text) if t.pos_ in ("ADJ", "PROPN", "NOUN") else None
            if key is None and t.pos_ == "PROPN":
                key = next((k for k in args.np_entities(t, ("State",)) if k.startswith("state/")), None)
            if key is not None and key not in states:
                states.append(key)
        return states[0] if len(states) == 1 else None
    return None


def carried_origins(mentions: list[Mention], sents: list[SpacySpan], args: ArgReader) -> None:
    """Give each pointing-back sentence's stated origin to the counted crossings just before it."""
    counted: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.type == "BorderCrossing" and (m.count is not None or m.count_min is not None):
            counted.setdefault(m.sentence, []).append(m)
    for si in range(1, len(sents)):
        before = counted.get(si - 1)
        own = counted.get(si, [])
        if not before or not _restated(own, before) or (origin := _stated_origin(args, sents[si])) is None:
            continue
        for m in before + own:
            if not m.origin and origin not in m.destination:
                m.origin = [origin]
    for si, own in counted.items():
        if any(not m.origin for m in own) and (origin := _share_origin(args, sents[si])) is not None:
            for m in own:
                if not m.origin and origin not in m.destination:
                    m.origin = [origin]
