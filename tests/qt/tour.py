"""Every page of the wizard in a state a user meets it in: for checks that must
hold on each page (mnemonics, accessibility, translations, screenshots)."""

from __future__ import annotations

from collections.abc import Iterator

from pytestqt.qtbot import QtBot

from app.core.activation import Identity
from app.gui.pages import PageId
from app.gui.wizard import ActivationWizard

KEY = "DEMO-OKAY-0000-0001"
REFUSED_KEY = "DEMO-NONE-0000-0404"  # the activating page then shows its error panel


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
    if session.method == "user":
        session.identity = Identity("user", "jane.doe@example.com", password="wrong password")
    elif session.method == "license_key":
        session.identity = Identity(
            "license_key", REFUSED_KEY if page == PageId.ACTIVATING else KEY
        )
    if page in (PageId.DONE, PageId.STATUS) and session.result is None:
        session.result = session.activator.activate(Identity("license_key", KEY))
        session.stored = session.result.activation


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


def tour(qtbot: QtBot, wizard: ActivationWizard) -> Iterator[PageId]:
    """Each page in turn (the wizard is left on it while the caller looks)."""
    # Pages before the activation first: DONE and STATUS activate this device.
    order = [p for p in PageId if p not in (PageId.DONE, PageId.STATUS)]
    for page in [*order, PageId.DONE, PageId.STATUS]:
        visit(qtbot, wizard, page)
        assert wizard.currentId() == page, f"{page.name} did not stay shown"
        yield page
