"""The keyring half of the store: one small JSON secret per product.

Every keyring failure becomes a StorageError that says which of the usual
problems it is: no backend at all, a locked collection, or access denied.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import keyring
import keyring.backend
import keyring.errors

from app.errors import KeyringAccessDenied, KeyringLocked, KeyringUnavailable, StorageError

ACCOUNT = "activation"
WINDOWS_BLOB_LIMIT = 2560  # bytes: Windows Credential Manager's cap on one secret


def describe_backend(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


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


class _keyring_errors:
    """Translate keyring's exceptions (and D-Bus ones under them) into ours."""

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> bool:
        if exc is None or isinstance(exc, StorageError):
            return False
        text = str(exc) or type(exc).__name__
        if isinstance(exc, keyring.errors.KeyringLocked) or "locked" in text.lower():
            raise KeyringLocked(text) from exc
        if isinstance(exc, keyring.errors.NoKeyringError):
            raise KeyringUnavailable("no keyring backend") from exc
        if "denied" in text.lower() or "not allowed" in text.lower():
            raise KeyringAccessDenied(text) from exc
        if isinstance(exc, keyring.errors.PasswordDeleteError):
            raise StorageError("no such keyring item") from exc
        if isinstance(exc, keyring.errors.KeyringError | RuntimeError | OSError):
            raise KeyringUnavailable(text) from exc
        # secretstorage / jeepney errors do not share a base class with keyring's
        if type(exc).__module__.startswith(("secretstorage", "jeepney", "dbus")):
            raise KeyringUnavailable(text) from exc
        return False
