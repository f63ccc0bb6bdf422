"""The product's versions and their installation files: is there a newer one?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken

from .context import Context, speaking_as
from .model import identity_of

if TYPE_CHECKING:
    from activation_wizard.core.api.models import InstallationFile


def versions(
    ctx: Context, env: str = "", channel: str = "", cancel: CancelToken = NEVER
) -> list[str]:
    """Every version of the product the server offers this license, oldest first."""
    stored = ctx.stored_for_server()
    identity = identity_of(stored)
    query = {**ctx.identity_query(identity), "env": env or None, "channel": channel or None}
    with speaking_as(identity.kind), ctx.client(cancel) as client:
        return client.versions(query)


def installation_file(
    ctx: Context,
    version: str = "",
    env: str = "",
    channel: str = "",
    cancel: CancelToken = NEVER,
) -> InstallationFile:
    """Where to download ``version`` (default: the latest)."""
    stored = ctx.stored_for_server()
    identity = identity_of(stored)
    query = {
        **ctx.identity_query(identity),
        "version": version or None,
        "env": env or None,
        "channel": channel or None,
    }
    with speaking_as(identity.kind), ctx.client(cancel) as client:
        return client.installation_file(query)
