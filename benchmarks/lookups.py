"""CPU time of the per-document lookups on growing inputs: each should grow in proportion to its input.

    python benchmarks/lookups.py [--sizes 3000 6000 12000]

For each size N, on invented inputs: the sentence bounds of N quoted sentences in one paragraph
(kg.extract.quotes), N full names filed and looked up (the people index of kg.extract.entities),
and N lookups of place nouns and of phrases (kg.nlp.locative.called_region, kg.nlp.doctext.occurs)
in a text of N sentences. Prints CPU seconds and microseconds per item; a flat per-item column
is linear, one that doubles with N is quadratic. The tests count the work instead
(tests/test_long_text.py, tests/test_linear.py), which a loaded machine cannot make fail.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import spacy
from spacy.tokens import Doc

from kg.extract.entities import _FullNames
from kg.extract.quotes import find_quotes, sentence_end, sentence_start
from kg.nlp.doctext import occurs
from kg.nlp.locative import called_region

_BLANK = spacy.blank("en")


def sentence_bounds(n: int) -> None:
    text = "".join(f"“Ring {i} rang.” Sen. Ode said. U.S. staff met. " for i in range(n))
    quotes = find_quotes(text)
    for q in quotes:
        sentence_start(text, q.open, 0, quotes)
        sentence_end(text, q.close, len(text), quotes)


def full_names(n: int) -> None:
    index = _FullNames()
    for i in range(n):
        index.add(f"Given{i % 50} Family{i}")
        index.owners(f"Family{i}")


def place_nouns(n: int) -> None:
    words = [w for i in range(n) for w in (f"Name{i}", "said", "in", "the", "town" if i % 7 else "region", ".")]
    doc = Doc(_BLANK.vocab, words=words)
    for i in range(0, len(doc), 6):
        called_region(doc[i : i + 1])


def phrases(n: int) -> None:
    doc = Doc(_BLANK.vocab, words=[w for i in range(n) for w in (f"Name{i}", "said", ".")])
    for i in range(n):
        occurs(doc, f"Name{i} said")


LOOKUPS: dict[str, Callable[[int], None]] = {
    "sentence bounds": sentence_bounds,
    "full names": full_names,
    "place nouns": place_nouns,
    "phrases": phrases,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[3_000, 6_000, 12_000])
    args = parser.parse_args()
    print(f"{'lookup':<16} {'N':>8} {'CPU s':>8} {'µs / item':>10}")
    for name, run in LOOKUPS.items():
        for n in args.sizes:
            started = time.process_time()
            run(n)
            seconds = time.process_time() - started
            print(f"{name:<16} {n:>8,} {seconds:>8.2f} {1e6 * seconds / n:>10.1f}")


if __name__ == "__main__":
    main()
