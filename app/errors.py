"""The one exception tree, and the one catalogue of user-facing messages.

Every failure the program can meet is a ``WizardError``.  Each class names a
``key`` into ``MESSAGES``; ``describe()`` turns any exception into what the user
reads: what happened and what to do next.  Exception text never carries
secrets (keys, passwords, tokens): only codes, field names and public facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Message:
    title: str
    what: str
    todo: str


class WizardError(Exception):
    """Base of every error this program raises on purpose."""

    key: ClassVar[str] = "unexpected"

    def __init__(self, detail: str = "", **params: Any) -> None:
        super().__init__(detail or self.key)
        self.detail = detail
        self.params = params
        # How the user identified themselves when it happened ("license_key", "user",
        # "trial", "sso"): the catalogue may word a message for it ("key@user").
        self.context = ""


# --- configuration ----------------------------------------------------------


class ConfigError(WizardError):
    key = "config_invalid"

    def __init__(self, field: str, problem: str, source: str) -> None:
        super().__init__(
            f"{source}: {field}: {problem}", field=field, problem=problem, source=source
        )
        self.field = field
        self.source = source


# --- talking to the server --------------------------------------------------


class NetworkError(WizardError):
    """We could not exchange a request and a response with the server."""

    key = "network"


class DnsError(NetworkError):
    key = "dns"


class ConnectError(NetworkError):
    key = "connect"


class RequestTimeout(NetworkError):
    key = "timeout"


class AnswerLost(NetworkError):
    """The request went out, but the connection broke before its answer came back:
    the server may have acted on it."""

    key = "answer_lost"


class TlsError(NetworkError):
    key = "tls"


class InsecureUrlError(WizardError):
    key = "insecure_url"


class Cancelled(WizardError):
    key = "cancelled"


class ProtocolError(WizardError):
    """The server answered, but not in the documented form."""

    key = "protocol"


class ResponseSignatureError(ProtocolError):
    """A response's RSA signature is missing or does not match its body."""

    key = "signature_invalid"


class ServerError(WizardError):
    """The server failed (5xx) without saying no to the request itself."""

    key = "server_error"


class RateLimited(WizardError):
    """HTTP 429: the vendor's request quota is exhausted for now."""

    key = "rate_limited"


class ServerRejected(WizardError):
    """The License API answered ``{status, code, message}``: a definite no.

    One subclass per documented code; ``for_code`` picks it.  Unknown codes
    stay ``ServerRejected`` and show the server's own message.
    """

    code: ClassVar[str] = ""
    by_code: ClassVar[dict[str, type[ServerRejected]]] = {}

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        if cls.code:
            ServerRejected.by_code[cls.code] = cls
            cls.key = cls.code

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}", status=status, code=code, message=message)
        self.status = status
        self.server_code = code
        self.server_message = message

    @staticmethod
    def for_code(status: int, code: str, message: str) -> ServerRejected:
        cls = ServerRejected.by_code.get(code, ServerRejected)
        return cls(status, code, message)

    key = "server_rejected"


# Activation codes of the seed page.
class UnknownProduct(ServerRejected):
    code = "unknown_product"


class LicenseNotFound(ServerRejected):
    code = "license_not_found"


class LicenseNotEnabled(ServerRejected):
    code = "license_not_enabled"


class VmNotAllowed(ServerRejected):
    code = "vm_not_allowed"


class OfflineFloatingCloudNotSupported(ServerRejected):
    code = "offline_floating_cloud_not_supported"


class LicenseStartDateError(ServerRejected):
    code = "license_start_date_error"

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status, code, message)
        # The seed's message is "...before start date: {date}"; show just the date.
        date = message.rsplit(":", 1)[1].strip() if ":" in message else ""
        self.params["start"] = f" ({date})" if date else ""


class Blacklisted(ServerRejected):
    code = "blacklisted"


class LicenseActivatedMaxTimes(ServerRejected):
    code = "license_activated_max_times"


class LicenseUserActivatedMaxTimes(ServerRejected):
    code = "license_user_activated_max_times"


class LicenseExpired(ServerRejected):
    code = "license_expired"


class LicenseTransferredMaxTimes(ServerRejected):
    code = "license_transferred_max_times"


class LicenseDeviceExists(ServerRejected):
    code = "license_device_exists"


