"""The sandbox speaks license-api.md faithfully: auth, date window, codes, signatures."""

from __future__ import annotations

import base64
import json
import time
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path

import httpx
import pytest
from activation_wizard.config import Config
from activation_wizard.core.api.signing import sign
from activation_wizard.core.api.verify import v1_message
from activation_wizard.sandbox.faults import Fault, Faults
from activation_wizard.sandbox.server import Sandbox
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from tests.conftest import SandboxClock, first, raw_client, trust


def headers(sandbox: Sandbox, *, skew: float = 0, style: str = "python") -> dict[str, str]:
    info = sandbox.info
    date = formatdate(time.time() + skew, usegmt=True)
    sig = sign(info.shared_key, date)
    if style == "python":  # the Python SDK: "," and apiKey
        auth = f'algorithm="hmac-sha256",headers="date",signature="{sig}",apiKey="{info.api_key}"'
    else:  # the docs: ", " and apikey
        auth = (
            f'algorithm="hmac-sha256", headers="date", signature="{sig}", apikey="{info.api_key}"'
        )
    return {"Date": date, "Authorization": auth}


def activate(
    sandbox: Sandbox, hardware_id: str = "hw-1", key: str = "DEMO-OKAY-0000-0001", **extra: object
) -> httpx.Response:
    payload = {
        "product": sandbox.info.product,
        "hardware_id": hardware_id,
        "license_key": key,
        **extra,
    }
    with raw_client(sandbox) as client:
        return client.post("activate_license", json=payload, headers=headers(sandbox))


@dataclass
class Device:
    """One device's signed calls about license ``key`` (a query for GET, a JSON body
    for POST), dated by the sandbox's clock so a test can move it on."""

    sandbox: Sandbox
    key: str
    hardware_id: str
    clock: SandboxClock | None = None
    product: str = "sandbox-demo"

    def call(self, method: str, path: str, **fields: object) -> httpx.Response:
        payload = {
            "product": self.product,
            "hardware_id": self.hardware_id,
            "license_key": self.key,
            **fields,
        }
        skew = self.clock.offset if self.clock else 0.0
        with raw_client(self.sandbox) as client:
            sent = headers(self.sandbox, skew=skew)
            if method == "GET":
                return client.get(path, params=payload, headers=sent)  # type: ignore[arg-type]
            return client.post(path, json=payload, headers=sent)

    def activate(self) -> httpx.Response:
        r = self.call("POST", "activate_license")
        assert r.status_code == 200, r.text
        return r

    def check(self) -> httpx.Response:
        return self.call("GET", "check_license")


def verify(sandbox: Sandbox, response: httpx.Response) -> None:
    key = load_pem_public_key(sandbox.public_key_path.read_bytes())
    signature = base64.b64decode(response.headers["LicenseSignature"])
    key.verify(signature, response.content, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]


@pytest.mark.parametrize("style", ["python", "docs"])
def test_both_authorization_spellings_are_accepted(sandbox: Sandbox, style: str) -> None:
    with raw_client(sandbox) as client:
        r = client.post(
            "activate_license",
            headers=headers(sandbox, style=style),
            json={
                "product": sandbox.info.product,
                "hardware_id": "h",
                "license_key": "DEMO-OKAY-0000-0001",
            },
        )
    assert r.status_code == 200, r.text


@pytest.mark.parametrize(("skew", "ok"), [(-14 * 60, True), (-16 * 60, False), (16 * 60, False)])
def test_date_window_is_fifteen_minutes(sandbox: Sandbox, skew: float, ok: bool) -> None:
    with raw_client(sandbox) as client:
        r = client.get(
            "check_license",
            headers=headers(sandbox, skew=skew),
            params={
                "product": sandbox.info.product,
                "hardware_id": "nobody",
                "license_key": "DEMO-OKAY-0000-0001",
            },
        )
    if ok:
        assert r.json()["code"] == "device_not_found"  # got past authentication
    else:
        assert (r.status_code, r.json()["code"]) == (400, "date_header_diff")


