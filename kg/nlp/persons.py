"""NER span + its sentence and document -> evidence that a name names a person, or names nothing.

The statistical NER guesses a name's type from the name alone, so a surname that is also a town
("Jackson"), an unfamiliar given name ("Marta") or a transliterated name ("Lena Horvat") comes out
as a place or an organization, and a gazetteer lookup then makes the error look certain. Context
settles it the way a reader does: a title or honorific before the name, an age in apposition
("Marta, 34,"), a citation ("(Horvat, 2016)", "Horvat et al."), a verb only people do, or a he/she
that points back to it. The gazetteer confirms or refines the statistical reading; it never
overturns a person where the context is personal.

The same module says when a capitalised phrase names nothing: a vague group ("Member States",
"Women") or a fragment of a Title Case headline that the body never repeats.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IDX, IS_TITLE, IS_UPPER, LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from kg.lexicon.gazetteer import capital_of, known_body, region_for, settlement_for, state_key
from kg.lexicon.holidays import is_holiday
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.abbreviations import ADDRESS_ABBREVIATIONS
from kg.nlp.doctext import column, doc_text, with_lower
from kg.nlp.heads import BODY_HEADS, NOT_ENTITY_HEADS, ORG_HEADS, PLACE_HEADS, REGION_HEADS, head_class
from kg.nlp.roles import EVERYDAY_PERSON_NOUNS, PERSON_NOUNS

__all__ = [
    "HONORIFICS",
    "common_word",
    "context_person",
    "cut_at_marks",
    "event_name",
    "headline_only",
    "honorific",
    "personal_context",
    "personal_place",
    "speaks_or_acts",
    "title_apposed",
    "title_before",
    "vague_group",
    "vague_name",
]

#: Forms of address written before a personal name, with or without a full stop.
HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "doctor",
        "prof",
        "madam",
        "madame",
        "rev",
        "reverend",
        "sir",
        "dame",
        "lord",
        "lady",
    }
    | {"hon", "honourable", "honorable"}  # "The Hon Jane Roe MP", "the Honourable X"
    | {"doctor", "professor", "mister"}  # the abbreviations above written out: "Doctor Jane Roe"
    # French forms of address that English reports keep: "Mme Jane Roe", "Mlle Jane Roe"
    | {"mme", "mlle"}
    # Forms of address of official texts the world over: "H.E. Jane Roe" (His or Her Excellency),
    # "His Majesty King X", "Shri X" and "Smt. Y" (India's Mr and Mrs).
    | {"h.e", "excellency", "majesty", "highness", "shri", "smt", "shrimati"}
    # Bhutan's conferred title of senior officials, written before the name as "Sir" is: "Dasho Jo Roe"
    | {"dasho"}
    | {word.lower() for word in ADDRESS_ABBREVIATIONS}
)
#: Title words that are also ordinary adjectives or nouns before a non-person ("State Department").
_WEAK_TITLES = frozenset({"state", "home", "foreign", "interior", "internal", "affairs", "former", "then", "late"})
#: Role nouns written in lower case right before the name of the one who holds the role
#: ("ministry spokesperson Jo Roe-Lind"): unlike "minister" or "president", never a common noun
#: that a sentence break could leave before an unrelated name.
_LOWER_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
#: Verbs whose subject is a person, not a place: speech, thought and a life's events. Places never
#: speak; a body may "say" but not "speak", "narrate" or "laugh", so the organization reading
#: needs one of the verbs in the second group.
_SPEECH_VERBS = frozenset({"say", "tell", "add", "ask", "reply", "answer", "explain", "recall", "argue", "write"})
_HUMAN_VERBS = frozenset(
    {"speak", "narrate", "laugh", "smile", "cry", "weep", "marry", "die", "remember", "feel", "recount", "hug"}
    | {"bear", "compose", "paint", "baptize", "baptise"}  # "X was born", "X composed a sonata"
)
#: Verbs whose object is a person: one is appointed, elected or married, a place or a body is not.
_PERSON_OBJECT_VERBS = frozenset({"appoint", "elect", "marry", "crown", "knight", "baptize", "baptise", "nominate"})
#: Subject pronouns only: a possessive ("his mother") as often points to the sentence's subject.
_PRONOUNS = frozenset({"he", "she"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "into", "near", "across", "through", "via", "outside", "inside"})
#: Plural heads of a vague group of states when a proper modifier precedes them ("Nordic countries").
_STATE_GROUPS = frozenset({"state", "country", "nation"})
#: Nouns that name an event when a capitalised name follows them ("Hurricane X", "Operation X").
_EVENT_NOUNS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tornado", "operation"})
_YEAR = re.compile(r"^(1[5-9]|20)\d\d[a-z]?$")


def honorific(tok: Token) -> bool:
    """ "Mr", "Ms.", "Dr": a form of address that only stands before a person's name."""
    return tok.lower_.rstrip(".") in HONORIFICS


