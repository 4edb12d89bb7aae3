"""spaCy components: Doc -> ``doc.spans["kg_gazetteer"]`` (matches) and ``doc.spans["kg_entities"]``.

``kg_gazetteer`` finds countries, demonyms, known bodies, ministries, checkpoints and named
regions with a PhraseMatcher and a Matcher (run where its patterns can match,
:mod:`kg.nlp.windows`) built once per component. ``kg_retype`` merges those
matches with the statistical NER, fixes its usual errors (titles inside names, demonyms tagged
ORG, checkpoints tagged PERSON, junk like "• Read") and labels every span with a ``kg:`` class
(or ``Demonym``). Both only look at matches and entities, never loop over the gazetteer.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cached_property

import numpy as np
from spacy.attrs import IS_LOWER, LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.intervals import Intervals
from kg.lexicon.cities import is_city_name
from kg.lexicon.demonyms import WORLD_REGIONS
from kg.lexicon.gazetteer import (
    is_known_place,
    known_body,
    region_for,
    settlement_for,
    state_code,
    state_for_demonym,
    state_key,
    unit_below_state,
)
from kg.lexicon.names import TITLE_WORDS
from kg.nlp.appositions import apposed_persons
from kg.nlp.bodies import (
    FEDERAL,
    bare_post,
    border_text,
    checkpoint_name,
    crossing_context,
    crossing_kind_only,
    inner_body,
    joint_portfolio,
    masthead_body,
    ministry_of,
    named_by_state,
    port_context,
    proper_body,
    qualified,
    unit_at,
    unit_owned,
    with_generic_modifier,
    with_unit,
)
from kg.nlp.caps_persons import caps_persons
from kg.nlp.citations import cited_authors
from kg.nlp.combining import combining_forms
from kg.nlp.concept_acronyms import concept_acronyms, is_concept_acronym
from kg.nlp.conjuncts import coordinated_persons
from kg.nlp.consistency import one_type_per_name
from kg.nlp.counties import county_spans
from kg.nlp.credit_lines import credit_line_spans
from kg.nlp.crossing_tables import table_checkpoints
from kg.nlp.cues import dated_line, dateline_area_spans, dateline_spans, settlement_cue_spans
from kg.nlp.demonym_reading import doc_reading
from kg.nlp.doctext import column, with_lower
from kg.nlp.email_names import email_names
from kg.nlp.executive_offices import executive_office_spans
from kg.nlp.foreign_address import foreign_address
from kg.nlp.heads import AGENCY_CUES as _AGENCY_CUES
from kg.nlp.heads import (
    ALONE_GENERIC,
    BODY_HEADS,
    COUNCIL_HEADS,
    FORCE_WORDS,
    ORG_HEADS,
    SITTING_HEADS,
    force_unit_area,
    head_class,
)
from kg.nlp.inner_towns import inner_towns
from kg.nlp.joined_bodies import and_joined_bodies, fields_after_and
from kg.nlp.joins import (
    hyphen_lead,
    hyphen_tail,
    join_names,
    named_after_states,
    named_after_titles,
    ordinal_lead,
    spaced_checkpoints,
    split_acronym_leads,
)
from kg.nlp.kinds import coordinated_places, copular_checkpoints, kind_noun_spans, ranked_checkpoints
from kg.nlp.labels import ner_label
from kg.nlp.lines import caps_line
from kg.nlp.locative import listed_places, place_names
from kg.nlp.malay_honorifics import malay_titled_names
from kg.nlp.namecheck import (
    COMPASS,
    add_head_names,
    as_state_body,
    bracketed_short_forms,
    members_follow,
    not_a_name,
    possessive_acronyms,
    shared_head_places,
    split_at_and,
    split_at_commas,
    split_at_dashes,
    split_at_owner,
    split_at_parens,
    state_owned_body,
    with_head,
)
from kg.nlp.nicknames import nicknamed_names
from kg.nlp.patronymics import patronymic_address
from kg.nlp.patterns import AGENCY_HEADS, REGION_WORDS, phrase_patterns, token_patterns
from kg.nlp.persons import (
    common_word,
    context_person,
    cut_at_marks,
    event_name,
    headline_only,
    honorific,
    personal_place,
    speaks_or_acts,
    title_apposed,
    title_before,
    vague_name,
)
from kg.nlp.placed_in import split_at_in
from kg.nlp.questioners import questioners_outlets
from kg.nlp.ranked_names import ranked_names
from kg.nlp.region_modifiers import region_modifier
from kg.nlp.route_ends import route_end_spans
from kg.nlp.script_cues import cue_language
from kg.nlp.script_marks import script_furniture
from kg.nlp.services import service_name
from kg.nlp.spelled_bodies import SPELLED, spelled_bodies
from kg.nlp.spoken_languages import spoken_language
from kg.nlp.title_initials import title_initials
from kg.nlp.titled import titled_names
from kg.nlp.titles import office_complements, territories_governed, titles_held
from kg.nlp.unit_names import numbered_command, unit_name_spans
from kg.nlp.vehicle_models import vehicle_model
from kg.nlp.windows import WindowedMatcher

__all__ = ["GAZETTEER_KEY", "SPANS_KEY", "GazetteerMatcher", "Retyper"]

GAZETTEER_KEY = "kg_gazetteer"
SPANS_KEY = "kg_entities"

_ENUM_HEADS = frozenset({"regions", "provinces", "oblasts", "territories", "areas", "republics"})
_NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_SKIP_LEAD = frozenset({"the", "a", "an", "these", "those", "•", "-", "–", "—", "*", ":", "'s", "’s"})
#: Heads of a body's, a firm's or a council's name, and words a leading run of compass points and
#: articles is made of: unions made once, not on every test.
_NAME_HEADS = BODY_HEADS | ORG_HEADS | COUNCIL_HEADS
_COMPASS_OR_LEAD = COMPASS | _SKIP_LEAD
#: A body named for what it serves keeps the title word it opens with ("the State Security Service",
#: "General Intelligence Service"): "State" or "General" there is no office before a name. Not a
#: body head everywhere, since "service" also ends everyday phrases ("military service").
_SERVICE_HEADS = frozenset({"service", "services"})
#: Heads a title word may open a body's name before: "General Command", "Home Guard", "Royal Navy".
_FORCE_OR_NAME_HEADS = _NAME_HEADS | FORCE_WORDS
#: Prepositions of place that open a sentence and that the NER runs into the name after them
#: ("Near Tarnby, police stopped ..." read as one person): no personal or place name starts so.
#: Modals that open a question and are given names too ("Will", "May").
_MODALS = frozenset({"Will", "May", "Can", "Shall", "Should", "Would", "Could", "Must"})
_OPENING_PREPOSITIONS = frozenset({"near", "outside", "inside", "across", "around", "along", "beyond", "off"})
#: Possessives that open a form of address: "His Excellency", "Her Majesty"; and the grade of one: "the Rt Hon".
_ADDRESS_POSSESSIVES = frozenset({"his", "her", "their", "rt", "right"})


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
        self.tokens = WindowedMatcher(nlp.vocab, token_patterns())

    def __call__(self, doc: Doc) -> Doc:
        with doc_reading(doc):
            return self._match(doc)

    def _match(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=m) for m, s, e in self.phrases(doc)]
        spans += [Span(doc, s, e, label=m) for m, s, e in self.tokens(doc)]
        spans += combining_forms(doc, spans)  # "the Indo-Nepal border"
        doc.spans[GAZETTEER_KEY] = sorted(spans, key=lambda s: (s.start, -len(s)))
        return doc


@Language.factory(
    "kg_retype",
    assigns=["doc.spans"],
    requires=["doc.spans"],
)
def make_retyper(nlp: Language, name: str) -> Retyper:
    """Factory for :class:`Retyper`."""
    return Retyper(
        name,
        nouns=_common_words(nlp, "noun"),
        verbs=_common_words(nlp, "verb"),
        adjectives=_common_words(nlp, "adj"),
    )


def _common_words(nlp: Language, pos: str) -> frozenset[str]:
    """Lower-case words of a part of speech the model's lemmatizer knows (WordNet's index), or none."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get(pos, ()))


