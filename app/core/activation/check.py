"""Asking the server about the stored activation, and keeping what it says: its
license refreshed, or remembered as disabled or expired, or (no longer on the
server) set aside; a saved recovery file is kept again only once the server
confirms this device still holds its seat."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.store import StoredActivation
from activation_wizard.errors import (
    ActivationInvalid,
    AirGapRefused,
    DeviceNotFound,
    LicenseExpired,
    LicenseNotActive,
    LicenseNotEnabled,
    SdkFileRefused,
    UserFileError,
    WizardError,
)

from .context import Context, logged, once_more_if_lost, speaking_as
from .model import Identity, identity_of

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from activation_wizard.core.api.models import LicenseInfo


def verdict(info: LicenseInfo) -> str:
    """What a check answer says of the license: "ok", "disabled", "expired", or
    "not_active" (this device no longer holds a seat on it)."""
    if info.license_enabled is False:
        return "disabled"
    if info.is_expired:
        return "expired"
    if info.license_active is False:
        return "not_active"
    return "ok"


def check(ctx: Context, cancel: CancelToken = NEVER) -> StoredActivation:
    """Ask the server about the stored activation and keep what it says.

    A device the server no longer has is forgotten here too; a disabled or
    expired license is remembered as such (``load`` then refuses it) until a
    later check finds it good again.
    """
    with logged("check"):
        return _check(ctx, cancel)


def _check(ctx: Context, cancel: CancelToken) -> StoredActivation:
    from activation_wizard.core.api import binding

    stored = ctx.stored_for_server()
    if stored.airgap:  # the license server never heard of this device
        raise AirGapRefused("offline_only")
    identity = identity_of(stored)
    now = ctx.clock()
    try:
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            query = ctx.identity_query(identity)
            signed = once_more_if_lost(lambda: client.check_license(query), "check")
    except (DeviceNotFound, LicenseNotActive):
        # An unsigned answer: what it removes stays recoverable (import the file).
        ctx.store.move_aside(stored, "not-on-server")
        raise ActivationInvalid("not_active") from None
    except (LicenseNotEnabled, LicenseExpired) as exc:
        state = "disabled" if isinstance(exc, LicenseNotEnabled) else "expired"
        said = exc.server_date if exc.server_date is not None else now
        refused = replace(
            stored,
            server_state=state,
            last_check=now,
            # A refresh file from before this verdict cannot undo it.
            server_time=max(said, stored.server_time or said),
        )
        ctx.store.save(refused, expect=stored.generation)
        raise ActivationInvalid(state) from None
    binding.same_license(json.loads(stored.license_body), json.loads(signed.body))
    state = verdict(signed.info)
    if state == "not_active":
        ctx.store.delete()
        raise ActivationInvalid("not_active")
    # A signed answer re-anchors the time: a clock that once ran ahead (and left
    # last_seen in the future) no longer counts once the server has spoken.
    anchor = signed.date if signed.date is not None else now
    updated = replace(
        stored,
        license_body=signed.body,
        license_signature=signed.signature,
        last_check=now,
        last_seen=anchor,
        server_state=state,
        server_time=signed.date if signed.date is not None else stored.server_time,
    )
    updated = ctx.store.save(updated, expect=stored.generation)
    if state != "ok":
        raise ActivationInvalid(state)
    return updated


def import_recovery(ctx: Context, path: Path, cancel: CancelToken = NEVER) -> StoredActivation:
    """Keep a saved activation again (after a failed save), once the license server
    confirms this device still holds its seat: an old copy must not bring back a
    seat that was freed since.  Only its signed license and who it names are
    taken from the file; an offline activation (by file) cannot be asked about and
    is taken as its files were checked."""
    from activation_wizard.core.api import binding

    read = ctx.store.read_recovery(path, ctx.device.hardware_id)
    identity = identity_of(read)
    named = read.identity
    if read.kind == "user":  # as the signed body writes it, not as the file does
        named = binding.account_of(json.loads(read.license_body)) or named
        identity = replace(identity, value=named)
    stored = ctx.new_activation(
        read.kind,
        named,
        read.license_body,
        read.license_signature,
        read.license_id,
        offline=read.offline,
        server_time=read.server_time,
    )
    # An air-gapped one stays one: its confirmation code, not RSA, is its signature.
    stored = replace(stored, last_seen=max(read.last_seen, stored.last_seen), airgap=read.airgap)
    if not read.offline:
        try:
            with speaking_as(identity.kind), ctx.client(cancel) as client:
                signed = client.check_license(ctx.identity_query(identity))
        except (DeviceNotFound, LicenseNotActive):
            raise ActivationInvalid("not_active") from None
        except (LicenseNotEnabled, LicenseExpired) as exc:  # kept, as the server says
            state = "disabled" if isinstance(exc, LicenseNotEnabled) else "expired"
            ctx.store.save(replace(stored, server_state=state, server_time=exc.server_date))
            return ctx.stored_for_server()
        binding.same_license(json.loads(read.license_body), json.loads(signed.body))
        state = verdict(signed.info)
        if state == "not_active":
            raise ActivationInvalid("not_active")
        stored = replace(
            stored,
            license_body=signed.body,
            license_signature=signed.signature,
            server_time=signed.date,
            server_state=state,
        )
    ctx.store.save(stored)
    return ctx.stored_for_server()


def adopt_sdk_file(
    ctx: Context, path: Path | None = None, cancel: CancelToken = NEVER
) -> StoredActivation:
    """Take over the activation the official SDK made on this device (its license
    file, license-api.md 7.1): one check, and the server's signed answer is kept as
    ours. No seat is spent: the device is the one the server already has."""
    from activation_wizard.core.api import binding
    from activation_wizard.core.store import sdk_file

    path = path or sdk_file.location(ctx.config)
    if path is None:
        path = sdk_file.sdk_default_folder(ctx.config.product) / sdk_file.DEFAULT_FILE
    if not path.is_file():
        raise SdkFileRefused("missing", path=str(path))
    try:
        entry = sdk_file.read_entry(ctx.config, path)
    except sdk_file.SdkFileUnreadable:
        raise SdkFileRefused("unreadable", path=str(path)) from None
    except OSError as exc:
        raise UserFileError(exc.strerror or str(exc), path=str(path)) from exc
    if entry is None:
        raise SdkFileRefused("no_license", path=str(path))
    if entry.get("hardware_id") != ctx.device.hardware_id:
        raise SdkFileRefused("other_device", path=str(path))
    if entry.get("is_offline_activated") or entry.get("is_air_gapped"):
        raise SdkFileRefused("offline", path=str(path))
    user = entry.get("user")
    email = (user.get("email") if isinstance(user, dict) else None) or entry.get("username")
    if isinstance(entry.get("id"), bool) or not isinstance(entry.get("id"), int):
        raise SdkFileRefused("no_license", path=str(path))
    if isinstance(entry.get("license_key"), str) and entry["license_key"]:
        identity = Identity("license_key", entry["license_key"])
    elif isinstance(email, str) and email:
        identity = Identity("user", email, license_id=entry["id"])
    else:
        raise SdkFileRefused("no_license", path=str(path))
    if ctx.store.exists() and ctx.stored_for_server().identity.lower() != identity.value.lower():
        raise SdkFileRefused("other_license", path=str(path))  # free that seat first
    try:
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            signed = client.check_license(ctx.identity_query(identity))
    except (DeviceNotFound, LicenseNotActive):
        raise SdkFileRefused("not_on_server", path=str(path)) from None
    binding.same_license(entry, binding.license_of(json.loads(signed.body), ctx.config.product))
    state = verdict(signed.info)
    if state == "not_active":
        raise ActivationInvalid("not_active")
    stored = ctx.new_activation(
        identity.kind,
        identity.value,
        signed.body,
        signed.signature,
        identity.license_id,
        server_time=signed.date,
    )
    ctx.store.save(replace(stored, server_state=state))
    return ctx.stored_for_server()


def sdk_file_offer(ctx: Context) -> Path | None:
    """The official SDK's license file with an online activation of this product on
    this device, when the wizard holds none of its own: what the wizard offers to
    take over. Asked at start, so never an error: nothing is offered then."""
    from activation_wizard.core.store import sdk_file

    try:
        if ctx.store.exists():
            return None
        return sdk_file.offer(ctx.config, ctx.device.hardware_id)
    except WizardError as exc:
        log.info("the SDK's license file was not looked at: %s", exc)
        return None
