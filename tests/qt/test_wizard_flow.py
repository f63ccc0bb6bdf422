"""The key path of the wizard as a user walks it, against the real sandbox."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.messages import MESSAGES
from activation_wizard.sandbox.faults import Fault, Faults
from activation_wizard.sandbox.server import Sandbox
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring, first
from tests.qt.conftest import ScriptedDialogs, click, shoot

NEXT = QWizard.WizardButton.NextButton
CANCEL = QWizard.WizardButton.CancelButton


def to_key_page(qtbot: QtBot, wizard: ActivationWizard) -> None:
    assert wizard.currentId() == PageId.WELCOME
    shoot(wizard, "01-welcome")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.LICENSE_KEY


def enter_key_and_activate(qtbot: QtBot, wizard: ActivationWizard, key: str) -> None:
    to_key_page(qtbot, wizard)
    wizard.key_page.edit.setText(key)
    shoot(wizard, "02-license-key")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.DEVICE
    assert wizard.button(NEXT).text().replace("&", "") == "Activate"
    shoot(wizard, "03-device")
    click(qtbot, wizard, NEXT)


def test_next_is_enabled_only_for_a_well_formed_key(qtbot: QtBot, wizard: ActivationWizard) -> None:
    to_key_page(qtbot, wizard)
    edit, next_button = wizard.key_page.edit, wizard.button(NEXT)
    assert not next_button.isEnabled()
    qtbot.keyClicks(edit, "demo-okay")
    assert not next_button.isEnabled()
    assert "Keep typing" in wizard.key_page.hint.text()
    qtbot.keyClicks(edit, "-0000-0001")
    assert edit.text() == "DEMO-OKAY-0000-0001"  # upper-cased as typed
    assert next_button.isEnabled()
    qtbot.keyClicks(edit, "9")
    assert not next_button.isEnabled()
    assert "does not look like" in wizard.key_page.hint.text()


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("DEMO-\u041eKAY", "another alphabet"),  # a Cyrillic О from the wrong layout
        ("DEMÖ", "has no “Ö”"),  # not "Keep typing": no key has it
        ("DEMO-OK", "Keep typing"),
    ],
)
def test_the_key_hint_says_what_is_wrong(
    qtbot: QtBot, wizard: ActivationWizard, typed: str, hint: str
) -> None:
    to_key_page(qtbot, wizard)
    wizard.key_page.edit.setText(typed)
    assert hint in wizard.key_page.hint.text()
    assert not wizard.button(NEXT).isEnabled()


@pytest.mark.parametrize(
    "pasted",
    [" demo-okay-0000-0001 ", "DEMO OKAY 0000 0001", "demo-okay-0000-0001\n", "demookay00000001"],
)
def test_pasted_keys_are_normalised(qtbot: QtBot, wizard: ActivationWizard, pasted: str) -> None:
    to_key_page(qtbot, wizard)
    QApplication.clipboard().setText(pasted)
    wizard.key_page.edit.setFocus()
    qtbot.keyClick(wizard.key_page.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert wizard.key_page.edit.text() == "DEMO-OKAY-0000-0001"
    assert wizard.button(NEXT).isEnabled()


def test_a_good_key_shows_the_license_details(
    qtbot: QtBot, wizard: ActivationWizard, sandbox: Sandbox
) -> None:
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    shoot(wizard, "05-done")
    details = wizard.done_page.details
    assert details.value("License type") == "Time-limited"
    assert details.value("Devices activated") == "1 of 5"
    assert "days left" in details.value("Expires")
    assert details.value("Licensed to") == "Jane Doe <jane.doe@example.com>"
    assert details.value("Features") == "Pro tools, Export to PDF"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # committed
    assert not wizard.button(CANCEL).isVisible()  # nothing left to cancel
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def _activator_for(scenario: dict[str, str], config: Config) -> Activator:
    cfg = replace(config, product=scenario["product"])
    return Activator(cfg, store=ActivationStore(cfg, backend=MemoryKeyring()))


ERROR_KEYS = [
    "unknown_product",
    "license_not_found",
    "license_not_enabled",
    "vm_not_allowed",
    "license_start_date_error",
    "blacklisted",
    "license_activated_max_times",
    "license_expired",
    "license_transferred_max_times",
]


@pytest.mark.parametrize("code", ERROR_KEYS)
def test_each_seeded_error_key_shows_its_own_message(
    qtbot: QtBot,
    make_wizard,
    sandbox: Sandbox,
    config: Config,
    code: str,  # type: ignore[no-untyped-def]
) -> None:
    scenario = first(sandbox, code)
    wizard = make_wizard(_activator_for(scenario, config))
    enter_key_and_activate(qtbot, wizard, scenario["license_key"])
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    shoot(wizard, f"04-error-{code}")
    assert page.panel.title.text() == MESSAGES[code].title
    assert page.panel.code.text() == f"Code: {code}"
    assert wizard.currentId() == PageId.ACTIVATING
    assert not wizard.button(QWizard.WizardButton.CommitButton).isVisible()  # no greyed Continue
    # Retry only where trying the same again can work (a seat freed meanwhile);
    # otherwise the way out is changing the key, and focus is on that button.
    assert page.retry_button.isVisible() == (code == "license_activated_max_times")
    assert page.change_button.text().replace("&", "") == "Change the key"
    focused = page.retry_button if page.retry_button.isVisible() else page.change_button
    assert focused.hasFocus()


def test_back_after_a_refusal_goes_to_the_key_selected_not_the_device_page(
    qtbot: QtBot, wizard: ActivationWizard
) -> None:
    enter_key_and_activate(qtbot, wizard, "DEMO-NONE-0000-0404")
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.LICENSE_KEY, timeout=2000)
    edit = wizard.key_page.edit
    assert edit.hasFocus() and edit.selectedText() == "DEMO-NONE-0000-0404"
    # The same with the page's own button.
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    page.change_button.click()
    assert wizard.currentId() == PageId.LICENSE_KEY and edit.hasFocus()


def test_closing_the_window_mid_activation_asks_first(
    qtbot: QtBot, wizard: ActivationWizard, faults: Faults, dialogs: ScriptedDialogs
) -> None:
    faults.delay = 30
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    qtbot.wait(200)
    dialogs.confirm_answer = False  # "Keep activating"
    wizard.close()  # what Alt+F4 and the title bar's close button do
    assert dialogs.asked == ["Stop the activation?"]
    assert wizard.isVisible() and wizard.activating_page.busy
    assert wizard.currentId() == PageId.ACTIVATING  # not silently back at the key
    dialogs.confirm_answer = True  # "Stop and close"
    wizard.close()
    assert not wizard.isVisible() and not wizard.activating_page.busy


def test_a_device_the_server_already_has_is_recovered_not_refused(
    qtbot: QtBot, wizard: ActivationWizard, sandbox: Sandbox
) -> None:
    enter_key_and_activate(qtbot, wizard, first(sandbox, "license_device_exists")["license_key"])
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    assert "no extra seat" in wizard.done_page.note.text()


def test_cancel_during_a_slow_response_returns_to_the_key_page(
    qtbot: QtBot, wizard: ActivationWizard, faults: Faults, sandbox: Sandbox
) -> None:
    faults.delay = 30
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    page = wizard.activating_page
    assert page.busy and page.busy_bar.isVisible()
    shoot(wizard, "04-activating")
    qtbot.wait(200)  # the request is now in flight, the server sitting on it
    click(qtbot, wizard, CANCEL)
    assert wizard.isVisible()  # Cancel aborted the request, it did not close the window
    assert wizard.currentId() == PageId.LICENSE_KEY
    assert wizard.key_page.edit.text() == "DEMO-OKAY-0000-0001"  # nothing lost
    assert not page.busy
    # The server wakes up and may still commit the cancelled request: the wizard
    # settles that in the background, and the next try ends with exactly one seat.
    faults.delay = 0
    faults.released.set()
    qtbot.waitUntil(lambda: wizard.runner.pool.activeThreadCount() == 0, timeout=10000)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    assert sandbox.db.seats_used("DEMO-OKAY-0000-0001") == 1
    assert wizard.session.activator.load().identity == "DEMO-OKAY-0000-0001"


def test_retry_after_a_passing_server_failure_tries_again(
    qtbot: QtBot, wizard: ActivationWizard, sandbox: Sandbox, faults: Faults
) -> None:
    faults.add(Fault.parse("error_5xx:503@activate_license", times=1))
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.retry_button.isVisible(), timeout=10000)
    assert page.retry_button.hasFocus()
    page.retry_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    assert sandbox.db.seats_used("DEMO-OKAY-0000-0001") == 1


def test_the_device_page_shows_what_the_request_carries(
    qtbot: QtBot, wizard: ActivationWizard, sandbox: Sandbox
) -> None:
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    shown = json.loads(wizard.device_page.json_text())
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    with sandbox.db.tx() as db:
        row = db.execute(
            "SELECT request FROM devices WHERE hardware_id = ?", (shown["hardware_id"],)
        ).fetchone()
    received = json.loads(row["request"])
    assert received == shown  # "Show as JSON" is the whole request, key and product too
    assert shown["license_key"] == "DEMO-OKAY-0000-0001" and shown["product"] == "sandbox-demo"


def test_a_missing_keyring_is_reported_and_no_seat_is_spent(
    qtbot: QtBot,
    make_wizard,
    config: Config,
    sandbox: Sandbox,  # type: ignore[no-untyped-def]
) -> None:
    import keyring.backends.fail

    activator = Activator(
        config, store=ActivationStore(config, backend=keyring.backends.fail.Keyring())
    )
    wizard = make_wizard(activator)
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    shoot(wizard, "04-error-keyring")
    assert page.panel.title.text() == MESSAGES["keyring_unavailable"].title
    assert page.subTitle() == "Nothing was sent to the license server; no seat was used."
    assert sandbox.db.activation_requests() == 0


def test_a_failed_save_after_the_yes_offers_retry_and_export(
    qtbot: QtBot,
    make_wizard,
    config: Config,
    dialogs,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    import keyring.errors

    class Flaky(MemoryKeyring):
        broken = True

        def set_password(self, service: str, username: str, password: str) -> None:
            if self.broken and username == "activation":
                raise keyring.errors.PasswordSetError("gone")
            super().set_password(service, username, password)

    backend = Flaky()
    wizard = make_wizard(Activator(config, store=ActivationStore(config, backend=backend)))
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=10000)
    page = wizard.done_page
    shoot(wizard, "05-done-save-failed")
    assert page.retry_save_button.isVisible() and page.export_button.isVisible()
    assert "accepted the activation" in page.save_panel.what.text()
    assert "Retry saving" in page.save_panel.todo.text()
    shown = page.save_panel.what.text() + page.save_panel.todo.text()
    assert "Nothing was sent" not in shown  # it was: the server said yes
    dialogs.save_path = str(tmp_path / "rescue.json")
    page.export_button.click()
    assert json.loads((tmp_path / "rescue.json").read_text())["identity"] == "DEMO-OKAY-0000-0001"
    dialogs.confirm_answer = False  # Finish now would drop it: the user is asked first
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert dialogs.asked[-1] == "Close without saving?"
    assert wizard.isVisible()
    backend.broken = False
    page.retry_save_button.click()
    assert not page.retry_save_button.isVisible()
    assert wizard.session.activator.load().identity == "DEMO-OKAY-0000-0001"


def test_closing_the_window_during_a_slow_request_neither_hangs_nor_leaks(
    qtbot: QtBot, wizard: ActivationWizard, faults: Faults
) -> None:
    import time

    faults.delay = 30
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    qtbot.wait(200)
    started = time.monotonic()
    wizard.close()
    assert time.monotonic() - started < 3  # not the 30 s the server would take
    assert wizard.runner.pool.activeThreadCount() == 0


def test_a_recovery_file_is_imported_from_the_welcome_page(
    qtbot: QtBot,
    make_wizard,
    config: Config,
    dialogs,
    tmp_path: Path,
    sandbox: Sandbox,  # type: ignore[no-untyped-def]
) -> None:
    from activation_wizard.core.activation import Identity

    saved_elsewhere = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    result = saved_elsewhere.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    rescue = tmp_path / "activation-recovery.json"
    saved_elsewhere.export(result, rescue)

    wizard = make_wizard(Activator(config, store=ActivationStore(config, backend=MemoryKeyring())))
    dialogs.open_path = str(tmp_path / "garbage.json")
    (tmp_path / "garbage.json").write_text("{}")
    wizard.welcome_page.import_button.click()
    # A file that is no recovery file says so (not "the saved activation is damaged").
    qtbot.waitUntil(lambda: "This is not a saved activation" in wizard.welcome_page.note.text())
    assert wizard.currentId() == PageId.WELCOME
    dialogs.open_path = str(rescue)
    wizard.welcome_page.import_button.click()  # on a worker: the server confirms the seat
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.STATUS, timeout=10000)
    assert wizard.status_page.details.value("License key") == "****-****-****-0001"
    assert sandbox.db.seats_used("DEMO-OKAY-0000-0001") == 1


def test_check_connection_after_a_tls_failure_names_the_issuer(
    qtbot: QtBot,
    make_wizard,
    config: Config,  # type: ignore[no-untyped-def]
) -> None:
    cfg = replace(config, ca_file=None)  # this computer does not trust the server's CA
    wizard = make_wizard(Activator(cfg, store=ActivationStore(cfg, backend=MemoryKeyring())))
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    assert page.panel.title.text() == MESSAGES["tls"].title
    assert page.diagnose_button.isVisible()
    page.diagnose_button.click()
    qtbot.waitUntil(lambda: "Secure connection" in page.diagnosis.toPlainText(), timeout=10000)
    shoot(wizard, "04-error-tls-diagnosed")
    shown = page.diagnosis.toPlainText()  # plain words for the user...
    assert "✘ Secure connection: failed" in shown and "✔ Saving on this computer: fine" in shown
    assert "sha256" not in shown and "Error" not in shown
    page.panel.copy_button.click()  # ...and the technical details for support
    copied = QApplication.clipboard().text()
    assert "fail  tls:" in copied and "issued by 'Activation Wizard Sandbox'" in copied
    assert page.panel.copy_button.text() == "Copied ✓"


def test_no_connection_check_for_a_refused_key(qtbot: QtBot, wizard: ActivationWizard) -> None:
    enter_key_and_activate(qtbot, wizard, "DEMO-NONE-0000-0404")
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    assert not page.diagnose_button.isVisible()


def test_an_embedding_application_hears_activated(qtbot: QtBot, wizard: ActivationWizard) -> None:
    with qtbot.waitSignal(wizard.activated, timeout=10000) as heard:
        enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    result = heard.args[0]
    assert result.license.info.license_key == "DEMO-OKAY-0000-0001"
    assert result.save_error is None


def test_a_refused_key_does_not_announce_activated(qtbot: QtBot, wizard: ActivationWizard) -> None:
    with qtbot.assertNotEmitted(wizard.activated, wait=300):
        enter_key_and_activate(qtbot, wizard, "DEMO-DSBL-0000-0001")
        qtbot.waitUntil(lambda: wizard.activating_page.change_button.isVisible(), timeout=10000)


def test_the_stop_question_goes_when_the_activation_finishes_behind_it(
    qtbot: QtBot,
    make_wizard,
    activator: Activator,
    faults: Faults,  # type: ignore[no-untyped-def]
) -> None:
    """Issue 19: the real question stayed up, saying the server is confirming, after the
    activation had finished; 'Stop and close' then neither stopped nor closed."""
    from activation_wizard.gui.dialogs import Dialogs

    wizard = make_wizard(activator)
    wizard.session.dialogs = Dialogs()  # the real dialog, not the tests' stand-in
    faults.delay = 1.0
    enter_key_and_activate(qtbot, wizard, "DEMO-OKAY-0000-0001")
    qtbot.wait(100)
    asked: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.windowTitle() if box is not None else "")

    QTimer.singleShot(300, look)
    wizard.close()  # returns once the question is over: here, when the activation is
    assert asked == ["Stop the activation?"]
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DONE, timeout=5000)
    assert wizard.isVisible()  # the result is shown, not closed away
