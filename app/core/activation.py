"""The use cases: preflight, activate, recover, check, deactivate, load.

Callers (the wizard, the CLI, a vendor's own program) build one ``Activator``
and call these; they never touch httpx, keyring or files themselves.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from activation_wizard.config import Config
from activation_wizard.core.api.tokens import TokenCache
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.core.datadir import product_dir
from activation_wizard.core.journal import Journal, Pending
from activation_wizard.core.sso import Grant, with_state
from activation_wizard.core.store import ActivationStore, StoredActivation
from activation_wizard.core.store.document import write_atomic
from activation_wizard.core.summary import mask_key
from activation_wizard.errors import (
    ActivationChanged,
    ActivationExists,
    ActivationInvalid,
    ActivationRace,
    AnswerLost,
    AnswerMismatch,
    Cancelled,
    ConfigError,
    CustomerAccountNotFound,
    DeviceNotFound,
    GatewayFailed,
    LicenseDeviceExists,
    LicenseExpired,
    LicenseNotActive,
    LicenseNotEnabled,
    LicenseNotFound,
    NetworkError,
    NotActivated,
    NoUsableLicense,
    OfflineRefused,
    ProtocolError,
    RateLimited,
    RequestTimeout,
    ServerError,
    ServerRejected,
    SsoSignInAgain,
    StorageError,
    TrialNeedsPassword,
    WizardError,
)
from activation_wizard.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # httpx loads at the first network call, not at start-up
    import httpx
    from activation_wizard.core.api.client import LicenseApiClient
    from activation_wizard.core.api.models import (
        DeviceVariable,
        LicenseInfo,
        Product,
        SignedLicense,
        UserLicense,
    )
    from activation_wizard.core.device import DeviceInfo
    from activation_wizard.core.device.probe import Probe
    from activation_wizard.core.offline import Request
    from activation_wizard.core.sso.receiver import RedirectReceiver

T = TypeVar("T")
PRODUCT_CACHE = "product.json"
SSO_MEMORY = "sso.json"
OFFLINE_GUARD = "offline-request.json"
OFFLINE_KEPT = 20  # requests remembered per device
VariableValue = str | int | float | bool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Identity:
    kind: str  # "license_key", "user", or "sso" (stored as "user" once the e-mail is known)
    value: str  # the key, or the account e-mail ("" for SSO until the server names it)
    password: str | None = field(default=None, repr=False)  # while activating; never stored
    license_id: int | None = None  # which of an account's licenses (user_licenses)
    grant: Grant | None = field(default=None, repr=False)  # SSO: a code or token, used once

    def request_fields(self, with_password: bool) -> dict[str, Any]:
        """The identity part of a request; ``with_password`` where the server
        authenticates (activation, user_licenses): the password or the SSO grant."""
        fields: dict[str, Any]
        if self.kind == "license_key":
            fields = {"license_key": self.value}
        elif self.kind == "sso" and with_password and self.grant is not None:
            fields = dict(self.grant.request_fields())
        else:
            fields = {"username": self.value}
            if with_password and self.password is not None:
                fields["password"] = self.password
        if self.license_id is not None:
            fields["license_id"] = self.license_id
        return fields

    def forget_password(self) -> Identity:
        return replace(self, password=None, grant=None)


@dataclass(frozen=True)
class TrialRequest:
    """What ``GET /trial_key`` needs beyond the device: the e-mail for user-based
    products, and the name fields the vendor asks for."""

    email: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    user_based: bool = False


@contextlib.contextmanager
def speaking_as(kind: str) -> Iterator[None]:
    """Tag errors with how the user identified themselves, so their message fits
    ("e-mail or password not accepted", not "no license matches the key")."""
    try:
        yield
    except WizardError as exc:
        exc.context = exc.context or kind
        raise


def methods_known(config: Config, product: Product | ProductHint | None) -> bool:
    """Whether the choices can be offered before the server answers: fixed by the
    vendor, remembered from the last answer, or stated in the config."""
    return bool(config.methods or product is not None or config.authorization_method)


def offered_methods(config: Config, product: Product | ProductHint | None) -> list[str]:
    """The ways to activate the welcome page offers, best first.

    The vendor's ``ui.methods`` decides when set; otherwise the product's
    settings from the server, else the fallback facts in the config."""
    if config.methods:
        return list(config.methods)
    method = product.authorization_method if product else config.authorization_method
    user_based = (method or "").replace("_", "-") == "user"
    trial = product.allow_trial if product else config.allow_trial
    out = {"": ["license_key", "user"], "user": ["user"]}.get(  # unknown: offer both
        "user" if user_based else method or "", ["license_key"]
    )
    if config.sso_enabled and "user" in out:  # SSO is for user-based licenses only
        out.insert(out.index("user") + 1, "sso")
    if trial:
        out.append("trial")
    return out


@dataclass(frozen=True)
class ProductHint:
    """The product facts the welcome page needs, as last verified (see
    ``Activator.remembered_product``): the same names as ``Product``'s."""

    product_name: str | None
    authorization_method: str | None
    allow_trial: bool
    trial_days: int | None

    @property
    def user_based(self) -> bool:
        return (self.authorization_method or "").replace("_", "-") == "user"


@dataclass(frozen=True)
class NewAccount:
    email: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class ActivationResult:
    activation: StoredActivation
    recovered: bool = False  # the server already had this device (409): no seat spent
    save_error: StorageError | None = None  # the server said yes but saving failed
    # The license this one replaced (replace_old): deactivated first (its seat freed,
    # or not confirmed), or abandoned (its seat still counted; a copy kept there).
    replaced: Deactivated | None = None
    abandoned: Abandoned | None = None
    # A new user-based trial's account, shown once (its owner needs the password to
    # sign in elsewhere); never stored.
    new_account: NewAccount | None = None

    @property
    def license(self) -> SignedLicense:
        return self.activation.signed


@dataclass(frozen=True)
class Room:
    """What making room for an activation did: the generation it may replace, and
    the license it put out of the way, if any."""

    generation: int
    replaced: Deactivated | None = None
    abandoned: Abandoned | None = None


@dataclass(frozen=True)
class Deactivated:
    activation: StoredActivation
    # The server answered license_deactivated: the seat is free.  False: it said it has
    # no such device (unsigned, so unproven): the seat's state is unknown, a copy is kept.
    confirmed: bool = True
    kept: Path | None = None


@dataclass(frozen=True)
class Abandoned:
    """A license put out of the way without freeing its seat (a copy kept there)."""

    activation: StoredActivation
    kept: Path


