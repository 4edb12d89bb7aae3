"""Span -> is it a vehicle's model name: "an MH-60T Jayhawk helicopter" names a type of aircraft, no one.

Reports of rescues and deployments name the craft by a model code and a model name before the
kind of vehicle. The NER reads the name part ("Jayhawk", "Wolverine") as a person or a body.
The shape decides: a model code (capitals and digits, "MH-60T", "HC-144") in or right before
the name, and a vehicle noun right after it (an adjective may come between: "M-20 Kestrel
armoured vehicles"). An operator's name has no model code ("a Coast Guard helicopter"), and
stays.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

__all__ = ["vehicle_model"]

#: Kinds of aircraft and land vehicle a model name is written before (ships: see ``_VESSELS``).
_VEHICLES = frozenset(
    {"helicopter", "aircraft", "airplane", "aeroplane", "plane", "jet", "airliner", "drone", "fighter", "bomber"}
    | {"vehicle", "truck", "lorry", "tank", "car", "bus", "van", "carrier", "launcher", "rocket", "missile"}
)
#: A model code: capitals, an optional dash, digits and an optional letter ("MH-60T", "C130", "KX-7").
_CODE = re.compile(r"[A-Z]{1,4}-?\d{1,4}[A-Z]{0,2}")


def vehicle_model(span: Span) -> bool:
    """The span is a model name: a code in it or just before it, and a vehicle noun just after it."""
    doc = span.doc
    coded = any(_code(t.text) for t in span) or _code(_word_before(span))
    if not coded:
        return False
    after = span.end
    if after < len(doc) and doc[after].pos_ == "ADJ":
        after += 1  # "armoured vehicles"
    return after < len(doc) and doc[after].lemma_.lower() in _VEHICLES and doc[after].is_lower


def _code(text: str) -> bool:
    return _CODE.fullmatch(text) is not None


def _word_before(span: Span) -> str:
    """The whitespace-delimited word before the span, whose tokens the tokenizer may have split ("MH-60" "T")."""
    doc, j = span.doc, span.start
    if j == 0 or not doc[j - 1].whitespace_:
        return ""
    k = j - 1
    while k > 0 and not doc[k - 1].whitespace_ and not doc[k - 1].is_space:
        k -= 1
    return doc[k:j].text
