"""Quote marks and sentence bounds on raw text, without spaCy."""

from __future__ import annotations

from kg.extract.quotes import find_quotes, is_headline, paragraphs, sentence_end, sentence_start


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_quotes_every_style() -> None:
    text = '“A flood,” he said. «Une crue», she said. "Two," they said. ‘Three,’ it said.'
    assert inner(text) == ["A flood", "Une crue", "Two", "Three"]


def test_quotes_apostrophes_are_not_closing_marks() -> None:
    text = "‘We’re told the farmers’ fields won’t drain before spring,’ the minister’s aide said."
    assert inner(text) == ["We’re told the farmers’ fields won’t drain before spring"]
    text = "'It's the families' homes that went first,' Ms Khan said."
    assert inner(text) == ["It's the families' homes that went first"]


def test_quotes_nested_quote_stays_inside_the_outer_one() -> None:
    text = "‘They told us “go back to Belarus” and closed the gate,’ he said."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "They told us “go back to Belarus” and closed the gate"


def test_quotes_run_on_paragraph_is_left_open() -> None:
    text = "“The river rose in one night.\n“Then the bridge went,” she said."
    first, second = find_quotes(text)
    assert not first.closed and text[first.start : first.end] == "The river rose in one night."
    assert second.closed and text[second.start : second.end] == "Then the bridge went"


def test_quotes_sentence_bounds_skip_abbreviations_and_quoted_periods() -> None:
    text = "Floods hit Sindh. Sen. Ana Ruiz said “water is rising. Fast,” on Monday. Then it rained."
    quotes = find_quotes(text)
    (para,) = paragraphs(text)
    q = quotes[0]
    start = sentence_start(text, q.open, para[0], quotes)
    end = sentence_end(text, q.close, para[1], quotes)
    assert text[start:end] == "Sen. Ana Ruiz said “water is rising. Fast,” on Monday."


def test_quotes_headline_lines_do_not_end_like_sentences() -> None:
    text = "Chad border ‘overwhelmed’, says UN\nThe agency said so.\nHe said:"
    (h, s, c) = paragraphs(text)
    assert is_headline(text, *h)
    assert not is_headline(text, *s)
    assert not is_headline(text, *c)
