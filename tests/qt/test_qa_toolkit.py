"""The QA toolkit (activation_wizard.testing) as a vendor's QA engineer meets it:
its contract of object names holds on every page, the driver says where the wizard
was when a step does not fit, and its fixtures leave nothing behind."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.testing import CONTROLS, DriverError, LicenseSandbox, WizardDriver
from activation_wizard.testing.keyrings import private_keyring
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.qt.tour import tour


def test_every_page_carries_the_names_the_driver_relies_on(
    qtbot: QtBot, wizard: ActivationWizard
) -> None:
    assert set(CONTROLS) == {page.name.lower() for page in PageId}
    seen = set()
    for page_id in tour(qtbot, wizard):
        name = page_id.name.lower()
        page = wizard.currentPage()
        assert page.objectName() == f"page_{name}"
        assert WizardDriver(wizard, qtbot).page == name
        missing = [c for c in CONTROLS[name] if page.findChild(QWidget, c) is None]
        assert not missing, f"page {name} lost {missing}"
        seen.add(name)
    assert seen == set(CONTROLS)


def test_the_driver_says_where_the_wizard_was_when_a_step_does_not_fit(
    wizard_driver: WizardDriver,
) -> None:
    wizard_driver.wait_until_ready()
    with pytest.raises(DriverError, match="expected page license_key, on 'welcome'"):
        wizard_driver.enter_key("DEMO-OKAY-0000-0001")
    with pytest.raises(ValueError, match="unknown way 'phone'"):
        wizard_driver.choose("phone")
    with pytest.raises(ValueError, match="unknown states"):
        wizard_driver.wait_for("finished")
    wizard_driver.choose("key")
    with pytest.raises(DriverError, match="Next is disabled on page 'license_key'"):
        wizard_driver.next()  # no key typed yet


def test_a_refusal_is_read_by_its_code_in_any_language(
    make_activation_wizard, qtbot: QtBot, license_sandbox: LicenseSandbox
) -> None:  # type: ignore[no-untyped-def]
    key = license_sandbox.license("license_expired").license_key
    shown = []
    for language in ("de", "ja"):
        driver = WizardDriver(make_activation_wizard(language=language), qtbot)
        assert driver.activate_key(key) == "error"
        error = driver.error()
        assert error is not None and error.code == "license_expired"
        shown.append(error.title)
        driver.wizard.close()
    assert shown[0] != shown[1]  # each in its own language, the code the same


def test_an_initial_password_is_changed_then_the_account_activates(
    make_activation_wizard, qtbot: QtBot, license_sandbox: LicenseSandbox
) -> None:  # type: ignore[no-untyped-def]
    account = license_sandbox.user("initial_password")
    driver = WizardDriver(make_activation_wizard(product=account.product), qtbot)
    driver.choose("account")
    driver.sign_in(account.username, account.password)
    assert driver.wait_for("password", "error") == "password"
    driver.change_password("my-own-secret-1")
    driver.next()
    driver.wait_for("device")
    driver.next()
    assert driver.wait_for("done", "error") == "done"


def test_a_saved_activation_is_imported_on_the_welcome_page(
    make_activation_wizard,
    qtbot: QtBot,
    license_sandbox: LicenseSandbox,
    wizard_config,
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from activation_wizard.core.activation import Activator, Identity
    from activation_wizard.core.store import ActivationStore
    from activation_wizard.testing.keyrings import MemoryKeyring

    key = license_sandbox.license("ok").license_key
    elsewhere = replace(wizard_config, data_dir=tmp_path / "elsewhere")
    saved = Activator(elsewhere, store=ActivationStore(elsewhere, backend=MemoryKeyring()))
    rescue = tmp_path / "activation-recovery.json"
    saved.export(saved.activate(Identity("license_key", key)), rescue)
    driver = WizardDriver(make_activation_wizard(), qtbot)
    assert driver.import_activation(rescue) == "status"
    assert driver.status().activation.identity == key
    assert license_sandbox.seats(key) == 1  # the same seat, not a second one


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _children() -> int:
    me = str(os.getpid())
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            count += stat.rsplit(")", 1)[1].split()[1] == me
    return count


def test_the_sandbox_and_keyring_leave_no_thread_socket_or_item_behind(
    qtbot: QtBot, tmp_path: Path
) -> None:
    def one_round(folder: Path) -> None:
        with LicenseSandbox(folder) as sandbox, private_keyring("memory") as keyring:
            keyring.backend.set_password(keyring.service, "activation", "x")
            browser = sandbox.sso.browser("alice@acme.example")
            assert sandbox.seats(sandbox.license("ok").license_key) == 0
            assert browser is not None
        assert keyring.backend.get_password(keyring.service, "activation") is None

    one_round(tmp_path / "warm")  # first use loads modules and caches (not leaks)
    before = (_open_fds(), threading.active_count(), _children())
    one_round(tmp_path / "measured")
    assert (_open_fds(), threading.active_count(), _children()) == before


README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_lists_the_contract_and_its_examples_run_in_the_sample_suite() -> None:
    text = README.read_text(encoding="utf-8")
    for page, controls in CONTROLS.items():
        row = f"| `{page}` | {', '.join(f'`{c}`' for c in controls)} |"
        assert row in text, f"README's contract table lacks: {row}"
    section = text.split("## Testing your wizard", 1)[1].split("\n## ", 1)[0]
    examples = [block.split("```", 1)[0] for block in section.split("```python\n")[1:]]
    sample = (README.parent / "tests" / "sample_qa" / "test_activation_paths.py").read_text()
    assert len(examples) == 2
    for example in examples:  # each test of the README is one the sample suite runs
        lines = [line for line in example.splitlines() if line.strip()]
        assert lines[0].startswith("def test_") and all(line in sample for line in lines[1:])
