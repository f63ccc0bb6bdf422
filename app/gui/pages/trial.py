"""A free trial: nothing to type for key-based products, an e-mail for user-based ones."""

from __future__ import annotations

from activation_wizard.core.account import MAX_EMAIL, MAX_FIELD, normalize_email, plausible_email
from activation_wizard.core.activation import TrialRequest
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.widgets import without_mnemonic, wrapped
from activation_wizard.i18n import QT_TRANSLATE_NOOP
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWizardPage

FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("TrialPage", "&First name:"),
    "last_name": QT_TRANSLATE_NOOP("TrialPage", "&Last name:"),
    "phone": QT_TRANSLATE_NOOP("TrialPage", "P&hone:"),
    "company_name": QT_TRANSLATE_NOOP("TrialPage", "&Company:"),
}


class TrialPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        config = session.config
        self.setTitle(self.tr("Start a free trial"))
        self.intro = wrapped()
        self.email = QLineEdit()
        self.email.setObjectName("trialEmailEdit")
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.email.setPlaceholderText("name@example.com")
        self.email.setMaxLength(MAX_EMAIL)
        self.fields: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        self.form.addRow(self.tr("&E-mail:"), self.email)
        for name in config.trial_fields:
            edit = QLineEdit()
            edit.setMaxLength(MAX_FIELD)  # the limits the command line has too
            edit.setObjectName(f"trial_{name}")
            label = self.tr(FIELD_LABELS[name])
            edit.setAccessibleName(without_mnemonic(label).rstrip(":："))
            self.fields[name] = edit
            self.form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.email.textChanged.connect(self._on_text_changed)

    def initializePage(self) -> None:
        self.session.activator.prewarm()  # a request is likely next: connect now
        product = self.session.product
        days = product.trial_days if product is not None else None
        length = (
            self.tr("a free {days}-day trial").format(days=days)
            if days
            else self.tr("a free trial")
        )
        self.setSubTitle(
            self.tr("Try {name} before you buy it.").format(name=self.session.product_name)
        )
        if self.session.user_based:
            self.intro.setText(
                self.tr(
                    "This starts {length} of {name} on this device, with an account for your "
                    "e-mail address (its password is shown when the trial starts). Asking "
                    "again gives you the same trial: then you sign in with that password."
                ).format(length=length, name=self.session.product_name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "This starts {length} of {name} on this device. Nothing else is needed; "
                    "asking again on this device gives you the same trial."
                ).format(length=length, name=self.session.product_name)
            )
        shown = self.session.user_based or bool(self.fields)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, shown and (row > 0 or self.session.user_based))
        if self.session.user_based:
            self.email.setFocus()
        self.completeChanged.emit()

    @Slot()
    def _on_text_changed(self) -> None:
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.session.user_based or plausible_email(self.email.text())

    def validatePage(self) -> bool:
        self.session.trial = TrialRequest(
            email=normalize_email(self.email.text()) if self.session.user_based else "",
            fields={k: e.text().strip() for k, e in self.fields.items()},
            user_based=self.session.user_based,
        )
        return True

    def nextId(self) -> int:
        return int(PageId.DEVICE)
