"""The keyring half of the store: one small JSON secret per product.

Every keyring failure becomes a StorageError that says which of the usual
problems it is: no backend at all, a locked collection, or access denied.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Iterator
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from app.errors import KeyringAccessDenied, KeyringLocked, KeyringUnavailable, StorageError

ACCOUNT = "activation"
WINDOWS_BLOB_LIMIT = 2560  # bytes: Windows Credential Manager's cap on one secret


def describe_backend(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


_FRIENDLY = {
    "SecretService": "Secret Service keyring",
    "Windows": "Windows Credential Manager",
    "macOS": "macOS Keychain",
    "kwallet": "KWallet",
}


def backend_label(backend: keyring.backend.KeyringBackend) -> str:
    """The store a person would recognise, looking through keyring's chainer."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        backend = backend.backends[0]  # sorted by priority: the one that is used
    module = type(backend).__module__.rsplit(".", 1)[-1]
    return _FRIENDLY.get(module, describe_backend(backend))


def _is_real(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False  # null silently stores nothing: as bad as none
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_real(b) for b in backend.backends)
    return True


class Vault:
    def __init__(self, service: str, backend: keyring.backend.KeyringBackend | None = None):
        self.service = service
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def check_backend(self) -> None:
        backend = self.backend
        if not _is_real(backend):
            raise KeyringUnavailable(f"only {describe_backend(backend)} is available")

    def probe(self) -> None:
        """Write, read back and delete a throw-away item: proves the keyring works now."""
        self.check_backend()
        account = f"probe-{uuid.uuid4().hex}"
        with _keyring_errors():
            self.backend.set_password(self.service, account, "probe")
            read = self.backend.get_password(self.service, account)
            self.backend.delete_password(self.service, account)
        if read != "probe":
            raise KeyringUnavailable(f"{describe_backend(self.backend)} did not keep a value")

    def get(self) -> dict[str, Any] | None:
        self.check_backend()
        with _keyring_errors():
            raw = self.backend.get_password(self.service, ACCOUNT)
        if raw is None:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def put(self, secret: dict[str, Any]) -> None:
        raw = json.dumps(secret, separators=(",", ":"))
        if len(raw.encode()) > WINDOWS_BLOB_LIMIT // 2:  # UTF-16 on Windows doubles it
            raise StorageError("the keyring secret is too large")
        self.check_backend()
        with _keyring_errors():
            self.backend.set_password(self.service, ACCOUNT, raw)

    def delete(self) -> None:
        self.check_backend()
        try:
            with _keyring_errors():
                self.backend.delete_password(self.service, ACCOUNT)
        except StorageError as exc:
            if not isinstance(exc.__cause__, keyring.errors.PasswordDeleteError):
                raise  # a missing item is already deleted


@contextlib.contextmanager
def _keyring_errors() -> Iterator[None]:
    """Translate keyring's exceptions (and the D-Bus ones under them) into ours."""
    try:
        yield
    except StorageError:
        raise
    except Exception as exc:
        ours = _translate(exc)
        if ours is None:
            raise  # not a keyring problem: let the crash handler see it as it is
        raise ours from exc


def _translate(exc: Exception) -> StorageError | None:
    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if isinstance(exc, keyring.errors.KeyringLocked) or "locked" in lowered or "unlock" in lowered:
        return KeyringLocked(text)
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailable("no keyring backend")
    if "denied" in lowered or "not allowed" in lowered:
        return KeyringAccessDenied(text)
    if isinstance(exc, keyring.errors.PasswordDeleteError):
        return StorageError("no such keyring item")
    # secretstorage and jeepney errors share no base class with keyring's.
    foreign = type(exc).__module__.startswith(("secretstorage", "jeepney", "dbus"))
    if foreign or isinstance(exc, keyring.errors.KeyringError | RuntimeError | OSError):
        return KeyringUnavailable(text)
    return None
