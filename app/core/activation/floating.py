"""Floating licenses (cloud): a seat is taken by a check, kept by checking again
within ``floating_timeout`` minutes, freed by a release or by silence; a borrowed
seat is held until its end without checks (offline).  Floating features likewise,
through their own endpoints."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from activation_wizard import i18n
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.store import StoredActivation
from activation_wizard.errors import FloatingNotAvailable, WizardError

from . import check
from .context import Context, log

if TYPE_CHECKING:
    from activation_wizard.core.api.models import Borrow, Feature


def take_seat(ctx: Context, cancel: CancelToken = NEVER) -> StoredActivation:
    """Take (or keep) this device's floating seat: an online check does it."""
    try:
        return check.check(ctx, cancel)
    except FloatingNotAvailable as exc:
        _count_seats(ctx, exc)
        raise


def check_without_a_seat(ctx: Context, cancel: CancelToken = NEVER) -> StoredActivation:
    """Check as the wizard and the CLI do: on a floating license the check takes a
    seat, which they do not use: it is given back at once (unless borrowed)."""
    stored = take_seat(ctx, cancel)  # a refusal names the number of seats
    info = stored.license
    if (info.is_floating_cloud or info.is_floating) and not info.is_borrowed:
        try:
            release_seat(ctx, cancel)
        except WizardError as exc:  # it frees itself after floating_timeout anyway
            log.info("the seat taken by the check was not given back: %s", exc)
    return stored


def return_borrowed(ctx: Context, cancel: CancelToken = NEVER) -> StoredActivation:
    """End this computer's borrow: the seat is freed, and the license checked again
    (seat given back) so the signed license no longer says it is borrowed."""
    release_seat(ctx, cancel)
    return check_without_a_seat(ctx, cancel)


def release_seat(ctx: Context, cancel: CancelToken = NEVER) -> None:
    """Free this device's floating seat (or end its borrow) at once."""
    with ctx.asking_about_stored(cancel) as (_, query, client):
        client.floating_release(query)


def borrow(
    ctx: Context, until: datetime, password: str = "", cancel: CancelToken = NEVER
) -> StoredActivation:
    """Hold the seat until ``until`` without checking in (the server bounds it by the
    license's ``max_borrow_time``); the license is checked again to keep the server's
    signed word on it (``is_borrowed``, ``borrowed_until``).  An account's license
    needs its password again (the docs ask borrows to sign in; it is never stored)."""
    with ctx.one_at_a_time(cancel), ctx.asking_about_stored(cancel) as (stored, query, client):
        body = {**query, "borrowed_until": _iso(until)}
        if password:
            body["password"] = password
        try:  # its answer is bound to the request; the check below keeps its end
            client.floating_borrow(body, stored.license.id)
        except FloatingNotAvailable as exc:
            _count_seats(ctx, exc)
            raise
    return check.check(ctx, cancel)


def check_feature(ctx: Context, code: str, cancel: CancelToken = NEVER) -> Feature:
    """Ask the server about one feature (a floating feature's slot is taken by it)."""
    with ctx.asking_about_stored(cancel) as (stored, query, client):
        return client.check_license_feature({**query, "feature": code}, stored.license.id)


def release_feature(ctx: Context, code: str, cancel: CancelToken = NEVER) -> None:
    with ctx.asking_about_stored(cancel) as (_, query, client):
        client.feature_release({**query, "feature": code})


def borrow_feature(ctx: Context, code: str, until: datetime, cancel: CancelToken = NEVER) -> Borrow:
    with ctx.asking_about_stored(cancel) as (stored, query, client):
        body = {**query, "feature": code, "borrowed_until": _iso(until)}
        return client.feature_borrow(body, stored.license.id)


def _count_seats(ctx: Context, exc: FloatingNotAvailable) -> None:
    """The refusal names no numbers: the stored license knows how many seats there are."""
    try:
        seats = ctx.stored_for_server().license.floating_users
    except WizardError:  # only words for the message: never a reason to fail otherwise
        seats = None
    if seats:
        exc.params["seats"] = i18n.translate(
            "messages", " The license has %n seat(s).", None, seats
        )


def _iso(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.astimezone()  # a naive time is the user's local time
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
