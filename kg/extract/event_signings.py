""" "Both presidents attended the signing", "five instruments were signed:" -> who signed them.

Communiques of a state visit or a joint commission often list the texts signed when the talks
closed without naming any signatory in the signing clause: the heads present are the subject of
a verb of attending ("both prime ministers attended the signing of four accords"), or the clause
is a passive with no doer ("Five instruments were signed as the visit closed:"). Either way the
texts were signed by the sides of the meeting the communique reports, and a signing is kept only
when that meeting is known.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_news_triggers import lemma

__all__ = ["signed_without_doer", "witnesses"]


#: Verbs whose doers are the parties of the text: "signed", "concluded", "inked".
_SIGNING_VERBS = frozenset(["sign", "conclude", "ink"])
#: Nouns of signing a text: "the signing of the accord".
_SIGNING_NOUNS = frozenset(["signing", "conclusion"])
#: Verbs of attending a signing as one of its heads: "witnessed the signing", "attended the signing".
_WITNESS_VERBS = frozenset(["witness", "attend", "oversee", "preside"])


def witnesses(signing: Token) -> Token | None:
    """The subject of a verb of attending a noun of signing ("both presidents attended the signing",
    "the premiers attended the signing"), or None."""
    if lemma(signing) not in _SIGNING_NOUNS or signing.dep_ != "dobj":
        return None
    verb = signing.head
    if verb.pos_ != "VERB" or lemma(verb) not in _WITNESS_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def signed_without_doer(verb: Token) -> bool:
    """ "five instruments were signed", "two accords were concluded": a passive verb of signing (or
    a noun of signing) that names no doer."""
    if lemma(verb) in _SIGNING_NOUNS:
        return not any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children)
    if lemma(verb) not in _SIGNING_VERBS or verb.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)
