"""The documented exit codes, shared by the CLI and the wizard (an installer or a
vendor's launcher can tell how the wizard ended)."""

from __future__ import annotations

from enum import IntEnum

from activation_wizard.errors import (
    ActivationChanged,
    ActivationExists,
    ActivationInvalid,
    ActivationRace,
    AirGapRefused,
    Cancelled,
    ConfigError,
    InsecureUrlError,
    NetworkError,
    NotActivated,
    NotARecoveryFile,
    NoUsableLicense,
    OAuthClientRejected,
    OAuthTokenFailed,
    OfflineFileInvalid,
    OfflineRefused,
    ProtocolError,
    RateLimited,
    SdkFileRefused,
    ServerError,
    ServerRejected,
    SsoAnswerInvalid,
    SsoDenied,
    SsoError,
    SsoSignInAgain,
    StorageError,
    TrialNeedsPassword,
    UsageError,
    UserFileError,
)


class ExitCode(IntEnum):
    OK = 0
    UNEXPECTED = 1
    USAGE = 2  # bad flags or configuration
    REJECTED = 3  # the server said no; its code is printed
    NETWORK = 4  # no answer: DNS, connect, timeout, TLS, server failure, rate limit
    STORAGE = 5  # keyring or data folder
    NOT_ACTIVATED = 6  # no (valid) activation on this device
    UNTRUSTED = 7  # an answer whose signature or form is wrong
    CANCELLED = 130


def exit_code_for(exc: BaseException) -> ExitCode:
    table: list[tuple[type[BaseException], ExitCode]] = [
        (ConfigError, ExitCode.USAGE),
        (InsecureUrlError, ExitCode.USAGE),
        (UsageError, ExitCode.USAGE),
        (UserFileError, ExitCode.USAGE),  # the file named cannot be read or written
        (NotARecoveryFile, ExitCode.USAGE),  # import: the file named is something else
        (SdkFileRefused, ExitCode.USAGE),  # import --sdk-file: nothing to take over
        (AirGapRefused, ExitCode.USAGE),  # a code or policy file typed or named wrong
        (OfflineFileInvalid, ExitCode.USAGE),  # not a license file
        (OfflineRefused, ExitCode.UNTRUSTED),  # a license file that does not belong here
        (SsoAnswerInvalid, ExitCode.USAGE),  # what was pasted
        (SsoDenied, ExitCode.REJECTED),  # the identity provider said no
        (SsoSignInAgain, ExitCode.NOT_ACTIVATED),  # a fresh sign-in is needed
        (SsoError, ExitCode.NETWORK),  # no answer from the browser in time, port taken
        (ActivationExists, ExitCode.USAGE),  # another license: --replace decides
        (ActivationRace, ExitCode.REJECTED),
        (ActivationChanged, ExitCode.NOT_ACTIVATED),
        (OAuthClientRejected, ExitCode.USAGE),  # the vendor's client id or secret
        (OAuthTokenFailed, ExitCode.NETWORK),
        (NoUsableLicense, ExitCode.REJECTED),
        (TrialNeedsPassword, ExitCode.REJECTED),
        (ServerRejected, ExitCode.REJECTED),
        (NetworkError, ExitCode.NETWORK),
        (ServerError, ExitCode.NETWORK),
        (RateLimited, ExitCode.NETWORK),
        (StorageError, ExitCode.STORAGE),
        (NotActivated, ExitCode.NOT_ACTIVATED),
        (ActivationInvalid, ExitCode.NOT_ACTIVATED),
        (ProtocolError, ExitCode.UNTRUSTED),
        (Cancelled, ExitCode.CANCELLED),
        (KeyboardInterrupt, ExitCode.CANCELLED),
    ]
    for kind, code in table:
        if isinstance(exc, kind):
            return code
    return ExitCode.UNEXPECTED
