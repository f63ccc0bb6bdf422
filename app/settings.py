"""Every setting, once: its place in the TOML file, its field (and so its environment
variable), how it is read, its default and what it does.

The file's layout, the environment variables, the README's table of settings and the
warning about unknown variables all come from this table, so they cannot drift apart.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, NamedTuple

from activation_wizard.setting_files import CaBundle, FileName, FilePath, Picture, PublicKey
from activation_wizard.setting_readers import (
    Choices,
    Colour,
    Flag,
    Hook,
    KeyringService,
    Language,
    OneOf,
    Pattern,
    ProductCode,
    Proxy,
    Reader,
    Seconds,
    Url,
    UrlPath,
    Variables,
    Whole,
)

ENV_PREFIX = "ACTIVATION_WIZARD_"
DEFAULT_API_URL = "https://api.licensespring.com/api/v4"
DEFAULT_KEY_PATTERN = r"[A-Z0-9]{4}(-[A-Z0-9]{4}){3}"
OPTIONAL_DEVICE_FIELDS = (
    "os_ver",
    "hostname",
    "os_hostname",
    "ip",
    "ip_local",
    "mac_address",
    "is_vm",
    "vm_info",
    "app_ver",
    "sdk_ver",
)
METHODS = ("license_key", "user", "trial", "sso")  # ways to activate the welcome page offers
SSO_RESPONSE_TYPES = ("code", "token")
AUTHORIZATION_METHODS = ("license-key", "user")
TRIAL_FIELDS = ("first_name", "last_name", "phone", "company_name")


class Setting(NamedTuple):  # (not a dataclass: see setting_readers.Reader)
    place: str  # "api.url": [api] url = ... in the file; errors name it so
    field: str  # Config's field; ACTIVATION_WIZARD_<FIELD> in the environment
    reader: Reader
    default: Any  # as a file would give it: it is read like any value
    required: bool = False
    flag: bool = False  # also the command-line flag --<field>
    shown: str = ""  # the default in words, where the value does not say it
    help: str = ""  # what it does, in a line (the README's table)

    @property
    def env(self) -> str:
        return ENV_PREFIX + self.field.upper()

    @property
    def option(self) -> str:
        return "--" + self.field.replace("_", "-") if self.flag else ""

    @property
    def ways(self) -> str:
        """Where it may be set (an error about a required setting says so)."""
        flag = f", or {self.option}" if self.flag else ""
        return f"set it in the configuration file, or {self.env}{flag}"


TEXT, FLAG, SECONDS, PICTURE = Reader(), Flag(), Seconds(), Picture()
API_URL = Url(("https://", "http://"), "must start with https://", base=True)
# The host of these is checked after the others', where config._validate says.
TOKEN_URL = Url(("https://", "http://"), "must start with https://", host=False)
LINK = Url(("https://",), "must be an https:// address", "https link", host=False)
PROXY = Proxy(("http://", "https://"), "must be an http:// or https:// proxy URL", "proxy URL")
DEVICE_FIELDS = Choices(OPTIONAL_DEVICE_FIELDS, "field names", "unknown field(s) {unknown}", False)
WITHOUT_DETAILS = "if product_details can neither be fetched nor found cached"

# The order of the file's tables and of their keys; the README's table follows it.
# fmt: off
SETTINGS = (
    Setting("product.code", "product", ProductCode(), "", required=True, flag=True,
            help="The product's short code in LicenseSpring."),
    Setting("product.name", "product_name", TEXT, "", shown="the product code",
            help="The product's name, shown to the user."),
    Setting("product.bundle_code", "bundle_code", ProductCode(), "",
            help="A bundle's product code: one activation covers each product of the bundle."),
    Setting("product.version", "app_ver", TEXT, "",
            help="The program's version, sent as app_ver."),
    Setting("product.support_url", "support_url", LINK, "",
            help='"Can\'t find your license key?" on the key page.'),
    Setting("product.portal_url", "portal_url", LINK, "",
            help="The customer portal, shown when all seats are taken."),
    Setting("product.authorization_method", "authorization_method",
            OneOf(AUTHORIZATION_METHODS, blank=True, dashes=True), "",
            help=f"How customers activate, {WITHOUT_DETAILS}."),
    Setting("product.allow_trial", "allow_trial", FLAG, False,
            help=f"Whether a trial is offered, {WITHOUT_DETAILS}."),
    Setting("api.url", "api_url", API_URL, DEFAULT_API_URL, flag=True,
            help="The License API."),
    Setting("api.api_key", "api_key", TEXT, "", required=True, flag=True,
            help="The API key; not needed with the OAuth client."),
    Setting("api.shared_key", "shared_key", TEXT, "", required=True, flag=True,
            help="The shared key; not needed with the OAuth client."),
    Setting("api.client_id", "client_id", TEXT, "",
            help="An OAuth client (enterprise): with its secret, used instead of the API key."),
    Setting("api.client_secret", "client_secret", TEXT, "",
            help="The OAuth client's secret."),
    Setting("api.token_url", "token_url", TOKEN_URL, "", shown="discovered with GET /oauth_url",
            help="The OAuth token endpoint."),
    Setting("api.public_key", "public_key", PublicKey(), "", flag=True,
            shown="LicenseSpring's published key",
            help="The key the server's answers are signed with: a PEM file or inline PEM."),
    Setting("api.ca_file", "ca_file", CaBundle(), "", flag=True,
            help="An extra CA bundle (e.g. a company proxy's); verification is always on."),
    Setting("api.proxy", "proxy", PROXY, "", shown="`HTTPS_PROXY`, `ALL_PROXY` unless `NO_PROXY`",
            help="A proxy to the License API."),
    Setting("api.connect_timeout", "connect_timeout", SECONDS, 10.0,
            help="How long to wait for a connection."),
    Setting("api.read_timeout", "read_timeout", SECONDS, 30.0,
            help="How long to wait for an answer."),
    Setting("api.prewarm", "prewarm", FLAG, True,
            help="Open the TLS connection on the pages before a request (never sends one), "
            "and keep it for the next; not through a proxy."),
    Setting("device.hardware_id", "hardware_id_provider", TEXT, "default",
            help="`default` (hashed product + OS machine id), `platform` (raw OS id), `sdk` "
            "(the official SDK's own id) or `module:function`."),
    Setting("device.send", "device_fields", DEVICE_FIELDS, list(OPTIONAL_DEVICE_FIELDS),
            help="The optional device fields sent."),
    Setting("device.prevent_vm", "prevent_vm", FLAG, False,
            help="Warn before activating inside a VM or container."),
    Setting("device.variables", "variables", Variables(), None,
            help="Device variables sent with the activation."),
    Setting("device.variables_hook", "variables_hook", Hook(), "",
            help="A function returning more variables: `{name: value}`."),
    Setting("ui.key_pattern", "key_pattern", Pattern(), DEFAULT_KEY_PATTERN,
            help="What a well-formed license key looks like."),
    Setting("ui.methods", "methods", Choices(METHODS), [], shown="what product_details allows",
            help="The ways to activate the welcome page offers."),
    Setting("ui.password_reset_url", "password_reset_url", LINK, "",
            help='"Forgot your password?" on the sign-in page.'),
    Setting("ui.require_password_change", "require_password_change", FLAG, False,
            help="An initial password must be replaced before activating."),
    Setting("ui.language", "language", Language(), "", shown="the system's",
            help="The wizard's language: `de`, `ja_JP`, `de_DE.UTF-8`..."),
    Setting("brand.window_title", "window_title", TEXT, "", shown="`<product name> activation`",
            help="The window's title."),
    Setting("brand.logo", "brand_logo", PICTURE, "", shown="the icon",
            help="A PNG or SVG beside the welcome text."),
    Setting("brand.icon", "brand_icon", PICTURE, "", shown="the wizard's own",
            help="The window's icon."),
    Setting("brand.banner", "brand_banner", PICTURE, "",
            help="A strip across the top of every page."),
    Setting("brand.watermark", "brand_watermark", PICTURE, "",
            help="A tall picture left of the first and the last page."),
    Setting("brand.accent", "brand_accent", Colour(), "",
            help="Titles and focus marks in the vendor's colour."),
    Setting("brand.privacy_url", "privacy_url", LINK, "",
            help="The privacy policy, linked on the welcome page."),
    Setting("trial.fields", "trial_fields", Choices(TRIAL_FIELDS), [],
            help="Asked on the trial page besides the e-mail."),
    Setting("trial.license_policy", "trial_license_policy", TEXT, "",
            shown="the product's default policy", help="A trial policy code."),
    Setting("offline.enabled", "offline_enabled", FLAG, True,
            help='"Activate without internet" with request and license files.'),
    Setting("offline.portal_url", "offline_portal_url", TEXT, "",
            shown="LicenseSpring's; a License API on this machine: its `/offline`",
            help="Where customers upload requests."),
    Setting("offline.request_name", "offline_request_name", FileName(), "activation.req",
            help="The request file's suggested name."),
    Setting("offline.accounts", "offline_accounts", FLAG, True,
            help="Accounts too (their password travels inside the file)."),
    Setting("airgap.public_key", "airgap_public_key", TEXT, "", shown="off",
            help="The vendor's air-gap public key (Base64 of its 64-byte point X, Y): offers "
            "activation by codes read out, for machines with no network."),
    Setting("airgap.policy_file", "airgap_policy_file", FilePath(), "",
            shown="the user picks it",
            help="The license policy file (.lic) shipped with the program for air-gapped "
            "activation."),
    Setting("airgap.check_characters", "airgap_check_characters", FLAG, False,
            help="Codes with a check character per group (the sandbox's portal reads them; "
            "whether LicenseSpring's does is not documented)."),
    Setting("sso.enabled", "sso_enabled", FLAG, False,
            help='Offer "Sign in with my organisation".'),
    Setting("sso.customer_account_code", "sso_account", TEXT, "", shown="the user types it",
            help="The customer account whose identity provider signs in."),
    Setting("sso.redirect_port", "sso_port", Whole(0, 65535), 0,
            help="The loopback port registered with the identity provider; 0: any free port."),
    Setting("sso.redirect_path", "sso_path", UrlPath(), "/callback",
            help="The redirect URI is `http://127.0.0.1:<port><path>`."),
    Setting("sso.response_type", "sso_response_type", OneOf(SSO_RESPONSE_TYPES), "code",
            help="`code` (authorization code) or `token` (implicit: tokens in the URL)."),
    Setting("sso.timeout", "sso_timeout", Whole(10, 3600), 300,
            help="Seconds to wait for the browser."),
    Setting("sso.list_licenses", "sso_list_licenses", FLAG, False,
            help="Ask which license first (with `code` the user signs in twice)."),
    Setting("policy.recheck_every", "recheck_days", Whole(0, 3650), 7,
            help="Days after which the program checks the license online again (the "
            "watchdog, `check`); 0: never on its own."),
    Setting("policy.offline_grace", "offline_grace_days", Whole(0, 3650), 0,
            help="Days an online activation stays valid without a successful check; "
            "0: no limit. Offline (by file) activations renew by refresh file instead."),
    Setting("storage.keyring_service", "keyring_service", KeyringService(), "",
            shown="`activation-wizard:<product code>`",
            help="The service name of the product's secret in the keyring."),
    Setting("storage.data_dir", "data_dir", FilePath(), "", shown="the per-user data folder",
            help="The folder for the wizard's files."),
    Setting("interop.sdk_license_file", "sdk_license_file", TEXT, "", shown="off",
            help="Also keep the official SDK's license file (`LicenseManager.load_license()` "
            "reads it): `default` (the SDK's own place), a folder or a file."),
)
# fmt: on
BY_FIELD = {s.field: s for s in SETTINGS}
BY_PLACE = {s.place: s for s in SETTINGS}
TABLES = {s.place.split(".")[0] for s in SETTINGS}
FIELDS = [s.field for s in SETTINGS]
FLAG_FIELDS = tuple(s.field for s in SETTINGS if s.flag)
LINKS = tuple(s.field for s in SETTINGS if s.reader is LINK)
PICTURES = tuple(s.field for s in SETTINGS if s.reader is PICTURE)

# Settings that no longer exist, with the one value that still reads (it is how the
# program always works now) and why any other cannot be honoured.
RETIRED = {
    "sso.require_state": (
        True,
        "a sign-in answer without this sign-in's state is always refused now (a web page "
        "could send one); remove this setting",
    ),
}

# Environment variables read outside the settings: the config file's path, the CLI's
# keyring wait, and the test suite's demands for a real keyring and for the official
# SDK (packaging/dev test).
_OTHER_ENVIRONMENT = {
    "CONFIG": ("path", "The configuration file."),
    "KEYRING_TIMEOUT": ("seconds; default 30", "How long the CLI waits for the keyring."),
    "REQUIRE_KEYRING": ("`1`", "Tests: fail without a real keyring."),
    "REQUIRE_SDK": ("`1`", "Tests: fail without the official SDK's venv (.venv-sdk)."),
}
OTHER_ENVIRONMENT = tuple(_OTHER_ENVIRONMENT)


def environment_names() -> list[str]:
    """Every ACTIVATION_WIZARD_* variable this program reads."""
    return sorted([s.env for s in SETTINGS] + [ENV_PREFIX + o for o in OTHER_ENVIRONMENT])


def environment_table() -> str:
    """The README's table of settings and their environment variables (a test keeps
    the README's copy equal to this)."""
    rows = [
        "| setting | environment variable | type; default | what it does |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS:
        kind = s.reader.what() + (", required" if s.required else "")
        default = s.shown or s.reader.show(s.default)
        kind += f"; default {default}" if default else ""
        flag = f" Also `{s.option}`." if s.flag else ""
        rows.append(f"| `{s.place}` | `{s.env}` | {kind} | {s.help}{flag} |")
    rows += [
        f"| | `{ENV_PREFIX}{name}` | {kind} | {what} |"
        for name, (kind, what) in _OTHER_ENVIRONMENT.items()
    ]
    return "\n".join(rows)


def unknown_environment(env: Mapping[str, str] | None = None) -> list[tuple[str, str | None]]:
    """ACTIVATION_WIZARD_* variables that are set but mean nothing here (a typo is
    otherwise silently ignored), each with the closest real name, if any."""
    env = os.environ if env is None else env
    known = environment_names()
    unknown = sorted(set(name for name in env if name.startswith(ENV_PREFIX)) - set(known))
    if not unknown:
        return []  # (the usual case: difflib is not even loaded, before the first frame)
    import difflib

    return [
        (name, next(iter(difflib.get_close_matches(name, known, n=1, cutoff=0.8)), None))
        for name in unknown
    ]
