"""Bytes or a writer callback -> a file that appears complete or not at all.

An export interrupted half-way must not leave a truncated GEXF that Gephi half-loads: write to a
temporary file in the target's own folder (so the rename stays on one filesystem), flush it to
disk, then ``os.replace`` it over the target, which is atomic on POSIX and Windows.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

__all__ = ["atomic_write"]


def atomic_write(path: str | os.PathLike[str], write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write`` with a binary file handle, then move the result to ``path`` in one step.

    Args:
        path: the file to create or replace; its folder is created if missing.
        write: fills the handle; if it raises, the target is left untouched and the temp removed.

    Returns:
        The target path.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target
