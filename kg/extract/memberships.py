"""A sentence's linked mentions -> ``kg:memberOf`` (states in organizations) and ``kg:partOf``
(bodies of organizations and states) stated in it.

Membership is read around the word "member(s)" (or "allies", "countries" right after an
organization's name: "NATO allies", "EU countries"), whose organization is either its
"of"-phrase ("members of the EU", "a member state of NATO") or the name before it ("EU member
states", "fellow CSTO members", "Z's newest member"), and whose states are listed after it ("...
such as A and B"), stand in apposition before it ("A and B, fellow members of Z") or are the
subject of its copula ("A is a member of Z", "A, which has been a member of Z") or of an
admission ("A was admitted as a member"); and around "joined" ("A joined Z"). A negated
or wished-for membership ("is not a member", "wants to join") says nothing.

A body is part of the organization or state that possesses it in an apposition or before it:
"Europol, the EU's police agency", "the Commission, the executive arm of the EU", "the EU's
Commission".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.links import Linked
from kg.extract.relation_spans import Found, add, link_at, listed_after, listed_before, tokens
from kg.nlp.roles import EVERYDAY_PERSON_NOUNS, PERSON_NOUNS

__all__ = ["find_made_of", "find_memberships", "find_parts"]

_MEMBER_WORDS = frozenset({"member", "members"})
_ALLY_WORDS = frozenset({"ally", "allies"})
_MEMBER_NOUNS = frozenset({"state", "states", "country", "countries", "nation", "nations"})
_LIST_CUES = frozenset({"such", "as", "including", "like", ":", "namely"})
_APPOSITION_WORDS = frozenset({"fellow", "both", "all", "also", "now", "full", "founding", "longtime", "new"})
_WISH_VERBS = frozenset({"want", "seek", "hope", "wish", "aim", "apply", "try", "plan", "bid", "aspire", "push"})
#: Verbs that make a state a member "as" one: "admitted as a member", "joined as its newest member".
_ADMIT_VERBS = frozenset({"admit", "accept", "join", "welcome"})
_STATE = {"State"}
_BODIES = {"Organization", "Agency"}


def find_memberships(
    doc: Doc, sent: SpacySpan, links: list[Linked], found: Found, earlier: list[Linked] | None = None
) -> None:
    """Every "state memberOf organization" the sentence states.

    ``earlier``: the document's states named before the sentence, in order, which "both countries"
    points back to.
    """
    for tok in sent:
        if _member_head(doc, sent, tok, links) and not _negated(tok):
            org, end = _member_org(doc, sent, tok, links)
            org = org or _relative_org(doc, tok, links)
            if org is None or _non(doc, org):
                continue
            orgs, end = _more_orgs(doc, sent, org, end, links)
            states = _listed_after_phrase(doc, sent, end, links) + _apposed(doc, tok, links) + _copula(doc, tok, links)
            if not states and _pair_subject(tok):
                states = _last_two(doc, sent, links, earlier or [])
            for state in states:
                for each in orgs:
                    add(found, state.key, "memberOf", each.key, sent)
        elif tok.lower_ == "membership" and not _negated(tok) and not _sought(tok):
            org, end = _member_org(doc, sent, tok, links)
            if org is None or _non(doc, org):
                continue
            orgs, _ = _more_orgs(doc, sent, org, end, links)
            for state in _holders(doc, sent, tok, links, earlier or []):
                for each in orgs:
                    add(found, state.key, "memberOf", each.key, sent)
        elif tok.lemma_ == "join" and tok.tag_ in {"VBD", "VBN"} and not _negated(tok) and not _wished(tok):
            for child in tok.children:
                org = link_at(doc, links, child.i) if child.dep_ == "dobj" else None
                if org is not None and org.type == "Organization":
                    for state in _subjects(doc, tok, links):
                        add(found, state.key, "memberOf", org.key, sent)


#: Verbs by which a body states who it is made of: "X, which includes troops from A, B and C".
_MADE_OF_VERBS = frozenset({"include", "comprise", "unite", "group"})
#: Words between a body's name and such a verb: its short form in brackets, a relative pronoun.
_MADE_OF_GAP = frozenset({",", "(", ")", "which", "that", "now", "also"})
#: Words between the verb and the first state: who the body draws from ("soldiers from A").
_DRAWN_FROM = frozenset(
    {"troops", "soldiers", "forces", "units", "personnel", "officers", "police", "contingents", "from", "of", "the"}
)


def find_made_of(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """ "The X Task Force (XTF), which includes soldiers from A, B and C": each state is a member of X.

    The body is named right before the verb (its short form and "which" between), the states
    listed right after it, perhaps after the kind of people the body draws from them.
    """
    for tok in sent:
        if tok.lemma_ not in _MADE_OF_VERBS or tok.pos_ != "VERB" or _negated(tok):
            continue
        body = _named_before(doc, tok.i, links)
        if body is None:
            continue
        first = next((lk for lk in links if lk.type in _STATE and lk.start > tok.idx), None)
        span = tokens(doc, first) if first is not None else None
        if first is None or span is None or span.end > sent.end:
            continue
        gap = doc[tok.i + 1 : span.start]
        if len(gap) > 4 or any(t.lower_ not in _DRAWN_FROM and not t.like_num for t in gap):
            continue
        for state in listed_after(doc, first, links, _STATE):
            add(found, state.key, "memberOf", body.key, sent)


def _named_before(doc: Doc, i: int, links: list[Linked]) -> Linked | None:
    """The organization or agency named right before token ``i``, across its bracketed short form
    and "which"."""
    before = [lk for lk in links if lk.type in _BODIES and lk.end <= doc[i].idx]
    if not before:
        return None
    span = tokens(doc, before[-1])
    if span is None or i - span.end > 6:
        return None
    gap = doc[span.end : i]
    if not any(t.lower_ in {"which", "that"} for t in gap) and len(gap):
        return None  # "X, Y includes": a clause of its own
    ok = all(t.lower_ in _MADE_OF_GAP or (t.is_upper and t.is_alpha) for t in gap)
    return before[-1] if ok else None


def _member_head(doc: Doc, sent: SpacySpan, tok: Token, links: list[Linked]) -> bool:
    """ "member(s)", or "ally/allies" and "country/state/nation" right after an organization's name
    ("NATO allies", "EU countries such as A")."""
    if tok.lower_ in _MEMBER_WORDS:
        return True
    if tok.lower_ in _ALLY_WORDS or tok.lower_ in _MEMBER_NOUNS:
        before = link_at(doc, links, tok.i - 1) if tok.i > sent.start else None
        return before is not None and before.type == "Organization"
    return False


#: Words of a subject that stands for two states named before: "both countries", "the two nations".
_PAIR_WORDS = frozenset({"both", "two"})


def _relative_org(doc: Doc, tok: Token, links: list[Linked]) -> Linked | None:
    """The organization "of which" a relative clause makes its subject a member: "Z (ZC), of which
    both countries are members" names Z right before the comma, perhaps with its short form."""
    which = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if tok.dep_ != "attr" or which is None or not any(c.lower_ == "which" for c in which.children):
        return None
    i = which.i - 1
    while i >= 0 and doc[i].text in {",", "(", ")"}:
        i -= 1  # ", of which", "Z (ZC), of which": the short form names Z too
    org = link_at(doc, links, i)
    return org if org is not None and org.type == "Organization" and org.kind == "name" else None


