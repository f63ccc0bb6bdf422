"""Every page of the wizard in a state a user meets it in: for checks that must
hold on each page (mnemonics, accessibility, translations, screenshots)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from activation_wizard.core.activation import Identity, NewAccount
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

KEY = "DEMO-OKAY-0000-0001"
REFUSED_KEY = "DEMO-NONE-0000-0404"  # the activating page then shows its error panel
TRIAL = "trial.person@example.com"
SAMPLE_INIT = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA="  # a P-256 scalar, as the portal gives


def _prepare(wizard: ActivationWizard, page: PageId) -> None:
    session = wizard.session
    session.method = {
        PageId.CREDENTIALS: "user",
        PageId.LICENSES: "user",
        PageId.PASSWORD: "user",
        PageId.TRIAL: "trial",
        PageId.SSO: "sso",
        PageId.SSO_AGAIN: "sso",
    }.get(page, "license_key")
    session.airgap = "activate" if page == PageId.AIRGAP else ""
    if session.method == "user":
        session.identity = Identity("user", "jane.doe@example.com", password="wrong password")
    elif session.method == "license_key":
        session.identity = Identity(
            "license_key", REFUSED_KEY if page == PageId.ACTIVATING else KEY
        )
    if page in (PageId.DONE, PageId.STATUS) and session.result is None:
        session.result = session.activator.activate(Identity("license_key", KEY))
        session.stored = session.result.activation
    if page == PageId.DONE and session.result is not None:
        # Its fullest state: a trial account just made, with its password form.
        session.result = replace(session.result, new_account=NewAccount(TRIAL, "Tq7-given"))


def visit(qtbot: QtBot, wizard: ActivationWizard, page: PageId) -> None:
    """Show ``page`` as the wizard would, and wait until its background work ends."""
    _prepare(wizard, page)
    wizard.setStartId(int(page))
    wizard.restart()
    qtbot.wait(120)  # work a page starts after its first frame (the welcome page's fetch)
    qtbot.waitUntil(lambda: wizard.runner.pool.activeThreadCount() == 0, timeout=10000)
    qtbot.wait(60)  # queued results reach their slots
    if page == PageId.ACTIVATING:
        panel = wizard.activating_page.panel
        qtbot.waitUntil(panel.isVisible, timeout=10000)
    if page == PageId.AIRGAP:  # its fullest state: the code to read out is shown
        wizard.airgap_page.init.setText(SAMPLE_INIT)
        wizard.airgap_page.code_button.click()
        qtbot.waitUntil(lambda: bool(wizard.airgap_page.shown_code), timeout=10000)


def tour(qtbot: QtBot, wizard: ActivationWizard) -> Iterator[PageId]:
    """Each page in turn (the wizard is left on it while the caller looks)."""
    # Pages before the activation first: DONE and STATUS activate this device.
    order = [p for p in PageId if p not in (PageId.DONE, PageId.STATUS)]
    for page in [*order, PageId.DONE, PageId.STATUS]:
        visit(qtbot, wizard, page)
        assert wizard.currentId() == page, f"{page.name} did not stay shown"
        yield page


def shown_widgets(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget) if w.isVisibleTo(page)]


def wizard_buttons(wizard: QWizard) -> list[QAbstractButton]:
    """Every wizard button the page shows (Next, Back, Commit, Finish, Cancel, the
    wizard's own), shown or about to be: asked of the wizard, not of the screen."""
    which = QWizard.WizardButton
    kinds = (
        which.BackButton,
        which.NextButton,
        which.CommitButton,
        which.FinishButton,
        which.CancelButton,
        which.HelpButton,
        which.CustomButton1,
        which.CustomButton2,
        which.CustomButton3,
    )
    buttons = [wizard.button(kind) for kind in kinds]
    return [b for b in buttons if b is not None and not b.isHidden()]


def clipped(widgets: list[QWidget]) -> list[str]:
    """Texts that do not fit where they are shown."""
    found = []
    for widget in widgets:
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                found.append(widget.text())
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():  # too tall for its room, or a word wider than it
                too_tall = widget.heightForWidth(widget.width()) > widget.height() + 1
                if too_tall or widget.minimumSizeHint().width() > widget.width() + 1:
                    found.append(widget.text()[:60])
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(widget.text()[:60])
    return found


def clipped_in(wizard: ActivationWizard) -> list[str]:
    """What is cut off on the page shown: its own texts, the wizard's buttons, and the
    title and subtitle Qt draws above it (a two-line subtitle in a tall script)."""
    page = wizard.currentPage()
    header = [
        label
        for label in wizard.findChildren(QLabel)
        if label.isVisibleTo(wizard)
        and label.text()
        and label.text() in (page.title(), page.subTitle())
        and not page.isAncestorOf(label)
    ]
    return clipped(shown_widgets(page) + list(wizard_buttons(wizard)) + header)
