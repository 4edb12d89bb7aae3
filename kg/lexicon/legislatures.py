"""National legislatures that English news names in their own language: "the Althingi", "the Sejm".

A closed class: the parliaments (and their chambers) of sovereign states whose own-language name
English-language outlets and official translations keep untranslated. The statistical NER reads
such a one-word name as an organization, a place or a person; the name alone says it is a state's
body, and whose. Names that are also common words, surnames or shared by two states' chambers
("Congress", "Cortes", "Bundesrat", "Nationalrat", "Majlis", "Rada") are left out: a text names
those states' chambers in English as well. Forms without diacritics are matched too.
"""

from __future__ import annotations

from functools import cache

from unidecode import unidecode

__all__ = ["LEGISLATURES", "legislature_names", "legislature_state"]

#: (ISO 3166-1 alpha-2 of the state, preferred name, other names).
LEGISLATURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("IS", "Althingi", ("Alþingi",)),
    ("DK", "Folketing", ("Folketinget",)),
    ("NO", "Storting", ("Stortinget",)),
    ("SE", "Riksdag", ("Riksdagen",)),
    ("FI", "Eduskunta", ()),
    ("EE", "Riigikogu", ()),
    ("LV", "Saeima", ()),
    ("LT", "Seimas", ()),
    ("PL", "Sejm", ()),
    ("DE", "Bundestag", ()),
    ("IL", "Knesset", ()),
    ("RU", "State Duma", ()),
    ("UA", "Verkhovna Rada", ()),
    ("IE", "Oireachtas", ()),
    ("IE", "Dáil Éireann", ("Dáil",)),
    ("IE", "Seanad Éireann", ("Seanad",)),
    ("HR", "Sabor", ("Hrvatski sabor",)),
    ("HU", "Országgyűlés", ()),
    ("SI", "Državni zbor", ()),
    ("NL", "Tweede Kamer", ("House of Representatives of the Netherlands",)),
    ("NL", "Eerste Kamer", ()),
    ("NL", "Staten-Generaal", ("States General of the Netherlands",)),
    ("ES", "Cortes Generales", ()),
    ("PT", "Assembleia da República", ()),
    ("GR", "Hellenic Parliament", ("Vouli",)),
    ("AL", "Kuvendi", ()),
    ("AM", "Azgayin Zhoghov", ()),
    ("BD", "Jatiya Sangsad", ()),
    ("IN", "Lok Sabha", ()),
    ("IN", "Rajya Sabha", ()),
    ("MM", "Pyidaungsu Hluttaw", ("Hluttaw",)),
    ("MY", "Dewan Rakyat", ()),
    ("MY", "Dewan Negara", ()),
    ("KG", "Jogorku Kenesh", ()),
    ("KZ", "Mazhilis", ("Majilis", "Mäjilis")),
    ("UZ", "Oliy Majlis", ()),
    ("AZ", "Milli Majlis", ()),
    ("TM", "Mejlis", ()),
    ("TJ", "Majlisi Oli", ()),
    ("MN", "State Great Khural", ("Great Khural",)),
    ("MV", "People's Majlis", ()),
    ("AF", "Wolesi Jirga", ()),
    ("AF", "Meshrano Jirga", ()),
    ("SZ", "Libandla", ()),
    ("WS", "Fono", ("Legislative Assembly of Samoa",)),
    ("TO", "Fale Alea", ("Legislative Assembly of Tonga",)),
)


@cache
def _states() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, name, aliases in LEGISLATURES:
        for form in (name, *aliases):
            out[form] = code
            out.setdefault(unidecode(form), code)
    return out


def legislature_names() -> dict[str, tuple[str, ...]]:
    """Preferred name -> its other written forms (with and without diacritics)."""
    out: dict[str, tuple[str, ...]] = {}
    for _, name, aliases in LEGISLATURES:
        forms = dict.fromkeys(f for a in (name, *aliases) for f in (a, unidecode(a)))
        out[name] = tuple(f for f in forms if f != name)
    return out


def legislature_state(name: str) -> str | None:
    """ISO alpha-2 of the state whose legislature ``name`` is, matched as written, else None."""
    return _states().get(name)
