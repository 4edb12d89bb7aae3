"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint and a browser page over one store.

The HTTP side (starlette + uvicorn) never touches the store: every query goes to a worker process
that opens the store read-only and answers through ``KGStore.query``, the same entry point as
``kg query``, so the endpoint has the CLI's semantics. A worker that runs past the time limit is
killed and replaced, which is the only way to stop a query already inside Oxigraph.
"""

from __future__ import annotations

from kg.serve.app import create_app, run
from kg.serve.pool import QueryPool

__all__ = ["QueryPool", "create_app", "run"]
