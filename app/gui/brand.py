"""The vendor's look, from the config alone: name, logo, icon, banner, watermark,
accent colour and links.  Everything is optional; without it the wizard wears
the neutral defaults in ``resources/``."""

from __future__ import annotations

from pathlib import Path

from activation_wizard.config import Config
from activation_wizard.paths import resource
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWizard

BANNER_MAX_WIDTH = 600  # px, until the window's size is known


def icon(config: Config) -> QIcon:
    """The window's icon: the vendor's, else ours (a PNG large enough for 4x screens)."""
    path = config.brand_icon or resource("icon.png")
    return QIcon(str(path)) if Path(path).is_file() else QIcon()


def logo(config: Config) -> QIcon:
    """The picture beside the welcome text: the vendor's logo, else the icon."""
    if config.brand_logo is not None:
        return QIcon(str(config.brand_logo))
    return icon(config)


def window_title(config: Config, default: str) -> str:
    return config.window_title or default


def apply(wizard: QWizard, config: Config) -> None:
    """Banner and watermark (QWizard's own places for them) and the accent colour."""
    if config.brand_banner is not None:
        # Only the "modern" style draws a banner (behind the page titles).
        wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        fit_banner(wizard, config, BANNER_MAX_WIDTH)
    if config.brand_watermark is not None:
        wizard.setPixmap(QWizard.WizardPixmap.WatermarkPixmap, QPixmap(str(config.brand_watermark)))
    accent(wizard, config)


def fit_banner(wizard: QWizard, config: Config, width: int) -> None:
    """Qt widens the window to the banner's width: a wide banner is cut to the
    window's instead (once the pages have set its size)."""
    if config.brand_banner is None:
        return
    banner = QPixmap(str(config.brand_banner))
    wide = round(width * banner.devicePixelRatio())
    if banner.width() > wide:
        banner = banner.copy(0, 0, wide, banner.height())
    wizard.setPixmap(QWizard.WizardPixmap.BannerPixmap, banner)


def accent(wizard: QWizard, config: Config) -> None:
    """The accent over the system's palette (again when the system's changes: a
    colour that read well on light may not on dark)."""
    if config.brand_accent:
        # Only the accent's roles are the wizard's own: the rest follows the system.
        system = QPalette(QApplication.palette(wizard))
        system.setResolveMask(0)
        wanted = accented(system, QColor(config.brand_accent))
        if wanted != wizard.palette():  # (setting it changes the palette again)
            wizard.setPalette(wanted)


def accented(palette: QPalette, accent: QColor) -> QPalette:
    """Selections, the default button and links in the vendor's colour; the text on
    it black or white, whichever reads better."""
    from activation_wizard.gui.palette import contrast

    on_accent = max((QColor("white"), QColor("black")), key=lambda c: contrast(c, accent))
    palette.setColor(QPalette.ColorRole.Highlight, accent)
    palette.setColor(QPalette.ColorRole.HighlightedText, on_accent)
    palette.setColor(QPalette.ColorRole.Accent, accent)
    background = palette.color(QPalette.ColorRole.Window)
    # Links must stay readable on the page: the accent only if it contrasts enough.
    if contrast(accent, background) >= 4.5:
        palette.setColor(QPalette.ColorRole.Link, accent)
    return palette
