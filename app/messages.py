"""The one catalogue of user-facing messages, and ``describe()``: what the user
reads for any exception (``errors``): what happened and what to do next.

Each ``WizardError`` names a ``key`` here; a message may be worded for how the user
identified themselves (``key@user``) or for what was being done
(``key@deactivation``).  The texts are marked for translation (context
"messages") and translated when shown.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NamedTuple

from activation_wizard import i18n
from activation_wizard.errors import ServerRejected, WizardError
from activation_wizard.i18n import QT_TRANSLATE_NOOP


class Message(NamedTuple):  # (not a dataclass: built before the first frame)
    title: str
    what: str
    todo: str


# Reasons and their advice: exceptions carry the keys, these word them.
SIGN_IN_AGAIN = {
    "spent": QT_TRANSLATE_NOOP(
        "messages",
        "That sign-in was used already: each sign-in with your organisation counts once.",
    ),
    "recover": QT_TRANSLATE_NOOP(
        "messages",
        "The license server already has this device on your organisation's license. To "
        "fetch that activation, this computer needs to know which account it belongs to.",
    ),
    "activate": QT_TRANSLATE_NOOP(
        "messages",
        "Your sign-in was used to look up an interrupted activation, which had not reached "
        "the license server. Activating needs one more sign-in.",
    ),
}


# Why an air-gapped activation's code or file was refused (errors.AirGapRefused).
AIRGAP_REASONS = {
    "not_configured": QT_TRANSLATE_NOOP(
        "messages",
        "this program is not set up for activation without a network (it has no air-gap key)",
    ),
    "length": QT_TRANSLATE_NOOP(
        "messages", "the code is not complete: it has a different number of characters"
    ),
    "characters": QT_TRANSLATE_NOOP("messages", "the code has characters a code cannot have"),
    "check": QT_TRANSLATE_NOOP(
        "messages", "group {group} of the code looks mistyped: compare it character by character"
    ),
    "initialization": QT_TRANSLATE_NOOP(
        "messages", "the initialization code is not one: copy it from the portal again"
    ),
    "signature": QT_TRANSLATE_NOOP(
        "messages",
        "the confirmation code is not the one for this computer, license key and policy: "
        "compare it character by character, or ask the portal again",
    ),
    "policy": QT_TRANSLATE_NOOP(
        "messages", "the policy file is not one, or has fields a license cannot have"
    ),
    "bad_key": QT_TRANSLATE_NOOP(
        "messages",
        "the program's air-gap key (airgap.public_key) is not a P-256 key: its vendor must "
        "correct it; no code was made",
    ),
    "given_back": QT_TRANSLATE_NOOP(
        "messages",
        "this confirmation code's seat was given back when this computer was deactivated: "
        "ask the portal for a new one",
    ),
    "initialization_other": QT_TRANSLATE_NOOP(
        "messages",
        "this is not the initialization code the license was activated with here: the "
        "portal would refuse its code, and the activation was kept",
    ),
    "not_air_gapped": QT_TRANSLATE_NOOP(
        "messages",
        "this computer's activation was not made with codes: deactivate it online or by file",
    ),
    "offline_only": QT_TRANSLATE_NOOP(
        "messages",
        "this activation was made with codes read out, and the license server does not know "
        "it: it is freed with a deactivation code (airgap deactivate)",
    ),
    "other_product": QT_TRANSLATE_NOOP("messages", "the policy file is for another product"),
}

# Why the official SDK's license file cannot be adopted (errors.SdkFileRefused).
SDK_FILE_REASONS = {
    "missing": QT_TRANSLATE_NOOP("messages", "there is no such file"),
    "unreadable": QT_TRANSLATE_NOOP(
        "messages",
        "it is not a license file of this program's SDK: another program's key, another "
        "format, or damaged",
    ),
    "no_license": QT_TRANSLATE_NOOP("messages", "it holds no license of this product"),
    "other_device": QT_TRANSLATE_NOOP(
        "messages",
        "it was made for another hardware id (the program's configuration should set "
        'device.hardware_id = "sdk")',
    ),
    "offline": QT_TRANSLATE_NOOP(
        "messages",
        "it was activated offline, which the license server cannot confirm; activate offline "
        "in the wizard",
    ),
    "not_on_server": QT_TRANSLATE_NOOP(
        "messages",
        "the license server no longer has this device's activation (it was deactivated or "
        "moved); activate again",
    ),
    "other_license": QT_TRANSLATE_NOOP(
        "messages",
        "this computer already holds another activation of this product here; deactivate it first",
    ),
}

OFFLINE_REASONS = {
    "signature": QT_TRANSLATE_NOOP(
        "messages",
        "its signature does not match: it was changed, or not made by the license server for "
        "this program",
    ),
    "no_request": QT_TRANSLATE_NOOP(
        "messages",
        "there is no offline request waiting on this computer (it was used or cancelled); write "
        "a new request file",
    ),
    "other_request": QT_TRANSLATE_NOOP(
        "messages",
        "it answers another request than the one waiting on this computer (an older file, or one "
        "for another computer)",
    ),
    "other_device": QT_TRANSLATE_NOOP("messages", "it was made for another computer"),
    "other_product": QT_TRANSLATE_NOOP("messages", "it is for another product"),
    "type": QT_TRANSLATE_NOOP(
        "messages",
        "this license type cannot be activated offline (only trial, perpetual and consumption "
        "licenses can)",
    ),
    "future": QT_TRANSLATE_NOOP(
        "messages", "it is dated in the future: check this computer's date and time"
    ),
    "other_license": QT_TRANSLATE_NOOP(
        "messages", "it is for another license than the one this computer asked for"
    ),
    "disabled": QT_TRANSLATE_NOOP("messages", "the license is disabled"),
    "expired": QT_TRANSLATE_NOOP("messages", "the license has expired"),
    "older": QT_TRANSLATE_NOOP("messages", "it is older than the license already on this computer"),
}


USER_FILE_REASONS = (
    QT_TRANSLATE_NOOP("messages", "it is a symbolic link; choose another name"),
    QT_TRANSLATE_NOOP("messages", "it is a folder"),
    QT_TRANSLATE_NOOP("messages", "it is not a regular file"),
    QT_TRANSLATE_NOOP("messages", "it is far larger than such a file can be"),
)


ACTIVATION_REASONS = {
    "signature": QT_TRANSLATE_NOOP(
        "messages", "the saved license data was altered or not signed by the license server"
    ),
    "other_device": QT_TRANSLATE_NOOP(
        "messages", "it was made for another device (it may have been copied here)"
    ),
    "other_product": QT_TRANSLATE_NOOP("messages", "it belongs to another product"),
    "expired": QT_TRANSLATE_NOOP("messages", "the license has expired"),
    "clock_rolled_back": QT_TRANSLATE_NOOP(
        "messages",
        "this computer's clock is behind the time the activation was last "
        "used; check the date and time",
    ),
    "document_missing": QT_TRANSLATE_NOOP(
        "messages", "the activation file is missing from the data folder"
    ),
    "document_corrupt": QT_TRANSLATE_NOOP(
        "messages",
        "the saved activation is damaged or does not match its key in the "
        "system's credential store",
    ),
    "keyring_item_missing": QT_TRANSLATE_NOOP(
        "messages", "its key in the system keyring is missing"
    ),
    "disabled": QT_TRANSLATE_NOOP("messages", "the license server reports the license as disabled"),
    "not_active": QT_TRANSLATE_NOOP(
        "messages", "the license server no longer has this device on the license"
    ),
    "check_needed": QT_TRANSLATE_NOOP(
        "messages",
        "it has not been checked with the license server for longer than this program "
        "allows without a connection",
    ),
    "unbound": QT_TRANSLATE_NOOP(
        "messages",
        "the saved license data belongs to another license, account or device, or is no "
        "license at all",
    ),
}


_ACTIVATE_AGAIN = QT_TRANSLATE_NOOP(
    "messages",
    "Activate again. If this device was already counted, that does not use another seat.",
)
# What helps, where activating again would not.
ACTIVATION_TODO = {
    "expired": QT_TRANSLATE_NOOP(
        "messages", "Renew the license with the vendor; then check again or activate the new one."
    ),
    "clock_rolled_back": QT_TRANSLATE_NOOP(
        "messages",
        "Set the correct date, time and time zone. If the clock is right now "
        "(it was ahead once), connect to the internet and check the license again: "
        "the license server's time sets it straight.",
    ),
    "disabled": QT_TRANSLATE_NOOP(
        "messages",
        "Ask the vendor's support to enable the license, then check it again.",
    ),
    "other_product": QT_TRANSLATE_NOOP(
        "messages", "Use the activation wizard that came with this product."
    ),
    "check_needed": QT_TRANSLATE_NOOP(
        "messages",
        "Connect to the internet and check the license (Check now, or "
        "activation-wizard check). Nothing needs to be activated again.",
    ),
}


# --- the catalogue ----------------------------------------------------------

_RETRY_LATER = QT_TRANSLATE_NOOP(
    "messages", "Try again in a few minutes. If it keeps happening, contact support."
)
_FINISH_DEACTIVATION = QT_TRANSLATE_NOOP(
    "messages",
    "Try again, or start this program again: the deactivation is finished then, "
    "and this computer keeps its activation until it is.",
)
_CONTACT_VENDOR = QT_TRANSLATE_NOOP(
    "messages", "Contact the software vendor's support and quote the code below."
)

MESSAGES: dict[str, Message] = {
    "unexpected": Message(
        QT_TRANSLATE_NOOP("messages", "Something went wrong"),
        QT_TRANSLATE_NOOP(
            "messages",
            "An unexpected error stopped the activation. Nothing was changed on this device.",
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Try again. If it happens again, copy the details and send them to support."
        ),
    ),
    "config_invalid": Message(
        QT_TRANSLATE_NOOP("messages", "The activation settings are incomplete"),
        QT_TRANSLATE_NOOP(
            "messages", "Problem with the setting {field}: {problem}. (It came from {source}.)"
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Correct that setting, or ask the software vendor for a working configuration.",
        ),
    ),
    "config_missing": Message(
        QT_TRANSLATE_NOOP("messages", "The activation settings are incomplete"),
        QT_TRANSLATE_NOOP(
            "messages", "The setting {field} is not set (looked in: {source}): {problem}."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Set it, or ask the software vendor for a working configuration.",
        ),
    ),
    "config_syntax": Message(
        QT_TRANSLATE_NOOP("messages", "The settings file cannot be read"),
        QT_TRANSLATE_NOOP("messages", "{source} is not a valid settings file (TOML): {problem}."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Correct the file (often a missing quote or bracket on the line named), or ask "
            "the software vendor for a working one.",
        ),
    ),
    "ledger_damaged": Message(
        QT_TRANSLATE_NOOP("messages", "The uses not yet sent cannot be read"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The file {path} was changed outside this program, or is damaged, so what it "
            "says is not sent to the license server.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Tell the vendor's support: uses in it may not have been counted. Removing the "
            "file starts the count anew.",
        ),
    ),
    "uses_kept": Message(
        QT_TRANSLATE_NOOP("messages", "Uses kept for later"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server could not be reached, or its answer did not arrive: the "
            "uses not yet confirmed ({waiting} in all) are kept on this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "They are sent, or settled, with the next count or check, and never counted "
            "twice. Do not count them again.",
        ),
    ),
    "network": Message(
        QT_TRANSLATE_NOOP("messages", "Could not reach the license server"),
        QT_TRANSLATE_NOOP(
            "messages", "The connection to the license server failed before it could answer."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check your internet connection and try again. Nothing was changed.",
        ),
    ),
    "dns": Message(
        QT_TRANSLATE_NOOP("messages", "License server not found"),
        QT_TRANSLATE_NOOP(
            "messages", "This computer could not look up the license server's address."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check that you are online (and any proxy or VPN settings), then try again. "
            "Nothing was changed.",
        ),
    ),
    "connect": Message(
        QT_TRANSLATE_NOOP("messages", "Could not connect to the license server"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server did not accept a connection from this computer."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check your internet connection, firewall or proxy, then try again. "
            "Nothing was changed.",
        ),
    ),
    "timeout": Message(
        QT_TRANSLATE_NOOP("messages", "The license server took too long"),
        QT_TRANSLATE_NOOP(
            "messages",
            "No answer came back in time. The server may or may not have acted on the request.",
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Try again: trying again on this device does not use another seat."
        ),
    ),
    "answer_lost": Message(
        QT_TRANSLATE_NOOP("messages", "The answer from the license server was lost"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The request reached the license server, but the connection broke before its "
            "answer arrived. The server may have recorded it.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again: this device is recognised, so trying again does not use another seat.",
        ),
    ),
    # Single sign-on codes are single-use: a lost answer is settled by the next sign-in.
    "timeout@sso": Message(
        QT_TRANSLATE_NOOP("messages", "The license server took too long"),
        QT_TRANSLATE_NOOP(
            "messages",
            "No answer came back in time. The server may or may not have activated this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Sign in again: the server is asked about this activation first, so no seat "
            "is used twice.",
        ),
    ),
    "answer_lost@sso": Message(
        QT_TRANSLATE_NOOP("messages", "The answer from the license server was lost"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The request reached the license server, but the connection broke before its "
            "answer arrived. The server may have activated this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Sign in again: the server is asked about this activation first, so no seat "
            "is used twice.",
        ),
    ),
    "timeout@deactivation": Message(
        QT_TRANSLATE_NOOP("messages", "The license server took too long"),
        QT_TRANSLATE_NOOP(
            "messages",
            "No answer came back in time. The server may or may not have freed the seat.",
        ),
        _FINISH_DEACTIVATION,
    ),
    "answer_lost@deactivation": Message(
        QT_TRANSLATE_NOOP("messages", "The answer from the license server was lost"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The request reached the license server, but the connection broke before its "
            "answer arrived. The server may have freed the seat.",
        ),
        _FINISH_DEACTIVATION,
    ),
    "tls": Message(
        QT_TRANSLATE_NOOP("messages", "Secure connection failed"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server's certificate could not be verified.{issuer} "
            "Something between you and the server (often a company proxy) may be "
            "intercepting traffic.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try another network, or ask your IT department to allow the license server.",
        ),
    ),
    "insecure_url": Message(
        QT_TRANSLATE_NOOP("messages", "Insecure server address"),
        QT_TRANSLATE_NOOP("messages", "The license server address {url} does not use HTTPS."),
        QT_TRANSLATE_NOOP(
            "messages", "Only local test servers may use plain http://. Fix the api url setting."
        ),
    ),
    "cancelled": Message(
        QT_TRANSLATE_NOOP("messages", "Activation cancelled"),
        QT_TRANSLATE_NOOP(
            "messages",
            "You cancelled the request. Whatever the server had already done with it is "
            "undone (or checked the next time, if the server cannot be asked now).",
        ),
        QT_TRANSLATE_NOOP("messages", "Start the activation again when you are ready."),
    ),
    "protocol": Message(
        QT_TRANSLATE_NOOP("messages", "Unexpected answer from the license server"),
        QT_TRANSLATE_NOOP("messages", "The server's answer was not in the expected form."),
        _RETRY_LATER,
    ),
    "signature_invalid": Message(
        QT_TRANSLATE_NOOP("messages", "The server's answer could not be verified"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server's reply was not signed with the expected key, so it was "
            "not trusted. It may have been altered on the way.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try another network. If it persists, contact support: the public key in the "
            "settings may be wrong.",
        ),
    ),
    "answer_mismatch": Message(
        QT_TRANSLATE_NOOP("messages", "The server's answer does not fit the request"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The answer is signed by the license server, but it does not belong to this "
            "request: it names another license, account, computer or product, or answers "
            "another question. Nothing was kept.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again. If it keeps happening, something on this computer or network is "
            "sending old answers: try another network, or contact support.",
        ),
    ),
    "server_error": Message(
        QT_TRANSLATE_NOOP("messages", "The license server has a problem"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server failed to handle the request (HTTP {status}).{retry_hint}",
        ),
        QT_TRANSLATE_NOOP("messages", "Try again later. If it keeps happening, contact support."),
    ),
    "gateway_failed": Message(
        QT_TRANSLATE_NOOP("messages", "The license server has a problem"),
        QT_TRANSLATE_NOOP(
            "messages",
            "A gateway in front of the license server failed (HTTP {status}).{retry_hint}",
        ),
        QT_TRANSLATE_NOOP("messages", "Try again later. If it keeps happening, contact support."),
    ),
    "gateway_failed@activation": Message(
        QT_TRANSLATE_NOOP("messages", "The license server has a problem"),
        QT_TRANSLATE_NOOP(
            "messages",
            "A gateway in front of the license server failed (HTTP {status}). The server "
            "may have activated this computer all the same.{retry_hint}",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again later: the server is asked about this activation first, so no seat "
            "is used twice.",
        ),
    ),
    "gateway_failed@deactivation": Message(
        QT_TRANSLATE_NOOP("messages", "The license server has a problem"),
        QT_TRANSLATE_NOOP(
            "messages",
            "A gateway in front of the license server failed (HTTP {status}). The server "
            "may have freed the seat all the same.{retry_hint}",
        ),
        _FINISH_DEACTIVATION,
    ),
    "rate_limited": Message(
        QT_TRANSLATE_NOOP("messages", "The license server is busy"),
        QT_TRANSLATE_NOOP(
            "messages", "Too many requests reached the license server in a short time."
        ),
        QT_TRANSLATE_NOOP("messages", "Try again later{retry_hint}."),
    ),
    "server_rejected": Message(
        QT_TRANSLATE_NOOP("messages", "The license server refused the request"),
        QT_TRANSLATE_NOOP("messages", "The server said: {message}"),
        _CONTACT_VENDOR,
    ),
    "unknown_product": Message(
        QT_TRANSLATE_NOOP("messages", "Unknown product"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server does not know the product this program is set up for."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "This is a setup problem of the program, not of your key. "
            "Contact the software vendor's support and quote the code below.",
        ),
    ),
    "license_not_found": Message(
        QT_TRANSLATE_NOOP("messages", "License not found"),
        QT_TRANSLATE_NOOP("messages", "No license matches the key you entered."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check the key for typos (compare it with your purchase e-mail) and try again.",
        ),
    ),
    "license_not_enabled": Message(
        QT_TRANSLATE_NOOP("messages", "License disabled"),
        QT_TRANSLATE_NOOP("messages", "This license exists but has been disabled by the vendor."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Contact the vendor's support or your purchasing contact to have it enabled.",
        ),
    ),
    "vm_not_allowed": Message(
        QT_TRANSLATE_NOOP("messages", "Virtual machines are not allowed"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This license cannot be activated inside a virtual machine or container, and "
            "this device was detected as one.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Activate on a physical computer, or ask the vendor for a license that allows "
            "virtual machines.",
        ),
    ),
    "offline_floating_cloud_not_supported": Message(
        QT_TRANSLATE_NOOP("messages", "Offline activation not possible"),
        QT_TRANSLATE_NOOP(
            "messages", "This is a floating cloud license, which cannot be activated offline."
        ),
        QT_TRANSLATE_NOOP("messages", "Connect to the internet and activate online instead."),
    ),
    "license_start_date_error": Message(
        QT_TRANSLATE_NOOP("messages", "License not started yet"),
        QT_TRANSLATE_NOOP(
            "messages", "This license cannot be activated before its start date{start}."
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Try again on or after the start date, or contact the vendor."
        ),
    ),
    "blacklisted": Message(
        QT_TRANSLATE_NOOP("messages", "Device blocked"),
        QT_TRANSLATE_NOOP(
            "messages", "The vendor has blocked this device from activating licenses."
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Contact the vendor's support; only they can lift the block."
        ),
    ),
    "license_activated_max_times": Message(
        QT_TRANSLATE_NOOP("messages", "All seats are in use"),
        QT_TRANSLATE_NOOP(
            "messages", "This license is already activated on the maximum number of devices."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Deactivate it on a device you no longer use (in that program or the vendor's "
            "customer portal), then try again here.",
        ),
    ),
    "license_user_activated_max_times": Message(
        QT_TRANSLATE_NOOP("messages", "Your account has used all its activations"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Your user account has already activated this license the maximum number of times.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Deactivate one of your other devices, or ask your administrator for more seats.",
        ),
    ),
    "license_expired": Message(
        QT_TRANSLATE_NOOP("messages", "License expired"),
        QT_TRANSLATE_NOOP("messages", "The validity period of this license has ended."),
        QT_TRANSLATE_NOOP("messages", "Renew the license with the vendor, then activate again."),
    ),
    "license_transferred_max_times": Message(
        QT_TRANSLATE_NOOP("messages", "No transfers left"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This license has already been moved between devices the maximum number of times.",
        ),
        QT_TRANSLATE_NOOP("messages", "Contact the vendor's support to reset the transfer limit."),
    ),
    "license_device_exists": Message(
        QT_TRANSLATE_NOOP("messages", "Device already activated"),
        QT_TRANSLATE_NOOP("messages", "This device is already activated on this license."),
        QT_TRANSLATE_NOOP("messages", "Nothing to do: the existing activation is used."),
    ),
    "license_not_active": Message(
        QT_TRANSLATE_NOOP("messages", "License not active"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server reports this license as not active on this device."
        ),
        QT_TRANSLATE_NOOP("messages", "Activate the license again."),
    ),
    "device_not_found": Message(
        QT_TRANSLATE_NOOP("messages", "Device not registered"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server has no active record of this device on the license."
        ),
        QT_TRANSLATE_NOOP("messages", "Activate this device again."),
    ),
    "floating_not_available": Message(
        QT_TRANSLATE_NOOP("messages", "All floating seats are in use"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Every seat of this floating license is taken by other computers right now.{seats}",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again later (a seat frees itself when its program ends or stops checking "
            "in), or ask your administrator for more seats.",
        ),
    ),
    "license_borrow_not_allowed": Message(
        QT_TRANSLATE_NOOP("messages", "This license cannot be borrowed"),
        QT_TRANSLATE_NOOP(
            "messages", "The vendor does not allow taking a seat of this license offline."
        ),
        QT_TRANSLATE_NOOP("messages", "Stay connected while you use the program."),
    ),
    "borrow_until_not_valid": Message(
        QT_TRANSLATE_NOOP("messages", "That end date cannot be used"),
        QT_TRANSLATE_NOOP(
            "messages",
            "A seat can be borrowed from now until at most the license's borrowing limit allows.",
        ),
        QT_TRANSLATE_NOOP("messages", "Choose an earlier end, in the future."),
    ),
    "license_not_enough_consumptions": Message(
        QT_TRANSLATE_NOOP("messages", "Not enough left on this license"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This use would go beyond what the license allows (including any overage).",
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Ask the vendor for more, or wait until the license's usage resets."
        ),
    ),
    "feature_not_enough_consumptions": Message(
        QT_TRANSLATE_NOOP("messages", "Not enough left of this feature"),
        QT_TRANSLATE_NOOP(
            "messages", "This use would go beyond what the feature allows (including any overage)."
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Ask the vendor for more, or wait until the feature's usage resets."
        ),
    ),
    "license_not_consumption": Message(
        QT_TRANSLATE_NOOP("messages", "Not a consumption license"),
        QT_TRANSLATE_NOOP("messages", "This license does not count uses."),
        _CONTACT_VENDOR,
    ),
    "negative_consumptions_not_allowed": Message(
        QT_TRANSLATE_NOOP("messages", "Uses cannot be given back"),
        QT_TRANSLATE_NOOP("messages", "This license does not allow taking counted uses back."),
        QT_TRANSLATE_NOOP("messages", "Count only new uses (a positive number)."),
    ),
    "invalid_license_feature_code": Message(
        QT_TRANSLATE_NOOP("messages", "Unknown feature"),
        QT_TRANSLATE_NOOP("messages", "This license has no feature with that code."),
        QT_TRANSLATE_NOOP(
            "messages", "Check the feature's code (activation-wizard features lists them)."
        ),
    ),
    "feature_not_floating": Message(
        QT_TRANSLATE_NOOP("messages", "Not a floating feature"),
        QT_TRANSLATE_NOOP(
            "messages", "This feature is not shared between computers: it has no seat to free."
        ),
        QT_TRANSLATE_NOOP("messages", "Nothing needs to be done."),
    ),
    "floating_feature_device_not_in_use": Message(
        QT_TRANSLATE_NOOP("messages", "This computer holds no seat of that feature"),
        QT_TRANSLATE_NOOP("messages", "The feature's seat was already freed, or never taken here."),
        QT_TRANSLATE_NOOP("messages", "Nothing needs to be done."),
    ),
    "unsupported_product_feature": Message(
        QT_TRANSLATE_NOOP("messages", "Feature not supported"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server does not support this for the product's features."
        ),
        _CONTACT_VENDOR,
    ),
    "active_license_required": Message(
        QT_TRANSLATE_NOOP("messages", "An active license is needed"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server answers this only for a device with an active license.",
        ),
        QT_TRANSLATE_NOOP("messages", "Activate (or check) the license first, then try again."),
    ),
    "version_not_found": Message(
        QT_TRANSLATE_NOOP("messages", "No such version"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server has no installation file for that version."
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Ask for the latest version (without a version), or check its name."
        ),
    ),
    "date_header_diff": Message(
        QT_TRANSLATE_NOOP("messages", "Your clock is wrong"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server rejected the request because this computer's date or time "
            "differs from the real time by more than 15 minutes.{skew}",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Set the correct date, time and time zone (turn on automatic time), then try again.",
        ),
    ),
    "signature_mismatch": Message(
        QT_TRANSLATE_NOOP("messages", "The program's credentials were rejected"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server did not accept this program's request signature."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "This is a setup problem of the program (its shared key). "
            "Contact the software vendor's support and quote the code below.",
        ),
    ),
    "invalid_api_key": Message(
        QT_TRANSLATE_NOOP("messages", "The program's credentials were rejected"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server does not recognise this program's API key."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "This is a setup problem of the program. "
            "Contact the software vendor's support and quote the code below.",
        ),
    ),
    "authorization_missing_params": Message(
        QT_TRANSLATE_NOOP("messages", "The program's request was incomplete"),
        QT_TRANSLATE_NOOP("messages", "The request was missing authorisation details."),
        _CONTACT_VENDOR,
    ),
    "authorization_invalid_headers": Message(
        QT_TRANSLATE_NOOP("messages", "The program's request was malformed"),
        QT_TRANSLATE_NOOP("messages", "The request's authorisation header was not valid."),
        _CONTACT_VENDOR,
    ),
    "hmac_required": Message(
        QT_TRANSLATE_NOOP("messages", "The program's request was not signed"),
        QT_TRANSLATE_NOOP("messages", "The license server requires signed requests."),
        _CONTACT_VENDOR,
    ),
    "api_key_product_not_allowed": Message(
        QT_TRANSLATE_NOOP("messages", "The program's credentials do not cover this product"),
        QT_TRANSLATE_NOOP(
            "messages", "The API key this program uses may not activate this product."
        ),
        _CONTACT_VENDOR,
    ),
    "missing_parameters": Message(
        QT_TRANSLATE_NOOP("messages", "The request was incomplete"),
        QT_TRANSLATE_NOOP("messages", "The license server said: {message}"),
        _CONTACT_VENDOR,
    ),
    "missing_headers": Message(
        QT_TRANSLATE_NOOP("messages", "The request was incomplete"),
        QT_TRANSLATE_NOOP("messages", "The license server said: {message}"),
        _CONTACT_VENDOR,
    ),
    "missing_hardware_id": Message(
        QT_TRANSLATE_NOOP("messages", "No device identity"),
        QT_TRANSLATE_NOOP("messages", "The request did not identify this device."),
        _CONTACT_VENDOR,
    ),
    "license_key_required": Message(
        QT_TRANSLATE_NOOP("messages", "License key required"),
        QT_TRANSLATE_NOOP("messages", "This product is activated with a license key."),
        QT_TRANSLATE_NOOP("messages", "Enter your license key and try again."),
    ),
    "license_not_found@user": Message(
        QT_TRANSLATE_NOOP("messages", "E-mail or password not accepted"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server did not accept this e-mail address and password, or the "
            "account has no license for this product.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check the e-mail address and the password (letter case matters), then try again. "
            "Forgot the password? Reset it, or ask whoever gave you the account.",
        ),
    ),
    "license_not_found@trial": Message(
        QT_TRANSLATE_NOOP("messages", "Trial not found"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server did not find the trial it had just started."
        ),
        _RETRY_LATER,
    ),
    "license_key_required@user": Message(
        QT_TRANSLATE_NOOP("messages", "This product uses license keys"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server expects a license key for this product, not an account."
        ),
        QT_TRANSLATE_NOOP(
            "messages", 'Go back to the first page and choose "I have a license key".'
        ),
    ),
    "license_activated_max_times@user": Message(
        QT_TRANSLATE_NOOP("messages", "All seats of this license are in use"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license your account uses is already activated on the maximum number of devices.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Deactivate it on a device you no longer use, pick another license if your account "
            "has one, or ask your administrator for more seats.",
        ),
    ),
    "disabled_product": Message(
        QT_TRANSLATE_NOOP("messages", "Product not available"),
        QT_TRANSLATE_NOOP(
            "messages", "The vendor has disabled this product on the license server."
        ),
        _CONTACT_VENDOR,
    ),
    "archived_product": Message(
        QT_TRANSLATE_NOOP("messages", "Product no longer available"),
        QT_TRANSLATE_NOOP(
            "messages", "The vendor has archived this product on the license server."
        ),
        _CONTACT_VENDOR,
    ),
    "invalid_product_auth_method": Message(
        QT_TRANSLATE_NOOP("messages", "This product uses another way to activate"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server expects the other kind of activation for this product "
            "(a license key instead of an account, or the reverse).",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Go back to the first page and choose the other way. If none works, contact the "
            "vendor's support.",
        ),
    ),
    "trial_not_allowed": Message(
        QT_TRANSLATE_NOOP("messages", "No free trial for this product"),
        QT_TRANSLATE_NOOP(
            "messages", "The vendor does not offer a trial of this product, or not to this device."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Buy a license, or ask the vendor about a trial. If you already have a key or an "
            "account, go back and use that.",
        ),
    ),
    "trial_expired": Message(
        QT_TRANSLATE_NOOP("messages", "Your trial has ended"),
        QT_TRANSLATE_NOOP("messages", "The free trial of this product on this device is over."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Buy a license to go on using it; then activate with its key or your account.",
        ),
    ),
    "email_missing": Message(
        QT_TRANSLATE_NOOP("messages", "E-mail address needed"),
        QT_TRANSLATE_NOOP(
            "messages", "A trial of this product is tied to an e-mail address, and none was given."
        ),
        QT_TRANSLATE_NOOP("messages", "Enter your e-mail address and try again."),
    ),
    "change_password_not_allowed": Message(
        QT_TRANSLATE_NOOP("messages", "Password cannot be changed here"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The vendor does not allow changing this account's password from the program.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Keep using your current password, or change it in the vendor's customer portal.",
        ),
    ),
    "customer_account_not_found": Message(
        QT_TRANSLATE_NOOP("messages", "Organisation not found"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server does not know the organisation (customer account) given.",
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Check the organisation code with your administrator, then try again."
        ),
    ),
    "customer_not_found": Message(
        QT_TRANSLATE_NOOP("messages", "Customer not found"),
        QT_TRANSLATE_NOOP("messages", "The license server does not know that customer."),
        QT_TRANSLATE_NOOP("messages", "Check the e-mail address, or contact the vendor's support."),
    ),
    "validation_error": Message(
        QT_TRANSLATE_NOOP("messages", "The request was not accepted"),
        QT_TRANSLATE_NOOP("messages", "The license server said: {message}"),
        _CONTACT_VENDOR,
    ),
    "oauth_token_expired": Message(
        QT_TRANSLATE_NOOP("messages", "The program's sign-in to the license server expired"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The license server no longer accepted the program's access token, even after "
            "a fresh one was fetched.",
        ),
        _RETRY_LATER,
    ),
    "oauth_token_malformed": Message(
        QT_TRANSLATE_NOOP("messages", "The program's sign-in to the license server failed"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server did not accept the program's access token."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "This is a setup problem of the program (its OAuth client). "
            "Contact the software vendor's support and quote the code below.",
        ),
    ),
    "oauth_client_rejected": Message(
        QT_TRANSLATE_NOOP("messages", "The program's credentials were rejected"),
        QT_TRANSLATE_NOOP("messages", "The sign-in server refused this program's OAuth client."),
        QT_TRANSLATE_NOOP(
            "messages",
            "This is a setup problem of the program (client id or secret). "
            "Contact the software vendor's support and quote the code below.",
        ),
    ),
    "oauth_token_failed": Message(
        QT_TRANSLATE_NOOP("messages", "The program could not sign in to the license server"),
        QT_TRANSLATE_NOOP("messages", "The sign-in server answered without a usable access token."),
        _RETRY_LATER,
    ),
    "usage": Message(
        QT_TRANSLATE_NOOP("messages", "Please check your input"),
        QT_TRANSLATE_NOOP("messages", "{field}: {problem}."),
        QT_TRANSLATE_NOOP("messages", "Correct it and try again; nothing was sent."),
    ),
    "sso_failed": Message(
        QT_TRANSLATE_NOOP("messages", "Single sign-on did not succeed"),
        QT_TRANSLATE_NOOP("messages", "Signing in through your organisation failed."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again. If it keeps failing, contact your IT department or the vendor's support.",
        ),
    ),
    "sso_answer_invalid": Message(
        QT_TRANSLATE_NOOP("messages", "That sign-in answer cannot be used"),
        QT_TRANSLATE_NOOP(
            "messages", "The address or code given is not the answer to this sign-in: {reason}."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Sign in again in the browser, then copy the whole address from the browser's "
            "address bar once the page says you are signed in.",
        ),
    ),
    "sso_denied": Message(
        QT_TRANSLATE_NOOP("messages", "Your organisation did not sign you in"),
        QT_TRANSLATE_NOOP("messages", "The sign-in page answered: {detail}."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again, or ask your IT department whether your account may use this product.",
        ),
    ),
    "sso_timeout": Message(
        QT_TRANSLATE_NOOP("messages", "Sign-in took too long"),
        QT_TRANSLATE_NOOP("messages", "No answer came back from the browser within {waited}."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Start the sign-in again and finish it in the browser, or paste the address the "
            "browser ended on.",
        ),
    ),
    "sso_sign_in_again": Message(
        QT_TRANSLATE_NOOP("messages", "Sign in once more"),
        "{why}",
        QT_TRANSLATE_NOOP(
            "messages",
            "Sign in with your organisation again; no extra seat is used. (Your browser may "
            "not even ask for the password.)",
        ),
    ),
    "sso_port_busy": Message(
        QT_TRANSLATE_NOOP("messages", "Cannot wait for the browser"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Port {port} on this computer, where the browser is sent back after signing in, "
            "is used by another program.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Close the other program and try again, or paste the address the browser ends on.",
        ),
    ),
    "customer_account_not_found@sso": Message(
        QT_TRANSLATE_NOOP("messages", "Organisation not found"),
        QT_TRANSLATE_NOOP(
            "messages", "The license server does not know the organisation code {account}."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Check the code with your IT department (letter case matters), then try again.",
        ),
    ),
    "license_not_found@sso": Message(
        QT_TRANSLATE_NOOP("messages", "No license for your account"),
        QT_TRANSLATE_NOOP(
            "messages",
            "You signed in, but your organisation account has no license for this product, or "
            "the sign-in answer was already used or expired.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Sign in again. If it keeps happening, ask your administrator for a license.",
        ),
    ),
    "activation_exists": Message(
        QT_TRANSLATE_NOOP("messages", "Another license is active on this device"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This device is activated with {current}. Activating another license here would "
            "leave that seat counted on the server.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Deactivate it first (it frees its seat), or replace it: in the wizard with Use "
            "another license, on the command line with activate --replace.",
        ),
    ),
    "offline_file_invalid": Message(
        QT_TRANSLATE_NOOP("messages", "That file cannot be read"),
        QT_TRANSLATE_NOOP(
            "messages", "The file is not a license file from the vendor's offline portal: {reason}."
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Use the .lic file the portal gave you for this computer's request (or paste its "
            "whole text), then try again.",
        ),
    ),
    "offline_refused": Message(
        QT_TRANSLATE_NOOP("messages", "That license file cannot be used here"),
        QT_TRANSLATE_NOOP("messages", "The license file was refused: {reason}."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Upload this computer's current request file to the vendor's offline portal and "
            "load the license file it gives back.",
        ),
    ),
    "no_usable_license": Message(
        QT_TRANSLATE_NOOP("messages", "No license can be activated"),
        QT_TRANSLATE_NOOP(
            "messages",
            "You signed in, but none of your account's licenses for this product can be "
            "activated now: {detail}.",
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Ask your administrator or the vendor for a license, or use a license key."
        ),
    ),
    "trial_needs_password": Message(
        QT_TRANSLATE_NOOP("messages", "You already have a trial account"),
        QT_TRANSLATE_NOOP(
            "messages",
            "A trial for {email} was started before, so the license server did not create a "
            "new password.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Sign in with that account's password (shown when the trial began, or the one "
            "you chose since).",
        ),
    ),
    "storage": Message(
        QT_TRANSLATE_NOOP("messages", "Could not save the activation"),
        QT_TRANSLATE_NOOP("messages", "Saving the activation on this computer failed."),
        QT_TRANSLATE_NOOP("messages", "Check free disk space and permissions, then try again."),
    ),
    "keyring_unavailable": Message(
        QT_TRANSLATE_NOOP("messages", "No secure credential store"),
        QT_TRANSLATE_NOOP(
            "messages",
            "This computer has no usable credential store (keyring) for the activation.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "On Linux, install and start a Secret Service provider such as GNOME Keyring or "
            "KWallet and log in to a desktop session, then try again.",
        ),
    ),
    "keyring_locked": Message(
        QT_TRANSLATE_NOOP("messages", "Credential store is locked"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The system credential store (keyring) is locked, or its password prompt was "
            "dismissed or could not be shown.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again and enter your keyring (usually your login) password when the system "
            "asks; without a desktop session, unlock the keyring first (for example with "
            "gnome-keyring-daemon --unlock).",
        ),
    ),
    "keyring_prompt": Message(
        QT_TRANSLATE_NOOP("messages", "The keyring's password request was dismissed"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The system asked for the password of the keyring that keeps the activation (to "
            "create or to unlock it), and the request was dismissed or could not be shown.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Try again and answer the system's password window. Without a desktop session, "
            "unlock or create the keyring first (for example with gnome-keyring-daemon --unlock).",
        ),
    ),
    "keyring_denied": Message(
        QT_TRANSLATE_NOOP("messages", "Access to the credential store was denied"),
        QT_TRANSLATE_NOOP(
            "messages", "The system refused this program access to the credential store."
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Allow this program to use the keyring when asked, then try again."
        ),
    ),
    "not_recovery_file": Message(
        QT_TRANSLATE_NOOP("messages", "This is not a saved activation"),
        QT_TRANSLATE_NOOP(
            "messages",
            "{path} is not a recovery file saved by this wizard: it holds something else, or "
            "it was cut short.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Choose the file saved with “Save activation to a file…” (a .json file). Nothing "
            "on this computer was changed.",
        ),
    ),
    "airgap_refused": Message(
        QT_TRANSLATE_NOOP("messages", "Activation by codes: not done"),
        QT_TRANSLATE_NOOP("messages", "{reason}."),
        QT_TRANSLATE_NOOP("messages", "Nothing was changed on this computer."),
    ),
    "sdk_file_refused": Message(
        QT_TRANSLATE_NOOP("messages", "The SDK's license file cannot be taken over"),
        QT_TRANSLATE_NOOP("messages", "{path}: {reason}."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Nothing on this computer was changed, and the license keeps its seat. "
            "Activate in the wizard instead, or ask the program's vendor.",
        ),
    ),
    "user_file_read": Message(
        QT_TRANSLATE_NOOP("messages", "Could not read the file"),
        QT_TRANSLATE_NOOP("messages", "{path} could not be read: {reason}."),
        QT_TRANSLATE_NOOP("messages", "Check the file's name and location, then try again."),
    ),
    "user_file_write": Message(
        QT_TRANSLATE_NOOP("messages", "Could not save the file"),
        QT_TRANSLATE_NOOP("messages", "{path} could not be written: {reason}."),
        QT_TRANSLATE_NOOP("messages", "Choose another name or folder, then try again."),
    ),
    "keyring_no_answer": Message(
        QT_TRANSLATE_NOOP("messages", "The keyring did not answer"),
        QT_TRANSLATE_NOOP(
            "messages",
            "The system credential store (keyring) did not answer within {waited}: it may be "
            "waiting for its password in a prompt that is not shown here, or it is not "
            "responding.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Unlock the keyring (or restart your session), then try again. Scripts can wait "
            "longer with ACTIVATION_WIZARD_KEYRING_TIMEOUT.",
        ),
    ),
    "store_busy": Message(
        QT_TRANSLATE_NOOP("messages", "The activation is in use"),
        QT_TRANSLATE_NOOP(
            "messages",
            "Another program (another window of the activation wizard, or the product itself) "
            "is changing the saved activation and did not finish within {waited}.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Close the other activation windows (one may be waiting for the keyring's "
            "password), then try again.",
        ),
    ),
    "data_folder": Message(
        QT_TRANSLATE_NOOP("messages", "Cannot write the activation folder"),
        QT_TRANSLATE_NOOP("messages", "The folder {path} cannot be written to."),
        QT_TRANSLATE_NOOP(
            "messages", "Check the folder's permissions and free space, then try again."
        ),
    ),
    "activation_invalid": Message(
        QT_TRANSLATE_NOOP("messages", "The saved activation is not valid"),
        QT_TRANSLATE_NOOP(
            "messages", "The activation stored on this computer was rejected: {reason}."
        ),
        QT_TRANSLATE_NOOP("messages", "{todo}"),
    ),
    "activation_changed": Message(
        QT_TRANSLATE_NOOP("messages", "The activation changed meanwhile"),
        QT_TRANSLATE_NOOP(
            "messages",
            "While the license server was being asked, the activation on this computer was "
            "deactivated or replaced, so the answer no longer applies.",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "Look at the current state (the wizard's status page, or activation-wizard status).",
        ),
    ),
    "activation_race": Message(
        QT_TRANSLATE_NOOP("messages", "Another activation finished first"),
        QT_TRANSLATE_NOOP(
            "messages",
            "While this activation was in progress, {winner} was activated on this device "
            "(another window or program). One license per device: this one was undone and "
            "its seat freed again.",
        ),
        QT_TRANSLATE_NOOP(
            "messages", "Keep the one that is active, or replace it with Use another license."
        ),
    ),
    "not_activated": Message(
        QT_TRANSLATE_NOOP("messages", "Not activated"),
        QT_TRANSLATE_NOOP("messages", "This product is not activated on this computer yet."),
        QT_TRANSLATE_NOOP(
            "messages",
            "Run the activation wizard, or 'activation-wizard activate --license-key KEY'.",
        ),
    ),
}


class UserMessage(NamedTuple):
    title: str
    what: str
    todo: str
    code: str  # what support asks for: the server code or our own key
    detail: str = ""  # the developers' words (an exception, a path): for support only

    def as_text(self) -> str:
        details = f"\n(details: {self.detail})" if self.detail else ""
        return f"{self.title}\n{self.what}\n{self.todo}\n(code: {self.code}){details}"


class _Lenient(dict[str, Any]):
    def __missing__(self, name: str) -> str:
        return ""


# Parameters that are catalogue texts themselves, translated like their template.
_TRANSLATED_PARAMS = ("reason", "todo", "why")
# What a server's Retry-After adds to a message, per message.
_RETRY_HINTS = {
    "rate_limited": QT_TRANSLATE_NOOP("messages", " (the server asks for {wait})"),
    "server_error": QT_TRANSLATE_NOOP("messages", " It asks to try again in {wait}."),
}
_RETRY_HINTS["gateway_failed"] = _RETRY_HINTS["server_error"]
_CLOCK_AHEAD = QT_TRANSLATE_NOOP(
    "messages", " This computer's clock is about {amount} ahead of the server's."
)
_CLOCK_BEHIND = QT_TRANSLATE_NOOP(
    "messages", " This computer's clock is about {amount} behind the server's."
)


# Parameters that are reason keys: worded here (an unknown key stands as it is).
_REASON_TEXTS = {
    "offline_refused": ("reason", OFFLINE_REASONS),
    "sdk_file_refused": ("reason", SDK_FILE_REASONS),
    "airgap_refused": ("reason", AIRGAP_REASONS),
    "activation_invalid": ("reason", ACTIVATION_REASONS),
    "sso_sign_in_again": ("why", SIGN_IN_AGAIN),
}


def _word_reasons(key: str, params: dict[str, Any]) -> None:
    if key == "activation_invalid":  # before the reason is worded: its key picks the advice
        params.setdefault("todo", ACTIVATION_TODO.get(params.get("reason", ""), _ACTIVATE_AGAIN))
    name, texts = _REASON_TEXTS.get(key, ("", {}))
    if name in params:
        params[name] = texts.get(params[name], params[name])


def duration(seconds: float) -> str:
    """A wait or a time span as people say it, in the installed language."""
    if seconds < 90:
        return i18n.translate("messages", "%n second(s)", None, max(1, round(seconds)))
    minutes = round(seconds / 60)
    if minutes < 120:
        return i18n.translate("messages", "%n minute(s)", None, minutes)
    return i18n.translate("messages", "%n hour(s)", None, round(minutes / 60))


def _spell_out(key: str, params: dict[str, Any], translate: Callable[[str], str]) -> None:
    """Put the numbers the core keeps (seconds) into the user's words."""
    wait = params.get("retry_after")
    if isinstance(wait, int | float) and key in _RETRY_HINTS:
        params["retry_hint"] = translate(_RETRY_HINTS[key]).format(wait=duration(wait))
    offset = params.get("clock_offset")
    if isinstance(offset, int | float) and abs(offset) >= 120:  # a minute is noise
        sentence = _CLOCK_AHEAD if offset > 0 else _CLOCK_BEHIND
        params["skew"] = translate(sentence).format(amount=duration(abs(offset)))
    waited = params.get("waited")
    if isinstance(waited, int | float):
        params["waited"] = duration(waited)


