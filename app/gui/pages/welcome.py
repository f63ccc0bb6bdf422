from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from app.gui.pages import PageId, Session
from app.gui.widgets import wrapped


class WelcomePage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        name = session.activator.config.product_name
        self.setTitle(self.tr("Activate {name}").format(name=name))
        self.setSubTitle(self.tr("This takes a minute and needs an internet connection."))
        self.session = session
        self.note = wrapped()
        self.note.setObjectName("welcomeNote")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(
            wrapped(
                self.tr(
                    "You will need the license key from your purchase confirmation e-mail. "
                    "Before anything is sent, the next pages show you exactly what this "
                    "device tells the license server."
                )
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.note.setText(self.session.start_note)
        self.note.setVisible(bool(self.session.start_note))

    def nextId(self) -> int:
        return int(PageId.LICENSE_KEY)
