"""A text longer than a piece -> one Doc, parsed piece by piece so that cost grows linearly.

spaCy's statistical components need memory and time that grow faster than the text on one huge
Doc (the tok2vec layer, and about 1 GB of temporary memory per 100,000 characters for the parser
and NER, as spaCy's own documentation warns). A text longer than :data:`PIECE_CHARS` is cut at
line breaks (else at a sentence end, else at a blank) into pieces that each run through the
statistical components; the pieces are joined back into one Doc with the exact text and offsets,
and the ``kg_`` components, which look across the whole document, run on the joined Doc. Pieces
go through ``nlp.pipe`` one at a time (``batch_size=1``): in one batch, the components would
process them together and need the memory of the whole text again. Short texts, the usual news
article, never take this path.

The joined Doc has no tensor (nothing downstream reads it). A text longer than a section is
not parsed whole at all: :mod:`kg.sections` cuts it first, and its sections, each parsed here,
are shared between processes.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.doctext import known_text
from kg.nlp.pipeline import annotate, statistical

__all__ = ["PIECE_CHARS", "parse_long", "parse_pieces", "pieces"]

log = logging.getLogger(__name__)

#: Longest piece given to the statistical components at once; a news article fits in one.
PIECE_CHARS = 20_000
# Where a piece may end, best first: after a run of line breaks, after a sentence end, after a blank.
_CUTS = (re.compile(r"\n+"), re.compile(r"[.!?][\"'”’)]*\s+"), re.compile(r"\s+"))


def pieces(text: str, size: int = PIECE_CHARS, cuts: Sequence[re.Pattern[str]] = _CUTS) -> list[str]:
    """``text`` as consecutive pieces, none longer than ``size`` characters, that join back to it.

    Each cut falls after the last match, within the window's latter half, of the first of
    ``cuts`` found there: by default its last line break, else its last sentence end, else its
    last blank; a window with none of these (one huge token) is cut at ``size``.
    """
    out = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = window_end
        for pattern in cuts:
            ends = [m.end() for m in pattern.finditer(text, start + size // 2, window_end)]
            if ends:
                cut = ends[-1]
                break
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _parse_here(nlp: Language, parts: list[str]) -> list[Doc]:
    return list(statistical(nlp, parts, batch_size=1))


def parse_pieces(nlp: Language, text: str) -> Doc:
    """The Doc of ``text`` parsed in pieces by the statistical components only (see :func:`statistical`)."""
    docs = _parse_here(nlp, pieces(text, PIECE_CHARS))
    for doc in docs:  # the pieces' cached texts and indexes (:mod:`kg.nlp.doctext`) are no use to the whole,
        for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("kg_")]:
            del doc.user_data[key]  # and Doc.from_docs would warn once per piece, quoting all of its text
    whole = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]  # the stub lacks it
    return known_text(whole, text)


def parse_long(nlp: Language, text: str) -> Doc:
    """The Doc of ``text``, parsed in pieces, with the ``kg_`` components run over the whole."""
    return annotate(nlp, parse_pieces(nlp, text))