def _administration(head: Token) -> bool:
    """ "the General Revenue Administration": a service named by its head, which keeps the title word it
    opens with (not "General" + a person "Revenue Administration"). A portfolio's last word ("Minister
    of the Interior and Administration") names an office's field, no body."""
    return head.is_title and head.lower_ == "administration" and not (head.i and head.doc[head.i - 1].lower_ == "and")


def _strip(span: Span, initials: frozenset[str] = frozenset()) -> tuple[Span, bool]:
    """Drop leading articles, bullets, titles and demonyms (not a firm's), and a trailing "'s"; say if a title went.

    A body's name keeps the title word it opens with: "General Survey Office", "Queen Ilsabet Hospital",
    "General Directorate of Civil Registry" (the head before "of").
    ``initials`` are offices the text abbreviates ("CS" for "Cabinet Secretary"): titles before a name too.
    """
    start, end, titled = span.start, span.end, False
    doc = span.doc
    last = next((t for t in reversed(span) if not t.is_space), span[-1])  # "General Command\n": no break heads it
    # "Directorate of X", "State Committee for X": the word before the first "of"/"for" heads the name
    head = next((span[k - 1] for k in range(2, len(span)) if span[k].lower_ in {"of", "for"}), last)
    body = len(span) > 1 and head.is_title and (head.lower_ in _FORCE_OR_NAME_HEADS or head.lower_ in _SERVICE_HEADS)
    body = body or (len(span) > 1 and _administration(head))
    firm = body and span[-1].lower_ in ORG_HEADS  # "Norlandic Airlines": the demonym is the firm's name
    while start < end:
        tok = doc[start]
        low = tok.lower_
        addressed = low.rstrip(".") in _ADDRESS_POSSESSIVES and start + 1 < end and honorific(doc[start + 1])
        if (
            low in _SKIP_LEAD
            or tok.is_punct
            or _question_number(tok)
            or addressed
            or _opening_preposition(span, tok)
            or _opening_modal(span, tok)
        ):
            start += 1  # "His Excellency X": the possessive is part of the form of address
        elif (low in TITLE_WORDS or low.rstrip(".") in TITLE_WORDS or honorific(tok)) and not (body or _possessed(tok)):
            start, titled = start + 1, True
        elif tok.text in initials and end - start > 1 and not body:
            start, titled = start + 1, True  # "CS Jo Roe" where the text writes "Cabinet Secretary"
        elif span.label_ == "PERSON" and end - start > 1 and _plural_title(tok):
            start, titled = start + 1, True  # "MPs Jane Roe and ...": the plural office is no part of a name
        elif state_for_demonym(tok.text) and end - start > 1 and not firm and not _sea_name(doc[start : start + 1]):
            start += 1
        elif end - start > 2 and state_for_demonym(doc[start : start + 2].text) and not firm:
            start += 2  # "the Sri Lankan Directorate of Prisons": a demonym of two words
        else:
            break
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'"} or doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text == "]" and any(t.text == "[" for t in doc[start : end - 1]):
            break  # "Jo [Varga]": the editor's completion stays whole
        end -= 1
    if span.label_ != "PERSON" and end - start > 1 and honorific(doc[end - 1]):
        end -= 1  # "the Ministry of Water Mr. Jo Roe": the form of address opens the next name
    # "Jo Roe TD", "Jo Roe-Doe MLA": a member's seat letters after two or three name words make a person
    words = [t for t in doc[start : end - 1] if t.text != "-"]
    joined = len(words) - (end - 1 - start - len(words))  # a double surname's halves make one word
    seated = doc[end - 1].text in _SEAT_LETTERS and 2 <= joined <= 3
    seated = seated and not body and all(t.is_title and t.is_alpha for t in words)
    if (titled or seated) and end - start > 2 and doc[end - 1].text in _POST_NOMINALS:
        end, titled = end - 1, True  # "The Hon Jane Roe MP": letters after the name are no part of it
    if span.label_ == "PERSON":  # "Town Clerk Mrs Jane Roe": the name starts after the form of address
        inner = next((t.i for t in doc[start + 1 : end - 1] if honorific(t)), None)
        if inner is not None:
            start, titled = inner + 1, True
        # "Tarnby Governor Jane Roe": a local office named after its place, run into the holder's name
        office = next((t.i for t in doc[start + 1 : end] if t.is_title and t.lower_ in _PLACED_OFFICES), None)
        if office is not None and end - office > 2:
            start, titled = office + 1, True
    if span.label_ in {"PERSON", "ORG"} and end - start == 2 and _placed_office(doc[start], doc[start + 1]):
        start, titled = end, True  # "Tarnby Governor" alone names no one: the holder's name follows
    return Span(doc, start, end, label=span.label_), titled


#: The number a committee's record gives each question, opening its asker's label: "Q12 Jo Roe:".
_QUESTION_NUMBER = re.compile(r"Q\d{1,3}")


def _question_number(tok: Token) -> bool:
    """ "Q4" opening a line of a hearing's record ("Q4 Jo Roe: And at night?"): no part of the name."""
    opens = tok.i == 0 or "\n" in tok.doc[tok.i - 1].text + tok.doc[tok.i - 1].whitespace_
    return opens and bool(_QUESTION_NUMBER.fullmatch(tok.text))


def _placed_office(place: Token, office: Token) -> bool:
    """ "Tarnby Governor", "Norland Premier": a known place and a local office held there."""
    return office.is_title and office.lower_ in _PLACED_OFFICES and is_known_place(place.text)


def _opening_preposition(span: Span, tok: Token) -> bool:
    """ "Near Tarnby, ...": a capitalised preposition of place that opens both the sentence and the
    NER's span is no part of the name (a known place's own name, "Near East", keeps it)."""
    if tok.i != span.start or len(span) < 2 or tok.lower_ not in _OPENING_PREPOSITIONS or not tok.is_title:
        return False
    opens = tok.is_sent_start or (tok.i > 0 and "\n" in tok.doc[tok.i - 1].text + tok.doc[tok.i - 1].whitespace_)
    return bool(opens) and not is_known_place(span.text)


def _statehood(span: Span, bare: Span) -> bool:
    """ "the Kurdish state", "the Lebanese state": a lower-case "state" after a people's or a
    country's name is a polity, not a federation's state ("Lara state" is one)."""
    if not len(span) or span[-1].text != "state":
        return False
    return any(t.ent_type_ == "NORP" for t in bare) or bool(state_key(bare.text) or state_for_demonym(bare.text))


def _article_led(span: Span) -> bool:
    """A one-word name that heads its noun phrase after "the" ("the chairman of the Kurvasta", "the
    Kurvasta had approved"): an institution's name; a person's stands without an article, and "the
    X administration" uses the name as a modifier."""
    doc, tok = span.doc, span[0]
    if len(span) != 1 or not span.start or tok.dep_ in ("compound", "amod"):
        return False
    return doc[span.start - 1].lower_ == "the" and doc[span.start - 1].dep_ == "det"


def _opening_modal(span: Span, tok: Token) -> bool:
    """ "Will Tarnia close its border?": a modal that opens a question is no given name when a
    verb's bare form follows the name (a person called Will would be "Will Roe closed ...")."""
    if tok.i != span.start or len(span) < 2 or tok.text not in _MODALS or span.end >= len(tok.doc):
        return False
    prev = tok.doc[tok.i - 1] if tok.i else None
    opens = tok.is_sent_start or prev is None or prev.is_space or prev.text in {":", '"', "“"}
    return bool(opens) and tok.doc[span.end].tag_ == "VB"


