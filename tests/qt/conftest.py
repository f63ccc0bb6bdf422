from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from activation_wizard.core.activation import Activator
from activation_wizard.gui.dialogs import Dialogs
from activation_wizard.gui.wizard import ActivationWizard
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot


class ScriptedDialogs(Dialogs):
    """Answers modal questions the way the test says, and records them."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.answers: list[bool] = []  # one per question, then confirm_answer
        self.texts: list[str] = []
        self.save_path = ""
        self.open_path = ""
        self.asked: list[str] = []
        self.starts: list[str] = []  # where each open dialog was asked to start
        self.browser: Callable[[str], bool] | None = None  # plays the system browser
        self.urls: list[str] = []
        self.hours: int | None = 24  # what ask_hours answers (None: cancelled)
        self.hours_limits: list[int] = []

    def confirm(
        self,
        parent: QWidget,
        title: str,
        text: str,
        yes: str = "",
        no: str = "",
        until: object = (),
    ) -> bool:
        self.asked.append(title)
        self.texts.append(text)
        answer = self.answers.pop(0) if self.answers else self.confirm_answer
        return answer

    def save_file(self, parent: QWidget, title: str, name: str, filter_: str) -> str:
        self.asked.append(title)
        return self.save_path

    def open_file(self, parent: QWidget, title: str, filter_: str, start: str = "") -> str:
        self.asked.append(title)
        self.starts.append(start)
        return self.open_path

    def ask_hours(
        self, parent: QWidget, title: str, text: str, *, most: int, start: int
    ) -> int | None:
        self.asked.append(title)
        self.texts.append(text)
        self.hours_limits.append(most)
        return self.hours

    def open_url(self, url: str) -> bool:
        self.urls.append(url)
        return self.browser(url) if self.browser is not None else True


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
