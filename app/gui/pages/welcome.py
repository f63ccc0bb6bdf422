from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from activation_wizard.core.datadir import product_dir
from activation_wizard.core.offer import methods_known, offered_methods, remembered
from activation_wizard.gui import brand
from activation_wizard.gui.pages import PageId, Session, start_over
from activation_wizard.gui.pages.sdk_offer import SdkOffer
from activation_wizard.gui.widgets import (
    ALIGN_TOP,
    Notice,
    explain,
    link_label,
    set_qt_properties,
    wrapped,
)
from activation_wizard.gui.workers import Task
from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

if TYPE_CHECKING:
    from activation_wizard.core.api.models import Product
    from activation_wizard.core.store import StoredActivation

log = logging.getLogger(__name__)

CANCEL = QWizard.WizardButton.CancelButton
NEXT_PAGE = {
    "license_key": PageId.LICENSE_KEY,
    "user": PageId.CREDENTIALS,
    "trial": PageId.TRIAL,
    "sso": PageId.SSO,
}


class WelcomePage(QWizardPage):
    """Says what is about to happen and lets the user choose how to activate: the
    choices follow the product's settings on the server (``product_details``),
    fetched on a worker while the page is shown; the config's facts until then."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._name_product()
        self.setSubTitle(
            self.tr("This takes a minute. No internet here? Choose Activate without internet.")
            if session.config.offline_enabled
            else self.tr("This takes a minute and needs an internet connection.")
        )
        self.note = Notice()
        self.note.setObjectName("welcomeNote")
        self.sdk_offer = SdkOffer(
            self, session, self.note, self._on_imported, self._on_import_failed
        )
        icon = QLabel()
        icon.setPixmap(brand.logo(session.config).pixmap(64, 64))  # crisp on HiDPI
        set_qt_properties(icon, alignment=ALIGN_TOP)
        self.intro = wrapped()
        intro = QHBoxLayout()
        intro.addWidget(icon)
        intro.addWidget(self.intro, 1)
        self.choices = QButtonGroup(self)
        self.radios = {
            "license_key": QRadioButton(self.tr("I have a license &key")),
            "user": QRadioButton(self.tr("&Sign in with my account")),
            "sso": QRadioButton(self.tr("Sign in with my &organisation")),
            "trial": QRadioButton(self.tr("Start a free &trial")),
        }
        choice_box = QVBoxLayout()
        for index, (method, radio) in enumerate(self.radios.items()):
            radio.setObjectName(f"method_{method}")
            self.choices.addButton(radio, index)
            choice_box.addWidget(radio)
        self.choices.idToggled.connect(self._on_choices_id_toggled)
        self.product_state = wrapped()
        self.product_state.setObjectName("productState")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        offer_row = QHBoxLayout()  # under the note it answers; the bottom row is full
        offer_row.addWidget(self.sdk_offer.button)
        offer_row.addStretch(1)
        layout.addLayout(offer_row)
        layout.addLayout(intro)
        layout.addSpacing(8)
        layout.addLayout(choice_box)
        layout.addWidget(self.product_state)
        layout.addStretch(1)
        self.import_button = QPushButton(self.tr("&Import a saved activation…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAutoDefault(False)  # Enter still means Next on this page
        self.import_button.setToolTip(
            self.tr("A file saved when an activation could not be stored on this computer")
        )
        self.import_button.clicked.connect(self._on_import_clicked)
        self.offline_button = QPushButton(self.tr("Activate &without internet…"))
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setAutoDefault(False)
        self.offline_button.setToolTip(
            self.tr("For a computer that cannot go online: activate with files")
        )
        self.offline_button.clicked.connect(self._on_offline_clicked)
        self.offline_button.setVisible(session.config.offline_enabled)
        self.cancel_offline_button = QPushButton(self.tr("Cancel this &request"))
        self.cancel_offline_button.setObjectName("cancelOfflineButton")
        self.cancel_offline_button.setAutoDefault(False)
        self.cancel_offline_button.clicked.connect(self._on_cancel_offline_clicked)
        self.cancel_offline_button.hide()
        self.try_again_button = QPushButton(self.tr("Try &again"))
        self.try_again_button.setObjectName("lookAgainButton")
        self.try_again_button.setAutoDefault(False)
        self.try_again_button.setToolTip(self.tr("Read this computer's activation again"))
        self.try_again_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.offline_button)
        row.addWidget(self.cancel_offline_button)
        row.addStretch(1)
        row.addWidget(self.try_again_button)
        layout.addLayout(row)
        config = session.config
        links = [
            (config.support_url, self.tr("Support"), "supportLink"),
            (config.privacy_url, self.tr("Privacy policy"), "privacyLink"),
        ]
        footer = QHBoxLayout()
        for url, text, name in links:
            if url:
                link = link_label(url, text)
                link.setObjectName(name)
                footer.addWidget(link)
        footer.addStretch(1)
        layout.addLayout(footer)
        self.product: Product | None = None
        self._asked = False
        self.product_checked = False  # the server (or its cache) answered, or could not
        self._task: Task | None = None
        config = session.config
        hint = remembered(config, product_dir(config))
        if hint is not None:
            session.product = hint  # its name and its ways, from the first frame
            self._name_product()
        # With nothing to go on, no choice is offered that the product may forbid: the
        # choices wait for the server (saying so), and never change under the user.
        self.choices_known = methods_known(config, hint)
        self._offer(offered_methods(config, hint))

    def initializePage(self) -> None:
        self.note.set_text(self.session.start_note)
        chosen = self.radios.get(self.session.method)
        if chosen is not None and chosen.isVisibleTo(self):
            chosen.setChecked(True)  # e.g. activating again after the vendor removed it
        self._take_focus()
        if self.session.loading:
            self.product_state.setText(
                self.tr(
                    "Looking for an activation on this computer… Your system may ask for "
                    "the password of its keyring, where the activation is kept."
                )
            )
        if not self._asked and not self.session.config.methods:
            self._asked = True  # once per wizard: the answer does not change meanwhile
            self.product_state.setText(self.tr("Checking what this product offers…"))
            # After the first frame: the worker's imports (httpx, cryptography) would
            # otherwise compete with the first paint for the interpreter.
            if self.session.framed:
                QTimer.singleShot(0, self._ask_product)
            else:
                self.session.after_frame.append(self._ask_product)

    @Slot()
    def _ask_product(self) -> None:
        if self.wizard() is None or self.wizard().currentPage() is not self:
            self.product_state.setText("")
            return  # the user moved on already
        session = self.session
        self._task = session.runner.start(
            # (session.activator on the worker: it may be the one that builds it)
            lambda token: session.activator.product_details(token),
            self._on_product_succeeded,
            self._on_product_failed,
        )

    def _show_offline_pending(self) -> None:
        pending = self.session.activator.offline_pending()
        self.cancel_offline_button.setVisible(pending is not None)
        self.offline_button.setText(
            self.tr("Continue activation &without internet…")
            if pending
            else self.tr("Activate &without internet…")
        )
        if pending and not self.session.start_note:
            self.note.set_text(
                self.tr("An offline request for {who} is waiting for its license file.").format(
                    who=pending.get("identity", "")
                )
            )

    @Slot()
    def _on_offline_clicked(self) -> None:
        self.session.offline = True
        self.wizard().next()

    @Slot()
    def _on_cancel_offline_clicked(self) -> None:
        ok = self.session.dialogs.confirm(
            self,
            self.tr("Cancel the offline request?"),
            self.tr(
                "If the request file was already uploaded to the offline portal, its license "
                "file still works here (its seat is in use); or free that seat with a "
                "deactivation file (Activate without internet, then the status page)."
            ),
            yes=self.tr("Cancel the &request"),
            no=self.tr("&Keep waiting"),
        )
        if not ok:
            return
        self.session.activator.cancel_offline_request()
        self.note.set_text(self.tr("The offline request was cancelled."))
        self._show_offline_pending()

    def looked(self, storage_failed: bool = False) -> None:
        """The wizard has read the stored activation: the user may go on.
        ``storage_failed``: the keyring could not be read (a dismissed prompt):
        offer to read it again."""
        self.note.set_text(self.session.start_note)
        self.try_again_button.setVisible(storage_failed)
        self.sdk_offer.show()
        if self.session.config.offline_enabled:
            self._show_offline_pending()
        if self._task is None and not self.product_checked:
            self.product_state.setText(
                self.tr("Checking what this product offers…") if self._asked else ""
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.session.loading and (self.choices_known or self.product_checked)

    def validatePage(self) -> bool:
        # The user chose already: a late answer would change nothing, so free its thread.
        if self._task is not None:
            self._task.cancel()
        return True

    def _offer(self, methods: list[str]) -> None:
        self.offered = methods
        current = self.session.method
        only = len(methods) == 1  # one way only: nothing to choose, the intro says it
        # Until the product's ways are known, none is shown (not even greyed out): one
        # the product forbids would be seen, and then vanish.
        known = self.choices_known or self.product_checked
        for method, radio in self.radios.items():
            radio.setVisible(known and method in methods and not only)
        chosen = current if current in methods else methods[0]
        self.radios[chosen].setChecked(True)
        self.session.method = chosen
        if known:
            log.info("choices: %s", ", ".join(methods))
            self._take_focus()
        self.intro.setText(
            self._intro(methods)
            if known
            else self.tr(
                "Before anything is sent, the next pages show you exactly what this "
                "device tells the license server."
            )
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the dialog's own choice (the first button it finds: Cancel, while no
        # way is shown and Next is disabled).
        QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        """The keyboard on the chosen way (arrow keys change it at once), else on the
        page: never left on Cancel, where an early Return would close the wizard."""
        wizard = self.wizard()
        holder = QApplication.focusWidget()
        if holder not in (None, self) and (wizard is None or holder is not wizard.button(CANCEL)):
            return  # the user moved it (Tab to a link): theirs
        chosen = self.radios[self.session.method]
        (chosen if chosen.isVisibleTo(self) else self).setFocus()

    def _intro(self, methods: list[str]) -> str:
        user_based = self.session.user_based
        parts = {
            "license_key": self.tr("the license key from your purchase confirmation e-mail"),
            "user": self.tr("the e-mail address and password of your account"),
            "sso": self.tr("your organisation's sign-in in the web browser"),
            "trial": self.tr("just your e-mail address for a free trial")
            if user_based
            else self.tr("nothing at all for a free trial"),
        }
        named = [parts[m] for m in methods]
        # "A, B or C", not "A or B or C or D" (a run-on with four ways).
        needs = (
            self.tr(", ").join(named[:-1]) + self.tr(" or ") + named[-1]
            if len(named) > 1
            else named[0]
        )
        return self.tr(
            "You will need {needs}. Before anything is sent, the next pages show you "
            "exactly what this device tells the license server."
        ).format(needs=needs)

    def _name_product(self) -> None:
        """The product's name in the title (and everywhere else already shown): the
        server's name arrives with its settings when the vendor gave none."""
        self.setTitle(self.tr("Activate {name}").format(name=self.session.product_name))
        wizard = self.wizard()
        if wizard is not None:
            wizard.product_named()  # type: ignore[attr-defined]

    @Slot(object)
    def _on_product_succeeded(self, answer: tuple[Product, bool]) -> None:
        self._task = None
        self.product_checked = True
        self.product, from_cache = answer
        self.session.product = self.product
        self._name_product()
        self.product_state.setText("")
        if from_cache:
            log.info("product details from the cache: the server could not be asked")
        self._offer(offered_methods(self.session.config, self.product))
        self.completeChanged.emit()

    @Slot(object)
    def _on_product_failed(self, exc: BaseException) -> None:
        self._task = None
        self.product_checked = True
        self._offer(self.offered)  # the configuration's choices, now offered
        self.completeChanged.emit()
        # Not an error for the user: the config's facts stand in, and the page they
        # choose will meet the server (and its real error) soon enough.
        log.info("product details not available (%s): using the configuration", exc)
        self.product_state.setText("")

    @Slot(int, bool)
    def _on_choices_id_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.session.method = list(self.radios)[index]

    @Slot()
    def _on_import_clicked(self) -> None:
        path = self.session.dialogs.open_file(
            self, self.tr("Import activation"), self.tr("Activation recovery file (*.json)")
        )
        if not path:
            return
        activator = self.session.activator
        self.import_button.setEnabled(False)
        # On a worker: the license server confirms the seat before the copy is kept.
        self.note.set_text(self.tr("Importing; the license server confirms it…"))
        self.session.runner.start(
            lambda token: activator.import_recovery(Path(path), token),
            self._on_imported,
            self._on_import_failed,
        )

    @Slot(object)
    def _on_imported(self, stored: StoredActivation) -> None:
        self.import_button.setEnabled(True)
        self.session.stored = stored
        self.session.start_note = ""
        start_over(self, PageId.STATUS)

    @Slot(object)
    def _on_import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        message = explain(exc)
        self.note.set_text(f"{message.title}: {message.what} {message.todo}")

    def nextId(self) -> int:
        return int(PageId.OFFLINE if self.session.offline else NEXT_PAGE[self.session.method])
