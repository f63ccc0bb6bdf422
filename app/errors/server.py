"""The License API's definite no: ``ServerRejected`` and one subclass per documented
error code (license-api.md section 4), which ``ServerRejected.for_code`` picks."""

from __future__ import annotations

from typing import Any, ClassVar

from activation_wizard.errors import WizardError

__all__ = [
    "ActiveLicenseRequired",
    "ApiKeyProductNotAllowed",
    "ArchivedProduct",
    "AuthorizationInvalidHeaders",
    "AuthorizationMissingParams",
    "Blacklisted",
    "BorrowUntilNotValid",
    "ChangePasswordNotAllowed",
    "CustomerAccountNotFound",
    "CustomerNotFound",
    "DateHeaderDiff",
    "DeviceNotFound",
    "DisabledProduct",
    "EmailMissing",
    "FeatureNotEnoughConsumptions",
    "FeatureNotFloating",
    "FloatingFeatureDeviceNotInUse",
    "FloatingNotAvailable",
    "HmacRequired",
    "InvalidApiKey",
    "InvalidLicenseFeatureCode",
    "InvalidProductAuthMethod",
    "LicenseActivatedMaxTimes",
    "LicenseBorrowNotAllowed",
    "LicenseDeviceExists",
    "LicenseExpired",
    "LicenseKeyRequired",
    "LicenseNotActive",
    "LicenseNotConsumption",
    "LicenseNotEnabled",
    "LicenseNotEnoughConsumptions",
    "LicenseNotFound",
    "LicenseStartDateError",
    "LicenseTransferredMaxTimes",
    "LicenseUserActivatedMaxTimes",
    "MissingHardwareId",
    "MissingHeaders",
    "MissingParameters",
    "NegativeConsumptionsNotAllowed",
    "OAuthTokenExpired",
    "OAuthTokenMalformed",
    "OfflineFloatingCloudNotSupported",
    "ServerRejected",
    "SignatureMismatch",
    "TrialExpired",
    "TrialNotAllowed",
    "UnknownProduct",
    "UnsupportedProductFeature",
    "ValidationFailed",
    "VersionNotFound",
    "VmNotAllowed",
]


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
        self.server_date: float | None = None  # the answer's Date, when it had one

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


# Floating seats, features, consumption and versions (license-api.md section 4).
class FloatingNotAvailable(ServerRejected):
    code = "floating_not_available"


class LicenseBorrowNotAllowed(ServerRejected):
    code = "license_borrow_not_allowed"


class BorrowUntilNotValid(ServerRejected):
    code = "borrow_until_not_valid"


class LicenseNotEnoughConsumptions(ServerRejected):
    code = "license_not_enough_consumptions"


class FeatureNotEnoughConsumptions(ServerRejected):
    code = "feature_not_enough_consumptions"


class LicenseNotConsumption(ServerRejected):
    code = "license_not_consumption"


class NegativeConsumptionsNotAllowed(ServerRejected):
    code = "negative_consumptions_not_allowed"


class InvalidLicenseFeatureCode(ServerRejected):
    code = "invalid_license_feature_code"


class FeatureNotFloating(ServerRejected):
    code = "feature_not_floating"


class FloatingFeatureDeviceNotInUse(ServerRejected):
    code = "floating_feature_device_not_in_use"


class UnsupportedProductFeature(ServerRejected):
    code = "unsupported_product_feature"


class ActiveLicenseRequired(ServerRejected):
    code = "active_license_required"


class VersionNotFound(ServerRejected):
    code = "version_not_found"


class OAuthTokenExpired(ServerRejected):
    code = "oauth_token_expired"


class OAuthTokenMalformed(ServerRejected):
    code = "oauth_token_malformed"
