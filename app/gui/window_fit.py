"""The wizard's window at any screen, scale and language: one size for the whole
run (the largest page's), never larger than the screen, and subtitles as tall as
their text needs.  The size the largest pages want is remembered for the next start
with the same look, which then builds fewer pages before its first frame."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from activation_wizard import __version__, i18n
from PySide6 import __version__ as qt_version
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard

WIDGET_SIZE_MAX = 16777215  # Qt's QWIDGETSIZE_MAX: no upper bound
TITLE_BAR_ALLOWANCE = 40  # px a window manager's title bar may take, until it is known
COMFORTABLE = (640, 540)  # the least room the pages are laid out for without scrolling
SIZE_FILE = "window-size"  # in the product's data folder
Size = tuple[int, int]


class SizeMemory:
    """The size the pages that set the window's size wanted at the last start with the
    same look: this version, Qt's, the language, the desktop, the scale, the font (a
    label's size: QFont and QStyle would cost 10 ms of PySide's enums) and the
    settings.  A look not seen before, or a file that does not read, is no memory."""

    def __init__(self, folder: Path, settings: str, window: QWidget) -> None:
        self.path = folder / SIZE_FILE
        font = QLabel("Activate without internet: Xgjy").sizeHint()
        look = (
            f"{__version__} {qt_version} {i18n.language()} {i18n.right_to_left()} "
            f"{QApplication.platformName()} {os.environ.get('XDG_CURRENT_DESKTOP', '')} "
            f"{os.environ.get('QT_STYLE_OVERRIDE', '')} {window.devicePixelRatioF()} "
            f"{window.logicalDpiY()} {font.width()}x{font.height()} {settings}"
        )
        self.key = f"{zlib.crc32(look.encode()):08x}"

    def recall(self) -> Size | None:
        try:  # (a FIFO put there must not hold the start: not waited on, not read)
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb") as file:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    return None
                key, width, height = file.read(100).decode("ascii").split()
            size = (int(width), int(height))
        except (OSError, ValueError):
            return None
        return size if key == self.key and all(0 < n < 100_000 for n in size) else None

    def keep(self, size: Size) -> None:
        # Written to a new file, then renamed over whatever is there: that is never
        # opened (a FIFO put there would hold the window).  A cache: never worth failing.
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, written = tempfile.mkstemp(prefix=f"{SIZE_FILE}.", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="ascii") as file:
                file.write(f"{self.key} {size[0]} {size[1]}\n")
            os.replace(written, self.path)


class WindowFit(QObject):
    """Sizes ``wizard``: ``shown()`` on its first show, ``every_page()`` again when
    more pages are built (it grows only if one of them wants more), ``remember()``
    once all are."""

    def __init__(self, wizard: QWizard, memory: SizeMemory | None = None) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        wizard.setMinimumSize(*COMFORTABLE)  # less only where the screen has less
        self.sized = False
        self.memory = memory
        # The pages not built yet want this much, as the last start with this look knew.
        self.remembered = memory.recall() if memory is not None else None
        self._subtitles: list[QLabel] = []  # the wizard's own subtitle labels
        self._fitted: Size | None = None  # the largest page's size, once fitted

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
        sizes = [*self._page_sizes(), *([self.remembered] if self.remembered else [])]
        wanted = (max(s[0] for s in sizes), max(s[1] for s in sizes))
        base = self._fitted or (current.sizeHint().width(), current.sizeHint().height())
        grow_w, grow_h = max(0, wanted[0] - base[0]), max(0, wanted[1] - base[1])
        self._fitted = (max(wanted[0], base[0]), max(wanted[1], base[1]))
        if not (grow_w or grow_h):
            return
        w.resize(w.width() + grow_w, w.height() + grow_h)
        if self.sized:  # shown already: still within the screen, buttons and all
            self._fit_screen()

    def remember(self, *pages: QWidget) -> None:
        """The size ``pages`` (those that set the window's size) want, for the next
        start with this look."""
        if self.memory is not None and self.sized:
            sizes = [(p.sizeHint().width(), p.sizeHint().height()) for p in pages]
            self.memory.keep((max(s[0] for s in sizes), max(s[1] for s in sizes)))

    def _page_sizes(self) -> list[Size]:
        w = self.wizard
        return [(h.width(), h.height()) for h in (w.page(i).sizeHint() for i in w.pageIds())]


def _labels_outside(root: QObject, pages: QObject | None) -> Iterator[QLabel]:
    """The labels under ``root`` but not in the frame that holds the pages.  (Not
    findChildren: wrapping every widget of every page, before the first frame, makes
    PySide build the enums of each class among them, 3 ms.)"""
    for child in root.children():
        if isinstance(child, QLabel):
            yield child
        elif child is not pages and isinstance(child, QWidget):
            yield from _labels_outside(child, pages)
