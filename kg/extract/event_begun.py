"""(sentence, a deployment's clause) -> the tokens of a "who began ..." clause that dates its start.

News often gives a deployment's start in a relative clause on the force, not in the deploying
clause: "X has sent 285 more soldiers to the district, who began moving in yesterday". The parser
hangs such a clause on the nearest noun (the region, the army), so it is looked for anywhere in
the deploying clause: a clause whose subject is "who" and whose verb begins something ("began",
"started") tells when the people sent began to move, and its time opens the deployment.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.event_time import START_VERBS

__all__ = ["begun_clause"]


def begun_clause(sent: Span, clause: set[int]) -> set[int]:
    """The tokens of a "who began/started ..." clause hanging on a word of ``clause``; empty if none."""
    for tok in sent:
        if (
            tok.dep_ == "relcl"
            and tok.head.i in clause
            and tok.lemma_.lower() in START_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in tok.children)
        ):
            return {t.i for t in tok.subtree}
    return set()