_GLUED_MARK = re.compile(r"\[\d{1,2}\]?$")


def _marker(tok: Token) -> bool:
    """A footnote or editor's mark in running text: "[1]" (alone or glued to a word), "1", "*"."""
    doc, i = tok.doc, tok.i
    if tok.text in {"[", "]"}:
        near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
        return any(t.is_digit or _GLUED_MARK.search(t.text) for t in near)
    return tok.text in {"*", "†"} or (tok.is_digit and len(tok) <= 2) or bool(_GLUED_MARK.search(tok.text))


def title_before(doc: Doc, start: int) -> bool:
    """A title or honorific stands right before token ``start`` ("Senator X", "Vice President X").

    Footnote marks and up to two capitalised given names are skipped ("Secretary Jo[1] X").
    """
    i, names = start - 1, 0
    while i >= 0 and (_marker(doc[i]) or (doc[i].is_title and names < 2 and doc[i].lower_ not in TITLE_WORDS)):
        if not _marker(doc[i]):
            if honorific(doc[i]):
                return True
            names += 1
        i -= 1
    if i >= 0 and doc[i].lower_ in _LOWER_ROLES and "\n" not in doc[i].whitespace_:
        return True  # "ministry spokesperson Jo Roe-Lind", however lower-case the role is
    if i < 0 or doc[i].is_lower:  # a sentence break the parser put between a title and its name is spurious
        return False
    low = doc[i].lower_.rstrip(".")
    return (
        honorific(doc[i])
        or (low in TITLE_WORDS and low not in _WEAK_TITLES)
        or (low == "state" and any(t.lower_ == "secretary" for t in doc[max(0, i - 3) : i]))  # of (the) State
    )


def title_apposed(span: Span) -> bool:
    """A short name set off by a comma right after the office it holds: "the Spokesman, Jo Roe",
    "a press conference of the Interior Minister, Jo Roe". The model may read such a name in a
    transcript's header as a body's; after "the <office>," a run of two or three capitalised
    words is the holder's name (one word could be a body's short name: "the minister, Reuters")."""
    doc, start = span.doc, span.start
    if not 2 <= len(span) <= 3 or not all(t.is_title for t in span) or start < 3 or doc[start - 1].text != ",":
        return False
    office = doc[start - 2]
    low = office.lower_.rstrip(".")
    return office.is_title and low in TITLE_WORDS and low not in _WEAK_TITLES and "\n" not in office.whitespace_


def _apposed_age(span: Span) -> bool:
    """ "Marta, 34, said": a number between commas right after a name is the person's age."""
    doc, end = span.doc, span.end
    return (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].like_num
        and doc[end + 1].text.isdigit()
        and int(doc[end + 1].text) < 110
        and doc[end + 2].text in {",", ")"}
    )


def _cited(span: Span) -> bool:
    """An author cited in academic style: "(Horvat, 2016)", "Horvat et al.", "Horvat (2016)"."""
    doc, end = span.doc, span.end
    after = [t.text for t in doc[end : end + 3]]
    if after[:1] == ["et"] or (after[:1] == [","] and len(after) > 1 and _YEAR.match(after[1])):
        return True
    return after[:1] == ["("] and len(after) > 1 and bool(_YEAR.match(after[1]))


