"""Small widgets the pages share: an error panel, a notice, a details grid, a key
field, pages that scroll when the screen is short (colours: palette.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from activation_wizard.gui.palette import contrast, follow_palette, secondary
from activation_wizard.messages import UserMessage, describe
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def explain(exc: BaseException) -> UserMessage:
    """``describe`` in the installed language."""
    return describe(exc)


def without_mnemonic(text: str) -> str:
    """A label as read aloud: no "&", and no "(&K)" as CJK translations mark it."""
    return re.sub(r"\(&[^&]\)|&(?=[^&])", "", text).strip()


def announce(widget: QWidget) -> None:
    """Have screen readers read ``widget`` now (an error appeared; focus stays
    on the button that deals with it)."""
    # Imported here: PySide6 builds QAccessible's many Python enums on first use,
    # milliseconds the first page does not need.
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


# The few Qt flags the first page sets, as Qt's own numbers given through Qt's
# properties: PySide6 builds its whole ``Qt`` namespace (about 100 Python enums,
# 20-30 ms on Python 3.11) on the first use of any of its enums, and the first frame
# need not wait for that. tests/qt/test_look.py checks each number against its enum.
ALIGN_TOP = 0x20  # Qt.AlignmentFlag.AlignTop
SELECTABLE_BY_MOUSE = 0x1  # Qt.TextInteractionFlag.TextSelectableByMouse
BROWSER_INTERACTION = 0xD  # Qt.TextInteractionFlag.TextBrowserInteraction
SCROLL_BAR_ALWAYS_OFF = 0x1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
CLICK_FOCUS = 0x2  # Qt.FocusPolicy.ClickFocus
NO_FOCUS = 0x0  # Qt.FocusPolicy.NoFocus
EMAIL_CHARACTERS_ONLY = 0x200000  # Qt.InputMethodHint.ImhEmailCharactersOnly


def set_qt_properties(widget: QWidget, **values: int) -> None:
    """``widget.setProperty(name, value)`` for Qt's own properties (the flags above)."""
    for name, value in values.items():
        if not widget.setProperty(name, value):  # a misspelt name makes a dynamic one
            raise AttributeError(f"{type(widget).__name__} has no Qt property {name!r}")


