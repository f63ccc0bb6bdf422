"""Offline activation by file: the request an official-SDK-compatible verifier
accepts (signatures recomputed here from the documented formulas, not with the
project's code), the round trip through the sandbox, and every refusal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from email.utils import formatdate
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from app.config import Config
from app.core.activation import Activator, Identity
from app.errors import NotActivated, OfflineFileInvalid, OfflineRefused, describe
from app.sandbox.server import Sandbox
from tests.conftest import raw_client

KEY = "DEMO-OKAY-0000-0002"  # perpetual: offline-capable


def documented_hmac(secret: str, message: str) -> str:
    return base64.b64encode(
        hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    ).decode()


def portal(sandbox: Sandbox, text: str, endpoint: str = "activate_offline") -> Any:
    import time

    from app.core.api.signing import authorization_header, http_date

    date = http_date(time.time())
    info = sandbox.info
    with raw_client(sandbox) as client:
        return client.post(
            endpoint,
            content=text.encode(),
            headers={
                "Date": date,
                "Authorization": authorization_header(info.api_key, info.shared_key, date),
                "Content-Type": "text/plain",
            },
        )


def lic_for(sandbox: Sandbox, request_text: str) -> str:
    answer = portal(sandbox, request_text)
    assert answer.status_code == 200, answer.text
    return base64.b64encode(answer.content).decode()


def test_the_request_file_matches_the_documented_formulas(
    activator: Activator, config: Config
) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    wrapper = json.loads(base64.b64decode(made.text))
    inner = wrapper["request"]
    assert inner["schema_version"] == 2 and inner["request"] == "activation"
    assert inner["request_id"] == made.request_id and inner["product"] == config.product
    assert inner["hardware_id"] == activator.device.hardware_id
    assert inner["api_key"] == config.api_key
    v1 = documented_hmac(
        config.shared_key,
        f"licenseSpring\ndate: {inner['date']}\n{KEY}\n{inner['hardware_id']}\n{config.api_key}",
    )
    assert inner["signature"] == v1
    assert wrapper["signature"] == documented_hmac(config.shared_key, json.dumps(inner))
    shown = activator.device.request_fields(config)  # what the "This device" page shows
    assert {k: inner[k] for k in shown} == shown


def test_round_trip_activate_then_deactivate(
    activator: Activator, sandbox: Sandbox, tmp_path: Path
) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    assert activator.offline_pending()["request_id"] == made.request_id
    result = activator.offline_activate(lic_for(sandbox, made.text))
    stored = activator.load()
    assert stored.offline and stored.identity == KEY and result.activation.offline
    assert sandbox.db.seats_used(KEY) == 1
    assert activator.offline_pending() is None  # used: the same file cannot come twice
    out = tmp_path / "deactivate.req"
    request = activator.offline_deactivate(lambda text: out.write_text(text))
    with pytest.raises(NotActivated):
        activator.load()
    assert json.loads(base64.b64decode(out.read_text()))["request"]["request"] == "deactivation"
    assert portal(sandbox, request.text, "deactivate_offline").text == "license_deactivated"
    assert sandbox.db.seats_used(KEY) == 0


def test_an_account_request_carries_the_password_as_documented(
    activator: Activator, config: Config, sandbox: Sandbox, tmp_path: Path
) -> None:
    from dataclasses import replace

    from app.core.store import ActivationStore
    from tests.conftest import MemoryKeyring

    users = replace(config, product="sandbox-users")
    account = Activator(users, store=ActivationStore(users, backend=MemoryKeyring()))
    made = account.offline_request(Identity("user", "ok@sandbox.test", "demo-password"))
    inner = json.loads(base64.b64decode(made.text))["request"]
    assert inner["password"] == "demo-password"  # the docs: it travels inside the file
    account.offline_activate(lic_for(sandbox, made.text))
    assert account.load().identity == "ok@sandbox.test"


def signed_lic(sandbox: Sandbox, config: Config, body: dict[str, Any]) -> str:
    """A response signed with the sandbox's own keys: valid in every way but the one
    the test changes (a future date, another product, a type)."""
    key = serialization.load_pem_private_key(
        (sandbox.db_path.parent / "sandbox.signing-key.pem").read_bytes(), password=None
    )
    who = body.get("license_key") or body.get("username")
    body["offline_signature"] = documented_hmac(
        config.shared_key,
        f"licenseSpring\ndate: {body['date']}\n{who}\n{body['hardware_id']}\n{config.api_key}",
    )
    body.pop("license_signature_v2", None)
    canonical = json.dumps(
        {k: v for k, v in body.items() if k != "license_signature"},
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()
    signature = key.sign(canonical, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]
    body["license_signature_v2"] = base64.b64encode(signature).decode()
    return base64.b64encode(json.dumps(body).encode()).decode()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"date": formatdate(4102444800, usegmt=True)}, "future"),  # 2100
        ({"product_details": {"short_code": "another-product"}}, "other_product"),
        ({"license_type": "time-limited", "is_trial": False}, "type"),
        ({"hardware_id": "another-computer"}, "other_device"),
        ({"request_id": "an-older-request"}, "other_request"),
        ({"license_key": "DEMO-OKAY-0000-0001"}, "other_license"),
        ({"license_enabled": False}, "disabled"),
        ({"is_expired": True}, "expired"),
        ({"max_activations": "lots"}, "signature"),  # fields of the wrong type
    ],
)
def test_refusals(
    activator: Activator,
    config: Config,
    sandbox: Sandbox,
    change: dict[str, Any],
    reason: str,
) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    body = json.loads(base64.b64decode(lic_for(sandbox, made.text)))
    body.update(change)
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_activate(signed_lic(sandbox, config, body))
    assert caught.value.reason == reason
    assert describe(caught.value).title == "That license file cannot be used here"
    with pytest.raises(NotActivated):
        activator.load()  # nothing kept


def test_a_changed_byte_truncation_and_garbage(activator: Activator, sandbox: Sandbox) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    lic = lic_for(sandbox, made.text)
    body = base64.b64decode(lic).replace(b'"perpetual"', b'"perpetuaL"')
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_activate(base64.b64encode(body).decode())
    assert caught.value.reason == "signature"
    for broken in (
        lic[: len(lic) // 2],
        "not base64 at all!",
        "",
        base64.b64encode(b"[1]").decode(),
    ):
        with pytest.raises(OfflineFileInvalid):
            activator.offline_activate(broken)
    activator.offline_activate("\n".join(lic[i : i + 76] for i in range(0, len(lic), 76)))
    assert activator.load().offline  # line-wrapped (from an e-mail) is fine


def test_the_sandbox_refuses_forged_and_non_offline_requests(
    activator: Activator, sandbox: Sandbox
) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    wrapper = json.loads(base64.b64decode(made.text))
    wrapper["request"]["hardware_id"] = "someone-else"  # forged after signing
    forged = portal(sandbox, base64.b64encode(json.dumps(wrapper).encode()).decode())
    assert (forged.status_code, forged.json()["code"]) == (400, "validation_error")
    assert "signature" in forged.json()["message"]
    timed = activator.offline_request(Identity("license_key", "DEMO-OKAY-0000-0001"))
    answer = portal(sandbox, timed.text)  # time-limited: not offline-capable
    assert answer.status_code == 400 and "offline" in answer.json()["message"]
    assert sandbox.db.seats_used("DEMO-OKAY-0000-0001") == 0


def test_a_refresh_file_extends_an_offline_activation(
    activator: Activator, config: Config, sandbox: Sandbox
) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    lic = json.loads(base64.b64decode(lic_for(sandbox, made.text)))
    activator.offline_activate(base64.b64encode(json.dumps(lic).encode()).decode())
    key = serialization.load_pem_private_key(
        (sandbox.db_path.parent / "sandbox.signing-key.pem").read_bytes(), password=None
    )
    refresh = {k: v for k, v in lic.items() if k != "license_signature_v2"}
    refresh["validity_period"] = "2031-01-01T00:00:00.000Z"
    canonical = json.dumps(refresh, separators=(",", ":"), ensure_ascii=False).encode()
    signature = key.sign(canonical, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]
    refresh["license_signature_v2"] = base64.b64encode(signature).decode()
    updated = activator.offline_refresh(base64.b64encode(json.dumps(refresh).encode()))
    assert updated.license.validity_period is not None
    assert updated.license.validity_period.year == 2031
    assert activator.load().license.validity_period.year == 2031  # type: ignore[union-attr]
    refresh["validity_period"] = "2040-01-01T00:00:00.000Z"  # changed after signing
    with pytest.raises(OfflineRefused):
        activator.offline_refresh(base64.b64encode(json.dumps(refresh).encode()))


def test_an_earlier_or_cancelled_request_is_still_answered_once(
    activator: Activator, sandbox: Sandbox
) -> None:
    first = activator.offline_request(Identity("license_key", KEY))
    lic = lic_for(sandbox, first.text)  # the portal already answered it: the seat is used
    activator.offline_request(Identity("license_key", KEY))  # a second request meanwhile
    activator.cancel_offline_request()  # and even cancelled here
    assert activator.offline_pending() is None
    activator.offline_activate(lic)  # its answer still works: no seat left stranded
    assert activator.load().offline and sandbox.db.seats_used(KEY) == 1
    with pytest.raises(OfflineRefused):
        activator.offline_activate(lic)  # but only once


def test_the_same_request_uploaded_twice_gives_the_license_again_not_a_second_seat(
    activator: Activator, sandbox: Sandbox
) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    lic_for(sandbox, made.text)
    again = lic_for(sandbox, made.text)
    assert sandbox.db.seats_used(KEY) == 1
    activator.offline_activate(again)
    assert activator.load().identity == KEY


def test_a_request_answered_on_the_portal_but_never_loaded_can_be_freed(
    activator: Activator, sandbox: Sandbox, tmp_path: Path
) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    lic_for(sandbox, made.text)  # uploaded; the license file got lost on the way back
    out = tmp_path / "deactivate.req"
    request = activator.offline_deactivate(lambda text: out.write_text(text))
    assert portal(sandbox, request.text, "deactivate_offline").text == "license_deactivated"
    assert sandbox.db.seats_used(KEY) == 0
    assert activator.offline_pending() is None


def test_a_request_file_given_as_a_license_file_says_so(activator: Activator) -> None:
    made = activator.offline_request(Identity("license_key", KEY))
    with pytest.raises(OfflineFileInvalid) as caught:
        activator.offline_activate(made.text)
    assert "this is a request file" in describe(caught.value).what


def test_an_online_activation_answers_a_waiting_request(activator: Activator) -> None:
    activator.offline_request(Identity("license_key", KEY))
    activator.activate(Identity("license_key", KEY))  # the computer got online after all
    assert activator.offline_pending() is None