# Check / deactivate codes.
class LicenseNotActive(ServerRejected):
    code = "license_not_active"


class DeviceNotFound(ServerRejected):
    code = "device_not_found"


# Authorisation codes: the vendor's configuration or the user's clock.
class DateHeaderDiff(ServerRejected):
    code = "date_header_diff"


class SignatureMismatch(ServerRejected):
    code = "signature_mismatch"


class InvalidApiKey(ServerRejected):
    code = "invalid_api_key"


class AuthorizationMissingParams(ServerRejected):
    code = "authorization_missing_params"


class AuthorizationInvalidHeaders(ServerRejected):
    code = "authorization_invalid_headers"


class HmacRequired(ServerRejected):
    code = "hmac_required"


class ApiKeyProductNotAllowed(ServerRejected):
    code = "api_key_product_not_allowed"


class MissingParameters(ServerRejected):
    code = "missing_parameters"


class MissingHeaders(ServerRejected):
    code = "missing_headers"


class MissingHardwareId(ServerRejected):
    code = "missing_hardware_id"


class LicenseKeyRequired(ServerRejected):
    code = "license_key_required"


# Product, trial, accounts and customers (license-api.md section 4.2).
class DisabledProduct(ServerRejected):
    code = "disabled_product"


class ArchivedProduct(ServerRejected):
    code = "archived_product"


class InvalidProductAuthMethod(ServerRejected):
    code = "invalid_product_auth_method"


class TrialNotAllowed(ServerRejected):
    code = "trial_not_allowed"


class TrialExpired(ServerRejected):
    code = "trial_expired"


class EmailMissing(ServerRejected):
    code = "email_missing"


class ChangePasswordNotAllowed(ServerRejected):
    code = "change_password_not_allowed"


class CustomerAccountNotFound(ServerRejected):
    code = "customer_account_not_found"


class CustomerNotFound(ServerRejected):
    code = "customer_not_found"


class ValidationFailed(ServerRejected):
    code = "validation_error"


class OAuthTokenExpired(ServerRejected):
    code = "oauth_token_expired"


class OAuthTokenMalformed(ServerRejected):
    code = "oauth_token_malformed"


class OAuthClientRejected(WizardError):
    """The OAuth token server refused this program's client id or secret."""

    key = "oauth_client_rejected"


class OAuthTokenFailed(WizardError):
    """The OAuth token server answered, but gave no usable token."""

    key = "oauth_token_failed"


# --- what the user typed -------------------------------------------------------


class UsageError(WizardError):
    """Input refused before anything was sent (an empty key, a malformed e-mail)."""

    key = "usage"

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}", field=field, problem=problem)
        self.field = field


class SsoError(WizardError):
    key = "sso_failed"


class SsoAnswerInvalid(SsoError):
    """The redirect (caught or pasted) is not a usable answer to this sign-in."""

    key = "sso_answer_invalid"


class SsoDenied(SsoError):
    """The identity provider said no (the user cancelled, no access)."""

    key = "sso_denied"


class SsoTimeout(SsoError):
    key = "sso_timeout"


class SsoDeviceUnknown(SsoError):
    """409 after a single sign-on with a used code: the account is not known here."""

    key = "sso_device_unknown"


class SsoPortBusy(SsoError):
    """The redirect port registered with the identity provider is taken."""

    key = "sso_port_busy"


class ActivationExists(WizardError):
    """Another license is active on this device: replacing it must free its seat."""

    key = "activation_exists"


class OfflineFileInvalid(WizardError):
    """A file (or pasted text) that is not a readable license or request file."""

    key = "offline_file_invalid"


class OfflineRefused(WizardError):
    """A license file that reads fine but does not belong here; ``reason`` says why."""

    key = "offline_refused"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason, reason=OFFLINE_REASONS.get(reason, reason))
        self.reason = reason


OFFLINE_REASONS = {
    "signature": "its signature does not match: it was changed, or not made by the license "
    "server for this program",
    "no_request": "there is no offline request waiting on this computer (it was used or "
    "cancelled); write a new request file",
    "other_request": "it answers another request than the one waiting on this computer "
    "(an older file, or one for another computer)",
    "other_device": "it was made for another computer",
    "other_product": "it is for another product",
    "type": "this license type cannot be activated offline (only trial, perpetual and "
    "consumption licenses can)",
    "future": "it is dated in the future: check this computer's date and time",
    "other_license": "it is for another license than the one this computer asked for",
    "disabled": "the license is disabled",
    "expired": "the license has expired",
}