def _pair_subject(tok: Token) -> bool:
    """ "both countries are members", "the two states are members": a subject that stands for two states."""
    if tok.dep_ != "attr" or tok.head.lemma_ not in {"be", "remain"} or _negated(tok.head):
        return False
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in _MEMBER_NOUNS
        and any(c.lower_ in _PAIR_WORDS for c in subject.children if c.dep_ in {"det", "nummod", "predet"})
    )


def _last_two(doc: Doc, sent: SpacySpan, links: list[Linked], earlier: list[Linked]) -> list[Linked]:
    """The two states "both countries" points back to: the sentence's two, else the last two named before it."""
    for pool in (links, [*earlier, *links]):
        named: list[Linked] = []
        for lk in reversed(
            [lk for lk in pool if lk.type == "State" and lk.kind == "name" and lk.start < sent.end_char]
        ):
            if all(lk.key != other.key for other in named):
                named.append(lk)
            if len(named) == 2:
                break
        if len(named) == 2 and (pool is links or len({lk.key for lk in links if lk.type == "State"}) < 2):
            return named
    return []


def _non(doc: Doc, org: Linked) -> bool:
    """ "non-EU countries": the organization's name is negated by a "non-" prefix."""
    span = tokens(doc, org)
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.text == "-" and span.start > 1:
        prev = doc[span.start - 2]
    return prev.lower_ in {"non", "non-"}


