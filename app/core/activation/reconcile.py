"""Settling a request whose answer never arrived (cancel, lost connection, timeout,
a gateway's 502/503/504, a crash): the journal says what was asked, the server says
what happened, and what the user asked is finished (or, after a Cancel, undone)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.journal import Pending
from activation_wizard.errors import (
    ActivationInvalid,
    DeviceNotFound,
    LicenseNotActive,
    LicenseNotFound,
    NotActivated,
)
from activation_wizard.i18n import QT_TRANSLATE_NOOP

from . import signin
from .context import Context, log, speaking_as
from .model import ActivationResult, Identity, shown

if TYPE_CHECKING:
    from activation_wizard.core.store import StoredActivation

# What reconcile says it did (shown on the wizard's page and by the CLI).
SETTLE = {
    "sign_in_later": QT_TRANSLATE_NOOP(
        "reconcile",
        "An interrupted sign-in with the organisation {who} is checked with the license "
        "server the next time you sign in with it.",
    ),
    "not_yet": QT_TRANSLATE_NOOP(
        "reconcile",
        "The interrupted activation of {who} has not reached the server so far. It is "
        "checked again the next time this program starts.",
    ),
    "never_arrived": QT_TRANSLATE_NOOP(
        "reconcile",
        "The interrupted activation of {who} had not reached the server: no seat was used.",
    ),
    "undone": QT_TRANSLATE_NOOP(
        "reconcile",
        "The activation of {who} you cancelled had reached the server; its seat was freed again.",
    ),
    "kept": QT_TRANSLATE_NOOP(
        "reconcile",
        "An interrupted activation of {who} had reached the server; it is now saved on this "
        "computer.",
    ),
    "kept_elsewhere": QT_TRANSLATE_NOOP(
        "reconcile",
        "An interrupted activation of {who} had reached the server, but another license is "
        "active here; release that seat in the vendor's customer portal.",
    ),
    "deactivated": QT_TRANSLATE_NOOP(
        "reconcile",
        "The interrupted deactivation of {who} is finished: its seat is free and the "
        "activation is removed from this computer.",
    ),
    "deactivation_undone": QT_TRANSLATE_NOOP(
        "reconcile",
        "The deactivation of {who} you cancelled had not reached the server; this computer "
        "stays activated.",
    ),
}


def _said(text: str, **params: str) -> str:
    from activation_wizard.i18n import translate

    return translate("reconcile", text).format(**params)


def settle_after(ctx: Context) -> float:
    """How long a request may still be acted on after it was sent (a cancelled one
    too: the server does not notice that nobody waits for its answer)."""
    return max(120.0, 2 * (ctx.config.connect_timeout + ctx.config.read_timeout))


def pending(ctx: Context) -> Pending | None:
    """A request whose answer never arrived, if any (see ``reconcile``)."""
    found = ctx.journal.read()
    if found is not None and found.hardware_id != ctx.device.hardware_id:
        ctx.journal.clear()  # another device's (a copied folder): not ours to settle
        return None
    if found is not None and found.server not in ("", ctx.config.api_url):
        return None  # another License API's (the settings changed): only it can say
    return found


def reconcile(ctx: Context, cancel: CancelToken = NEVER) -> str:
    """Settle a request whose answer never arrived: ask the server, then finish
    what the user asked (keep the activation here, or finish removing it) or take
    it back (after a Cancel). Returns what was done, in words (translated); ""
    when there was nothing to do."""
    with ctx.one_at_a_time(cancel):
        return settle(ctx, cancel)


def settle(ctx: Context, cancel: CancelToken) -> str:
    """``reconcile``, the seat lock held already."""
    entry = pending(ctx)
    if entry is None:
        return ""
    if entry.op == "deactivate":
        return _settle_deactivation(ctx, entry, cancel)
    identity = Identity(entry.kind, entry.identity, license_id=entry.license_id)
    if not entry.identity:  # single sign-on before the server named the account
        email = signin.emails(ctx).get(entry.account, "")
        if not email:  # only a sign-in can name it: the next one settles this
            log.info("reconcile: an interrupted sign-in waits for the next sign-in")
            return _said(SETTLE["sign_in_later"], who=entry.account)
        identity = Identity("user", email, license_id=entry.license_id)
    who = shown(identity)
    try:
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            signed = client.check_license(ctx.identity_query(identity))
    except (DeviceNotFound, LicenseNotActive, LicenseNotFound):
        if ctx.clock() - entry.started < settle_after(ctx):
            # A slow server may still be working on it: look again later.
            log.info("reconcile %s: not on the server yet; kept for later", who)
            return _said(SETTLE["not_yet"], who=who)
        ctx.journal.clear()
        log.info("reconciled %s: the server has no seat for this device", who)
        return _said(SETTLE["never_arrived"], who=who)
    current = _current(ctx)
    same = current is not None and (current.kind, current.identity) == (
        identity.kind,
        identity.value,
    )
    if entry.intent == "undo":
        if same:  # the seat belongs to the activation kept here: never undo that
            ctx.journal.clear()
            return ""
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            client.deactivate_license(ctx.identity_query(identity))
        ctx.journal.clear()
        log.info("reconciled %s: cancelled activation undone, seat freed", who)
        return _said(SETTLE["undone"], who=who)
    if current is None:
        ctx.store.save(
            ctx.new_activation(
                identity.kind,
                identity.value,
                signed.body,
                signed.signature,
                identity.license_id,
                server_time=signed.date,
            )
        )
        ctx.journal.clear()
        log.info("reconciled %s: the activation had reached the server; stored", who)
        return _said(SETTLE["kept"], who=who)
    ctx.journal.clear()  # another activation is kept here; the server's seat stays
    if same:
        return ""
    log.warning("reconciled %s: activated on the server, but another license is kept", who)
    return _said(SETTLE["kept_elsewhere"], who=who)


def _current(ctx: Context) -> StoredActivation | None:
    try:
        return ctx.stored_for_server()
    except (NotActivated, ActivationInvalid):
        return None


def _settle_deactivation(ctx: Context, entry: Pending, cancel: CancelToken) -> str:
    """A deactivation whose answer never arrived: finish it (or, cancelled, leave
    the activation as it is), so the device and the server agree."""
    identity = Identity(entry.kind, entry.identity, license_id=entry.license_id)
    who = shown(identity)
    query = ctx.identity_query(identity)
    try:
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            client.check_license(query)
            if entry.intent == "undo":
                ctx.journal.clear()
                return _said(SETTLE["deactivation_undone"], who=who)
            client.deactivate_license(query)  # what the user asked: finished now
    except (DeviceNotFound, LicenseNotActive, LicenseNotFound):
        pass  # the seat is free: the deactivation had reached the server
    _forget_here(ctx, identity)
    ctx.journal.clear()
    log.info("reconciled the deactivation of %s: seat free, removed here", who)
    return _said(SETTLE["deactivated"], who=who)


def _forget_here(ctx: Context, identity: Identity) -> None:
    """The local activation of ``identity`` goes, if it is still here (a copy is
    kept: the server's "no such device" is unsigned)."""
    stored = _current(ctx)
    if stored is not None and (stored.kind, stored.identity) == (identity.kind, identity.value):
        ctx.store.move_aside(stored, "deactivated")


def settle_before(ctx: Context, identity: Identity, cancel: CancelToken) -> ActivationResult | None:
    """Whatever an earlier, interrupted request left pending is settled before a new
    one is sent (the journal holds one entry).  A sign-in settles an earlier sign-in
    of its organisation whose answer was lost: returns that activation if it had
    reached the server."""
    entry = pending(ctx)
    if entry is None:
        return None
    grant = identity.grant
    unnamed = entry.op == "activate" and entry.kind == "sso" and not entry.identity
    if unnamed and grant is not None and entry.account == grant.customer_account_code:
        return signin.settle_sign_in(ctx, entry, identity, cancel)
    if entry.op == "activate":
        if (entry.kind, entry.identity) == (identity.kind, identity.value):
            return None  # the same activation again: a 409 recovers it
        # The user moved on to another license: the earlier one, if it reached the
        # server, is given back rather than kept.
        ctx.journal.set_intent("undo")
    settle(ctx, cancel)  # a deactivation is finished first
    return None