def test_answers_carry_one_date_from_the_sandboxs_clock_skewed_by_the_fault(
    sandbox: Sandbox, faults: Faults
) -> None:
    params = {"product": sandbox.info.product, "hardware_id": "h", "license_key": "K"}
    faults.add(Fault("clock_skew", "3600", endpoint="check_license"))
    with raw_client(sandbox) as client:
        skewed = client.get("check_license", headers=headers(sandbox), params=params)
        plain = client.get("check_license", headers=headers(sandbox), params=params)
    assert skewed.json()["code"] == "date_header_diff"  # its clock says our Date is old
    for response, ahead in ((skewed, 3600), (plain, 0)):
        assert len(response.headers.get_list("Date")) == 1  # not also the web server's
        sent = parsedate_to_datetime(response.headers["Date"]).timestamp()
        assert abs(sent - (time.time() + ahead)) < 60


def test_wrong_shared_key_is_signature_mismatch(sandbox: Sandbox) -> None:
    h = headers(sandbox)
    h["Authorization"] = h["Authorization"].replace(
        sign(sandbox.info.shared_key, h["Date"]), sign("wrong", h["Date"])
    )
    with raw_client(sandbox) as client:
        r = client.post("activate_license", headers=h, json={})
    assert (r.status_code, r.json()["code"]) == (401, "signature_mismatch")


@pytest.mark.parametrize(
    ("mutate", "code"),
    [
        (lambda h: h.pop("Date"), "missing_headers"),
        (lambda h: h.pop("Authorization"), "missing_headers"),
        (lambda h: h.update(Authorization="Basic abc"), "authorization_invalid_headers"),
        (
            lambda h: h.update(Authorization=h["Authorization"].replace("hmac-sha256", "md5")),
            "hmac_required",
        ),
        (
            lambda h: h.update(Authorization=h["Authorization"].split(",apiKey")[0]),
            "authorization_missing_params",
        ),
        (
            lambda h: h.update(Authorization=h["Authorization"].replace('apiKey="', 'apiKey="x')),
            "invalid_api_key",
        ),
    ],
)
def test_authorization_problems_have_their_codes(sandbox: Sandbox, mutate, code: str) -> None:  # type: ignore[no-untyped-def]
    h = headers(sandbox)
    mutate(h)
    with raw_client(sandbox) as client:
        r = client.post("activate_license", headers=h, json={})
    assert r.json()["code"] == code
    verify(sandbox, r)  # error bodies are signed too


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"product": "sandbox-demo", "license_key": "DEMO-OKAY-0000-0001"}, "missing_hardware_id"),
        ({"hardware_id": "h", "license_key": "DEMO-OKAY-0000-0001"}, "missing_parameters"),
        ({"hardware_id": "h", "product": "sandbox-demo"}, "license_key_required"),
    ],
)
def test_missing_parameters(sandbox: Sandbox, payload: dict[str, str], code: str) -> None:
    with raw_client(sandbox) as client:
        r = client.post("activate_license", headers=headers(sandbox), json=payload)
    assert (r.status_code, r.json()["code"]) == (400, code)


def test_success_is_signed_over_exact_bytes_with_a_v1_field(sandbox: Sandbox) -> None:
    r = activate(sandbox)
    verify(sandbox, r)
    body = json.loads(r.content)
    key = load_pem_public_key(sandbox.public_key_path.read_bytes())
    message = v1_message("hw-1", "DEMO-OKAY-0000-0001", body["validity_period"])
    key.verify(
        base64.b64decode(body["license_signature"]),
        message,  # type: ignore[union-attr]
        padding.PKCS1v15(),
        hashes.SHA256(),
    )


