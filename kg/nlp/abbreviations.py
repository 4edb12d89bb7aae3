"""Tokenizer -> the same tokenizer, keeping abbreviated ranks, titles and forms of address one token.

spaCy's English tokenizer knows "Gen.", "Adm.", "Gov." and "Sen." but splits most other abbreviated
ranks into a word and a full stop ("Brig." -> "Brig" "."). The parser then ends a sentence at that
full stop and the NER reads the lone word as a person: "said Brig. Gen. Jo Roe" gave a person
"Brig", and "Lt. Col. Jo Roe said" no person at all. These are the rank and office abbreviations
English news style writes before a name (AP and Commonwealth usage, with the hyphenated
compounds of the latter); kept whole, they read like "Gen." does and the name after them is found.
Spanish-language forms of address ("Licda.", "Ing.") and the academic degrees Central European
texts write before a name ("Mag.", "Mgr.", "Dipl.-Ing.") are kept whole for the same reason.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from kg.lexicon.ranks import COMPOUND_ABBREVIATIONS, RANK_ABBREVIATIONS

__all__ = ["ADDRESS_ABBREVIATIONS", "keep_rank_abbreviations"]

#: Abbreviated forms of address of Spanish-language official texts, written before a name as
#: "Dr." is: "Licda. X" and "Lic. X" (a graduate), "Ing. Y" (an engineer), "Sra. Z", "Dra. W".
#: Split, their full stop ended the sentence and the NER read the word as a person or a body.
ADDRESS_ABBREVIATIONS = (
    *("Lic", "Licda", "Licdo", "Ing", "Inga", "Sra", "Srta", "Dra"),
    # academic degrees written before a name in Central European official texts ("Mag. X" in
    # Austria, "Mgr. Y", "JUDr. Z" in the Czech and Slovak Republics, "Dipl.-Ing. W"): the same slip
    *("Mag", "MMag", "Mgr", "Bc", "PhDr", "JUDr", "MUDr", "RNDr", "Dkfm", "Dipl.-Ing", "Univ.-Prof"),
)


def keep_rank_abbreviations(nlp: Language) -> Language:
    """Add tokenizer special cases so each abbreviation and its full stop stay one token; return ``nlp``.

    A pipeline with a tokenizer of its own making (not spaCy's rule-based one) is left as it is.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp
    for word in (*sorted(RANK_ABBREVIATIONS), *COMPOUND_ABBREVIATIONS, *ADDRESS_ABBREVIATIONS):
        for form in (word, word.upper()):
            tokenizer.add_special_case(f"{form}.", [{ORTH: f"{form}."}])
    return nlp
