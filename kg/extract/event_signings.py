""" "The two leaders witnessed the signing of ...", "the following instruments were signed:" -> who signed.

Joint statements and communiques of a visit report the texts signed at the end of a meeting
without naming the signatories in the signing clause: the heads who attended stand as the
subject of a verb of witnessing ("the two presidents witnessed the signing of three
agreements"), or the clause is a passive with no doer ("At the end of the session, the
following instruments were signed:"). Either way the texts were signed by the sides of the
meeting the statement reports, and a signing is kept only when those sides are known.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["signed_without_doer", "witnesses"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


#: Verbs whose doers are the parties of the text: "signed", "concluded", "inked".
_SIGNING_VERBS = frozenset(_words("sign conclude ink"))
#: Nouns of signing a text: "the signing of the accord".
_SIGNING_NOUNS = frozenset(_words("signing conclusion"))
#: Verbs of attending a signing as one of its heads: "witnessed the signing", "attended the signing".
_WITNESS_VERBS = frozenset(_words("witness attend oversee preside"))


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def witnesses(signing: Token) -> Token | None:
    """The subject of the verb of witnessing a noun of signing ("The two leaders witnessed the
    signing of ...", "X and I attended the signing"), or None."""
    if _lemma(signing) not in _SIGNING_NOUNS or signing.dep_ != "dobj":
        return None
    verb = signing.head
    if verb.pos_ != "VERB" or _lemma(verb) not in _WITNESS_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def signed_without_doer(verb: Token) -> bool:
    """ "the following instruments were signed", "three agreements were concluded": a passive verb
    of signing (or a noun of signing) that names no doer."""
    if _lemma(verb) in _SIGNING_NOUNS:
        return not any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children)
    if _lemma(verb) not in _SIGNING_VERBS or verb.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)