def _force_unit(span: Span) -> bool:
    """ "the Lowmark Border Guard District", "the Varn Home Guard District": a force's unit (a body),
    not a district of the map (numbered commands, "the 8th Military Region", are
    :func:`kg.nlp.unit_names.numbered_command`'s)."""
    words = " ".join(t.lower_ for t in span[:-1])
    if any(words.endswith(f" {head}") for head in AGENCY_HEADS):
        return True
    return force_unit_area(list(span))


#: An ordinal written in figures: "4th", "2nd".
_FIGURE_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def _named_gate(name: Span) -> bool:
    """ "the Unity Gate": a gate named with a capital and a word of its own before it; "the
    Kelo gate" (the gate of a town) and "Border Gate" (kind words only) name no crossing."""
    return name[-1].lower_ == "gate" and name[-1].is_title and not crossing_kind_only(name[:-1])


#: Crossings named after the way they carry over a border: a bridge is as often a town's own.
_WAYS = frozenset({"bridge", "causeway", "gate"})


def _way(tok: Token) -> bool:
    """The last word of a crossing named after its way: a bridge, a causeway, a gate, or a capitalised
    "Port" (a seaport as often; "the X land port" says what it is)."""
    return tok.lower_ in _WAYS or tok.text == "Port"


def _crossed_ways(doc: Doc) -> frozenset[str]:
    """Names of bridges, causeways, gates and ports of which one mention stands in a sentence about
    crossing (:func:`crossing_context`, :func:`port_context`): then every mention is the crossing (a
    headline's "talks on the X Causeway", then "lorries crossed the X Causeway"), one name being one
    thing."""
    return frozenset(
        s.text
        for s in doc.spans.get(GAZETTEER_KEY, [])
        if s.label_ == "Checkpoint"
        and _way(s[-1])
        and (port_context(s) if s[-1].text == "Port" else crossing_context(s))
    )


def _after_ordinal(span: Span) -> bool:
    """An ordinal in figures stands right before the span: "the 4th Border Guard" (a numbered
    command's name, "the 6th Military Region", is :func:`kg.nlp.unit_names.numbered_command`'s)."""
    return span.start > 0 and bool(_FIGURE_ORDINAL.fullmatch(span.doc[span.start - 1].text))


def _office_staff(span: Span) -> bool:
    """ "the General Staff" completing an office ("Chief of the General Staff", "Chairman of the Joint
    Chiefs of Staff"): the office's words, which a position reads; the staff as a body stands alone."""
    doc, i = span.doc, span.start - 1
    if span[-1].lower_ != "staff":
        return False
    i -= int(i >= 0 and doc[i].lower_ == "the")
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in TITLE_WORDS


def _plural_title(tok: Token) -> bool:
    """A title or seat letters in the plural ("Senators", "MPs"), written before the first of several names."""
    text = tok.text
    if len(text) < 3 or not text.endswith("s") or not text[0].isupper():
        return False
    return text[:-1].lower() in TITLE_WORDS or text[:-1] in _POST_NOMINALS


#: Kinds of vessel and ship prefixes: the name after one is a ship's ("the cutter Jane Roe").
_VESSELS = frozenset(
    {"cutter", "ship", "vessel", "tanker", "freighter", "frigate", "destroyer", "ferry", "trawler", "corvette"}
    | {"yacht", "submarine", "usns", "uss", "hms", "hmcs", "hmas", "rfa", "mv", "ins"}
)


def _compass_word(span: Span) -> bool:
    """A region named by a compass word alone ("West", "North"): inside a longer name ("Community
    of West African States", "West Marden Sea") it is that name's word, no region of its own;
    inside compass words only ("the North West") it is left to the region tables."""
    return span.label_ == "Region" and len(span) == 1 and span[0].lower_ in COMPASS


def _body_of_state(span: Span) -> Span | None:
    """The body's words of "Electoral Commission of X" when X, after "of", is a state, else None.

    The gazetteer takes the state's name, which would leave the body's span nothing to stand on;
    the body is then its words before "of", and the state after them is its owner (as it is for
    a ministry: "the Ministry of Health of X"). So is a territory or a state's unit ("the
    Government of X", X a federal state or a dependent territory).
    """
    for i in range(len(span) - 2, 0, -1):
        if span[i].lower_ != "of":
            continue
        rest = span[i + 2 :] if span[i + 1].lower_ == "the" else span[i + 1 :]
        head = span[i - 1]
        owner = state_code(rest.text) or (unit_at(span.doc, rest.start) and unit_below_state(rest.text))
        if len(rest) and owner and head.is_title and head.lower_ in BODY_HEADS | _AGENCY_CUES:
            return span[:i]
        return None
    return None


def _owner_unit(span: Span, body: Span) -> Span | None:
    """The territory or state's unit after "of" in an NER body name cut to ``body`` (no gazetteer
    pattern reads a state's unit: its name is the NER's, inside the body's), as a Region span."""
    rest = span[body.end - span.start + 1 :]
    rest = rest[1:] if len(rest) and rest[0].lower_ == "the" else rest
    if not len(rest) or state_code(rest.text) or settlement_for(rest.text, primary_only=True):
        return None  # "the Prosecutor's Office of X", X a district and its town: the town's office
    return Span(span.doc, rest.start, rest.end, label="Region", kb_id="ner")


def _vessel(span: Span) -> bool:
    """A name right after a kind of vessel names the vessel, not a person, a place or a body."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _VESSELS and span[0].is_title


#: Letters written after a person's name for a seat or an honour ("Jane Roe MP", "John Doe QC").
#: Offices written after the place they are held in ("Tarnby Mayor X", "Norland Governor Y").
_PLACED_OFFICES = frozenset({"governor", "mayor", "premier", "prefect", "administrator"})
_POST_NOMINALS = frozenset({"MP", "MEP", "MLA", "MSP", "MHA", "TD", "QC", "KC", "SC", "OBE", "MBE", "CBE", "KBE"})
#: A legislature's member's letters: only a person is written with them, no firm or club ("SC").
_SEAT_LETTERS = frozenset({"MP", "MEP", "MLA", "MSP", "MHA", "TD"})


def _seat_letters(span: Span) -> bool:
    """A member's seat letters alone right after a person's name ("Jo Roe MSP said"): the NER's
    body is the letters of the person's seat, no body of its own."""
    after_person = span.start > 0 and span.doc[span.start - 1].ent_type_ == "PERSON"
    return len(span) == 1 and span.text in _SEAT_LETTERS and after_person


