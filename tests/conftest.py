"""Fixtures every test layer shares: a real sandbox, a config for it, keyrings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import: no display here

import shutil
import ssl
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from activation_wizard.config import Config, load_config
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.sandbox.faults import Faults
from activation_wizard.sandbox.server import Sandbox
from activation_wizard.testing.keyrings import MemoryKeyring
from activation_wizard.testing.sandbox import SandboxClock


@pytest.fixture(scope="session")
def sandbox_signing_key(wizard_signing_key: Path) -> Path:
    """The QA plugin's session key (making an RSA-4096 key per test costs up to 1.5 s)."""
    return wizard_signing_key


def make_sandbox(folder: Path, signing_key: Path, **kwargs: Any) -> Sandbox:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(signing_key, folder / "sandbox.signing-key.pem")
    return Sandbox(folder / "sandbox.sqlite3", **kwargs)


@pytest.fixture(autouse=True)
def _no_kept_connections() -> Iterator[None]:
    """Each test starts and ends without connections kept for a next request
    (they belong to one sandbox; tests/unit/test_warm.py tests keeping them)."""
    yield
    from activation_wizard.core.activation.context import close_kept_connections

    close_kept_connections()


@pytest.fixture
def faults() -> Faults:
    return Faults()


@pytest.fixture
def sandbox_clock() -> SandboxClock:
    return SandboxClock()


@pytest.fixture
def sandbox(
    tmp_path: Path, sandbox_signing_key: Path, faults: Faults, sandbox_clock: SandboxClock
) -> Iterator[Sandbox]:
    """The sandbox served for real over loopback HTTPS with its own CA."""
    with make_sandbox(
        tmp_path / "sandbox", sandbox_signing_key, tls=True, faults=faults, clock=sandbox_clock
    ) as sb:
        yield sb


def sandbox_config(sandbox: Sandbox, tmp_path: Path, **overrides: Any) -> Config:
    product = overrides.get("product", sandbox.info.product)
    flags = {
        **sandbox.info.config_flags(),
        "data_dir": str(tmp_path / "userdata"),
        "keyring_service": f"activation-wizard-test:{uuid.uuid4().hex}",
        # As a vendor's config states them (the welcome page offers these at once; a
        # config without them makes it wait for the server, tested on its own).
        "authorization_method": "user" if product == "sandbox-users" else "license-key",
        "allow_trial": True,
        **overrides,
    }
    return load_config(flags=flags, env={})


@pytest.fixture
def config(sandbox: Sandbox, tmp_path: Path) -> Config:
    return sandbox_config(sandbox, tmp_path)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def activator(config: Config, memory_keyring: MemoryKeyring) -> Activator:
    return Activator(config, store=ActivationStore(config, backend=memory_keyring))


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def first(sandbox: Sandbox, scenario: str) -> dict[str, str]:
    return next(s for s in sandbox.info.licenses if s["scenario"] == scenario)


def trust(sandbox: Sandbox) -> ssl.SSLContext:
    assert sandbox.ca_file is not None
    return ssl.create_default_context(cafile=str(sandbox.ca_file))


def raw_client(sandbox: Sandbox) -> httpx.Client:
    """A plain client for talking to the sandbox without our signing (rule tests)."""
    return httpx.Client(
        base_url=sandbox.api_url + "/", verify=trust(sandbox) if sandbox.ca_file else True
    )


def pytest_sessionstart(session: pytest.Session) -> None:
    """The .qm files are built from the .ts files (as packaging/dev does): tests
    in German and Japanese load what a user's copy would."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    folder = root / "resources" / "i18n"
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        env = {**os.environ, "VENV_BIN": str(Path(sys.executable).parent)}
        subprocess.run(["bash", str(root / "packaging" / "i18n.sh"), "build"], check=True, env=env)
