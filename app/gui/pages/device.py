from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

from activation_wizard.errors import WizardError
from activation_wizard.gui.pages import PageId, Session
from activation_wizard.gui.palette import secondary
from activation_wizard.gui.widgets import (
    MessagePanel,
    Notice,
    explain,
    read_only_line,
    rebuilding,
    wrapped,
)
from activation_wizard.i18n import QT_TRANSLATE_NOOP, translate
from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

if TYPE_CHECKING:
    from activation_wizard.core.device import DeviceInfo

LABELS = {  # shown through translate("device", ...)
    "hardware_id": QT_TRANSLATE_NOOP("device", "Hardware ID"),
    "os_ver": QT_TRANSLATE_NOOP("device", "Operating system"),
    "hostname": QT_TRANSLATE_NOOP("device", "Host name"),
    "os_hostname": QT_TRANSLATE_NOOP("device", "OS host name"),
    "ip": QT_TRANSLATE_NOOP("device", "IP address"),
    "ip_local": QT_TRANSLATE_NOOP("device", "Local IP address"),
    "mac_address": QT_TRANSLATE_NOOP("device", "MAC address"),
    "is_vm": QT_TRANSLATE_NOOP("device", "Virtual machine"),
    "vm_info": QT_TRANSLATE_NOOP("device", "Detected environment"),
    "app_ver": QT_TRANSLATE_NOOP("device", "Program version"),
    "sdk_ver": QT_TRANSLATE_NOOP("device", "Wizard version"),
}


def value_view(text: str) -> QWidget:
    """A read-only value that copies exactly what is sent: one line, or for a long
    value lines broken between words, or anywhere in an unbroken one (the 64-digit
    hardware id): never cut off."""
    if len(text) <= 40:
        return read_only_line(text)
    return WrappedValue(text)


