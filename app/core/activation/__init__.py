"""The use cases: activate (online, by file, by trial or sign-in), settle what was
interrupted, check, deactivate, load.

Callers (the wizard, the CLI, a vendor's own program) build one ``Activator`` and
call these; they never touch httpx, keyring or files themselves.  Each use case
lives in its own module, as functions of the ``Context`` they share (settings,
store, device, client, journal, seat lock); ``Activator`` is that context with the
use cases as methods, so a caller needs one object.

    model      who activates (Identity) and what came of it (ActivationResult, ...)
    context    what the use cases share, and the habits of every request
    online     activate online: one seat, 409 recovered, another license refused
    reconcile  settle a request whose answer never came (the journal)
    signin     single sign-on: login URL, single-use codes, a lost sign-in settled
    removal    deactivate online
    check      ask the server about the stored activation; import a recovery file,
               or take over the official SDK's activation
    offline    activate, deactivate and refresh by file
    airgapped  activate and deactivate by codes read out (no network, no file)
    product    the product's settings and name; the ways the welcome page offers
    accounts   an account's licenses and password
    trial      a free trial
    variables  device variables
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.config import Config
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.journal import Pending
from activation_wizard.core.sso import Grant
from activation_wizard.core.store import StoredActivation

from . import (
    accounts,
    airgapped,
    check,
    offline,
    online,
    product,
    reconcile,
    removal,
    signin,
    trial,
)
from . import variables as device_vars
from .context import Context, speaking_as
from .model import (
    Abandoned,
    ActivationResult,
    Deactivated,
    Identity,
    NewAccount,
    Room,
    TrialRequest,
    VariableValue,
)
from .product import PRODUCT_CACHE, ProductHint, methods_known, offered_methods

if TYPE_CHECKING:
    from activation_wizard.core.api.models import DeviceVariable, Product, UserLicense
    from activation_wizard.core.offline import Request
    from activation_wizard.core.sso.receiver import RedirectReceiver

__all__ = [
    "PRODUCT_CACHE",
    "Abandoned",
    "ActivationResult",
    "Activator",
    "Deactivated",
    "Identity",
    "NewAccount",
    "ProductHint",
    "Room",
    "TrialRequest",
    "load_activation",
    "methods_known",
    "offered_methods",
    "speaking_as",
]


class Activator(Context):
    """Every use case, for one product on this device (see the modules named)."""

    # --- online -------------------------------------------------------------------

    def activate(
        self, identity: Identity, cancel: CancelToken = NEVER, *, replace_old: str = "refuse"
    ) -> ActivationResult:
        return online.activate(self, identity, cancel, replace_old)

    def retry_save(self, result: ActivationResult) -> ActivationResult:
        return online.retry_save(self, result)

    def pending(self) -> Pending | None:
        return reconcile.pending(self)

    def reconcile(self, cancel: CancelToken = NEVER) -> str:
        return reconcile.reconcile(self, cancel)

    def check(self, cancel: CancelToken = NEVER) -> StoredActivation:
        """Ask the server; a floating seat the check takes is given back (the wizard
        and the CLI do not use the product: ``License.check`` keeps it)."""
        from . import floating

        return floating.check_without_a_seat(self, cancel)

    def deactivate(self, cancel: CancelToken = NEVER) -> Deactivated:
        return removal.deactivate(self, cancel)

    # --- what is kept here ----------------------------------------------------------

    def load(self) -> StoredActivation:
        return self.store.load(self.device.hardware_id)

    def load_refused(self) -> StoredActivation:
        """The stored activation even though the license expired or the server said it
        is disabled (those the server may reverse): to show it, check it, or free its
        seat.  Signature, device and product are still verified."""
        return self.stored_for_server()

    def export(self, result: ActivationResult, path: Path) -> None:
        self.store.export(result.activation, path)

    def import_recovery(self, path: Path, cancel: CancelToken = NEVER) -> StoredActivation:
        return check.import_recovery(self, path, cancel)

    def adopt_sdk_file(
        self, path: Path | None = None, cancel: CancelToken = NEVER
    ) -> StoredActivation:
        return check.adopt_sdk_file(self, path, cancel)

    def sdk_file_offer(self) -> Path | None:
        return check.sdk_file_offer(self)

    # --- air-gapped (codes read out) ------------------------------------------------

    def airgap_code(self, license_key: str, initialization_code: str) -> str:
        return airgapped.code(self, license_key, initialization_code)

    def airgap_activate(
        self, license_key: str, policy_file: Path, confirmation: str
    ) -> ActivationResult:
        return airgapped.activate(self, license_key, policy_file, confirmation)

    def airgap_deactivate(self, initialization_code: str) -> str:
        return airgapped.deactivate(self, initialization_code)

    # --- by file ----------------------------------------------------------------------

    def offline_pending(self) -> dict[str, Any] | None:
        return offline.waiting(self)

    def cancel_offline_request(self) -> None:
        offline.cancel_request(self)

    def offline_request(self, identity: Identity, saved_to: str = "") -> Request:
        return offline.request(self, identity, saved_to)

    def offline_activate(self, data: bytes | str) -> ActivationResult:
        return offline.activate(self, data)

    def offline_deactivate(self, write: Callable[[str], None]) -> Request:
        return offline.deactivate(self, write)

    def offline_refresh(self, data: bytes | str) -> StoredActivation:
        return offline.refresh(self, data)

    # --- the product, accounts, trials, sign-in, variables ------------------------------

    def product_details(self, cancel: CancelToken = NEVER) -> tuple[Product, bool]:
        return product.details(self, cancel)

    @property
    def product_name(self) -> str:
        return product.name(self)

    def user_licenses(self, identity: Identity, cancel: CancelToken = NEVER) -> list[UserLicense]:
        return accounts.licenses(self, identity, cancel)

    def choose_license(self, licenses: list[UserLicense]) -> UserLicense | None:
        return accounts.choose(licenses)

    def change_password(
        self, username: str, password: str, new_password: str, cancel: CancelToken = NEVER
    ) -> None:
        accounts.change_password(self, username, password, new_password, cancel)

    def start_trial(
        self, request: TrialRequest, cancel: CancelToken = NEVER, *, replace_old: str = "refuse"
    ) -> ActivationResult:
        return trial.start(self, request, cancel, replace_old)

    def sso_receiver(self, account: str) -> RedirectReceiver:
        return signin.receiver(self, account)

    def sso_login(
        self, account: str, receiver: RedirectReceiver, cancel: CancelToken = NEVER
    ) -> str:
        return signin.login_url(self, account, receiver, cancel)

    def remembered_sso_account(self) -> str:
        return signin.remembered_account(self)

    def grant_spent(self, grant: Grant | None) -> bool:
        return signin.grant_spent(self, grant)

    def device_variables(self) -> dict[str, VariableValue]:
        return device_vars.from_vendor(self)

    def send_variables(
        self, variables: Mapping[str, VariableValue], cancel: CancelToken = NEVER
    ) -> list[DeviceVariable]:
        return device_vars.send(self, variables, cancel)

    def get_variables(self, cancel: CancelToken = NEVER) -> list[DeviceVariable]:
        return device_vars.get(self, cancel)


def load_activation(config: Config) -> StoredActivation:
    """For the vendor's own program: the verified activation of this device.

    Raises ``NotActivated`` when there is none, ``ActivationInvalid`` (its
    ``reason`` says why: signature, other_device, expired, clock_rolled_back, ...)
    when the saved one cannot be trusted, ``StorageError`` when the keyring or
    the data folder cannot be read.  Needs no Qt and no network.
    """
    return Activator(config).load()
