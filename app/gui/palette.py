"""Colours worked out from the palette in use (light, dark, the vendor's accent):
quiet text that still meets WCAG AA, and colours that follow palette changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21; AA asks 4.5 for body text)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def secondary(label: QLabel) -> QLabel:
    """Quieter text (explanations, codes) that still meets WCAG AA in the palette in
    use, light or dark: the text colour faded towards the background only as far
    as a 4.5:1 contrast allows (a disabled label's grey does not).  Worked out
    again whenever the palette it inherits changes (the system turned dark)."""
    follow_palette(label, _quieten)
    label.setProperty("secondary", True)
    return label


def _quieten(label: QWidget) -> None:
    parent = label.parentWidget()
    inherited = parent.palette() if parent is not None else QApplication.palette(label)
    quiet = quiet_colour(inherited)
    if label.palette().color(QPalette.ColorRole.WindowText) != quiet:  # (else no end)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, quiet)
        label.setPalette(palette)


def quiet_colour(
    palette: QPalette,
    text_role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
    background_role: QPalette.ColorRole = QPalette.ColorRole.Window,
) -> QColor:
    """The text colour faded towards the background as far as 4.5:1 allows."""
    text = palette.color(text_role)
    background = palette.color(background_role)
    quiet = text
    for step in range(1, 10):
        t = step / 10
        mixed = QColor.fromRgbF(
            text.redF() * (1 - t) + background.redF() * t,
            text.greenF() * (1 - t) + background.greenF() * t,
            text.blueF() * (1 - t) + background.blueF() * t,
        )
        if contrast(mixed, background) < 4.5:
            break
        quiet = mixed
    return quiet


def follow_palette(widget: QWidget, adapt: Callable[[QWidget], None]) -> None:
    """Colours worked out from ``widget``'s palette: now, and whenever it changes."""
    _FollowsPalette(widget, adapt)


class _FollowsPalette(QObject):
    """Runs ``adapt(widget)`` now and each time the widget's palette changes: it was
    put on a page, the vendor's accent arrived, the system switched light/dark."""

    def __init__(self, widget: QWidget, adapt: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self._adapt = adapt
        widget.installEventFilter(self)
        adapt(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self._adapt(watched)
        return False
