"""spaCy components: Doc -> ``doc.spans["kg_gazetteer"]`` (matches) and ``doc.spans["kg_entities"]``.

``kg_gazetteer`` finds countries, demonyms, known bodies, ministries, checkpoints and named
regions with a PhraseMatcher and a Matcher built once per component. ``kg_retype`` merges those
matches with the statistical NER, fixes its usual errors (titles inside names, demonyms tagged
ORG, checkpoints tagged PERSON, junk like "• Read") and labels every span with a ``kg:`` class
(or ``Demonym``). Both only look at matches and entities, never loop over the gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import known_body, region_for, settlement_for, state_for_demonym, state_key
from kg.nlp.names import TITLE_WORDS
from kg.nlp.patterns import REGION_WORDS, phrase_patterns, token_patterns

__all__ = ["GAZETTEER_KEY", "SPANS_KEY", "GazetteerMatcher", "Retyper"]

GAZETTEER_KEY = "kg_gazetteer"
SPANS_KEY = "kg_entities"

#: Words in an ORG name that make it a government body.
_AGENCY_CUES = frozenset(
    [
        "ministry",
        "police",
        "guard",
        "guards",
        "service",
        "department",
        "office",
        "council",
        "committee",
        "commission",
        "army",
        "forces",
        "navy",
        "directorate",
        "bureau",
        "administration",
        "parliament",
        "government",
        "senate",
        "congress",
        "court",
        "prosecutor",
        "kremlin",
    ]
)
_ENUM_HEADS = frozenset({"regions", "provinces", "oblasts", "territories", "areas", "republics"})
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_SKIP_LEAD = frozenset({"the", "a", "an", "•", "-", "–", "—", "*", ":", "'s", "’s"})


@Language.factory("kg_gazetteer", assigns=["doc.spans"])
def make_gazetteer(nlp: Language, name: str) -> GazetteerMatcher:
    """Factory for :class:`GazetteerMatcher`."""
    return GazetteerMatcher(nlp, name)


class GazetteerMatcher:
    """Countries, demonyms, known bodies, ministries, checkpoints and named regions -> spans."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        for label, forms in phrase_patterns().items():
            self.phrases.add(label, [nlp.make_doc(form) for form in forms])
        self.tokens = Matcher(nlp.vocab)
        for label, patterns in token_patterns().items():
            self.tokens.add(label, list(patterns), greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.phrases(doc)]
        spans += [Span(doc, s, e, label=m) for m, s, e in self.tokens(doc)]
        doc.spans[GAZETTEER_KEY] = sorted(spans, key=lambda s: (s.start, -len(s)))
        return doc


@Language.factory(
    "kg_retype",
    assigns=["doc.spans"],
    requires=["doc.spans"],
)
def make_retyper(nlp: Language, name: str) -> Retyper:
    """Factory for :class:`Retyper`."""
    return Retyper(name)


def _strip(span: Span) -> tuple[Span, bool]:
    """Drop leading articles, bullets, titles and demonyms, and a trailing "'s"; say if a title went."""
    start, end, titled = span.start, span.end, False
    doc = span.doc
    while start < end:
        tok = doc[start]
        low = tok.lower_
        if low in _SKIP_LEAD or tok.is_punct:
            start += 1
        elif low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS:
            start, titled = start + 1, True
        elif state_for_demonym(tok.text) and end - start > 1:
            start += 1
        else:
            break
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct):
        end -= 1
    return Span(doc, start, end, label=span.label_), titled


