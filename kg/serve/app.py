"""HTTP routes (starlette) over a QueryPool: /sparql, /queries/NAME, the page at / and its JSON API.

Requests are parsed here and answered by worker processes (pool.py); blocking waits run in
threads so a slow query never stalls the event loop or the other clients.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from anyio import to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import QueryError
from kg.query import available_queries, describe, load_query
from kg.serve import explore
from kg.serve.pool import QueryPool
from kg.serve.protocol import Answer

__all__ = ["create_app", "run"]

log = logging.getLogger("kg.serve")
STATIC = Path(__file__).resolve().parent / "static"
_FORM = "application/x-www-form-urlencoded"


def _send(result: Answer) -> Response:
    return Response(result.body, status_code=result.status, media_type=result.media_type)


def _refuse(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


def create_app(pool: QueryPool) -> Starlette:
    """The ASGI app; ``pool`` answers every query."""

    async def run_sparql(sparql: str, accept: str | None) -> Response:
        return _send(await to_thread.run_sync(pool.answer, sparql, accept))

    async def sparql(request: Request) -> Response:
        params = dict(request.query_params)
        if request.method == "POST":
            kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind == "application/sparql-update":
                return _refuse(403, "this endpoint is read-only: updates are refused")
            if kind == "application/sparql-query":
                params["query"] = (await request.body()).decode("utf-8", "replace")
            elif kind == _FORM:
                # parsed here: starlette's form parser would need python-multipart for this one case
                params.update(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))
            else:
                return _refuse(415, f"POST a query as {_FORM} or application/sparql-query")
        if "update" in params:
            return _refuse(403, "this endpoint is read-only: updates are refused")
        if "default-graph-uri" in params or "named-graph-uri" in params:
            return _refuse(400, "default-graph-uri and named-graph-uri are not supported: use FROM / GRAPH")
        if not params.get("query"):
            return _refuse(400, "give the query in the `query` parameter")
        return await run_sparql(params["query"], request.headers.get("accept"))

    async def queries(request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse(
            [
                {"name": name, "description": describe(path), "url": f"{base}/queries/{name}"}
                for name, path in available_queries().items()
            ]
        )

    async def named(request: Request) -> Response:
        name = request.path_params["name"]
        want_text = name.endswith(".rq")
        try:
            text = load_query(name.removesuffix(".rq"))
        except QueryError as exc:
            return _refuse(404, str(exc))
        if want_text:
            return PlainTextResponse(text, media_type="application/sparql-query")
        return await run_sparql(text, request.headers.get("accept"))

    def ask(text: str) -> list[dict[str, str]]:
        """A SELECT for explore.py, answered as plain rows (runs in a worker thread)."""
        result = pool.answer(text, "application/sparql-results+json")
        if result.status != 200:
            raise RuntimeError(result.body.decode("utf-8", "replace").strip())
        data = json.loads(result.body)
        return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]

    async def api(request: Request) -> Response:
        """One JSON answer per page question; the queries themselves are in explore.py."""
        what, params = request.path_params["what"], request.query_params
        call: Callable[[], Any]
        try:
            if what == "search":
                call = partial(explore.search, ask, params.get("q", ""))
            elif what == "neighbourhood":
                hops, limit = int(params.get("hops", "1")), int(params.get("limit", str(explore.LIMIT)))
                period = {"since": params.get("since"), "until": params.get("until")}
                call = partial(explore.neighbourhood, ask, params.get("iri", ""), hops, limit, **period)
            elif what == "evidence":
                call = partial(explore.evidence, ask, params.get("iri", ""))
            else:
                return _refuse(404, f"no such question: {what}")
            data = await to_thread.run_sync(call)
        except ValueError as exc:
            return _refuse(400, str(exc))
        except RuntimeError as exc:
            return _refuse(503, str(exc))
        return JSONResponse(data)

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html")

    return Starlette(
        routes=[
            Route("/", page),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/queries", queries),
            Route("/queries/{name}", named),
            Route("/api/{what}", api),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ]
    )


def run(store: Path, *, host: str, port: int, workers: int, timeout: float) -> None:
    """Serve ``store`` until interrupted (uvicorn logs the address)."""
    import uvicorn

    pool = QueryPool(store, workers=workers, timeout=timeout)
    try:
        uvicorn.run(create_app(pool), host=host, port=port, log_level="info")
    finally:
        pool.close()