#: Endings of agent nouns ("driver", "vendor", "activist"): a role a person has, when the noun
#: is no place's or body's head word ("border", "sector" and "river" end so too).
_AGENT_ENDINGS = ("er", "or", "ist")
_DETERMINERS = frozenset({"a", "an", "another", "one"})
_NAMED_THINGS = PLACE_HEADS | REGION_HEADS | ORG_HEADS | BODY_HEADS | NOT_ENTITY_HEADS


def _role_noun(tok: Token) -> bool:
    """A noun that names a person by what they do: a listed role or an agent noun."""
    if tok.pos_ != "NOUN" or not tok.is_lower:
        return False
    lemma = tok.lemma_.lower()
    if lemma in {"member", "partner", "neighbour", "neighbor"}:
        return False  # states and bodies are members, partners and neighbours too
    if lemma in EVERYDAY_PERSON_NOUNS or lemma in PERSON_NOUNS:
        return True
    return lemma.endswith(_AGENT_ENDINGS) and lemma not in _NAMED_THINGS


def _apposed_role(span: Span) -> bool:
    """ "X, a driver from Y, said", "Another trader, X, said": a person noun in apposition.

    The noun comes after "a", "an", "another" or "one", so "X, the border" or "the river, X"
    do not count; the name is set off by commas from it.
    """
    doc, start, end = span.doc, span.start, span.end
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _DETERMINERS:
        noun = next((t for t in doc[end + 2 : end + 5] if t.pos_ == "NOUN"), None)
        if noun is not None and all(t.pos_ in {"ADJ", "NOUN"} for t in doc[end + 2 : noun.i]):
            return _role_noun(noun)
    if start > 2 and doc[start - 1].text == "," and (end == len(doc) or doc[end].text in {",", "."}):
        noun = doc[start - 2]
        if not _role_noun(noun):
            return False
        det = next((t for t in noun.children if t.dep_ in ("det", "poss")), None)
        # "another trader, X,"; an office held ("the country's top diplomat, X,") names one person too
        return det is not None and (det.lower_ in _DETERMINERS or noun.lemma_.lower() in PERSON_NOUNS)
    return False


#: How many words of a signature's office line may come before its office word ("Deputy Minister of ...").
_OFFICE_LEAD = 3


def _signed(span: Span) -> bool:
    """A name alone on its line over a line that opens with an office: the signature of a letter
    or statement ("Jane Roe" / "Minister of Fisheries" / "Norland"). The model reads such a name,
    with no sentence around it, as a body's as often as a person's; the office below says whose."""
    doc = span.doc
    words = [t for t in span if t.text != "-"]  # a hyphenated surname is one word ("Ana Roe-Lind")
    if not 2 <= len(words) <= 4 or not all(t.is_title or not t.is_alpha for t in span) or head_class(span):
        return False
    if span.start > 0 and "\n" not in doc[span.start - 1].text + doc[span.start - 1].whitespace_:
        return False
    end = span.end
    while end < len(doc) and doc[end].is_punct and "\n" not in doc[end].whitespace_:
        end += 1  # "Jane Roe," over the office
    if end >= len(doc) or "\n" not in doc[end - 1].whitespace_ + (doc[end].text if doc[end].is_space else ""):
        return False
    k = end
    while k < len(doc) and doc[k].is_space:
        k += 1
    line = [t for t in doc[k : k + _OFFICE_LEAD + 1] if not t.is_punct]
    return (
        bool(line)
        and line[0].is_title
        and any(t.is_title and (t.lower_.rstrip(".") in TITLE_WORDS or t.lower_ in PERSON_NOUNS) for t in line)
    )


