"""Colours a user can read: quiet text and links meet WCAG AA (4.5:1) in the
palette in use, light or dark, also when the system switches while the wizard is
open, and links wear the vendor's accent where it reads well."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.gui.palette import contrast
from activation_wizard.gui.wizard import ActivationWizard
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring
from tests.shots import dark_palette

ACCENT = "#0f766e"  # the sample brand's teal: 4.8:1 on a light page, 2.4:1 on a dark one


def activator_for(config: Config, keyring: MemoryKeyring) -> Activator:
    return Activator(config, store=ActivationStore(config, backend=keyring))


@pytest.fixture
def branded(make_wizard, config: Config, memory_keyring: MemoryKeyring) -> ActivationWizard:  # type: ignore[no-untyped-def]
    config = replace(
        config,
        brand_accent=ACCENT,
        support_url="https://vendor.example/support",
        privacy_url="https://vendor.example/privacy",
    )
    return make_wizard(activator_for(config, memory_keyring))  # type: ignore[no-any-return]


@pytest.fixture
def system_palette():  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    yield app
    app.setPalette(light)


def link_colours(wizard: ActivationWizard) -> list[QColor]:
    found = []
    for label in wizard.welcome_page.findChildren(QLabel):
        match = re.search(r'style="color: (#[0-9a-f]{6})"', label.text())
        if match and label.isVisible():
            found.append(QColor(match.group(1)))
    return found


def quiet_labels(wizard: ActivationWizard) -> list[QLabel]:
    return [
        label
        for page_id in wizard.pageIds()
        for label in wizard.page(page_id).findChildren(QLabel)
        if label.property("secondary")
    ]


def assert_readable(wizard: ActivationWizard) -> None:
    background = wizard.palette().color(QPalette.ColorRole.Window)
    labels = quiet_labels(wizard)
    assert len(labels) > 5
    for label in labels:
        text = label.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(text, background) >= 4.5, (label.text()[:40], text.name())
    links = link_colours(wizard)
    assert len(links) == 2  # support and privacy
    for colour in links:
        assert contrast(colour, background) >= 4.5, colour.name()


def test_links_wear_the_vendors_accent_where_it_reads_well(branded: ActivationWizard) -> None:
    assert [c.name() for c in link_colours(branded)] == [ACCENT, ACCENT]
    assert_readable(branded)


def test_a_switch_to_dark_while_open_keeps_every_text_readable(
    qtbot: QtBot, branded: ActivationWizard, system_palette: QApplication
) -> None:
    light = system_palette.palette()
    system_palette.setPalette(dark_palette())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: branded.palette().color(QPalette.ColorRole.Window).name() == "#2b2b2b")
    assert_readable(branded)
    # The teal would not read on dark: links keep the system's (light) link colour.
    assert ACCENT not in [c.name() for c in link_colours(branded)]
    system_palette.setPalette(light)  # and back
    qtbot.waitUntil(lambda: branded.palette().color(QPalette.ColorRole.Window).name() != "#2b2b2b")
    assert_readable(branded)
    assert [c.name() for c in link_colours(branded)] == [ACCENT, ACCENT]


def test_without_a_vendor_name_the_servers_name_replaces_the_short_code(
    qtbot: QtBot,
    make_wizard,
    config: Config,
    memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
) -> None:
    config = replace(config, product_name=config.product)  # no [product] name given
    wizard = make_wizard(activator_for(config, memory_keyring))
    qtbot.waitUntil(lambda: wizard.welcome_page.product_checked, timeout=10000)
    assert wizard.welcome_page.title() == "Activate Sandbox Demo App"
    assert wizard.windowTitle() == "Sandbox Demo App activation"
    assert wizard.session.product_name == "Sandbox Demo App"


def test_a_vendors_banner_and_watermark_are_shown_and_a_wide_banner_is_cut(
    make_wizard,
    config: Config,
    memory_keyring: MemoryKeyring,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWizard

    banner, watermark = tmp_path / "banner.png", tmp_path / "side.png"
    for path, (w, h) in ((banner, (1200, 60)), (watermark, (120, 400))):
        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.fill(QColor(ACCENT))
        assert image.save(str(path))
    config = replace(config, brand_banner=banner, brand_watermark=watermark)
    wizard = make_wizard(activator_for(config, memory_keyring))
    shown_banner = wizard.pixmap(QWizard.WizardPixmap.BannerPixmap)
    assert 0 < shown_banner.width() <= wizard.width() < 1200  # not widened by the banner
    assert wizard.pixmap(QWizard.WizardPixmap.WatermarkPixmap).width() == 120
    assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle  # the style with a banner


def test_the_status_page_names_the_product_as_the_server_does(
    qtbot: QtBot,
    make_wizard,
    config: Config,
    memory_keyring: MemoryKeyring,  # type: ignore[no-untyped-def]
) -> None:
    from activation_wizard.core.activation import Identity
    from activation_wizard.gui.pages import PageId

    config = replace(config, product_name=config.product)  # no [product] name given
    activator = activator_for(config, memory_keyring)
    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    wizard = make_wizard(activator)
    assert wizard.currentId() == PageId.STATUS  # (the welcome page never asked the server)
    assert wizard.status_page.title() == "Sandbox Demo App is activated"
    assert "sandbox-demo" not in wizard.windowTitle()


def test_a_dark_palette_with_a_light_themes_link_colour_still_gets_readable_links(
    qtbot: QtBot, branded: ActivationWizard, system_palette: QApplication
) -> None:
    careless = dark_palette()
    careless.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))  # 1.7:1 on #2b2b2b
    system_palette.setPalette(careless)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: branded.palette().color(QPalette.ColorRole.Window).name() == "#2b2b2b")
    assert_readable(branded)
