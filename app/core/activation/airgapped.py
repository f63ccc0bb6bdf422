"""Activate with no network and no file carried (license-api.md 7.1a): the device
shows a code to read out, the vendor's portal answers a confirmation code typed back,
and the policy file shipped with the program is the license kept."""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from activation_wizard.core import airgap
from activation_wizard.core.cancel import NEVER
from activation_wizard.core.datadir import product_dir
from activation_wizard.core.store.document import write_atomic
from activation_wizard.core.userfiles import read_limited
from activation_wizard.errors import AirGapRefused

from . import online
from .context import Context
from .model import ActivationResult, Identity, identity_of, shown

log = logging.getLogger(__name__)
# Beside the activation: which initialization code each key's code was made with, and
# the confirmations whose seat was given back (a deactivation does not make the old
# confirmation invalid in the protocol: it is refused here).
MEMORY = "airgap.json"


def configured(ctx: Context) -> None:
    if not ctx.config.airgap_public_key:
        raise AirGapRefused("not_configured")
    try:
        airgap.check_public_key(ctx.config.airgap_public_key)
    except ValueError:
        raise AirGapRefused("bad_key") from None  # before a code is read out: no seat spent


def code(ctx: Context, license_key: str, initialization_code: str) -> str:
    """The activation code for this device and ``license_key`` (bare: show it with
    ``airgap.shown``)."""
    configured(ctx)
    try:
        made = airgap.activation_code(initialization_code, ctx.device.hardware_id, license_key)
        fingerprint = airgap.initialization_fingerprint(initialization_code)
    except airgap.CodeRefused as exc:
        raise AirGapRefused(exc.reason) from None
    memory = _memory(ctx)
    memory.setdefault("initialization", {})[license_key] = fingerprint
    _keep(ctx, memory)
    return made


def read_policy(path: Path) -> airgap.Policy:
    try:
        return airgap.read_policy(read_limited(path))
    except airgap.CodeRefused as exc:
        raise AirGapRefused(exc.reason) from None


def activate(
    ctx: Context, license_key: str, policy_file: Path, confirmation: str
) -> ActivationResult:
    """Keep the policy as this device's license once the vendor's confirmation code
    for this device, key and policy holds; checked whole before anything is kept."""
    from activation_wizard.core.api.models import SignedLicense
    from activation_wizard.core.api.typed_json import ShapeError

    configured(ctx)
    policy = read_policy(policy_file)
    try:
        typed = airgap.typed(confirmation, checks=ctx.config.airgap_check_characters)
    except airgap.CodeRefused as exc:
        raise AirGapRefused(exc.reason, group=exc.group) from None
    memory = _memory(ctx)
    if _digest(typed) in memory.get("given_back", []):
        raise AirGapRefused("given_back")
    hardware_id = ctx.device.hardware_id
    if not airgap.confirmation_ok(
        typed, ctx.config.airgap_public_key, hardware_id, license_key, policy.id
    ):
        raise AirGapRefused("signature")
    config = ctx.config
    name = config.product_name
    body = airgap.license_body(policy, config.product, name, hardware_id, license_key)
    if body["product_details"].get("short_code") != config.product:
        raise AirGapRefused("other_product")
    made_with = memory.get("initialization", {}).get(license_key)
    if made_with:
        body["initialization"] = made_with
    raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    try:
        SignedLicense.parse(raw, typed)  # every field readable, or nothing is kept
    except ShapeError:
        raise AirGapRefused("policy") from None
    stored = replace(
        ctx.new_activation("license_key", license_key, raw, typed, None, offline=True),
        airgap=True,
    )
    ctx.store.verify(stored, hardware_id)  # as every load will: expired, clock, binding
    base = online.make_room(ctx, Identity("license_key", license_key), "refuse", NEVER)
    stored = ctx.store.save(stored, expect=base)
    log.info("activated air-gapped (policy %s)", policy.id)
    return ActivationResult(stored)


def deactivate(ctx: Context, initialization_code: str) -> str:
    """The deactivation code to read out to the portal; the activation here is removed
    (the seat is freed when the portal takes the code), as an offline deactivation.
    The initialization code must be the one the activation was made with: another
    one's code would be refused by the portal after the activation was gone."""
    stored = ctx.stored_for_server()
    if not stored.airgap:
        raise AirGapRefused("not_air_gapped")
    body: dict[str, Any] = json.loads(stored.license_body)
    try:
        fingerprint = airgap.initialization_fingerprint(initialization_code)
    except airgap.CodeRefused as exc:
        raise AirGapRefused(exc.reason) from None
    if body.get("initialization") not in (None, fingerprint):
        raise AirGapRefused("initialization_other")
    made = code(ctx, stored.identity, initialization_code)
    memory = _memory(ctx)
    memory.setdefault("given_back", []).append(_digest(stored.license_signature))
    _keep(ctx, memory)
    ctx.store.delete()
    log.info("air-gapped deactivation code made for %s", shown(identity_of(stored)))
    return made


def _digest(confirmation: str) -> str:
    import hashlib  # here: it loads OpenSSL's libcrypto, which start-up does not need

    return hashlib.sha256(confirmation.encode()).hexdigest()[:32]


def _memory(ctx: Context) -> dict[str, Any]:
    try:
        data = json.loads((product_dir(ctx.config) / MEMORY).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        data = {}
    data = data if isinstance(data, dict) else {}
    made = data.get("initialization")
    given = data.get("given_back")
    return {
        "initialization": made if isinstance(made, dict) else {},
        "given_back": [g for g in given if isinstance(g, str)] if isinstance(given, list) else [],
    }


def _keep(ctx: Context, memory: dict[str, Any]) -> None:
    with contextlib.suppress(OSError):  # a help against mistakes, not a lock
        write_atomic(product_dir(ctx.config) / MEMORY, json.dumps(memory).encode())
