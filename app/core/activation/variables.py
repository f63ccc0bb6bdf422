"""Device variables: the vendor's (static, and from their hook) sent with an
activation, and those of the stored activation set or read on the server."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.store import StoredActivation
from activation_wizard.errors import ConfigError

from .context import Context, speaking_as
from .model import VariableValue, identity_of

if TYPE_CHECKING:
    from activation_wizard.core.api.models import DeviceVariable


def from_vendor(ctx: Context) -> dict[str, VariableValue]:
    """The vendor's device variables: static values, then the hook's."""
    out: dict[str, VariableValue] = dict(ctx.config.variables)
    spec = ctx.config.variables_hook
    if spec:
        module_name, _, name = spec.partition(":")
        try:
            hook = getattr(importlib.import_module(module_name), name)
            extra = hook()
        except Exception as exc:  # a vendor's code: any failure is a setup problem
            raise ConfigError(
                "device.variables_hook", f"{spec} failed ({type(exc).__name__})", "config"
            ) from None
        if not isinstance(extra, dict) or not all(
            isinstance(v, str | int | float | bool) for v in extra.values()
        ):
            raise ConfigError(
                "device.variables_hook", f"{spec} must return {{name: value}}", "config"
            )
        out.update({str(k): v for k, v in extra.items()})
    return out


def send(
    ctx: Context, values: Mapping[str, VariableValue], cancel: CancelToken = NEVER
) -> list[DeviceVariable]:
    """Set (overwrite) device variables of the stored activation on the server."""
    stored = ctx.store.load(ctx.device.hardware_id)
    identity = identity_of(stored)
    body = {**ctx.identity_query(identity), "variables": dict(values)}
    with speaking_as(identity.kind), ctx.client(cancel) as client:
        answer = client.track_device_variables(body)
    return _of_this_device(answer, stored)


def get(ctx: Context, cancel: CancelToken = NEVER) -> list[DeviceVariable]:
    stored = ctx.store.load(ctx.device.hardware_id)
    identity = identity_of(stored)
    with speaking_as(identity.kind), ctx.client(cancel) as client:
        answer = client.get_device_variables(ctx.identity_query(identity))
    return _of_this_device(answer, stored)


def _of_this_device(found: list[DeviceVariable], stored: StoredActivation) -> list[DeviceVariable]:
    """Variables name their device: it must be the one the stored license names."""
    from activation_wizard.core.api import binding

    binding.same_device([{"device_id": v.device_id} for v in found], stored.license.device_id)
    return found
