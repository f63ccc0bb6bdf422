"""The wizard's dialogs, scripted: a test answers them instead of a person."""

from __future__ import annotations

from collections.abc import Callable

from activation_wizard.gui.dialogs import Dialogs
from PySide6.QtWidgets import QWidget


class ScriptedDialogs(Dialogs):
    """The wizard's questions and file dialogs answered the way the test says
    (nothing modal opens), and recorded: ``confirm_answer`` / ``answers`` for
    yes-no questions, ``save_path`` / ``open_path`` for file dialogs, ``hours`` for
    the borrow dialog, ``browser`` plays the system browser (``urls`` it was given)."""

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