@pytest.mark.parametrize(
    "scenario",
    [
        "license_not_enabled",
        "license_start_date_error",
        "blacklisted",
        "license_activated_max_times",
        "license_expired",
        "license_transferred_max_times",
        "vm_not_allowed",
        "license_not_found",
    ],
)
def test_each_seeded_key_reaches_its_code_with_its_status(sandbox: Sandbox, scenario: str) -> None:
    r = activate(sandbox, key=first(sandbox, scenario)["license_key"])
    assert (r.status_code, r.json()["code"]) == (400, scenario)
    verify(sandbox, r)


def test_unknown_product(sandbox: Sandbox) -> None:
    s = first(sandbox, "unknown_product")
    with raw_client(sandbox) as client:
        r = client.post(
            "activate_license",
            headers=headers(sandbox),
            json={"product": s["product"], "hardware_id": "h", "license_key": s["license_key"]},
        )
    assert (r.status_code, r.json()["code"]) == (400, "unknown_product")


def test_activating_the_same_device_twice_is_409(sandbox: Sandbox) -> None:
    assert activate(sandbox, "hw-twice").status_code == 200
    r = activate(sandbox, "hw-twice")
    assert (r.status_code, r.json()["code"]) == (409, "license_device_exists")


def test_lost_response_key_records_the_device_then_answers_409(sandbox: Sandbox) -> None:
    key = first(sandbox, "license_device_exists")["license_key"]
    r = activate(sandbox, "hw-lost", key=key)
    assert r.status_code == 409
    with raw_client(sandbox) as client:
        check = client.get(
            "check_license",
            headers=headers(sandbox),
            params={"product": sandbox.info.product, "hardware_id": "hw-lost", "license_key": key},
        )
    assert check.status_code == 200 and check.json()["license_active"] is True


def test_prevent_vm_applies_to_any_client_that_says_it_is_a_vm(sandbox: Sandbox) -> None:
    with sandbox.db.tx() as db:
        db.execute("UPDATE licenses SET prevent_vm = 1 WHERE license_key = 'DEMO-OKAY-0000-0002'")
    assert (
        activate(sandbox, "hw-vm", "DEMO-OKAY-0000-0002", is_vm=True).json()["code"]
        == "vm_not_allowed"
    )
    assert activate(sandbox, "hw-metal", "DEMO-OKAY-0000-0002", is_vm=False).status_code == 200


def test_blacklisted_hardware_id_is_refused_on_any_license(sandbox: Sandbox) -> None:
    from activation_wizard.sandbox.db import BLACKLISTED_HARDWARE_ID

    assert activate(sandbox, BLACKLISTED_HARDWARE_ID).json()["code"] == "blacklisted"


def test_seats_fill_up_and_deactivation_frees_one(sandbox: Sandbox) -> None:
    key = "DEMO-OKAY-0000-0002"  # 5 seats
    for n in range(5):
        assert activate(sandbox, f"hw-{n}", key).status_code == 200
    assert activate(sandbox, "hw-5", key).json()["code"] == "license_activated_max_times"
    with raw_client(sandbox) as client:
        r = client.post(
            "deactivate_license",
            headers=headers(sandbox),
            json={"product": sandbox.info.product, "hardware_id": "hw-0", "license_key": key},
        )
    assert (r.status_code, r.text) == (200, "license_deactivated")
    r = activate(sandbox, "hw-5", key)
    assert r.status_code == 200
    assert r.json()["times_activated"] == 5
    assert r.json()["transfer_count"] == 1  # deactivate-then-activate elsewhere is a transfer


def test_user_based_activation_and_its_limit(sandbox: Sandbox) -> None:
    def user_activate(email: str, password: str, hw: str) -> httpx.Response:
        with raw_client(sandbox) as client:
            return client.post(
                "activate_license",
                headers=headers(sandbox),
                json={
                    "product": "sandbox-users",
                    "hardware_id": hw,
                    "username": email,
                    "password": password,
                },
            )

    assert user_activate("ok@sandbox.test", "demo-password", "hw-u").status_code == 200
    assert user_activate("ok@sandbox.test", "wrong", "hw-u2").json()["code"] == "license_not_found"
    assert user_activate("ok@sandbox.test", "", "hw-u2").json()["code"] == "missing_parameters"
    maxed = first(sandbox, "license_user_activated_max_times")
    r = user_activate(maxed["username"], maxed["password"], "hw-u3")
    assert r.json()["code"] == "license_user_activated_max_times"


