"""Linked mentions -> the same body under its short and long names, and the state a body's name opens with.

News names a body in full once and then shorter: by the form in brackets after it ("General
Service Unit (GSU)"), or without the state its name opens with ("Norland Air Force" ... "the Air
Force"). These steps of the entity linker make each one entity, and add the state a body's own
name opens with as one of the text's states.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked, mk
from kg.lexicon.gazetteer import state_code, state_name, state_same_as
from kg.lexicon.head_first_bodies import opens_with_body_word
from kg.lexicon.names import entity_key

__all__ = ["apposed_short_forms", "initialled_units", "owners_inside", "state_prefixed"]

#: What may stand between a body's name and its bracketed short form: nothing, "of <Name>", or the
#: place a mission or office works in, "in <Name>" ("Support Mission in Norland (SMN)").
_OF_GAP = re.compile(r"\s*(?:(?:of|in)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s*)?")
#: Or a state's long name, which keeps its own "of the" ("of the Democratic Republic of the Congo").
_STATE_GAP = re.compile(r"\s*of\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w'-]*){1,5})\s*")


def _gap_ok(gap: str) -> bool:
    """What stands between a body's name and its bracketed short form may: see ``_OF_GAP``."""
    if _OF_GAP.fullmatch(gap):
        return True
    named = _STATE_GAP.fullmatch(gap)
    return named is not None and state_code(named.group(1)) is not None


_BODIES = frozenset({"Organization", "Agency"})


def apposed_short_forms(text: str, links: list[Linked]) -> list[Linked]:
    """A one-word name in brackets right after a body's name is that body: "Coastal Fisheries Board (CFB)".

    The bracketed form need not spell the initials (a name in another language, "(Migraciones)", or
    several words opening with the kind of body, "(Ministerio del Interior)"),
    and every later mention of it is the same body too. An "of <Name>" may stand between the
    body and the bracket ("the Border Police of Norland (BPN)"), and so may the place a body works
    in ("the Regional Support Mission in Norland (RSMN)").
    """
    bodies = [lk for lk in links if lk.type in {"Organization", "Agency"} and lk.kind == "name"]
    owner: dict[str, Linked] = {}
    written: dict[str, Linked] = {}
    added: list[Linked] = []
    paired = _native_pairs(text, links)
    for lk in links:
        paren = text.rfind("(", 0, lk.start)
        # a name in the body's own language that opens with its kind ("(Ministerio del Interior)") may run to words
        native = lk.type in _BODIES and opens_with_body_word(lk.text.split())
        one_word = native or " " not in lk.text
        if lk.start not in paired and (not one_word or not lk.text[:1].isupper() or text[lk.end : lk.end + 1] != ")"):
            continue
        if paren < 0 or (lk.start not in paired and text[paren + 1 : lk.start].strip()):
            continue
        full = next((b for b in reversed(bodies) if b.end <= paren and _gap_ok(text[b.end : paren])), None)
        inner = _tail_body(text, full, paren, lk.text) if full is not None else None
        if inner is not None:  # "the Council of Ministers of the Coastal Union (CU)": the Union is "CU"
            added.append(inner)
            full = inner
        if native and full is not None and full.text.isupper() and " " not in full.text:
            full, lk = lk, full  # "SEVICO (Servico de Vigilancia X)": the letters are short for the full name
        if full is not None and full.key != lk.key:
            owner.setdefault(lk.key, full)
            written.setdefault(lk.text, full)  # a later use the model typed apart ("X said") is the body too
    return [
        Linked(lk.start, lk.end, lk.text, t.type, t.key, t.name, lk.kind, t.same_as, t.parent)
        if (t := owner.get(lk.key) or (written.get(lk.text) if lk.type in _BODIES else None)) is not None
        else lk
        for lk in links
        if not any(a.start <= lk.start and lk.end <= a.end and lk.type not in _BODIES for a in added)
    ] + added  # "Coastal" inside "the Coastal Union (CU)" is the body's word, no region


def _native_pairs(text: str, links: list[Linked]) -> set[int]:
    """Starts of the names of a bracket "(Native Name, NN)" whose acronym spells the name before it:
    "the Border Guard (Straz Graniczna Tarnii, SGT)" gives the body's name in its own
    language and its initials, both the body's, whether or not the model found the native name. A
    bracket such as "(Jo Roe, spokeswoman)" gives none."""
    starts = {lk.start for lk in links}
    out: set[int] = set()
    for short in links:
        comma = text.rfind(",", 0, short.start)
        opened = text.rfind("(", 0, short.start)
        if not (0 <= opened < comma) or text[comma + 1 : short.start].strip() or text[short.end : short.end + 1] != ")":
            continue
        native = text[opened + 1 : comma].strip()
        if short.text.isupper() and _contracts(short.text, native) and ")" not in native:
            out.add(short.start)
            out |= {opened + 1} & starts
    return out