class NoUsableLicense(WizardError):
    """The account signed in, but none of its licenses can be activated."""

    key = "no_usable_license"


class TrialNeedsPassword(WizardError):
    """A trial account exists already for this e-mail: only its owner knows the password."""

    key = "trial_needs_password"


# --- local storage ----------------------------------------------------------


class StorageError(WizardError):
    key = "storage"


class KeyringUnavailable(StorageError):
    key = "keyring_unavailable"


class KeyringLocked(StorageError):
    key = "keyring_locked"


class KeyringPromptDismissed(StorageError):
    """The system asked for the keyring password and the request was dismissed (or
    could not be shown): there is a keyring, it is just not open."""

    key = "keyring_prompt"


class KeyringAccessDenied(StorageError):
    key = "keyring_denied"


class ImportFailed(StorageError):
    """A file to import could not be read (not a failure to save)."""

    key = "import_failed"


class DataFolderNotWritable(StorageError):
    key = "data_folder"


class ActivationInvalid(WizardError):
    """A stored activation exists but cannot be trusted; ``reason`` says why."""

    key = "activation_invalid"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(
            detail or reason,
            reason=ACTIVATION_REASONS.get(reason, reason),
            todo=ACTIVATION_TODO.get(reason, _ACTIVATE_AGAIN),
        )
        self.reason = reason


ACTIVATION_REASONS = {
    "signature": "the saved license data was altered or not signed by the license server",
    "other_device": "it was made for another device (it may have been copied here)",
    "other_product": "it belongs to another product",
    "expired": "the license has expired",
    "clock_rolled_back": "this computer's clock is behind the time the activation was last "
    "used; check the date and time",
    "document_missing": "the activation file is missing from the data folder",
    "document_corrupt": "the saved activation is damaged or does not match its key in the "
    "system's credential store",
    "keyring_item_missing": "its key in the system keyring is missing",
    "disabled": "the license server reports the license as disabled",
    "not_active": "the license server no longer has this device on the license",
}


_ACTIVATE_AGAIN = (
    "Activate again. If this device was already counted, that does not use another seat."
)
# What helps, where activating again would not.
ACTIVATION_TODO = {
    "expired": "Renew the license with the vendor; then check again or activate the new one.",
    "clock_rolled_back": "Set the correct date, time and time zone. If the clock is right now "
    "(it was ahead once), connect to the internet and press Check now (activation-wizard "
    "check): the license server's time sets it straight.",
    "disabled": "Ask the vendor's support to enable the license, then check again (Check now "
    "in the wizard, or activation-wizard check).",
    "other_product": "Use the activation wizard that came with this product.",
}


class ActivationChanged(WizardError):
    """The stored activation changed meanwhile (deactivated, replaced): an update
    computed from the older copy is dropped."""

    key = "activation_changed"


class ActivationRace(WizardError):
    """Two activations at once on one device: the later one was undone."""

    key = "activation_race"


class NotActivated(WizardError):
    key = "not_activated"


# --- the catalogue ----------------------------------------------------------

_RETRY_LATER = "Try again in a few minutes. If it keeps happening, contact support."
_CONTACT_VENDOR = "Contact the software vendor's support and quote the code below."

