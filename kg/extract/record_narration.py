"""(spaCy span of a transcript's unlabelled line) -> whether the record narrates the sitting there.

A parliament's verbatim record puts the clerk's narration between the labelled turns: "The Chair
then called Deputy Jo Roe, who asked about ...", "The Speaker adjourned the House at 6.15." Such a
line follows a turn without a label of its own, so it reads like that speaker's next paragraph; but
it tells of the presiding officer in the third person and in the past tense, and no speaker's
words are in it. A line that says "I" or "we" or addresses someone stays a turn's words ("The
Chair told me last week ...").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

__all__ = ["narrates_sitting"]

#: Titles of the officer presiding over a sitting, the closed class a record narrates in the third
#: person: the chair and the speaker of a house, whatever the form.
_PRESIDING = frozenset({"chair", "chairman", "chairwoman", "chairperson", "speaker"})
#: Pronouns of a speaker's own voice: a line with any of them is somebody's words.
_VOICED = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})


def narrates_sitting(span: SpacySpan) -> bool:
    """True when the line's first sentence has a presiding officer, with "the", as the subject of
    a verb in the past tense, and the line holds no first- or second-person pronoun."""
    if any(t.lower_ in _VOICED for t in span):
        return False
    first = span[0].sent
    root = first.root
    if root.tag_ != "VBD":
        return False
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in _PRESIDING
        and any(d.lower_ == "the" and d.dep_ == "det" for d in c.children)
        for c in root.children
    )
