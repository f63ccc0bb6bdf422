"""The pytest plugin (entry point ``pytest11``): fixtures that test a vendor's
wizard against the License API sandbox, with a private data folder and keyring.

Fixtures: ``license_sandbox``, ``wizard_keyring``, ``wizard_settings``,
``wizard_config``, ``make_activation_wizard``, ``activation_wizard``,
``wizard_driver``. Options: ``--wizard-config PATH``, ``--license-sandbox-scope
function|session``, ``--wizard-keyring auto|secret-service|memory``.

Imports of Qt, the sandbox and the wizard happen inside the fixtures: a test run
that uses none of them pays nothing for the plugin.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from activation_wizard.config import Config
    from activation_wizard.gui.wizard import ActivationWizard
    from activation_wizard.testing.driver import WizardDriver
    from activation_wizard.testing.keyrings import PrivateKeyring
    from activation_wizard.testing.sandbox import LicenseSandbox
    from pytestqt.qtbot import QtBot


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("activation-wizard", "testing the activation wizard")
    group.addoption(
        "--wizard-config",
        metavar="PATH",
        default=None,
        help="the vendor's activation-wizard.toml; its connection is replaced by the sandbox's",
    )
    group.addoption(
        "--license-sandbox-scope",
        choices=("function", "session"),
        default="function",
        help="one sandbox per test (isolated; the default) or per session (faster)",
    )
    group.addoption(
        "--wizard-keyring",
        choices=("auto", "secret-service", "memory"),
        default="auto",
        help="where activations are stored: the session's Secret Service when there is "
        "one (auto), required, or memory",
    )


_VENDOR_NAMES_PRODUCT = pytest.StashKey[bool]()
_SANDBOXES = pytest.StashKey[list[Any]]()


def _check_options(config: pytest.Config) -> None:
    """Mistakes in the options are said once, before any test runs."""
    value = config.getoption("--wizard-config")
    if value:
        path = Path(value).resolve()  # a test that changes folder still finds it
        if not path.is_file():
            raise pytest.UsageError(f"--wizard-config {value}: no such file")
        config.option.wizard_config = str(path)
        from activation_wizard.config import load_config
        from activation_wizard.errors import ConfigError

        placeholder = {  # what the sandbox replaces: the connection and the product code
            "api_url": "https://127.0.0.1:1/api/v4",
            "api_key": "k",
            "shared_key": "s",
            "product": "placeholder",
        }
        try:
            vendor = load_config(path, flags=placeholder, env={})
        except ConfigError as exc:
            raise pytest.UsageError(f"--wizard-config {value}: {exc}") from None
        config.stash[_VENDOR_NAMES_PRODUCT] = vendor.product_name != vendor.product
    if config.getoption("--wizard-keyring") == "secret-service":
        from activation_wizard.testing.keyrings import secret_service_problem

        problem = secret_service_problem()
        if problem:
            raise pytest.UsageError(f"--wizard-keyring secret-service: {problem}")


def pytest_report_header(config: pytest.Config) -> list[str]:
    from activation_wizard.testing.keyrings import secret_service_problem

    prefer = config.getoption("--wizard-keyring")
    problem = secret_service_problem() if prefer != "memory" else "memory was asked for"
    keyring = "Secret Service (a private item name per test)" if not problem else "memory"
    why = f" ({problem})" if problem else ""
    scope = config.getoption("--license-sandbox-scope")
    wizard_config = config.getoption("--wizard-config") or "none (the sandbox's product)"
    return [
        f"activation-wizard: sandbox per {scope}; keyring: {keyring}{why}; config: {wizard_config}"
    ]


def _sandbox_scope(fixture_name: str, config: pytest.Config) -> Any:
    return config.getoption("--license-sandbox-scope")


@pytest.fixture(scope="session")
def wizard_signing_key(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sandbox's RSA key (4096 bits, as the service's), made once per session:
    making one takes up to 1.5 s."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    path = tmp_path_factory.mktemp("wizard-key") / "signing-key.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


@pytest.fixture(scope=_sandbox_scope)
def license_sandbox(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    wizard_signing_key: Path,
) -> Iterator[LicenseSandbox]:
    """The License API sandbox on loopback HTTPS: ``.license("ok")``,
    ``.user("several_licenses")``, ``.product(scenario)``, ``.fault(spec)``,
    ``.faults``, ``.seats(key)``, ``.clock``, ``.sso``, ``.portal_upload(file)``."""
    from activation_wizard.testing.sandbox import LicenseSandbox

    folder = tmp_path_factory.mktemp("license-sandbox")
    with LicenseSandbox(folder, signing_key=wizard_signing_key) as sandbox:
        sandboxes = request.config.stash.setdefault(_SANDBOXES, [])
        sandboxes.append(sandbox)
        yield sandbox
        sandboxes.remove(sandbox)


@pytest.fixture(autouse=True)
def _license_sandbox_between_tests(request: pytest.FixtureRequest) -> Iterator[None]:
    """A session's sandbox starts each test without the last one's faults or clock
    (its licenses, seats and accounts carry over: use fresh demo entries)."""
    yield
    for sandbox in request.config.stash.get(_SANDBOXES, []):
        sandbox.faults.clear()
        sandbox.clock.offset = 0.0


@pytest.fixture
def wizard_keyring(request: pytest.FixtureRequest) -> Iterator[PrivateKeyring]:
    """This test's keyring (``.backend``, ``.service``, ``.kind``); every item the
    wizard wrote is removed afterwards."""
    from activation_wizard.testing.keyrings import private_keyring

    with private_keyring(request.config.getoption("--wizard-keyring")) as keyring:
        yield keyring


@pytest.fixture
def wizard_settings() -> dict[str, Any]:
    """Settings over the vendor's file for every wizard of a test (override this
    fixture, or pass them to ``make_activation_wizard``): e.g. ``{"language": "de"}``."""
    return {}


@pytest.fixture
def wizard_config_file(request: pytest.FixtureRequest) -> Path | None:
    """The vendor's configuration file (``--wizard-config``); override to choose one
    in code."""
    value = request.config.getoption("--wizard-config")
    return Path(value) if value else None


@pytest.fixture
def _wizard_configs(
    request: pytest.FixtureRequest,
    license_sandbox: LicenseSandbox,
    wizard_keyring: PrivateKeyring,
    wizard_config_file: Path | None,
    wizard_settings: dict[str, Any],
    tmp_path: Path,
) -> Callable[..., Config]:
    import dataclasses
    import difflib

    from activation_wizard.config import Config, load_config

    data_dir = tmp_path / "wizard-data"
    connection = license_sandbox.config_flags()
    if request.config.stash.get(_VENDOR_NAMES_PRODUCT, False):
        del connection["product_name"]  # the vendor's own name stays on every page
    known = {f.name for f in dataclasses.fields(Config)}

    def make(**settings: Any) -> Config:
        for name in {**wizard_settings, **settings}:
            if name not in known:
                near = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean {near[0]!r}?" if near else ""
                raise TypeError(f"{name!r} is not a setting of the wizard{hint}")
        flags = {
            **connection,
            "data_dir": str(data_dir),
            "keyring_service": wizard_keyring.service,
            **wizard_settings,
            **settings,
        }
        # The test machine's ACTIVATION_WIZARD_* variables stay out of it.
        return load_config(wizard_config_file, flags=flags, env={})

    return make


@pytest.fixture
def wizard_config(_wizard_configs: Callable[..., Config]) -> Config:
    """The vendor's configuration pointed at the sandbox, with this test's data
    folder and keyring."""
    return _wizard_configs()


@pytest.fixture
def make_activation_wizard(
    qtbot: QtBot, _wizard_configs: Callable[..., Config], wizard_keyring: PrivateKeyring
) -> Iterator[Callable[..., ActivationWizard]]:
    """``make_activation_wizard(**settings)``: a wizard as the program opens it, on
    the same computer as the test's other wizards (one data folder and keyring: a
    second one is the program started again). Its dialogs are scripted
    (``wizard.session.dialogs``, an ``activation_wizard.testing.ScriptedDialogs``)."""
    from activation_wizard import i18n
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.store import ActivationStore
    from activation_wizard.gui.wizard import ActivationWizard
    from activation_wizard.testing.dialogs import ScriptedDialogs

    made: list[ActivationWizard] = []

    def make(**settings: Any) -> ActivationWizard:
        config = _wizard_configs(**settings)
        i18n.install(config.language)
        if i18n.unbuilt():
            pytest.fail(
                f"the {i18n.unbuilt()!r} translations are not compiled in this installation "
                "(a source checkout: bash packaging/i18n.sh build)"
            )
        store = ActivationStore(config, backend=wizard_keyring.backend)
        wizard = ActivationWizard(Activator(config, store=store), dialogs=ScriptedDialogs())
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.is_ready, timeout=10000)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        assert wizard.runner.shutdown(5000), "a background task of the wizard did not end"
        wizard.session.activator.close_connections()
    if made:
        i18n.install("en")


@pytest.fixture
def activation_wizard(make_activation_wizard: Callable[..., ActivationWizard]) -> ActivationWizard:
    """The vendor's wizard, shown, against the sandbox."""
    return make_activation_wizard()


@pytest.fixture
def wizard_driver(activation_wizard: ActivationWizard, qtbot: QtBot) -> WizardDriver:
    """A ``WizardDriver`` for ``activation_wizard``."""
    from activation_wizard.testing.driver import WizardDriver

    return WizardDriver(activation_wizard, qtbot)


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    _check_options(config)
    # Qt aborts the process without a display; a QA run on a headless machine needs
    # the offscreen platform before the first Qt import.
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