def _named(span: Span) -> bool:
    """ "a girl named X", "a farmer called X": a person noun introduces the name."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ not in {"named", "called"}:
        return False
    noun = doc[i - 2].lemma_.lower()
    return noun in EVERYDAY_PERSON_NOUNS or noun in PERSON_NOUNS


def speaks_or_acts(span: Span, *, strict: bool) -> bool:
    """The name is the subject of a verb of speech (unless ``strict``) or of one only people do,
    or the object of one only people undergo ("they appointed X", "she married X").
    """
    root = span.root
    if _person_object(span):
        return True
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verbs = _HUMAN_VERBS if strict else _HUMAN_VERBS | _SPEECH_VERBS
    head = root.head
    return head.lemma_.lower() in verbs or (head.dep_ == "conj" and head.head.lemma_.lower() in verbs)


def _person_object(span: Span) -> bool:
    """A proper name as the object of a verb only people undergo: "they appointed X", "she married X"."""
    root = span.root
    return root.dep_ == "dobj" and root.tag_ == "NNP" and root.head.lemma_.lower() in _PERSON_OBJECT_VERBS


def _pronoun_follows(span: Span, person_nouns: frozenset[str], *, near: bool) -> bool:
    """The next he or she, in the same (``near``) or the next sentence, can only point back to ``span``.

    Another person named or described in between ("its spokesman") takes the pronoun instead,
    and so does the subject of the sentence when ``span`` is the object of a place preposition.
    """
    doc = span.doc
    if span.root.dep_ == "pobj" and span.root.head.lower_ in _PLACE_PREPOSITIONS:
        return False  # "she drove to X, then he": nobody goes to a person
    stop = span.sent.end
    if stop < len(doc) and not near:
        stop = doc[stop].sent.end
    before = doc[span.sent.start : span.start]
    if any(t.lower_ in _PRONOUNS or t.ent_type_ == "PERSON" for t in before):
        return False  # "He left X. He said": the sentence's own subject keeps the pronoun
    for tok in doc[span.end : stop]:
        lemma = tok.lemma_.lower()
        if tok.ent_type_ == "PERSON" or lemma in person_nouns or lemma in EVERYDAY_PERSON_NOUNS or honorific(tok):
            return False
        if tok.lower_ in _PRONOUNS and not _attribution(tok):
            return True
    return False


#: Marks that close the reported words before their attribution: ", he said", "..." she added'.
_REPORT_ENDS = frozenset({",", '"', "\u201d", "'", "\u2019"})
#: Quotation marks that may close a quotation before its attribution.
_QUOTE_MARKS = frozenset({'"', "\u201d"})


def _attribution(pronoun: Token) -> bool:
    """The pronoun opens the attribution of the words before it (", he said", '" she told the
    chamber'): it points to whoever spoke them, not to a name inside them ("from X to Y, he said").

    Right after a closing quotation mark the subject pronoun is the speaker's whatever verb
    follows ('... to X is open," he continued', '" she went on'): the quotation may name places,
    its attribution names a person.
    """
    i = pronoun.i
    if i == 0 or pronoun.dep_ != "nsubj":
        return False
    mark = pronoun.doc[i - 1]
    if mark.text in _QUOTE_MARKS and mark.whitespace_ and i > 1 and not pronoun.doc[i - 2].whitespace_:
        return True  # a mark with a space after it and none before it closes the quotation
    return mark.text in _REPORT_ENDS and pronoun.head.lemma_.lower() in _SPEECH_VERBS


def personal_context(
    span: Span, person_nouns: frozenset[str] = frozenset(), *, strict: bool = False, place: bool = False
) -> bool:
    """The context around ``span`` says it names a person.

    Args:
        span: a name, without any title.
        person_nouns: lemmas describing a person by role; one between the name and a pronoun
            takes the pronoun.
        strict: for names the NER took for organizations, which also "say" things: only verbs
            that people alone do count, not verbs of speech.
        place: for names the NER took for places: a pronoun counts only in the same sentence.
    """
    return (
        title_before(span.doc, span.start)
        or _apposed_age(span)
        or _apposed_role(span)
        or _cited(span)
        or _named(span)
        or _signed(span)
        or speaks_or_acts(span, strict=strict)
        or _pronoun_follows(span, person_nouns, near=place)
    )


def _event_names(doc: Doc) -> frozenset[str]:
    """Names that follow an event noun somewhere in ``doc`` ("Tarva" of "Cyclone Tarva"), once per Doc."""
    cached = doc.user_data.get("kg_event_names")
    if cached is None:
        cached = frozenset(
            doc[t.i + 1].text
            for t in with_lower(doc, _EVENT_NOUNS)
            if t.i < len(doc) - 1 and t.is_title and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN"
        )
        doc.user_data["kg_event_names"] = cached
    return cached


def event_name(span: Span) -> bool:
    """A storm's or an operation's name ("Cyclone Tarva", and "Tarva" later) or a holiday's
    ("before Easter", "for Diwali"): an event or a time, no entity."""
    doc = span.doc
    if is_holiday(span.text):
        return True
    if span[0].lower_ in _EVENT_NOUNS and span[0].is_title:
        return True
    if span.start and doc[span.start - 1].lower_ in _EVENT_NOUNS and doc[span.start - 1].is_title:
        return True
    return len(span) == 1 and span[0].text in _event_names(doc)


def cut_at_marks(span: Span) -> Span:
    """A name broken by a footnote mark or a digit ("Jo[1] Smith") is cut to its part after it;
    a cited author's "et al." and a verb the NER ran on into ("Smith wrote Elegies") end it.

    Digits are no part of a personal name, and the last part of a name carries the surname; a
    span that ends in a mark ("Jo[1") has no name left, and comes back empty.
    """
    end = next(
        (t.i for t in span if t.i > span.start and (t.lower_ == "et" or (t.is_lower and t.pos_ in {"VERB", "AUX"}))),
        span.end,
    )  # "Horvat et al.", and a clause the NER ran into ("Horvat wrote Elegies")
    cut = max((t.i + 1 for t in span[: end - span.start] if _marker(t)), default=span.start)
    return Span(span.doc, min(cut, end), end, label=span.label_, kb_id=span.kb_id_)


def _singular(word: str) -> str:
    """A plural noun's singular by the regular English rules ("countries" -> "country", "women" -> "woman")."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def common_word(tok: Token, nouns: frozenset[str]) -> bool:
    """A stop word or a common noun of the model's lexicon, in the singular or the plural."""
    low = tok.lower_
    return tok.is_stop or low in nouns or _singular(low) in nouns


def vague_group(span: Span, nouns: frozenset[str]) -> bool:
    """A plural description, not a name: "Member States", "Women", "Partner Countries".

    The head is plural and either a word for states after a modifier ("countries", a group the
    gazetteer names one by one) or, in a phrase of one or two words, every word is a common noun.
    WordNet, where ``nouns`` come from, also lists some famous names, so longer phrases
    ("Tarn University Libraries") are left alone.
    """
    words = [t for t in span if not t.is_punct]
    if not words or not nouns:
        return False
    head = span.root.lower_
    if head in nouns or _singular(head) not in nouns or span.root.pos_ not in {"NOUN", "PROPN"}:
        return False  # "corps" is a noun of its own, no plural
    if _singular(head) in _STATE_GROUPS and len(words) > 1:
        return True
    return len(words) <= 2 and all(common_word(t, nouns) for t in words)


def _title_case(line: str) -> bool:
    """A line of three or more long words, at least four in five capitalised, with no final stop."""
    line = line.strip()
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) > 3]
    if len(words) < 3 or line.endswith((".", "?", "!", ":", "”", '"')):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.8 * len(words)


