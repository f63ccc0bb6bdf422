"""Activate with no network and no file carried (license-api.md 7.1a): the device
shows a code to read out, the vendor's portal answers a confirmation code typed back,
and the policy file shipped with the program is the license kept."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

from activation_wizard.core import airgap
from activation_wizard.core.cancel import NEVER
from activation_wizard.errors import AirGapRefused, NotActivated, UserFileError

from . import online
from .context import Context
from .model import ActivationResult, Identity, identity_of, shown

log = logging.getLogger(__name__)


def configured(ctx: Context) -> None:
    if not ctx.config.airgap_public_key:
        raise AirGapRefused("not_configured")


def code(ctx: Context, license_key: str, initialization_code: str) -> str:
    """The activation code for this device and ``license_key`` (bare: show it with
    ``airgap.shown``)."""
    configured(ctx)
    try:
        return airgap.activation_code(initialization_code, ctx.device.hardware_id, license_key)
    except airgap.CodeRefused as exc:
        raise AirGapRefused(exc.reason) from None


def read_policy(path: Path) -> airgap.Policy:
    try:
        data = path.read_bytes()[: 1024 * 1024]
    except OSError as exc:
        raise UserFileError(exc.strerror or str(exc), path=str(path)) from exc
    try:
        return airgap.read_policy(data)
    except airgap.CodeRefused as exc:
        raise AirGapRefused(exc.reason) from None


def activate(
    ctx: Context, license_key: str, policy_file: Path, confirmation: str
) -> ActivationResult:
    """Keep the policy as this device's license once the vendor's confirmation code
    for this device, key and policy holds."""
    configured(ctx)
    policy = read_policy(policy_file)
    try:
        typed = airgap.typed(confirmation, checks=ctx.config.airgap_check_characters)
    except airgap.CodeRefused as exc:
        raise AirGapRefused(exc.reason, group=exc.group) from None
    hardware_id = ctx.device.hardware_id
    if not _confirmed(ctx, typed, hardware_id, license_key, policy.id):
        raise AirGapRefused("signature")
    config = ctx.config
    body = airgap.license_body(
        policy, config.product, config.product_name, hardware_id, license_key
    )
    if body["product_details"].get("short_code") != config.product:
        raise AirGapRefused("other_product")
    stored = ctx.new_activation(
        "license_key",
        license_key,
        json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode(),
        typed,
        None,
        offline=True,
    )
    stored = replace(stored, airgap=True)
    base = online.make_room(ctx, Identity("license_key", license_key), "refuse", NEVER)
    stored = ctx.store.save(stored, expect=base)
    log.info("activated air-gapped (policy %s)", policy.id)
    return ActivationResult(stored)


def _confirmed(ctx: Context, code: str, hardware_id: str, key: str, policy_id: str) -> bool:
    try:
        return airgap.confirmation_ok(
            code, ctx.config.airgap_public_key, hardware_id, key, policy_id
        )
    except ValueError:  # the configured key is not a P-256 point
        raise AirGapRefused("not_configured") from None


def deactivate(ctx: Context, initialization_code: str) -> str:
    """The deactivation code to read out to the portal; the activation here is removed
    (the seat is freed when the portal takes the code), as an offline deactivation."""
    stored = ctx.stored_for_server()
    if not stored.airgap:
        raise NotActivated("no air-gapped activation here")
    made = code(ctx, stored.identity, initialization_code)
    ctx.store.delete()
    log.info("air-gapped deactivation code made for %s", shown(identity_of(stored)))
    return made