def _possessed(tok: Token) -> bool:
    """A title word with a possessive after it ("King's College", "Queen's Park") opens a name, no title."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in {"'s", "’s"}


def _is_junk(span: Span) -> bool:
    """A capitalised common word the NER took for a name ("State", "Allied", "Read")."""
    if len(span) != 1:
        return False
    tok = span[0]
    if tok.is_lower:
        return True  # "de", "al": a particle left alone is no name
    if tok.text.isupper() and len(tok.text) > 1:
        return False
    if tok.tag_ and tok.tag_ not in {"NNP", "NNPS"}:
        return True
    prev = span.doc[span.start - 1] if span.start else None
    return prev is not None and prev.lower_ in {"a", "an", "every", "each", "any"}


def _enumerated(doc: Doc) -> set[int]:
    """Token indices of names listed after "regions –" / "provinces:" (they name regions)."""
    out: set[int] = set()
    for tok in with_lower(doc, _ENUM_HEADS):
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


_SPEECH = frozenset({"say", "tell", "add", "announce", "state", "warn", "urge", "visit", "meet", "insist"})
_PLACE_LABELS = frozenset({"State", "Region", "Settlement", "Demonym", "Checkpoint"})


class Retyper:
    """Gazetteer matches + NER -> one non-overlapping list of spans labelled with ``kg:`` classes."""

    def __init__(
        self,
        name: str,
        *,
        nouns: frozenset[str] = frozenset(),
        verbs: frozenset[str] = frozenset(),
        adjectives: frozenset[str] = frozenset(),
    ) -> None:
        self.name = name
        self.verbs, self.adjectives = verbs, adjectives  # a heading opens with one's form ("Closing Remarks")
        self.nouns = nouns  # common nouns: a lone capitalised one is no person ("Turnout was high")
        self.headline_words = nouns | verbs  # what a caps headline is made of ("VISITS FLOODED TOWNS")
        self.body_words = nouns | _AGENCY_CUES  # words no personal name is made of
        # "the Union" is no name; "the Commission" is resolved later; "the Assembly" alone is a noun
        self.generic = nouns - (_AGENCY_CUES - ALONE_GENERIC)
        settlement_for("")  # load the city and region tables now, not on the first document
        region_for("")

    def __call__(self, doc: Doc) -> Doc:
        with doc_reading(doc):
            return self._retype(doc)

    def _retype(self, doc: Doc) -> Doc:
        states = _doc_states(doc)
        enum = _enumerated(doc)
        ents = as_state_body(named_after_states(doc, split_acronym_leads(join_names(doc, self.nouns))))
        ents = email_names(doc, ents)  # "Jo Roe jo.roe@uni.example Tarn University": a person, then a body
        ents = titled_names(doc, ents, self.headline_words)  # "Mayor Alba Ledesma Cuenca": the whole name
        ents = ranked_names(doc, ents, self.headline_words)  # "Lance Corporal Jo Roe": a person, whatever the NER read
        ents = named_after_titles(doc, ents, self.nouns)  # "Governor Jo Roe Lind" the model missed
        ents = malay_titled_names(doc, ents)  # "Dato Seri Paduka Jo Roe": the person is Jo Roe
        ents = nicknamed_names(doc, ents)  # 'Mr Jo "Bingo" Roe': one person, the quote inside the name
        ents = titles_held(split_at_owner(split_at_parens(split_at_dashes(ents))))  # "the King of X": X is a place
        ents = spelled_bodies(doc, ents)  # "the Agency for Roads, Ports and Ferries (ARPF)": the whole name
        ents = territories_governed(ents)  # "the Governor of X, in Y": X is a place, not its holder
        ents = office_complements(ents, self.nouns)  # "President of the Republic Jo Roe": a person
        ents = _organ_places(ents)  # "the UN Mission in Norland (UNMN)": the mission's whole name
        ents = and_joined_bodies(doc, ents)  # "the Fisheries and Coastal Agency": the model cut it at "and"
        ents = fields_after_and(doc, ents, self.nouns)  # "the Ministry of Mines and Energy": cut at "and" too
        orgs = _around((_first_word(e), e.end) for e in ents if e.label_ == "ORG" and len(e) > 2)
        owned = _around((_first_word(e), e.end) for e in ents if state_owned_body(e))
        organs = _around((_first_word(e), e.end) for e in ents if _organ(e))
        regional = _around((_first_word(e), e.end) for e in ents if _regional_body(e))
        firms = _around(
            (_first_word(e), e.end) for e in ents if e.label_ == "ORG" and e[-1].is_title and e[-1].lower_ in ORG_HEADS
        )
        places = _around(
            (e.start, e.end) for e in ents if e.label_ in {"LOC", "FAC"} and head_class(_unled(e)) == "Place"
        )
        numbered = _around((e.start, e.end) for e in ents if e.label_ == "ORG" and e[0].ent_type_ == "ORDINAL")
        compass = _around((e.start, e.end) for e in ents if e.label_ in {"GPE", "LOC"} and e[0].lower_ in COMPASS)
        named_by = _around((e.start, e.end) for e in ents if any(t.lower_ not in _COMPASS_OR_LEAD for t in e))
        spelled = _around((e.start, e.end) for e in ents if e.kb_id_ == SPELLED)
        people = [p for p in (_personal_name(e) for e in ents) if p is not None and len(p) > 1]
        gazetteer = [
            s
            for s in spaced_checkpoints(list(self._gazetteer(doc, enum)))  # "the Tarvo - Melnik crossing"
            if not (s.label_ == "Demonym" and any(a < s.start and s.end <= b for a, b in orgs(s)))
            and not (s.label_ == "Demonym" and any(a <= s.start and s.end < b for a, b in firms(s)))
            and not (s.label_ == "State" and any(a <= s.start and s.end < b for a, b in owned(s)))
            and not (s.label_ == "Agency" and any(a < s.start and s.end == b for a, b in owned(s)))
            # "the Office for Police and Prison Reform (OPPR)": the police is the office's word
            and not (
                s.label_ == "Agency" and any(a <= s.start and s.end <= b and b - a > len(s) for a, b in spelled(s))
            )
            # "the Norland Red Cross Society": a known body's name inside a state's own body's name
            and not (s.label_ == "Organization" and any(a < s.start and s.end < b for a, b in owned(s)))
            and not (s.label_ in _BODIES and any(a == s.start and s.end < b for a, b in organs(s)))
            and not (s.label_ == "Agency" and any(a < s.start and s.end <= b for a, b in numbered(s)))
            and not (s.label_ in _PLACE_LABELS and any(a < s.start and s.end <= b for a, b in organs(s)))
            and not (s.text in _WORLD_REGIONS and any(a == s.start and s.end < b for a, b in regional(s)))
            and not (s.text in _WORLD_REGIONS and region_modifier(s))  # "a Gulf tourist visa"
            and not (s.label_ == "Region" and any(a <= s.start and s.end <= b and b - a > len(s) for a, b in places(s)))
            and not (s.label_ == "State" and any(a <= s.start and s.end <= b and b - a > len(s) for a, b in firms(s)))
            and not (s.label_ == "State" and any(a <= s.start and s.end <= b and b - a > len(s) for a, b in places(s)))
            and not (
                s.label_ == "Region"
                and any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end) for a, b in compass(s))
            )
            and not (s.label_ in _PLACE_LABELS and _inside(s, people))
            and not (_compass_word(s) and any(a <= s.start and s.end <= b and b - a > 1 for a, b in named_by(s)))
        ]  # "Organization of American States" is one name (a leading demonym is not part of it, but
        # is of a firm's: "Norlandic Airlines", "the Tarnian Times");
        # "Jordan" inside a person's name is no state, nor "Tarnia" in "Lake Tarnia" or "Tarnia Airways";
        # "Armed Forces" inside "the Tarnia Armed Forces" is no body of its own: the whole name keeps its state;
        # "Coast Guard" inside "the 5th Regional Coast Guard Headquarters" is the numbered unit's word
        gazetteer = [_prefixed_place(s) for s in gazetteer]
        read = frozenset((e.start, e.end) for e in ents if e.label_ == "PERSON")
        given_names = frozenset(p[0].text for p in people if len(p) > 1)
        persons = [personal_place(s, read, given_names) for s in gazetteer]
        gazetteer = [p or s for s, p in zip(gazetteer, persons, strict=True)]  # "Senator Jordan said he"
        authors = cited_authors(doc)  # "(Roe, Doe, & Poe, 2010)": surnames, whatever the NER or a gazetteer says
        cited = {i for a in authors for i in range(a.start, a.end)}
        gazetteer = [s for s in gazetteer if not cited.intersection(range(s.start, s.end))]
        chosen = filter_spans([*authors, *gazetteer, *_runs(doc, enum)])
        taken = {i for s in chosen for i in range(s.start, s.end)}
        named = {(p.start, p.end) for p in people}  # "Jane Roe - the minister said": a person, no dateline
        datelines = [
            s
            for s in dateline_spans(doc)
            if ((s.start, s.end) not in named or settlement_for(s.text, primary_only=True) or dated_line(s))
            and not self._label_word(s)
        ]
        cues = [
            s
            for s in (
                *datelines,
                *dateline_area_spans(doc, self.nouns),  # "Town, Area, May 3": a town and the region it lies in
                *settlement_cue_spans(doc),
                *route_end_spans(doc),  # "the Tarvo-Melnik road": two towns, no body
                *credit_line_spans(doc),  # "READ BY: JO ROE": the reader, whom the NER misses
                *kind_noun_spans(doc, self.nouns),
                *county_spans(doc),  # "in County Rathmoy": the county, which the NER may leave out
                *copular_checkpoints(doc),
                *ranked_checkpoints(doc),
                *table_checkpoints(doc),  # "Checkpoint | Hours" over a row per crossing
                *unit_name_spans(doc),  # "the Sixth Armoured Brigade": a force's unit, whatever the NER read
                *executive_office_spans(doc),  # "Office of the President" heading a release: a state's body
            )
            if not _inside(s, people)
        ]
        placed = place_names(doc, ents, states)
        tails = _name_tails(people)
        uses = _WordUses(doc, people)
        for span in [*filter_spans(cues), *self._ner(doc, ents, enum, uses, tails, states, placed)]:
            if not taken.intersection(range(span.start, span.end)):
                chosen.append(span)
                taken.update(range(span.start, span.end))
        chosen = and_joined_bodies(doc, add_head_names(doc, chosen))  # where a gazetteer's match won
        chosen = fields_after_and(doc, chosen, self.nouns)
        chosen = bracketed_short_forms(doc, shared_head_places(doc, chosen))
        chosen = possessive_acronyms(doc, chosen)  # "TARVA's team": a body's letters
        chosen = caps_persons(doc, apposed_persons(doc, chosen), self.headline_words)
        chosen = [patronymic_address(s) for s in chosen]  # "Dear Jo Ivanovich": a person addressed
        chosen = coordinated_persons(doc, chosen)  # "A B and C D-E": both persons
        chosen = questioners_outlets(doc, chosen)  # "Q (Jane Roe, Tarnia Courier):": the outlet is a body
        chosen = [*chosen, *listed_places(doc, chosen, states)]
        chosen = coordinated_places(doc, chosen, frozenset(t.text for p in people for t in p))
        terms = concept_acronyms(doc)  # "coastal wind shear (CWS)": CWS is a term, no body
        chosen = [s for s in chosen if not is_concept_acronym(s, terms)]
        chosen = [*chosen, *inner_towns(chosen)]  # "Varnholm Grammar School": the city Varnholm too
        chosen = [s for s in chosen if not script_furniture(t.text for t in s)]  # "(END VT)", "LATE NEWS"
        chosen = [s for s in chosen if not foreign_address(s)]  # "Senhor Ministro": a greeting, no name
        doc.spans[SPANS_KEY] = one_type_per_name(sorted(chosen, key=lambda s: s.start))
        return doc

    def _gazetteer(self, doc: Doc, enum: set[int]) -> Iterable[Span]:
        crossed = _crossed_ways(doc)
        bordered: bool | None = None  # whether the text speaks of a border, read at the first bare post
        for span in doc.spans.get(GAZETTEER_KEY, []):
            label = span.label_
            if label == "Body":
                found = known_body(span.text)
                if found and not inner_body(span):
                    yield Span(doc, span.start, span.end, label=found[0])
            elif label in {"Ministry", "SecurityBody"}:
                if label == "SecurityBody" and _after_ordinal(span):  # "the 4th Border Guard": a body
                    yield Span(doc, span.start, span.end, label="Agency")
                    continue
                if label == "SecurityBody" and _office_staff(span):
                    continue  # "Chief of the General Staff": an office's words, as the office's holder is read
                if label == "SecurityBody":
                    named = ministry_of(span) or masthead_body(span) or named_by_state(span)
                    if named is not None:  # "Border Guard Bangladesh": the state ends the body's name
                        yield named
                        continue
                    if not qualified(span):
                        named = proper_body(span)
                        if named is not None:  # "the Kachin Independence Army": a group's own name
                            yield with_unit(hyphen_lead(named))  # "the Prince-Bishopric Border Guard": one name
                        elif span[-1].lower_ == "staff" and span[-1].is_title:
                            yield Span(doc, span.start, span.end, label="Agency")  # "the General Staff": the state's
                        elif (unit := unit_owned(span)) is not None:  # "the Police Service of X": X's body
                            yield Span(doc, span.start, span.end, label="Agency")
                            yield unit  # X a territory or a federal state, a place of the text
                        continue
                    span = with_unit(with_generic_modifier(span))
                else:
                    span = joint_portfolio(span)  # "the Ministry of Energy and Mines"
                    span = with_generic_modifier(span, FEDERAL)  # "the Federal Ministry of the Interior"
                yield Span(doc, span.start, span.end, label="Agency")
            elif label == "Checkpoint":
                name = ordinal_lead(hyphen_lead(checkpoint_name(span)))
                if crossing_kind_only(name):
                    continue  # "a One-Stop Border Post at X": the kind of post, named after "at"
                if state_for_demonym(name.text):
                    continue  # "the Zambian border post": whose post it is, not its name (the demonym stays)
                gate = span[-1].lower_ == "gate" and (span[-1].is_title or len(span) < 2 or span[-2].lower_ != "border")
                if gate and span[-1].is_title and not _named_gate(name):
                    continue  # "Border Gate Management": kind words alone name no crossing
                if gate and not span[-1].is_title:
                    name = Span(doc, name.start, span.end, label="Checkpoint")  # "the Kelo gate": Kelo is the town
                if bare_post(span):
                    bordered = border_text(doc) if bordered is None else bordered
                    if not bordered:
                        continue  # "the Kelo post" of a text about no border: an embassy's, a job
                if not _way(span[-1]) or span.text in crossed:
                    yield name
            elif label == "CheckpointNamed":
                if not any(t.ent_type_ in _NOT_PLACES for t in span[1:]):
                    yield Span(doc, span.start + 1, span.end, label="Checkpoint")
            elif label == "CheckpointQuoted":
                end = span.start + 1 + next(i for i, t in enumerate(span[1:]) if t.text in {'"', "”", "»"})
                yield Span(doc, span.start + 1, end, label="Checkpoint")
            elif label == "CheckpointAt":
                named = span.start > 0 and doc[span.start - 1].is_title
                if span[0].is_title and named and not crossing_kind_only(doc[span.start - 1 : span.start]):
                    continue  # "the Unity Gate at X": a named crossing and where it is (not "One-Stop Post at X")
                name = span[next(i for i, t in enumerate(span) if t.lower_ in {"at", "of"}) + 1 :]
                yield hyphen_tail(Span(doc, name.start, name.end, label="Checkpoint"))  # "at Kelo-Varn"
            elif label == "RegionNamed":  # the span keeps a lower-case level word: "Batken region"
                if _force_unit(span) or numbered_command(span):
                    continue  # "the Lowmark Border Guard District", "the 8th Military Region": a force's unit
                stripped, _ = _strip(span)
                if len(stripped) and stripped[-1].lower_ in REGION_WORDS and len(stripped) == 1:
                    continue
                bare = stripped[:-1] if len(stripped) > 1 and not stripped[-1].is_title else stripped
                if _statehood(stripped, bare):
                    continue
                if len(stripped) and not state_for_demonym(bare.text):
                    yield hyphen_lead(Span(doc, stripped.start, stripped.end, label="Region"))
            elif label == "Region" or label == "State":
                yield _city_named_after(span) or span
            elif label == "Demonym" and span.start not in enum and not cue_language(span) and not _sea_name(span):
                if spoken_language(span):
                    continue  # "she spoke Dutch": a language, no state
                yield span

    def _ner(
        self,
        doc: Doc,
        ents: list[Span],
        enum: set[int],
        uses: _WordUses,
        tails: frozenset[tuple[str, ...]],
        states: frozenset[str],
        placed: frozenset[str] = frozenset(),
    ) -> Iterable[Span]:
        initials = title_initials(doc)
        for ent in split_at_in(split_at_and(split_at_commas(ents))):  # "Tarnby in Vessa": a town, a region
            if ent.label_ not in {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}:
                continue
            span, titled = _strip(with_head(ent), initials)
            span = cut_at_marks(span)  # "Jo[1] Smith": an editor's mark is no part of a name
            bulleted = ent[0].is_punct and len(span) == 1  # "• Read also": a web page's furniture
            if not len(span) or bulleted or _is_junk(span) or all(t.lower_ in TITLE_WORDS for t in span):
                continue
            if not_a_name(span, self.generic) or _vessel(span) or vehicle_model(span) or _seat_letters(span):
                continue
            if span.text in _WORLD_REGIONS and region_modifier(span):
                continue  # "the Sahel security strategy": the region qualifies the noun, names no place
            office = ent.label_ == "ORG" and self._office_word(span)
            if office or (ent.label_ in {"ORG", "PERSON"} and self._portfolio(ent)):
                continue  # "Cabinet Secretary Jo Roe", "Minister of Roads and Works": an office's words, no body
            if state_for_demonym(span.text):
                if not spoken_language(span):  # "translated into Hungarian": a language, no state
                    yield Span(doc, span.start, span.end, label="Demonym")
                continue
            # a name after a form of address ("by The Hon Jane Roe MP") is a person's, in a heading too
            addressed = 1 < len(span) <= 3 and any(honorific(t) for t in doc[ent.start : span.start])
            headline = not (ent.label_ == "PERSON" and 1 < len(span) <= 3) and not addressed and headline_only(span)
            surname = ent.label_ == "PERSON" and tuple(t.text for t in span) in tails
            vague = not _state_body(ent, span) and vague_name(span, ent.label_, self.nouns, surname=surname)
            if headline or event_name(span) or vague:
                continue  # "Leaders Trade Accusations", "Member States": capitals that name nothing
            # "the Spokesman, Jo Roe": a body's reading of the name after an office and a comma is the model's slip
            titled = titled or title_before(doc, span.start) or (ent.label_ == "ORG" and title_apposed(span))
            if titled and len(span) == 1 and span[0].lower_ in _NAME_HEADS and span[0].is_title:
                continue  # "General Commissariat", "Supreme Command": the title word opens a body's name, no rank
            if ent.label_ == "PERSON" and not titled and (self._common_word(span, uses) or self._heading(span, uses)):
                continue
            if ent.label_ == "PERSON" and not titled and _genre_label(span, uses):
                continue
            if len(span) == 1 and self._labelled(span):
                continue  # "CORRECTION - Weekly figures ...": the text's label and its line's first word
            if ent.label_ != "PERSON" and span.text.isupper() and caps_line(doc, span.start):
                continue  # a transcript's title line or speaker label ("EAST AFRICA TONIGHT") is no place
            if ent.label_ == "PERSON" and not titled and members_follow(span):
                yield Span(doc, span.start, span.end, label="Organization", kb_id="ner")
                continue  # "suspected Harakat militants": a group named by its members, not a person
            if ent.label_ == "PERSON" and not titled and not surname and _article_led(span):
                yield Span(doc, span.start, span.end, label="Organization", kb_id="ner")
                continue  # "the Kurvasta approved the law": a one-word name led by "the" names a body
            if _service(ent, span) and not titled and not surname:
                yield Span(doc, span.start, span.end, label="Organization", kb_id="ner")
                continue  # "posted on Twitter", "use X": a service, run by a firm or project
            if context_person(span, ent.label_, self.body_words, titled=titled):
                yield Span(doc, span.start, span.end, label="Person", kb_id="context")
                continue
            named = tuple(t.text for t in span) in tails and (
                ent.label_ == "PERSON"
                or (
                    ent.label_ in {"GPE", "ORG", "NORP"} and not is_known_place(span.text) and not known_body(span.text)
                )
            )  # "Dembara" after "Governor Ama Dembara": the person, though the NER says place or body
            if ent.label_ == "ORG" and (body := _body_of_state(span)) is not None:
                owner = _owner_unit(span, body)
                if owner is not None:  # "the Government of X", X a territory or a federal state: X is a place too
                    yield owner
                span = body  # "the Electoral Commission of X": the body, owned by the state named after it
            label = "Person" if named else ner_label(span, ent.label_, titled, enum, states, placed)
            if label:
                yield Span(doc, span.start, span.end, label=label, kb_id="ner")

    def _label_word(self, span: Span) -> bool:
        """One common noun in capitals opening a line before a dash ("CORRECTION - ...", "UPDATE -"):
        a label of the text's kind, where a dateline's town would stand; a town a gazetteer knows
        by that word stays one."""
        tok = span[0]
        return len(span) == 1 and tok.is_upper and tok.lower_ in self.nouns and not is_known_place(tok.text)

    def _labelled(self, span: Span) -> bool:
        """``span`` is such a label, or the word the model ran on to after its dash ("CORRECTION -
        Weekly figures ...": "Weekly" is the line's first word, no name)."""
        doc = span.doc
        if self._label_word(span) and span.end < len(doc) and doc[span.end].text in _LABEL_DASHES:
            return _line_start(doc, span.start)
        i = span.start - 2
        return i >= 0 and doc[i + 1].text in _LABEL_DASHES and self._label_word(doc[i : i + 1]) and _line_start(doc, i)

    def _office_word(self, span: Span) -> bool:
        """A lone common noun right before a capitalised title word opens an office's name
        ("Cabinet Secretary", "Party Secretary"): the NER reads it as a body of its own."""
        doc, tok = span.doc, span[0]
        if len(span) != 1 or tok.lower_ not in self.generic or tok.is_upper or span.end >= len(doc):
            return False  # "Senate President Jo Roe", "Police Commissioner Jo Roe": a body and an office
        nxt = doc[span.end]
        return nxt.is_title and nxt.lower_ in TITLE_WORDS and not known_body(tok.text) and not state_key(tok.text)

    def _portfolio(self, ent: Span) -> bool:
        """Common nouns after an office's "of"/"for" ("Minister of Infrastructure and Equipment",
        "Commissioner for Water Resources"): the office's field, which the NER reads as a body's name.

        A word of a body's name (a head such as "Police" or "Bank"), a state or a demonym keeps it
        a body ("Director of the National Police").
        """
        doc = ent.doc
        i = ent.start - 1 if ent.start and doc[ent.start - 1].lower_ == "the" else ent.start
        i = self._first_field(doc, i, ent.end)  # "Minister of Justice and Public Order": the field opens at "Justice"
        if i < 2 or doc[i - 1].lower_ not in {"of", "for"} or not doc[i - 2].is_title:
            return False
        if doc[i - 2].lower_ not in TITLE_WORDS:
            return False
        for tok in ent:
            if tok.lower_ in {"and", "&", ",", "the"}:
                continue
            low = tok.lower_
            if low in _AGENCY_CUES or low in _NAME_HEADS or low in SITTING_HEADS:
                return False  # "Commanding Officer of the Coast Guard", "Chair of the Lands Board": a body
            if state_key(tok.text) or state_for_demonym(tok.text) or known_body(tok.text):
                return False
            if not (self._field_word(tok) or (low[:-1] in self.nouns and low.endswith("s"))):
                return False  # a word of a name, not of a field ("Operations" is the field's plural)
        return True

    def _field_word(self, tok: Token) -> bool:
        """A word an office's field is made of: a common noun, a title word, or an adjective before
        one ("International Cooperation", "Foreign Affairs")."""
        low = tok.lower_
        return low in self.nouns or low in TITLE_WORDS or (low in self.adjectives and not state_for_demonym(tok.text))

    def _first_field(self, doc: Doc, i: int, end: int) -> int:
        """Where an office's field opens when the name at ``i`` is its second one, after "and"
        ("Minister of Justice and Public Order": the NER takes "Public Order" for a person; "Minister
        of Foreign Affairs and International Cooperation"), else ``i``.

        Only capitalised words of a field (nouns, title words, adjectives) may stand between
        "of"/"for" and "and"; _portfolio still checks the words of the name itself. A portfolio
        listed with commas is read back field by field ("Minister for Trade, Industry and Tourism",
        "Minister of Education, Science and Technology": the NER takes the tail for a body) when
        an "and" closes the list by the name's end ("the King of X, Y ruled": Y is no field).
        """
        closed = any(t.lower_ in {"and", "&"} for t in doc[i - 1 : end + 2])
        while i >= 4 and doc[i - 1].lower_ in {"and", "&", ","} and (closed or doc[i - 1].text != ","):
            j = i - 1
            while j > 0 and i - 1 - j < 3 and doc[j - 1].is_title and self._field_word(doc[j - 1]):
                j -= 1
            if j == i - 1:
                break
            i = j
        return i

    def _common_word(self, span: Span, uses: _WordUses) -> bool:
        """A lone common noun opening a line or sentence ("Turnout was high", "HOST:"), or written
        alone in brackets ("(Laughter)"), not a name.

        The NER tags such words PERSON because they are capitalised where any word would be. A
        real surname usually recurs in a full name, or capitalised mid-sentence, or says things.
        """
        if len(span) != 1 or span[0].lower_ not in self.nouns:
            return False
        tok = span[0]
        if not (_opening(tok) or tok.is_upper) or tok.head.lemma_.lower() in _SPEECH:
            return False
        if speaks_or_acts(span, strict=False):
            return False  # "Hegel wrote", "Darwin died": the lexicon lists famous names as nouns too
        if tok.lower_ in uses.in_people:
            return False
        doc = span.doc
        return not any(i != tok.i and not _opening(doc[i]) for i in uses.capitalised.get(tok.lower_, ()))

    def _heading(self, span: Span, uses: _WordUses) -> bool:
        """A line of two to four common words alone, opening with a modifier ("Opening Remarks"): a heading.

        The NER reads a short capitalised line as a person's name. A heading opens with a verb's
        "-ing" form or an adjective that is no noun ("Closing", "Introductory"), then common nouns
        of the model's lexicon; a given name is a noun if the lexicon has it at all ("Rose", "Mark"),
        so a byline of such words stays a name. A heading's words recur capitalised nowhere else.
        """
        if not 2 <= len(span) <= _HEADING_WORDS or not _alone_on_line(span) or not self._modifier(span[0]):
            return False
        if not all(common_word(t, self.headline_words) and t.is_title for t in span[1:]):
            return False
        return not any(i not in range(span.start, span.end) for t in span for i in uses.capitalised.get(t.lower_, ()))

    def _modifier(self, tok: Token) -> bool:
        """A verb's "-ing" form ("Opening", "Concluding") or an adjective that is no noun ("Introductory")."""
        low = tok.lower_
        if low.endswith("ing") and (low[:-3] in self.verbs or f"{low[:-3]}e" in self.verbs):
            return True
        return low in self.adjectives and low not in self.nouns


#: Dashes a label is set off with before its line goes on.
_LABEL_DASHES = frozenset({"-", "–", "—"})


def _line_start(doc: Doc, i: int) -> bool:
    """Token ``i`` opens the text or a line."""
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or "\n" in doc[i - 1].whitespace_


def _opening(tok: Token) -> bool:
    """``tok`` stands where any word is capitalised: opening a sentence or a line, after a colon or
    a quotation mark, inside an opening bracket (a transcript's "(Laughter)") or after a footnote's
    mark ("¹ Turnout is counted ...")."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    if tok.is_sent_start or prev is None or prev.is_space or prev.text in {":", '"', "“", "(", "["}:
        return True
    return all(c in _NOTE_MARKS for c in prev.text)


#: Marks a footnote opens with: superscript figures, asterisks and daggers.
_NOTE_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡")


#: The most words a heading line read as a name has ("Statement by the Chair" is read as no name).
_HEADING_WORDS = 4


def _alone_on_line(span: Span) -> bool:
    """The span is its line's whole text: a line break (or the text's edge) on either side."""
    doc = span.doc
    before = span.start == 0 or (doc[span.start - 1].is_space and "\n" in doc[span.start - 1].text)
    after = span.end == len(doc) or (doc[span.end].is_space and "\n" in doc[span.end].text)
    return before and after


def _genre_label(span: Span, uses: _WordUses) -> bool:
    """One word opening a line before a colon and a headline ("Backgrounder: How the vote works"):
    the piece's genre label, no person, whether the lexicon knows the word or not.

    A speaker's label is told apart by what follows and by recurrence: a turn ends like a sentence
    (a full stop), and a speaker's name recurs (in a full name, or capitalised elsewhere).
    """
    doc, tok = span.doc, span[0]
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].text != ":":
        return False
    if tok.i and not (doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text):
        return False
    if tok.lower_ in uses.in_people or any(i != tok.i for i in uses.capitalised.get(tok.lower_, ())):
        return False
    last = None
    for t in doc[span.end + 1 :]:
        if t.is_space and "\n" in t.text:
            break
        last = t
    return last is not None and last.text not in {".", "!", '"', "”", "’", "'"}


class _WordUses:
    """Where a Doc uses each word, gathered once per Doc (and only if asked): a check per name
    that scanned the whole text would make a long text cost the square of its length."""

    def __init__(self, doc: Doc, people: list[Span]) -> None:
        self.doc, self.people = doc, people

    @cached_property
    def in_people(self) -> frozenset[str]:
        """The words of the persons' names the NER found (lower case)."""
        return frozenset(t.lower_ for p in self.people for t in p)

    @cached_property
    def capitalised(self) -> dict[str, list[int]]:
        """Word (lower case) -> where it stands not in lower case and not opening a sentence."""
        doc = self.doc
        strings, lower = doc.vocab.strings, column(doc, LOWER)
        starts = column(doc, SENT_START).view(np.int64)  # 1, -1 or 0 (unknown), stored unsigned
        kept = (starts <= 0) & (column(doc, IS_LOWER) == 0)  # is_sent_start False or None, not lower case
        out: dict[str, list[int]] = defaultdict(list)
        for i in np.flatnonzero(kept).tolist():
            out[strings[int(lower[i])]].append(i)
        return out