def _tail_body(text: str, full: Linked, paren: int, short: str) -> Linked | None:
    """The body named after an "of" of the phrase before the bracket when the bracketed ``short``
    form contracts it and not the whole phrase: "Council of Ministers of the Coastal Union (CU)".

    A contraction spells each word of the name by its first letters, in order ("CU", "COCU" for
    "Coastal Union"); the organ that opens the phrase is the bigger body's, not the short form's.
    The longest such name wins ("… of the Union of Coastal States (UCS)").
    """
    phrase = text[full.start : paren].rstrip()
    if not short.isupper() or len(short) < 2 or _contracts(short, full.name) or _contracts(short, phrase):
        return None
    for m in re.finditer(r"\bof\s+(?:the\s+)?(?=[A-Z])", phrase):
        tail = phrase[m.end() :]
        if _contracts(short, tail):
            start = full.start + m.end()
            return Linked(start, start + len(tail), tail, "Organization", entity_key("Organization", tail), tail)
    return None


def _contracts(short: str, name: str) -> bool:
    """True when ``short`` is the first letters of each capitalised word of ``name``, in order."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper()]
    return len(words) > 1 and _spelled(short.lower(), words)


def _spelled(short: str, words: list[str]) -> bool:
    """True when ``short`` is one or more first letters of each of ``words`` in turn, all used."""
    if not words:
        return not short
    word = words[0]
    return any(
        short[:n] == word[:n] and _spelled(short[n:], words[1:]) for n in range(1, min(len(short), len(word)) + 1)
    )


def initialled_units(links: list[Linked]) -> list[Linked]:
    """A unit named with its parent's initials is the unit named in full: "the TDF Coast Guard"
    after "the Tarnian Defence Force Coast Guard" (the initials spell the words before the unit's
    own words). With two such full names the short one stays apart."""
    bodies = [lk for lk in links if lk.type in _BODIES and lk.kind == "name"]
    out = []
    for lk in links:
        words = lk.name.split()
        short = words[0] if len(words) > 1 and lk.type in _BODIES else ""
        rest = " ".join(words[1:])
        if not (short.isupper() and short.isalpha() and len(short) > 1):
            out.append(lk)
            continue
        fulls = {
            b.key: b
            for b in bodies
            if b.name.endswith(f" {rest}") and b.key != lk.key and _contracts(short, b.name[: -len(rest) - 1])
        }
        if len(fulls) == 1:
            t = next(iter(fulls.values()))
            lk = Linked(lk.start, lk.end, lk.text, t.type, t.key, t.name, lk.kind, t.same_as, t.parent)
        out.append(lk)
    return out


def state_prefixed(links: list[Linked]) -> list[Linked]:
    """A body named with and without its state before it is one body: "Norland Air Force", "the Air Force"."""
    bodies = {"Organization", "Agency"}
    full: dict[str, Linked] = {}
    for lk in links:
        words = lk.name.split()
        if lk.type not in bodies or lk.kind != "name":
            continue
        for k in (1, 2, 3):
            if len(words) > k and state_code(" ".join(words[:k])):
                full.setdefault(" ".join(words[k:]), lk)
    out = []
    for lk in links:
        t = full.get(lk.name) if lk.type in bodies else None
        if t is not None and t.key != lk.key:
            lk = Linked(lk.start, lk.end, lk.text, t.type, t.key, t.name, lk.kind, t.same_as, t.parent)
        out.append(lk)
    return out


def owners_inside(bodies: list[tuple[SpacySpan, Linked]], seen: set[str]) -> list[Linked]:
    """The state a body's own name opens with, as a mention of that state ("Norland Revenue Authority").

    A text may name its state only inside its bodies' names; the state is still one of its
    entities, and the body is part of it.
    """
    out: list[Linked] = []
    for span, lk in bodies:
        parent = lk.parent or ""
        if not parent.startswith("state/") or parent in seen:
            continue
        code = parent[6:]
        parts = (span[i : i + size] for size in (3, 2, 1) for i in range(len(span) - size + 1))
        part = next((p for p in parts if state_code(p.text) == code), None)
        if part is not None:
            out.append(mk(part, "State", parent, state_name(code), same_as=state_same_as(code)))
            seen.add(parent)
    return out