class WrappedValue(QPlainTextEdit):
    """Read-only text exactly as tall as its lines at the width the layout gives it
    (height-for-width, as a word-wrapped label; a guess from the text's length left
    an empty line under a value that fits in one)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Wrapped anywhere, it never needs one; a pixel of rounding showed it anyway.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(2)  # its text lines up with the one-line values
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Laid out as QPlainTextEdit lays out its text: the widget's width less the
        document's margins, leading included."""
        margins = self.contentsMargins()
        document_margin = self.document().documentMargin()
        layout = QTextLayout(self.toPlainText(), self.font())
        option = QTextOption()
        option.setWrapMode(self.wordWrapMode())
        layout.setTextOption(option)
        room = width - margins.left() - margins.right() - 2 * document_margin
        text_height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLeadingIncluded(True)
            line.setLineWidth(max(room, 1.0))
            text_height += line.height()
        layout.endLayout()
        return math.ceil(text_height + 2 * document_margin) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width() or hint.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class DevicePage(QWizardPage):
    """Exactly what will be sent about this device, and why, before anything is sent."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setTitle(self.tr("This device"))
        self.subtitles = {
            "license_key": self.tr(
                "Activating sends your license key and the following facts. Nothing else."
            ),
            "user": self.tr(
                "Activating sends your account's e-mail and password and the following "
                "facts. Nothing else."
            ),
            "sso": self.tr(
                "Activating sends the sign-in answer from your organisation and the "
                "following facts. Nothing else."
            ),
            "trial": self.tr(
                "Starting the trial sends the following facts (and the e-mail you gave, "
                "if any). Nothing else."
            ),
        }
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Activate"))
        self.problem = MessagePanel()
        self.problem.hide()
        self.vm_warning = Notice(warning=True)
        self.vm_warning.setObjectName("vmWarning")
        self.rows = QWidget()
        self.form = QFormLayout(self.rows)
        scroll = self.rows_area = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.rows)
        self.json_view = QPlainTextEdit()
        self.json_view.setObjectName("deviceJson")
        self.json_view.setReadOnly(True)
        self.json_view.setAccessibleName(self.tr("Device data as sent"))
        self.json_view.hide()
        self.toggle = QPushButton(self.tr("Show as &JSON"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoDefault(False)  # Enter means Activate, not "show JSON"
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.collecting = secondary(wrapped(self.tr("Collecting this device's facts…")))
        self.collecting.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.collecting)
        layout.addWidget(self.problem)
        layout.addWidget(self.vm_warning)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.json_view, 1)
        layout.addWidget(self.toggle)
        self._rows_for: DeviceInfo | None = None  # the facts the rows show
        self._collecting = False

    def initializePage(self) -> None:
        self.session.activator.prewarm()  # a request is likely next: connect now
        self.setSubTitle(self.subtitles[self.session.method])
        device = self.session.activator.device_if_known()
        if device is None:  # collected on a worker: the probe may take its time
            self.problem.hide()
            self.rows_area.hide()
            self.toggle.hide()
            self.collecting.show()
            self._collect()
            return
        self._show_device(device)

    def _collect(self) -> None:
        if self._collecting:
            return
        self._collecting = True
        activator = self.session.activator
        self.session.runner.start(
            lambda token: activator.device, self._on_device_collected, self._on_device_failed
        )

    @Slot(object)
    def _on_device_collected(self, device: DeviceInfo) -> None:
        self._collecting = False
        if self.wizard() is not None and self.wizard().currentPage() is self:
            self._show_device(device)
        else:
            self.prepare()

    @Slot(object)
    def _on_device_failed(self, exc: BaseException) -> None:
        self._collecting = False
        if self.wizard() is None or self.wizard().currentPage() is not self:
            return  # said when the user comes here (the page collects again)
        # No usable device identity: say why, do not go on.
        self.collecting.hide()
        self.problem.show_message(explain(exc))
        self.rows_area.hide()
        self.toggle.hide()
        self.completeChanged.emit()

    def _show_device(self, device: DeviceInfo) -> None:
        activator = self.session.activator
        self.collecting.hide()
        self.problem.hide()
        self.rows_area.show()
        self.toggle.show()
        if self._rows_for is not device:
            self._show_rows(device)
        self.json_view.setPlainText(self.json_text())
        warn = device.is_vm and activator.config.prevent_vm
        self.vm_warning.set_text(
            self.tr(
                "This device looks like a virtual machine or container ({name}), and "
                "{product} licenses may not be used in one. Activation will probably be "
                "refused: activate on a physical computer instead."
            ).format(name=device.vm_info, product=self.session.product_name)
            if warn
            else ""
        )
        self.completeChanged.emit()

    def prepare(self) -> None:
        """Build the rows ahead, while the user reads the first page: opening this
        page then costs less than a frame.  The facts are usually known already (the
        stored activation was read with them); else a worker collects them."""
        device = self.session.activator.device_if_known()
        if device is None:
            self._collect()
        elif self._rows_for is not device:
            self._show_rows(device)
            self._render_ahead()

    def _render_ahead(self) -> None:
        """Lay out and draw the rows once, hidden, at the size the page will have:
        opening the page is then a cached layout and warm glyphs (it cost 15-25 ms,
        a dropped frame, on the click that opened it)."""
        wizard = self.wizard()
        shown = wizard.currentPage() if wizard is not None else None
        if shown is None or shown is self:
            return
        self.resize(shown.size())
        self.grab()

    def _show_rows(self, device: DeviceInfo) -> None:
        with rebuilding(self.rows):
            self._build_rows(device)
        self._rows_for = device

    def _build_rows(self, device: DeviceInfo) -> None:
        activator = self.session.activator
        while self.form.rowCount():
            self.form.removeRow(0)
        for name, value, why in device.explained(activator.config):
            yes_no = self.tr("yes") if value else self.tr("no")
            shown = yes_no if isinstance(value, bool) else str(value)
            label = translate("device", LABELS[name])
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 6)
            # A read-only line: long values (the 64-digit id) scroll instead of
            # widening the page, and copy exactly what is sent.
            value_label = value_view(shown)
            value_label.setObjectName(f"device_{name}")
            value_label.setAccessibleName(label)
            why_label = secondary(wrapped(translate("device", why)))
            box_layout.addWidget(value_label)
            box_layout.addWidget(why_label)
            self.form.addRow(QLabel(f"<b>{label}</b>"), box)
        lines = [w for w in self.rows.findChildren(QWidget) if w.objectName().startswith("device_")]
        for before, after in zip(lines, [*lines[1:], self.toggle], strict=True):
            QWidget.setTabOrder(before, after)  # made after the toggle: Tab goes down

    def json_text(self) -> str:
        """The whole activation request as it will be sent; secrets shown as what
        they are, not as their values."""
        activator, session = self.session.activator, self.session
        body: dict[str, object] = {"product": activator.config.product}
        identity = session.identity
        if session.method == "trial":  # first GET /trial_key, then activation with its answer
            trial = session.trial
            if trial is not None and trial.email:
                body["email"] = trial.email
            if trial is not None:
                body.update({k: v for k, v in trial.fields.items() if v})
        elif identity is not None:
            fields = identity.request_fields(True)
            for secret in ("password", "code", "id_token"):
                if secret in fields:
                    fields[secret] = f"({secret.replace('_', ' ')}, sent but not shown)"
            body.update(fields)
        body.update(activator.device.request_fields(activator.config))
        try:
            variables = activator.device_variables()
        except WizardError:
            variables = {}
        if variables:
            body["variables"] = variables
        return json.dumps(body, indent=2, ensure_ascii=False)

    @Slot(bool)
    def _on_toggle_toggled(self, checked: bool) -> None:
        if checked:
            self.json_view.setPlainText(self.json_text())
        self.json_view.setVisible(checked)
        self.rows_area.setVisible(not checked)
        self.toggle.setText(self.tr("Show as &list") if checked else self.tr("Show as &JSON"))

    def isComplete(self) -> bool:
        return self.problem.isHidden() and self.collecting.isHidden()

    def nextId(self) -> int:
        return int(PageId.ACTIVATING)
