"""What a subject pronoun points back to when the clause before it had a common-noun subject.

"Border guards patrolled the coast overnight. On Tuesday they stopped N people": "they" are the
guards, not the last state or body the text named. "The X government met on Monday. First, it
raised ... Second, it sent ...": "it" is the government. A pronoun is read through the subject of the clause
before it when that subject is a common noun of the pronoun's number (or the same pronoun, followed
back a few clauses); a name there is left to the index's last-named rule.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["noun_antecedent"]

#: The tags of a common noun each subject pronoun can stand for.
_NUMBER = {"they": ("NNS",), "it": ("NN",)}
#: How many clauses back a chain of the same pronoun is followed ("it ... it ... the government").
_HOPS = 3


def noun_antecedent(pronoun: Token) -> Token | None:
    """The common-noun subject ``pronoun`` ("they", "it") stands for, or None when the subject of
    the clause before is a name, another kind of word, or of the other number."""
    tags = _NUMBER.get(pronoun.lower_)
    if tags is None:
        return None
    node = pronoun
    for _ in range(_HOPS):
        subject = _subject_before(node)
        if subject is None or subject.ent_type_:
            return None
        if subject.lower_ == pronoun.lower_:
            node = subject
            continue
        return subject if subject.pos_ == "NOUN" and subject.tag_ in tags else None
    return None


def _subject_before(tok: Token) -> Token | None:
    """The subject of an earlier clause of ``tok``'s sentence ("X checked ... and they ..."), else
    the subject of the previous sentence's main verb."""
    sent = tok.sent
    for t in reversed(sent[: tok.i - sent.start]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj"):
            return t
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    return next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
