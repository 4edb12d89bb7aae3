"""Doc -> the same Doc, with the verb after a rate ("N hikers a week cross over") read as a verb.

Speakers put the rate between the counted people and their verb: "around 260 hikers a week cross
over", "some 900 lorries a week use the road", "maybe 40 boats a night land here". A present verb
in the plural looks like a singular noun, and after "a day" the tagger often takes it for one: the
clause's root is then the noun "cross", and every reader that looks for "N hikers cross" misses the
flow. The parser may also hang a hedged count on a preposition of that false noun ("around 260
lorries" as the object of "around"). This component tags such a word as the present verb it is and,
when the parser left it no subject, hangs the counted noun as its subject and the hedge on the
number, as the parser hangs "about 260 lorries cross".

The word is read as a verb only where a noun cannot stand: right after a rate whose time word takes
"a", "an", "per", "each" or "every" ("a day", "per week"), as the head of its clause, with no
article or number of its own, after a noun counted by a number in the same clause.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["verbs_after_rates"]

#: Time words a rate is counted per: "a day", "per week", "each night".
_RATE_UNITS = frozenset(("day", "week", "month", "hour", "night", "year", "weekday", "weekend", "morning", "evening"))
#: Words that make a time word a rate: "a day", "per week", "each night".
_RATE_WORDS = frozenset(("a", "an", "per", "each", "every"))
#: Dependencies of a word that heads a clause of its own: the root, a reported or joined clause.
_CLAUSE_HEADS = frozenset(("ROOT", "ccomp", "conj", "advcl", "relcl"))
#: Endings of words that are nouns only ("5,000 vehicles a day capacity").
_NOUN_ENDINGS = ("ity", "tion", "sion", "ment", "ness", "ance", "ence", "ship", "ism")
#: Words that hedge a figure and that the parser may make a preposition of the false noun.
_HEDGE_PREPS = frozenset(("around", "about", "some", "over", "under", "nearly", "almost", "roughly"))


@Language.component("kg_rated_verbs", assigns=["token.pos", "token.tag", "token.lemma", "token.head", "token.dep"])
def verbs_after_rates(doc: Doc) -> Doc:
    """Tag each verb the tagger took for a noun after a rate as a verb (see the module notes)."""
    if not doc.has_annotation("DEP"):
        return doc
    for tok in doc:
        if (counted := _counted_before(tok)) is not None:
            tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBP", tok.lower_
            if not any(c.dep_ == "nsubj" for c in tok.children):
                _hang_subject(tok, counted)
    return doc


def _counted_before(tok: Token) -> Token | None:
    """The noun counted before the rate ``tok`` follows, when ``tok`` is a verb tagged as a noun."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.is_lower or tok.i < 3 or tok.lower_.endswith(_NOUN_ENDINGS):
        return None
    if any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return None  # "the cross", "two passes": a noun
    unit = tok.nbor(-1)
    if unit.lemma_.lower() not in _RATE_UNITS or unit.nbor(-1).lower_ not in _RATE_WORDS:
        return None
    counted = unit.nbor(-2)
    if counted.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "nummod" and c.like_num for c in counted.children):
        return None
    if counted.sent != tok.sent:
        return None
    # the head of its clause, or a false noun hung on the counted one ("A: 180 hikers a week cross":
    # after a speaker's label the parser reads the whole answer as one noun phrase)
    return counted if tok.dep_ in _CLAUSE_HEADS or tok.head.i == counted.i else None


def _hang_subject(verb: Token, counted: Token) -> None:
    """Make ``counted`` the subject of ``verb``; a hedge the parser made its preposition ("around
    260 lorries") becomes a modifier of the number, as after "about"."""
    holder = counted.head
    if verb.head.i == counted.i:  # "hikers" -> "cross": the verb takes the counted noun's place
        verb.head, verb.dep_ = (verb, "ROOT") if holder.i == counted.i else (holder, counted.dep_)
        for c in [c for c in counted.children if c.i > verb.i]:
            c.head = verb  # what follows the verb is the verb's ("at X", the full stop)
        counted.head, counted.dep_ = verb, "nsubj"
        for c in verb.children:
            if c.dep_ == "compound" and c.lemma_.lower() in _RATE_UNITS:
                c.dep_ = "npadvmod"  # "a week" is the rate of the verb, no part of a name
    elif holder.dep_ == "prep" and holder.head.i == verb.i and holder.lower_ in _HEDGE_PREPS:
        number = next(c for c in counted.children if c.dep_ == "nummod" and c.like_num)
        counted.head, counted.dep_ = verb, "nsubj"
        holder.head, holder.dep_ = number, "advmod"
    elif holder.i == verb.i:
        counted.dep_ = "nsubj"
