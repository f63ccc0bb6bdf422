"""Secrets (shared key, password, full license key) never reach logs or error text."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from activation_wizard.cli import main
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import WizardError
from activation_wizard.messages import describe
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import MemoryKeyring

PASSWORD = "demo-password"


def cli_flags(config: Config, shared_key: str | None = None) -> list[str]:
    """Command-line flags that point main() at the test sandbox."""
    return [
        "--api-url",
        config.api_url,
        "--product",
        config.product,
        "--api-key",
        config.api_key,
        "--shared-key",
        shared_key or config.shared_key,
        "--ca-file",
        str(config.ca_file),
    ]


def test_no_secret_in_logs_or_errors(
    caplog: pytest.LogCaptureFixture, config: Config, sandbox: Sandbox
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx, httpcore, keyring, ours: everything
    secrets = [config.shared_key, PASSWORD, "DEMO-OKAY-0000-0001", "DEMO-DSBL-0000-0001"]
    texts: list[str] = []

    def attempt(activator: Activator, identity: Identity) -> None:
        try:
            activator.activate(identity)
            activator.check()
            activator.deactivate()
        except WizardError as exc:
            message = describe(exc)
            texts.extend([str(exc), repr(exc), message.as_text()])

    users = replace(config, product="sandbox-users")
    for cfg, identity in [
        (config, Identity("license_key", "DEMO-OKAY-0000-0001")),
        (config, Identity("license_key", "DEMO-DSBL-0000-0001")),
        (users, Identity("user", "ok@sandbox.test", PASSWORD)),
        (users, Identity("user", "ok@sandbox.test", "wrong-" + PASSWORD)),
        (
            replace(config, shared_key="x" + config.shared_key),  # signature_mismatch
            Identity("license_key", "DEMO-OKAY-0000-0001"),
        ),
    ]:
        attempt(Activator(cfg, store=ActivationStore(cfg, backend=MemoryKeyring())), identity)
    texts.append(repr(config))
    # The sandbox's own access log is the server's, not this program's.
    ours = [r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug")]
    assert any("check_license" in line for line in ours)  # requests were logged...
    blob = "\n".join(ours + texts)
    assert len(texts) >= 6  # the failures really happened and were rendered
    for secret in secrets:
        assert secret not in blob


def test_cli_errors_show_no_secret(capsys: pytest.CaptureFixture[str], config: Config) -> None:
    flags = cli_flags(config, shared_key="wrong-shared-secret")
    code = main([*flags, "activate", "--license-key", "DEMO-OKAY-0000-0001"])
    out, err = capsys.readouterr()
    assert code != 0
    assert "wrong-shared-secret" not in out + err
    assert "DEMO-OKAY-0000-0001" not in out + err


def test_the_activator_logs_its_steps_with_the_key_masked(
    caplog: pytest.LogCaptureFixture, activator: Activator
) -> None:
    caplog.set_level(logging.INFO, logger="activation_wizard")
    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    activator.deactivate()
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("activation_wizard")]
    assert any("activating ****-****-****-0001" in line for line in lines)
    assert any(line.startswith("activated; stored in") for line in lines)
    assert any("deactivated ****-****-****-0001" in line for line in lines)
    assert not any("DEMO-OKAY-0000-0001" in line for line in lines)


def test_cli_verbose_logs_to_stderr_without_secrets(
    capsys: pytest.CaptureFixture[str], config: Config
) -> None:
    flags = cli_flags(config)
    main(["-vv", *flags, "activate", "--license-key", "DEMO-DSBL-0000-0001"])
    err = capsys.readouterr().err
    assert "activating ****-****-****-0001" in err  # our INFO line reached stderr
    assert "HTTP Request: POST" in err  # and httpx's, at -vv
    assert "DEMO-DSBL-0000-0001" not in err and config.shared_key not in err


def test_main_leaves_no_logging_handlers_behind(config: Config) -> None:
    before = list(logging.getLogger().handlers)
    main(["-v", "--product", "acme", "status"])  # a config error: returns early
    assert logging.getLogger().handlers == before
