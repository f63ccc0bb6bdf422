"""Deactivating online: free this device's seat, then forget the activation here.

Journaled like an activation: an answer that never comes is finished by
``reconcile``.  The server's "no such device" is unsigned, so it removes the
activation only as a recoverable copy, and nobody is told the seat is free."""

from __future__ import annotations

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.journal import Pending
from activation_wizard.core.store import StoredActivation
from activation_wizard.errors import (
    AirGapRefused,
    DeviceNotFound,
    ProtocolError,
    RateLimited,
    ServerError,
    ServerRejected,
)

from .context import Context, log, logged, may_have_acted, speaking_as
from .model import Deactivated, identity_of, shown


def deactivate(ctx: Context, cancel: CancelToken = NEVER) -> Deactivated:
    """Free this device's seat, then forget the activation locally; says what was
    deactivated and whether the server confirmed it."""
    with logged("deactivation"), ctx.one_at_a_time(cancel):
        return _deactivate(ctx, cancel)


def _deactivate(ctx: Context, cancel: CancelToken) -> Deactivated:
    # Deactivating must work for a disabled or expired license too: it frees a seat.
    stored = ctx.stored_for_server()
    if stored.airgap:  # freed by a code read out to the portal: airgapped.deactivate
        raise AirGapRefused("offline_only")
    identity = identity_of(stored)
    _settle_usage(ctx, stored, cancel)
    # What follows the server's yes must work: the activation is removed here.
    ctx.preflight()
    ctx.journal.record(
        Pending(
            "deactivate",
            identity.kind,
            identity.value,
            ctx.device.hardware_id,
            ctx.clock(),
            identity.license_id,
            server=ctx.config.api_url,
        )
    )
    try:
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            client.deactivate_license(ctx.identity_query(identity))
    except DeviceNotFound:
        # "No such device" is unsigned: anyone between here and the server can say it.
        # The activation goes, but a copy stays, and no one is told the seat is free.
        kept = ctx.store.move_aside(stored, "not-on-server")
        ctx.journal.clear()
        return Deactivated(stored, confirmed=False, kept=kept)
    except (ServerRejected, RateLimited):
        ctx.journal.clear()  # a definite no (or not now): the seat is still counted
        raise
    except ServerError as exc:
        if not may_have_acted(exc):
            ctx.journal.clear()
        raise
    # Cancelled, NetworkError: the answer never came; reconcile finishes it later.
    ctx.store.delete()
    ctx.journal.clear()
    log.info("deactivated %s; local activation removed", shown(identity))
    return Deactivated(stored)


def _settle_usage(ctx: Context, stored: StoredActivation, cancel: CancelToken) -> None:
    """Before the seat goes: uses counted here reach the server (a vendor bills them),
    and a floating or borrowed seat is freed (else it stays taken until it times out
    or its borrow ends)."""
    from . import consumption, floating

    for feature in consumption.pending(ctx):
        consumption.sync(ctx, feature, cancel)
    info = stored.license
    if info.is_floating_cloud or info.is_floating or info.is_borrowed:
        try:
            floating.release_seat(ctx, cancel)
        except (ServerRejected, ProtocolError) as exc:  # no seat held: nothing to free
            log.info("no floating seat to release before deactivating: %s", exc)
