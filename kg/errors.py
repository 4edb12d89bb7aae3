"""The one exception family of newskg, caught only at the CLI boundary.

Every error names what went wrong and where, in one line, so the CLI can print it without a
traceback.
"""

from __future__ import annotations

__all__ = ["InputError", "ModelError", "NewsKGError", "OutputError", "QueryError"]


class NewsKGError(Exception):
    """Base class: a problem the user can fix, with a one-line message."""


class InputError(NewsKGError):
    """A document, folder or manifest line that cannot be read.

    Attributes:
        source: the file (and line, for manifests) at fault.
        problem: what is wrong with it.
    """

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Pickle by both fields: a worker process hands a skipped document back to the main one."""
        return type(self), (self.source, self.problem)


class ModelError(NewsKGError):
    """The spaCy pipeline asked for is not installed or cannot be loaded."""


class OutputError(NewsKGError):
    """An output file or store cannot be written."""


class QueryError(NewsKGError):
    """A named query is unknown or a SPARQL text does not parse."""
