"""The file half of the store: the activation document, AES-GCM encrypted.

Written atomically (temp file, fsync, rename) under an advisory lock, so a
crash or a second process never leaves half a document behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

MAGIC = b"AWD1"
NONCE_SIZE = 12


class DocumentCorrupt(Exception):
    pass


# cryptography is imported where it is used (on workers): not at start-up.


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, plaintext, MAGIC + aad)


def decrypt(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + NONCE_SIZE + 16:
        raise DocumentCorrupt("not an activation document")
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_SIZE]
    try:
        return AESGCM(key).decrypt(nonce, blob[len(MAGIC) + NONCE_SIZE :], MAGIC + aad)
    except InvalidTag:
        raise DocumentCorrupt("the document was changed or belongs to another key") from None


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if sys.platform != "win32":  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@contextlib.contextmanager
def locked(
    path: Path,
    *,
    timeout: float | None = None,
    waiting: Callable[[], None] | None = None,
) -> Iterator[None]:
    """An exclusive advisory lock on ``path`` + '.lock' for the duration.

    ``timeout``: seconds to wait for another program's lock (None: as long as it
    takes); then ``StoreBusy``.  ``waiting`` is called while another program holds
    it (first at once, then at every poll: it may raise, e.g. ``Cancelled``).  Only
    writers lock: a reader needs no lock, since every write is an atomic rename.
    """
    lock_path = path.with_name(path.name + ".lock")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+b") as f:
        yield from _hold(f, timeout, waiting)


def _hold(f: BinaryIO, timeout: float | None, waiting: Callable[[], None] | None) -> Iterator[None]:
    deadline = None if timeout is None else time.monotonic() + timeout

    def wait() -> None:
        if waiting is not None:
            waiting()
        _wait_or_give_up(deadline, timeout)

    if sys.platform == "win32":
        import msvcrt

        f.seek(0)
        while True:
            try:
                msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
                break
            except OSError:
                wait()
        try:
            yield
        finally:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        while True:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                wait()
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _wait_or_give_up(deadline: float | None, timeout: float | None) -> None:
    if deadline is not None and time.monotonic() > deadline:
        from activation_wizard.errors import StoreBusy

        raise StoreBusy("the activation is locked by another program", waited=timeout or 0)
    time.sleep(0.02)
