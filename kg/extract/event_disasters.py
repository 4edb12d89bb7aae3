"""Parsed sentence -> disasters: floods, landslides, earthquakes, eruptions, wildfires, storms,
boats that sink.

News of displacement and closed roads often starts with the hazard ("Landslides have blocked the
highway in X", "Floodwaters forced 35,000 people out of their homes across Y", "a boat capsized off
Z"). Each is a ``kg:Event`` labelled by its kind, placed by the named places of its own phrase
and of the clause it is the subject or object of. Precision first: a hazard needs a named place,
and a word that only modifies another ("flood defences", "earthquake-hit towns") or an idiom ("won
by a landslide") is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.event_frames import governing_verb
from kg.extract.event_merge import Mention
from kg.extract.event_triggers import is_hypothetical
from kg.extract.timex import Timex
from kg.nlp.doctext import marked, marked_in

if TYPE_CHECKING:
    from kg.extract.events import _Reader

__all__ = ["VESSELS", "read_disasters"]

#: Nouns of natural hazards and wrecks, by the label of their event (lemmas, as the model gives them).
_NOUNS = {
    "flood": "Flood",
    "flooding": "Flood",
    "floodwater": "Flood",
    "landslide": "Landslide",
    "mudslide": "Landslide",
    "earthquake": "Earthquake",
    "quake": "Earthquake",
    "eruption": "Eruption",
    "wildfire": "Wildfire",
    "cyclone": "Storm",
    "hurricane": "Storm",
    "typhoon": "Storm",
    "tsunami": "Tsunami",
    "shipwreck": "Shipwreck",
}
#: Verbs of the same: "the volcano erupted", "the boat capsized", "31 migrants drowned".
_VERBS = {"erupt": "Eruption", "capsize": "Shipwreck", "sink": "Shipwreck", "drown": "Shipwreck"}
#: "fires" are a hazard only as forest or bush fires (not "opened fire", "set fire to").
_FIRE_KINDS = frozenset(("forest", "bush", "brush", "grass", "wild"))
#: Watercraft: what sinks in a shipwreck (not a currency or a hope), what a coast guard stops.
VESSELS = frozenset(
    ("boat", "ship", "vessel", "ferry", "dinghy", "raft", "canoe", "trawler", "skiff", "speedboat", "dhow", "pirogue")
)
_PLACES = ("State", "Region", "Settlement", "Place", "Checkpoint")


def _hazard_lemma(lemma: str) -> bool:
    """A lemma :func:`_label` may name a hazard by (itself or without a final "s"; "fire" by its kind)."""
    lem = lemma.lower()
    return lem in _NOUNS or lem in _VERBS or lem == "fire" or (lem.endswith("s") and lem[:-1] in _NOUNS)


def _label(tok: Token) -> str:
    """The kind of hazard ``tok`` names, or ""."""
    lem = tok.lemma_.lower()
    if lem not in _NOUNS and lem.endswith("s") and lem[:-1] in _NOUNS:
        lem = lem[:-1]  # "Landslides" opening a sentence, tagged as a name and not lemmatised
    if tok.pos_ == "VERB":
        kind = _VERBS.get(lem, "")
        if lem == "sink":  # "the boat sank"
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return kind if subj is not None and subj.lemma_.lower() in VESSELS else ""
        return kind
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "EVENT"):
        return ""
    if tok.dep_ in ("compound", "amod") or "-" in tok.text:
        return ""  # "flood defences", "quake-hit"
    if lem == "landslide" and (
        tok.head.lower_ == "by" or any(c.lemma_.lower() in ("victory", "win") for c in tok.children)
    ):
        return ""  # "won by a landslide"
    if lem == "fire":
        return (
            "Wildfire" if any(c.lower_ in _FIRE_KINDS for c in tok.children if c.dep_ in ("compound", "amod")) else ""
        )
    return _NOUNS.get(lem, "")


def _where(reader: _Reader, tok: Token, sent: SpacySpan) -> list[str]:
    """Named places of the hazard's phrase and of the clause it belongs to."""
    a = reader.args
    verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
    tokens = {t.i for t in tok.subtree}
    if verb is not None and (verb.i == tok.i or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")):
        tokens |= {t.i for t in a.clause_tokens(verb)}  # "landslides blocked the road in X"
    # not the clauses describing its nouns: "the boat, carrying people from X, capsized" is not in X
    own = {tok.i, verb.i if verb is not None else tok.i}
    described = [d for i in tokens - own if (d := sent.doc[i]).dep_ in ("acl", "relcl")]
    tokens -= {t.i for d in described for t in d.subtree}
    out: list[str] = []
    for span, entity in a.index.within(sent.start_char, sent.end_char):
        chars = sent.doc.char_span(span.start, span.end, alignment_mode="expand")
        inside = chars is not None and any(t.i in tokens for t in chars)
        if inside and entity.type in _PLACES and entity.key not in out:
            out.append(entity.key)
    return out


def read_disasters(reader: _Reader, si: int, sent: SpacySpan, times: list[Timex]) -> list[Mention]:
    """The hazards one sentence reports, each placed and dated by its own clause."""
    out: list[Mention] = []
    for tok in marked_in(sent, marked(sent.doc, "event_disasters.lemma", LEMMA, _hazard_lemma)):
        label = _label(tok)
        if not label or is_hypothetical(tok):
            continue
        m = reader.new("Event", si, sent, label)
        m.place = _where(reader, tok, sent)
        if not m.place:
            continue
        verb = tok if tok.pos_ == "VERB" else governing_verb(tok)
        clause = {t.i for t in tok.subtree} | ({t.i for t in reader.args.clause_tokens(verb)} if verb else set())
        reader.time.set_time(m, reader.time.best_time(reader.time.times_in(times, clause)))
        out.append(m)
    return out
