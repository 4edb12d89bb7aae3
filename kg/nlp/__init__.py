"""Model name -> spaCy pipeline with the ``kg_`` components (see :mod:`kg.nlp.pipeline`).

The pipeline is imported on first use, so that the plain-data module ``patterns`` can be imported
without loading spaCy components. Reference data (gazetteer, demonyms, names) lives in
:mod:`kg.lexicon`, which both this package and :mod:`kg.resolve` read and which imports neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.nlp.pipeline import DEFAULT_MODEL, add_kg_components, build_nlp

__all__ = ["DEFAULT_MODEL", "add_kg_components", "build_nlp"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg.nlp import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg.nlp' has no attribute {name!r}")