def _service(ent: Span, span: Span) -> bool:
    """A name the NER read as a person or an unknown place, where the text uses a service ("on X")."""
    if ent.label_ == "GPE":
        return not is_known_place(span.text) and service_name(span, posted_only=True)
    return ent.label_ == "PERSON" and service_name(span)


#: Heads of an international body's own organs and missions ("... Support Mission", "... Development Programme").
_ORGAN_HEADS = BODY_HEADS | COUNCIL_HEADS | {"mission", "programme", "program", "fund", "operation", "observers"}
_BODIES = frozenset({"Organization", "Agency"})


def _organ(ent: Span) -> bool:
    """An NER body name that opens with a known international body and ends in an organ's head:
    "the United Nations Integrated Support Mission" is the mission, not the United Nations; "the
    AU Commission" is the commission."""
    words = [t for t in ent if t.lower_ != "the"]
    words = words[: next((k for k, t in enumerate(words) if k and t.lower_ in {"in", "for"}), len(words))]
    least = 2 if words and words[0].is_upper else 3  # "the AU Commission": an acronym and the organ's head
    if ent.label_ != "ORG" or len(words) < least or not words[-1].is_title or words[-1].lower_ not in _ORGAN_HEADS:
        return False
    return any(known_body(" ".join(t.text for t in words[:k])) for k in (1, 2, 3)) and _name_ends(ent)


