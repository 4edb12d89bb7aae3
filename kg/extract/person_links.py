"""Person spans -> one linked key per person of the document: shorter forms join the full name.

News names a person in full once and then shorter: by the surname ("Roe" of "Jane Roe"), the
given name alone, the given name and one of two surnames, an initial and the surname ("J. Roe"
signing a text that named Jane Roe), the surname of a name whose given name follows it
("Mr Tam" of "Jo Tam Wai-kin", romanised Chinese with an English name before it), or, in Russian
and Central Asian usage, the given name and the patronymic a speaker addresses the person by
("Jo Ivanovich" of "Jo Roe"). A short form that two full names could own stays apart.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked, mk
from kg.lexicon.names import entity_key
from kg.nlp.patronymics import is_patronymic

__all__ = ["FullNames", "link_persons", "name_words"]


def link_persons(spans: list[SpacySpan]) -> list[Linked]:
    """One key per person of the document: every shorter form joins the full name it abbreviates.

    "Boric" and "BORIC" join "Gabriel Boric", "Ana Ruiz" joins "Ana Maria Ruiz", and a given name
    alone ("Marta"), an initial and surname ("M. Roe") or a polite address ("Marta Ivanovna") joins
    the one full name it may stand for, and stays apart when two full names could own it; a
    surname two full names share goes to the longest. An address is a full name only when the text
    names nobody it could stand for: it is longer than the name it shortens ("Viktor
    Nikolayevich" of "Viktor Roe"), so it is filed after the others.
    """
    fulls = FullNames()
    ordered = sorted(spans, key=lambda s: (-len(s.text), s.start))
    for addresses in (False, True):
        for span in ordered:
            name = _plain(span.text)
            if _address(name) == addresses and not fulls.owners(name):
                fulls.add(name)
    out = []
    for span in spans:
        name = _plain(span.text)
        owners = fulls.owners(name)
        words = name_words(name)
        given = len(words) == 1 and any(name_words(f)[0] == words[0] for f in owners)
        short = given or _address(name) or _initialled(words)
        full = name if not owners or (short and len(owners) > 1) else owners[0]
        out.append(mk(span, "Person", entity_key("Person", full), full))
    return out


class FullNames:
    """Full names in the order found, indexed by the shorter forms that name them.

    A name is a full name or a shorter form of it when its words (:func:`name_words`) are the
    full name's, or its last words ("Okafor" of "Amara Okafor"), or the first of two surnames
    ("Quiroga" of "Ana Lucia Quiroga Mendez"), or its given name alone, or its first and last word
    (no middle names), or its given name and first surname ("Ana Quiroga": a name of two surnames
    loses the second as often as the first), or the initial of its given name and its surname
    ("A. Okafor"), or the surname before a given name written as romanised Chinese ("Tam" of
    "Jo Tam Wai-kin"), or a polite address by its given name and a patronymic ("Amara Ivanovna":
    see :func:`_address`). Comparing every name with every full name costs the square of a
    document's people, and a long text names thousands: each full name is filed under every form
    that names it, so finding a name's owners is a few lookups.
    """

    def __init__(self) -> None:
        self.names: list[str] = []
        self.by_form: dict[tuple[str, ...], list[int]] = defaultdict(list)

    def add(self, name: str) -> None:
        words = tuple(name_words(name))
        forms = {("all", *words)}
        forms.update(("tail", *words[-k:]) for k in range(1, len(words)))  # its surname, ...
        if len(words) > 1:
            forms.add(("given", words[0]))  # a given name alone, or addressed with a patronymic
            if len(words[0]) > 1:
                forms.add(("initial", words[0][0], words[-1]))  # "A. Okafor"
        if len(words) > 2:
            forms.add(("ends", words[0], words[-1]))  # without its middle names
            forms.add(("ends", words[0], words[-2]))  # the given name and the first of two surnames
            forms.add(("surname", words[-2]))  # the first of two surnames
        surname = _surname_before_given(name)
        if surname:
            forms.add(("surname", surname))
        for form in forms:
            self.by_form[form].append(len(self.names))
        self.names.append(name)

    def owners(self, name: str) -> list[str]:
        """The full names ``name`` is or shortens, in the order they were added."""
        words = tuple(name_words(name))
        forms = [("all", *words)]
        if words:
            forms.append(("tail", *words))
        if len(words) == 1:
            forms += [("given", words[0]), ("surname", words[0])]
        if len(words) == 2:
            forms.append(("ends", words[0], words[1]))
            if _initialled(list(words)):
                forms.append(("initial", *words))
        found = {i for form in forms for i in self.by_form.get(form, ())}
        if not found and _address(name):
            # "Viktor Nikolayevich" of a "Viktor Roe" named without the patronymic
            found = {i for i in self.by_form.get(("given", words[0]), ()) if len(name_words(self.names[i])) == 2}
        return [self.names[i] for i in sorted(found)]


def _initialled(words: list[str]) -> bool:
    """``words`` are an initial and a surname: "J. Roe" (words "j", "roe")."""
    return len(words) == 2 and len(words[0]) == 1 and len(words[1]) > 1


def _address(name: str) -> bool:
    """``name`` is a given name and a patronymic, the polite address of Russian usage ("Jo Ivanovich")."""
    written = name.split()
    return len(written) == 2 and "-" not in written[0] and is_patronymic(written[1])


def _surname_before_given(name: str) -> str | None:
    """The surname of a romanised Chinese name after an English given name: "tam" of "Jo Tam Wai-kin".

    Cantonese and Mandarin given names are written as two syllables joined by a hyphen, the second
    in lower case ("Wai-kin"), after the surname; an English given name may open the name. A
    double-barrelled surname capitalises both halves ("Roe-Vale"), so it is not taken for one.
    """
    written = name.split()
    last = written[-1] if written else ""
    head, _, tail = last.partition("-")
    if len(written) < 3 or not (head[:1].isupper() and tail[:1].islower()):
        return None
    return written[-2].strip(".").casefold()


#: A nickname in quotes inside a name: 'Jo "Bingo" Roe', "Jo 'Lucky' Roe".
_NICKNAME = re.compile(r"\s[\"“'‘][^\"“”'’]{1,24}[\"”'’](?=\s)")


def _plain(text: str) -> str:
    """A personal name as written, without an editor's brackets ("Jo [Varga]" is Jo Varga) or a
    nickname in quotes ('Jo "Bingo" Roe' is Jo Roe: the name others write is the one without)."""
    return " ".join(_NICKNAME.sub(" ", text).replace("[", " ").replace("]", " ").split())


def name_words(name: str) -> list[str]:
    """A personal name's words, case-folded, without dots: "Jane Q. Roe" -> jane, q, roe."""
    return [w.strip(".").casefold() for w in name.replace("-", " ").split() if w.strip(".")]
