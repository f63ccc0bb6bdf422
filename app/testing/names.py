"""The QA contract: the object names of the wizard's pages and of the controls the
driver uses. They do not change with the language or the brand; a test fails when a
page loses one (tests/qt/test_qa_toolkit.py), and the README lists them."""

from __future__ import annotations

# page -> the controls on it the driver uses (Qt object names).
CONTROLS: dict[str, tuple[str, ...]] = {
    "welcome": (
        "method_license_key",
        "method_user",
        "method_sso",
        "method_trial",
        "offlineButton",
        "importButton",
        "adoptSdkButton",
        "welcomeNote",
    ),
    "license_key": ("licenseKeyEdit", "keyHint"),
    "credentials": ("emailEdit", "passwordEdit"),
    "licenses": ("licenseList", "licensesStatus", "messagePanel"),
    "password": ("newPasswordEdit", "repeatPasswordEdit", "changePasswordButton"),
    "trial": ("trialEmailEdit",),
    "sso": ("ssoAccountEdit", "ssoStartButton", "ssoPasteEdit", "ssoPasteButton"),
    "sso_again": ("ssoAccountEdit", "ssoStartButton"),
    "device": ("deviceJson",),
    "activating": ("activationStatus", "messagePanel", "messageCode", "retryButton"),
    "done": ("licenseDetails", "doneNote"),
    "offline": (
        "offlineKeyEdit",
        "saveRequestButton",
        "loadLicenseButton",
        "licensePaste",
        "offlineAirgapButton",
        "messagePanel",
    ),
    "airgap": (
        "airgapKeyEdit",
        "airgapInitEdit",
        "airgapCodeButton",
        "airgapCode",
        "airgapConfirmEdit",
        "airgapActivateButton",
        "messagePanel",
    ),
    "status": (
        "licenseDetails",
        "statusLine",
        "checkButton",
        "deactivateButton",
        "otherLicenseButton",
    ),
}

PAGES = tuple(CONTROLS)  # a page's object name is "page_" + its name

# The choices of the welcome page, in the words a QA engineer uses, and the
# wizard's own names for them (the radio buttons are "method_" + that name).
WAYS = {"key": "license_key", "account": "user", "organisation": "sso", "trial": "trial"}