#: World regions a body's own name may open with ("the Arctic Fisheries Council").
_WORLD_REGIONS = frozenset(r.removeprefix("the ") for r in WORLD_REGIONS)


def _regional_body(ent: Span) -> bool:
    """An NER body name of capitalised words that opens with a world region and ends in no place
    word: "the Arctic Fisheries Council" is the council, no mention of the Arctic (the gazetteer
    would otherwise read the region alone and the body would be lost)."""
    words = ent[1:] if ent[0].lower_ == "the" else ent
    if ent.label_ != "ORG" or len(words) < 2 or not all(_name_word(t) for t in words):
        return False
    return head_class(words) not in {"Region", "State", "Place", "Settlement", "None"}


def _name_word(tok: Token) -> bool:
    return tok.is_title or (tok.is_upper and len(tok) > 1) or tok.lower_ in {"of", "and", "for", "the"}


#: Water words a demonym opens the name of ("the Indian Ocean", "the Arabian Sea").
_SEA_WORDS = frozenset({"ocean", "sea"})


def _sea_name(span: Span) -> bool:
    """A demonym before a capitalised "Ocean" or "Sea" names the water, no state: "the Indian Ocean
    Fisheries Commission" is a body named after the ocean, with no mention of India."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_ in _SEA_WORDS


def _organ_places(ents: list[Span]) -> list[Span]:
    """``ents`` with an organ's name run on over the place a bracketed short form closes ("the UN
    Mission" + "in Norland (UNMN)"), and the place's own entity inside it dropped."""
    out: list[Span] = []
    for ent in ents:
        end = _place_tail(ent) if _organ(ent) else ent.end
        if out and out[-1].end > ent.start:
            continue  # inside the organ's name read whole
        out.append(ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_))
    return out


