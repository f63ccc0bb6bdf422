"""Activating online: at most one seat, kept whatever happens after the yes.

The request is journaled before it leaves (``reconcile`` settles an answer that
never came); a 409 means this device holds the seat already and is recovered with a
check; another license active here is refused, deactivated first or put aside."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.journal import Pending
from activation_wizard.errors import (
    ActivationChanged,
    ActivationExists,
    ActivationInvalid,
    ActivationRace,
    Cancelled,
    LicenseDeviceExists,
    NetworkError,
    NotActivated,
    ProtocolError,
    RateLimited,
    ServerError,
    ServerRejected,
    StorageError,
)

from . import offline, reconcile, removal, signin, variables
from .context import Context, log, logged, may_have_acted, once_more_if_lost, speaking_as
from .model import Abandoned, ActivationResult, Identity, Room, identity_of, shown

if TYPE_CHECKING:
    from activation_wizard.core.api.models import SignedLicense
    from activation_wizard.core.store import StoredActivation


def activate(
    ctx: Context, identity: Identity, cancel: CancelToken = NEVER, replace_old: str = "refuse"
) -> ActivationResult:
    """Spend (at most) one seat and keep the result, whatever happens after the yes.

    Another license already active here is not overwritten: ``replace_old``
    "refuse" raises ``ActivationExists``; "deactivate" frees its seat first;
    "abandon" leaves its seat on the server (moved aside locally, recoverable)."""
    log.info("activating %s for %s at %s", shown(identity), ctx.config.product, ctx.config.api_url)
    with logged("activation"), ctx.one_at_a_time(cancel):
        return _activate(ctx, identity, cancel, replace_old)


def _activate(
    ctx: Context, identity: Identity, cancel: CancelToken, replace_old: str
) -> ActivationResult:
    ctx.preflight()
    signin.refuse_spent(ctx, identity)
    earlier = reconcile.settle_before(ctx, identity, cancel)
    if earlier is not None:
        return earlier  # an interrupted activation of this sign-in had reached the server
    room = clear_the_way(ctx, identity, replace_old, cancel)
    device = ctx.device
    body = {
        "product": ctx.config.product,
        **identity.request_fields(True),
        **device.request_fields(ctx.config),
    }
    extra = variables.from_vendor(ctx)
    if extra:
        body["variables"] = extra
    grant = identity.grant
    # Journaled before it leaves: an answer that never comes is reconciled later.
    ctx.journal.record(
        Pending(
            "activate",
            identity.kind,
            identity.value,
            device.hardware_id,
            ctx.clock(),
            identity.license_id,
            account=grant.customer_account_code if grant else "",
            server=ctx.config.api_url,
        )
    )
    recovered = False
    try:
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            signin.spend(ctx, identity)
            # A single-use code is never sent twice: a lost answer is settled by the
            # next sign-in instead (reconcile), not by repeating the code.
            repeatable = grant is None or grant.reusable
            try:
                signed = once_more_if_lost(
                    lambda: client.activate_license(body), "activation", repeatable
                )
            except LicenseDeviceExists:
                # An earlier answer was lost, or this device was activated before:
                # the license is already ours, so fetch it instead of failing.
                log.info("the server already has this device (409): recovering with a check")
                signed = client.check_license(signin.recovery_query(ctx, identity))
                recovered = True
    except ServerRejected as exc:
        ctx.journal.clear()  # a definite no: nothing happened on the server
        log.info("activation refused by the server: %s", exc.server_code)
        raise
    except (ServerError, RateLimited) as exc:
        if may_have_acted(exc):
            log.warning("activation: a gateway failed (%s): left for reconciliation", exc)
        else:
            ctx.journal.clear()  # the server failed it (or turned it away): not done
            log.warning("activation failed on the server: %s", exc.detail)
        raise
    except (Cancelled, NetworkError) as exc:
        log.warning("activation answer not received (%s): left for reconciliation", exc.key)
        raise
    result = keep(ctx, identity, signed, room.generation, recovered, cancel)
    return replace(result, replaced=room.replaced, abandoned=room.abandoned)


def keep(
    ctx: Context,
    identity: Identity,
    signed: SignedLicense,
    base: int,
    recovered: bool,
    cancel: CancelToken,
) -> ActivationResult:
    """Store the license the server gave this device, whatever happens after the yes."""
    kind, who = identity.kind, identity.value
    if kind == "sso":  # kept as the account it signed in: check and deactivate name it
        info = signed.info
        who = (info.user.email if info.user else None) or info.username or who
        if not who:
            raise ProtocolError("the license does not name the account that signed in")
        kind = "user"
        if identity.grant is not None:
            signin.remember(ctx, identity.grant.customer_account_code, who)
    stored = ctx.new_activation(
        kind, who, signed.body, signed.signature, identity.license_id, server_time=signed.date
    )
    try:
        stored = ctx.store.save(stored, expect=base)
    except ActivationChanged:
        return _lost_race(ctx, identity, stored, recovered, cancel)
    except StorageError as exc:
        log.error("activated, but saving failed (%s): kept in memory for retry or export", exc.key)
        return ActivationResult(stored, recovered, save_error=exc)
    ctx.journal.clear()
    offline.answered_online(ctx, stored.identity)
    log.info("activated; stored in %s", ctx.store.describe())
    return ActivationResult(stored, recovered)


def _lost_race(
    ctx: Context, identity: Identity, mine: StoredActivation, recovered: bool, cancel: CancelToken
) -> ActivationResult:
    """Another activation was stored here while this one was in flight (possible only
    where the seat lock could not be made): one license per device, so this one's
    seat is freed again (unless it is the same)."""
    winner = ctx.stored_for_server()
    if (winner.kind, winner.identity) == (mine.kind, mine.identity):
        ctx.journal.clear()
        return ActivationResult(winner, recovered=True)
    if recovered or winner.license.id == mine.license.id:
        # This device's seat was there already (409): the winner's, on a license the
        # two share (two accounts of one license). Freeing it would free the winner's.
        ctx.journal.clear()
        raise ActivationRace("another activation finished first", winner=shown(identity_of(winner)))
    undo = Identity(mine.kind, mine.identity, license_id=mine.license_id)
    with speaking_as(identity.kind), ctx.client(cancel) as client:
        client.deactivate_license(ctx.identity_query(undo))
    ctx.journal.clear()
    log.warning("lost a race to %s: %s deactivated again", winner.identity, shown(undo))
    raise ActivationRace("another activation finished first", winner=shown(identity_of(winner)))


def retry_save(ctx: Context, result: ActivationResult) -> ActivationResult:
    ctx.store.save(result.activation)
    ctx.journal.clear()
    return replace(result, save_error=None)


def make_room(ctx: Context, identity: Identity, replace_old: str, cancel: CancelToken) -> int:
    """Make sure no other license stays active here; returns the generation the
    new activation may replace (0: none)."""
    return clear_the_way(ctx, identity, replace_old, cancel).generation


def clear_the_way(ctx: Context, identity: Identity, replace_old: str, cancel: CancelToken) -> Room:
    try:
        old = ctx.stored_for_server()
    except (NotActivated, ActivationInvalid):
        return Room(0)  # nothing usable to keep
    same = (old.kind, old.identity) == (identity.kind, identity.value)
    if same and identity.license_id in (None, old.license_id):
        return Room(old.generation)  # the same license again: the server knows it
    who = shown(identity_of(old))
    if replace_old == "refuse":
        raise ActivationExists(who, current=who)
    if replace_old == "deactivate":
        log.info("replacing %s: freeing its seat first", who)
        return Room(0, replaced=removal.deactivate(ctx, cancel))
    aside = ctx.store.move_aside(old, "replaced")
    log.warning("replacing %s without freeing its seat; kept in %s", who, aside)
    return Room(0, abandoned=Abandoned(old, aside))
