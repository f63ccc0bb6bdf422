"""Where the program writes what it did: for support, never with secrets in it.

The wizard logs to a rotating file in the per-user log folder; the CLI to
stderr (warnings, or everything with -v).  License keys are masked by the
code that logs them; httpx's request lines lose their query strings in
app.core.api.client.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
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
            rotating = _PrivateRotatingFile(
                path, maxBytes=512 * 1024, backupCount=2, encoding="utf-8"
            )
            handlers.append(_handler(rotating, logging.INFO))
        except OSError:
            pass  # logging must never stop an activation
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


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """The support log is the user's alone: 0600, also after each rotation."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream


def _handler(handler: logging.Handler, level: int) -> logging.Handler:
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    return handler
