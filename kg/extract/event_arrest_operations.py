"""(subject of the verb reporting an arrest) -> the operation that led to it, whose doer and places
are the arrest's.

Releases of police and customs bodies tell their arrests as the outcome of an operation: "the X
Police conducted a sweep in A on Monday, which resulted in the detention of nine men", "a raid by
the Y Guard in C led to the arrest of six suspects". The
verb of the arrest ("led to", "resulted in") has the operation for its subject (or the "which"
that stands for it), and the operation names no one and nowhere by itself: whoever carried it
out made the arrests, and where it was carried out is where they were made. Without this
reading such an arrest kept its count but neither agent nor place.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["PLACING", "carrying_verb", "operation_doers", "operation_phrases", "resulting_operation"]

#: Nouns of a planned action of a police, customs or armed body (lemmas).
_OPERATION_NOUNS = frozenset(("operation", "raid", "sweep", "crackdown", "swoop", "search", "inspection", "check"))
#: Verbs by which an action has an outcome: "led to", "resulted in", "ended with".
_RESULT_VERBS = frozenset(("lead", "result", "end", "culminate", "yield", "bring"))
#: Prepositions that place an operation: "in the districts of X", "at the Y crossing", "near Z".
PLACING = ("in", "at", "near", "around", "along", "on")


def resulting_operation(verb: Token | None) -> Token | None:
    """The operation whose outcome ``verb`` reports ("an operation ..., which led to the arrest of
    ...", "a raid ... resulted in the detention of ..."), else None. A "which" after a comma stands
    for the operation of the clause before it, wherever the parser hangs it ("mounted an operation
    in the villages of X, which led to": on "villages")."""
    if verb is None or verb.lemma_.lower() not in _RESULT_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ not in ("which", "that"):
        return subject if _is_operation(subject) else None
    if verb.dep_ != "relcl":
        return None
    for node in (verb.head, *verb.head.ancestors):
        if _is_operation(node):
            return node
        # the clause the "which" closes: its object or passive subject ("carried out an operation")
        done = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass") and _is_operation(c)]
        if done and node.pos_ in ("VERB", "AUX"):
            return done[0]
    return None


def _is_operation(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _OPERATION_NOUNS


def carrying_verb(operation: Token) -> Token | None:
    """The verb the operation is the object of: "carried out an operation", "conducted a raid";
    its clause dates the arrests the operation led to ("mounted an operation on Monday ...")."""
    head = operation.head
    return head if operation.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" else None


def _describing_verbs(operation: Token) -> list[Token]:
    """The participles on the noun: "an operation conducted by X near Y", "a raid led by X"."""
    return [c for c in operation.children if c.dep_ == "acl" and c.pos_ == "VERB"]


def operation_doers(operation: Token) -> list[Token]:
    """Who carried the operation out: the subject of "carried out an operation", the "by X" of
    "a raid by X", "an operation conducted by X" or "an operation was conducted by X"."""
    out = [
        g for c in operation.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"
    ]
    verb = carrying_verb(operation)
    if verb is not None:
        out += [c for c in verb.children if c.dep_ == "nsubj"]
    for v in ([verb] if verb is not None else []) + _describing_verbs(operation):
        out += [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return out


def operation_phrases(operation: Token) -> list[Token]:
    """The heads that carry the operation's place phrases: the noun itself ("a raid in X"), the
    verb that carried it out ("mounted an operation in the villages of X and Y on Monday"), a
    participle on it and its doers ("conducted by the X Police near Y": the parser hangs "near Y"
    on the doer)."""
    verb = carrying_verb(operation)
    heads = [operation, *([verb] if verb is not None else []), *_describing_verbs(operation)]
    return heads + [d for d in operation_doers(operation) if d.i not in {h.i for h in heads}]