def wrapped(text: str = "", *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        set_qt_properties(label, textInteractionFlags=SELECTABLE_BY_MOUSE)
    return label


def read_only_line(text: str) -> QLineEdit:
    """A value to read and copy exactly: it scrolls instead of being clipped."""
    line = QLineEdit(text)
    line.setReadOnly(True)
    line.setFrame(False)
    line.setCursorPosition(0)
    return line


def _escape(text: str) -> str:
    """HTML-escaped, quotes too (html.escape's work: that module loads its table of
    2,000 entities, which the first frame has no use for)."""
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        text = text.replace(plain, escaped)
    return text.replace("'", "&#x27;")


def link_label(url: str, text: str) -> QLabel:
    """A link that opens in the system browser (keyboard-reachable), in the
    palette's link colour: Qt bakes the application's into the HTML instead, which
    misses the vendor's accent and a switch to dark."""
    label = QLabel()
    label.setOpenExternalLinks(True)
    set_qt_properties(label, textInteractionFlags=BROWSER_INTERACTION)
    label.setAccessibleName(text)
    href, shown = _escape(url), _escape(text)

    def render(widget: QWidget) -> None:
        palette = widget.palette()
        colour = palette.color(QPalette.ColorRole.Link)
        if contrast(colour, palette.color(QPalette.ColorRole.Window)) < 4.5:
            colour = palette.color(QPalette.ColorRole.WindowText)  # still underlined
        label.setText(f'<a href="{href}" style="color: {colour.name()}">{shown}</a>')

    follow_palette(label, render)
    return label


class Notice(QFrame):
    """A line the user should not miss: the platform's info or warning icon, then text."""

    def __init__(self, warning: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning = warning
        self.icon = QLabel()
        set_qt_properties(self.icon, alignment=ALIGN_TOP)
        self.label = wrapped(selectable=True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_text(self, text: str) -> None:
        """Show ``text``; an empty text hides the notice."""
        if text and self.icon.pixmap().isNull():
            # Drawn when first needed: most notices never show (and PySide6 builds
            # QStyle's many enums on its first use, before the first frame otherwise).
            from PySide6.QtWidgets import QStyle

            which = (
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if self.warning
                else QStyle.StandardPixmap.SP_MessageBoxInformation
            )
            self.icon.setPixmap(self.style().standardIcon(which).pixmap(24, 24))
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()


class MessagePanel(QFrame):
    """What happened, what to do, the code for support, and a Copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = wrapped()
        self.title.setObjectName("messageTitle")
        self.what = wrapped(selectable=True)
        self.todo = wrapped(selectable=True)
        self.code = wrapped(selectable=True)
        self.code.setObjectName("messageCode")
        secondary(self.code)  # for support, not for reading
        self.copy_button = QPushButton(self.tr("Cop&y details"))
        self.copy_button.setAccessibleName(self.tr("Copy error details"))
        self.copy_button.setAutoDefault(False)  # Enter keeps meaning the wizard's button
        self.copy_button.clicked.connect(self._on_copy_clicked)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addWidget(self.todo)
        layout.addLayout(row)
        self.message: UserMessage | None = None

    def show_message(self, message: UserMessage) -> None:
        if self.message is None:  # the first one: (a QFont before the first frame is 3 ms)
            font = self.title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            self.title.setFont(font)
        self.message = message
        self.title.setText(message.title)
        self.what.setText(message.what)
        self.todo.setText(message.todo)
        self.code.setText(self.tr("Code: {code}").format(code=message.code))
        self.setAccessibleName(message.title)
        self.setAccessibleDescription(f"{message.what} {message.todo}")
        self.show()
        announce(self)

    def _on_copy_clicked(self) -> None:
        if self.message is None:
            return
        QGuiApplication.clipboard().setText(self.message.as_text())
        # Say it worked, on the button itself (and to screen readers), for a moment.
        self.copy_button.setText(self.tr("Copied ✓"))
        announce(self.copy_button)
        restore = self.tr("Cop&y details")
        QTimer.singleShot(2000, self.copy_button, lambda: self.copy_button.setText(restore))


@contextmanager
def rebuilding(widget: QWidget) -> Iterator[None]:
    """Replace ``widget``'s children out of sight, then polish them all before it
    shows again: Qt polishes each new child as it appears, and each one re-lays
    out the visible page (15-25 ms for a page of rows: a dropped frame)."""
    shown = widget.isVisible()
    if shown:
        widget.hide()
    try:
        yield
    finally:
        polish_ahead(widget)
        if shown:
            widget.show()


def polish_ahead(widget: QWidget) -> None:
    """Polish ``widget`` and its children now, while it is hidden (cheap), not as it
    appears (each child then re-lays out the shown page)."""
    for child in (widget, *widget.findChildren(QWidget)):
        child.ensurePolished()


class DetailsGrid(QWidget):
    """Label: value rows, selectable, rebuilt from (label, value) pairs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        with rebuilding(self):
            self._set_rows(rows)

    def _set_rows(self, rows: list[tuple[str, str]]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        for label, value in rows:
            field: QWidget
            if len(value) > 32 and " " not in value:
                # A path or an id cannot wrap: a frameless read-only line scrolls
                # instead of being clipped, and copies exactly.
                field = read_only_line(value)
                field.setToolTip(value)
                set_qt_properties(field, focusPolicy=CLICK_FOCUS)  # read like the labels
            else:
                field = wrapped(value, selectable=True)
            field.setAccessibleName(label)
            self.form.addRow(label + ":", field)

    def rows(self) -> list[tuple[str, str]]:
        """Every row as shown: (label, value)."""
        out = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item else None
            if isinstance(widget, QLabel | QLineEdit):
                out.append((widget.accessibleName(), widget.text()))
        return out

    def value(self, label: str) -> str:
        """The text shown for ``label`` (for tests and accessibility checks)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item else None
            if isinstance(widget, QLabel | QLineEdit) and widget.accessibleName() == label:
                return widget.text()
        raise KeyError(label)


class _PageScroller(QScrollArea):
    """A page's contents, scrolled only where the screen is smaller than they want:
    its size hint is theirs (so the window is sized as before), its minimum height
    small (so a window fitted to a small screen, or a large scale, can shrink)."""

    MINIMUM_HEIGHT = 120

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint, frame = inner.sizeHint(), 2 * self.frameWidth()
        return QSize(hint.width() + frame, hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        least = inner.minimumSizeHint()
        return QSize(least.width(), min(least.height(), self.MINIMUM_HEIGHT))


def scroll_when_short(page: QWidget) -> None:
    """Move ``page``'s layout into a scroll area that fills the page: on a screen
    shorter than the page (a laptop at 200 %), its contents scroll instead of the
    window running off the screen."""
    layout = page.layout()
    # (Not findChild: a C++ lookup by a Python type builds enums before the first frame.)
    if layout is None or getattr(page, "_page_scroller", None) is not None:
        return
    inner = QWidget()
    inner.setObjectName(f"{page.objectName() or type(page).__name__}Contents")
    inner.setLayout(layout)  # Qt moves the layout, and the widgets it manages, over
    area = _PageScroller()
    area.setObjectName("pageScroller")
    page._page_scroller = area  # type: ignore[attr-defined]
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    set_qt_properties(area, focusPolicy=NO_FOCUS)  # Tab goes to the page's fields
    # Up and down only: wrapped text wraps at the page's width instead of being cut.
    set_qt_properties(area, horizontalScrollBarPolicy=SCROLL_BAR_ALWAYS_OFF)
    # Our own viewport, without a background: the page's own shows.  (Asking the area
    # for the viewport it made would wrap a C++-made QWidget, for which PySide builds
    # the enums of every QWidget class it has: 15 ms before the first frame.)
    area.setViewport(QWidget())
    area.setWidget(inner)
    inner.setAutoFillBackground(False)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)


def ensure_visible(widget: QWidget) -> None:
    """Scroll the page ``widget`` is on until it shows (an error panel below the fold)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, _PageScroller):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


class KeyField(QLineEdit):
    """A license key field that shows the key cleaned as it is typed or pasted (spaces,
    line breaks, lower case, missing dashes: core.license_key), keeping the cursor where
    the user was typing; ``key`` is what is sent."""

    def __init__(self, pattern: str) -> None:
        super().__init__()
        self.pattern = pattern
        self.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.textChanged.connect(self._clean)

    @property
    def key(self) -> str:
        from activation_wizard.core.license_key import normalize_key

        return normalize_key(self.text(), self.pattern)

    def _clean(self, text: str) -> None:
        cleaned = self.key
        if cleaned != text:
            pos, shrink = self.cursorPosition(), len(text) - len(cleaned)
            self.setText(cleaned)  # one more textChanged, with the clean text
            self.setCursorPosition(len(cleaned) if shrink < 0 else max(0, pos - shrink))