def _is_junk(span: Span) -> bool:
    """A capitalised common word the NER took for a name ("State", "Allied", "Read")."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.text.isupper() and len(tok.text) > 1:
        return False
    if tok.tag_ and tok.tag_ not in {"NNP", "NNPS"}:
        return True
    prev = span.doc[span.start - 1] if span.start else None
    return prev is not None and prev.lower_ in {"a", "an", "every", "each", "any"}


def _enumerated(doc: Doc) -> set[int]:
    """Token indices of names listed after "regions –" / "provinces:" (they name regions)."""
    out: set[int] = set()
    for tok in doc:
        if tok.lower_ not in _ENUM_HEADS:
            continue
        sent_end = tok.sent.end if doc.has_annotation("SENT_START") else len(doc)
        i = tok.i + 1
        while i < sent_end and doc[i].text not in {"–", "—", ":", "-"} and i - tok.i < 4:
            i += 1
        if i >= sent_end or doc[i].text not in {"–", "—", ":", "-"}:
            continue
        for j in range(i + 1, sent_end):
            t = doc[j]
            if (
                t.is_title
                and not t.is_stop
                and doc[j - 1].text != "-"
                and t.ent_type_ not in _NOT_PLACES
                and not state_key(t.text)
            ):
                out.add(j)
    return out


def _runs(doc: Doc, indices: set[int]) -> Iterable[Span]:
    """Contiguous runs of token indices as Region spans."""
    run: list[int] = []
    for i in sorted(indices):
        if run and i != run[-1] + 1:
            yield Span(doc, run[0], run[-1] + 1, label="Region")
            run = []
        run.append(i)
    if run:
        yield Span(doc, run[0], run[-1] + 1, label="Region")


class Retyper:
    """Gazetteer matches + NER -> one non-overlapping list of spans labelled with ``kg:`` classes."""

    def __init__(self, name: str) -> None:
        self.name = name
        settlement_for("")  # load the city and region tables now, not on the first document
        region_for("")

    def __call__(self, doc: Doc) -> Doc:
        enum = _enumerated(doc)
        orgs = [(e.start, e.end) for e in doc.ents if e.label_ == "ORG" and len(e) > 2]
        gazetteer = [
            s
            for s in self._gazetteer(doc, enum)
            if not (s.label_ == "Demonym" and any(a < s.start and s.end <= b for a, b in orgs))
        ]  # "Organization of American States" is one name, not a demonym
        chosen = filter_spans([*gazetteer, *_runs(doc, enum)])
        taken = {i for s in chosen for i in range(s.start, s.end)}
        for span in self._ner(doc, enum):
            if not taken.intersection(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        doc.spans[SPANS_KEY] = sorted(chosen, key=lambda s: s.start)
        return doc

    def _gazetteer(self, doc: Doc, enum: set[int]) -> Iterable[Span]:
        for span in doc.spans.get(GAZETTEER_KEY, []):
            label = span.label_
            if label == "Body":
                found = known_body(span.text)
                if found:
                    yield Span(doc, span.start, span.end, label=found[0])
            elif label in {"Ministry", "SecurityBody"}:
                if label == "SecurityBody" and not _qualified(span):
                    continue
                yield Span(doc, span.start, span.end, label="Agency")
            elif label == "Checkpoint":
                yield _checkpoint_name(span)
            elif label == "CheckpointAt":
                name = span[next(i for i, t in enumerate(span) if t.lower_ in {"at", "of"}) + 1 :]
                yield Span(doc, name.start, name.end, label="Checkpoint")
            elif label == "RegionNamed":
                stripped, _ = _strip(span)
                if stripped[-1].lower_ in REGION_WORDS and len(stripped) > 1 and not stripped[-1].is_title:
                    stripped = stripped[:-1]
                if len(stripped) and stripped[-1].lower_ in REGION_WORDS and len(stripped) == 1:
                    continue
                if len(stripped) and not state_for_demonym(stripped.text):
                    yield Span(doc, stripped.start, stripped.end, label="Region")
            elif label == "Region" or label == "State" or (label == "Demonym" and span.start not in enum):
                yield span

    def _ner(self, doc: Doc, enum: set[int]) -> Iterable[Span]:
        for ent in doc.ents:
            if ent.label_ not in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}:
                continue
            span, titled = _strip(ent)
            bulleted = ent[0].is_punct and len(span) == 1  # "• Read also": a web page's furniture
            if not len(span) or bulleted or _is_junk(span) or all(t.lower_ in TITLE_WORDS for t in span):
                continue
            if state_for_demonym(span.text):
                yield Span(doc, span.start, span.end, label="Demonym")
                continue
            label = _label(span, ent.label_, titled, enum)
            if label:
                yield Span(doc, span.start, span.end, label=label)


def _label(span: Span, ner: str, titled: bool, enum: set[int]) -> str | None:
    """The ``kg:`` class of an NER span that no gazetteer pattern claimed."""
    text = span.text
    body = known_body(text)
    if body:
        return body[0]
    if span.start in enum:
        return "Region"
    if text.isupper() and len(text) > 3 and settlement_for(text.title()):
        return "Settlement"  # a dateline: "WARSAW (Reuters) -"
    if ner == "ORG":
        if titled and all(t.is_title or t.is_punct for t in span):
            return "Person"
        return "Agency" if any(t.lower_ in _AGENCY_CUES for t in span) else "Organization"
    if ner == "PERSON":
        city = settlement_for(text)
        if city and len(span) == 1 and not titled:
            return "Settlement"
        return "Person"
    if ner == "NORP":
        return None
    if ner == "FAC":
        return None
    if ner == "GPE" and settlement_for(text):
        return "Settlement"  # a capital that is also a subdivision (Islamabad, Berlin) is the city
    return "Region"


def _qualified(span: Span) -> bool:
    """A security body counts only when a state names it ("Polish police", "Poland's border guard")."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    if prev.lower_ in {"'s", "’s"} and span.start > 1:
        prev = span.doc[span.start - 2]
    return state_key(prev.text) is not None


def _checkpoint_name(span: Span) -> Span:
    """ "Verkhni Lars checkpoint" -> the name part "Verkhni Lars"."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].lower_ in {
        "checkpoint",
        "check-point",
        "crossing",
        "point",
        "border",
        "post",
    }:
        end -= 1
    return Span(span.doc, span.start, end, label="Checkpoint")
