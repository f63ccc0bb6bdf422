"""The product's versions and their installation files: is there a newer one?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken

from .context import Context

if TYPE_CHECKING:
    from activation_wizard.core.api.models import InstallationFile


def versions(
    ctx: Context, env: str = "", channel: str = "", cancel: CancelToken = NEVER
) -> list[str]:
    """Every version of the product the server offers this license, oldest first."""
    with ctx.asking_about_stored(cancel) as (_, query, client):
        return client.versions({**query, "env": env or None, "channel": channel or None})


def installation_file(
    ctx: Context,
    version: str = "",
    env: str = "",
    channel: str = "",
    cancel: CancelToken = NEVER,
) -> InstallationFile:
    """Where to download ``version`` (default: the latest)."""
    with ctx.asking_about_stored(cancel) as (_, query, client):
        wanted = {"version": version or None, "env": env or None, "channel": channel or None}
        return client.installation_file({**query, **wanted})
