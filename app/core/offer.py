"""What the welcome page offers before the server answers: the product's facts as
last verified (``remembered``), and the ways to activate.  Light on purpose: the
first frame imports it, not the use cases (``core.activation``)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from activation_wizard.config import Config
    from activation_wizard.core.api.models import Product

PRODUCT_CACHE = "product.json"  # in the product's data folder (core.datadir)


@dataclass(frozen=True)
class ProductHint:
    """The product facts the welcome page needs, as last verified (see
    ``remembered``): the same names as ``Product``'s."""

    product_name: str | None
    authorization_method: str | None
    allow_trial: bool
    trial_days: int | None

    @property
    def user_based(self) -> bool:
        return (self.authorization_method or "").replace("_", "-") == "user"


def remembered(config: Config, folder: Path) -> ProductHint | None:
    """What the last product details said (kept verified), read without verifying
    again: cheap enough for the first frame, so the welcome page offers from the
    start what the product allows, and its name.  ``product.details`` verifies it
    before anything depends on it."""
    try:
        text = (folder / PRODUCT_CACHE).read_text("utf-8")
    except OSError:  # (none yet: the usual first start, without loading json for it)
        return None
    import json

    try:
        record = json.loads(text)
        body = json.loads(base64.b64decode(record["body"], validate=True))
    except (ValueError, KeyError, TypeError, RecursionError):
        return None
    if not isinstance(body, dict) or body.get("short_code") != config.product:
        return None
    product_name, method = body.get("product_name"), body.get("authorization_method")
    trial_days = body.get("trial_days")
    return ProductHint(
        product_name=product_name if isinstance(product_name, str) else None,
        authorization_method=method if isinstance(method, str) else None,
        allow_trial=body.get("allow_trial") is True,
        trial_days=trial_days if isinstance(trial_days, int) else None,
    )


def methods_known(config: Config, product: Product | ProductHint | None) -> bool:
    """Whether the choices can be offered before the server answers: fixed by the
    vendor, remembered from the last answer, or stated in the config."""
    return bool(config.methods or product is not None or config.authorization_method)


def offered_methods(config: Config, product: Product | ProductHint | None) -> list[str]:
    """The ways to activate the welcome page offers, best first.

    The vendor's ``ui.methods`` decides when set; otherwise the product's
    settings from the server, else the fallback facts in the config."""
    if config.methods:
        return list(config.methods)
    method = product.authorization_method if product else config.authorization_method
    user_based = (method or "").replace("_", "-") == "user"
    trial = product.allow_trial if product else config.allow_trial
    out = {"": ["license_key", "user"], "user": ["user"]}.get(  # unknown: offer both
        "user" if user_based else method or "", ["license_key"]
    )
    if config.sso_enabled and "user" in out:  # SSO is for user-based licenses only
        out.insert(out.index("user") + 1, "sso")
    if trial:
        out.append("trial")
    return out
