"""Accounts, license choice, trials, passwords, variables, product details and OAuth:
the core's use cases against the real sandbox over loopback HTTPS."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import (
    PRODUCT_CACHE,
    Activator,
    Identity,
    TrialRequest,
    offered_methods,
)
from activation_wizard.core.datadir import product_dir
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import (
    EmailMissing,
    LicenseNotFound,
    NetworkError,
    NoUsableLicense,
    OAuthClientRejected,
    TrialNeedsPassword,
    TrialNotAllowed,
)
from activation_wizard.messages import describe
from activation_wizard.sandbox.api import Signer
from activation_wizard.sandbox.server import Sandbox
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from tests.conftest import MemoryKeyring, sandbox_config

USERS = "sandbox-users"
PASSWORD = "demo-password"


def user_activator(sandbox: Sandbox, tmp_path: Path, **overrides: object) -> Activator:
    config = sandbox_config(sandbox, tmp_path, product=USERS, **overrides)
    return Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))


def recorded_requests(sandbox: Sandbox) -> list[dict[str, object]]:
    with sandbox.db.tx() as db:
        rows = db.execute("SELECT request FROM devices WHERE request != '{}'").fetchall()
    return [json.loads(r["request"]) for r in rows]


def test_an_account_with_several_licenses_lists_them_and_the_choice_reaches_the_server(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    activator = user_activator(sandbox, tmp_path)
    who = Identity("user", "several@sandbox.test", PASSWORD)
    licenses = activator.user_licenses(who)
    assert len(licenses) == 4
    assert [e.license.unusable_reason for e in licenses] == [
        "",
        "",
        "expired",
        "disabled by the vendor",
    ]
    assert activator.choose_license(licenses) is None  # two usable: the user picks
    chosen = licenses[1].license.id
    result = activator.activate(replace(who, license_id=chosen))
    assert result.license.info.id == chosen
    assert recorded_requests(sandbox)[-1]["license_id"] == chosen
    stored = activator.load()
    assert stored.license_id == chosen
    assert activator.check().license.id == chosen  # check names the same license
    activator.deactivate()
    with sandbox.db.tx() as db:
        active = db.execute(
            "SELECT COUNT(*) FROM devices WHERE license_id = ? AND active = 1", (chosen,)
        ).fetchone()[0]
    assert active == 0


def test_one_usable_license_is_chosen_without_asking(sandbox: Sandbox, tmp_path: Path) -> None:
    activator = user_activator(sandbox, tmp_path)
    licenses = activator.user_licenses(Identity("user", "ok@sandbox.test", PASSWORD))
    assert activator.choose_license(licenses) is licenses[0]
    with pytest.raises(NoUsableLicense) as caught:
        activator.choose_license([])
    assert describe(caught.value).title == "No license can be activated"


def test_a_license_id_of_someone_else_is_refused(sandbox: Sandbox, tmp_path: Path) -> None:
    activator = user_activator(sandbox, tmp_path)
    theirs = activator.user_licenses(Identity("user", "several@sandbox.test", PASSWORD))
    studio = theirs[1].license.id  # not on ok@sandbox.test's account
    with pytest.raises(LicenseNotFound):
        activator.activate(Identity("user", "ok@sandbox.test", PASSWORD, license_id=studio))


def test_a_wrong_password_reads_as_a_wrong_password_not_as_a_wrong_key(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    activator = user_activator(sandbox, tmp_path)
    for call in (
        lambda: activator.activate(Identity("user", "ok@sandbox.test", "nope")),
        lambda: activator.user_licenses(Identity("user", "ok@sandbox.test", "nope")),
        lambda: activator.activate(Identity("user", "nobody@sandbox.test", PASSWORD)),
    ):
        with pytest.raises(LicenseNotFound) as caught:
            call()
        message = describe(caught.value)
        assert message.title == "E-mail or password not accepted"
        assert "key" not in message.what
        assert message.code == "license_not_found"


def test_a_key_based_trial_twice_is_the_same_trial_and_one_seat(
    config: Config, sandbox: Sandbox
) -> None:
    first = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    result = first.start_trial(TrialRequest())
    info = result.license.info
    assert info.is_trial and info.license_key and info.license_key.startswith("TRIA-")
    assert result.activation.kind == "license_key"
    again = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    second = again.start_trial(TrialRequest())  # the same device asks again
    assert second.license.info.license_key == info.license_key
    assert second.recovered  # the server already had this device: no second seat
    assert sandbox.db.seats_used(info.license_key) == 1


def test_a_user_based_trial_signs_in_with_its_initial_password_then_needs_the_owner(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    activator = user_activator(sandbox, tmp_path)
    request = TrialRequest(
        email="new.person@example.com", user_based=True, fields={"first_name": "New"}
    )
    result = activator.start_trial(request)
    assert result.license.info.is_trial
    assert result.activation.identity == "new.person@example.com"
    assert result.license.info.user is not None and result.license.info.user.is_initial_password
    fresh = user_activator(sandbox, tmp_path / "other-store")
    with pytest.raises(TrialNeedsPassword) as caught:
        fresh.start_trial(request)  # same device: the same trial, no new password
    assert "new.person@example.com" in describe(caught.value).what


def test_trial_refusals_have_their_own_messages(sandbox: Sandbox, tmp_path: Path) -> None:
    with pytest.raises(EmailMissing) as missing:
        user_activator(sandbox, tmp_path).start_trial(TrialRequest(user_based=True))
    assert describe(missing.value).title == "E-mail address needed"
    with sandbox.db.tx() as db:
        db.execute("UPDATE products SET allow_trial = 0")
    with pytest.raises(TrialNotAllowed) as refused:
        user_activator(sandbox, tmp_path).start_trial(TrialRequest(email="a@example.com"))
    assert describe(refused.value).title == "No free trial for this product"


def test_an_initial_password_can_be_changed(sandbox: Sandbox, tmp_path: Path) -> None:
    activator = user_activator(sandbox, tmp_path)
    licenses = activator.user_licenses(Identity("user", "initial@sandbox.test", PASSWORD))
    assert licenses[0].user.is_initial_password
    activator.change_password("initial@sandbox.test", PASSWORD, "my-own-secret-1")
    with pytest.raises(LicenseNotFound):
        activator.user_licenses(Identity("user", "initial@sandbox.test", PASSWORD))
    again = activator.user_licenses(Identity("user", "initial@sandbox.test", "my-own-secret-1"))
    assert not again[0].user.is_initial_password


def test_device_variables_go_out_with_activation_and_can_be_updated(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    config = sandbox_config(sandbox, tmp_path, variables="seat=desk-4,tier=gold")
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0002"))
    assert recorded_requests(sandbox)[-1]["variables"] == {"seat": "desk-4", "tier": "gold"}
    assert {v.variable: v.value for v in activator.get_variables()} == {
        "seat": "desk-4",
        "tier": "gold",
    }
    activator.send_variables({"tier": "platinum", "build": 7})
    assert {v.variable: v.value for v in activator.get_variables()} == {
        "seat": "desk-4",
        "tier": "platinum",
        "build": 7,
    }


def variables_hook() -> dict[str, object]:
    return {"from_hook": True}


def test_a_variables_hook_adds_values(sandbox: Sandbox, tmp_path: Path) -> None:
    config = sandbox_config(
        sandbox, tmp_path, variables_hook="tests.unit.test_accounts:variables_hook"
    )
    assert Activator(config).device_variables() == {"from_hook": True}


def test_product_details_decide_the_methods_and_are_cached_for_offline_starts(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    activator = user_activator(sandbox, tmp_path)
    product, cached = activator.product_details()
    assert not cached and product.user_based and product.allow_trial
    assert offered_methods(activator.config, product) == ["user", "trial"]
    offline = Activator(replace(activator.config, api_url="https://127.0.0.1:9/api/v4"))
    again, cached = offline.product_details()
    assert cached and again == product
    forced = replace(activator.config, methods=("license_key",))
    assert offered_methods(forced, product) == ["license_key"]
    bare = replace(activator.config, authorization_method="", allow_trial=False)
    assert offered_methods(replace(bare, authorization_method="user"), None) == ["user"]
    assert offered_methods(bare, None) == ["license_key", "user"]


def test_a_cached_product_that_no_longer_reads_gives_the_servers_error(
    sandbox: Sandbox, tmp_path: Path, sandbox_signing_key: Path
) -> None:
    activator = user_activator(sandbox, tmp_path)
    activator.product_details()  # cached
    cache = product_dir(activator.config) / PRODUCT_CACHE
    body = b'{"product_id": "not a number"}'  # signed, but not what this program reads
    key = load_pem_private_key(sandbox_signing_key.read_bytes(), None)
    assert isinstance(key, rsa.RSAPrivateKey)
    cache.write_text(
        json.dumps({"body": base64.b64encode(body).decode(), "signature": Signer(key).sign(body)})
    )
    offline = Activator(replace(activator.config, api_url="https://127.0.0.1:9/api/v4"))
    with pytest.raises(NetworkError):
        offline.product_details()


def test_customer_license_users(sandbox: Sandbox, tmp_path: Path) -> None:
    activator = user_activator(sandbox, tmp_path)
    with activator.client() as client:
        found = client.customer_license_users({"product": USERS, "customer": "it@acme.example"})
    assert {u.email for u in found.users} == {"several@sandbox.test", "bob@acme.example"}


def test_oauth_token_is_fetched_once_cached_and_refetched_once_after_expiry(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    info = sandbox.info
    activator = user_activator(
        sandbox,
        tmp_path,
        client_id=info.client_id,
        client_secret=info.client_secret,
        api_key="",
        shared_key="",
    )
    tokens: dict[str, float] = sandbox.app.extensions["sandbox"]["tokens"]
    activator.activate(Identity("user", "ok@sandbox.test", PASSWORD))
    activator.check()
    assert len(tokens) == 1  # discovered, fetched once, used twice
    for token in tokens:
        tokens[token] = 0.0  # the server lets it expire early
    activator.check()  # oauth_token_expired -> one new token -> the same request again
    assert len(tokens) == 2


def test_a_wrong_oauth_secret_is_explained(sandbox: Sandbox, tmp_path: Path) -> None:
    activator = user_activator(
        sandbox,
        tmp_path,
        client_id=sandbox.info.client_id,
        client_secret="wrong-secret",
        api_key="",
        shared_key="",
    )
    with pytest.raises(OAuthClientRejected) as caught:
        activator.user_licenses(Identity("user", "ok@sandbox.test", PASSWORD))
    message = describe(caught.value)
    assert message.title == "The program's credentials were rejected"
    assert "wrong-secret" not in message.as_text() + str(caught.value)


def test_reactivating_the_same_device_is_no_transfer_another_device_is(
    sandbox: Sandbox, tmp_path: Path, sandbox_signing_key: Path
) -> None:
    def activator_on(hardware_id: str) -> Activator:
        config = sandbox_config(
            sandbox,
            tmp_path / hardware_id,
            hardware_id_provider="tests.unit.test_accounts:hw_" + hardware_id,
        )
        return Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))

    def transfers() -> int:
        with sandbox.db.tx() as db:
            return int(
                db.execute(
                    "SELECT transfer_count FROM licenses WHERE license_key = 'DEMO-OKAY-0000-0002'"
                ).fetchone()[0]
            )

    key = Identity("license_key", "DEMO-OKAY-0000-0002")
    a = activator_on("a")
    a.activate(key)
    a.deactivate()
    a.activate(key)  # the same device again
    assert transfers() == 0
    a.deactivate()
    activator_on("b").activate(key)  # another device after a deactivation
    assert transfers() == 1


def hw_a(*_: object) -> str:
    return "device-a"


def hw_b(*_: object) -> str:
    return "device-b"
