"""One module per wizard page; ``PageId`` names them for ``nextId()``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtWidgets import QWizardPage

from app.core.activation import ActivationResult, Activator, Identity
from app.core.store import StoredActivation
from app.gui.dialogs import Dialogs
from app.gui.workers import TaskRunner


class PageId(IntEnum):
    STATUS = 0
    WELCOME = 1
    LICENSE_KEY = 2
    DEVICE = 3
    ACTIVATING = 4
    DONE = 5


def start_over(page: QWizardPage, at: PageId) -> None:
    """Begin the wizard again at ``at`` (after a deactivation, an import, ...)."""
    wizard = page.wizard()
    wizard.setStartId(int(at))
    wizard.restart()


@dataclass
class Session:
    """What the pages share during one run of the wizard."""

    activator: Activator
    runner: TaskRunner
    dialogs: Dialogs
    identity: Identity | None = None
    result: ActivationResult | None = None
    stored: StoredActivation | None = None  # a verified activation found at start
    start_note: str = ""  # why a saved activation was not used, if it was not
    stored_problem: str = ""  # why the shown activation does not count (expired, disabled)