def _place_tail(ent: Span) -> int:
    """End of "in/for Place" after ``ent`` when a bracketed short form follows it, else ``ent.end``."""
    doc, i = ent.doc, ent.end
    if i + 1 >= len(doc) or doc[i].lower_ not in {"in", "for"} or not doc[i + 1].is_title:
        return ent.end
    j = i + 1
    while j < len(doc) and j - i <= 5 and (doc[j].is_title or doc[j].lower_ in {"the", "and"}):
        j += 1
    closed = j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].is_upper
    return j if closed else ent.end


def _name_ends(ent: Span) -> bool:
    """The name ends with the span, or with the place after it that a bracketed short form closes.

    "the X Office for West Y and Z" or "the X Office in Y" without a short form: the NER cut the
    name, and the part it kept is no name of its own (the body it opens with stands).
    """
    doc, i = ent.doc, ent.end
    if i + 1 >= len(doc) or doc[i].lower_ not in {"in", "for", "of"} or not doc[i + 1].is_title:
        return True
    i += 1
    while i < len(doc) and i - ent.end <= 4 and (doc[i].is_title or doc[i].lower_ == "the"):
        i += 1
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper


def _state_body(ent: Span, span: Span) -> bool:
    """ "the Kenyan Defence Forces": a body's plural head after a demonym the name opened with is the
    state's body, no vague group ("Defence Forces" alone would be one)."""
    doc = span.doc
    lead = doc[span.start - 1] if span.start > ent.start else None
    return lead is not None and span[-1].lower_ in _AGENCY_CUES and bool(state_for_demonym(lead.text))


