"""One module per wizard page; ``PageId`` names them for ``nextId()``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from activation_wizard.config import Config
from activation_wizard.gui.dialogs import Dialogs
from activation_wizard.gui.workers import TaskRunner
from PySide6.QtWidgets import QWizardPage

if TYPE_CHECKING:  # the use cases load after the first frame (Session.activator)
    from pathlib import Path

    from activation_wizard.core.activation import (
        ActivationResult,
        Activator,
        Identity,
        TrialRequest,
    )
    from activation_wizard.core.api.models import Product
    from activation_wizard.core.offer import ProductHint
    from activation_wizard.core.store import StoredActivation


class PageId(IntEnum):
    STATUS = 0
    WELCOME = 1
    LICENSE_KEY = 2
    DEVICE = 3
    ACTIVATING = 4
    DONE = 5
    CREDENTIALS = 6
    LICENSES = 7
    PASSWORD = 8
    TRIAL = 9
    SSO = 10
    SSO_AGAIN = 11  # a fresh code after the license choice used the first one
    OFFLINE = 12
    AIRGAP = 13


def page_object_name(page_id: PageId) -> str:
    """The page's object name, part of the QA driver's contract: ``page_welcome``,
    ``page_license_key``, ..."""
    return f"page_{page_id.name.lower()}"


# The pages where the user says who they are; Cancel during activation returns here.
IDENTITY_PAGES = (PageId.LICENSE_KEY, PageId.CREDENTIALS, PageId.TRIAL, PageId.SSO)


def start_over(page: QWizardPage, at: PageId) -> None:
    """Begin the wizard again at ``at`` (after a deactivation, an import, ...)."""
    wizard = page.wizard()
    wizard.setStartId(int(at))
    wizard.restart()


@dataclass
class Session:
    """What the pages share during one run of the wizard."""

    config: Config
    runner: TaskRunner
    dialogs: Dialogs
    method: str = "license_key"  # chosen on the welcome page: license_key, user, trial
    offline: bool = False  # "Activate without internet" was chosen
    airgap: str = ""  # codes read out: "activate" (from the offline page) or "deactivate"
    identity: Identity | None = None
    trial: TrialRequest | None = None
    # The server's product settings, once they came (its last answer until then).
    product: Product | ProductHint | None = None
    must_change_password: bool = False  # the chosen account still has its initial password
    sso_account: str = ""  # the organisation signed in with, for a second sign-in
    result: ActivationResult | None = None
    stored: StoredActivation | None = None  # a verified activation found at start
    start_note: str = ""  # why a saved activation was not used, if it was not
    sdk_file: Path | None = None  # the official SDK's activation here, to take over
    stored_problem: str = ""  # why the shown activation does not count (expired, disabled)
    # Pages that hold a typed password register here to clear it once it was used.
    password_holders: list[Callable[[], None]] = field(default_factory=list)

    closing: bool = False  # the window is going: start no background work
    loading: bool = False  # the stored activation is being read (keyring) on a worker
    # Work that would compete with the first paint (a worker's imports) waits for it.
    framed: bool = False  # the first frame is up
    after_frame: list[Callable[[], None]] = field(default_factory=list)
    # Tells the user what happened in the background (set by the wizard).
    notify: Callable[[str], None] = field(default=lambda text: None)
    # The use cases, when given (an embedding application's own); else built on first
    # use (the property below).
    built: Activator | None = None
    _building: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def activator(self) -> Activator:
        """The use cases, built on first use: by the worker that reads the stored
        activation, after the first frame (their imports take ~20 ms the first frame
        need not wait for).  The GUI thread asks for it only once that has run."""
        if self.built is None:
            with self._building:  # (a second worker waits for the first one's)
                if self.built is None:
                    from activation_wizard.core.activation import Activator

                    self.built = Activator(self.config)
        return self.built

    @property
    def product_name(self) -> str:
        """The vendor's name for the product; without one, the server's (its
        product settings, else the license it answered with) rather than the short
        code users never saw."""
        config = self.config
        if config.product_name != config.product:
            return config.product_name
        licensed = self.result.license.info if self.result is not None else None
        if licensed is None and self.stored is not None:
            licensed = self.stored.license
        for details in (self.product, licensed.product_details if licensed else None):
            if details is not None and details.product_name:
                return details.product_name
        return config.product_name

    @property
    def user_based(self) -> bool:
        """Accounts rather than keys: the server's product settings, else the config's."""
        if self.product is not None:
            return self.product.user_based
        return self.config.authorization_method == "user"

    def forget_password(self) -> None:
        for clear in self.password_holders:
            clear()
