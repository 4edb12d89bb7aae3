"""A demonym-shaped word used as a language's name: "she spoke Dutch", "written in Finnish".

Most languages share their name with a people's adjective ("Dutch", "Polish"), so the gazetteer
and the NER read "she was fluent in Dutch and Czech" as two nationalities, and the text gains
states it never speaks of. A language is no state. Grammar tells the uses apart: a nationality
qualifies a noun ("Polish officials") or names a people ("the Dutch"), while a language stands
alone as the object of speaking, learning or translating, after "in" or "into" with no noun
after it, or as the label of a name's form in it ("(Czech: ...)"). A conjunct of such a word
("Dutch" in "spoke Portuguese and Dutch") is one too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.lexicon.languages import is_language

__all__ = ["spoken_language"]

#: Lemmas of verbs whose object is a language when it is a language's name: speaking, knowing,
#: learning, teaching, writing and translating it.
_LANGUAGE_VERBS = frozenset(
    {"speak", "learn", "teach", "study", "know", "understand", "read", "write", "master", "translate", "use"}
)
#: Prepositions a language's name follows alone: "in Polish", "into Hungarian". Not "from": a
#: transcript's note that it was put into English from Slovak names the country its speakers
#: serve, the one cue a bare office in its header ("the finance minister") may have.
_LANGUAGE_PREPOSITIONS = frozenset({"in", "into"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
#: Dependencies of a verb's object as the parser gives a language's name: an object, or an
#: adjective's complement ("spoke French", which it often reads as an adjective).
_OBJECTS = frozenset({"dobj", "obj", "acomp", "oprd"})


def _bare(tok: Token) -> bool:
    """The word stands for itself: it qualifies no noun after it ("French officials", "in Polish courts")
    and names no people ("the French")."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if any(child.dep_ == "det" and child.lower_ == "the" for child in tok.children):
        return False  # "the French": a people
    return tok.dep_ not in {"amod", "compound", "nmod"} and not (after is not None and after.pos_ in _NOMINAL)


def _language_use(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ in _OBJECTS and head.pos_ == "VERB":
        return head.lemma_.lower() in _LANGUAGE_VERBS
    if tok.dep_ == "pobj":
        return head.lower_ in _LANGUAGE_PREPOSITIONS
    return False


def _gloss(tok: Token) -> bool:
    """ "(Czech: Velské; German: Welsdorf)": a language labelling the name's form in it, opening a
    bracket or following a semicolon, a colon after it."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in {"(", ";"} and doc[tok.i + 1].text == ":"


def spoken_language(span: Span) -> bool:
    """``span`` is one word naming a language, used as one: the object of speaking or learning, after
    "in" or "into" with no noun after it, a conjunct of such a word, or a gloss's label."""
    if len(span) != 1 or not is_language(span.text):
        return False
    tok = span[0]
    if _gloss(tok):
        return True
    if not _bare(tok):
        return False
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:  # "Portuguese and Dutch": the first conjunct
        first = first.head
        if is_language(first.text) and _bare(first):
            continue
        if first.pos_ == "VERB":  # "wrote Czech well and some Danish": the parser joins it to the verb
            return first.lemma_.lower() in _LANGUAGE_VERBS
        if first.pos_ != "ADV":  # "spoke Dutch fluently and some Czech": or to the adverb
            return False
        return first.dep_ == "advmod" and first.head.lemma_.lower() in _LANGUAGE_VERBS
    return _language_use(first)
