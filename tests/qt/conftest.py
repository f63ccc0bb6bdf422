from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from activation_wizard.core.activation import Activator
from activation_wizard.gui.wizard import ActivationWizard
from activation_wizard.testing.dialogs import ScriptedDialogs
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def make_wizard(qtbot: QtBot, dialogs: ScriptedDialogs) -> Iterator[object]:
    made: list[ActivationWizard] = []

    def make(activator: Activator) -> ActivationWizard:
        wizard = ActivationWizard(activator, dialogs=dialogs)
        qtbot.addWidget(wizard)
        wizard.show()
        # The stored activation is read on a worker: wait, as a user sees the page settle.
        qtbot.waitUntil(lambda: not wizard.session.loading, timeout=10000)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        # No worker may outlive its window: a test that leaves one fails here.
        assert wizard.runner.shutdown(5000), "a worker was still running"
        assert wizard.runner.pool.activeThreadCount() == 0


@pytest.fixture
def wizard(make_wizard, activator: Activator) -> ActivationWizard:  # type: ignore[no-untyped-def]
    return make_wizard(activator)  # type: ignore[no-any-return]


def click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} is not clickable"
    button.click()


def shoot(widget: QWidget, name: str) -> None:
    """Save a screenshot when SCREENSHOT_DIR is set, for looking at pages by eye."""
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))
