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
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import (
    ActivationInvalid,
    NotActivated,
    OfflineFileInvalid,
    OfflineRefused,
)
from activation_wizard.messages import describe
from activation_wizard.sandbox.server import Sandbox
from activation_wizard.testing.sandbox import refresh_from_portal, upload_to_portal
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from tests.conftest import MemoryKeyring, SandboxClock, raw_client, sandbox_config

KEY = "DEMO-OKAY-0000-0002"  # perpetual: offline-capable


def documented_hmac(secret: str, message: str) -> str:
    return base64.b64encode(
        hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    ).decode()


def portal(sandbox: Sandbox, text: str, endpoint: str = "activate_offline") -> Any:
    import time

    from activation_wizard.core.api.signing import authorization_header, http_date

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


def test_an_oauth_client_round_trip_keys_every_file_with_its_secret(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """License-api.md 2.3: in OAuth mode the client id stands for the API key and the
    client secret signs (the request's two signatures, the license file's
    offline_signature, a refresh file's too); the sandbox checks them so."""
    info = sandbox.info
    config = sandbox_config(
        sandbox,
        tmp_path,
        client_id=info.client_id,
        client_secret=info.client_secret,
        api_key="",
        shared_key="",
    )
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    made = activator.offline_request(Identity("license_key", KEY))
    wrapper = json.loads(base64.b64decode(made.text))
    inner = wrapper["request"]
    assert inner["client_id"] == info.client_id and "api_key" not in inner
    assert wrapper["signature"] == documented_hmac(info.client_secret, json.dumps(inner))
    (tmp_path / "activate.req").write_text(made.text)
    answer = upload_to_portal(sandbox, tmp_path / "activate.req")
    assert answer.status_code == 200, answer.text
    lic = json.loads(base64.b64decode(answer.content))
    who = f"{KEY}\n{inner['hardware_id']}\n{info.client_id}"
    assert lic["offline_signature"] == documented_hmac(
        info.client_secret, f"licenseSpring\ndate: {lic['date']}\n{who}"
    )
    activator.offline_activate(answer.content)
    refresh = refresh_for(sandbox, KEY, activator.device.hardware_id)
    activator.offline_refresh(as_file(refresh))  # checked with the client secret
    activator.offline_deactivate((tmp_path / "deactivate.req").write_text)
    done = upload_to_portal(sandbox, tmp_path / "deactivate.req")
    assert done.status_code == 200 and "deactivated" in done.text
    assert sandbox.db.seats_used(KEY) == 0


def test_an_account_request_carries_the_password_as_documented(
    activator: Activator, config: Config, sandbox: Sandbox, tmp_path: Path
) -> None:
    from dataclasses import replace

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


def refresh_for(sandbox: Sandbox, who: str, hardware_id: str) -> dict[str, Any]:
    """A license_refresh.lic as the sandbox's offline portal gives it to the vendor."""
    answer = refresh_from_portal(sandbox, who, hardware_id)
    assert answer.status_code == 200, answer.text
    assert "license_refresh.lic" in answer.headers["Content-Disposition"]
    return json.loads(base64.b64decode(answer.content))  # type: ignore[no-any-return]


def as_file(data: dict[str, Any]) -> str:
    return base64.b64encode(json.dumps(data).encode()).decode()


def offline_activated(activator: Activator, sandbox: Sandbox, key: str = KEY) -> dict[str, Any]:
    made = activator.offline_request(Identity("license_key", key))
    lic = json.loads(base64.b64decode(lic_for(sandbox, made.text)))
    activator.offline_activate(as_file(lic))
    return lic  # type: ignore[no-any-return]


def test_a_refresh_file_brings_the_license_up_to_date(
    activator: Activator, sandbox: Sandbox
) -> None:
    offline_activated(activator, sandbox)
    with sandbox.db.tx() as db:
        db.execute(  # the vendor adds a feature
            "INSERT INTO features (license_id, code, name)"
            " SELECT id, 'pro', 'Pro edition' FROM licenses WHERE license_key = ?",
            (KEY,),
        )
    refresh = refresh_for(sandbox, KEY, activator.device.hardware_id)
    updated = activator.offline_refresh(as_file(refresh))
    assert updated.features == ["pro"]
    assert activator.load().features == ["pro"]  # kept, and it loads again
    activator.offline_refresh(as_file(refresh))  # the same file twice is no step back


def test_a_refresh_file_changed_after_signing_is_refused(
    activator: Activator, sandbox: Sandbox
) -> None:
    offline_activated(activator, sandbox)
    refresh = refresh_for(sandbox, KEY, activator.device.hardware_id)
    refresh["validity_period"] = "2040-01-01T00:00:00.000Z"
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(refresh))
    assert caught.value.reason == "signature"


