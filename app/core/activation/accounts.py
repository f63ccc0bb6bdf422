"""User-based licenses: the account's licenses of this product, the one to
activate, and the account's password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.errors import NoUsableLicense

from .context import Context, log, speaking_as
from .model import Identity

if TYPE_CHECKING:
    from activation_wizard.core.api.models import UserLicense


def licenses(ctx: Context, identity: Identity, cancel: CancelToken = NEVER) -> list[UserLicense]:
    """The account's licenses of this product (signs in with the password)."""
    log.info("listing licenses of %s", identity.value)
    query = {"product": ctx.config.product, **identity.request_fields(True)}
    query.pop("license_id", None)
    with speaking_as(identity.kind), ctx.client(cancel) as client:
        return client.user_licenses(query)


def choose(licenses: list[UserLicense]) -> UserLicense | None:
    """The one usable license when there is exactly one; None when the user must
    pick; ``NoUsableLicense`` when none can be activated."""
    usable = [entry for entry in licenses if entry.license.usable]
    if not usable:
        reasons = sorted({e.license.unusable_reason for e in licenses}) or ["no licenses"]
        raise NoUsableLicense(", ".join(reasons))
    return usable[0] if len(usable) == 1 else None


def change_password(
    ctx: Context, username: str, password: str, new_password: str, cancel: CancelToken = NEVER
) -> None:
    log.info("changing the password of %s", username)
    body = {"username": username, "password": password, "new_password": new_password}
    with speaking_as("user"), ctx.client(cancel) as client:
        client.change_password(body)
