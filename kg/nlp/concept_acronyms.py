"""Doc -> the acronyms it defines by a lower-case phrase: terms, not names ("sea ice drift (SID)").

Reports, papers and manuals spell a term out once and then use its initials: "the effect of
coastal wind shear (CWS) ... CWS values rose". The NER reads such capital runs as organizations
(or places), yet a phrase written in lower case is a common noun, so its initials name a concept
and no person, place or body. A body's name is written capitalised ("the Coastal Fisheries Board
(CFB)"), which this reading leaves alone; the definition must spell the initials exactly, word by
word (hyphenated words count as their parts), so a bracketed code that only follows a phrase
is no definition.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["concept_acronyms", "is_concept_acronym"]

#: Words a definition may skip when its initials leave them out ("internally displaced persons
#: (IDPs)" spells every word, "rate of return (ROR)" spells "of" too, "return on assets (ROA)").
_SKIPPABLE = frozenset({"of", "and", "the", "on", "in", "for", "to", "a", "an"})
#: Letters an acronym may have: shorter runs are too often ordinary words, longer ones are rare.
_LETTERS = range(2, 8)


def concept_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms ``doc`` defines right after a lower-case phrase that spells them.

    Linear: one pass over the tokens, looking back a few words at each bracketed capital run.
    """
    out: set[str] = set()
    for i in range(1, len(doc) - 1):
        if doc[i - 1].text != "(" or doc[i + 1].text != ")":
            continue
        letters = _letters(doc[i].text)
        if letters and _spelled_before(doc, i - 1, letters):
            out.add(doc[i].text)
    return frozenset(out)


def is_concept_acronym(span: Span, acronyms: frozenset[str]) -> bool:
    """``span`` is one of ``acronyms`` (alone, or after an article: "the CWS")."""
    words = [t.text for t in span if t.lower_ not in {"the", "a", "an"}]
    return len(words) == 1 and words[0] in acronyms


def _letters(text: str) -> str:
    """The initials an acronym stands for, lower case ("SID" -> "sid", "IDPs" -> "idp"), or ""."""
    core = text[:-1] if text.endswith("s") and text[:-1].isupper() else text
    return core.lower() if core.isalpha() and core.isupper() and len(core) in _LETTERS else ""


def _spelled_before(doc: Doc, bracket: int, letters: str) -> bool:
    """The lower-case words before ``bracket`` spell ``letters`` by their initials, word by word."""
    parts: list[str] = []
    j = bracket - 1
    while j >= 0 and len(parts) < 2 * len(letters):
        tok = doc[j]
        if tok.text in {"-", "‐"}:
            j -= 1
            continue
        if not tok.is_alpha or not tok.is_lower:
            break
        parts.append(tok.text)
        j -= 1
    want = list(reversed(letters))
    k = 0
    for word in parts:  # from the bracket backwards
        if k == len(want):
            break
        if word[0] == want[k]:
            k += 1
        elif word not in _SKIPPABLE or k == 0:
            return False
    return k == len(want)
