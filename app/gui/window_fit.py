"""The wizard's window at any screen, scale and language: one size for the whole
run (the largest page's), never larger than the screen, and subtitles as tall as
their text needs."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget, QWizard

WIDGET_SIZE_MAX = 16777215  # Qt's QWIDGETSIZE_MAX: no upper bound
TITLE_BAR_ALLOWANCE = 40  # px a window manager's title bar may take, until it is known
COMFORTABLE = (640, 540)  # the least room the pages are laid out for without scrolling


class WindowFit(QObject):
    """Sizes ``wizard``: ``shown()`` on its first show, ``every_page()`` again when
    more pages are built (it grows only if one of them wants more)."""

    def __init__(self, wizard: QWizard) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        wizard.setMinimumSize(*COMFORTABLE)  # less only where the screen has less
        self.sized = False
        self._subtitles: list[QLabel] = []  # the wizard's own subtitle labels
        self._fitted: tuple[int, int] | None = None  # the largest page's size, once fitted

    def shown(self) -> None:
        if not self.sized:
            self.sized = True
            self.every_page()
            self._fit_screen()
            self._watch_header()

    def _fit_screen(self) -> None:
        """Never larger than the screen's free area, title bar included, at any scale:
        the pages scroll instead (widgets.scroll_when_short)."""
        w = self.wizard
        screen = w.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = w.frameGeometry().height() - w.height()
        bar = frame if frame > 0 else TITLE_BAR_ALLOWANCE  # not known until the WM says
        w.setMinimumSize(
            min(COMFORTABLE[0], room.width()), min(COMFORTABLE[1], room.height() - bar)
        )
        width = min(w.width(), room.width())
        height = min(w.height(), room.height() - bar)
        if (width, height) != (w.width(), w.height()):
            w.resize(width, height)
        # Placed for its size before the pages grew it: its bottom (the buttons) may be
        # below the screen's edge (seen at 1280x800: 746 px tall at y=90).
        x = max(room.left(), min(w.x(), room.right() - width))
        y = max(room.top(), min(w.y(), room.bottom() - height - bar))
        if (x, y) != (w.x(), w.y()):
            w.move(x, y)

    def _watch_header(self) -> None:
        """Qt's wizard styles give the page's subtitle a fixed height made for Latin
        text: a two-line subtitle in a taller script (Japanese in Noto Sans CJK, Debian's
        default) was cut off under the header's line.  Its label is watched, and given
        the height its text needs at its width whenever either changes."""
        page = self.wizard.currentPage()
        if page is None:
            return
        for label in _labels_outside(self.wizard, page.parentWidget()):
            if label.wordWrap():
                label.installEventFilter(self)
                self._subtitles.append(label)
        self._fit_subtitles()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._subtitles and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Show,
        ):
            QTimer.singleShot(0, self._fit_subtitles)
        return False

    def _fit_subtitles(self) -> None:
        for label in self._subtitles:
            needed = label.heightForWidth(label.width()) if label.text() else 0
            if needed > 0 and label.minimumHeight() != needed:
                label.setMinimumHeight(needed)
                box = label.parentWidget()
                if box is not None:  # its box was fixed at the Latin height: let it grow
                    box.setMinimumHeight(0)
                    box.setMaximumHeight(WIDGET_SIZE_MAX)

    def every_page(self) -> None:
        """One size for the whole run: as big as the largest page wants (within the
        screen), so the window does not jump from page to page.  Called again once
        the other pages are built: it grows only if one of them wants more."""
        w = self.wizard
        current = w.currentPage()
        if current is None:
            return
        hints = [w.page(i).sizeHint() for i in w.pageIds()]
        wanted = (max(h.width() for h in hints), max(h.height() for h in hints))
        base = self._fitted or (current.sizeHint().width(), current.sizeHint().height())
        grow_w, grow_h = max(0, wanted[0] - base[0]), max(0, wanted[1] - base[1])
        self._fitted = (max(wanted[0], base[0]), max(wanted[1], base[1]))
        if not (grow_w or grow_h):
            return
        w.resize(w.width() + grow_w, w.height() + grow_h)
        if self.sized:  # shown already: still within the screen, buttons and all
            self._fit_screen()


def _labels_outside(root: QObject, pages: QObject | None) -> Iterator[QLabel]:
    """The labels under ``root`` but not in the frame that holds the pages.  (Not
    findChildren: wrapping every widget of every page, before the first frame, makes
    PySide build the enums of each class among them, 3 ms.)"""
    for child in root.children():
        if isinstance(child, QLabel):
            yield child
        elif child is not pages and isinstance(child, QWidget):
            yield from _labels_outside(child, pages)
