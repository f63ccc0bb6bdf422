"""The sandbox's SSO rules: codes are single-use and expire, tokens belong to one
customer account, unknown accounts and redirect mismatches are refused."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.sso import Grant
from activation_wizard.errors import CustomerAccountNotFound, LicenseNotFound, ServerRejected
from activation_wizard.messages import describe
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import sandbox_config

ACCOUNT = "acme-sso"


def grant(sandbox: Sandbox, kind: str, *, expires_in: float = 60, account: str = ACCOUNT) -> str:
    value = f"{kind}-{time.monotonic_ns()}"
    with sandbox.db.tx() as db:
        user = db.execute("SELECT id FROM users WHERE email = 'alice@acme.example'").fetchone()
        db.execute(
            "INSERT INTO sso_grants (value, kind, user_id, account, redirect_uri, expires_at)"
            " VALUES (?, ?, ?, ?, 'http://127.0.0.1:1/callback', ?)",
            (value, kind, user[0], account, time.time() + expires_in),
        )
    return value


@pytest.fixture
def users_config(sandbox: Sandbox, tmp_path: Path) -> Config:
    return sandbox_config(sandbox, tmp_path, product="sandbox-users")


def licenses(config: Config, g: Grant) -> list[object]:
    return list(Activator(config).user_licenses(Identity("sso", "", grant=g)))


def test_a_code_works_once(users_config: Config, sandbox: Sandbox) -> None:
    g = Grant(ACCOUNT, "http://127.0.0.1:1/callback", code=grant(sandbox, "code"))
    assert len(licenses(users_config, g)) == 1
    with pytest.raises(LicenseNotFound) as caught:
        licenses(users_config, g)
    caught.value.context = "sso"
    assert describe(caught.value).title == "No license for your account"


def test_a_token_serves_until_it_expires(users_config: Config, sandbox: Sandbox) -> None:
    g = Grant(ACCOUNT, "r", id_token=grant(sandbox, "token"))
    assert licenses(users_config, g) == licenses(users_config, g)
    expired = Grant(ACCOUNT, "r", id_token=grant(sandbox, "token", expires_in=-1))
    with pytest.raises(LicenseNotFound):
        licenses(users_config, expired)


def test_a_grant_of_another_account_and_a_wrong_redirect_are_refused(
    users_config: Config, sandbox: Sandbox
) -> None:
    with sandbox.db.tx() as db:
        db.execute("INSERT INTO customer_accounts VALUES ('other-org', 'Other')")
    g = Grant("other-org", "r", id_token=grant(sandbox, "token"))
    with pytest.raises(ServerRejected) as caught:
        licenses(users_config, g)
    assert caught.value.server_code == "customer_account_id_mismatch"
    wrong = Grant(ACCOUNT, "http://127.0.0.1:2/elsewhere", code=grant(sandbox, "code"))
    with pytest.raises(ServerRejected) as caught:
        licenses(users_config, wrong)
    assert caught.value.server_code == "validation_error"


def test_an_unknown_account_is_refused_everywhere(users_config: Config, sandbox: Sandbox) -> None:
    with pytest.raises(CustomerAccountNotFound):
        licenses(users_config, Grant("no-such-org", "r", code="x"))
    activator = Activator(users_config)
    receiver = activator.sso_receiver("no-such-org")
    with pytest.raises(CustomerAccountNotFound) as caught:
        activator.sso_login("no-such-org", receiver)
    receiver.close()
    assert "'no-such-org'" in describe(caught.value).what
