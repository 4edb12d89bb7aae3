"""Labelled spans of one Doc -> the same spans with one type per name: a name means one thing per text.

The NER labels each mention from its own few words, so one surname comes out as a person in one
sentence and an organization in the next ("Smith noticed ..." / "Smith offered ..."), and each
type becomes its own node. A reader takes a name to mean one thing throughout a text: the
mentions the context marked as a person decide; otherwise the type most mentions got, a tie
going to the most certain type (a place a gazetteer confirmed, then a person, then a body).
Gazetteer and pattern spans are left alone: they are certain, and they decide elsewhere; a place
the text itself names as one (a dateline, "the town of X") decides its name's guessed mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from kg.lexicon.gazetteer import is_known_place
from kg.lexicon.names import strip_the

__all__ = ["one_type_per_name", "town_use"]

#: ``kb_id`` of spans typed by the statistical NER, and of those the context made persons.
_GUESSED = frozenset({"ner", "context"})
_UNTOUCHED = frozenset({"Demonym"})
#: Labels the NER's guess at a lone given name may get instead of a person's.
_NOT_PERSON = frozenset({"Settlement", "Region", "Place", "Organization"})
#: Labels of the places a text names by its own cues.
_CUED = frozenset({"Settlement", "Region", "Checkpoint"})
#: Tie-break between types, most certain first: a place type on an NER span comes from a gazetteer
#: or a cue confirming it, a person from the NER's own reading, an organization is its fallback.
_TIE_ORDER = {"Checkpoint": 0, "Settlement": 1, "Region": 2, "Person": 3, "Agency": 4, "Organization": 5}


def _form(span: Span) -> str:
    text = " ".join(strip_the(span.text).split())
    return text.title() if text.isupper() and len(text) > 3 else text


def _winner(spans: list[Span]) -> str:
    if any(s.kb_id_ == "context" for s in spans):
        return "Person"
    counts = Counter(s.label_ for s in spans).most_common()
    best = [label for label, n in counts if n == counts[0][1]]
    return min(best, key=lambda label: (_TIE_ORDER.get(label, len(_TIE_ORDER)), label))


def _body_words(spans: list[Span]) -> dict[str, str]:
    """First word of a two-word body name -> the body's label ("Dunmore" -> Organization), when unique.

    A word that also ends a person's full name, or opens two bodies' names, is left out.
    """
    found: dict[str, set[str]] = defaultdict(set)
    surnames = {s[-1].text for s in spans if s.label_ == "Person" and len(s) > 1}
    for s in spans:
        if s.label_ in {"Organization", "Agency"} and len(s) == 2 and s[1].is_title:
            found[s[0].text].add(s.text)
    label_of: dict[str, str] = {}  # the label of each name's first span: one pass, not one per word
    for s in spans:
        label_of.setdefault(s.text, s.label_)
    return {w: label_of[next(iter(names))] for w, names in found.items() if len(names) == 1 and w not in surnames}


def _given_names(spans: list[Span]) -> dict[str, int]:
    """First word of each person's full name -> how many people of the text it opens the name of.

    A given name alone names its one holder ("Jo" after "Jo Roe"); two people sharing it leave it
    unresolved, and a gazetteer's place of that name is left alone by the caller. An acronym
    opening a mixed-case name ("ACRONYM Roe") is no given name.
    """
    holders: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        if s.label_ == "Person" and len(s) > 1 and s[0].is_alpha and (s[0].is_title or s.text.isupper()):
            holders[_form(s[:1])].add(_form(s).casefold())
    return {word: len(names) for word, names in holders.items()}


def _cued_places(spans: list[Span]) -> dict[str, str]:
    """Form -> label of the places the text itself calls places (a dateline, "the town of X", a kind
    noun), names no gazetteer holds: the NER's guesses at the same name elsewhere are that place.

    A gazetteer's place is left out: its name may be a person's too ("Jordan scored").
    """
    out: dict[str, str] = {}
    for span in spans:
        if span.kb_id_ in _GUESSED or span.label_ not in _CUED or is_known_place(span.text):
            continue
        out.setdefault(_form(span), span.label_)
    return out


#: Words before a bare name that put a town there, not a crossing point: "found near X", "farms
#: outside X" (people cross "at" a post; "in X" and "to X" may mean either, "services in X").
_TOWN_PREPOSITIONS = frozenset({"near", "outside"})
#: Verbs (lemmas) of people going or sent somewhere: "travelled to X", "officers were sent to X"
#: go to the town (lorries are "diverted to" a crossing; people are sent to where they stay).
_GOING = frozenset(
    {"travel", "send", "deploy", "dispatch", "fly", "return", "relocate", "flee"}
    | {"post", "station", "assign", "transfer", "second"}  # "officers were posted to X": staff sent to the town
)
#: Last words of a crossing's own name: "X Bridge" names no town.
_CROSSING_NOUNS = frozenset({"crossing", "post", "checkpoint", "gate", "bridge", "terminal"})


def town_use(span: Span) -> bool:
    """A bare name after "near" or "outside", after a verb of going ("sent to X"), or at one end of
    a way between two places ("the road between A and X", "ferries between X and B") speaks of the
    town, even where the text names a crossing after it ("the X border post"), unless the name is a
    crossing's own ("X Bridge")."""
    i = span.start
    if i == 0 or span[-1].lower_ in _CROSSING_NOUNS:
        return False
    doc = span.doc
    before = doc[i - 1]
    if before.lower_ in _TOWN_PREPOSITIONS:
        return True
    if before.lower_ == "to" and before.head.i != before.i and before.head.lemma_.lower() in _GOING:
        return True
    return _route_end(span)


