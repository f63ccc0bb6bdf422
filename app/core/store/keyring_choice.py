"""The keyring backend, chosen as keyring itself chooses it, without importing the
backends of other operating systems: keyring loads every backend it knows to ask
each one, and on Linux its macOS backend alone costs 60 ms (ctypes looks for the
Security framework by running the compiler toolchain).  Those backends are never
viable off their own system, so skipping them changes no choice; an environment
variable, a keyringrc file, a third-party plugin or a backend set by the program
are honoured exactly as keyring does."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend

# Built-in backends that are never viable off their own platform.
_ELSEWHERE = {"macOS": "darwin", "Windows": "win32"}
_lock = threading.Lock()


def system_keyring() -> keyring.backend.KeyringBackend:
    import keyring
    import keyring.core

    with _lock:
        if getattr(keyring.core, "_keyring_backend", None) is None:
            keyring.set_keyring(_detect())
    return keyring.get_keyring()


def _detect() -> keyring.backend.KeyringBackend:
    from importlib import metadata

    from keyring import backend, core
    from keyring.backends import fail

    chosen = core.load_env() or core.load_config()
    if chosen is not None:
        return chosen
    for entry in metadata.entry_points(group="keyring.backends"):
        if _ELSEWHERE.get(entry.name, sys.platform) != sys.platform:
            continue
        try:
            init = entry.load()
            if callable(init):
                init()
        except Exception:  # as keyring does: a broken plugin is skipped
            continue
    from keyring.backends.chainer import ChainerBackend

    rings = []
    for kind in backend.KeyringBackend.get_viable_backends():
        if kind is ChainerBackend:  # its priority would load every backend: see below
            continue
        try:
            rings.append(kind())
        except TypeError:  # needs arguments: not one keyring makes by itself
            continue
    if sum(ring.priority > 0 for ring in rings) > 1:
        return ChainerBackend()  # type: ignore[no-untyped-call]  # keyring chains them all
    return max(rings, default=fail.Keyring(), key=backend.by_priority)  # type: ignore[no-untyped-call]
