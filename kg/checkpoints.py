"""A store's finished states for long-lived readers: (store folder) -> its newest published checkpoint.

A read-only RocksDB handle on a folder another process writes is undefined behaviour (Oxigraph's
documentation says so, and it shows): the writer's compactions delete table files the reader has
not opened yet, so its next question fails with "No such file", and a reader was seen to hang.
So the writer publishes what readers may open: after each finished change (:meth:`KGStore.flush`)
it makes a checkpoint of the store (Oxigraph's backup: hard links to the store's table files,
which no later write changes, and a copy of its manifest; no copy of the data) in a folder of
its own, then renames it into ``checkpoints/`` under a number that only grows. A reader sees a
checkpoint whole or not at all, and never sees a build that is still writing.

A reader holds a shared lock on the checkpoint it has open (:class:`Lease`); the writer removes an
older checkpoint only when it can lock it exclusively, so none is removed under a reader, and
none outlives the next publication once its readers moved on. Locks are POSIX ``flock``s on the
checkpoint's folder: a reader creates no file, and a killed process's locks go with it.

One-shot readers (``kg query``, ``kg stats`` ...) read the store's own folder, so that they see
what a killed build left unfinished, unless a build is writing it: the writer holds an exclusive
lock on the store's folder (:func:`lock_for_writing`), a one-shot reader a shared one for as long
as it reads (:func:`lock_for_reading`), and a reader that cannot have it reads the newest checkpoint.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
from pathlib import Path

from pyoxigraph import Store

__all__ = ["FOLDER", "FolderLock", "Lease", "lease_newest", "lock_for_reading", "lock_for_writing", "newest", "publish"]

log = logging.getLogger(__name__)

#: The folder of a store's folder that holds its published checkpoints (RocksDB ignores it).
FOLDER = "checkpoints"
_STAGING = ".new-"  # a checkpoint being written: readers never look at it
_REMOVING = ".old-"  # a checkpoint being removed: out of readers' sight first
_DIGITS = 12


def publish(store: Store, path: Path) -> Path:
    """Checkpoint ``store`` (open read-write at ``path``) as its newest published state.

    Older checkpoints no reader holds are removed, and so is what a killed writer left.
    """
    root = path / FOLDER
    root.mkdir(exist_ok=True)
    for debris in sorted(root.iterdir()):
        if debris.name.startswith((_STAGING, _REMOVING)):
            shutil.rmtree(debris, ignore_errors=True)
    older = _numbers(root)
    name = f"{(older[-1] + 1) if older else 1:0{_DIGITS}d}"
    staging = root / (_STAGING + name)
    store.backup(str(staging))
    os.rename(staging, root / name)  # atomic: readers see the whole checkpoint or none
    _sync(root)
    for number in older:
        _remove_unleased(root / f"{number:0{_DIGITS}d}")
    return root / name


def newest(path: Path) -> str | None:
    """The name of the newest checkpoint published in the store at ``path`` (None: none yet).

    One listing of a small folder: cheap enough to run before every question.
    """
    numbers = _numbers(path / FOLDER)
    return f"{numbers[-1]:0{_DIGITS}d}" if numbers else None


class FolderLock:
    """A ``flock`` held on a store's folder until :meth:`release`, or until the holder is collected."""

    def __init__(self, handle: int) -> None:
        self._handle: int | None = handle

    def release(self) -> None:
        """Drop the lock (a checkpoint's: close every store opened on it first)."""
        if self._handle is not None:
            os.close(self._handle)  # closing drops the lock
            self._handle = None

    def __del__(self) -> None:
        self.release()


class Lease(FolderLock):
    """A published checkpoint held open: the writer does not remove it until :meth:`release`."""

    def __init__(self, folder: Path, handle: int) -> None:
        super().__init__(handle)
        self.folder = folder
        self.name = folder.name


def lock_for_writing(path: Path) -> FolderLock:
    """Lock the store's folder ``path`` for a writer: it waits for one-shot readers still reading it.

    Readers of checkpoints take no lock on the folder, so a long-lived server never holds a build.
    """
    handle = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        log.warning("%s: waiting for another process reading or writing the store to finish", path)
        fcntl.flock(handle, fcntl.LOCK_EX)
    return FolderLock(handle)


def lock_for_reading(path: Path) -> FolderLock | None:
    """Lock the store's folder ``path`` for a one-shot reader; None while a writer holds it."""
    handle = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(handle)
        return None
    return FolderLock(handle)


def lease_newest(path: Path) -> Lease | None:
    """Lease the newest checkpoint published in the store at ``path``; None when none is.

    A checkpoint can be removed between the listing and the lock (a newer one was published and
    the writer took it first): then the listing is read again, and names the newer one.
    """
    root = path / FOLDER
    while (name := newest(path)) is not None:
        folder = root / name
        try:
            handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        except FileNotFoundError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            if _same(folder, handle):
                return Lease(folder, handle)
        except BlockingIOError:  # the writer is removing it
            pass
        os.close(handle)
    return None


def _remove_unleased(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except FileNotFoundError:
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        log.debug("%s: a reader has it open; removed at a later publication", folder)
        os.close(handle)
        return
    try:
        gone = folder.with_name(_REMOVING + folder.name)
        os.rename(folder, gone)  # out of sight before it is half removed
        shutil.rmtree(gone, ignore_errors=True)
    finally:
        os.close(handle)


def _numbers(root: Path) -> list[int]:
    try:
        names = os.listdir(root)
    except FileNotFoundError:
        return []
    return sorted(int(name) for name in names if len(name) == _DIGITS and name.isdigit())


def _same(folder: Path, handle: int) -> bool:
    """True when ``folder`` still names the directory open as ``handle`` (not removed meanwhile)."""
    try:
        return os.stat(folder).st_ino == os.fstat(handle).st_ino
    except FileNotFoundError:
        return False


def _sync(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a crash right after keeps the new name)."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
