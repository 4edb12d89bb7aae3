"""Parsed sentence -> goods a body seized, and the figure that counts them.

Customs and police releases report what officers took from smugglers as much as whom they held:
"officers at the X post seized 3,260 packets of tobacco", "870 litres of diesel and 14 pistols
have been seized near Y", "have recorded 176 seizures since January". Each is an event of the
body that seized (label "Seizure"), placed where the goods were taken and counted by them.

Only goods counted by a figure make a seizure: "remained seized of the matter" and "seized
control of the town" are no haul, and people "seized" are hostages or arrests, never goods. Where
the haul joins goods counted one by one to goods measured in a unit ("870 litres of diesel and 14
pistols"), the items counted one by one are the figure, as releases tally weapons and packets;
a haul measured only in a unit ("12.4 kilograms of heroin") is counted by that measure when it is
a whole number. A haul joined to another act of the same clause ("arrested 14 suspects and seized
two rifles", "killed three attackers, destroyed a camp and seized 12 vehicles") is the spoils of
that arrest or operation, which is what such a report counts: it makes no seizure of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.event_news_triggers import NewsTrigger, counted_people, lemma
from kg.extract.quantities import QuantityMatch

__all__ = ["seizure_count", "seizure_triggers"]


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


#: Verbs of taking goods into an authority's keeping.
SEIZE_VERBS = frozenset(("seize", "confiscate", "impound"))
#: Units of weight, volume, length and money: a haul measured in them is one lot, not so many items.
_MEASURES = frozenset(
    _words(
        """
        gram kilogram kilo kg tonne ton quintal pound lb ounce litre liter gallon barrel metre meter
        euro dollar franc rupee peso shilling naira rand dinar yuan yen
        """
    )
)
#: Nouns of what a seizure may not be: a place or a state of affairs ("seized two villages",
#: "seized control of"), which armed forces take in battle, not from smugglers.
_TAKEN_GROUND = frozenset(
    _words(
        """
        town village city territory area region district province position base airport port hill
        ridge control power initiative
        """
    )
)

#: People taken by force, whom the people lexicons do not list: "seized three hostages".
_HELD_PEOPLE = frozenset(("hostage", "captive", "prisoner"))


def _numbers(noun: Token) -> list[Token]:
    """The figures on ``noun``: "3,260 packets", "about 12.4 kilograms", "a total of 96 kilograms in all"."""
    if lemma(noun) == "total":
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        return [t for g in of for t in _numbers(g)]
    return [c for c in noun.children if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("quantmod", "compound"))]


def _lots(goods: Token) -> list[Token]:
    """The goods noun and the nouns joined to it ("two vans and 7,300 euros"), in text order."""
    return [goods, *[c for c in goods.conjuncts if c.i > goods.i]]


def _joined_act(verb: Token) -> bool:
    """Whether ``verb`` is joined by "and" to another verb: "arrested 14 and seized two rifles"."""
    joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
    return joined or any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def seized_goods(verb: Token) -> Token | None:
    """What a verb of :data:`SEIZE_VERBS` took: its object or the subject of its passive, when a
    figure counts it and it is neither people nor ground; None otherwise."""
    if verb.pos_ != "VERB" or lemma(verb) not in SEIZE_VERBS or _joined_act(verb):
        return None
    goods = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if goods is None or goods.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "NORP"):
        return None
    lots = _lots(goods)
    if any(lemma(n) in _TAKEN_GROUND | _HELD_PEOPLE or counted_people(n) for n in lots):
        return None
    return goods if any(_numbers(n) for n in lots) or _occasions(verb) is not None else None


#: Nouns of the times an act was done: "seized cigarettes on 41 occasions".
_OCCASIONS = frozenset(("occasion", "time"))


def _occasions(verb: Token) -> Token | None:
    """The counted "on N occasions" of a verb: how many seizures it tells of, whatever was taken."""
    return next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
            if g.dep_ == "pobj" and lemma(g) in _OCCASIONS and _numbers(g)
        ),
        None,
    )


def _counted_seizures(noun: Token) -> bool:
    """ "have recorded 176 seizures", "made 40 confiscations": seizures counted by their own numeral,
    as the object or subject of the verb that reports them."""
    return (
        lemma(noun) in _SEIZURE_NOUNS
        and noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "nsubj", "nsubjpass")
        and bool(_numbers(noun))
    )


#: Nouns of a seizure, counted as acts: "176 seizures".
_SEIZURE_NOUNS = frozenset(("seizure", "confiscation"))


def seizure_triggers(sent: Span) -> list[NewsTrigger]:
    """The seizures one sentence reports: a verb of seizing counted goods, or counted seizures."""
    return [NewsTrigger("Seizure", t, "seize") for t in sent if seized_goods(t) is not None or _counted_seizures(t)]


def seizure_count(trigger: Token, quants: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure counting a seizure trigger: the occasions a verb tells of ("on 41 occasions"),
    else the goods it took (:func:`_haul_count`), or a noun's own count ("176 seizures")."""
    if (occasions := _occasions(trigger)) is not None:
        return _haul_count(occasions, quants)
    return _haul_count(seized_goods(trigger) or trigger, quants)


def _haul_count(goods: Token, quants: list[QuantityMatch]) -> QuantityMatch | None:
    """The figure counting a haul (the goods seized, or seizures counted as acts): the first lot
    counted item by item, else the first measured lot whose figure is a whole number; None when no
    figure of the sentence counts it."""
    counted: list[QuantityMatch] = []
    measured: list[QuantityMatch] = []
    for noun in _lots(goods):
        real = noun
        if lemma(noun) == "total":  # "a total of 96 kilograms": the lot is in the "of" phrase
            real = next((g for c in noun.children if c.lower_ == "of" for g in c.children), noun)
        nums = _numbers(noun)
        idx = {t.idx for t in nums}
        q = next((q for q in quants if any(q.start <= i < q.end for i in idx) and q.quantity.count), None)
        if q is None:
            continue
        if lemma(real) not in _MEASURES:
            counted.append(q)
        elif not any("." in t.text for t in nums):  # "12.4 kilograms": no whole count
            measured.append(q)
    return next(iter(counted + measured), None)
