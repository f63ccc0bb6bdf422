"""The product's settings (``GET /product_details``) and its name.  The last
verified answer is cached, so the next start offers the right choices, and the
product's name, from the first frame (core.offer reads it there)."""

from __future__ import annotations

import base64
import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard.core import offer
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.offer import PRODUCT_CACHE, ProductHint, methods_known, offered_methods
from activation_wizard.errors import WizardError

from .context import Context

if TYPE_CHECKING:
    from activation_wizard.core.api.models import Product

__all__ = ["PRODUCT_CACHE", "ProductHint", "details", "methods_known", "name", "offered_methods"]


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
    hint = offer.remembered(ctx.config, ctx.folder)
    return (hint.product_name if hint else None) or ctx.config.product_name


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
