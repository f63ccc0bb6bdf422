"""The license a vendor's program holds after activation: valid or why not, checked
online on the vendor's policy (``[policy]``), and watched in the background.

No Qt; safe from any thread.  ``load_activation`` stays the one-call check at
start-up; ``open_license`` is for a program that keeps running::

    lic = open_license(config)
    if not lic.is_valid():
        sys.exit(lic.why_not)
    with lic.watch(on_change):   # re-checks every policy.recheck_every days
        run_the_program(lic)
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from activation_wizard.core.activation import check as check_module
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.policy import Policy
from activation_wizard.errors import (
    ActivationInvalid,
    FloatingNotAvailable,
    NetworkError,
    NotActivated,
    StorageError,
    WizardError,
)

if TYPE_CHECKING:
    from activation_wizard.config import Config
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.api.models import Borrow, Feature, InstallationFile
    from activation_wizard.core.floating_seat import FloatingSeat
    from activation_wizard.core.store import StoredActivation

log = logging.getLogger(__name__)

OnChange = Callable[["License", str, str], None]  # (license, state before, state now)


def open_license(config: Config) -> License:
    """The license of this device as it stands; never raises for an invalid one
    (``is_valid()`` and ``why_not`` say), only for a config that cannot be used."""
    return License(config)


class License:
    """The stored activation with what a running program asks of it."""

    def __init__(self, config: Config, *, activator: Activator | None = None) -> None:
        from activation_wizard.core.activation import Activator

        self.config = config
        self.activator = activator or Activator(config)
        self.policy = Policy.of(config)
        self._lock = threading.RLock()  # the watchdog's thread and the program's
        self.stored: StoredActivation | None = None
        self.problem: WizardError | None = None
        self.seat_refused = False  # the last check found every floating seat taken
        self.reload()

    def reload(self) -> None:
        """Read the stored activation again (another program may have changed it)."""
        with self._lock:
            try:
                self.stored, self.problem = self.activator.load(), None
            except (NotActivated, ActivationInvalid, StorageError) as exc:
                self.stored, self.problem = None, exc

    # --- what the program asks ---------------------------------------------------------

    def is_valid(self) -> bool:
        return self.stored is not None

    @property
    def state(self) -> str:
        """``valid``, ``in_grace``, ``no_floating_seat`` (the last check found every
        seat taken), ``not_activated``, or why it is not valid (``expired``,
        ``disabled``, ``not_active``, ``check_needed``, ...)."""
        with self._lock:
            if self.stored is not None and self.seat_refused:
                return "no_floating_seat"  # valid, but every seat is taken right now
            if self.stored is not None:
                return "in_grace" if self.stored.in_grace() else "valid"
            if isinstance(self.problem, ActivationInvalid):
                return self.problem.reason
            return "not_activated" if isinstance(self.problem, NotActivated) else "storage"

    @property
    def why_not(self) -> str:
        """What the user should read when the license is not valid ("" when it is)."""
        from activation_wizard.messages import describe

        problem = self.problem
        if problem is None:
            return ""
        message = describe(problem)
        return f"{message.what} {message.todo}".strip()

    @property
    def check_due(self) -> bool:
        stored = self.stored
        return stored is not None and self.policy.check_due(stored, self.activator.clock())

    def has_feature(self, code: str) -> bool:
        stored = self.stored
        return stored is not None and stored.has_feature(code)

    @property
    def features(self) -> list[str]:
        stored = self.stored
        return stored.features if stored is not None else []

    @property
    def expires_at(self) -> datetime | None:
        return self.stored.expires_at if self.stored is not None else None

    @property
    def grace_until(self) -> datetime | None:
        return self.stored.grace_until if self.stored is not None else None

    @property
    def maintenance_until(self) -> datetime | None:
        """Updates are included until then (the server offers no later version)."""
        return self.stored.license.maintenance_until if self.stored is not None else None

    def in_grace(self) -> bool:
        return self.stored is not None and self.stored.in_grace()

    # --- the server -----------------------------------------------------------------------

    def check(self, cancel: CancelToken = NEVER) -> bool:
        """Ask the server now (features, floating state and totals are refreshed, the
        clock re-anchored); True when the license is valid afterwards.  A network
        failure is raised (``NetworkError``): the license stays as it was, within
        ``policy.offline_grace``."""
        with self._lock:
            try:
                check_module.check(self.activator, cancel)  # a floating seat is kept: in use
                self.seat_refused = False
            except FloatingNotAvailable:
                self.seat_refused = True  # the watchdog reports it as a change of state
                self.reload()
                raise
            except ActivationInvalid as exc:
                self.reload()  # the server's no is kept in the store, mostly
                if isinstance(self.problem, NotActivated):
                    self.problem = exc  # this device was removed: say so, not "never"
                return False
            except WizardError:
                self.reload()
                raise
            self.reload()
            return self.is_valid()

    # --- floating seats ----------------------------------------------------------------

    def floating_seat(self, cancel: CancelToken = NEVER) -> FloatingSeat:
        """``with lic.floating_seat(): ...``: a seat taken now, kept alive on a
        background thread (every half ``floating_timeout``), freed on leaving the
        block, at exit and on SIGTERM.  ``FloatingNotAvailable`` when all are taken."""
        from activation_wizard.core.floating_seat import FloatingSeat

        return FloatingSeat(self).acquire(cancel)

    def borrow(
        self, until: datetime, cancel: CancelToken = NEVER, *, password: str = ""
    ) -> StoredActivation:
        """Hold the floating seat until ``until`` (offline use; the license's
        ``max_borrow_time`` bounds it); the activation as the server then signed it."""
        from activation_wizard.core.activation import floating

        with self._lock:
            try:
                return floating.borrow(self.activator, until, password, cancel)
            finally:
                self.reload()

    def return_borrowed(self, cancel: CancelToken = NEVER) -> StoredActivation:
        """Give a borrowed seat back before its end; the license as then signed."""
        from activation_wizard.core.activation import floating

        with self._lock:
            try:
                return floating.return_borrowed(self.activator, cancel)
            finally:
                self.reload()

    def release_seat(self, cancel: CancelToken = NEVER) -> None:
        from activation_wizard.core.activation import floating

        floating.release_seat(self.activator, cancel)

    # --- features, consumption, versions ------------------------------------------------

    def check_feature(self, code: str, cancel: CancelToken = NEVER) -> Feature:
        """The server's word on one feature (takes a floating feature's slot)."""
        from activation_wizard.core.activation import floating

        return floating.check_feature(self.activator, code, cancel)

    def release_feature(self, code: str, cancel: CancelToken = NEVER) -> None:
        from activation_wizard.core.activation import floating

        floating.release_feature(self.activator, code, cancel)

    def borrow_feature(self, code: str, until: datetime, cancel: CancelToken = NEVER) -> Borrow:
        from activation_wizard.core.activation import floating

        return floating.borrow_feature(self.activator, code, until, cancel)

    def consume(self, amount: int = 1, cancel: CancelToken = NEVER) -> int:
        """Count uses of a consumption license; the server's new total.  Kept and sent
        later if the server cannot be reached; never counted twice."""
        from activation_wizard.core.activation import consumption

        return consumption.consume(self.activator, amount, consumption.LICENSE, cancel)

    def consume_feature(self, code: str, amount: int = 1, cancel: CancelToken = NEVER) -> int:
        from activation_wizard.core.activation import consumption

        return consumption.consume(self.activator, amount, code, cancel)

    def sync_consumption(self, cancel: CancelToken = NEVER) -> None:
        """Send the uses counted here that the server has not confirmed yet."""
        from activation_wizard.core.activation import consumption

        for feature in consumption.pending(self.activator):
            consumption.sync(self.activator, feature, cancel)

    @property
    def unsent_consumption(self) -> dict[str, int]:
        """Uses not confirmed by the server yet ("" is the license's own count)."""
        from activation_wizard.core.activation import consumption

        return consumption.pending(self.activator)

    def latest_version(self, env: str = "", channel: str = "") -> str | None:
        from activation_wizard.core.activation import versions

        found = versions.versions(self.activator, env, channel)
        return found[-1] if found else None

    def installation_file(
        self, version: str = "", env: str = "", channel: str = ""
    ) -> InstallationFile:
        from activation_wizard.core.activation import versions

        return versions.installation_file(self.activator, version, env, channel)

    def watch(
        self, on_change: OnChange, *, every: float | None = None, jitter: float = 0.1
    ) -> Watchdog:
        """A started ``Watchdog`` checking every ``every`` seconds (default: the
        policy's ``recheck_every``, else daily); ``on_change`` is called on its thread
        when ``state`` changes.  Use it as a context manager, or call ``stop()``."""
        period = every or self.policy.recheck_every or 86400.0
        return Watchdog(self, on_change, period, jitter).start()


class Watchdog:
    """Re-checks a ``License`` on a background thread, ``period`` seconds apart
    give or take ``jitter`` (a share of it), so a fleet does not check in lockstep."""

    def __init__(
        self,
        lic: License,
        on_change: OnChange,
        period: float,
        jitter: float = 0.1,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.license, self.on_change = lic, on_change
        self.period, self.jitter, self._rng = period, min(max(jitter, 0.0), 0.5), rng
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="license-watchdog", daemon=True)
        self.checks = 0
        self.failures = 0  # checks that did not reach the server (they are retried)

    def start(self) -> Watchdog:
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def __enter__(self) -> Watchdog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def next_delay(self) -> float:
        return self.period * (1 + self.jitter * (2 * self._rng() - 1))

    def _run(self) -> None:
        while not self._stop.wait(self.next_delay()):
            before = self.license.state
            try:
                self.license.check()
            except NetworkError as exc:
                self.failures += 1
                log.info("license check could not reach the server: %s", exc)
                self.license.reload()  # the offline grace may have run out meanwhile
            except WizardError as exc:
                self.failures += 1
                log.warning("license check failed: %s", exc)
                self.license.reload()
            self.checks += 1
            after = self.license.state
            if after != before:
                try:
                    self.on_change(self.license, before, after)
                except Exception:  # the vendor's callback must not end the watch
                    log.exception("the license watchdog's callback failed")
