"""What the use cases take and give: who is activating, and what came of it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.core.sso import Grant
from activation_wizard.core.store import StoredActivation
from activation_wizard.core.summary import mask_key
from activation_wizard.errors import StorageError

if TYPE_CHECKING:
    from activation_wizard.core.api.models import SignedLicense

VariableValue = str | int | float | bool


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


def identity_of(stored: StoredActivation) -> Identity:
    return Identity(stored.kind, stored.identity, license_id=stored.license_id)


def shown(identity: Identity) -> str:
    """How an identity may appear in a log: a key masked, an account e-mail as is."""
    if identity.kind == "license_key":
        return mask_key(identity.value)
    if identity.kind == "sso" and not identity.value:
        account = identity.grant.customer_account_code if identity.grant else ""
        return f"an account of organisation {account}"
    return identity.value


@dataclass(frozen=True)
class TrialRequest:
    """What ``GET /trial_key`` needs beyond the device: the e-mail for user-based
    products, and the name fields the vendor asks for."""

    email: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    user_based: bool = False


@dataclass(frozen=True)
class NewAccount:
    email: str
    password: str = field(repr=False)


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


@dataclass(frozen=True)
class Room:
    """What making room for an activation did: the generation it may replace, and
    the license it put out of the way, if any."""

    generation: int
    replaced: Deactivated | None = None
    abandoned: Abandoned | None = None


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
