"""Deterministic IRIs: the same input gives the same IRIs on any machine, in any order or process.

Entities are named by their key (``state/RU``), documents by their id, mentions by NIF offsets,
and events, positions and statements by a short hash of their normalised key.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from unidecode import unidecode

from kg.errors import InputError

__all__ = [
    "DEFAULT_BASE",
    "ENTITY_LAYER",
    "doc_iri",
    "entity_iri",
    "entity_layer_iri",
    "hashed_iri",
    "mention_iri",
    "normal_base",
    "position_iri",
    "slug",
]

DEFAULT_BASE = "https://w3id.org/newskg/id/"
ENTITY_LAYER = "graph/entities"


def normal_base(base: str) -> str:
    """``base`` checked as an absolute IRI that minted names can follow: "/" is added if it ends in none of / # :.

    Without the separator, ``https://example.org/news`` would glue every name on
    (``https://example.org/newsperson/...``).
    """
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]+", base):
        raise InputError("--base", f"not an absolute IRI: {base!r} (e.g. https://example.org/id/)")
    return base if base.endswith(("/", "#", ":")) else base + "/"


def slug(text: str) -> str:
    """ASCII, lower case, ``-`` separated: "Jean-Claude Juncker" -> "jean-claude-juncker"."""
    return re.sub(r"[^a-z0-9]+", "-", unidecode(text).lower()).strip("-") or "x"


def entity_iri(key: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of an entity key such as ``person/vladimir-putin``."""
    return base + quote(key, safe="/-._~")


def doc_iri(doc_id: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of a document, which is also the name of its graph."""
    return f"{base}doc/{quote(doc_id, safe='-._~')}"


def mention_iri(document: str, start: int, end: int) -> str:
    """A text span, in the NIF 2.0 offset scheme (RFC 5147 style): ``{doc}#char=10,24``."""
    return f"{document}#char={start},{end}"


def hashed_iri(kind: str, *key: object, base: str = DEFAULT_BASE) -> str:
    """``{base}{kind}/{12 hex digits}`` from the SHA-256 of the key parts, for n-ary nodes."""
    text = "\x1f".join(str(part) for part in (kind, *key))
    return f"{base}{kind}/{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"


def position_iri(holder: str, title: str, post: str, base: str = DEFAULT_BASE) -> str:
    """An office held, from its holder's and post's entity keys and its title (any case).

    The one key of a position: the extractor mints it, and the resolver mints it again only
    when a merge gives the holder or the post another key, so unmerged positions keep their IRI.
    """
    return hashed_iri("position", holder, title.lower(), post, base=base)


def entity_layer_iri(base: str = DEFAULT_BASE) -> str:
    """The named graph of the merged entity layer (preferred labels across documents)."""
    return base + ENTITY_LAYER
