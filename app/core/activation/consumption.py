"""Consumption: uses counted on the server, never twice and never lost.

A use is written to the ledger (``consumption.json`` beside the activation) before
anything is sent, so a crash loses nothing; what is sent is marked in flight with
the total the server last reported.  An answer that never came is settled by the
next sync: a check reads the total, and the uses count as sent when it moved by
them, else they are sent again.  (Another device consuming the same license in
that very moment can make a lost use look counted: it is then never counted twice,
which is the side a vendor's bill must err on.)
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.store import StoredActivation
from activation_wizard.core.store.document import write_atomic
from activation_wizard.errors import (
    AnswerLost,
    Cancelled,
    GatewayFailed,
    InvalidLicenseFeatureCode,
    LedgerDamaged,
    NegativeConsumptionsNotAllowed,
    NetworkError,
    RateLimited,
    RequestTimeout,
    ServerError,
    ServerRejected,
    StorageError,
    UsageError,
    UserFileError,
    UsesKept,
    WizardError,
)
from activation_wizard.i18n import translate

from . import check
from .context import Context, log, speaking_as
from .model import identity_of

LEDGER_NAME = "consumption.json"
LICENSE = ""  # the ledger's name for the license's own count (features go by code)
MOST = 10**9  # a count beyond this is a typo, not a use


@dataclass
class Count:
    unsent: int = 0
    in_flight: int = 0
    before: int | None = None  # the server's total when the in-flight uses were sent
    total: int | None = None  # the server's total at its last answer


@dataclass
class Ledger:
    path: Path
    owner: str  # the activation whose uses these are: another one's are never sent
    counts: dict[str, Count] = field(default_factory=dict)

    @classmethod
    def open(cls, folder: Path, owner: str) -> Ledger:
        """The ledger of ``owner``.  One written by hand (or damaged) is refused with
        a way out, never trusted: what it says is billed."""
        path = folder / LEDGER_NAME
        if not path.exists() and not path.is_symlink():
            return cls(path, owner)
        from activation_wizard.core.userfiles import read_limited

        try:
            data = json.loads(read_limited(path, 64 * 1024))
            if data.get("owner") != owner:
                log.warning("uses counted for another activation dropped: %s", data.get("counts"))
                return cls(path, owner)
            counts = {_code(k): _count(v) for k, v in data["counts"].items()}
        except (UserFileError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
            raise LedgerDamaged(
                f"{path}: not a ledger this program wrote", path=str(path)
            ) from None
        return cls(path, owner, counts)

    def count(self, feature: str) -> Count:
        return self.counts.setdefault(feature, Count())

    def save(self) -> None:
        data = {"owner": self.owner, "counts": {k: vars(c) for k, c in self.counts.items()}}
        try:
            write_atomic(self.path, json.dumps(data).encode())
        except OSError as exc:
            raise StorageError(exc.strerror or str(exc), path=str(self.path)) from exc
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)


def _whole(value: Any, bound: int = MOST) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > bound:
        raise ValueError(value)
    return value


def _count(raw: Any) -> Count:
    def known(name: str) -> int | None:
        value = raw.get(name)
        return None if value is None else _whole(value, 10 * MOST)

    return Count(
        _whole(raw.get("unsent", 0)),
        _whole(raw.get("in_flight", 0)),
        known("before"),
        known("total"),
    )


def _code(feature: Any) -> str:
    if not isinstance(feature, str) or len(feature) > 200:
        raise ValueError(feature)
    return feature


def _owner(stored: StoredActivation) -> str:
    return f"{stored.product}:{stored.kind}:{stored.identity}:{stored.license_id or ''}"


def consume(ctx: Context, amount: int, feature: str = LICENSE, cancel: CancelToken = NEVER) -> int:
    """Count ``amount`` uses (negative: give back, where the license allows) and send
    them; the server's new total.  Kept on this computer if the server cannot be
    reached (``UsesKept``: sent with the next count or check); a refusal takes them
    back."""
    if isinstance(amount, bool) or not isinstance(amount, int) or not 0 < abs(amount) <= MOST:
        raise UsageError("consumptions", f"a whole number from 1 to {MOST}, or down to -{MOST}")
    with ctx.one_at_a_time(cancel):
        stored = ctx.stored_for_server()  # nothing is counted for no activation
        _counts_uses(stored, feature)
        if amount < 0 and not _may_give_back(stored, feature):
            raise NegativeConsumptionsNotAllowed(
                400, "negative_consumptions_not_allowed", "refused before sending"
            )
        ledger = Ledger.open(ctx.folder, _owner(stored))
        ledger.count(feature).unsent += amount
        ledger.save()  # before anything is sent: a crash now loses nothing
        return _sync(ctx, ledger, feature, stored, cancel)


def sync(ctx: Context, feature: str = LICENSE, cancel: CancelToken = NEVER) -> int | None:
    """Send the uses not yet counted (after a crash, a lost answer, no network)."""
    with ctx.one_at_a_time(cancel):
        stored = ctx.stored_for_server()
        ledger = Ledger.open(ctx.folder, _owner(stored))
        if feature not in ledger.counts:
            return None
        return _sync(ctx, ledger, feature, stored, cancel)


def pending(ctx: Context, stored: StoredActivation | None = None) -> dict[str, int]:
    """Uses counted here and not yet confirmed by the server, per feature (for
    ``stored``, if given: the keyring is not read again)."""
    if stored is None:
        try:
            stored = ctx.stored_for_server()
        except WizardError:
            return {}
    counts = Ledger.open(ctx.folder, _owner(stored)).counts
    return {k: c.unsent + c.in_flight for k, c in counts.items() if c.unsent + c.in_flight}


def waiting_words(ctx: Context, stored: StoredActivation | None = None) -> str:
    """Uses not yet confirmed, for the status ("" for none).  A ledger that cannot be
    read is said there: it must not keep the status from showing.  (The wizard passes
    the activation it shows: a keyring read on its GUI thread stalls the window.)"""
    from activation_wizard.core.summary import unsent_text

    try:
        return unsent_text(pending(ctx, stored))
    except LedgerDamaged as exc:
        from activation_wizard.messages import describe

        return describe(exc).what


def _counts_uses(stored: StoredActivation, feature: str) -> None:
    """A feature's uses are counted only for a consumption feature of this license
    (said here, in the user's words, not as the server's validation error)."""
    if not feature:
        return
    found = next((f for f in stored.license.product_features if f.code == feature), None)
    if found is None:
        raise InvalidLicenseFeatureCode(400, "invalid_license_feature_code", feature)
    if found.feature_type not in (None, "consumption"):
        raise UsageError(
            "--feature",
            translate("messages", "this feature does not count uses"),
        )


def _may_give_back(stored: StoredActivation, feature: str) -> bool:
    info = stored.license
    if not feature:
        return info.allow_negative_consumptions
    found = next((f for f in info.product_features if f.code == feature), None)
    return found is None or bool(found.extra.get("allow_negative_consumptions", True))


def _sync(
    ctx: Context, ledger: Ledger, feature: str, stored: StoredActivation, cancel: CancelToken
) -> int:
    count = ledger.count(feature)
    try:
        if count.in_flight:
            _settle(ctx, ledger, feature, cancel)
        if not count.unsent:
            return count.total if count.total is not None else _server_total(ctx, feature)
        return _send(ctx, ledger, feature, stored, cancel)
    except (NetworkError, ServerError, RateLimited, Cancelled) as exc:
        waiting = count.unsent + count.in_flight
        raise UsesKept(waiting, exc) from exc


def _send(
    ctx: Context, ledger: Ledger, feature: str, stored: StoredActivation, cancel: CancelToken
) -> int:
    count = ledger.count(feature)
    identity = identity_of(stored)
    body: dict[str, Any] = {**ctx.identity_query(identity), "consumptions": count.unsent}
    if feature:
        body["feature"] = feature
    count.in_flight, count.unsent = count.unsent, 0
    count.before = count.total if count.total is not None else _stored_total(stored, feature)
    ledger.save()
    try:
        with speaking_as(identity.kind), ctx.client(cancel) as client:
            answer = client.add_consumption(body, stored.license.id)
    except ServerRejected:
        count.in_flight, count.before = 0, None  # a definite no: nothing was counted
        ledger.save()
        raise
    except (AnswerLost, RequestTimeout, GatewayFailed, Cancelled):
        raise  # it may have been counted: the next sync settles it
    except WizardError:
        count.unsent, count.in_flight, count.before = count.in_flight, 0, None  # not sent
        ledger.save()
        raise
    count.in_flight, count.before, count.total = 0, None, answer.total_consumptions
    ledger.save()
    return answer.total_consumptions


def _settle(ctx: Context, ledger: Ledger, feature: str, cancel: CancelToken) -> None:
    """Uses sent without an answer: counted if the server's total moved by them."""
    count = ledger.count(feature)
    total = _server_total(ctx, feature, cancel)
    before = count.before if count.before is not None else total
    moved = total - before
    counted = moved >= count.in_flight if count.in_flight > 0 else moved <= count.in_flight
    if not counted:
        count.unsent += count.in_flight
    count.in_flight, count.before, count.total = 0, None, total
    ledger.save()


def _server_total(ctx: Context, feature: str, cancel: CancelToken = NEVER) -> int:
    return _stored_total(check.check(ctx, cancel), feature)


def _stored_total(stored: Any, feature: str) -> int:
    info = stored.license
    if not feature:
        return info.total_consumptions or 0
    for f in info.product_features:
        if f.code == feature:
            return f.total_consumptions or 0
    return 0