#: Last words of a crossing's name the NER reads as a person's ("Tarvo Checkpoint"): no surname.
_CROSSING_ENDS = frozenset({"checkpoint", "checkpoints", "crossing", "crossings"})


def _personal_name(ent: Span) -> Span | None:
    """The person an NER span names, without its title: a PERSON span, or an ORG span that only a
    title made a body ("Spokesperson Jo Roe-Lind"), so that "Roe-Lind" alone later joins it."""
    name, titled = _strip(ent)
    if ent.label_ == "PERSON":
        return None if len(name) and name[-1].lower_ in _CROSSING_ENDS else name
    if ent.label_ != "ORG" or not titled or not len(name) or head_class(name) is not None:
        return None
    if any(not (t.is_title or t.text == "-") or t.lower_ in _AGENCY_CUES or t.lower_ in BODY_HEADS for t in name):
        return None
    return name


def _unled(span: Span) -> Span:
    """``span`` without a leading article: "the Sea of X" is read by its words "Sea of X"."""
    return span[1:] if len(span) > 1 and span[0].lower_ in {"the", "a", "an"} else span


def _prefixed_place(span: Span) -> Span:
    """ "Lake Tarnia", "Mount Tarnia": a state's name after a place's capitalised lead word names that place;
    "Northern Tarnia", "West Tarnia" (a capitalised compass word, and no state of that whole name) a region.
    """
    doc = span.doc
    if span.label_ != "State" or not span.start:
        return span
    lead = doc[span.start - 1]
    if lead.text in {"Lake", "Mount", "Gulf", "Sea"}:
        return Span(doc, span.start - 1, span.end, label="Place")
    if lead.is_title and lead.lower_ in COMPASS and not state_key(f"{lead.text} {span.text}"):
        return Span(doc, span.start - 1, span.end, label="Region")
    return span


def _city_named_after(span: Span) -> Span | None:
    """ "Kuwait City", "Panama City", "Quebec City": a state's or region's name and the capitalised
    word after it, when GeoNames knows a city by that whole name, are the city, not the state."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_title or doc[span.end].ent_iob_ == "B":
        return None
    whole = doc[span.start : span.end + 1]
    city = doc[span.end].text == "City"  # "Tarnia City": a state's name with "City" is its capital's
    return Span(doc, whole.start, whole.end, label="Settlement") if city or is_city_name(whole.text) else None


def _name_tails(people: list[Span]) -> frozenset[tuple[str, ...]]:
    """The last words of each person's name, short of the whole name: a span that repeats one
    names that person ("Davis" after "Chad Davis"). A set, so a long text's thousands of names
    are not compared with every span.
    """
    return frozenset(tuple(t.text for t in p[-k:]) for p in people for k in range(1, len(p)))


def _first_word(span: Span) -> int:
    """Index of the first token of ``span`` after a leading article ("the Latvian Border Guard")."""
    return span.start + 1 if span[0].lower_ in {"the", "a", "an"} else span.start


def _around(pairs: Iterable[tuple[int, int]]) -> Callable[[Span], list[tuple[int, int]]]:
    """Token ranges -> a function giving those that may hold a span (a superset; no scan per span)."""
    ranges = Intervals((start, end, None) for start, end in pairs)
    return lambda span: [(start, end) for start, end, _ in ranges.near(span.start, span.end)]


def _inside(span: Span, people: list[Span]) -> bool:
    """``span`` lies within a multi-word person name (and is not the whole of it)."""
    # people are entity spans, in text order and not overlapping: only the last one starting at or
    # before the span can hold it (a binary search keeps long texts linear)
    i = bisect_right(people, span.start, key=lambda p: p.start) - 1
    return i >= 0 and span.end <= people[i].end and len(span) < len(people[i])


def _doc_states(doc: Doc) -> frozenset[str]:
    """ISO codes of the states the document names or evokes (gazetteer State and Demonym spans)."""
    out = set()
    for span in doc.spans.get(GAZETTEER_KEY, []):
        if span.label_ == "State":
            out.add(state_code(span.text) or "")
        elif span.label_ == "Demonym":
            out.add((state_for_demonym(span.text) or "")[6:])
    return frozenset(out - {""})
