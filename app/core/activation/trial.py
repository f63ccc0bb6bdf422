"""A free trial (``GET /trial_key``): this device's trial license (the same one
again on a second request), activated and stored like any license."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.errors import ProtocolError, TrialNeedsPassword

from . import online
from .context import Context, log, speaking_as
from .model import ActivationResult, Identity, NewAccount, TrialRequest


def start(
    ctx: Context, request: TrialRequest, cancel: CancelToken = NEVER, replace_old: str = "refuse"
) -> ActivationResult:
    query: dict[str, Any] = {
        "product": ctx.config.product,
        "hardware_id": ctx.device.hardware_id,
    }
    if request.user_based or request.email:
        query["email"] = request.email
    query.update({k: v for k, v in request.fields.items() if v})
    if ctx.config.trial_license_policy:
        query["license_policy"] = ctx.config.trial_license_policy
    log.info("requesting a trial of %s", ctx.config.product)
    with speaking_as("trial"), ctx.client(cancel) as client:
        trial = client.trial_key(query)
    if trial.key:
        return online.activate(ctx, Identity("license_key", trial.key), cancel, replace_old)
    username = trial.username or request.email
    if not username:
        raise ProtocolError("the trial answer names neither a key nor a user")
    if not trial.initial_password:
        # The trial existed already: the server does not send its password again.
        raise TrialNeedsPassword(email=username)
    account = Identity("user", username, trial.initial_password)
    result = online.activate(ctx, account, cancel, replace_old)
    return replace(result, new_account=NewAccount(username, trial.initial_password))
