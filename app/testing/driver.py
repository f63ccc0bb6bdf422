"""A page-object driver for the wizard: the verbs a QA engineer thinks in.

It finds pages and controls by their object names (``names.py``, the public
contract), never by visible text, so one test passes in every language and brand;
it clicks the wizard's own buttons by their role; every wait is ``qtbot.waitUntil``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from activation_wizard.gui.widgets import DetailsGrid, MessagePanel
from activation_wizard.testing.dialogs import ScriptedDialogs
from activation_wizard.testing.findings import DriverError, ShownError, WizardStatus
from activation_wizard.testing.names import PAGES, WAYS
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QWidget, QWizard

if TYPE_CHECKING:
    from activation_wizard.gui.wizard import ActivationWizard
    from activation_wizard.testing.sandbox import LicenseSandbox
    from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)
_B = QWizard.WizardButton
# The page each way of the welcome page leads to.
_FIRST_PAGE = {"key": "license_key", "account": "credentials", "organisation": "sso"}


# What gets from one page to another, said when a step is tried on the wrong one.
_HOW_TO_REACH = {
    **{("welcome", page): f"; choose({way!r}) first" for way, page in _FIRST_PAGE.items()},
    ("welcome", "trial"): "; choose('trial') first",
    ("welcome", "offline"): "; choose('offline') first",
    ("done", "status"): (
        "; the status page is what the wizard opens on once activated: "
        "make_activation_wizard() again (the program started again), then wait_until_ready()"
    ),
}


class WizardDriver:
    """Drive ``wizard`` as a user would, through ``qtbot``.

    ``timeout_ms`` bounds every wait (a server answer, a page change).
    """

    def __init__(self, wizard: ActivationWizard, qtbot: QtBot, *, timeout_ms: int = 10000) -> None:
        self.wizard = wizard
        self.qtbot = qtbot
        self.timeout_ms = timeout_ms

    # Where the wizard is ---------------------------------------------------------
    @property
    def page(self) -> str:
        """The current page's name (``"welcome"``, ``"license_key"``, ``"done"``...)."""
        current = self.wizard.currentPage()
        return current.objectName().removeprefix("page_") if current is not None else ""

    @property
    def dialogs(self) -> ScriptedDialogs:
        """The scripted dialogs the wizard was built with (file paths, answers)."""
        dialogs = self.wizard.session.dialogs
        if not isinstance(dialogs, ScriptedDialogs):
            raise DriverError("build the wizard with ScriptedDialogs (the fixture does)")
        return dialogs

    def control(self, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
        """A control of the current page by its object name."""
        page = self.wizard.currentPage()
        found = page.findChild(kind, name) if page is not None else None
        if found is None:
            raise DriverError(f"no {name!r} on page {self.page!r}")
        return found

    def wait_until_ready(self) -> str:
        """Wait until the wizard has read this computer's activation and settled
        on its first page (``"welcome"``, or ``"status"`` when activated)."""
        self._wait(lambda: self.wizard.is_ready, "the wizard to read the stored activation")
        return self.page

    def wait_for(self, *states: str) -> str:
        """Wait until a page of ``states`` is shown, or ``"error"``: an error panel on
        the current page. Returns the state reached."""
        unknown = [s for s in states if s != "error" and s not in PAGES]
        if unknown or not states:
            raise ValueError(f"unknown states {unknown}; pages are {PAGES} and 'error'")
        reached: list[str] = []

        def there() -> bool:
            if "error" in states and self._panel() is not None:
                reached.append("error")
            elif self.page in states:
                reached.append(self.page)
            return bool(reached)

        self._wait(there, f"one of {states}")
        return reached[0]

    def error(self) -> ShownError | None:
        """The error shown on the current page, if one is."""
        panel = self._panel()
        if panel is None or panel.message is None:
            return None
        m = panel.message
        return ShownError(m.code, m.title, m.what, m.todo)

    def status(self) -> WizardStatus:
        """The license details shown (done or status page) and the stored activation."""
        page = self.wizard.currentPage()
        grid = page.findChild(DetailsGrid, "licenseDetails") if page is not None else None
        details = dict(grid.rows()) if isinstance(grid, DetailsGrid) else {}
        try:
            stored = self.wizard.session.activator.load()
        except Exception:  # nothing stored, or not readable: the page says which
            stored = None
        return WizardStatus(self.page, details, stored)

    # The wizard's buttons --------------------------------------------------------
    def next(self) -> None:
        """Next (or Activate, Commit: the forward button the page shows)."""
        for which in (_B.NextButton, _B.CommitButton):
            button = self.wizard.button(which)
            if button.isVisible():
                self._click(button, "Next")
                return
        raise DriverError(f"page {self.page!r} shows no Next button")

    def back(self) -> None:
        """Back (it cancels a request in flight and returns to the page before)."""
        self._click(self.wizard.button(_B.BackButton), "Back")

    def finish(self) -> None:
        """Finish (on the done page): the wizard closes."""
        self._click(self.wizard.button(_B.FinishButton), "Finish")

    def cancel(self) -> None:
        """Cancel (a question it asks is answered by ``dialogs.confirm_answer``)."""
        self._click(self.wizard.button(_B.CancelButton), "Cancel")

    # Verbs -------------------------------------------------------------------------
    def choose(self, way: str) -> None:
        """On the welcome page: ``"key"``, ``"account"``, ``"organisation"``,
        ``"trial"`` (then Next), or ``"offline"`` (Activate without internet)."""
        self.wait_until_ready()
        self._expect("welcome")
        if way == "offline":
            button = self.control("offlineButton", QAbstractButton)
            self._click(button, "Activate without internet")
            self.wait_for("offline")
            return
        if way not in WAYS:
            raise ValueError(f"unknown way {way!r}: {[*WAYS, 'offline']}")
        radio = self.control(f"method_{WAYS[way]}", QAbstractButton)
        self._wait(
            lambda: radio.isVisibleTo(radio.window()) and radio.isEnabled(),
            f"the welcome page to offer {way!r} (is it enabled for this product?)",
        )
        radio.click()
        self.next()
        self.wait_for(_FIRST_PAGE.get(way, way))

    def enter_key(self, key: str) -> None:
        """Type ``key`` on the license key page (as typed: the page normalises it)."""
        self._expect("license_key")
        self._type("licenseKeyEdit", key)

    def sign_in(self, email: str, password: str) -> None:
        """Type the account's e-mail and password, then Next."""
        self._expect("credentials")
        self._type("emailEdit", email)
        self._type("passwordEdit", password)
        self.next()

    def sign_in_with_organisation(self, account: str, browser: Any) -> None:
        """Type the organisation's account code and start the sign-in; ``browser``
        plays the system browser (``license_sandbox.sso.browser(user)``)."""
        self._expect("sso", "sso_again")
        self.dialogs.browser = browser.open
        if self.page == "sso":
            self._type("ssoAccountEdit", account)
        self._click(self.control("ssoStartButton", QAbstractButton), "Sign in")

    def licenses(self) -> list[tuple[int, bool]]:
        """The account's licenses the list offers: (license id, usable), in order."""
        self.wait_for("licenses")
        listing = self.control("licenseList", QListWidget)
        self._wait(lambda: listing.count() > 0, "the account's licenses")
        from PySide6.QtCore import Qt

        return [
            (
                int(listing.item(row).data(Qt.ItemDataRole.UserRole)),
                bool(listing.item(row).flags() & Qt.ItemFlag.ItemIsEnabled),
            )
            for row in range(listing.count())
        ]

    def choose_license(self, license_id: int | str) -> None:
        """On the license list (after signing in): pick ``license_id``, then Next."""
        self.wait_for("licenses")
        listing = self.control("licenseList", QListWidget)
        self._wait(lambda: listing.count() > 0, "the account's licenses")
        from PySide6.QtCore import Qt

        for row in range(listing.count()):
            if str(listing.item(row).data(Qt.ItemDataRole.UserRole)) == str(license_id):
                listing.setCurrentRow(row)
                self.next()
                return
        raise DriverError(f"license {license_id} is not in the list")

    def start_trial(self, email: str = "") -> None:
        """On the trial page: the e-mail address (when the product asks one), Next."""
        self._expect("trial")
        if email:
            self._type("trialEmailEdit", email)
        self.next()

    def change_password(self, new: str) -> None:
        """On the password page (an account still on its initial password): the new
        one twice, Change password; then ``next()`` goes on to activate."""
        self._expect("password")
        self._type("newPasswordEdit", new)
        self._type("repeatPasswordEdit", new)
        self._press_and_settle("changePasswordButton")

    def import_activation(self, recovery_file: Path) -> str:
        """On the welcome page: Import a saved activation (the file saved when one
        could not be stored); returns the page it ends on (``"status"`` when the
        server confirmed it; ``"welcome"`` with a note saying why not)."""
        self.wait_until_ready()
        self._expect("welcome")
        self.dialogs.open_path = str(recovery_file)
        self._press_and_settle("importButton")
        return self.page

    def adopt_sdk_activation(self) -> str:
        """On the welcome page: Use this activation (the one the program made itself
        through the official SDK, offered when its license file is found); returns
        ``"status"`` once the server confirmed it, ``"welcome"`` with a note if not."""
        self.wait_until_ready()
        self._expect("welcome")
        self._press_and_settle("adoptSdkButton")
        return self.page

    def activate_key(self, key: str) -> str:
        """The whole key path: choose, type, Next, Activate; returns ``"done"`` or
        ``"error"``."""
        self.choose("key")
        self.enter_key(key)
        self.next()
        self.wait_for("device")
        self.next()
        return self.wait_for("done", "error")

    def check(self) -> str:
        """On the status page: Check now; returns ``"status"`` once the answer is
        shown (``error()`` says what went wrong, if something did)."""
        self._expect("status")
        self._press_and_settle("checkButton")
        return self.page

    def deactivate(self) -> str:
        """On the status page: Deactivate (the question is answered by
        ``dialogs.confirm_answer``); returns the page it ends on (``"welcome"``)."""
        self._expect("status")
        self._press_and_settle("deactivateButton")
        return self.page

    def use_another_license(self) -> str:
        """On the status page: Use another license (this one's seat is freed
        first); returns the page it ends on (``"welcome"``)."""
        self._expect("status")
        self._press_and_settle("otherLicenseButton")
        return self.page

    def offline_round_trip(self, key: str, sandbox: LicenseSandbox, folder: Path) -> str:
        """Activate without internet: save the request file, take it to the
        sandbox's portal (another computer), load the license file it gives back.
        Returns ``"done"`` or ``"error"``."""
        self.choose("offline")
        self._type("offlineKeyEdit", key)
        request = folder / "activation.req"
        self.dialogs.save_path = str(request)
        self._click(self.control("saveRequestButton", QAbstractButton), "Save request")
        load = self.control("loadLicenseButton", QAbstractButton)
        self._wait(lambda: load.isVisibleTo(load.window()), "the request file to be saved")
        answer = sandbox.portal_upload(request)
        if answer.status_code != 200:
            raise DriverError(f"the portal refused the request: {answer.text[:300]}")
        license_file = folder / "activation.lic"
        license_file.write_bytes(answer.content)
        self.dialogs.open_path = str(license_file)
        self._click(load, "Load license file")
        return self.wait_for("done", "error")

    def airgap_code(self, key: str, initialization_code: str, policy: Path | None = None) -> str:
        """Activate with codes read out, step 1: from the welcome or offline page to
        the codes' page, type the key and the portal's initialization code (and pick
        ``policy`` when the configuration names none); returns the code shown (groups,
        as a person reads it). Read ``wizard.session.activator.device.hardware_id`` too."""
        if self.page == "welcome":
            self.choose("offline")
        if self.page == "offline":
            self._click(self.control("offlineAirgapButton", QAbstractButton), "Use codes")
            self.wait_for("airgap")
        self._expect("airgap")
        self._type("airgapKeyEdit", key)
        self._type("airgapInitEdit", initialization_code)
        if policy is not None:
            self.dialogs.open_path = str(policy)
            self._click(self.control("airgapPolicyButton", QAbstractButton), "Choose policy")
        self._press_and_settle("airgapCodeButton")
        return str(self.wizard.airgap_page.shown_code)

    def airgap_activate(self, confirmation: str) -> str:
        """Step 2: type the portal's confirmation code and Activate; returns ``"done"``,
        or ``"airgap"`` with ``error()`` saying why not."""
        self._expect("airgap")
        self._type("airgapConfirmEdit", confirmation)
        self._press_and_settle("airgapActivateButton")
        if self.page != "done":
            self.wait_for("done", "airgap")
        return self.page

    def airgap_deactivate(self, initialization_code: str) -> str:
        """On the status page of an air-gapped activation: the deactivation code to
        read out to the portal (the activation is removed here)."""
        self._expect("status")
        self._click(self.control("offlineDeactivateButton", QAbstractButton), "Deactivate")
        self.wait_for("airgap")
        self._type("airgapInitEdit", initialization_code)
        self._press_and_settle("airgapCodeButton")
        return str(self.wizard.airgap_page.shown_code)

    # Helpers ---------------------------------------------------------------------
    def _press_and_settle(self, name: str) -> None:
        """Click a button whose work runs in the background; wait until it ended."""
        button = self.control(name, QAbstractButton)
        self._click(button, name)
        runner = self.wizard.runner  # busy until each result has reached its page
        self._wait(lambda: not runner.busy, f"{name}'s work to end")

    def _type(self, name: str, text: str) -> None:
        edit = self.control(name, QLineEdit)
        edit.clear()
        edit.setFocus()
        self.qtbot.keyClicks(edit, text)  # type: ignore[no-untyped-call]

    def _click(self, button: QAbstractButton, what: str) -> None:
        if not (button.isVisible() and button.isEnabled()):
            state = "disabled" if button.isVisible() else "not shown"
            raise DriverError(f"{what} is {state} on page {self.page!r}{self._why()}")
        button.click()

    def _expect(self, *pages: str) -> None:
        if self.page not in pages:
            raise DriverError(
                f"expected page {' or '.join(pages)}, on {self.page!r}{self._why()}"
                f"{_HOW_TO_REACH.get((self.page, pages[0]), '')}"
            )

    def _why(self) -> str:
        shown = self.error()
        return f" (it shows {shown.code}: {shown.title})" if shown else ""

    def _panel(self) -> MessagePanel | None:
        page = self.wizard.currentPage()
        if page is None:
            return None
        for panel in page.findChildren(MessagePanel, "messagePanel"):
            if panel.isVisibleTo(page) and panel.message is not None:
                return panel
        return None

    def _wait(self, condition: Any, what: str) -> None:
        from pytestqt.exceptions import TimeoutError as QtBotTimeout

        try:
            self.qtbot.waitUntil(condition, timeout=self.timeout_ms)
        except (AssertionError, QtBotTimeout):
            raise DriverError(
                f"waited {self.timeout_ms} ms for {what}; on page {self.page!r}{self._why()}"
            ) from None
