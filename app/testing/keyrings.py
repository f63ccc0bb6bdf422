"""A private keyring for one test: the real Secret Service where this session has
one (items under a service name of its own, removed afterwards), else memory."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring in a dict: for machines without a Secret Service, and unit tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.items: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.items[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


class _Remembering(keyring.backend.KeyringBackend):
    """Another backend, remembering what was written so it can all be removed."""

    priority = 1

    def __init__(self, inner: keyring.backend.KeyringBackend) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.inner = inner
        self.written: set[tuple[str, str]] = set()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.inner.set_password(service, username, password)
        self.written.add((service, username))

    def get_password(self, service: str, username: str) -> str | None:
        return self.inner.get_password(service, username)

    def delete_password(self, service: str, username: str) -> None:
        self.inner.delete_password(service, username)
        self.written.discard((service, username))

    def forget_all(self) -> list[tuple[str, str]]:
        """Remove every item written; returns those that were still there."""
        left = []
        for service, username in sorted(self.written):
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                if self.inner.get_password(service, username) is not None:
                    left.append((service, username))
                    self.inner.delete_password(service, username)
        self.written.clear()
        return left


PREFIX = "activation-wizard-qa:"  # then the test process's id, then a random part
_swept = False


def _sweep_once() -> None:
    """Remove items left by test processes that ended without cleaning up (killed,
    or stopped at a breakpoint): each item names its process."""
    global _swept
    if _swept:
        return
    _swept = True
    try:
        import secretstorage

        with contextlib.closing(secretstorage.dbus_init()) as bus:
            collection = secretstorage.get_default_collection(bus)
            for item in collection.get_all_items():
                service = item.get_attributes().get("service", "")
                owner = service.removeprefix(PREFIX).split(":", 1)[0]
                if service.startswith(PREFIX) and owner.isdigit() and not _alive(int(owner)):
                    item.delete()
    except Exception:  # a locked or odd keyring: sweeping is a courtesy, not a duty
        return


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass
class PrivateKeyring:
    """The backend to give the wizard, the service name its items go under, and
    which keyring it is (``"Secret Service"`` or ``"memory"``)."""

    backend: keyring.backend.KeyringBackend
    service: str
    kind: str


def secret_service_problem() -> str:
    """Why this session has no usable Secret Service ("" when it has one)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session"
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018  (raises when the service is not there)
    except Exception as exc:  # keyring says why in its exception
        return f"Secret Service unavailable: {exc}"
    return ""


@contextlib.contextmanager
def private_keyring(prefer: str = "auto") -> Iterator[PrivateKeyring]:
    """``prefer``: ``"auto"`` (the Secret Service when there is one), ``"secret-service"``
    (fail without it) or ``"memory"``. Every item written is removed at the end."""
    service = f"{PREFIX}{os.getpid()}:{uuid.uuid4().hex}"
    problem = secret_service_problem() if prefer != "memory" else "memory was asked for"
    if prefer == "secret-service" and problem:
        raise RuntimeError(f"the Secret Service keyring is required: {problem}")
    if problem:
        memory = MemoryKeyring()
        try:
            yield PrivateKeyring(memory, service, "memory")
        finally:
            memory.items.clear()
        return
    from keyring.backends import SecretService

    _sweep_once()
    remembering = _Remembering(SecretService.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield PrivateKeyring(remembering, service, "Secret Service")
    finally:
        remembering.forget_all()
