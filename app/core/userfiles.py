"""Files the user names: request files out; license, refresh and recovery files in.

Another program can prepare the name the user picks.  Writing therefore never goes
through a symbolic link (it could point at a file someone wants overwritten with a
request that holds a password) and never truncates a file in place (a hard link
would carry the change elsewhere): the new file is made beside the name, readable by
this user only, and renamed over it.  Reading never blocks on a FIFO or a device and
never takes more than such a file can hold.  Failures are ``UserFileError``s.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from activation_wizard.core.store.document import write_atomic
from activation_wizard.errors import UserFileError, UserFileNotWritten
from activation_wizard.messages import USER_FILE_REASONS

MAX_READ = 2 * 1024 * 1024  # far more than any license, refresh or recovery file
SYMLINK, FOLDER, NOT_A_FILE, TOO_LARGE = USER_FILE_REASONS


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` as the file ``path``, readable by this user only."""
    if path.is_symlink():
        raise UserFileNotWritten(SYMLINK, str(path))
    if path.is_dir():
        raise UserFileNotWritten(FOLDER, str(path))
    if path.exists() and not path.is_file():  # a device or a FIFO: renaming would replace it
        raise UserFileNotWritten(NOT_A_FILE, str(path))
    try:
        write_atomic(path, data)  # mkstemp: 0600 from the start, then renamed over the name
    except OSError as exc:
        raise UserFileNotWritten(exc.strerror or str(exc), str(path)) from None


def read_limited(path: Path, limit: int = MAX_READ) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: opening a FIFO returns at once
    except OSError as exc:
        raise UserFileError(exc.strerror or str(exc), str(path)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UserFileError(FOLDER, str(path))
        if not stat.S_ISREG(info.st_mode):
            raise UserFileError(NOT_A_FILE, str(path))
        chunks, size = [], 0
        while size <= limit and (chunk := os.read(fd, 65536)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UserFileError(exc.strerror or str(exc), str(path)) from None
    finally:
        os.close(fd)
    if size > limit:
        raise UserFileError(TOO_LARGE, str(path))
    return b"".join(chunks)
