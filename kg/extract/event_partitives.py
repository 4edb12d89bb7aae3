"""A number that counts part of a group: "44 of its members", "nine of the marchers".

News counts the people an arrest or a deployment acts on as a share of a group the reader knows
("protests at the detention of 44 of its members", "police held 40 of the marchers", "sent 300 of
its reservists"). The parser makes the number itself the object and hangs the group on it by "of";
the number is then the head count, as "44 members" would be. A share that is no head count
("a third of them", "most of the suspects") has no number to read and stays uncounted.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["partitive_group"]


def partitive_group(obj: Token | None) -> Token | None:
    """The group ``obj`` is a counted part of ("44" in "44 of its members": "members"), or None
    when ``obj`` is no number with an "of" phrase."""
    if obj is None or not (obj.pos_ == "NUM" or obj.like_num):
        return None
    return next(
        (
            g
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PRON") and g.tag_ in ("NNS", "PRP")
        ),
        None,
    )
