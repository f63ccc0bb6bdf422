from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWizardPage

from app.gui.pages import PageId, Session
from app.gui.widgets import Notice, wrapped
from app.paths import resource


class WelcomePage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        name = session.activator.config.product_name
        self.setTitle(self.tr("Activate {name}").format(name=name))
        self.setSubTitle(self.tr("This takes a minute and needs an internet connection."))
        self.session = session
        self.note = Notice()
        self.note.setObjectName("welcomeNote")
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource("icon.png"))).pixmap(64, 64))  # crisp on HiDPI
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        intro = QHBoxLayout()
        intro.addWidget(icon)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(intro)
        intro.addStretch(0)
        intro.addWidget(
            wrapped(
                self.tr(
                    "You will need the license key from your purchase confirmation e-mail. "
                    "Before anything is sent, the next pages show you exactly what this "
                    "device tells the license server."
                )
            ),
            1,
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.note.set_text(self.session.start_note)

    def nextId(self) -> int:
        return int(PageId.LICENSE_KEY)