def _route_end(span: Span) -> bool:
    """ "between A and X" / "between X and B", the other end a capitalised name too: two places a
    way or a service joins, each a town (a crossing is what lies between them)."""
    doc = span.doc
    i, j = span.start, span.end
    if doc[i - 1].lower_ == "between":
        return j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].is_title and not _crossing_between(doc, i - 1)
    if doc[i - 1].lower_ != "and":
        return False
    k = i - 2
    while k > 0 and doc[k].is_title and i - k <= 4:
        k -= 1
    return doc[k].lower_ == "between" and k < i - 2 and not _crossing_between(doc, k)


def _crossing_between(doc: Doc, k: int) -> bool:
    """ "the bridge between A and B": a crossing's ends, which the text may name the crossing by."""
    return k > 0 and doc[k - 1].lower_ in _CROSSING_NOUNS


def one_type_per_name(spans: list[Span]) -> list[Span]:
    """``spans`` with every NER-typed mention of a name relabelled to the name's one type.

    A lone word the NER took for a person that opens a body's name given in the text ("Dunmore"
    after "Dunmore School") is that body, unless its context made it a person; a name the NER took
    for a body that ends a person's full name (a surname repeated alone), or is the first of its
    two surnames, is that person.
    """
    bodies = _body_words(spans)
    spans = [
        Span(s.doc, s.start, s.end, label=bodies[s.text], kb_id=s.kb_id_)
        if s.kb_id_ == "ner" and s.label_ == "Person" and len(s) == 1 and s.text in bodies
        else s
        for s in spans
    ]
    tails = {tuple(t.text for t in s[k:]) for s in spans if s.label_ == "Person" for k in range(1, len(s))}
    # the first of two surnames, as Spanish and Portuguese names are shortened ("Aldecoa" of "Rodrigo
    # Aldecoa Peñalver"): the linker files a person under it too (kg.extract.entities._FullNames)
    tails |= {(s[-2].text,) for s in spans if s.label_ == "Person" and len(s) > 2 and s[-2].is_title}
    spans = [
        Span(s.doc, s.start, s.end, label="Person", kb_id=s.kb_id_)
        if s.kb_id_ == "ner" and s.label_ == "Organization" and tuple(t.text for t in s) in tails
        else s
        for s in spans
    ]  # "Roe-Lind said" after "the mayor, Jo Roe-Lind,": the surname, though the NER says body
    given = _given_names(spans)
    spans = [
        Span(s.doc, s.start, s.end, label="Person", kb_id=s.kb_id_)
        if s.kb_id_ == "ner"
        and s.label_ in _NOT_PERSON
        and len(s) == 1
        and s[0].is_title
        and given.get(_form(s)) == 1
        and not is_known_place(s.text)
        else s
        for s in spans
    ]  # "Jo, what happens next?" to "[ANCHOR - JO ROE]": her given name, though the NER says town
    groups: dict[str, list[Span]] = defaultdict(list)
    for span in spans:
        if span.kb_id_ in _GUESSED and span.label_ not in _UNTOUCHED:
            groups[_form(span)].append(span)
    label = {form: _winner(group) for form, group in groups.items() if len({s.label_ for s in group}) > 1}
    for name, place in _cued_places(spans).items():  # "FUERTE, 2 May - ... moved to Fuerte": one town
        if name in groups and not any(s.kb_id_ == "context" for s in groups[name]):
            label[name] = place
    out = []
    for span in spans:
        form = _form(span) if span.kb_id_ in _GUESSED and span.label_ not in _UNTOUCHED else None
        want = label.get(form) if form is not None else None
        if want == "Checkpoint" and town_use(span):
            want = "Settlement"  # "sent to X" after "the X border post": the town, the post named apart
        if want is not None and span.label_ != want:
            span = Span(span.doc, span.start, span.end, label=want, kb_id=span.kb_id_)
        out.append(span)
    return out
