"""The one exception tree.

Every failure the program can meet is a ``WizardError``.  Each class names a
``key`` into the message catalogue (``messages.MESSAGES``); ``messages.describe()``
turns any exception into what the user reads.  Exception text never carries
secrets (keys, passwords, tokens): only codes, field names and public facts; a
reason is a key the catalogue words.
"""

from __future__ import annotations

from typing import Any, ClassVar


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
        # What was being done ("activation", "deactivation", "check"): the catalogue
        # may word a message for it too ("key@deactivation"), after the above.
        self.during = ""


# --- configuration ----------------------------------------------------------


class ConfigError(WizardError):
    key = "config_invalid"

    def __init__(self, field: str, problem: str, source: str) -> None:
        super().__init__(
            f"{source}: {field}: {problem}", field=field, problem=problem, source=source
        )
        self.field = field
        self.source = source


class ConfigMissing(ConfigError):
    """A required setting is set nowhere (``problem``: where it may be set)."""

    key = "config_missing"


class ConfigFileUnreadable(ConfigError):
    """The configuration file itself is not valid TOML (a typo, a stray quote)."""

    key = "config_syntax"


# --- talking to the server --------------------------------------------------


class NetworkError(WizardError):
    """We could not exchange a request and a response with the server."""

    key = "network"


class UsesKept(NetworkError):
    """Uses counted on this computer that the server has not confirmed: the answer
    did not come.  They are kept, and sent (or settled) with the next count."""

    key = "uses_kept"

    def __init__(self, waiting: int, cause: WizardError) -> None:
        super().__init__(f"{waiting} use(s) kept: {cause.key}", waiting=waiting)
        self.waiting, self.cause = waiting, cause


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


class AnswerMismatch(ProtocolError):
    """A signed answer that does not answer this request: another endpoint's answer, or
    one naming another license, account, device or product (core.api.binding)."""

    key = "answer_mismatch"


class ServerError(WizardError):
    """The server failed (5xx) without saying no to the request itself."""

    key = "server_error"


class GatewayFailed(ServerError):
    """HTTP 502, 503 or 504: a gateway in front of the License API failed.  The API
    behind it may have done the work and only its answer was lost."""

    key = "gateway_failed"


class RateLimited(WizardError):
    """HTTP 429: the vendor's request quota is exhausted for now."""

    key = "rate_limited"


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
        problem = problem.rstrip(" .。")  # the catalogue ends the sentence itself
        super().__init__(f"{field}: {problem}", field=field, problem=problem)
        self.field = field


class SsoError(WizardError):
    key = "sso_failed"


class SsoAnswerInvalid(SsoError):
    """The redirect (caught or pasted) is not a usable answer to this sign-in."""

    key = "sso_answer_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(reason, reason=reason)  # a catalogue fragment: translated


class SsoDenied(SsoError):
    """The identity provider said no (the user cancelled, no access)."""

    key = "sso_denied"


class SsoTimeout(SsoError):
    key = "sso_timeout"


class SsoSignInAgain(SsoError):
    """A single-use code was spent (sent once already, or used to look up an earlier
    activation): the next step needs a fresh sign-in.  ``why`` says which."""

    key = "sso_sign_in_again"

    def __init__(self, why: str) -> None:
        super().__init__(why, why=why)  # a key into messages.SIGN_IN_AGAIN
        self.why = why


class SsoPortBusy(SsoError):
    """The redirect port registered with the identity provider is taken."""

    key = "sso_port_busy"


class ActivationExists(WizardError):
    """Another license is active on this device: replacing it must free its seat."""

    key = "activation_exists"


class OfflineFileInvalid(WizardError):
    """A file (or pasted text) that is not a readable license or request file."""

    key = "offline_file_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(reason, reason=reason)  # a catalogue fragment: translated


class OfflineRefused(WizardError):
    """A license file that reads fine but does not belong here; ``reason`` says why."""

    key = "offline_refused"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason, reason=reason)  # messages.OFFLINE_REASONS
        self.reason = reason


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


class KeyringNoAnswer(StorageError):
    """The keyring did not answer in time (a prompt nobody sees, a hung daemon)."""

    key = "keyring_no_answer"


class KeyringPromptDismissed(StorageError):
    """The system asked for the keyring password and the request was dismissed (or
    could not be shown): there is a keyring, it is just not open."""

    key = "keyring_prompt"


class StoreBusy(StorageError):
    """Another program holds the activation's lock (it may wait on a keyring prompt)."""

    key = "store_busy"


class KeyringAccessDenied(StorageError):
    key = "keyring_denied"


class NotARecoveryFile(WizardError):
    """``import``: the file is readable but is no recovery file of this wizard."""

    key = "not_recovery_file"


class AirGapRefused(WizardError):
    """Air-gapped activation: a code or file that cannot be used; ``reason`` says why
    (messages.AIRGAP_REASONS), ``group`` which group of a code looks wrong."""

    key = "airgap_refused"

    def __init__(self, reason: str, group: int = 0) -> None:
        super().__init__(reason, reason=reason, group=str(group))
        self.reason = reason
        self.group = group


class SdkFileRefused(WizardError):
    """``import --sdk-file``: the official SDK's license file cannot be adopted;
    ``reason`` says why (messages.SDK_FILE_REASONS)."""

    key = "sdk_file_refused"

    def __init__(self, reason: str, path: str) -> None:
        super().__init__(reason, reason=reason, path=path)
        self.reason = reason


class UserFileError(WizardError):
    """A file the user named (a request, license, refresh or recovery file) cannot be
    used; ``reason`` says why (translated where it is ours, the system's words else)."""

    key = "user_file_read"

    def __init__(self, reason: str, path: str) -> None:
        super().__init__(f"{path}: {reason}", reason=reason, path=path)


class UserFileNotWritten(UserFileError):
    key = "user_file_write"


class LedgerDamaged(StorageError):
    """The file of uses not yet sent was changed outside this program, or is damaged:
    what it says would be billed, so it is not trusted."""

    key = "ledger_damaged"


class DataFolderNotWritable(StorageError):
    key = "data_folder"


class ActivationInvalid(WizardError):
    """A stored activation exists but cannot be trusted; ``reason`` says why."""

    key = "activation_invalid"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason, reason=reason)  # messages.ACTIVATION_REASONS
        self.reason = reason


class ActivationChanged(WizardError):
    """The stored activation changed meanwhile (deactivated, replaced): an update
    computed from the older copy is dropped."""

    key = "activation_changed"


class ActivationRace(WizardError):
    """Two activations at once on one device: the later one was undone."""

    key = "activation_race"


class NotActivated(WizardError):
    key = "not_activated"


# The server's codes, one class each (a module of their own: there are forty).
from activation_wizard.errors.server import *  # noqa: E402, F403
