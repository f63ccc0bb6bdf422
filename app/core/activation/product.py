"""The product's settings (``GET /product_details``): its name and the ways to
activate it the welcome page offers.  The last verified answer is cached, so the
next start offers the right choices, and the product's name, from the first frame."""

from __future__ import annotations

import base64
import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard.config import Config
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.errors import WizardError

from .context import Context

if TYPE_CHECKING:
    from activation_wizard.core.api.models import Product

PRODUCT_CACHE = "product.json"


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


def details(ctx: Context, cancel: CancelToken = NEVER) -> tuple[Product, bool]:
    """The product's settings from the server, else the last verified copy.

    Returns (product, from_cache); raises the server's error when there is
    no copy to fall back on."""
    cache = ctx.folder / PRODUCT_CACHE
    try:
        with ctx.client(cancel) as client:
            product, body, signature = client.product_details({"product": ctx.config.product})
    except WizardError:
        cached = _cached(ctx, cache)
        if cached is None:
            raise
        return cached, True
    with contextlib.suppress(OSError):  # a cache: never worth failing for
        cache.parent.mkdir(parents=True, exist_ok=True)
        record = {"body": base64.b64encode(body).decode(), "signature": signature}
        cache.write_text(json.dumps(record), encoding="utf-8")
    return product, False


def name(ctx: Context) -> str:
    """The vendor's name for the product; without one, the License API's (as last
    verified), never the short code users never saw."""
    if ctx.config.product_name != ctx.config.product:
        return ctx.config.product_name
    hint = remembered(ctx)
    return (hint.product_name if hint else None) or ctx.config.product_name


def remembered(ctx: Context) -> ProductHint | None:
    """What the last product details said (kept verified), read without verifying
    again: cheap enough for the first frame, so the welcome page offers from the
    start what the product allows, and its name.  ``details`` verifies it before
    anything depends on it."""
    try:
        record = json.loads((ctx.folder / PRODUCT_CACHE).read_text("utf-8"))
        body = json.loads(base64.b64decode(record["body"], validate=True))
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    if not isinstance(body, dict) or body.get("short_code") != ctx.config.product:
        return None
    product_name, method = body.get("product_name"), body.get("authorization_method")
    trial_days = body.get("trial_days")
    return ProductHint(
        product_name=product_name if isinstance(product_name, str) else None,
        authorization_method=method if isinstance(method, str) else None,
        allow_trial=body.get("allow_trial") is True,
        trial_days=trial_days if isinstance(trial_days, int) else None,
    )


def _cached(ctx: Context, path: Path) -> Product | None:
    """The last product details the server signed, if they still verify and read
    (a ShapeError, after a change of the model, is a ValueError too)."""
    from activation_wizard.core.api import binding
    from activation_wizard.core.api.models import Product
    from activation_wizard.core.api.verify import ResponseVerifier

    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        body = base64.b64decode(record["body"], validate=True)
        ResponseVerifier(ctx.config.public_key_pem).verify(body, record["signature"])
        # Signed, and this product's details (not another product's, nor another
        # endpoint's answer dropped into the data folder).
        binding.product_details(json.loads(body), {"product": ctx.config.product})
        return Product.from_json(body)
    except (OSError, ValueError, KeyError, TypeError, RecursionError, WizardError):
        return None
