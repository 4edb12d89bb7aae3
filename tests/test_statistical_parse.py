"""The statistical parse (kg.nlp.pipeline.statistical) leaves the pipeline as it is while it runs.

It used to disable the kg_ components with ``select_pipes`` for the length of the parse, so that
anything running meanwhile (another thread, a caller between two Docs of the generator) found
them gone from ``nlp.pipe_names`` and :func:`annotate` skipped them.
"""

from __future__ import annotations


def test_statistical_parse_leaves_the_kg_components_in_place() -> None:
    import spacy

    from kg.nlp.pipeline import add_kg_components, statistical

    nlp = add_kg_components(spacy.blank("en"))
    names = list(nlp.pipe_names)
    docs = statistical(nlp, ["Ferry halted at Quelby\nBuses run from Varnholm.", "A second text."])
    assert next(docs).text.startswith("Ferry halted")
    assert nlp.pipe_names == names and {"kg_gazetteer", "kg_retype"} <= set(names)
    assert [d.text for d in docs] == ["A second text."]
