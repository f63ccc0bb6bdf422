from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from app.errors import WizardError
from app.gui.pages import PageId, Session, start_over
from app.gui.widgets import Notice, explain, wrapped
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
        self.import_button = QPushButton(self.tr("&Import a saved activation…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAutoDefault(False)  # Enter still means Next on this page
        self.import_button.setToolTip(
            self.tr("A file saved when an activation could not be stored on this computer")
        )
        self.import_button.clicked.connect(self._on_import_clicked)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)

    @Slot()
    def _on_import_clicked(self) -> None:
        path = self.session.dialogs.open_file(
            self, self.tr("Import activation"), self.tr("Activation recovery file (*.json)")
        )
        if not path:
            return
        try:
            self.session.stored = self.session.activator.import_recovery(Path(path))
        except WizardError as exc:
            message = explain(exc)
            self.note.set_text(f"{message.title}: {message.what} {message.todo}")
            return
        self.session.start_note = ""
        start_over(self, PageId.STATUS)

    def initializePage(self) -> None:
        self.note.set_text(self.session.start_note)

    def nextId(self) -> int:
        return int(PageId.LICENSE_KEY)
