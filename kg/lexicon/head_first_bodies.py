"""Kind words of state bodies in the languages that write them first: one list for naming and typing.

English ends a body's name with what it is ("the Border Police", "the Customs Service"); Spanish,
Portuguese, Italian, French, Romanian, Irish, Malay, Indonesian and Dutch open it with that word and qualify it after
("Policía Federal", "Guardia di Finanza", "Direção-Geral", "Gendarmería Nacional"). English news
keeps such names untranslated, and the NER, which reads them as foreign words, calls them places,
persons or firms. The word that opens the name says it is a police, a guard, a customs service,
a ministry or a directorate of a state: a closed class of kinds of public body, never a firm's
or a place's word.
"""

from __future__ import annotations

__all__ = ["COMPOUND_BODY_ENDS", "HEAD_FIRST_BODIES", "opens_with_body_word"]

#: Words for kinds of public body that open the body's name (lower case, accented and plain).
HEAD_FIRST_BODIES = frozenset(
    {
        # police
        *("policía", "policia", "polícia", "polizia", "poliția", "politia"),
        # guards, gendarmeries and the forces named like them
        *(
            "guardia",
            "guarda",
            "garda",
            "gardaí",
            "gardai",
            "gendarmería",
            "gendarmeria",
            "jandarmeria",
            "carabinieri",
            "carabineros",
        ),
        # customs
        *("aduana", "aduanas", "alfândega", "alfandega", "dogana", "dogane", "douane", "douanes"),
        # ministries, directorates, prefectures, secretariats and delegations of a government
        *("ministerio", "ministério", "ministero", "ministère", "ministerul"),
        *("dirección", "direccion", "direção", "direcção", "direzione", "direcţia", "direcția", "directia"),
        *("prefectura", "prefeitura", "prefettura", "préfecture", "subprefectura"),
        *("secretaría", "segreteria", "subdelegación", "subdelegacion", "delegación", "delegacion"),
        *("superintendencia", "superintendência", "capitanía", "capitania", "capitaneria", "comandancia"),
        # armies and services
        *("ejército", "ejercito", "exército", "exercito", "esercito", "armée", "fuerzas", "forças", "forze"),
        *("servicio", "serviço", "servizio", "inspectoratul", "inspección", "inspeccion"),
        # Malay and Indonesian (department, agency, ministry, police, directorate) and Dutch (corps,
        # police, ministry), which also open a body's name with its kind ("Jabatan X", "Korps Politie X")
        *("jabatan", "agensi", "kementerian", "polis", "kepolisian", "direktorat"),
        *("korps", "politie", "ministerie"),
    }
)


#: German ends a compound noun with its head: a first word ending in a kind of public body
#: ("Landespolizeidirektion", "Bundesamt", "Zollamt", "Innenministerium") is that body's kind, and
#: the words after it qualify it as a head-first name's do ("Bundesamt X", "Polizeiinspektion Y").
COMPOUND_BODY_ENDS = (
    "polizei",
    "direktion",
    "ministerium",
    "amt",
    "behörde",
    "behoerde",
    "präsidium",
    "praesidium",
    "inspektion",
    "kommando",
    "verwaltung",
)


def opens_with_body_word(words: list[str]) -> bool:
    """``words`` (a name's words, no article) open with a kind of public body and are capitalised:
    "Guardia Costera", "Prefectura de Frontera", a lone "Gendarmería" or "Dogana", a German
    compound ending in one ("Landespolizeidirektion X")."""
    if not words or not words[0][:1].isupper():
        return False
    first = words[0].lower()
    return first in HEAD_FIRST_BODIES or (first.isalpha() and first.endswith(COMPOUND_BODY_ENDS))
