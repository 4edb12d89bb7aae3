"""The ``kg`` command: thin Typer commands over the library; errors -> one line on stderr and an exit code.

Exit codes: 0 success (``validate``: the graph conforms); 1 partial (some inputs skipped) or, for
``validate``, violations found; 2 nothing could be done (bad input, unknown model, unwritable
output). Commands live by what they do to the store: ``write`` (build, remove), ``read``
(validate, query, queries, stats, explain), ``export``, ``share`` (push, serve).
"""

from __future__ import annotations

from kg.cli import export, read, share, write
from kg.cli.common import app

__all__ = ["app", "main"]

# in the order `kg --help` lists them: the data path, from texts to the store and out of it
app.command()(write.build)
app.command()(read.validate)
app.command()(read.query)
app.command("queries")(read.list_queries)
app.command()(export.export)
app.command()(read.stats)
app.command()(write.remove)
app.command()(share.push)
app.command()(read.explain)
app.command()(share.serve)


def main() -> None:
    """Console entry point: ``kg``."""
    app()