def describe(exc: BaseException, translate: Callable[[str], str] | None = None) -> UserMessage:
    """What the user reads for ``exc``: never a traceback, never a secret.

    The catalogue's templates are translated (``activation_wizard.i18n``, the installed
    language) before they are filled in; tests may pass ``translate=str``."""
    translate = translate or functools.partial(i18n.translate, "messages")
    if isinstance(exc, WizardError):
        key = exc.key
        params = _Lenient(exc.params, detail=exc.detail)
        detail = exc.detail
    else:
        key, params = "unexpected", _Lenient(detail=type(exc).__name__)
        detail = type(exc).__name__
    _word_reasons(key, params)
    for name in _TRANSLATED_PARAMS:
        if name in params:
            params[name] = translate(params[name])
    if key == "airgap_refused":  # its reason names the group of the code
        params["reason"] = str(params["reason"]).format_map(params)
    _spell_out(key, params, translate)
    context = getattr(exc, "context", "")
    during = getattr(exc, "during", "")
    msg = (
        MESSAGES.get(f"{key}@{context}")
        or MESSAGES.get(f"{key}@{during}")
        or MESSAGES.get(key, MESSAGES["unexpected"])
    )
    code = exc.server_code if isinstance(exc, ServerRejected) else key
    shown = "{detail}" in msg.what + msg.todo
    return UserMessage(
        translate(msg.title).format_map(params),
        translate(msg.what).format_map(params).strip(),
        translate(msg.todo).format_map(params),
        code,
        "" if shown or detail == key else detail,
    )
