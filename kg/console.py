"""Data -> terminal text that shows exactly what the data holds: no markup, no control codes.

Quotes, names, ids and paths come from documents and users. Rich reads ``[...]`` as markup, so
printing them in a format string loses words ("[the government]") or raises ("[/]"); and an
escape character in a quote would drive the terminal. Everything printed goes through
:func:`plain` (a ``Text``, never parsed as markup) after control characters are spelled out.
Machine formats (CSV, JSON, files) carry the data unchanged; only what a terminal shows is made
visible.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rich.table import Column, Table
from rich.text import Text

__all__ = ["plain", "table", "visible"]

# C0 and C1 controls except tab and line feed, and DEL: a terminal acts on them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: str) -> str:
    """``value`` with every control character written as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


def plain(*parts: str | tuple[str, str]) -> Text:
    """Text from data (``"..."``) and styled data (``("...", "bold red")``), never read as markup."""
    text = Text()
    for part in parts:
        if isinstance(part, tuple):
            text.append(visible(part[0]), style=part[1])
        else:
            text.append(visible(part))
    return text


def table(columns: Sequence[str], rows: Iterable[Sequence[str]], title: str | None = None) -> Table:
    """A Rich table whose title, headers and cells are all shown as they are."""
    out = Table(*(Column(header=plain(c)) for c in columns), title=plain(title) if title is not None else None)
    for row in rows:
        out.add_row(*(plain(cell) for cell in row))
    return out
