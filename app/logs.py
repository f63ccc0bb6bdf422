"""Where the program writes what it did: for support, never with secrets in it.

The wizard logs to a small rotating file in the per-user log folder; the CLI to
stderr (warnings, or everything with -v).  License keys are masked by the
code that logs them; httpx's request lines lose their query strings in
activation_wizard.core.api.client.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import platformdirs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return Path(platformdirs.user_log_dir("activation-wizard", appauthor=False)) / "wizard.log"


@contextlib.contextmanager
def logging_for(verbosity: int, to_log_file: bool) -> Iterator[None]:
    """Handlers for one run of main(), removed afterwards (main may run again in-process)."""
    handlers: list[logging.Handler] = []
    if verbosity:
        level = {1: logging.INFO}.get(verbosity, logging.DEBUG)
        handlers.append(_handler(logging.StreamHandler(), level))
    if to_log_file:
        path = log_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handlers.append(_handler(PrivateLogFile(path), logging.INFO))
        except OSError:
            pass  # logging must never stop an activation
    if not handlers:  # else Python's last resort prints warnings: the developers' words
        handlers.append(logging.NullHandler())
    root = logging.getLogger()
    old_level = root.level
    for handler in handlers:
        root.addHandler(handler)
        root.setLevel(min(root.level or logging.WARNING, handler.level))
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the sandbox's access log
    try:
        yield
    finally:
        for handler in handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(old_level)


class PrivateLogFile(logging.FileHandler):
    """The support log: the user's alone (0600, also after each rotation), kept to
    ``max_bytes`` plus ``keep`` older files.  Rotates itself: logging.handlers
    (with socket, pickle and selectors) cost 10-20 ms before the first page."""

    def __init__(self, path: Path, max_bytes: int = 512 * 1024, keep: int = 2) -> None:
        self.max_bytes, self.keep = max_bytes, keep
        super().__init__(path, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None and self.stream.tell() >= self.max_bytes:
            self._rotate()  # before writing: the newest line is always in the live file
        super().emit(record)

    def _rotate(self) -> None:
        self.close()  # FileHandler reopens on the next record
        with contextlib.suppress(OSError):
            for n in range(self.keep - 1, 0, -1):
                older = f"{self.baseFilename}.{n}"
                if os.path.exists(older):
                    os.replace(older, f"{self.baseFilename}.{n + 1}")
            os.replace(self.baseFilename, f"{self.baseFilename}.1")


def _handler(handler: logging.Handler, level: int) -> logging.Handler:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    return handler
