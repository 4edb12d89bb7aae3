"""Doc -> the names of a state force's units by their shape: "the 9th Mountain Division", "Rifle Battalion 12".

Armies, navies and police forces name their units by a number and a kind of arm or unit:
"the 3rd Infantry Division", "the Sixth Armoured Brigade", "Rifle Battalion 23". The
statistical NER reads such names poorly: it tags the ordinal apart, leaves a spelled ordinal
("Sixth") out of the name or misses the whole, calls a division an organization, and a rule of
place reads "troops from the 1st Infantry Division" as a town. The shape says what it is: a unit
noun (division, brigade, battalion, ...) numbered by an ordinal before it or a number after it,
or qualified by a kind of arm (infantry, armoured, ...), is a unit of some state's forces, an
agency, never an armed group of its own, a firm or a place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp.doctext import with_lower
from kg.nlp.heads import AGENCY_CUES

__all__ = ["UNIT_NOUNS", "force_unit", "numbered_command", "unit_name", "unit_name_spans"]

#: Nouns that end the name of a unit of a force; each also ends other names ("Immigration
#: Division", "the Qassam Brigades"), so only a number or an arm word makes the name a unit's.
UNIT_NOUNS = frozenset({"division", "brigade", "battalion", "regiment", "squadron", "flotilla", "fleet"})
#: Nouns of a force's territorial command, a unit only after "Military" or "Naval" ("the 5th
#: Military Region", "the Second Naval District"); alone they are the map's.
_COMMAND_AREAS = frozenset({"region", "district", "zone"})
_COMMAND_LEADS = frozenset({"military", "naval"})
#: Capitalised compass words that name a command as an ordinal numbers one ("the Northern Military Region").
_COMMAND_COMPASS = frozenset({"northern", "southern", "eastern", "western", "central"})
_COMMAND_COMPASS |= {"northeastern", "northwestern", "southeastern", "southwestern"}
#: Kinds of arm and of unit that qualify a unit noun ("Infantry Division", "Armoured Brigade").
_ARMS = frozenset(
    {"infantry", "armoured", "armored", "mechanised", "mechanized", "motorised", "motorized", "airborne"}
    | {"artillery", "cavalry", "mountain", "marine", "rifle", "tank", "paratroop", "parachute", "commando"}
    | {"jaeger", "jäger", "ranger", "rangers", "engineer", "engineers", "assault", "guards", "grenadier"}
)
#: An ordinal in figures ("2nd", "101st") or spelled ("Second", "Tenth", "Twenty-First").
_ORDINAL = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)"
    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|fortieth|fiftieth)",
    re.IGNORECASE,
)
#: Capitalised words at most between an ordinal and the unit noun ("the 7th Highland Rifle Brigade").
_MAX_MODIFIERS = 3


def _ordinal(text: str) -> bool:
    """An ordinal that can number a unit: in figures, or a spelled one written with a capital."""
    return bool(_ORDINAL.fullmatch(text)) and (text[:1].isdigit() or text[:1].isupper())


def unit_name(name: str) -> bool:
    """``name`` is a force's unit's: a capitalised unit noun numbered by an ordinal first or a
    number last ("Rifle Battalion 23"), or qualified by a capitalised arm word."""
    words = [w for w in name.split() if w.lower() != "the"]
    if len(words) > 2 and words[-1].isdigit() and words[-2].lower() in UNIT_NOUNS:
        return words[-2].istitle()  # "Rifle Battalion 23"
    if len(words) > 2 and words[-1].lower() in _COMMAND_AREAS and words[-2].lower() in _COMMAND_LEADS:
        return _command_lead(words[0]) and words[-1].istitle()  # "the 8th Military Region"
    if len(words) < 2 or words[-1].lower() not in UNIT_NOUNS or not words[-1].istitle():
        return False
    return _ordinal(words[0]) or any(w.lower() in _ARMS and w.istitle() for w in words[:-1])


def force_unit(span: Span) -> bool:
    """The span is a force's unit's name (:func:`unit_name`)."""
    return unit_name(span.text)


def unit_name_spans(doc: Doc) -> list[Span]:
    """Units named by an ordinal and capitalised words up to a unit noun ("the Sixth Armoured
    Brigade"), or by capitalised words with an arm among them, a unit noun and a number ("Rifle
    Battalion 23"), labelled ``Agency``: the names the NER cuts, misses or mistypes."""
    out: list[Span] = []
    for head in with_lower(doc, UNIT_NOUNS | _COMMAND_AREAS):
        i = head.i
        if not head.is_title or (head.lower_ in _COMMAND_AREAS and not _command_area(doc, i)):
            continue
        start = i
        while start > 0 and i - start < _MAX_MODIFIERS and _modifier(doc[start - 1]):
            start -= 1
        if start > 0 and _ordinal(doc[start - 1].text):
            out.append(Span(doc, _tens(doc, start - 1), _of_members(doc, i + 1), label="Agency"))
            continue
        if head.lower_ in _COMMAND_AREAS and _command_lead(doc[i - 2].text):
            out.append(Span(doc, i - 2, i + 1, label="Agency"))  # "the Eastern Military Region"
            continue
        numbered = i + 1 < len(doc) and doc[i + 1].like_num and doc[i + 1].is_digit
        if numbered and head.lower_ in UNIT_NOUNS and any(t.lower_ in _ARMS for t in doc[start:i]):
            out.append(Span(doc, start, i + 2, label="Agency"))
    return out


def _command_area(doc: Doc, i: int) -> bool:
    """ "Military Region" at ``i`` (its head) right after an ordinal or a compass word: a force's command."""
    return i > 1 and doc[i - 1].lower_ in _COMMAND_LEADS and doc[i - 1].is_title and _command_lead(doc[i - 2].text)


def _command_lead(text: str) -> bool:
    """What names a force's command before "Military Region": an ordinal ("8th") or a capitalised compass word."""
    return _ordinal(text) or (text.istitle() and text.lower() in _COMMAND_COMPASS)


def numbered_command(span: Span) -> bool:
    """``span`` ("Military Region") ends a numbered command's name ("the 8th Military Region"): no
    region of the map, whatever a pattern for "X Region" read."""
    return span[-1].lower_ in _COMMAND_AREAS and _command_area(span.doc, span.end - 1)


def _modifier(tok: Token) -> bool:
    """A capitalised word of a unit's name between its number and its noun ("Mountain")."""
    return tok.is_alpha and (tok.is_title or tok.is_upper) and not tok.is_stop and not _ordinal(tok.text)


def _tens(doc: Doc, i: int) -> int:
    """Start of a spelled ordinal the tokenizer split at its hyphen: "Sixty-" before "Second"."""
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return i - 2 if doc[i - 2].lower_ in _TENS else i
    return i


#: Tens of a spelled ordinal ("Twenty-First", "Fifty-Fourth").
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})


def _of_members(doc: Doc, end: int) -> int:
    """End of a unit's name that goes on with "of" and the plural of its members ("Regiment" + "of
    Highland Volunteers"); an "of the X Army" or "of X" names whose unit it is, and stops it."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    j = end + 1
    while j < len(doc) and j - end <= _MAX_MODIFIERS and _modifier(doc[j]):
        j += 1
    last = doc[j - 1]
    return j if j > end + 1 and last.tag_ in {"NNS", "NNPS"} and last.lower_ not in AGENCY_CUES else end
