"""A counted arrest: where the text puts it, who helped, and whether it is a reported fact of its own.

"Six suspects have been arrested", "The police arrested three people", "officers arrested seven
persons suspected of smuggling": a counted arrest is one reported fact even when the text names
neither who arrested nor where (the story around it says that). Three readings keep such bare
arrests apart from what is no arrest of its own:

* people held "while attempting to cross the border" were stopped crossing: the crossing is the
  event, as for "arrested 312 people who had crossed";
* a headline ("POLICE HOLD 12 IN DAWN RAID") announces the story's event, which its body
  reports with the named arguments;
* a border word modifying another noun ("near the border town of X") puts the arrest in the town,
  not at a border.

Partners named with "in cooperation with X" / "together with X" arrest too.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_news_triggers import lemma
from kg.extract.event_triggers import CROSSING_VERBS
from kg.extract.quotes import is_headline
from kg.nlp.doctext import doc_text

__all__ = ["at_border", "caught_crossing", "in_headline", "partners"]

#: Head nouns of a place phrase that put an arrest at a border.
_BORDER_NOUNS = frozenset(("border", "frontier", "checkpoint", "crossing"))
#: Nouns of working with someone: "in cooperation with X", "in coordination with Y".
_WORKING_WITH = frozenset(("cooperation", "coordination", "conjunction", "collaboration", "partnership"))
#: Adverbs of acting with someone: "together with X", "jointly with Y".
_JOINTLY = frozenset(("together", "jointly"))


def at_border(where: list[Token]) -> bool:
    """Whether the place phrase words ``where`` put the arrest at a border: "at the border", "at the
    X crossing"; "near the border town of X" (the border word modifies the town) does not."""
    return any(lemma(t) in _BORDER_NOUNS and t.dep_ != "compound" for t in where)


def caught_crossing(verb: Token) -> bool:
    """ "were detained while attempting to cross the border", "arrested as they tried to enter X":
    the people were stopped crossing (a clause of the verb says so)."""
    return any(
        c.dep_ == "advcl" and any(t.pos_ == "VERB" and lemma(t) in CROSSING_VERBS for t in c.subtree)
        for c in verb.children
    )


def in_headline(tok: Token) -> bool:
    """Whether ``tok`` stands on a line that does not end like a sentence (a headline)."""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    return is_headline(text, start, len(text) if end < 0 else end)


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