def test_floating_cloud_license_cannot_be_activated_offline(
    sandbox: Sandbox, config: Config
) -> None:
    from activation_wizard.core.offline import build_request

    s = first(sandbox, "offline_floating_cloud_not_supported")
    assert s["endpoint"] == "activate_offline"
    made = build_request(
        config, "activation", {"license_key": s["license_key"]}, {"hardware_id": "hw-off"}
    )
    payload = made.text.encode()
    with raw_client(sandbox) as client:
        r = client.post(
            "activate_offline",
            content=payload,
            headers={**headers(sandbox), "Content-Type": "text/plain"},
        )
    assert (r.status_code, r.json()["code"]) == (400, "offline_floating_cloud_not_supported")
    assert activate(sandbox, "hw-on", s["license_key"]).status_code == 200  # online is fine


def test_every_seed_code_is_listed_and_reachable(sandbox: Sandbox) -> None:
    from activation_wizard.sandbox.db import SCENARIO_ORDER

    listed = {s["scenario"] for s in sandbox.info.licenses}
    assert listed == set(SCENARIO_ORDER)


def test_unknown_path_is_a_signed_404(sandbox: Sandbox) -> None:
    with raw_client(sandbox) as client:
        r = client.get("no_such_endpoint", headers=headers(sandbox))
    assert (r.status_code, r.json()["code"]) == (404, "not_found")
    verify(sandbox, r)


def test_state_and_signing_key_survive_a_restart(sandbox: Sandbox) -> None:
    assert activate(sandbox, "hw-keep").status_code == 200
    before = sandbox.info
    sandbox.stop()
    with Sandbox(sandbox.db_path) as again:
        assert again.info.shared_key == before.shared_key
        assert again.public_key_path.read_bytes() == sandbox.public_key_path.read_bytes()
        assert activate(again, "hw-keep").status_code == 409


def test_undocumented_choices_are_options(tmp_path, sandbox_signing_key) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from activation_wizard.sandbox.api import Rules

    from tests.conftest import make_sandbox

    rules = Rules(future_window=timedelta(minutes=1), signature_mismatch_status=400)
    with make_sandbox(tmp_path / "strict", sandbox_signing_key, tls=True, rules=rules) as strict:
        with raw_client(strict) as client:
            ahead = client.get("check_license", headers=headers(strict, skew=5 * 60))
            behind = client.get("check_license", headers=headers(strict, skew=-5 * 60))
            h = headers(strict)
            h["Authorization"] = h["Authorization"].replace('signature="', 'signature="x')
            mismatch = client.post("activate_license", headers=h, json={})
    assert ahead.json()["code"] == "date_header_diff"  # 5 min ahead: beyond this server's 1
    assert behind.json()["code"] != "date_header_diff"  # 5 min old: within the documented 15
    assert (mismatch.status_code, mismatch.json()["code"]) == (400, "signature_mismatch")


def test_the_readme_names_every_fault_kind() -> None:
    """Issue 19: gateway_after was missing from the README's list of fault kinds."""
    from activation_wizard.sandbox.faults import KINDS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("**Fault injection**")[1].split("\n\n")[0]
    assert [k for k in KINDS if f"`{k}" not in listed] == []


def test_demo_keys_follow_one_pattern(sandbox: Sandbox) -> None:
    import re

    keys = [s["license_key"] for s in sandbox.info.licenses if s.get("license_key")]
    assert [k for k in keys if not re.fullmatch(r"DEMO(-[A-Z0-9]{4}){3}", k)] == []


