"""Beyond one process: the per-document stage on a Dask cluster, and a store pushed to a triple-store server.

- :mod:`kg.scale.dask_engine`: ``kg build --engine dask``; workers write N-Quads shards, this
  process loads them and resolves, so the store is the one an in-process build gives.
- :mod:`kg.scale.push`: ``kg push``; a store's graphs into a SPARQL 1.1 Graph Store Protocol server.
"""
