"""A floating seat held while the vendor's program runs: taken by a check, kept alive
on a background thread at half the license's ``floating_timeout``, and freed when
the block ends, at exit, and on SIGTERM (a killed program's seat frees itself
after the timeout, on the server)."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from types import FrameType
from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.errors import NetworkError, WizardError

if TYPE_CHECKING:
    from activation_wizard.core.runtime import License
    from activation_wizard.core.store import StoredActivation

log = logging.getLogger(__name__)


class FloatingSeat:
    """One floating seat held by this program (see ``License.floating_seat``)."""

    def __init__(self, lic: License) -> None:
        self.license = lic
        self._stop = threading.Event()
        self._keeper: threading.Thread | None = None
        self.lost: WizardError | None = None  # why the seat could not be kept, if so

    def acquire(self, cancel: CancelToken = NEVER) -> FloatingSeat:
        from activation_wizard.core.activation import floating

        stored = self.license.stored
        if stored is not None and not (
            stored.license.is_floating_cloud or stored.license.is_floating
        ):
            self._stop.set()  # a node-locked license: no seat to take, keep or free
            return self
        if stored is not None and borrowed(stored):
            # This computer holds the seat until the borrow ends, offline too: nothing
            # to take, keep alive or give back (a release would end the borrow).
            self._stop.set()
            return self
        with self.license._lock:
            try:
                floating.take_seat(self.license.activator, cancel)
            finally:
                self.license.reload()
        minutes = self._timeout_minutes()
        self._keeper = threading.Thread(
            target=self._keep, args=(minutes * 30.0,), name="floating-seat", daemon=True
        )
        self._keeper.start()
        _on_exit(self)
        return self

    def release(self) -> None:
        """Free the seat now (idempotent; network failures are logged: the seat frees
        itself after ``floating_timeout`` anyway)."""
        if self._stop.is_set():
            return
        self._stop.set()
        _forget(self)
        stored = self.license.stored
        if stored is not None and borrowed(stored):
            return  # borrowed meanwhile: the seat stays this computer's until the end
        try:
            self.license.release_seat()
        except WizardError as exc:
            log.warning("the floating seat could not be released now: %s", exc)

    def __enter__(self) -> FloatingSeat:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
        if self._keeper is not None and self._keeper is not threading.current_thread():
            self._keeper.join(10)

    def _timeout_minutes(self) -> float:
        stored = self.license.stored
        minutes = stored.license.floating_timeout if stored is not None else None
        return float(minutes) if minutes and minutes > 0 else 10.0

    def _keep(self, every: float) -> None:
        from activation_wizard.core.activation import floating

        while not self._stop.wait(every):
            try:
                floating.take_seat(self.license.activator)
                self.lost = None
            except NetworkError as exc:
                log.info("floating seat not refreshed (network): %s", exc)
            except WizardError as exc:
                self.lost = exc  # taken by others after a long silence, or revoked
                log.warning("floating seat lost: %s", exc)
            self.license.reload()


_HELD: set[FloatingSeat] = set()
_HOOKED = {"exit": False, "signal": False}


def _on_exit(seat: FloatingSeat) -> None:
    """Seats are released when the program ends, normally or by SIGTERM (the handler
    can only be set from the main thread: the first seat taken there sets it)."""
    _HELD.add(seat)
    if not _HOOKED["exit"]:
        import atexit

        atexit.register(_release_all)
        _HOOKED["exit"] = True
    if _HOOKED["signal"] or threading.current_thread() is not threading.main_thread():
        return
    import signal

    previous = signal.getsignal(signal.SIGTERM)

    def on_term(signum: int, frame: FrameType | None) -> None:
        _release_all()
        if callable(previous):
            previous(signum, frame)
        else:
            raise SystemExit(128 + signum)

    if previous in (signal.SIG_DFL, None) or callable(previous):
        signal.signal(signal.SIGTERM, on_term)
    _HOOKED["signal"] = True


def _forget(seat: FloatingSeat) -> None:
    _HELD.discard(seat)


def _release_all() -> None:
    for seat in list(_HELD):
        seat.release()


def borrowed(stored: StoredActivation) -> bool:
    """This computer holds its floating seat until a borrow's end, still ahead."""
    info = stored.license
    until = info.borrowed_until
    return bool(info.is_borrowed and until is not None and until > datetime.now(UTC))
