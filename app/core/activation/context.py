"""What every use case shares: the settings, the store, this device, the License API
client, the journal; the seat lock that keeps seat changes one at a time; and the
habits every request keeps (errors tagged for their message, logged, a lost answer
asked once more where that is safe)."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from activation_wizard.config import Config
from activation_wizard.core.api.tokens import TokenCache
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.datadir import product_dir
from activation_wizard.core.journal import Journal
from activation_wizard.core.store import ActivationStore, StoredActivation
from activation_wizard.errors import (
    AnswerLost,
    GatewayFailed,
    RateLimited,
    RequestTimeout,
    ServerError,
    ServerRejected,
    WizardError,
)

from .model import Identity, identity_of

if TYPE_CHECKING:  # httpx loads at the first network call, not at start-up
    from pathlib import Path

    import httpx
    from activation_wizard.core.api.client import LicenseApiClient
    from activation_wizard.core.device import DeviceInfo
    from activation_wizard.core.device.probe import Probe

T = TypeVar("T")
log = logging.getLogger("activation_wizard.core.activation")


def close_kept_connections() -> None:
    """Close every connection kept for a next request, in this process."""
    import sys

    warm = sys.modules.get("activation_wizard.core.api.warm")  # none if never used
    kept = getattr(warm, "WARM", None)  # None while the module is still importing
    if kept is not None:
        kept.close_all()


class Context:
    def __init__(
        self,
        config: Config,
        *,
        store: ActivationStore | None = None,
        probe: Probe | None = None,
        transport: Callable[[], httpx.BaseTransport] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.store = store or ActivationStore(config, clock=clock)
        self.clock = clock
        self._probe = probe
        self._transport = transport
        self._tokens = TokenCache()  # one OAuth token for all these requests
        # Activating, deactivating and settling never overlap, in this program or
        # another (a second window, a script): a settle must not free the seat a new
        # attempt is about to keep, nor one program take the other's journal entry.
        self._seat_lock = threading.RLock()
        self._seat_depth = 0  # re-entered: activate may deactivate the old license
        # Called (repeatedly) while another program holds the seat lock: the CLI says so.
        self.on_wait: Callable[[], None] = lambda: None
        # Single sign-on codes sent once already (they are single-use): never again.
        self.spent_codes: set[str] = set()
        self._warm_epoch = 0  # close_connections() moves it on: older warm-ups stop

    @cached_property
    def device(self) -> DeviceInfo:
        from activation_wizard.core.device import collect  # on a worker, not at start-up

        return collect(self.config, self._probe)

    def device_if_known(self) -> DeviceInfo | None:
        """The device facts if collected already (never collects them: for the GUI
        thread, which must not wait on the probe)."""
        return self.__dict__.get("device")  # where cached_property keeps them

    def client(self, cancel: CancelToken = NEVER) -> LicenseApiClient:
        from activation_wizard.core.api.client import LicenseApiClient

        transport = self._transport() if self._transport else None
        return LicenseApiClient(
            self.config, transport=transport, clock=self.clock, cancel=cancel, tokens=self._tokens
        )

    def prewarm(self) -> None:
        """Open the connection the next request will use, in the background (the
        pages before a request call this; it sends nothing: warm.py)."""
        if self._transport is not None:  # a test's own transport: nothing to warm
            return
        epoch = self._warm_epoch

        def warm() -> None:
            try:
                from activation_wizard.core.api.warm import prewarm

                # Not if the connections were closed since it was asked for.
                prewarm(self.config, wanted=lambda: epoch == self._warm_epoch)
            except Exception as exc:  # a courtesy: the request itself says what fails
                log.debug("no warm connection: %s", exc)

        _in_background(warm)

    def close_connections(self) -> None:
        """Close the connections kept for a next request (the window is going);
        a warm-up asked for before this opens none."""
        self._warm_epoch += 1
        close_kept_connections()

    @cached_property
    def journal(self) -> Journal:
        return Journal(self.folder)

    @property
    def folder(self) -> Path:
        """This product's data folder (caches, the journal, the seat lock)."""
        return product_dir(self.config)

    def preflight(self) -> None:
        self.store.preflight()

    def identity_query(self, identity: Identity) -> dict[str, Any]:
        """Who and where, for the requests that name an activation (check, deactivate)."""
        return {
            "hardware_id": self.device.hardware_id,
            "product": self.config.product,
            **identity.request_fields(False),
        }

    def new_activation(
        self,
        kind: str,
        identity: str,
        body: bytes,
        signature: str,
        license_id: int | None,
        *,
        offline: bool = False,
        server_time: float | None = None,
    ) -> StoredActivation:
        now = self.clock()
        return StoredActivation(
            kind=kind,
            identity=identity,
            license_body=body,
            license_signature=signature,
            hardware_id=self.device.hardware_id,
            server_url=self.config.api_url,
            product=self.config.product,
            activated_at=now,
            last_check=now,
            last_seen=now,
            license_id=license_id,
            offline=offline,
            server_time=server_time,
        )

    def stored_for_server(self) -> StoredActivation:
        """The stored activation, even one the server refused (to check or free it)."""
        return self.store.load(self.device.hardware_id, for_server=True)

    @contextlib.contextmanager
    def asking_about_stored(
        self, cancel: CancelToken = NEVER
    ) -> Iterator[tuple[StoredActivation, dict[str, Any], LicenseApiClient]]:
        """The stored activation, the query that names it (who and where), and a
        client speaking as its identity: the start of every request about it."""
        stored = self.stored_for_server()
        identity = identity_of(stored)
        with speaking_as(identity.kind), self.client(cancel) as client:
            yield stored, self.identity_query(identity), client

    @contextlib.contextmanager
    def one_at_a_time(self, cancel: CancelToken) -> Iterator[None]:
        """The seat lock: this program's threads, then other programs (a file lock)."""
        while not self._seat_lock.acquire(timeout=0.1):
            cancel.raise_if_cancelled()
        try:
            self._seat_depth += 1
            if self._seat_depth > 1:
                yield
            else:
                with self._other_programs_wait(cancel):
                    yield
        finally:
            self._seat_depth -= 1
            self._seat_lock.release()

    @contextlib.contextmanager
    def _other_programs_wait(self, cancel: CancelToken) -> Iterator[None]:
        """The product's seat lock file, held for the duration (waited for while
        another program holds it: Cancel still works)."""
        from activation_wizard.core.store.document import locked

        def waiting() -> None:
            cancel.raise_if_cancelled()
            if not said:
                said.append(True)
                log.info("waiting for another program's activation or deactivation")
                self.on_wait()

        said: list[bool] = []
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(locked(self.folder / "seat", waiting=waiting))
            except OSError as exc:  # a read-only data folder: the store's checks say so
                log.warning("no seat lock (%s): not guarded against other programs", exc)
            yield


