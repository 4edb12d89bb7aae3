"""The gazetteer's Matcher run on windows (kg.nlp.windows) finds exactly what the Matcher finds on the whole Doc."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from kg.nlp.patterns import token_patterns
from kg.nlp.windows import WindowedMatcher

INVENTED = [
    # checkpoints named before and after their kind word, in a list, at the very end of the text
    "Trucks queued at the Dravik Kelmor road checkpoint and at the border crossing point of Orvana Tamberg.",
    "The crossing at Lessing Pass reopened; the checkpoint Orvana stayed shut, said the Kelmor Border Guard.",
    "Officials of the Ministry of the Interior and the Kelmor Interior Ministry met near Checkpoint Dravik",
    # a run whose kind word is itself title case, two labels over the same words, a named region
    "Checkpoint Dravik Checkpoint saw no traffic. The Tamberg Region and the Orvana People's Republic objected.",
    # no word any pattern names: nothing to match
    "Nobody said anything about it at all, and then they left.",
    "",
]


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _plain(nlp: Language, patterns: dict[str, tuple[list[dict], ...]]) -> Matcher:
    matcher = Matcher(nlp.vocab)
    for label, group in patterns.items():
        matcher.add(label, list(group), greedy="LONGEST")
    return matcher


@pytest.mark.parametrize("text", INVENTED)
def test_gazetteer_patterns_same_matches_in_the_same_order(blank: Language, text: str) -> None:
    patterns = token_patterns()
    doc = blank(text)
    expected = _plain(blank, patterns)(doc)
    assert WindowedMatcher(blank.vocab, patterns)(doc) == expected
    if "Dravik" in text:
        assert expected  # the sentences do exercise the patterns


def test_a_match_spanning_a_whole_run_and_two_labels_on_the_same_words(blank: Language) -> None:
    patterns = {
        "Tail": ([{"IS_TITLE": True, "IS_STOP": False}, {"LOWER": "gate"}],),
        "Head": ([{"LOWER": "gate"}, {"IS_TITLE": True, "IS_STOP": False, "OP": "*"}],),
        "Both": ([{"LOWER": "gate"}, {"IS_TITLE": True, "IS_STOP": False}],),
    }
    for text in ["Gate Orvana Gate", "the Gate Orvana Gate Tamberg , then Kelmor gate Dravik"]:
        doc = blank(text)
        assert WindowedMatcher(blank.vocab, patterns)(doc) == _plain(blank, patterns)(doc)


def test_patterns_it_cannot_window_match_the_whole_doc(blank: Language) -> None:
    patterns = {
        "Shape": ([{"SHAPE": "Xxxxx"}, {"LOWER": "gate"}],),  # an attribute it does not read
        "Nameless": ([{"IS_TITLE": True}, {"IS_TITLE": True}],),  # no word: could match anywhere
    }
    for label, group in patterns.items():
        windowed = WindowedMatcher(blank.vocab, {label: group})
        doc = blank("The Dravik gate and Orvana Tamberg")
        assert windowed(doc) == _plain(blank, {label: group})(doc)
        assert windowed(doc)


def test_the_gazetteer_runs_it(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("kg_gazetteer").tokens, WindowedMatcher)


def test_every_gazetteer_pattern_can_be_windowed(blank: Language) -> None:
    """One pattern the windows cannot read (a REGEX, a SHAPE) sends the whole Doc through the
    Matcher for every pattern: matching would again cost about a quarter of annotating."""
    assert WindowedMatcher(blank.vocab, token_patterns())._specs.windowed
