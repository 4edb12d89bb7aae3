"""Where the ontology, shapes and queries live, in a checkout or an installed wheel.

They stay at the top level of the repository (where their users look); the wheel carries them as
the package data ``kg.resources.*`` (see pyproject.toml): a checkout's top-level folders win, an
installed wheel falls back to ``importlib.resources``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["ontology_file", "queries_dir", "shapes_dir"]


def _resource_dir(kind: str) -> Path:
    checkout = Path(__file__).resolve().parent.parent / kind
    if checkout.is_dir():  # a checkout or an editable install
        return checkout
    return Path(str(files(f"kg.resources.{kind}")))


def ontology_file() -> Path:
    """The OWL ontology ``kg.ttl``."""
    return _resource_dir("ontology") / "kg.ttl"


def shapes_dir() -> Path:
    """The folder of SHACL shape files (``*.ttl``)."""
    return _resource_dir("shapes")


def queries_dir() -> Path:
    """The folder of ready SPARQL questions (``*.rq``)."""
    return _resource_dir("queries")
