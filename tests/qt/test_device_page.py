"""The "This device" page: what is sent, and the VM warning before a seat is spent."""

from __future__ import annotations

import json
from dataclasses import replace

from activation_wizard.config import Config
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.gui.pages import PageId
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring
from tests.fixtures.device import LINUX_GUESTS, linux_laptop
from tests.qt.conftest import click, shoot

NEXT = QWizard.WizardButton.NextButton


def open_device_page(qtbot: QtBot, make_wizard, activator: Activator):  # type: ignore[no-untyped-def]
    wizard = make_wizard(activator)
    click(qtbot, wizard, NEXT)
    wizard.key_page.edit.setText("DEMO-OKAY-0000-0001")
    click(qtbot, wizard, NEXT)
    assert wizard.currentId() == PageId.DEVICE
    return wizard


def test_vm_warning_when_the_product_forbids_vms(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    config: Config,
) -> None:
    cfg = replace(config, prevent_vm=True)
    activator = Activator(
        cfg, store=ActivationStore(cfg, backend=MemoryKeyring()), probe=LINUX_GUESTS["VirtualBox"]()
    )
    wizard = open_device_page(qtbot, make_wizard, activator)
    shoot(wizard, "03-device-vm-warning")
    warning = wizard.device_page.vm_warning
    assert warning.isVisible()
    assert "VirtualBox" in warning.text() and "physical computer" in warning.text()


def test_no_warning_on_bare_metal_or_when_vms_are_allowed(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    config: Config,
) -> None:
    for cfg, probe in (
        (replace(config, prevent_vm=True), linux_laptop()),
        (config, LINUX_GUESTS["VirtualBox"]()),
    ):
        activator = Activator(cfg, store=ActivationStore(cfg, backend=MemoryKeyring()), probe=probe)
        wizard = open_device_page(qtbot, make_wizard, activator)
        assert not wizard.device_page.vm_warning.isVisible()


def test_rows_and_json_show_the_same_values(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    config: Config,
) -> None:
    activator = Activator(
        config, store=ActivationStore(config, backend=MemoryKeyring()), probe=linux_laptop()
    )
    wizard = open_device_page(qtbot, make_wizard, activator)
    page = wizard.device_page
    sent = json.loads(page.json_text())
    for name, value in sent.items():
        if name in ("product", "license_key"):
            continue  # the request's other fields: rows show this device only
        field = page.findChild(QWidget, f"device_{name}")
        shown = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
        assert shown == (("yes" if value else "no") if isinstance(value, bool) else str(value))
    page.toggle.click()
    assert page.json_view.isVisible() and json.loads(page.json_view.toPlainText()) == sent
    assert page.toggle.text().replace("&", "") == "Show as list"  # says what it does now


def test_no_device_identity_is_explained_and_stops_before_activating(
    qtbot: QtBot,
    make_wizard,
    config: Config,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from activation_wizard.messages import MESSAGES

    probe = linux_laptop()
    del probe.files["/etc/machine-id"]  # no OS id, and the fallback cannot be kept:
    (tmp_path / "a-file").write_text("")
    cfg = replace(config, data_dir=tmp_path / "a-file" / "data")
    activator = Activator(cfg, store=ActivationStore(cfg, backend=MemoryKeyring()), probe=probe)
    wizard = open_device_page(qtbot, make_wizard, activator)
    page = wizard.device_page
    # Collected on a worker (never on the GUI thread); Activate stays off meanwhile.
    qtbot.waitUntil(lambda: page.problem.isVisible() or not page.collecting.isVisible())
    assert page.problem.isVisible() and not page.collecting.isVisible()
    assert page.problem.title.text() == MESSAGES["data_folder"].title
    assert not wizard.button(NEXT).isEnabled()


def test_device_facts_are_never_collected_on_the_gui_thread(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    config: Config,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """The probe may take its time (a slow disk, a vendor's hook): the window never
    waits for it (read at start-up on a worker, rows built ahead at idle; the page
    collects on a worker when they are not known: see the test above)."""
    import threading

    import activation_wizard.core.device as device_module
    from activation_wizard.errors import StorageError

    threads: list[threading.Thread] = []
    real_collect = device_module.collect

    def collect(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        if len(threads) == 1:  # the start-up read fails before it has the facts
            raise StorageError("the probe failed once")
        return real_collect(*args, **kwargs)

    monkeypatch.setattr(device_module, "collect", collect)
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    wizard = open_device_page(qtbot, make_wizard, activator)
    page = wizard.device_page
    qtbot.waitUntil(lambda: page.collecting.isHidden(), timeout=10000)
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert page.findChild(QWidget, "device_hardware_id") is not None
    assert wizard.button(NEXT).isEnabled()


def layout_problems(page: QWidget) -> list[str]:
    """Value boxes taller or shorter than the lines their own text layout made, and
    explanations overlapped by their value or cut."""
    problems = []
    for value in page.findChildren(QWidget):
        name = value.objectName()
        if not name.startswith("device_"):
            continue
        if isinstance(value, QPlainTextEdit):
            document = value.document()
            document.documentLayout().blockBoundingRect(document.firstBlock())  # laid out
            own = document.firstBlock().layout()  # the lines the widget itself made
            text = sum(own.lineAt(n).height() for n in range(own.lineCount()))
            room = value.contentsRect().height() - 2 * document.documentMargin()
            if not text - 1 <= room < text + value.fontMetrics().lineSpacing() / 2:
                problems.append(f"{name}: room for {room} px of text, {text} px laid out")
        for why in value.parentWidget().findChildren(QLabel):
            if why.y() <= value.geometry().bottom() or why.height() < why.heightForWidth(
                why.width()
            ):
                problems.append(f"{name}: its explanation is overlapped or cut")
    return problems


def test_values_and_explanations_fit_at_every_width(
    qtbot: QtBot,
    make_wizard,  # type: ignore[no-untyped-def]
    config: Config,
) -> None:
    activator = Activator(
        config,
        store=ActivationStore(config, backend=MemoryKeyring()),
        probe=LINUX_GUESTS["VirtualBox"](),  # every row, the list scrolls
    )
    wizard = open_device_page(qtbot, make_wizard, activator)
    page = wizard.device_page

    def lines(name: str) -> int:
        box = page.findChild(QPlainTextEdit, f"device_{name}")
        assert box is not None, name
        return int(box.document().firstBlock().layout().lineCount())

    qtbot.waitUntil(lambda: layout_problems(page) == [])
    # "Debian GNU/Linux 12 (bookworm); kernel 6.1.0-27-amd64" fits on one line and is
    # boxed so (a guess from its length made it two); the 64-digit id takes two.
    assert (lines("os_ver"), lines("hardware_id")) == (1, 2)
    width = wizard.width()
    for factor in (1.8, 1.0, 1.4, 1.2, 1.0):  # wider, back, ...: no row keeps an old size
        wizard.resize(round(width * factor), wizard.height())
        qtbot.waitUntil(lambda: layout_problems(page) == [], timeout=3000)
        if factor == 1.8:
            assert lines("hardware_id") == 1
    assert lines("hardware_id") == 2