def _headlines(doc: Doc) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """(character ranges of the Doc's Title Case lines, words written capitalised outside them).

    Computed once per Doc and kept in ``doc.user_data``: every span of the Doc asks.
    """
    cached = doc.user_data.get("kg_headlines")
    if cached is None:
        ranges, offset = [], 0
        for line in doc_text(doc).split("\n"):
            if _title_case(line):
                ranges.append((offset, offset + len(line)))
            offset += len(line) + 1
        upper = column(doc, IS_UPPER).astype(bool)
        kept = column(doc, IS_TITLE).astype(bool) | upper
        idx = column(doc, IDX)
        for a, b in ranges:
            kept &= (idx < a) | (idx >= b)
        strings, lower, orth = doc.vocab.strings, column(doc, LOWER), column(doc, ORTH)
        body = frozenset(strings[int(lower[i] if upper[i] else orth[i])] for i in np.flatnonzero(kept).tolist())
        cached = doc.user_data["kg_headlines"] = (ranges, body)
    return cached


def headline_only(span: Span) -> bool:
    """A name found only in a Title Case headline ("Leaders Trade Accusations"): capitals there say nothing.

    It stands when its last word recurs capitalised (or in capitals) outside the headline, when
    a gazetteer knows it, or when the text has no body to check it against.
    """
    ranges, body = _headlines(span.doc)
    if not body or not any(a <= span.start_char < b for a, b in ranges) or _gazetteer_word(span.text):
        return False  # a text that is all headline, or a place a gazetteer knows, stands
    word = span[-1].text
    return word not in body and word.lower() not in body


