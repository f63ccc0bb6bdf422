"""End-to-end: the sandbox as its own process over loopback HTTPS, the CLI and the
wizard as users run them, the real Secret Service keyring, the frozen bundle."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from activation_wizard.sandbox.db import Database
from activation_wizard.testing.chromium import Chromium, chromium_present
from activation_wizard.testing.sandbox import LicenseSandbox

from tests.fixtures.official_sdk import SdkProgram
from tests.qt.conftest import dialogs, make_wizard  # noqa: F401  (Qt fixtures, shared)

pytestmark = pytest.mark.e2e


def real_keyring_or_skip() -> None:
    """The Secret Service must be there when the suite runs through the README command."""
    from keyring.backends import SecretService

    problem = ""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        problem = "no D-Bus session"
    else:
        default = keyring.get_keyring()
        chain = getattr(default, "backends", [default])  # usually a chainer around it
        if not any(isinstance(b, SecretService.Keyring) for b in chain):
            problem = f"no Secret Service among the backends {chain!r}"
    if problem:
        if os.environ.get("ACTIVATION_WIZARD_REQUIRE_KEYRING") == "1":
            pytest.fail(f"the real Secret Service keyring is required: {problem}")
        pytest.skip(f"needs a Secret Service keyring ({problem}); run via 'packaging/dev test'")


@pytest.fixture
def secret_service() -> None:
    real_keyring_or_skip()


@dataclass
class RunningSandbox:
    info: dict[str, object]
    db_path: Path
    process: subprocess.Popen[str]

    @property
    def db(self) -> Database:
        return Database(self.db_path)


@pytest.fixture
def sandbox_process(tmp_path: Path, sandbox_signing_key: Path) -> Iterator[RunningSandbox]:
    folder = tmp_path / "sandbox-proc"
    folder.mkdir()
    shutil.copy(sandbox_signing_key, folder / "sandbox.signing-key.pem")
    db = folder / "sandbox.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "activation_wizard", "sandbox", "--tls", "--db", str(db)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    try:
        yield RunningSandbox(json.loads(line), db, proc)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


@pytest.fixture
def cli_env(sandbox_process: RunningSandbox, tmp_path: Path) -> dict[str, str]:
    """Environment that points the CLI at the sandbox, with its own data and keyring item."""
    info = sandbox_process.info
    env = dict(os.environ)
    env.update(
        {
            "ACTIVATION_WIZARD_API_URL": str(info["api_url"]),
            "ACTIVATION_WIZARD_PRODUCT": str(info["product"]),
            "ACTIVATION_WIZARD_API_KEY": str(info["api_key"]),
            "ACTIVATION_WIZARD_SHARED_KEY": str(info["shared_key"]),
            "ACTIVATION_WIZARD_PUBLIC_KEY": str(info["public_key"]),
            "ACTIVATION_WIZARD_CA_FILE": str(info["ca_file"]),
            "ACTIVATION_WIZARD_DATA_DIR": str(tmp_path / "cli-data"),
            "ACTIVATION_WIZARD_KEYRING_SERVICE": f"activation-wizard-e2e:{uuid.uuid4().hex}",
        }
    )
    return env


def run_cli(
    env: dict[str, str], *args: str, exe: list[str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = (exe or [sys.executable, "-m", "activation_wizard"]) + list(args)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, input=stdin)


ROOT = Path(__file__).resolve().parents[2]


def build_bundle(work: Path, *extra: str) -> Path:
    """`bash packaging/dev bundle` as a vendor runs it (packaging/bundle.py)."""
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "bundle.py"),
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "build"),
            *extra,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-5000:]
    program = Path(done.stdout.strip().splitlines()[-1].split("  (")[0])
    assert program.is_file()
    return program


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder QA build (it takes --qa-sandbox), unbranded; its console program."""
    return build_bundle(tmp_path_factory.mktemp("bundle"), "--qa")


@pytest.fixture(scope="session")
def onefile_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-file build of a vendor: the sample brand (tests/fixtures/brand) with
    its product and a connection (the tests' environment points it at the sandbox)."""
    work = tmp_path_factory.mktemp("onefile")
    vendor = work / "vendor"
    shutil.copytree(ROOT / "tests" / "fixtures" / "brand", vendor)
    config = vendor / "activation-wizard.toml"
    # The vendor's own icon.png: it must win over the wizard's file of that name.
    shutil.copy(vendor / "banner.png", vendor / "icon.png")
    text = (
        config.read_text(encoding="utf-8")
        .replace("[product]\n", '[product]\ncode = "sandbox-demo"\nversion = "2.3"\n')
        .replace('icon = "logo.svg"', 'icon = "icon.png"')
    )
    config.write_text(
        text + '\n[api]\nurl = "https://api.northwind.example/api/v4"\n'
        'api_key = "vendor-api-key"\nshared_key = "vendor-shared-key"\n',
        encoding="utf-8",
    )
    return build_bundle(work, "--onefile", "--vendor", str(vendor))


def sso_cli(env: dict[str, str], *extra: str) -> subprocess.Popen[str]:
    """`activate --sso acme-sso` for an account of the sandbox's SSO organisation,
    with pipes: the test reads the URL it prints and may paste on its stdin."""
    return subprocess.Popen(
        [sys.executable, "-m", "activation_wizard", "activate", "--sso", "acme-sso", *extra],
        env={**env, "ACTIVATION_WIZARD_PRODUCT": "sandbox-users"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def require_chromium() -> None:
    if not chromium_present():
        message = "needs Debian's chromium and chromium-driver (bash packaging/dev setup)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def chromium() -> Iterator[Chromium]:
    """Headless Chromium (Debian's packages, through Selenium): the real browser."""
    require_chromium()
    browser = Chromium()
    yield browser
    browser.quit()


@pytest.fixture
def sdk(license_sandbox: LicenseSandbox, tmp_path: Path) -> SdkProgram:
    """The official SDK as a vendor's program, its files in its own folder."""
    folder = tmp_path / "vendor-program"
    folder.mkdir()
    return SdkProgram(license_sandbox, folder)