MESSAGES: dict[str, Message] = {
    "unexpected": Message(
        "Something went wrong",
        "An unexpected error stopped the activation. Nothing was changed on this device.",
        "Try again. If it happens again, copy the details and send them to support.",
    ),
    "config_invalid": Message(
        "The activation settings are incomplete",
        "Problem with the setting {field}: {problem}. (It came from {source}.)",
        "Correct that setting, or ask the software vendor for a working configuration.",
    ),
    "network": Message(
        "Could not reach the license server",
        "The connection to the license server failed before it could answer.",
        "Check your internet connection and try again. Your license key was not checked yet.",
    ),
    "dns": Message(
        "License server not found",
        "This computer could not look up the license server's address.",
        "Check that you are online (and any proxy or VPN settings), then try again. "
        "Your license key was not checked yet.",
    ),
    "connect": Message(
        "Could not connect to the license server",
        "The license server did not accept a connection from this computer.",
        "Check your internet connection, firewall or proxy, then try again. "
        "Your license key was not checked yet.",
    ),
    "timeout": Message(
        "The license server took too long",
        "No answer came back in time. The activation may or may not have been recorded.",
        "Try again: a repeated activation of this device does not use another seat.",
    ),
    "answer_lost": Message(
        "The answer from the license server was lost",
        "The request reached the license server, but the connection broke before its "
        "answer arrived. The server may have recorded it.",
        "Try again: this device is recognised, so trying again does not use another seat.",
    ),
    "tls": Message(
        "Secure connection failed",
        "The license server's certificate could not be verified ({detail}).{issuer} "
        "Something between you and the server (often a company proxy) may be "
        "intercepting traffic.",
        "Try another network, or ask your IT department to allow the license server.",
    ),
    "insecure_url": Message(
        "Insecure server address",
        "The license server address {url} does not use HTTPS.",
        "Only local test servers may use plain http://. Fix the api url setting.",
    ),
    "cancelled": Message(
        "Activation cancelled",
        "You cancelled the request. Whatever the server had already done with it is "
        "undone (or checked the next time, if the server cannot be asked now).",
        "Start the activation again when you are ready.",
    ),
    "protocol": Message(
        "Unexpected answer from the license server",
        "The server's answer was not in the expected form ({detail}).",
        _RETRY_LATER,
    ),
    "signature_invalid": Message(
        "The server's answer could not be verified",
        "The license server's reply was not signed with the expected key, so it was "
        "not trusted. It may have been altered on the way ({detail}).",
        "Try another network. If it persists, contact support: the public key in the "
        "settings may be wrong.",
    ),
    "server_error": Message(
        "The license server has a problem",
        "The license server failed to handle the request (HTTP {status}).{retry_hint}",
        "Try again later. If it keeps happening, contact support.",
    ),
    "rate_limited": Message(
        "The license server is busy",
        "Too many requests reached the license server in a short time.",
        "Try again later{retry_hint}.",
    ),
    "server_rejected": Message(
        "The license server refused the request",
        "The server said: {message}",
        _CONTACT_VENDOR,
    ),
    "unknown_product": Message(
        "Unknown product",
        "The license server does not know the product this program is set up for.",
        "This is a setup problem of the program, not of your key. " + _CONTACT_VENDOR,
    ),
    "license_not_found": Message(
        "License not found",
        "No license matches the key you entered.",
        "Check the key for typos (compare it with your purchase e-mail) and try again.",
    ),
    "license_not_enabled": Message(
        "License disabled",
        "This license exists but has been disabled by the vendor.",
        "Contact the vendor's support or your purchasing contact to have it enabled.",
    ),
    "vm_not_allowed": Message(
        "Virtual machines are not allowed",
        "This license cannot be activated inside a virtual machine or container, and "
        "this device was detected as one.",
        "Activate on a physical computer, or ask the vendor for a license that allows "
        "virtual machines.",
    ),
    "offline_floating_cloud_not_supported": Message(
        "Offline activation not possible",
        "This is a floating cloud license, which cannot be activated offline.",
        "Connect to the internet and activate online instead.",
    ),
    "license_start_date_error": Message(
        "License not started yet",
        "This license cannot be activated before its start date{start}.",
        "Try again on or after the start date, or contact the vendor.",
    ),
    "blacklisted": Message(
        "Device blocked",
        "The vendor has blocked this device from activating licenses.",
        "Contact the vendor's support; only they can lift the block.",
    ),
    "license_activated_max_times": Message(
        "All seats are in use",
        "This license is already activated on the maximum number of devices.",
        "Deactivate it on a device you no longer use (in that program or the vendor's "
        "customer portal), then try again here.",
    ),
    "license_user_activated_max_times": Message(
        "Your account has used all its activations",
        "Your user account has already activated this license the maximum number of times.",
        "Deactivate one of your other devices, or ask your administrator for more seats.",
    ),
    "license_expired": Message(
        "License expired",
        "The validity period of this license has ended.",
        "Renew the license with the vendor, then activate again.",
    ),
    "license_transferred_max_times": Message(
        "No transfers left",
        "This license has already been moved between devices the maximum number of times.",
        "Contact the vendor's support to reset the transfer limit.",
    ),
    "license_device_exists": Message(
        "Device already activated",
        "This device is already activated on this license.",
        "Nothing to do: the existing activation is used.",
    ),
    "license_not_active": Message(
        "License not active",
        "The license server reports this license as not active on this device.",
        "Activate the license again.",
    ),
    "device_not_found": Message(
        "Device not registered",
        "The license server has no active record of this device on the license.",
        "Activate this device again.",
    ),
    "date_header_diff": Message(
        "Your clock is wrong",
        "The license server rejected the request because this computer's date or time "
        "differs from the real time by more than 15 minutes.{skew}",
        "Set the correct date, time and time zone (turn on automatic time), then try again.",
    ),
    "signature_mismatch": Message(
        "The program's credentials were rejected",
        "The license server did not accept this program's request signature.",
        "This is a setup problem of the program (its shared key). " + _CONTACT_VENDOR,
    ),
    "invalid_api_key": Message(
        "The program's credentials were rejected",
        "The license server does not recognise this program's API key.",
        "This is a setup problem of the program. " + _CONTACT_VENDOR,
    ),
    "authorization_missing_params": Message(
        "The program's request was incomplete",
        "The request was missing authorisation details.",
        _CONTACT_VENDOR,
    ),
    "authorization_invalid_headers": Message(
        "The program's request was malformed",
        "The request's authorisation header was not valid.",
        _CONTACT_VENDOR,
    ),
    "hmac_required": Message(
        "The program's request was not signed",
        "The license server requires signed requests.",
        _CONTACT_VENDOR,
    ),
    "api_key_product_not_allowed": Message(
        "The program's credentials do not cover this product",
        "The API key this program uses may not activate this product.",
        _CONTACT_VENDOR,
    ),
    "missing_parameters": Message(
        "The request was incomplete",
        "The license server said: {message}",
        _CONTACT_VENDOR,
    ),
    "missing_headers": Message(
        "The request was incomplete",
        "The license server said: {message}",
        _CONTACT_VENDOR,
    ),
    "missing_hardware_id": Message(
        "No device identity",
        "The request did not identify this device.",
        _CONTACT_VENDOR,
    ),
    "license_key_required": Message(
        "License key required",
        "This product is activated with a license key.",
        "Enter your license key and try again.",
    ),
    "license_not_found@user": Message(
        "E-mail or password not accepted",
        "The license server did not accept this e-mail address and password, or the "
        "account has no license for this product.",
        "Check the e-mail address and the password (letter case matters), then try again. "
        "Forgot the password? Reset it, or ask whoever gave you the account.",
    ),
    "license_not_found@trial": Message(
        "Trial not found",
        "The license server did not find the trial it had just started.",
        _RETRY_LATER,
    ),
    "license_key_required@user": Message(
        "This product uses license keys",
        "The license server expects a license key for this product, not an account.",
        'Go back to the first page and choose "I have a license key".',
    ),
    "license_activated_max_times@user": Message(
        "All seats of this license are in use",
        "The license your account uses is already activated on the maximum number of devices.",
        "Deactivate it on a device you no longer use, pick another license if your account "
        "has one, or ask your administrator for more seats.",
    ),
    "disabled_product": Message(
        "Product not available",
        "The vendor has disabled this product on the license server.",
        _CONTACT_VENDOR,
    ),
    "archived_product": Message(
        "Product no longer available",
        "The vendor has archived this product on the license server.",
        _CONTACT_VENDOR,
    ),
    "invalid_product_auth_method": Message(
        "This product uses another way to activate",
        "The license server expects the other kind of activation for this product "
        "(a license key instead of an account, or the reverse).",
        "Go back to the first page and choose the other way. If none works, contact the "
        "vendor's support.",
    ),
    "trial_not_allowed": Message(
        "No free trial for this product",
        "The vendor does not offer a trial of this product, or not to this device.",
        "Buy a license, or ask the vendor about a trial. If you already have a key or an "
        "account, go back and use that.",
    ),
    "trial_expired": Message(
        "Your trial has ended",
        "The free trial of this product on this device is over.",
        "Buy a license to go on using it; then activate with its key or your account.",
    ),
    "email_missing": Message(
        "E-mail address needed",
        "A trial of this product is tied to an e-mail address, and none was given.",
        "Enter your e-mail address and try again.",
    ),
    "change_password_not_allowed": Message(
        "Password cannot be changed here",
        "The vendor does not allow changing this account's password from the program.",
        "Keep using your current password, or change it in the vendor's customer portal.",
    ),
    "customer_account_not_found": Message(
        "Organisation not found",
        "The license server does not know the organisation (customer account) given.",
        "Check the organisation code with your administrator, then try again.",
    ),
    "customer_not_found": Message(
        "Customer not found",
        "The license server does not know that customer.",
        "Check the e-mail address, or contact the vendor's support.",
    ),
    "validation_error": Message(
        "The request was not accepted",
        "The license server said: {message}",
        _CONTACT_VENDOR,
    ),
    "oauth_token_expired": Message(
        "The program's sign-in to the license server expired",
        "The license server no longer accepted the program's access token, even after "
        "a fresh one was fetched.",
        _RETRY_LATER,
    ),
    "oauth_token_malformed": Message(
        "The program's sign-in to the license server failed",
        "The license server did not accept the program's access token.",
        "This is a setup problem of the program (its OAuth client). " + _CONTACT_VENDOR,
    ),
    "oauth_client_rejected": Message(
        "The program's credentials were rejected",
        "The sign-in server refused this program's OAuth client ({detail}).",
        "This is a setup problem of the program (client id or secret). " + _CONTACT_VENDOR,
    ),
    "oauth_token_failed": Message(
        "The program could not sign in to the license server",
        "The sign-in server answered without a usable access token ({detail}).",
        _RETRY_LATER,
    ),
    "usage": Message(
        "Please check your input",
        "{field}: {problem}.",
        "Correct it and try again; nothing was sent.",
    ),
    "sso_failed": Message(
        "Single sign-on did not succeed",
        "Signing in through your organisation failed ({detail}).",
        "Try again. If it keeps failing, contact your IT department or the vendor's support.",
    ),
    "sso_answer_invalid": Message(
        "That sign-in answer cannot be used",
        "The address or code given is not an answer to this sign-in: {detail}.",
        "Sign in again in the browser, then copy the whole address from the browser's "
        "address bar once the page says you are signed in.",
    ),
    "sso_denied": Message(
        "Your organisation did not sign you in",
        "The sign-in page answered: {detail}.",
        "Try again, or ask your IT department whether your account may use this product.",
    ),
    "sso_timeout": Message(
        "Sign-in took too long",
        "No answer came back from the browser within {waited}.",
        "Start the sign-in again and finish it in the browser, or paste the address the "
        "browser ended on.",
    ),
    "sso_device_unknown": Message(
        "This device is already activated",
        "The license server already has this device on your organisation account's "
        "license, but this computer does not know which account that is, so it cannot "
        "fetch the activation.",
        "Release this device in the vendor's customer portal (or ask your administrator), "
        "then sign in again.",
    ),
    "sso_port_busy": Message(
        "Cannot wait for the browser",
        "Port {port} on this computer, where the browser is sent back after signing in, "
        "is used by another program.",
        "Close the other program and try again, or paste the address the browser ends on.",
    ),
    "customer_account_not_found@sso": Message(
        "Organisation not found",
        "The license server does not know the organisation code {account}.",
        "Check the code with your IT department (letter case matters), then try again.",
    ),
    "license_not_found@sso": Message(
        "No license for your account",
        "You signed in, but your organisation account has no license for this product, or "
        "the sign-in answer was already used or expired.",
        "Sign in again. If it keeps happening, ask your administrator for a license.",
    ),
    "activation_exists": Message(
        "Another license is active on this device",
        "This device is activated with {current}. Activating another license here would "
        "leave that seat counted on the server.",
        "Deactivate it first (it frees its seat), or replace it: in the wizard with Use "
        "another license, on the command line with activate --replace.",
    ),
    "offline_file_invalid": Message(
        "That file cannot be read",
        "The file is not a license file from the vendor's offline portal: {detail}.",
        "Use the .lic file the portal gave you for this computer's request (or paste its "
        "whole text), then try again.",
    ),
    "offline_refused": Message(
        "That license file cannot be used here",
        "The license file was refused: {reason}.",
        "Upload this computer's current request file to the vendor's offline portal and "
        "load the license file it gives back.",
    ),
    "no_usable_license": Message(
        "No license can be activated",
        "You signed in, but none of your account's licenses for this product can be "
        "activated now: {detail}.",
        "Ask your administrator or the vendor for a license, or use a license key.",
    ),
    "trial_needs_password": Message(
        "You already have a trial account",
        "A trial for {email} was started before, so the license server did not create a "
        "new password.",
        "Sign in with that account's password (it was sent to you by e-mail when the trial began).",
    ),
    "storage": Message(
        "Could not save the activation",
        "Saving to this computer failed: {detail}.",
        "Check free disk space and permissions, then try again.",
    ),
    "keyring_unavailable": Message(
        "No secure credential store",
        "This computer has no usable credential store (keyring) for the activation: {detail}.",
        "On Linux, install and start a Secret Service provider such as GNOME Keyring or "
        "KWallet and log in to a desktop session, then try again.",
    ),
    "keyring_locked": Message(
        "Credential store is locked",
        "The system credential store (keyring) is locked, or its password prompt was "
        "dismissed or could not be shown ({detail}).",
        "Try again and enter your keyring (usually your login) password when the system "
        "asks; without a desktop session, unlock the keyring first (for example with "
        "gnome-keyring-daemon --unlock).",
    ),
    "keyring_prompt": Message(
        "The keyring's password request was dismissed",
        "The system asked for the password of the keyring that keeps the activation (to "
        "create or to unlock it), and the request was dismissed or could not be shown.",
        "Try again and answer the system's password window. Without a desktop session, "
        "unlock or create the keyring first (for example with gnome-keyring-daemon --unlock).",
    ),
    "keyring_denied": Message(
        "Access to the credential store was denied",
        "The system refused access to the credential store: {detail}.",
        "Allow this program to use the keyring when asked, then try again.",
    ),
    "import_failed": Message(
        "Could not read the file to import",
        "Reading {path} failed: {detail}.",
        "Check the file's name and location, then import it again.",
    ),
    "data_folder": Message(
        "Cannot write the activation folder",
        "The folder {path} cannot be written to.",
        "Check the folder's permissions and free space, then try again.",
    ),
    "activation_invalid": Message(
        "The saved activation is not valid",
        "The activation stored on this computer was rejected: {reason}.",
        "{todo}",
    ),
    "activation_changed": Message(
        "The activation changed meanwhile",
        "While the license server was being asked, the activation on this computer was "
        "deactivated or replaced, so the answer no longer applies.",
        "Look at the current state (the wizard's status page, or activation-wizard status).",
    ),
    "activation_race": Message(
        "Another activation finished first",
        "While this activation was in progress, {winner} was activated on this device "
        "(another window or program). One license per device: this one was undone and "
        "its seat freed again.",
        "Keep the one that is active, or replace it with Use another license.",
    ),
    "not_activated": Message(
        "Not activated",
        "This product is not activated on this computer yet.",
        "Run the activation wizard, or 'activation-wizard activate --license-key KEY'.",
    ),
}


@dataclass(frozen=True)
class UserMessage:
    title: str
    what: str
    todo: str
    code: str  # what support asks for: the server code or our own key

    def as_text(self) -> str:
        return f"{self.title}\n{self.what}\n{self.todo}\n(code: {self.code})"


class _Lenient(dict[str, Any]):
    def __missing__(self, name: str) -> str:
        return ""


def describe(exc: BaseException, translate: Callable[[str], str] = str) -> UserMessage:
    """What the user reads for ``exc``: never a traceback, never a secret.

    ``translate`` is applied to the catalogue's templates before they are filled
    in (the wizard passes Qt's translator; the core knows nothing of Qt)."""
    if isinstance(exc, WizardError):
        key = exc.key
        params = _Lenient(exc.params, detail=exc.detail)
    else:
        key, params = "unexpected", _Lenient(detail=type(exc).__name__)
    context = getattr(exc, "context", "")
    msg = MESSAGES.get(f"{key}@{context}") or MESSAGES.get(key, MESSAGES["unexpected"])
    code = exc.server_code if isinstance(exc, ServerRejected) else key
    return UserMessage(
        translate(msg.title).format_map(params),
        translate(msg.what).format_map(params).strip(),
        translate(msg.todo).format_map(params),
        code,
    )