def _gazetteer_word(text: str) -> bool:
    """A known state, body, region or city name ("Tarn" in "Tarn University Libraries")."""
    return bool(known_body(text) or state_key(text) or region_for(text) or settlement_for(text, primary_only=True))


def vague_name(span: Span, ner: str, nouns: frozenset[str], *, surname: bool = False) -> bool:
    """An NER span that is a plural description no gazetteer knows ("Member States").

    Places named by a plural ("the Alps"), full names and the surname of a person named in
    full (``surname``: "Okafor") are names, whatever their last word looks like.
    """
    if ner in {"LOC", "FAC"} or any(_gazetteer_word(t.text) for t in span):
        return False
    if ner == "PERSON" and (len(span) > 1 or surname):
        return False
    return vague_group(span, nouns)


def context_person(span: Span, ner: str, nouns: frozenset[str], *, titled: bool) -> bool:
    """The context makes ``span`` a person whatever the NER or a gazetteer says of the name alone.

    A PERSON keeps its reading when it is titled or its context is personal, so that a town of
    the same name cannot overturn it ("Senator Jackson", "Jackson said"). A GPE, LOC or NORP that
    no gazetteer knows, or a small town, becomes a person in a personal context (places do not
    speak); an ORG needs a name with none of ``nouns`` in it and stronger cues than speech.
    """
    text = span.text
    if state_key(text) or known_body(text) or capital_of(text):
        return False
    if ner in {"GPE", "LOC"} and titled and len(span) == 1:
        return True  # "President Nara": a title makes even a town's or region's name a person
    if region_for(text):
        return False
    if ner == "PERSON":
        if len(span) > 1 and head_class(span) in {"Organization", "Place"}:
            return False  # "Biblioteca Tarvisi ... she said": a pronoun points past an institution
        return titled or personal_context(span, PERSON_NOUNS)
    if ner in {"GPE", "LOC", "NORP"}:
        city = settlement_for(text)
        if city is not None and city.major:
            return False
        return (titled and len(span) <= 3) or personal_context(span, PERSON_NOUNS, place=True)
    # up to three words, a hyphenated surname one word ("Ana Roe-Lind")
    if ner == "ORG" and sum(t.text != "-" for t in span) <= 3 and all(t.is_title or t.text == "-" for t in span):
        if _person_object(span) or speaks_or_acts(span, strict=True):
            return True  # "they appointed X", "X composed": even a name that is also a common noun
        if any(t.lower_ in nouns for t in span):
            return False
        return personal_context(span, PERSON_NOUNS, strict=True)
    return False


def personal_place(span: Span, read: frozenset[tuple[int, int]], given_names: frozenset[str]) -> Span | None:
    """A one-word gazetteer place the context makes a person ("Senator Jordan said he ..."), or None.

    The NER must read the word as a person, or the text must name someone in full with it as a
    given name ("Georgia Smith ... Georgia said she"); then a title, a he/she, an age or a verb
    only people do decides. Speech alone does not: states "say" things in the news.

    Args:
        span: a gazetteer match.
        read: (start, end) of every span the NER tagged PERSON.
        given_names: the first words of the document's names of two or more words.
    """
    if len(span) != 1 or span.label_ not in {"State", "Region", "Settlement"}:
        return None
    if (span.start, span.end) not in read and span[0].text not in given_names:
        return None
    if title_before(span.doc, span.start) or personal_context(span, PERSON_NOUNS, strict=True):
        return Span(span.doc, span.start, span.end, label="Person", kb_id="context")
    return None
