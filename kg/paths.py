"""Where the ontology, shapes and queries live, in a checkout or an installed wheel.

They stay at the top level of the repository (where their users look); the wheel carries them as
package data under ``kg/resources/`` (see pyproject.toml). A checkout's top-level folders win (an
editable install runs from the checkout); an installed wheel finds its own copies.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["ontology_file", "queries_dir", "shapes_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _resource_dir(kind: str) -> Path:
    checkout = _PACKAGE.parent / kind
    if (checkout / ".." / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return _PACKAGE / "resources" / kind


def ontology_file() -> Path:
    """The OWL ontology ``kg.ttl``."""
    return _resource_dir("ontology") / "kg.ttl"


def shapes_dir() -> Path:
    """The folder of SHACL shape files (``*.ttl``)."""
    return _resource_dir("shapes")


def queries_dir() -> Path:
    """The folder of ready SPARQL questions (``*.rq``)."""
    return _resource_dir("queries")
