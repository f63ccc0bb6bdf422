"""The keyring half of the store: one small JSON secret per product.

Every keyring failure becomes a StorageError that says which of the usual
problems it is: no backend at all, a locked collection, or access denied.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

# keyring (and the D-Bus stack under it) is imported when first used, not at start-up:
# about 70 ms before the first page, for a wizard that may have nothing stored.
if TYPE_CHECKING:
    import keyring.backend

from activation_wizard.errors import (
    KeyringAccessDenied,
    KeyringLocked,
    KeyringNoAnswer,
    KeyringPromptDismissed,
    KeyringUnavailable,
    StorageError,
)
from activation_wizard.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")
ACCOUNT = "activation"
WINDOWS_BLOB_LIMIT = 2560  # bytes: Windows Credential Manager's cap on one secret


def describe_backend(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


_FRIENDLY = {  # shown through translate("vault", ...)
    "SecretService": QT_TRANSLATE_NOOP("vault", "Secret Service keyring"),
    "Windows": QT_TRANSLATE_NOOP("vault", "Windows Credential Manager"),
    "macOS": QT_TRANSLATE_NOOP("vault", "macOS Keychain"),
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
    """``timeout``: seconds to wait for the keyring before giving up (the CLI: a
    password prompt nobody sees must not hang a script); None waits as long as
    the system's prompt is open (the wizard, where the user sees it)."""

    def __init__(
        self,
        service: str,
        backend: keyring.backend.KeyringBackend | None = None,
        timeout: float | None = None,
    ):
        self.service = service
        self._backend = backend
        self.timeout = timeout

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        from activation_wizard.core.store.keyring_choice import system_keyring

        return self._backend or system_keyring()

    def check_backend(self) -> None:
        # Finding the backend asks D-Bus on Linux: bounded like every keyring call.
        backend = self._bounded(lambda: self.backend)
        if not _is_real(backend):
            raise KeyringUnavailable(f"only {describe_backend(backend)} is available")

    def probe(self) -> None:
        """Write, read back and delete a throw-away item: proves the keyring works now."""
        self.check_backend()
        account = f"probe-{os.urandom(8).hex()}"
        backend = self.backend

        def probe() -> str | None:
            backend.set_password(self.service, account, "probe")
            read = backend.get_password(self.service, account)
            backend.delete_password(self.service, account)
            return read

        with _keyring_errors():
            read = self._bounded(probe)
        if read != "probe":
            raise KeyringUnavailable(f"{describe_backend(self.backend)} did not keep a value")

    def get(self) -> dict[str, Any] | None:
        self.check_backend()
        backend = self.backend

        def read() -> str | None:
            if _no_default_collection(backend):
                return None  # nothing was ever stored; reading must not create a keyring
            return backend.get_password(self.service, ACCOUNT)

        with _keyring_errors():
            raw = self._bounded(read)
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
        backend = self.backend
        with _keyring_errors():
            self._bounded(lambda: backend.set_password(self.service, ACCOUNT, raw))

    def delete(self) -> None:
        self.check_backend()
        backend = self.backend

        def delete() -> None:
            if not _no_default_collection(backend):  # else there is nothing to delete
                backend.delete_password(self.service, ACCOUNT)

        try:
            with _keyring_errors():
                self._bounded(delete)
        except StorageError as exc:
            from keyring.errors import PasswordDeleteError

            if not isinstance(exc.__cause__, PasswordDeleteError):
                raise  # a missing item is already deleted

    def _bounded(self, call: Callable[[], T]) -> T:
        """``call()``, but never longer than ``timeout``: the Secret Service may sit on
        a password prompt that nobody can see (no display, another session)."""
        if self.timeout is None:
            return call()
        box: list[Any] = []

        def run() -> None:
            try:
                box.append(("ok", call()))
            except BaseException as exc:  # handed to the caller's thread
                box.append(("error", exc))

        worker = threading.Thread(target=run, name="keyring", daemon=True)
        worker.start()
        worker.join(self.timeout)
        if not box:
            raise KeyringNoAnswer("no answer from the keyring", waited=self.timeout)
        kind, value = box[0]
        if kind == "error":
            raise value
        return value  # type: ignore[no-any-return]


def _no_default_collection(backend: keyring.backend.KeyringBackend) -> bool:
    """True when the Secret Service has no default collection yet.  keyring's own
    read creates it, and with it the "choose a password for the new keyring"
    prompt, before anything was ever stored."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        backend = backend.backends[0]
    if type(backend).__module__ != "keyring.backends.SecretService" or hasattr(
        backend, "preferred_collection"
    ):
        return False
    try:
        import secretstorage
        from secretstorage.exceptions import ItemNotFoundException

        bus = secretstorage.dbus_init()
    except Exception:  # no bus, no service: keyring's own call reports it properly
        return False
    try:
        secretstorage.Collection(bus)  # the "default" alias; raises if there is none
    except ItemNotFoundException:
        return True
    except Exception:
        return False
    finally:
        with contextlib.suppress(Exception):
            bus.close()
    return False


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
    import keyring.errors

    text = str(exc) or type(exc).__name__
    lowered = text.lower()
    if "dismissed" in lowered or "prompt" in lowered:
        return KeyringPromptDismissed(text)
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
