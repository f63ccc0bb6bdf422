"""Single sign-on: the login URL and its loopback receiver, single-use codes spent
once, the account each organisation signed in with last (to settle a lost answer),
and settling an interrupted sign-in with the next one."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.journal import Pending
from activation_wizard.core.sso import Grant, with_state
from activation_wizard.core.store.document import write_atomic
from activation_wizard.errors import (
    CustomerAccountNotFound,
    DeviceNotFound,
    LicenseNotActive,
    LicenseNotFound,
    ProtocolError,
    SsoSignInAgain,
)

from . import online, product
from .context import Context, log, speaking_as
from .model import ActivationResult, Identity

if TYPE_CHECKING:
    from activation_wizard.core.sso.receiver import RedirectReceiver

SSO_MEMORY = "sso.json"


def receiver(ctx: Context, account: str) -> RedirectReceiver:
    """A loopback receiver for one sign-in (bound to 127.0.0.1 only)."""
    from activation_wizard.core.sso import new_state
    from activation_wizard.core.sso.receiver import RedirectReceiver

    return RedirectReceiver(
        account=account,
        state=new_state(),
        product_name=product.name(ctx),
        port=ctx.config.sso_port,
        path=ctx.config.sso_path,
    )


def login_url(
    ctx: Context, account: str, receiver: RedirectReceiver, cancel: CancelToken = NEVER
) -> str:
    """The identity provider's login URL for ``account``, sending the browser back
    to ``receiver`` (with its state added)."""
    params = {
        "product": ctx.config.product,
        "customer_account_code": account,
        "response_type": ctx.config.sso_response_type,
        "redirect_uri": receiver.redirect_uri,
    }
    log.info("single sign-on for account %s", account)
    try:
        with speaking_as("sso"), ctx.client(cancel) as client:
            answer = client.sso_url(params)
    except CustomerAccountNotFound as exc:
        exc.params["account"] = repr(account)  # the message names what was typed
        raise
    remember(ctx, account)
    return with_state(answer.url, receiver.state)


# --- single-use codes --------------------------------------------------------------


def _fingerprint(code: str) -> str:
    import hashlib

    return hashlib.sha256(code.encode()).hexdigest()


def spend(ctx: Context, identity: Identity) -> None:
    grant = identity.grant
    if grant is not None and not grant.reusable:
        ctx.spent_codes.add(_fingerprint(grant.code))


def grant_spent(ctx: Context, grant: Grant | None) -> bool:
    """True for a single-use sign-in code this program has sent already: the next
    step needs a fresh sign-in (the wizard starts one; the CLI asks for one)."""
    return grant is not None and not grant.reusable and _fingerprint(grant.code) in ctx.spent_codes


def refuse_spent(ctx: Context, identity: Identity) -> None:
    if grant_spent(ctx, identity.grant):
        raise SsoSignInAgain("spent")


# --- what this computer remembers of its sign-ins ---------------------------------


def _memory(ctx: Context) -> dict[str, Any]:
    try:
        data = json.loads((ctx.folder / SSO_MEMORY).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remembered_account(ctx: Context) -> str:
    """The organisation code typed last time on this computer, if any."""
    return str(_memory(ctx).get("customer_account_code", ""))


def emails(ctx: Context) -> dict[str, str]:
    """The account e-mail each organisation signed in with last on this computer."""
    found = _memory(ctx).get("emails")
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def remember(ctx: Context, account: str, email: str = "") -> None:
    memory = _memory(ctx)
    memory["customer_account_code"] = account
    if email:
        known = memory.get("emails")
        memory["emails"] = {**(known if isinstance(known, dict) else {}), account: email}
    with contextlib.suppress(OSError):  # a convenience: never worth failing for
        path = ctx.folder / SSO_MEMORY
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(memory).encode())


# --- answers that never came ------------------------------------------------------


def recovery_query(ctx: Context, identity: Identity) -> dict[str, Any]:
    """Who to check after a 409.  An SSO sign-in names no account until the
    server answers: a token can ask again (the docs list the SSO fields for
    check); a used code cannot, so the e-mail this computer remembers for
    the organisation stands in."""
    if identity.kind != "sso" or identity.value:
        return ctx.identity_query(identity)
    grant = identity.grant
    if grant is not None and grant.reusable:
        return {
            "hardware_id": ctx.device.hardware_id,
            "product": ctx.config.product,
            **grant.request_fields(),
        }
    account = grant.customer_account_code if grant is not None else ""
    email = emails(ctx).get(account, "")
    if not email:  # the code is spent: the next sign-in names the account (journal)
        raise SsoSignInAgain("recover")
    return ctx.identity_query(replace(identity, value=email))


def settle_sign_in(
    ctx: Context, entry: Pending, identity: Identity, cancel: CancelToken
) -> ActivationResult | None:
    """An SSO activation whose answer was lost (or met 409 with a code already used):
    this sign-in names the account, so the server can be asked about it."""
    grant = identity.grant
    assert grant is not None
    with speaking_as("sso"), ctx.client(cancel) as client:
        if grant.reusable:  # a token: check names the account through it
            query = {
                "hardware_id": ctx.device.hardware_id,
                "product": ctx.config.product,
                **grant.request_fields(),
            }
        else:  # a code: this sign-in's one use finds the account's e-mail
            spend(ctx, identity)
            entries = client.user_licenses(
                {"product": ctx.config.product, **grant.request_fields()}
            )
            email = next((e.user.email for e in entries if e.user.email), None)
            if email is None:
                raise ProtocolError("the sign-in named no account")
            remember(ctx, grant.customer_account_code, email)
            query = ctx.identity_query(Identity("user", email))
        if entry.license_id is not None:
            query["license_id"] = entry.license_id
        try:
            signed = client.check_license(query)
        except (DeviceNotFound, LicenseNotActive, LicenseNotFound):
            ctx.journal.clear()
            log.info("the interrupted sign-in had not reached the server: no seat was used")
            if grant.reusable:
                return None  # the token activates now
            raise SsoSignInAgain("activate") from None
    log.info("the interrupted sign-in had reached the server: keeping that activation")
    found = replace(identity, license_id=entry.license_id or identity.license_id)
    base = online.make_room(ctx, found, "refuse", NEVER)  # no other license is dropped
    return online.keep(ctx, found, signed, base, True, cancel)
