"""A counted arrest: where the text puts it, who helped, and whether it is a reported fact of its own.

"Six suspects have been arrested", "The police arrested three people", "officers arrested seven
persons suspected of smuggling": a counted arrest is one reported fact even when the text names
neither who arrested nor where (the story around it says that). Three readings keep such bare
arrests apart from what is no arrest of its own:

* people held "while attempting to cross the border" were stopped crossing: the crossing is the
  event, as for "arrested 287 people who had crossed";
* a headline ("POLICE HOLD 12 IN DAWN RAID") announces the story's event, which its body
  reports with the named arguments;
* a bare arrest inside quotation marks is a speaker's aside (alluded to, at most);
* a border word modifying another noun ("near the border town of X") puts the arrest in the town,
  not at a border.

Partners named with "in cooperation with X" / "together with X" arrest too.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_irregular_stops import crossed_before
from kg.extract.event_news_triggers import lemma
from kg.extract.event_triggers import CROSSING_VERBS
from kg.extract.quotes import is_headline
from kg.nlp.doctext import doc_text

__all__ = ["at_border", "caught_crossing", "held_as_smugglers", "in_headline", "in_quotation", "partners"]

#: Head nouns of a place phrase that put an arrest at a border.
_BORDER_NOUNS = frozenset(("border", "frontier", "checkpoint", "crossing"))
#: Places people live in, which a border word may describe: "the border town of X".
_LIVED_PLACES = frozenset(("town", "village", "city", "community", "settlement", "district", "area", "region"))
#: Nouns of working with someone: "in cooperation with X", "in coordination with Y".
_WORKING_WITH = frozenset(("cooperation", "coordination", "conjunction", "collaboration", "partnership"))
#: Lemmas of the offence of moving others across a border: its suspects are not the people moved.
_SMUGGLING = frozenset(("smuggling", "smuggle", "smuggler", "trafficking", "traffic", "trafficker"))
#: Participles that give the grounds of a hold on the people held: "drivers suspected of X".
_GROUNDS = frozenset(("suspect", "accuse", "charge", "wanted"))
#: Adverbs of acting with someone: "together with X", "jointly with Y".
_JOINTLY = frozenset(("together", "jointly"))


def at_border(where: list[Token]) -> bool:
    """Whether the place phrase words ``where`` put the arrest at a border: "at the border", "at the
    X crossing point"; "near the border town of X" (the border word modifies a place to live) does not."""
    return any(
        lemma(t) in _BORDER_NOUNS and not (t.dep_ == "compound" and lemma(t.head) in _LIVED_PLACES) for t in where
    )


def held_as_smugglers(verb: Token, people: Token | None) -> bool:
    """ "arrested five men on suspicion of people smuggling during border checks", "drivers
    suspected of trafficking were detained at the crossing": the grounds of the hold name smuggling,
    so those held moved others across; the arrest is a fact of its own even at a border."""
    grounds = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for")]
    if people is not None:
        grounds += [c for c in people.children if c.dep_ in ("acl", "amod", "relcl") and lemma(c) in _GROUNDS]
    return any(lemma(t) in _SMUGGLING or t.lower_ in _SMUGGLING for g in grounds for t in g.subtree)


def caught_crossing(verb: Token, people: Token | None) -> bool:
    """ "were detained while attempting to cross the border", "arrested as they tried to enter X",
    "detained 48 nationals who are believed to have entered the country": the people were stopped
    crossing (a clause of the verb, or one describing the people, says so)."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    if people is not None:  # "48 nationals, including 11 children, who ...": the parser hangs it on the part
        parts = [g for p in people.children if p.lower_ == "including" for g in p.children if g.dep_ == "pobj"]
        clauses += [c for n in (people, *parts) for c in n.children if c.dep_ in ("relcl", "acl")]
    if crossed_before(verb):
        return True  # "apprehended after crossing from Y"
    return any(_crosses(c) for c in clauses)


def _crosses(clause: Token) -> bool:
    """Whether a clause says its subject crossed: its verb, or one it hands its subject down to
    ("believed to have entered", "trying to cross"); "helped migrants cross" is someone else's."""
    node: Token | None = clause
    while node is not None:
        if node.i != clause.i and any(c.dep_ == "nsubj" for c in node.children):
            return False  # "helped migrants cross": the migrants crossed, not the people held
        if node.pos_ == "VERB" and lemma(node) in CROSSING_VERBS:
            return True
        node = next((c for c in node.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    return False


def in_headline(tok: Token) -> bool:
    """Whether ``tok`` stands on a line that does not end like a sentence (a headline)."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return is_headline(text, start, len(text) if end < 0 else end)


def in_quotation(tok: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks opened on its own line ("Three drivers were
    held too," she said): a speaker's aside, which the annotation treats as alluded to at most when
    it names no one and no place. A transcript's turns carry no marks and stay reported facts."""
    text = doc_text(tok.doc)
    line = text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx]
    return line.count('"') % 2 == 1 or line.count("\u201c") > line.count("\u201d")


def partners(verb: Token) -> list[Token]:
    """The objects of "in cooperation with X", "together with Y" under ``verb``: fellow arresters."""
    withs: list[Token] = []  # the "with" prepositions that name a partner
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            heads = [g for g in c.children if g.dep_ == "pobj" and lemma(g) in _WORKING_WITH]
        elif c.dep_ == "advmod" and c.lower_ in _JOINTLY:
            heads = [c]
        elif c.dep_ == "prep" and c.lower_ == "with" and any(g.lower_ in _JOINTLY for g in c.children):
            withs.append(c)  # the parser hangs "together" on "with"
            continue
        else:
            continue
        withs += [w for h in heads for w in h.children if w.dep_ == "prep" and w.lower_ == "with"]
    return [o for w in withs for o in w.children if o.dep_ == "pobj"]
