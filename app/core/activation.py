"""The use cases: preflight, activate, recover, check, deactivate, load.

Callers (the wizard, the CLI, a vendor's own program) build one ``Activator``
and call these; they never touch httpx, keyring or files themselves.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config import Config
from app.core.cancel import NEVER, CancelToken
from app.core.device import DeviceInfo, collect
from app.core.device.probe import Probe
from app.core.store import ActivationStore, StoredActivation
from app.core.summary import mask_key
from app.errors import (
    ActivationInvalid,
    DeviceNotFound,
    LicenseDeviceExists,
    LicenseExpired,
    LicenseNotActive,
    LicenseNotEnabled,
    StorageError,
)

if TYPE_CHECKING:  # httpx and pydantic load at the first network call, not at start-up
    import httpx

    from app.core.api.client import LicenseApiClient
    from app.core.api.models import SignedLicense

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Identity:
    kind: str  # "license_key" or "user"
    value: str  # the key, or the account e-mail
    password: str | None = None  # only while activating; never stored

    def request_fields(self, with_password: bool) -> dict[str, Any]:
        if self.kind == "license_key":
            return {"license_key": self.value}
        fields: dict[str, Any] = {"username": self.value}
        if with_password and self.password is not None:
            fields["password"] = self.password
        return fields


@dataclass(frozen=True)
class ActivationResult:
    activation: StoredActivation
    recovered: bool = False  # the server already had this device (409): no seat spent
    save_error: StorageError | None = None  # the server said yes but saving failed

    @property
    def license(self) -> SignedLicense:
        return self.activation.signed


class Activator:
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
        self._probe = probe
        self._transport = transport
        self._clock = clock

    @cached_property
    def device(self) -> DeviceInfo:
        return collect(self.config, self._probe)

    def client(self, cancel: CancelToken = NEVER) -> LicenseApiClient:
        from app.core.api.client import LicenseApiClient

        transport = self._transport() if self._transport else None
        return LicenseApiClient(self.config, transport=transport, clock=self._clock, cancel=cancel)

    # --- use cases -------------------------------------------------------------

    def preflight(self) -> None:
        self.store.preflight()

    def activate(self, identity: Identity, cancel: CancelToken = NEVER) -> ActivationResult:
        """Spend (at most) one seat and keep the result, whatever happens after the yes."""
        log.info(
            "activating %s for %s at %s", _shown(identity), self.config.product, self.config.api_url
        )
        self.preflight()
        device = self.device
        body = {
            "product": self.config.product,
            **identity.request_fields(True),
            **device.request_fields(self.config),
        }
        recovered = False
        with self.client(cancel) as client:
            try:
                signed = client.activate_license(body)
            except LicenseDeviceExists:
                # An earlier answer was lost, or this device was activated before:
                # the license is already ours, so fetch it instead of failing.
                log.info("the server already has this device (409): recovering with a check")
                signed = client.check_license(self._identity_query(identity))
                recovered = True
        now = self._clock()
        stored = StoredActivation(
            kind=identity.kind,
            identity=identity.value,
            license_body=signed.body,
            license_signature=signed.signature,
            hardware_id=device.hardware_id,
            server_url=self.config.api_url,
            product=self.config.product,
            activated_at=now,
            last_check=now,
            last_seen=now,
        )
        try:
            self.store.save(stored)
        except StorageError as exc:
            log.error(
                "activated, but saving failed (%s): kept in memory for retry or export", exc.key
            )
            return ActivationResult(stored, recovered, save_error=exc)
        log.info("activated; stored in %s", self.store.describe())
        return ActivationResult(stored, recovered)

    def retry_save(self, result: ActivationResult) -> ActivationResult:
        self.store.save(result.activation)
        return replace(result, save_error=None)

    def export(self, result: ActivationResult, path: Path) -> None:
        self.store.export(result.activation, path)

    def import_recovery(self, path: Path) -> StoredActivation:
        stored = self.store.read_recovery(path, self.device.hardware_id)
        self.store.save(stored)
        return stored

    def load(self) -> StoredActivation:
        return self.store.load(self.device.hardware_id)

    def load_refused(self) -> StoredActivation:
        """The stored activation even though the license expired or the server said it
        is disabled (those the server may reverse): to show it, check it, or free its
        seat.  Signature, device and product are still verified."""
        return self.store.load(self.device.hardware_id, for_server=True)

    def check(self, cancel: CancelToken = NEVER) -> StoredActivation:
        """Ask the server about the stored activation and keep what it says.

        A device the server no longer has is forgotten here too; a disabled or
        expired license is remembered as such (``load`` then refuses it) until a
        later check finds it good again.
        """
        stored = self.store.load(self.device.hardware_id, for_server=True)
        identity = Identity(stored.kind, stored.identity)
        now = self._clock()
        try:
            with self.client(cancel) as client:
                signed = client.check_license(self._identity_query(identity))
        except (DeviceNotFound, LicenseNotActive):
            self.store.delete()
            raise ActivationInvalid("not_active") from None
        except (LicenseNotEnabled, LicenseExpired) as exc:
            state = "disabled" if isinstance(exc, LicenseNotEnabled) else "expired"
            self.store.save(replace(stored, server_state=state, last_check=now))
            raise ActivationInvalid(state) from None
        info = signed.info
        state = "ok"
        if info.license_enabled is False:
            state = "disabled"
        elif info.is_expired:
            state = "expired"
        elif info.license_active is False:
            self.store.delete()
            raise ActivationInvalid("not_active")
        updated = replace(
            stored,
            license_body=signed.body,
            license_signature=signed.signature,
            last_check=now,
            last_seen=max(now, stored.last_seen),
            server_state=state,
        )
        self.store.save(updated)
        if state != "ok":
            raise ActivationInvalid(state)
        return updated

    def deactivate(self, cancel: CancelToken = NEVER) -> StoredActivation:
        """Free this device's seat, then forget the activation locally; returns what
        was deactivated."""
        # Deactivating must work for a disabled or expired license too: it frees a seat.
        stored = self.store.load(self.device.hardware_id, for_server=True)
        identity = Identity(stored.kind, stored.identity)
        try:
            with self.client(cancel) as client:
                client.deactivate_license(self._identity_query(identity))
        except DeviceNotFound:
            pass  # the server already freed it; local state must still go
        self.store.delete()
        log.info("deactivated %s; local activation removed", _shown(identity))
        return stored

    def _identity_query(self, identity: Identity) -> dict[str, Any]:
        return {
            "hardware_id": self.device.hardware_id,
            "product": self.config.product,
            **identity.request_fields(False),
        }


def _shown(identity: Identity) -> str:
    """How an identity may appear in a log: a key masked, an account e-mail as is."""
    return mask_key(identity.value) if identity.kind == "license_key" else identity.value


def load_activation(config: Config) -> StoredActivation:
    """For the vendor's own program: the verified activation of this device.

    Raises ``NotActivated`` when there is none, ``ActivationInvalid`` (its
    ``reason`` says why: signature, other_device, expired, clock_rolled_back, ...)
    when the saved one cannot be trusted, ``StorageError`` when the keyring or
    the data folder cannot be read.  Needs no Qt and no network.
    """
    return Activator(config).load()