@contextlib.contextmanager
def speaking_as(kind: str) -> Iterator[None]:
    """Tag errors with how the user identified themselves, so their message fits
    ("e-mail or password not accepted", not "no license matches the key")."""
    try:
        yield
    except WizardError as exc:
        exc.context = exc.context or kind
        raise


@contextlib.contextmanager
def logged(what: str) -> Iterator[None]:
    """The support log records each step's outcome: a refusal's server code, the
    kind of network or storage failure (never a secret: codes and keys only).  Errors
    are tagged with the step, so their message can say what it means for it."""
    try:
        yield
    except ServerRejected as exc:
        exc.during = exc.during or what
        log.warning("%s refused by the server: %s", what, exc.server_code)
        raise
    except WizardError as exc:
        exc.during = exc.during or what
        log.warning("%s failed: %s", what, exc.key)
        raise
    log.info("%s done", what)


def once_more_if_lost(call: Callable[[], T], what: str, repeatable: bool = True) -> T:
    """Send again once when the answer was lost or late: safe, as the server
    recognises this device (an activation then meets 409 and is recovered); never
    for a request that cannot be repeated (a single-use sign-in code)."""
    try:
        return call()
    except (AnswerLost, RequestTimeout) as exc:
        if not repeatable:
            raise
        log.warning("%s: %s; trying once more", what, exc.key)
        return call()


def may_have_acted(exc: ServerError | RateLimited) -> bool:
    """A gateway's 502, 503 or 504: the License API behind it may have done the work
    and only the answer was lost, so the outcome is settled like any lost answer."""
    return isinstance(exc, GatewayFailed)


_background: Any = None  # queue.SimpleQueue of the warm-ups' one thread, once started
_background_lock = threading.Lock()


def _in_background(job: Callable[[], None]) -> None:
    """Run ``job`` on the warm-ups' one long-lived thread.  The pages call this as
    they show: after the first, asking only queues (starting a thread makes the
    caller wait until the new thread holds the interpreter lock, up to 5 ms of the
    GUI thread's frame while another thread works)."""
    global _background
    with _background_lock:
        if _background is None:
            import queue

            jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

            def serve() -> None:
                while True:
                    job = jobs.get()
                    try:
                        job()
                    except Exception:  # one failed warm-up must not stop the next ones
                        log.debug("warm-up failed", exc_info=True)

            threading.Thread(target=serve, daemon=True, name="prewarm").start()
            _background = jobs
    _background.put(job)