def test_a_sandbox_file_of_another_version_is_made_anew(tmp_path: Path) -> None:
    """Every table goes, those of SSO too: one left behind clashed with the seed."""
    from activation_wizard.sandbox.db import Database

    path = tmp_path / "older.sqlite3"
    with Database(path).tx() as db:
        db.execute("PRAGMA user_version = 1")
        db.execute("UPDATE licenses SET enabled = 0")
    with Database(path).tx() as db:
        assert db.execute("SELECT MIN(enabled) FROM licenses WHERE scenario = 'ok'").fetchone()[0]
        assert db.execute("SELECT COUNT(*) FROM customer_accounts").fetchone()[0] == 1


def test_the_readme_demo_table_names_every_demo_key(sandbox: Sandbox) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("| demo entry | gives |")[1].split("\n\n")[0]
    keys = {s["license_key"] for s in sandbox.info.licenses if s.get("license_key")}
    assert sorted(k for k in keys if f"`{k}`" not in table) == []


def test_a_kept_connection_answers_the_next_request_sent_at_once(sandbox: Sandbox) -> None:
    """The sandbox keeps connections alive as the service does: five requests, one
    after the other's answer, on one connection, none answered with Connection:
    close (werkzeug's dev server closes each one; its read-away of what follows an
    answer is pinned by the next test)."""
    import socket

    host, port = sandbox.api_url.split("/")[2].split(":")
    one = f"GET /offline HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()  # unsigned page
    with socket.create_connection((host, int(port)), timeout=3) as raw:
        with trust(sandbox).wrap_socket(raw, server_hostname=host) as tls:
            for n in range(1, 6):
                tls.sendall(one)
                answer = b""
                while not _whole(answer):
                    chunk = tls.recv(65536)
                    assert chunk, f"answer {n}: the connection was closed"
                    answer += chunk
                assert answer.startswith(b"HTTP/1.1 200") and b"Connection: close" not in answer


def test_werkzeug_reads_no_request_away_after_an_answer() -> None:
    """werkzeug reads what follows each answer (10 MB at a time, for 10 ms) and throws
    it away; on a kept connection that is the next request, which then never gets an
    answer (a 409 and the check sent at once after it: 7 of 8 tries hung). The
    sandbox refuses exactly that read; this fails if werkzeug changes it."""
    import inspect
    import io

    from activation_wizard.sandbox.server import _NoDrain
    from werkzeug import serving

    assert f"self.rfile.read({_NoDrain.WERKZEUG_DRAIN:_})" in inspect.getsource(serving)
    stream = _NoDrain(io.BytesIO(b"GET /next HTTP/1.1\r\n"))
    assert stream.read(_NoDrain.WERKZEUG_DRAIN) == b""
    assert stream.readline() == b"GET /next HTTP/1.1\r\n"


def _whole(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    length = [
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")[1:]
        if line.lower().startswith(b"content-length:")
    ]
    return bool(length) and len(body) >= length[0]


@pytest.mark.parametrize("length", ["+5", "abc", " 5 ", "\u00b2", "5\r\nContent-Length: 0"])
def test_a_doubtful_length_is_answered_and_the_connection_closed(
    sandbox: Sandbox, length: str
) -> None:
    """Nothing after a request whose end is uncertain is read as another request."""
    import socket

    host, port = sandbox.api_url.split("/")[2].split(":")
    smuggled = f"GET /offline HTTP/1.1\r\nHost: {host}\r\n\r\n"
    request = f"POST /offline HTTP/1.1\r\nHost: {host}\r\nContent-Length: {length}\r\n\r\n"
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        with trust(sandbox).wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall((request + smuggled).encode("utf-8"))
            seen = b""
            while chunk := tls.recv(65536):
                seen += chunk
    assert seen.count(b"HTTP/1.1 ") == 1  # its own answer, and no second one
