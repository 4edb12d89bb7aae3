"""Military and police ranks, whole and abbreviated: one list for the tokenizer, titles, positions and cues.

A rank says how senior a person is, not which office they hold, and it is never part of a name:
"Lt. Gen. Jo Roe", "the spokeswoman, Maj. Jo Roe", "SUPT ROE:". The abbreviations are those
English news style writes before a name (AP and Commonwealth usage, with the hyphenated compounds
of the latter).
"""

from __future__ import annotations

__all__ = ["COMPOUND_ABBREVIATIONS", "ENLISTED_GRADES", "RANKS", "RANK_ABBREVIATIONS", "SHORT_RANKS"]

#: Grades below the officers', written before a name as theirs are ("Rifleman Jo Roe"), the
#: Commonwealth's and South Asian armies' among them ("Havildar", "Naik").
ENLISTED_GRADES = frozenset({"rifleman", "trooper", "gunner", "sapper", "sepoy", "naik", "havildar", "subedar"})
#: Military and police grades written in full (the enlisted grades below among them).
RANKS = ENLISTED_GRADES | frozenset(
    {
        "general",
        "colonel",
        "lieutenant",
        "major",
        "captain",
        "admiral",
        "commodore",
        "commander",
        "sergeant",
        "corporal",
        "brigadier",
        "marshal",
    }
)
#: Abbreviated ranks and offices that stand before a personal name, without their full stop, as
#: written; spaCy's tokenizer already keeps "Gen.", "Adm.", "Gov." and "Sen." whole.
RANK_ABBREVIATIONS = frozenset(
    {
        "Lt",
        "Col",
        "Maj",
        "Brig",
        "Capt",
        "Cmdr",
        "Cdr",
        "Cmdre",
        "Sgt",
        "Cpl",
        "Pvt",
        "Pfc",
        "Spc",
        "Supt",
        "Insp",
        "Det",
        "Amb",
        "Cllr",
        "Hon",
    }
)
#: Hyphenated compounds of Commonwealth style ("Lt.-Col. Jo Roe").
COMPOUND_ABBREVIATIONS = ("Lt.-Col", "Lt.-Gen", "Maj.-Gen", "Brig.-Gen", "Lt.-Cmdr", "Vice-Adm", "Rear-Adm")
#: Every abbreviated rank in lower case without its final full stop, as a token's text compares.
SHORT_RANKS = frozenset(
    {word.lower() for word in RANK_ABBREVIATIONS} | {word.lower() for word in COMPOUND_ABBREVIATIONS} | {"gen", "adm"}
)
