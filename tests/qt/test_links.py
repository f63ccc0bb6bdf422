"""Vendor links where users look for them: a lost key, a full license."""

from __future__ import annotations

import html
from dataclasses import replace

import pytest
from activation_wizard.config import Config, load_config
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import ConfigError
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.widgets import link_label
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring
from tests.qt.conftest import click, shoot

NEXT = QWizard.WizardButton.NextButton
SUPPORT = "https://support.example.com/lost-key"
PORTAL = "https://portal.example.com/devices"


@pytest.fixture
def linked(config: Config) -> Activator:
    cfg = replace(config, support_url=SUPPORT, portal_url=PORTAL)
    return Activator(cfg, store=ActivationStore(cfg, backend=MemoryKeyring()))


def activate(qtbot: QtBot, wizard, key: str) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard, NEXT)
    wizard.key_page.edit.setText(key)
    click(qtbot, wizard, NEXT)
    click(qtbot, wizard, NEXT)


def test_lost_key_link_on_the_key_page(qtbot: QtBot, make_wizard, linked: Activator) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(linked)
    click(qtbot, wizard, NEXT)
    link = wizard.key_page.findChild(QLabel, "supportLink")
    assert link.isVisible() and SUPPORT in link.text() and link.openExternalLinks()


def test_portal_link_when_all_seats_are_taken(qtbot: QtBot, make_wizard, linked: Activator) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(linked)
    activate(qtbot, wizard, "DEMO-FULL-0000-0001")
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    shoot(wizard, "04-error-seats-with-portal")
    assert page.portal_link.isVisible() and PORTAL in page.portal_link.text()


def test_no_portal_link_for_other_errors(qtbot: QtBot, make_wizard, linked: Activator) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(linked)
    activate(qtbot, wizard, "DEMO-EXPD-0000-0001")
    page = wizard.activating_page
    qtbot.waitUntil(lambda: page.change_button.isVisible(), timeout=10000)
    assert wizard.currentId() == PageId.ACTIVATING
    assert not page.portal_link.isVisible()


def test_no_links_unless_configured(qtbot: QtBot, wizard) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, wizard, NEXT)
    assert wizard.key_page.findChild(QLabel, "supportLink") is None


def test_links_must_be_https() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(
            flags={
                "product": "p",
                "api_key": "k",
                "shared_key": "s",
                "portal_url": "http://portal.example.com",
            },
            env={},
        )
    assert caught.value.field == "product.portal_url"


@pytest.mark.parametrize(
    "text",
    ["Support & help", 'a "quoted" <b>name</b>', "it's", "&amp; stays text", "https://x/?a=1&b=2"],
)
def test_a_link_shows_its_text_and_url_as_written(qapp: object, text: str) -> None:
    label = link_label(text, text)  # a vendor's URL or name with HTML's characters
    assert f'href="{html.escape(text, quote=True)}"' in label.text()
    shown = QTextDocument()
    shown.setHtml(label.text())
    assert shown.toPlainText() == text  # not read as markup
