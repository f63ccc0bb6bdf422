"""Activating without internet, by file (license-api.md section 7): the request
file, the license file the portal gives for it (accepted once, only for a request
of this device), the deactivation file, and the vendor's refresh file."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from activation_wizard.core.cancel import NEVER
from activation_wizard.core.store import StoredActivation
from activation_wizard.core.store.document import write_atomic
from activation_wizard.errors import AnswerMismatch, ConfigError, NotActivated, OfflineRefused

from . import online, variables
from .context import Context, log
from .model import ActivationResult, Identity, identity_of, shown

if TYPE_CHECKING:
    from pathlib import Path

    from activation_wizard.core.offline import Request

OFFLINE_GUARD = "offline-request.json"
OFFLINE_KEPT = 20  # requests remembered per device


def _guard(ctx: Context) -> Path:
    return ctx.folder / OFFLINE_GUARD


def _requests(ctx: Context) -> list[dict[str, Any]]:
    """This device's request files not yet answered here (cancelled ones too: a
    license file made for one may still come back, and its seat is in use)."""
    try:
        data = json.loads(_guard(ctx).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("hardware_id") != ctx.device.hardware_id:
        return []
    requests = data.get("requests")
    return [r for r in requests if isinstance(r, dict)] if isinstance(requests, list) else []


def _keep_requests(ctx: Context, requests: list[dict[str, Any]]) -> None:
    guard = _guard(ctx)
    if not requests:
        with contextlib.suppress(FileNotFoundError):
            guard.unlink()
        return
    data = {"hardware_id": ctx.device.hardware_id, "requests": requests[-OFFLINE_KEPT:]}
    write_atomic(guard, json.dumps(data).encode())
    with contextlib.suppress(OSError):
        os.chmod(guard, 0o600)  # it names the license key


def answered_online(ctx: Context, identity: str) -> None:
    """An offline request for a license activated online now is answered."""
    requests = _requests(ctx)
    left = [r for r in requests if r.get("identity") != identity]
    if len(left) != len(requests):
        _keep_requests(ctx, left)


def waiting(ctx: Context) -> dict[str, Any] | None:
    """The newest request waiting for its license file (not cancelled), if any."""
    found = [r for r in _requests(ctx) if not r.get("cancelled")]
    return found[-1] if found else None


def cancel_request(ctx: Context) -> None:
    """No longer shown as waiting; its license file is still accepted if it comes
    (the portal may have made it, and then its seat is in use)."""
    requests = _requests(ctx)
    for request in requests:
        request["cancelled"] = True
    _keep_requests(ctx, requests)
    log.info("offline request cancelled here (still accepted if its answer comes)")


def request(ctx: Context, identity: Identity, saved_to: str = "") -> Request:
    """The activation request file (the caller writes ``.text`` where the user
    chose); a guard remembers its id so only its answer is accepted, once."""
    from activation_wizard.core.offline import build_request

    if not ctx.config.offline_enabled:  # the wizard hides it; a script must not get round
        why = "it is off for a bundle" if ctx.config.bundle_code else "it is off"
        raise ConfigError("offline.enabled", why, ctx.config.source)
    ctx.preflight()  # where the answer will be kept must work before anything
    online.make_room(ctx, identity, "refuse", NEVER)
    extra = variables.from_vendor(ctx)
    made = build_request(
        ctx.config,
        "activation",
        identity.request_fields(True),
        ctx.device.request_fields(ctx.config),
        extra={"variables": extra} if extra else None,
        clock=ctx.clock,
    )
    entry = {
        "request_id": made.request_id,
        "created": ctx.clock(),
        "kind": identity.kind,
        "identity": identity.value,
        "shown": shown(identity),
        "path": saved_to,  # where the user saved it (shown again when resuming)
    }
    _keep_requests(ctx, [*_requests(ctx), entry])
    log.info("offline request %s written for %s", made.request_id, shown(identity))
    return made


def activate(ctx: Context, data: bytes | str) -> ActivationResult:
    """Keep the license file the portal gave for one of this device's requests,
    after every check (offline.verify_response), and only once."""
    from activation_wizard.core.offline import decode_file, file_date, verify_response

    response = decode_file(data)
    requests = _requests(ctx)
    answered = next(
        (r for r in requests if r.get("request_id") == response.get("request_id")), None
    )
    kind = str(answered.get("kind")) if answered else ""
    who = str(answered.get("identity")) if answered else ""
    body = verify_response(
        ctx.config,
        response,
        public_key_pem=ctx.config.public_key_pem,
        hardware_id=ctx.device.hardware_id,
        identity={"license_key" if kind == "license_key" else "username": who},
        request_id=str(answered["request_id"]) if answered else None,
        any_request=bool(requests),
        clock=ctx.clock,
    )
    assert answered is not None  # verify_response refused otherwise
    stored = ctx.new_activation(
        kind,
        who,
        body,
        str(response["license_signature_v2"]),
        response.get("id") if kind == "user" else None,
        offline=True,
        server_time=file_date(response),
    )
    base = online.make_room(ctx, Identity(kind, who), "refuse", NEVER)
    stored = ctx.store.save(stored, expect=base)
    # The replay guard: this request is answered now; its file cannot come twice.
    _keep_requests(ctx, [r for r in requests if r is not answered])
    log.info("activated offline (request %s)", response.get("request_id"))
    return ActivationResult(stored)


def deactivate(ctx: Context, write: Callable[[str], None]) -> Request:
    """Write the deactivation request file with ``write``, then remove the local
    activation (the seat is freed when the file reaches the portal).  With no
    activation here but a request that may have been answered on the portal,
    the file frees that request's seat.  A file that could not be written
    removes nothing."""
    from activation_wizard.core.offline import build_request

    stored: StoredActivation | None
    try:
        stored = ctx.stored_for_server()
        identity = identity_of(stored)
    except NotActivated:
        stored = None
        requests = _requests(ctx)
        if not requests:
            raise
        last = requests[-1]
        identity = Identity(str(last.get("kind")), str(last.get("identity")))
    made = build_request(
        ctx.config,
        "deactivation",
        identity.request_fields(False),
        {"hardware_id": ctx.device.hardware_id},
        clock=ctx.clock,
    )
    write(made.text)  # first: a file that could not be written removes nothing
    if stored is not None:
        ctx.store.delete()
    else:
        _keep_requests(ctx, [])
    log.info("offline deactivation %s written for %s", made.request_id, shown(identity))
    return made


def refresh(ctx: Context, data: bytes | str) -> StoredActivation:
    """A license_refresh.lic from the vendor: extends an offline activation."""
    from activation_wizard.core.api import binding
    from activation_wizard.core.offline import decode_file, file_date, verify_response

    stored = ctx.stored_for_server()
    response = decode_file(data)
    body = verify_response(
        ctx.config,
        response,
        public_key_pem=ctx.config.public_key_pem,
        hardware_id=ctx.device.hardware_id,
        identity=identity_of(stored).request_fields(False),
        request_id=None,
        refresh=True,
        clock=ctx.clock,
    )
    try:
        binding.same_license(json.loads(stored.license_body), response)
    except AnswerMismatch:
        raise OfflineRefused("other_license") from None
    new = file_date(response)
    if new is None or new < _as_of(stored):
        raise OfflineRefused("older")  # never back to an older state of the license
    updated = replace(
        stored,
        license_body=body,
        license_signature=str(response["license_signature_v2"]),
        last_check=ctx.clock(),
        server_state="ok",  # as of the file's date, newer than every verdict kept
        server_time=new,
    )
    return ctx.store.save(updated, expect=stored.generation)


def _as_of(stored: StoredActivation) -> float:
    """The time of the newest thing the server said about the stored license: its
    Date when kept (or the file's date), else the local time of the last check (its
    clock may differ from the server's by the 15 minutes the API tolerates)."""
    from activation_wizard.core.offline import file_date

    said = [stored.server_time, file_date(json.loads(stored.license_body))]
    known = [t for t in said if t is not None]
    return max(known) if known else stored.last_check - 900
