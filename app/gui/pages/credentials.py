"""Sign in with an account: e-mail and password (never stored, never logged)."""

from __future__ import annotations

from activation_wizard.core.account import normalize_email, plausible_email
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.widgets import (
    EMAIL_CHARACTERS_ONLY,
    Notice,
    link_label,
    set_qt_properties,
    wrapped,
)
from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)


class PasswordField(QLineEdit):
    """A masked line, a *Show password* box (a real control: reachable by keyboard
    and screen readers, unlike an icon inside the field) and a Caps Lock notice."""

    def __init__(self, accessible_name: str, show_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAccessibleName(accessible_name)
        self.show_box = QCheckBox(show_text)
        self.show_box.toggled.connect(self._on_show_toggled)
        self.caps_notice = Notice(warning=True)
        self.caps_notice.setObjectName("capsLockNotice")
        self.installEventFilter(self)

    @Slot(bool)
    def _on_show_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt cannot ask the keyboard for Caps Lock; a letter whose case disagrees
        # with Shift says it is on, as most sign-in forms infer it.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                from PySide6.QtCore import Qt  # at a key press (see widgets.ALIGN_TOP)

                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                caps = text.isupper() != shift
                self.caps_notice.set_text(self.tr("Caps Lock is on.") if caps else "")
        elif event.type() == QEvent.Type.FocusOut:
            self.caps_notice.set_text("")
        return super().eventFilter(watched, event)


class CredentialsPage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        config = session.config
        self.setTitle(self.tr("Sign in with your account"))
        self.note = Notice()
        self.note.setObjectName("credentialsNote")
        self.email = QLineEdit()
        self.email.setObjectName("emailEdit")
        self.email.setAccessibleName(self.tr("E-mail address"))
        self.email.setPlaceholderText("name@example.com")
        set_qt_properties(self.email, inputMethodHints=EMAIL_CHARACTERS_ONLY)
        self.password = PasswordField(self.tr("Password"), self.tr("S&how password"))
        self.password.setObjectName("passwordEdit")
        self.hint = wrapped()
        self.hint.setObjectName("emailHint")
        form = QFormLayout()
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.password.show_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.password.caps_notice)
        encrypted = config.api_url.startswith("https://")  # plain http: a local test server
        layout.addWidget(
            wrapped(
                self.tr(
                    "Your password is sent only to the license server, over an encrypted "
                    "connection. It is never saved on this computer."
                )
                if encrypted
                else self.tr(
                    "Your password is sent only to the license server, a test server on this "
                    "computer (not encrypted). It is never saved on this computer."
                )
            )
        )
        layout.addStretch(1)
        if config.password_reset_url:
            reset = link_label(config.password_reset_url, self.tr("Forgot your password?"))
            reset.setObjectName("passwordResetLink")
            layout.addWidget(reset)
        self.email.textChanged.connect(self._on_text_changed)
        self.password.textChanged.connect(self._on_text_changed)

    def initializePage(self) -> None:
        self.session.activator.prewarm()  # a request is likely next: connect now
        self.setSubTitle(
            self.tr("Use the e-mail address and password of your {name} account.").format(
                name=self.session.product_name
            )
        )
        self.note.set_text(self.session.start_note if self.session.method == "user" else "")
        identity = self.session.identity
        if identity is not None and identity.kind == "user" and not self.email.text():
            self.email.setText(identity.value)  # e.g. a trial account that exists already
        (self.password if self.email.text() else self.email).setFocus()

    def focus_input(self) -> None:
        """Back here to change the sign-in (after a refusal): the password, selected,
        so typing replaces it (the e-mail is usually right)."""
        target = self.password if self.email.text() else self.email
        target.setFocus()
        target.selectAll()

    @Slot()
    def _on_text_changed(self) -> None:
        text = self.email.text()
        show = bool(text) and not plausible_email(text) and "@" in text and "." in text
        self.hint.setText(
            self.tr("This does not look like an e-mail address (name@example.com).") if show else ""
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return plausible_email(self.email.text()) and bool(self.password.text())

    def validatePage(self) -> bool:
        # (here: the offline page, in the first frame, imports this module)
        from activation_wizard.core.activation import Identity

        self.session.identity = Identity(
            "user", normalize_email(self.email.text()), self.password.text()
        )
        return True

    def forget_password(self) -> None:
        """After the server answered: the password is not kept in the window either;
        back on this page, the cursor waits in the password field."""
        self.password.clear()
        if self.email.text():
            self.password.setFocus()

    def nextId(self) -> int:
        return int(PageId.LICENSES)