class Activator:
    def __init__(
        self,
        config: Config,
        *,
        store: ActivationStore | None = None,
        probe: Probe | None = None,
        transport: Callable[[], httpx.BaseTransport] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.store = store or ActivationStore(config, clock=clock)
        self._probe = probe
        self._transport = transport
        self._clock = clock
        self._tokens = TokenCache()  # one OAuth token for all this activator's requests
        # Activating, deactivating and settling never overlap, in this program or
        # another (a second window, a script): a settle must not free the seat a new
        # attempt is about to keep, nor one program take the other's journal entry.
        self._seat_lock = threading.RLock()
        self._seat_depth = 0  # re-entered: activate may deactivate the old license
        # Called (repeatedly) while another program holds the seat lock: the CLI says so.
        self.on_wait: Callable[[], None] = lambda: None
        # Single sign-on codes sent once already (they are single-use): never again.
        self._spent_codes: set[str] = set()

    @cached_property
    def device(self) -> DeviceInfo:
        from activation_wizard.core.device import collect  # on a worker, not at start-up

        return collect(self.config, self._probe)

    def device_if_known(self) -> DeviceInfo | None:
        """The device facts if collected already (never collects them: for the GUI
        thread, which must not wait on the probe)."""
        return self.__dict__.get("device")  # where cached_property keeps them

    def client(self, cancel: CancelToken = NEVER) -> LicenseApiClient:
        from activation_wizard.core.api.client import LicenseApiClient

        transport = self._transport() if self._transport else None
        return LicenseApiClient(
            self.config, transport=transport, clock=self._clock, cancel=cancel, tokens=self._tokens
        )

    # --- use cases -------------------------------------------------------------

    def preflight(self) -> None:
        self.store.preflight()

    def activate(
        self, identity: Identity, cancel: CancelToken = NEVER, *, replace_old: str = "refuse"
    ) -> ActivationResult:
        """Spend (at most) one seat and keep the result, whatever happens after the yes.

        Another license already active here is not overwritten: ``replace_old``
        "refuse" raises ``ActivationExists``; "deactivate" frees its seat first;
        "abandon" leaves its seat on the server (moved aside locally, recoverable)."""
        log.info(
            "activating %s for %s at %s", _shown(identity), self.config.product, self.config.api_url
        )
        with _logged("activation"), self._one_at_a_time(cancel):
            return self._activate(identity, cancel, replace_old)

    @contextlib.contextmanager
    def _one_at_a_time(self, cancel: CancelToken) -> Iterator[None]:
        while not self._seat_lock.acquire(timeout=0.1):
            cancel.raise_if_cancelled()
        try:
            self._seat_depth += 1
            if self._seat_depth > 1:
                yield
            else:
                with self._other_programs_wait(cancel):
                    yield
        finally:
            self._seat_depth -= 1
            self._seat_lock.release()

    @contextlib.contextmanager
    def _other_programs_wait(self, cancel: CancelToken) -> Iterator[None]:
        """The product's seat lock file, held for the duration (waited for while
        another program holds it: Cancel still works)."""
        from activation_wizard.core.store.document import locked

        def waiting() -> None:
            cancel.raise_if_cancelled()
            if not said:
                said.append(True)
                log.info("waiting for another program's activation or deactivation")
                self.on_wait()

        said: list[bool] = []
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(locked(product_dir(self.config) / "seat", waiting=waiting))
            except OSError as exc:  # a read-only data folder: the store's checks say so
                log.warning("no seat lock (%s): not guarded against other programs", exc)
            yield

    def _activate(
        self, identity: Identity, cancel: CancelToken, replace_old: str
    ) -> ActivationResult:
        self.preflight()
        self._refuse_spent(identity)
        earlier = self._settle_before(identity, cancel)
        if earlier is not None:
            return earlier  # an interrupted activation of this sign-in had reached the server
        room = self._clear_the_way(identity, replace_old, cancel)
        device = self.device
        body = {
            "product": self.config.product,
            **identity.request_fields(True),
            **device.request_fields(self.config),
        }
        variables = self.device_variables()
        if variables:
            body["variables"] = variables
        grant = identity.grant
        # Journaled before it leaves: an answer that never comes is reconciled later.
        self.journal.record(
            Pending(
                "activate",
                identity.kind,
                identity.value,
                device.hardware_id,
                self._clock(),
                identity.license_id,
                account=grant.customer_account_code if grant else "",
                server=self.config.api_url,
            )
        )
        recovered = False
        try:
            with speaking_as(identity.kind), self.client(cancel) as client:
                self._spend(identity)
                # A single-use code is never sent twice: a lost answer is settled by the
                # next sign-in instead (reconcile), not by repeating the code.
                repeatable = grant is None or grant.reusable
                try:
                    signed = _once_more_if_lost(
                        lambda: client.activate_license(body), "activation", repeatable
                    )
                except LicenseDeviceExists:
                    # An earlier answer was lost, or this device was activated before:
                    # the license is already ours, so fetch it instead of failing.
                    log.info("the server already has this device (409): recovering with a check")
                    signed = client.check_license(self._recovery_query(identity))
                    recovered = True
        except ServerRejected as exc:
            self.journal.clear()  # a definite no: nothing happened on the server
            log.info("activation refused by the server: %s", exc.server_code)
            raise
        except (ServerError, RateLimited) as exc:
            if _may_have_acted(exc):
                log.warning("activation: a gateway failed (%s): left for reconciliation", exc)
            else:
                self.journal.clear()  # the server failed it (or turned it away): not done
                log.warning("activation failed on the server: %s", exc.detail)
            raise
        except (Cancelled, NetworkError) as exc:
            log.warning("activation answer not received (%s): left for reconciliation", exc.key)
            raise
        result = self._keep(identity, signed, room.generation, recovered, cancel)
        return replace(result, replaced=room.replaced, abandoned=room.abandoned)

    def _keep(
        self,
        identity: Identity,
        signed: SignedLicense,
        base: int,
        recovered: bool,
        cancel: CancelToken,
    ) -> ActivationResult:
        """Store the license the server gave this device, whatever happens after the yes."""
        kind, who = identity.kind, identity.value
        if kind == "sso":  # kept as the account it signed in: check and deactivate name it
            info = signed.info
            who = (info.user.email if info.user else None) or info.username or who
            if not who:
                raise ProtocolError("the license does not name the account that signed in")
            kind = "user"
            if identity.grant is not None:
                self._remember_sso(identity.grant.customer_account_code, who)
        stored = self._new_activation(
            kind, who, signed.body, signed.signature, identity.license_id, server_time=signed.date
        )
        try:
            stored = self.store.save(stored, expect=base)
        except ActivationChanged:
            return self._lost_race(identity, stored, recovered, cancel)
        except StorageError as exc:
            log.error(
                "activated, but saving failed (%s): kept in memory for retry or export", exc.key
            )
            return ActivationResult(stored, recovered, save_error=exc)
        self.journal.clear()
        # An offline request for the same license is answered now, online.
        left = [r for r in self._offline_requests() if r.get("identity") != stored.identity]
        if len(left) != len(self._offline_requests()):
            self._keep_offline_requests(left)
        log.info("activated; stored in %s", self.store.describe())
        return ActivationResult(stored, recovered)

    # --- single sign-on codes are single-use --------------------------------------------

    def _spend(self, identity: Identity) -> None:
        grant = identity.grant
        if grant is not None and not grant.reusable:
            self._spent_codes.add(_fingerprint(grant.code))

    def grant_spent(self, grant: Grant | None) -> bool:
        """True for a single-use sign-in code this program has sent already: the next
        step needs a fresh sign-in (the wizard starts one; the CLI asks for one)."""
        return (
            grant is not None
            and not grant.reusable
            and _fingerprint(grant.code) in self._spent_codes
        )

    def _refuse_spent(self, identity: Identity) -> None:
        if self.grant_spent(identity.grant):
            raise SsoSignInAgain("spent")

    def _settle_before(self, identity: Identity, cancel: CancelToken) -> ActivationResult | None:
        """Whatever an earlier, interrupted request left pending is settled before a new
        one is sent (the journal holds one entry).  A sign-in settles an earlier sign-in
        of its organisation whose answer was lost: returns that activation if it had
        reached the server."""
        pending = self.pending()
        if pending is None:
            return None
        grant = identity.grant
        unnamed = pending.op == "activate" and pending.kind == "sso" and not pending.identity
        if unnamed and grant is not None and pending.account == grant.customer_account_code:
            return self._settle_sign_in(pending, identity, cancel)
        if pending.op == "activate":
            if (pending.kind, pending.identity) == (identity.kind, identity.value):
                return None  # the same activation again: a 409 recovers it
            # The user moved on to another license: the earlier one, if it reached the
            # server, is given back rather than kept.
            self.journal.set_intent("undo")
        self._reconcile(cancel)  # a deactivation is finished first
        return None

    def _settle_sign_in(
        self, pending: Pending, identity: Identity, cancel: CancelToken
    ) -> ActivationResult | None:
        """An SSO activation whose answer was lost (or met 409 with a code already used):
        this sign-in names the account, so the server can be asked about it."""
        grant = identity.grant
        assert grant is not None
        with speaking_as("sso"), self.client(cancel) as client:
            if grant.reusable:  # a token: check names the account through it
                query = {
                    "hardware_id": self.device.hardware_id,
                    "product": self.config.product,
                    **grant.request_fields(),
                }
            else:  # a code: this sign-in's one use finds the account's e-mail
                self._spend(identity)
                entries = client.user_licenses(
                    {"product": self.config.product, **grant.request_fields()}
                )
                email = next((e.user.email for e in entries if e.user.email), None)
                if email is None:
                    raise ProtocolError("the sign-in named no account")
                self._remember_sso(grant.customer_account_code, email)
                query = self._identity_query(Identity("user", email))
            if pending.license_id is not None:
                query["license_id"] = pending.license_id
            try:
                signed = client.check_license(query)
            except (DeviceNotFound, LicenseNotActive, LicenseNotFound):
                self.journal.clear()
                log.info("the interrupted sign-in had not reached the server: no seat was used")
                if grant.reusable:
                    return None  # the token activates now
                raise SsoSignInAgain("activate") from None
        log.info("the interrupted sign-in had reached the server: keeping that activation")
        found = replace(identity, license_id=pending.license_id or identity.license_id)
        return self._keep(found, signed, self._room_for(found), True, cancel)

    def _room_for(self, identity: Identity) -> int:
        """The generation an activation kept now replaces (no other license is dropped)."""
        return self._make_room(identity, "refuse", NEVER)

    def _lost_race(
        self, identity: Identity, mine: StoredActivation, recovered: bool, cancel: CancelToken
    ) -> ActivationResult:
        """Another activation was stored here while this one was in flight: one
        license per device, so this one's seat is freed again (unless it is the same)."""
        winner = self.store.load(self.device.hardware_id, for_server=True)
        if (winner.kind, winner.identity) == (mine.kind, mine.identity):
            self.journal.clear()
            return ActivationResult(winner, recovered=True)
        if recovered or winner.license.id == mine.license.id:
            # This device's seat was there already (409): the winner's, on a license the
            # two share (two accounts of one license). Freeing it would free the winner's.
            self.journal.clear()
            raise ActivationRace(
                "another activation finished first", winner=_shown(_identity_of(winner))
            )
        undo = Identity(mine.kind, mine.identity, license_id=mine.license_id)
        with speaking_as(identity.kind), self.client(cancel) as client:
            client.deactivate_license(self._identity_query(undo))
        self.journal.clear()
        log.warning("lost a race to %s: %s deactivated again", winner.identity, _shown(undo))
        raise ActivationRace(
            "another activation finished first", winner=_shown(_identity_of(winner))
        )

    def retry_save(self, result: ActivationResult) -> ActivationResult:
        self.store.save(result.activation)
        self.journal.clear()
        return replace(result, save_error=None)

    # --- one license at a time, and nothing forgotten ---------------------------------

    def _new_activation(
        self,
        kind: str,
        identity: str,
        body: bytes,
        signature: str,
        license_id: int | None,
        *,
        offline: bool = False,
        server_time: float | None = None,
    ) -> StoredActivation:
        now = self._clock()
        return StoredActivation(
            kind=kind,
            identity=identity,
            license_body=body,
            license_signature=signature,
            hardware_id=self.device.hardware_id,
            server_url=self.config.api_url,
            product=self.config.product,
            activated_at=now,
            last_check=now,
            last_seen=now,
            license_id=license_id,
            offline=offline,
            server_time=server_time,
        )

    @cached_property
    def journal(self) -> Journal:
        return Journal(product_dir(self.config))

    def _make_room(self, identity: Identity, replace_old: str, cancel: CancelToken) -> int:
        """Make sure no other license stays active here; returns the generation the
        new activation may replace (0: none)."""
        return self._clear_the_way(identity, replace_old, cancel).generation

    def _clear_the_way(self, identity: Identity, replace_old: str, cancel: CancelToken) -> Room:
        try:
            old = self.store.load(self.device.hardware_id, for_server=True)
        except (NotActivated, ActivationInvalid):
            return Room(0)  # nothing usable to keep
        same = (old.kind, old.identity) == (identity.kind, identity.value)
        if same and identity.license_id in (None, old.license_id):
            return Room(old.generation)  # the same license again: the server knows it
        shown = _shown(_identity_of(old))
        if replace_old == "refuse":
            raise ActivationExists(shown, current=shown)
        if replace_old == "deactivate":
            log.info("replacing %s: freeing its seat first", shown)
            return Room(0, replaced=self.deactivate(cancel))
        aside = self.store.move_aside(old, "replaced")
        log.warning("replacing %s without freeing its seat; kept in %s", shown, aside)
        return Room(0, abandoned=Abandoned(old, aside))

    @property
    def _settle_after(self) -> float:
        """How long a request may still be acted on after it was sent (a cancelled one
        too: the server does not notice that nobody waits for its answer)."""
        return max(120.0, 2 * (self.config.connect_timeout + self.config.read_timeout))

    def pending(self) -> Pending | None:
        """A request whose answer never arrived, if any (see ``reconcile``)."""
        pending = self.journal.read()
        if pending is not None and pending.hardware_id != self.device.hardware_id:
            self.journal.clear()  # another device's (a copied folder): not ours to settle
            return None
        if pending is not None and pending.server not in ("", self.config.api_url):
            return None  # another License API's (the settings changed): only it can say
        return pending

    def reconcile(self, cancel: CancelToken = NEVER) -> str:
        """Settle a request whose answer never arrived: ask the server, then finish
        what the user asked (keep the activation here, or finish removing it) or take
        it back (after a Cancel). Returns what was done, in words (translated); ""
        when there was nothing to do."""
        with self._one_at_a_time(cancel):
            return self._reconcile(cancel)

    def _reconcile(self, cancel: CancelToken) -> str:
        pending = self.pending()
        if pending is None:
            return ""
        if pending.op == "deactivate":
            return self._settle_deactivation(pending, cancel)
        identity = Identity(pending.kind, pending.identity, license_id=pending.license_id)
        if not pending.identity:  # single sign-on before the server named the account
            email = self._sso_emails().get(pending.account, "")
            if not email:  # only a sign-in can name it: the next one settles this
                log.info("reconcile: an interrupted sign-in waits for the next sign-in")
                return _said(SETTLE["sign_in_later"], who=pending.account)
            identity = Identity("user", email, license_id=pending.license_id)
        shown = _shown(identity)
        try:
            with speaking_as(identity.kind), self.client(cancel) as client:
                signed = client.check_license(self._identity_query(identity))
        except (DeviceNotFound, LicenseNotActive, LicenseNotFound):
            if self._clock() - pending.started < self._settle_after:
                # A slow server may still be working on it: look again later.
                log.info("reconcile %s: not on the server yet; kept for later", shown)
                return _said(SETTLE["not_yet"], who=shown)
            self.journal.clear()
            log.info("reconciled %s: the server has no seat for this device", shown)
            return _said(SETTLE["never_arrived"], who=shown)
        try:
            current = self.store.load(self.device.hardware_id, for_server=True)
        except (NotActivated, ActivationInvalid):
            current = None
        same = current is not None and (current.kind, current.identity) == (
            identity.kind,
            identity.value,
        )
        if pending.intent == "undo":
            if same:  # the seat belongs to the activation kept here: never undo that
                self.journal.clear()
                return ""
            with speaking_as(identity.kind), self.client(cancel) as client:
                client.deactivate_license(self._identity_query(identity))
            self.journal.clear()
            log.info("reconciled %s: cancelled activation undone, seat freed", shown)
            return _said(SETTLE["undone"], who=shown)
        if current is None:
            self.store.save(
                self._new_activation(
                    identity.kind,
                    identity.value,
                    signed.body,
                    signed.signature,
                    identity.license_id,
                    server_time=signed.date,
                )
            )
            self.journal.clear()
            log.info("reconciled %s: the activation had reached the server; stored", shown)
            return _said(SETTLE["kept"], who=shown)
        self.journal.clear()  # another activation is kept here; the server's seat stays
        if same:
            return ""
        log.warning("reconciled %s: activated on the server, but another license is kept", shown)
        return _said(SETTLE["kept_elsewhere"], who=shown)

    def _settle_deactivation(self, pending: Pending, cancel: CancelToken) -> str:
        """A deactivation whose answer never arrived: finish it (or, cancelled, leave
        the activation as it is), so the device and the server agree."""
        identity = Identity(pending.kind, pending.identity, license_id=pending.license_id)
        shown = _shown(identity)
        query = self._identity_query(identity)
        try:
            with speaking_as(identity.kind), self.client(cancel) as client:
                client.check_license(query)
                if pending.intent == "undo":
                    self.journal.clear()
                    return _said(SETTLE["deactivation_undone"], who=shown)
                client.deactivate_license(query)  # what the user asked: finished now
        except (DeviceNotFound, LicenseNotActive, LicenseNotFound):
            pass  # the seat is free: the deactivation had reached the server
        self._forget_here(identity)
        self.journal.clear()
        log.info("reconciled the deactivation of %s: seat free, removed here", shown)
        return _said(SETTLE["deactivated"], who=shown)

    def _forget_here(self, identity: Identity) -> None:
        """The local activation of ``identity`` goes, if it is still here (a copy is
        kept: the server's "no such device" is unsigned)."""
        try:
            stored = self.store.load(self.device.hardware_id, for_server=True)
        except (NotActivated, ActivationInvalid):
            return
        if (stored.kind, stored.identity) == (identity.kind, identity.value):
            self.store.move_aside(stored, "deactivated")

    def export(self, result: ActivationResult, path: Path) -> None:
        self.store.export(result.activation, path)

    def import_recovery(self, path: Path, cancel: CancelToken = NEVER) -> StoredActivation:
        """Keep a saved activation again (after a failed save), once the license server
        confirms this device still holds its seat: an old copy must not bring back a
        seat that was freed since.  Only its signed license and who it names are
        taken from the file; an offline activation (by file) cannot be asked about and
        is taken as its files were checked."""
        from activation_wizard.core.api import binding

        read = self.store.read_recovery(path, self.device.hardware_id)
        identity = _identity_of(read)
        named = read.identity
        if read.kind == "user":  # as the signed body writes it, not as the file does
            named = binding.account_of(json.loads(read.license_body)) or named
            identity = replace(identity, value=named)
        stored = self._new_activation(
            read.kind,
            named,
            read.license_body,
            read.license_signature,
            read.license_id,
            offline=read.offline,
            server_time=read.server_time,
        )
        stored = replace(stored, last_seen=max(read.last_seen, stored.last_seen))
        if not read.offline:
            try:
                with speaking_as(identity.kind), self.client(cancel) as client:
                    signed = client.check_license(self._identity_query(identity))
            except (DeviceNotFound, LicenseNotActive):
                raise ActivationInvalid("not_active") from None
            except (LicenseNotEnabled, LicenseExpired) as exc:  # kept, as the server says
                state = "disabled" if isinstance(exc, LicenseNotEnabled) else "expired"
                self.store.save(replace(stored, server_state=state, server_time=exc.server_date))
                return self.store.load(self.device.hardware_id, for_server=True)
            binding.same_license(json.loads(read.license_body), json.loads(signed.body))
            state = _verdict(signed.info)
            if state == "not_active":
                raise ActivationInvalid("not_active")
            stored = replace(
                stored,
                license_body=signed.body,
                license_signature=signed.signature,
                server_time=signed.date,
                server_state=state,
            )
        self.store.save(stored)
        return self.store.load(self.device.hardware_id, for_server=True)

    def load(self) -> StoredActivation:
        return self.store.load(self.device.hardware_id)

    def load_refused(self) -> StoredActivation:
        """The stored activation even though the license expired or the server said it
        is disabled (those the server may reverse): to show it, check it, or free its
        seat.  Signature, device and product are still verified."""
        return self.store.load(self.device.hardware_id, for_server=True)

    def check(self, cancel: CancelToken = NEVER) -> StoredActivation:
        """Ask the server about the stored activation and keep what it says (below)."""
        with _logged("check"):
            return self._check(cancel)

    def _check(self, cancel: CancelToken) -> StoredActivation:
        """Ask the server about the stored activation and keep what it says.

        A device the server no longer has is forgotten here too; a disabled or
        expired license is remembered as such (``load`` then refuses it) until a
        later check finds it good again.
        """
        stored = self.store.load(self.device.hardware_id, for_server=True)
        identity = _identity_of(stored)
        now = self._clock()
        try:
            with speaking_as(identity.kind), self.client(cancel) as client:
                query = self._identity_query(identity)
                signed = _once_more_if_lost(lambda: client.check_license(query), "check")
        except (DeviceNotFound, LicenseNotActive):
            # An unsigned answer: what it removes stays recoverable (import the file).
            self.store.move_aside(stored, "not-on-server")
            raise ActivationInvalid("not_active") from None
        except (LicenseNotEnabled, LicenseExpired) as exc:
            state = "disabled" if isinstance(exc, LicenseNotEnabled) else "expired"
            said = exc.server_date if exc.server_date is not None else now
            verdict = replace(
                stored,
                server_state=state,
                last_check=now,
                # A refresh file from before this verdict cannot undo it.
                server_time=max(said, stored.server_time or said),
            )
            self.store.save(verdict, expect=stored.generation)
            raise ActivationInvalid(state) from None
        from activation_wizard.core.api import binding

        binding.same_license(json.loads(stored.license_body), json.loads(signed.body))
        state = _verdict(signed.info)
        if state == "not_active":
            self.store.delete()
            raise ActivationInvalid("not_active")
        # A signed answer re-anchors the time: a clock that once ran ahead (and left
        # last_seen in the future) no longer counts once the server has spoken.
        anchor = signed.date if signed.date is not None else now
        updated = replace(
            stored,
            license_body=signed.body,
            license_signature=signed.signature,
            last_check=now,
            last_seen=anchor,
            server_state=state,
            server_time=signed.date if signed.date is not None else stored.server_time,
        )
        updated = self.store.save(updated, expect=stored.generation)
        if state != "ok":
            raise ActivationInvalid(state)
        return updated

    def deactivate(self, cancel: CancelToken = NEVER) -> Deactivated:
        """Free this device's seat, then forget the activation locally; says what was
        deactivated and whether the server confirmed it."""
        with _logged("deactivation"), self._one_at_a_time(cancel):
            return self._deactivate(cancel)

    def _deactivate(self, cancel: CancelToken) -> Deactivated:
        # Deactivating must work for a disabled or expired license too: it frees a seat.
        stored = self.store.load(self.device.hardware_id, for_server=True)
        identity = _identity_of(stored)
        # What follows the server's yes must work: the activation is removed here.
        self.store.preflight()
        self.journal.record(
            Pending(
                "deactivate",
                identity.kind,
                identity.value,
                self.device.hardware_id,
                self._clock(),
                identity.license_id,
                server=self.config.api_url,
            )
        )
        try:
            with speaking_as(identity.kind), self.client(cancel) as client:
                client.deactivate_license(self._identity_query(identity))
        except DeviceNotFound:
            # "No such device" is unsigned: anyone between here and the server can say it.
            # The activation goes, but a copy stays, and no one is told the seat is free.
            kept = self.store.move_aside(stored, "not-on-server")
            self.journal.clear()
            return Deactivated(stored, confirmed=False, kept=kept)
        except (ServerRejected, RateLimited):
            self.journal.clear()  # a definite no (or not now): the seat is still counted
            raise
        except ServerError as exc:
            if not _may_have_acted(exc):
                self.journal.clear()
            raise
        # Cancelled, NetworkError: the answer never came; reconcile finishes it later.
        self.store.delete()
        self.journal.clear()
        log.info("deactivated %s; local activation removed", _shown(identity))
        return Deactivated(stored)

    # --- offline, by file ----------------------------------------------------------

    @property
    def _offline_guard(self) -> Path:
        return product_dir(self.config) / OFFLINE_GUARD

    def _offline_requests(self) -> list[dict[str, Any]]:
        """This device's request files not yet answered here (cancelled ones too: a
        license file made for one may still come back, and its seat is in use)."""
        try:
            data = json.loads(self._offline_guard.read_text("utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, dict) or data.get("hardware_id") != self.device.hardware_id:
            return []
        requests = data.get("requests")
        return [r for r in requests if isinstance(r, dict)] if isinstance(requests, list) else []

    def _keep_offline_requests(self, requests: list[dict[str, Any]]) -> None:
        if not requests:
            with contextlib.suppress(FileNotFoundError):
                self._offline_guard.unlink()
            return
        data = {"hardware_id": self.device.hardware_id, "requests": requests[-OFFLINE_KEPT:]}
        write_atomic(self._offline_guard, json.dumps(data).encode())
        with contextlib.suppress(OSError):
            os.chmod(self._offline_guard, 0o600)  # it names the license key

    def offline_pending(self) -> dict[str, Any] | None:
        """The newest request waiting for its license file (not cancelled), if any."""
        waiting = [r for r in self._offline_requests() if not r.get("cancelled")]
        return waiting[-1] if waiting else None

    def cancel_offline_request(self) -> None:
        """No longer shown as waiting; its license file is still accepted if it comes
        (the portal may have made it, and then its seat is in use)."""
        requests = self._offline_requests()
        for request in requests:
            request["cancelled"] = True
        self._keep_offline_requests(requests)
        log.info("offline request cancelled here (still accepted if its answer comes)")

    def offline_request(self, identity: Identity, saved_to: str = "") -> Request:
        """The activation request file (the caller writes ``.text`` where the user
        chose); a guard remembers its id so only its answer is accepted, once."""
        from activation_wizard.core.offline import build_request

        self.preflight()  # where the answer will be kept must work before anything
        self._make_room(identity, "refuse", NEVER)
        variables = self.device_variables()
        made = build_request(
            self.config,
            "activation",
            identity.request_fields(True),
            self.device.request_fields(self.config),
            extra={"variables": variables} if variables else None,
            clock=self._clock,
        )
        entry = {
            "request_id": made.request_id,
            "created": self._clock(),
            "kind": identity.kind,
            "identity": identity.value,
            "shown": _shown(identity),
            "path": saved_to,  # where the user saved it (shown again when resuming)
        }
        self._keep_offline_requests([*self._offline_requests(), entry])
        log.info("offline request %s written for %s", made.request_id, _shown(identity))
        return made

    def offline_activate(self, data: bytes | str) -> ActivationResult:
        """Keep the license file the portal gave for one of this device's requests,
        after every check (offline.verify_response), and only once."""
        from activation_wizard.core.offline import decode_file, file_date, verify_response

        response = decode_file(data)
        requests = self._offline_requests()
        answered = next(
            (r for r in requests if r.get("request_id") == response.get("request_id")), None
        )
        kind = str(answered.get("kind")) if answered else ""
        who = str(answered.get("identity")) if answered else ""
        body = verify_response(
            self.config,
            response,
            public_key_pem=self.config.public_key_pem,
            hardware_id=self.device.hardware_id,
            identity={"license_key" if kind == "license_key" else "username": who},
            request_id=str(answered["request_id"]) if answered else None,
            any_request=bool(requests),
            clock=self._clock,
        )
        assert answered is not None  # verify_response refused otherwise
        stored = self._new_activation(
            kind,
            who,
            body,
            str(response["license_signature_v2"]),
            response.get("id") if kind == "user" else None,
            offline=True,
            server_time=file_date(response),
        )
        base = self._make_room(Identity(kind, who), "refuse", NEVER)
        stored = self.store.save(stored, expect=base)
        # The replay guard: this request is answered now; its file cannot come twice.
        self._keep_offline_requests([r for r in requests if r is not answered])
        log.info("activated offline (request %s)", response.get("request_id"))
        return ActivationResult(stored)

    def offline_deactivate(self, write: Callable[[str], None]) -> Request:
        """Write the deactivation request file with ``write``, then remove the local
        activation (the seat is freed when the file reaches the portal).  With no
        activation here but a request that may have been answered on the portal,
        the file frees that request's seat.  A file that could not be written
        removes nothing."""
        from activation_wizard.core.offline import build_request

        try:
            stored: StoredActivation | None = self.store.load(
                self.device.hardware_id, for_server=True
            )
            assert stored is not None
            identity = _identity_of(stored)
        except NotActivated:
            stored = None
            requests = self._offline_requests()
            if not requests:
                raise
            last = requests[-1]
            identity = Identity(str(last.get("kind")), str(last.get("identity")))
        made = build_request(
            self.config,
            "deactivation",
            identity.request_fields(False),
            {"hardware_id": self.device.hardware_id},
            clock=self._clock,
        )
        write(made.text)  # first: a file that could not be written removes nothing
        if stored is not None:
            self.store.delete()
        else:
            self._keep_offline_requests([])
        log.info("offline deactivation %s written for %s", made.request_id, _shown(identity))
        return made

    def offline_refresh(self, data: bytes | str) -> StoredActivation:
        """A license_refresh.lic from the vendor: extends an offline activation."""
        from activation_wizard.core.api import binding
        from activation_wizard.core.offline import decode_file, file_date, verify_response

        stored = self.store.load(self.device.hardware_id, for_server=True)
        response = decode_file(data)
        body = verify_response(
            self.config,
            response,
            public_key_pem=self.config.public_key_pem,
            hardware_id=self.device.hardware_id,
            identity=_identity_of(stored).request_fields(False),
            request_id=None,
            refresh=True,
            clock=self._clock,
        )
        try:
            binding.same_license(json.loads(stored.license_body), response)
        except AnswerMismatch:
            raise OfflineRefused("other_license") from None
        new = file_date(response)
        if new is None or new < _as_of(stored):
            raise OfflineRefused("older")  # never back to an older state of the license
        updated = replace(
            stored,
            license_body=body,
            license_signature=str(response["license_signature_v2"]),
            last_check=self._clock(),
            server_state="ok",  # as of the file's date, newer than every verdict kept
            server_time=new,
        )
        return self.store.save(updated, expect=stored.generation)

    # --- accounts, trials, product, variables --------------------------------------

    def product_details(self, cancel: CancelToken = NEVER) -> tuple[Product, bool]:
        """The product's settings from the server, else the last verified copy.

        Returns (product, from_cache); raises the server's error when there is
        no copy to fall back on."""
        cache = product_dir(self.config) / PRODUCT_CACHE
        try:
            with self.client(cancel) as client:
                product, body, signature = client.product_details({"product": self.config.product})
        except WizardError:
            cached = self._cached_product(cache)
            if cached is None:
                raise
            return cached, True
        with contextlib.suppress(OSError):  # a cache: never worth failing for
            cache.parent.mkdir(parents=True, exist_ok=True)
            record = {"body": base64.b64encode(body).decode(), "signature": signature}
            cache.write_text(json.dumps(record), encoding="utf-8")
        return product, False

    @property
    def product_name(self) -> str:
        """The vendor's name for the product; without one, the License API's (as last
        verified), never the short code users never saw."""
        if self.config.product_name != self.config.product:
            return self.config.product_name
        remembered = self.remembered_product()
        return (remembered.product_name if remembered else None) or self.config.product_name

    def remembered_product(self) -> ProductHint | None:
        """What the last product details said (kept verified), read without verifying
        again: cheap enough for the first frame, so the welcome page offers from the
        start what the product allows, and its name.  ``product_details`` verifies it
        before anything depends on it."""
        try:
            record = json.loads((product_dir(self.config) / PRODUCT_CACHE).read_text("utf-8"))
            body = json.loads(base64.b64decode(record["body"], validate=True))
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None
        if not isinstance(body, dict) or body.get("short_code") != self.config.product:
            return None
        name, method = body.get("product_name"), body.get("authorization_method")
        trial_days = body.get("trial_days")
        return ProductHint(
            product_name=name if isinstance(name, str) else None,
            authorization_method=method if isinstance(method, str) else None,
            allow_trial=body.get("allow_trial") is True,
            trial_days=trial_days if isinstance(trial_days, int) else None,
        )

    def _cached_product(self, path: Path) -> Product | None:
        """The last product details the server signed, if they still verify and read
        (a ShapeError, after a change of the model, is a ValueError too)."""
        from activation_wizard.core.api import binding
        from activation_wizard.core.api.models import Product
        from activation_wizard.core.api.verify import ResponseVerifier

        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            body = base64.b64decode(record["body"], validate=True)
            ResponseVerifier(self.config.public_key_pem).verify(body, record["signature"])
            # Signed, and this product's details (not another product's, nor another
            # endpoint's answer dropped into the data folder).
            binding.product_details(json.loads(body), {"product": self.config.product})
            return Product.from_json(body)
        except (OSError, ValueError, KeyError, TypeError, RecursionError, WizardError):
            return None

    def user_licenses(self, identity: Identity, cancel: CancelToken = NEVER) -> list[UserLicense]:
        """The account's licenses of this product (signs in with the password)."""
        log.info("listing licenses of %s", identity.value)
        query = {"product": self.config.product, **identity.request_fields(True)}
        query.pop("license_id", None)
        with speaking_as(identity.kind), self.client(cancel) as client:
            return client.user_licenses(query)

    def choose_license(self, licenses: list[UserLicense]) -> UserLicense | None:
        """The one usable license when there is exactly one; None when the user must
        pick; ``NoUsableLicense`` when none can be activated."""
        usable = [entry for entry in licenses if entry.license.usable]
        if not usable:
            reasons = sorted({e.license.unusable_reason for e in licenses}) or ["no licenses"]
            raise NoUsableLicense(", ".join(reasons))
        return usable[0] if len(usable) == 1 else None

    def start_trial(
        self, request: TrialRequest, cancel: CancelToken = NEVER, *, replace_old: str = "refuse"
    ) -> ActivationResult:
        """Ask for this device's trial (the same one again on a second request), then
        activate and store it like any license."""
        query: dict[str, Any] = {
            "product": self.config.product,
            "hardware_id": self.device.hardware_id,
        }
        if request.user_based or request.email:
            query["email"] = request.email
        query.update({k: v for k, v in request.fields.items() if v})
        if self.config.trial_license_policy:
            query["license_policy"] = self.config.trial_license_policy
        log.info("requesting a trial of %s", self.config.product)
        with speaking_as("trial"), self.client(cancel) as client:
            trial = client.trial_key(query)
        if trial.key:
            return self.activate(
                Identity("license_key", trial.key), cancel, replace_old=replace_old
            )
        username = trial.username or request.email
        if not username:
            raise ProtocolError("the trial answer names neither a key nor a user")
        if not trial.initial_password:
            # The trial existed already: the server does not send its password again.
            raise TrialNeedsPassword(email=username)
        result = self.activate(
            Identity("user", username, trial.initial_password), cancel, replace_old=replace_old
        )
        return replace(result, new_account=NewAccount(username, trial.initial_password))

    def sso_receiver(self, account: str) -> RedirectReceiver:
        """A loopback receiver for one sign-in (bound to 127.0.0.1 only)."""
        from activation_wizard.core.sso import new_state
        from activation_wizard.core.sso.receiver import RedirectReceiver

        return RedirectReceiver(
            account=account,
            state=new_state(),
            product_name=self.product_name,
            port=self.config.sso_port,
            path=self.config.sso_path,
        )

    def remembered_sso_account(self) -> str:
        """The organisation code typed last time on this computer, if any."""
        return str(self._sso_memory().get("customer_account_code", ""))

    def sso_login(
        self, account: str, receiver: RedirectReceiver, cancel: CancelToken = NEVER
    ) -> str:
        """The identity provider's login URL for ``account``, sending the browser back
        to ``receiver`` (with its state added)."""
        params = {
            "product": self.config.product,
            "customer_account_code": account,
            "response_type": self.config.sso_response_type,
            "redirect_uri": receiver.redirect_uri,
        }
        log.info("single sign-on for account %s", account)
        try:
            with speaking_as("sso"), self.client(cancel) as client:
                answer = client.sso_url(params)
        except CustomerAccountNotFound as exc:
            exc.params["account"] = repr(account)  # the message names what was typed
            raise
        self._remember_sso(account)
        return with_state(answer.url, receiver.state)

    def change_password(
        self, username: str, password: str, new_password: str, cancel: CancelToken = NEVER
    ) -> None:
        log.info("changing the password of %s", username)
        body = {"username": username, "password": password, "new_password": new_password}
        with speaking_as("user"), self.client(cancel) as client:
            client.change_password(body)

    def device_variables(self) -> dict[str, VariableValue]:
        """The vendor's device variables: static values, then the hook's."""
        out: dict[str, VariableValue] = dict(self.config.variables)
        spec = self.config.variables_hook
        if spec:
            module_name, _, name = spec.partition(":")
            try:
                hook = getattr(importlib.import_module(module_name), name)
                extra = hook()
            except Exception as exc:  # a vendor's code: any failure is a setup problem
                raise ConfigError(
                    "device.variables_hook", f"{spec} failed ({type(exc).__name__})", "config"
                ) from None
            if not isinstance(extra, dict) or not all(
                isinstance(v, str | int | float | bool) for v in extra.values()
            ):
                raise ConfigError(
                    "device.variables_hook", f"{spec} must return {{name: value}}", "config"
                )
            out.update({str(k): v for k, v in extra.items()})
        return out

    def send_variables(
        self, variables: Mapping[str, VariableValue], cancel: CancelToken = NEVER
    ) -> list[DeviceVariable]:
        """Set (overwrite) device variables of the stored activation on the server."""
        stored = self.store.load(self.device.hardware_id)
        identity = _identity_of(stored)
        body = {**self._identity_query(identity), "variables": dict(variables)}
        with speaking_as(identity.kind), self.client(cancel) as client:
            answer = client.track_device_variables(body)
        return _of_this_device(answer, stored)

    def get_variables(self, cancel: CancelToken = NEVER) -> list[DeviceVariable]:
        stored = self.store.load(self.device.hardware_id)
        identity = _identity_of(stored)
        with speaking_as(identity.kind), self.client(cancel) as client:
            answer = client.get_device_variables(self._identity_query(identity))
        return _of_this_device(answer, stored)

    def _recovery_query(self, identity: Identity) -> dict[str, Any]:
        """Who to check after a 409.  An SSO sign-in names no account until the
        server answers: a token can ask again (the docs list the SSO fields for
        check); a used code cannot, so the e-mail this computer remembers for
        the organisation stands in."""
        if identity.kind != "sso" or identity.value:
            return self._identity_query(identity)
        grant = identity.grant
        if grant is not None and grant.reusable:
            return {
                "hardware_id": self.device.hardware_id,
                "product": self.config.product,
                **grant.request_fields(),
            }
        account = grant.customer_account_code if grant is not None else ""
        email = self._sso_emails().get(account, "")
        if not email:  # the code is spent: the next sign-in names the account (journal)
            raise SsoSignInAgain("recover")
        return self._identity_query(replace(identity, value=email))

    def _sso_emails(self) -> dict[str, str]:
        """The account e-mail each organisation signed in with last on this computer."""
        emails = self._sso_memory().get("emails")
        return {str(k): str(v) for k, v in emails.items()} if isinstance(emails, dict) else {}

    def _sso_memory(self) -> dict[str, Any]:
        try:
            data = json.loads((product_dir(self.config) / SSO_MEMORY).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _remember_sso(self, account: str, email: str = "") -> None:
        memory = self._sso_memory()
        memory["customer_account_code"] = account
        if email:
            emails = memory.get("emails")
            memory["emails"] = {**(emails if isinstance(emails, dict) else {}), account: email}
        with contextlib.suppress(OSError):  # a convenience: never worth failing for
            path = product_dir(self.config) / SSO_MEMORY
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, json.dumps(memory).encode())

    def _identity_query(self, identity: Identity) -> dict[str, Any]:
        return {
            "hardware_id": self.device.hardware_id,
            "product": self.config.product,
            **identity.request_fields(False),
        }


@contextlib.contextmanager
def _logged(what: str) -> Iterator[None]:
    """The support log records each step's outcome: a refusal's server code, the
    kind of network or storage failure (never a secret: codes and keys only)."""
    try:
        yield
    except ServerRejected as exc:
        exc.during = exc.during or what
        log.warning("%s refused by the server: %s", what, exc.server_code)
        raise
    except WizardError as exc:
        exc.during = exc.during or what
        log.warning("%s failed: %s", what, exc.key)
        raise
    log.info("%s done", what)


def _once_more_if_lost(call: Callable[[], T], what: str, repeatable: bool = True) -> T:
    """Send again once when the answer was lost or late: safe, as the server
    recognises this device (an activation then meets 409 and is recovered); never
    for a request that cannot be repeated (a single-use sign-in code)."""
    try:
        return call()
    except (AnswerLost, RequestTimeout) as exc:
        if not repeatable:
            raise
        log.warning("%s: %s; trying once more", what, exc.key)
        return call()


def _may_have_acted(exc: ServerError | RateLimited) -> bool:
    """A gateway's 502, 503 or 504: the License API behind it may have done the work
    and only the answer was lost, so the outcome is settled like any lost answer."""
    return isinstance(exc, GatewayFailed)


def _fingerprint(code: str) -> str:
    import hashlib

    return hashlib.sha256(code.encode()).hexdigest()


# What reconcile says it did (shown on the wizard's page and by the CLI).
SETTLE = {
    "sign_in_later": QT_TRANSLATE_NOOP(
        "reconcile",
        "An interrupted sign-in with the organisation {who} is checked with the license "
        "server the next time you sign in with it.",
    ),
    "not_yet": QT_TRANSLATE_NOOP(
        "reconcile",
        "The interrupted activation of {who} has not reached the server so far. It is "
        "checked again the next time this program starts.",
    ),
    "never_arrived": QT_TRANSLATE_NOOP(
        "reconcile",
        "The interrupted activation of {who} had not reached the server: no seat was used.",
    ),
    "undone": QT_TRANSLATE_NOOP(
        "reconcile",
        "The activation of {who} you cancelled had reached the server; its seat was freed again.",
    ),
    "kept": QT_TRANSLATE_NOOP(
        "reconcile",
        "An interrupted activation of {who} had reached the server; it is now saved on this "
        "computer.",
    ),
    "kept_elsewhere": QT_TRANSLATE_NOOP(
        "reconcile",
        "An interrupted activation of {who} had reached the server, but another license is "
        "active here; release that seat in the vendor's customer portal.",
    ),
    "deactivated": QT_TRANSLATE_NOOP(
        "reconcile",
        "The interrupted deactivation of {who} is finished: its seat is free and the "
        "activation is removed from this computer.",
    ),
    "deactivation_undone": QT_TRANSLATE_NOOP(
        "reconcile",
        "The deactivation of {who} you cancelled had not reached the server; this computer "
        "stays activated.",
    ),
}


def _said(text: str, **params: str) -> str:
    from activation_wizard.i18n import translate

    return translate("reconcile", text).format(**params)


def _verdict(info: LicenseInfo) -> str:
    """What a check answer says of the license: "ok", "disabled", "expired", or
    "not_active" (this device no longer holds a seat on it)."""
    if info.license_enabled is False:
        return "disabled"
    if info.is_expired:
        return "expired"
    if info.license_active is False:
        return "not_active"
    return "ok"


def _as_of(stored: StoredActivation) -> float:
    """The time of the newest thing the server said about the stored license: its
    Date when kept (or the file's date), else the local time of the last check (its
    clock may differ from the server's by the 15 minutes the API tolerates)."""
    from activation_wizard.core.offline import file_date

    said = [stored.server_time, file_date(json.loads(stored.license_body))]
    known = [t for t in said if t is not None]
    return max(known) if known else stored.last_check - 900


def _of_this_device(
    variables: list[DeviceVariable], stored: StoredActivation
) -> list[DeviceVariable]:
    """Variables name their device: it must be the one the stored license names."""
    from activation_wizard.core.api import binding

    binding.same_device([{"device_id": v.device_id} for v in variables], stored.license.device_id)
    return variables


def _identity_of(stored: StoredActivation) -> Identity:
    return Identity(stored.kind, stored.identity, license_id=stored.license_id)


def _shown(identity: Identity) -> str:
    """How an identity may appear in a log: a key masked, an account e-mail as is."""
    if identity.kind == "license_key":
        return mask_key(identity.value)
    if identity.kind == "sso" and not identity.value:
        account = identity.grant.customer_account_code if identity.grant else ""
        return f"an account of organisation {account}"
    return identity.value


def load_activation(config: Config) -> StoredActivation:
    """For the vendor's own program: the verified activation of this device.

    Raises ``NotActivated`` when there is none, ``ActivationInvalid`` (its
    ``reason`` says why: signature, other_device, expired, clock_rolled_back, ...)
    when the saved one cannot be trusted, ``StorageError`` when the keyring or
    the data folder cannot be read.  Needs no Qt and no network.
    """
    return Activator(config).load()
