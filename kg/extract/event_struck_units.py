"""An attack on a force's patrol or convoy -> that force as the attack's target.

Police and army statements tell of an attack by the unit that was hit: "a Border Guard patrol came
under fire", "a patrol of the 4th Battalion was attacked", "gunmen ambushed a police convoy",
"attackers opened fire on a patrol of the Border Police". What was attacked is the body the patrol
belongs to, named in its compound or by "of"; the place of the attack stays where it was read.
The force is added to an attack already placed or aimed (near a town, at a crossing): whether an
attack that names nothing else is news of its own is for the event readers to say.
Only a unit on the receiving end counts: the passive subject, the one who "came under" fire, the
object, or what fire was opened "on"; a patrol that attacks is an agent, read elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_args import ArgReader

__all__ = ["struck_unit_bodies"]

#: Small force units that go out and get attacked (a closed class).
_UNITS = frozenset(("patrol", "convoy", "detachment", "squad", "unit", "team", "outpost", "platoon", "company"))
#: Bodies a unit belongs to.
_BODIES = ("Agency", "Organization")


def _struck(tok: Token, verb: Token | None) -> list[Token]:
    """The nouns an attack word ``tok`` (and its governing verb) says were on the receiving end."""
    out: list[Token] = []
    for v in dict.fromkeys(t for t in (tok, verb) if t is not None):
        under = v.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in v.children)
        for c in v.children:
            if c.dep_ in ("nsubjpass", "dobj") or (under and c.dep_ == "nsubj"):  # "came under fire"
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("on", "against"):
                out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def struck_unit_bodies(reader: ArgReader, tok: Token, verb: Token | None) -> list[str]:
    """The bodies whose patrol, convoy or post an attack hit."""
    return [
        key for noun in _struck(tok, verb) if noun.lemma_.lower() in _UNITS for key in reader.np_entities(noun, _BODIES)
    ]