def _member_org(doc: Doc, sent: SpacySpan, tok: Token, links: list[Linked]) -> tuple[Linked | None, int]:
    """The organization of "member(s)" and the token index after the member phrase."""
    j = tok.i + 1
    if j < sent.end and doc[j].lower_ in _MEMBER_NOUNS:
        j += 1
    if j + 1 < sent.end and doc[j].lower_ == "of":
        k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
        org = link_at(doc, links, k)
        if org is not None and org.type == "Organization":
            span = tokens(doc, org)
            return org, span.end if span is not None else k + 1
        return None, j
    before = link_at(doc, links, tok.i - 1) if tok.i > sent.start else None
    if before is not None and before.type == "Organization":
        return before, j
    i = tok.i - 1  # "NATO's newest member", "the bloc's eleventh member"
    while i > sent.start and (doc[i].pos_ in {"ADJ", "NUM"} or doc[i].tag_ in {"JJ", "JJS", "CD"}):
        i -= 1
    if i > sent.start and doc[i].lower_ in {"'s", "’s"}:
        owner = link_at(doc, links, i - 1)
        if owner is not None and owner.type == "Organization":
            return owner, j
    return None, j


def _more_orgs(doc: Doc, sent: SpacySpan, org: Linked, end: int, links: list[Linked]) -> tuple[list[Linked], int]:
    """ "a member of X and (of) the Y": every organization joined to the first by "and" or a comma,
    and the token index after the last."""
    orgs = [org]
    while True:
        j = end
        while j < sent.end and doc[j].lower_ in {"and", ",", "of", "the"}:
            j += 1
        nxt = link_at(doc, links, j) if j > end and j < sent.end else None
        span = tokens(doc, nxt) if nxt is not None and nxt.type == "Organization" and not _non(doc, nxt) else None
        if nxt is None or span is None or nxt in orgs:
            return orgs, end
        orgs.append(nxt)
        end = span.end


def _listed_after_phrase(doc: Doc, sent: SpacySpan, end: int, links: list[Linked]) -> list[Linked]:
    """States listed right after the member phrase: "EU members Austria and Greece", "... such as A"."""
    while end < sent.end and doc[end].lower_ in _LIST_CUES:
        end += 1
    first = link_at(doc, links, end)
    if first is None or first.type != "State" or first.kind != "name":
        return []
    return [lk for lk in listed_after(doc, first, links, _STATE) if lk.kind == "name"]


def _apposed(doc: Doc, tok: Token, links: list[Linked]) -> list[Linked]:
    """States in apposition before the member phrase ("Sweden and Norway, fellow members of Z") or
    listed before "and other Z members"."""
    i = tok.i - 1
    while i >= 0 and (doc[i].pos_ in {"DET", "NUM"} or doc[i].lower_ in _APPOSITION_WORDS or _org_word(doc, i, links)):
        i -= 1
    other = i >= 1 and doc[i].lower_ == "other" and doc[i - 1].lower_ == "and"  # "A and other Z members"
    if other and tok.dep_ == "conj":
        i -= 1
    elif i < 0 or doc[i].text != "," or tok.dep_ != "appos":
        return []  # "in Ukraine, EU countries said": a comma that closes a phrase, not an apposition
    return [lk for lk in listed_before(doc, i, links, _STATE) if lk.kind == "name"]


def _org_word(doc: Doc, i: int, links: list[Linked]) -> bool:
    lk = link_at(doc, links, i)
    return lk is not None and lk.type == "Organization"


def _copula(doc: Doc, tok: Token, links: list[Linked]) -> list[Linked]:
    """Subjects of "be/become a member": "A is a member of Z", "A, which has been a member of Z"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _ADMIT_VERBS and not _negated(head.head):
        return _subjects(doc, head.head, links)  # "A, which was admitted as the bloc's newest member"
    if tok.dep_ not in {"attr", "oprd", "acomp"} or head.lemma_ not in {"be", "become", "remain"} or _negated(head):
        return []
    return _subjects(doc, head, links)


def _subjects(doc: Doc, verb: Token, links: list[Linked]) -> list[Linked]:
    """The state subjects of ``verb`` (with their conjuncts); a relative pronoun stands for its antecedent."""
    out = []
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
            child = verb.head
        for word in (child, *child.conjuncts):
            lk = link_at(doc, links, word.i)
            if lk is not None and lk.type == "State" and lk.kind == "name":
                out.append(lk)
    return out


#: Words that make a membership one only sought or weighed: "its bid for membership of Z", "talks
#: on their membership of Z", "X's future membership of Z".
_SOUGHT = frozenset(
    {
        "bid",
        "application",
        "applications",
        "talks",
        "negotiations",
        "accession",
        "path",
        "road",
        "candidacy",
        "future",
        "eventual",
        "possible",
        "potential",
        "prospective",
        "referendum",
        "vote",
        "suspension",
        "end",
    }
)


def _sought(membership: Token) -> bool:
    """ "the bid for membership of Z", "its future membership of Z": no membership held (yet)."""
    words = [c.lower_ for c in membership.children if c.dep_ in {"amod", "compound"}]
    words += [a.lower_ for a in membership.ancestors if a.pos_ in {"NOUN", "PROPN"}][:2]
    return any(w in _SOUGHT for w in words)


def _holders(doc: Doc, sent: SpacySpan, membership: Token, links: list[Linked], earlier: list[Linked]) -> list[Linked]:
    """The states whose membership it is: "X's membership of Z" names one; "their (common)
    membership of Z" and "both countries' membership of Z" point back to the two states named last."""
    owner = next((c for c in membership.children if c.dep_ == "poss"), None)
    if owner is None:
        return []
    if owner.lower_ == "their" or (
        owner.lower_ in _MEMBER_NOUNS and any(c.lower_ in _PAIR_WORDS for c in owner.children)
    ):
        return _last_two(doc, sent, links, earlier)
    state = link_at(doc, links, owner.i)
    return [state] if state is not None and state.type == "State" else []