def test_an_activation_file_without_its_license_signature_is_no_refresh_file(
    activator: Activator, sandbox: Sandbox
) -> None:
    """The attack of issue 18: the v2 signature of an activation file covers the body
    without ``license_signature``; deleting that field made it pass as a refresh."""
    lic = offline_activated(activator, sandbox)
    del lic["license_signature"]
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(lic))
    assert caught.value.reason == "signature"
    assert activator.load().license.validity_period is None  # unchanged


@pytest.mark.parametrize("removed", ["license_signature_v2", "offline_signature"])
def test_a_refresh_file_missing_a_signature_is_refused(
    activator: Activator, sandbox: Sandbox, removed: str
) -> None:
    offline_activated(activator, sandbox)
    refresh = refresh_for(sandbox, KEY, activator.device.hardware_id)
    del refresh[removed]
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(refresh))
    assert caught.value.reason == "signature"


def add_device(sandbox: Sandbox, key: str, hardware_id: str) -> None:
    with sandbox.db.tx() as db:
        db.execute(
            "INSERT INTO devices (license_id, hardware_id, active, created_at)"
            " SELECT id, ?, 1, '2026-01-01T00:00:00.000Z' FROM licenses WHERE license_key = ?",
            (hardware_id, key),
        )


def test_another_licenses_refresh_file_is_refused(activator: Activator, sandbox: Sandbox) -> None:
    """Genuine, for this very device, but for a license that is not the one kept here."""
    other = "DEMO-OKAY-0000-0001"
    offline_activated(activator, sandbox)
    add_device(sandbox, other, activator.device.hardware_id)
    refresh = refresh_for(sandbox, other, activator.device.hardware_id)
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(refresh))
    assert caught.value.reason == "other_license"
    assert "another license than the one this computer asked for" in describe(caught.value).what
    assert activator.load().identity == KEY


def test_a_refresh_file_for_another_device_is_refused(
    activator: Activator, sandbox: Sandbox
) -> None:
    offline_activated(activator, sandbox)
    other_device = "f" * 64
    add_device(sandbox, KEY, other_device)
    refresh = refresh_for(sandbox, KEY, other_device)
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(refresh))
    assert caught.value.reason == "other_device"


def test_an_older_refresh_file_does_not_move_the_license_back(
    activator: Activator, sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    offline_activated(activator, sandbox)
    older = refresh_for(sandbox, KEY, activator.device.hardware_id)
    sandbox_clock.advance(120)  # the portal writes the next one two minutes later
    newer = refresh_for(sandbox, KEY, activator.device.hardware_id)
    activator.offline_refresh(as_file(newer))
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(older))
    assert caught.value.reason == "older"
    assert "older than the license already on this computer" in describe(caught.value).what


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


def test_an_old_refresh_file_does_not_undo_a_later_verdict_of_the_server(
    activator: Activator, sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    """The vendor disabled the license and a check said so: a refresh file written
    before that (for an offline activation, or for an online one) changes nothing."""
    offline_activated(activator, sandbox)
    early = refresh_for(sandbox, KEY, activator.device.hardware_id)
    activator.offline_refresh(as_file(early))
    sandbox_clock.advance(60)  # a minute later the vendor disables it
    with sandbox.db.tx() as db:
        db.execute("UPDATE licenses SET enabled = 0 WHERE license_key = ?", (KEY,))
    with pytest.raises(ActivationInvalid):
        activator.check()
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(early))
    assert caught.value.reason == "older"
    assert activator.load_refused().server_state == "disabled"


def test_an_online_activation_takes_no_refresh_file_older_than_its_last_check(
    activator: Activator, sandbox: Sandbox, sandbox_clock: SandboxClock
) -> None:
    activator.activate(Identity("license_key", KEY))
    sandbox_clock.advance(-600)  # written ten minutes before the activation's answer
    early = refresh_for(sandbox, KEY, activator.device.hardware_id)
    sandbox_clock.advance(600)
    with pytest.raises(OfflineRefused) as caught:
        activator.offline_refresh(as_file(early))
    assert caught.value.reason == "older"
