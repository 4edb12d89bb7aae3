"""SHACL shapes -> SPARQL queries run by Oxigraph on the store: the fast validation engine.

:mod:`kg.shacl.compile` turns a shapes graph into queries, :mod:`kg.shacl.engine` runs them over
all nodes or over the nodes a build touched. :mod:`kg.validate` is the public entry point and
keeps pySHACL as the reference both engines are tested against.
"""

from kg.shacl.compile import Check, UnsupportedShape, compile_shapes
from kg.shacl.engine import Endpoint, Result, Scope, class_closure, run, select

__all__ = [
    "Check",
    "Endpoint",
    "Result",
    "Scope",
    "UnsupportedShape",
    "class_closure",
    "compile_shapes",
    "run",
    "select",
]
