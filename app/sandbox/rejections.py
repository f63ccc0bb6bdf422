"""The License API's error answers: each code with its status and message."""

from __future__ import annotations

MESSAGES = {
    "unknown_product": (400, "Provided product was not found"),
    "license_not_found": (400, "License with the provided license user not found"),
    "license_not_enabled": (400, "The license is not enabled"),
    "vm_not_allowed": (400, "Virtual machine not allowed"),
    "offline_floating_cloud_not_supported": (
        400,
        "Floating cloud licenses cannot be activated offline",
    ),
    "license_start_date_error": (400, "This license cannot be activated before start date: {date}"),
    "blacklisted": (400, "This device is blacklisted"),
    "license_activated_max_times": (
        400,
        "This license key has already been activated the maximum number of times",
    ),
    "license_user_activated_max_times": (400, "License user has activated this license max times"),
    "license_expired": (400, "License validity period has expired"),
    "license_transferred_max_times": (
        400,
        "This license has already been transferred the maximum number of times",
    ),
    "license_device_exists": (
        409,
        "A device matching this hardware_id is already created on the license.",
    ),
    "device_not_found": (400, "An active device matching the hardware_id not found"),
    "license_not_active": (400, "The license is not active"),
    "missing_headers": (400, "Missing headers: {names}"),
    "missing_parameters": (400, "Missing parameters: {names}"),
    "missing_hardware_id": (400, "Missing hardware_id"),
    "license_key_required": (400, "License key is required"),
    "invalid_json": (400, "Request body is not valid JSON"),
    "date_header_diff": (400, "Date header is more than 15 minutes off"),
    "authorization_invalid_headers": (400, "Invalid Authorization header"),
    "authorization_missing_params": (400, "Authorization header is missing: {names}"),
    "hmac_required": (400, "Only hmac-sha256 signed requests are accepted"),
    "invalid_api_key": (400, "Invalid API key"),
    "signature_mismatch": (401, "Signature mismatch"),
    "not_found": (404, "Not found"),
    "validation_error": (400, "{detail}"),
    "trial_not_allowed": (400, "Trial is not allowed for this product"),
    "email_missing": (400, "Email is required for a trial of a user-based product"),
    "change_password_not_allowed": (400, "Changing the password is not allowed"),
    "customer_not_found": (400, "Customer not found"),
    "customer_account_not_found": (400, "Customer account not found"),
    "missing_content": (400, "The request has no content"),
    "customer_account_id_mismatch": (400, "The token belongs to another customer account"),
    "invalid_product_auth_method": (400, "Invalid authorization method for this product"),
    "oauth_token_expired": (401, "The access token has expired"),
    "oauth_token_malformed": (401, "The access token is not valid"),
    # After activation (license-api.md 4.2, floating / features / consumption /
    # versions): status and message as the exception lists of the pages it cites.
    "floating_not_available": (400, "No available slots for floating license"),
    "license_borrow_not_allowed": (400, "License does not allow borrowing"),
    "borrow_until_not_valid": (400, "Borrow until field is not valid"),
    "license_not_consumption": (400, "The license needs to be of consumption type"),
    "license_not_enough_consumptions": (400, "Not enough consumptions left"),
    "feature_not_enough_consumptions": (400, "Not enough consumptions left"),
    "negative_consumptions_not_allowed": (400, "Negative consumptions not allowed"),
    "invalid_license_feature_code": (
        400,
        "License feature code: {feature} is invalid or not assigned to the license.",
    ),
    "unsupported_product_feature": (
        400,
        "One or more of requested product features do not exists or they are not enabled"
        " on the product",
    ),
    "feature_not_floating": (400, "License feature is not floating cloud feature."),
    "floating_feature_device_not_in_use": (400, "Floating feature device is not in use"),
    "active_license_required": (400, "An active license is required"),
    # No status published: 400 as active_license_required, listed beside it.
    "version_not_found": (400, "Version not found"),
}


class Rejection(Exception):
    def __init__(self, code: str, status: int | None = None, **params: str) -> None:
        default_status, template = MESSAGES.get(code, (400, code.replace("_", " ")))
        super().__init__(code)
        self.code, self.message = code, template.format(**params)
        self.status = status or default_status