def _negated(tok: Token) -> bool:
    """ "not a member", "never joined", "non-member": the token or its verb is negated."""
    words = [tok, tok.head] if tok.dep_ in {"attr", "oprd", "acomp", "dobj"} else [tok]
    if any(c.dep_ == "neg" for w in words for c in w.children):
        return True
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in {"non", "non-"}


def _wished(tok: Token) -> bool:
    """ "wants to join", "its bid to join": the joining is only sought."""
    head = tok.head
    return tok.dep_ in {"xcomp", "acl", "advcl", "ccomp"} and head.lemma_ in _WISH_VERBS


def find_parts(doc: Doc, sent: SpacySpan, links: list[Linked], found: Found) -> None:
    """Bodies part of the organization or state that possesses them in the sentence."""
    for lk in links:
        if lk.type != "Agency" or lk.kind != "name":
            continue
        span = tokens(doc, lk)
        if span is None:
            continue
        owner = _possessor_before(doc, span, links) or _apposition_owner(doc, sent, span, links)
        if owner is not None and owner.key != lk.key:
            add(found, lk.key, "partOf", owner.key, sent)


def _is_owner(lk: Linked | None) -> bool:
    return lk is not None and lk.kind == "name" and lk.type in {"Organization", "State"}


def _possessor_before(doc: Doc, span: SpacySpan, links: list[Linked]) -> Linked | None:
    """ "the EU's police agency Europol", "NATO's Military Committee": the possessor right before."""
    i = span.start - 1
    while i > 0 and span.start - i <= 3 and doc[i].is_lower and doc[i].pos_ in {"NOUN", "ADJ"}:
        i -= 1
    if i > 0 and doc[i].lower_ in {"'s", "’s"}:
        owner = link_at(doc, links, i - 1)
        return owner if _is_owner(owner) else None
    return None


def _of_before(doc: Doc, i: int) -> int | None:
    """The index of the "of" before token ``i`` ("of X", "of the X"), if there is one."""
    if doc[i - 1].lower_ == "of":
        return i - 1
    return i - 2 if doc[i - 2].lower_ == "of" and doc[i - 1].lower_ == "the" else None


def _apposition_owner(doc: Doc, sent: SpacySpan, span: SpacySpan, links: list[Linked]) -> Linked | None:
    """ "X, the EU's executive arm," or "X, an agency of the United Nations,": the owner in the apposition."""
    if span.end + 2 >= sent.end or doc[span.end].text != ",":
        return None
    if doc[span.end + 1].pos_ != "DET" and not _is_owner(link_at(doc, links, span.end + 1)):
        return None
    for i in range(span.end + 1, min(sent.end, span.end + 10)):
        tok = doc[i]
        if tok.is_punct:
            return None
        owner = link_at(doc, links, i)
        if _is_owner(owner) and owner is not None:
            owner_span = tokens(doc, owner)
            after = doc[owner_span.end] if owner_span is not None and owner_span.end < len(doc) else None
            of = _of_before(doc, i)
            if of is not None:
                # "the Council, the representative of Y": a person's office, no body of Y
                return None if doc[of - 1].lemma_.lower() in PERSON_NOUNS | EVERYDAY_PERSON_NOUNS else owner
            if after is not None and after.lower_ in {"'s", "’s"}:
                return owner
            return None
    return None
