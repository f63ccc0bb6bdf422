"""The vendor configuration: TOML file, then environment, then command-line flags.

Validated once into an immutable ``Config``.  A bad or missing value raises
``ConfigError`` naming the field and where the value came from (the file, an
environment variable or a flag), so a vendor can fix it at once.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from activation_wizard.errors import ConfigError, ConfigFileUnreadable
from activation_wizard.paths import resource
from activation_wizard.setting_files import MAX_FILE, read_limited
from activation_wizard.setting_readers import Found, check_url, text
from activation_wizard.settings import (
    AUTHORIZATION_METHODS,
    BY_FIELD,
    BY_PLACE,
    DEFAULT_API_URL,
    DEFAULT_KEY_PATTERN,
    ENV_PREFIX,
    FIELDS,
    FLAG_FIELDS,
    LINKS,
    METHODS,
    OPTIONAL_DEVICE_FIELDS,
    OTHER_ENVIRONMENT,
    PICTURES,
    RETIRED,
    SETTINGS,
    SSO_RESPONSE_TYPES,
    TABLES,
    TRIAL_FIELDS,
    environment_names,
    environment_table,
    unknown_environment,
)

__all__ = [
    "AUTHORIZATION_METHODS",
    "CONFIG_FILE_NAME",
    "DEFAULT_API_URL",
    "DEFAULT_KEY_PATTERN",
    "ENV_PREFIX",
    "FIELDS",
    "FLAG_FIELDS",
    "MAX_FILE",
    "METHODS",
    "OPTIONAL_DEVICE_FIELDS",
    "OTHER_ENVIRONMENT",
    "SSO_RESPONSE_TYPES",
    "TRIAL_FIELDS",
    "Config",
    "default_config_file",
    "environment_names",
    "environment_table",
    "load_config",
    "read_limited",
    "unknown_environment",
]

CONFIG_FILE_NAME = "activation-wizard.toml"
_SECRET_FIELDS = ("shared_key", "client_secret")


@dataclass(frozen=True)
class Config:
    product: str
    product_name: str
    api_url: str
    api_key: str = field(repr=False)
    shared_key: str = field(repr=False)
    public_key_pem: bytes = field(repr=False)
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    token_url: str = ""  # empty: discovered with GET /oauth_url
    ca_file: Path | None = None
    proxy: str | None = None
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    prewarm: bool = True  # a TLS connection opened before the request (api.prewarm)
    hardware_id_provider: str = "default"
    airgap_public_key: str = ""  # the vendor's air-gap key (Base64 X || Y): air-gap on
    airgap_policy_file: Path | None = None  # the license policy shipped with the program
    airgap_check_characters: bool = False  # codes with a check character per group
    bundle_code: str = ""  # a bundle this product belongs to: activated as one (product.*)
    sdk_license_file: str = ""  # the official SDK's license file, kept too (interop.*)
    device_fields: tuple[str, ...] = OPTIONAL_DEVICE_FIELDS
    prevent_vm: bool = False  # the product forbids VMs: warn before spending a seat
    key_pattern: str = DEFAULT_KEY_PATTERN
    keyring_service: str = ""
    data_dir: Path | None = None
    app_ver: str = ""
    support_url: str = ""  # "Can't find your license key?" on the key page
    portal_url: str = ""  # the customer portal where devices can be released
    authorization_method: str = ""  # fallback when product_details is out of reach
    allow_trial: bool = False  # likewise
    methods: tuple[str, ...] = ()  # empty: what product_details allows
    password_reset_url: str = ""
    require_password_change: bool = False  # an initial password must be changed first
    trial_fields: tuple[str, ...] = ()  # asked on the trial page besides the e-mail
    trial_license_policy: str = ""
    variables: tuple[tuple[str, str | int | float | bool], ...] = ()
    variables_hook: str = ""  # "module:function" returning {name: value}
    offline_enabled: bool = True  # "Activate without internet" by request/license files
    offline_portal_url: str = "https://offline.licensespring.com"
    offline_request_name: str = "activation.req"
    offline_accounts: bool = True  # accounts too (their password travels in the file)
    sso_enabled: bool = False
    sso_account: str = ""  # the customer account code; empty: the user types it
    sso_port: int = 0  # the registered redirect port; 0: any free port
    sso_path: str = "/callback"
    sso_response_type: str = "code"  # "code" (documented default) or "token"
    sso_timeout: float = 300.0
    sso_list_licenses: bool = False  # ask user_licenses first (a code grant then signs in twice)
    # When the vendor's program should check the license online again (days; 0: no
    # schedule), and how long it stays valid without a successful check (0: forever).
    recheck_days: int = 7
    offline_grace_days: int = 0
    language: str = ""  # "de", "ja"...; empty: the system's locale
    window_title: str = ""  # empty: "<product name> activation"
    brand_logo: Path | None = None  # PNG or SVG beside the welcome text (default: icon.png)
    brand_icon: Path | None = None  # the window's icon
    brand_banner: Path | None = None  # a strip across the top of every page
    brand_watermark: Path | None = None  # a tall picture left of the first and last page
    brand_accent: str = ""  # "#RRGGBB": titles and focus marks in the vendor's colour
    privacy_url: str = ""
    source: str = "defaults"

    @property
    def uses_oauth(self) -> bool:
        return bool(self.client_id and self.client_secret)


class _Layers:
    """Raw values and, for each, a human description of where it came from."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.origin: dict[str, str] = {}
        self.base_dir: dict[str, Path] = {}

    def put(self, name: str, value: Any, origin: str, base_dir: Path | None = None) -> None:
        self.values[name] = value
        self.origin[name] = origin
        if base_dir is not None:
            self.base_dir[name] = base_dir
        else:
            self.base_dir.pop(name, None)


def default_config_file() -> Path | None:
    """A config shipped by the vendor inside resources/, if any."""
    candidate = resource(CONFIG_FILE_NAME)
    return candidate if candidate.is_file() else None


def load_config(
    path: str | os.PathLike[str] | None = None,
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    defaults: Mapping[str, Any] | None = None,
) -> Config:
    """Settings from, lowest first: ``defaults`` (what ``--sandbox`` suggests), the
    config file, the environment, ``flags``."""
    env = os.environ if env is None else env
    layers = _Layers()
    for name, value in (defaults or {}).items():
        layers.put(name, value, "--sandbox")
    file_path = Path(path) if path else None
    if file_path is None and env.get(ENV_PREFIX + "CONFIG"):
        file_path = Path(env[ENV_PREFIX + "CONFIG"])
    if file_path is None:
        file_path = default_config_file()
    if file_path is not None:
        _read_toml(file_path, layers)
    for setting in SETTINGS:
        if env.get(setting.env):
            layers.put(setting.field, env[setting.env], f"environment variable {setting.env}")
    for name, value in (flags or {}).items():
        if value is not None:
            layers.put(name, value, f"--{name.replace('_', '-')}")
    return _validate(layers, _sources(file_path, layers))


def sandbox_flags(info: Mapping[str, Any]) -> dict[str, Any]:
    """Settings that point the wizard at a sandbox, from the line it prints."""
    api_url = str(info["api_url"])
    return {
        "api_url": api_url,
        "product": info["product"],
        "product_name": info.get("product_name") or info["product"],
        "api_key": info["api_key"],
        "shared_key": info["shared_key"],
        "public_key": info["public_key"],
        "ca_file": info.get("ca_file"),
        "offline_portal_url": api_url.rsplit("/api/", 1)[0] + "/offline",
        **(
            {"airgap_public_key": info["airgap_public_key"]}
            if info.get("airgap_public_key")
            else {}
        ),
    }


def _p256_point_shaped(text: str) -> bool:
    """Base64 of 64 bytes (whether it is a point of the curve is asked when a code is
    made: cryptography stays off the start-up path)."""
    import base64
    import binascii

    try:
        return len(base64.b64decode(text, validate=True)) == 64
    except (binascii.Error, ValueError):
        return False


def _portal_for(api_url: str) -> str:
    """LicenseSpring's offline portal; a License API on this machine (a sandbox run
    on its own) has its own portal beside it, at /offline."""
    from urllib.parse import urlsplit

    host = urlsplit(api_url).hostname or ""
    if host in ("127.0.0.1", "localhost", "::1") and "/api/" in api_url:
        return api_url.rsplit("/api/", 1)[0] + "/offline"
    return "https://offline.licensespring.com"


def _sources(file_path: Path | None, layers: _Layers) -> str:
    """Where the settings came from, in words (diagnose shows it)."""
    parts = [str(file_path)] if file_path else []
    origins = layers.origin.values()
    if any(o.startswith("environment") for o in origins):
        parts.append("environment variables")
    if any(o.startswith("--") for o in origins):
        parts.append("command-line flags")
    return " + ".join(parts) if parts else "defaults; no configuration file"


def _read_toml(path: Path, layers: _Layers) -> None:
    import tomllib  # (here: most starts have no configuration file to read)

    where = str(path)
    raw = read_limited(path, "--config", where)
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError("--config", "is not UTF-8 text", where) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigFileUnreadable("(file)", str(exc), where) from None
    except RecursionError:
        raise ConfigFileUnreadable("(file)", "nested too deeply", where) from None
    for table, value in data.items():
        if table not in TABLES or not isinstance(value, dict):
            raise ConfigError(table, "unknown section", where)
        for key, item in value.items():
            setting = BY_PLACE.get(f"{table}.{key}")
            retired = RETIRED.get(f"{table}.{key}")
            if retired is not None:
                if item != retired[0]:
                    raise ConfigError(f"{table}.{key}", retired[1], where)
                continue  # what the setting asked for is how it always works now
            if setting is None:
                raise ConfigError(f"{table}.{key}", "unknown setting", where)
            layers.put(setting.field, item, where, base_dir=path.parent)


class _Reading:
    """Reads settings by field with the table's readers, keeping what was read."""

    def __init__(self, layers: _Layers, file_desc: str) -> None:
        self.layers = layers
        self.file_desc = file_desc
        self.got: dict[str, Any] = {}
        self.defaults: dict[str, Any] = {}  # those that follow from other settings

    def found(self, name: str, required: bool | None = None) -> Found:
        setting = BY_FIELD[name]
        given = name in self.layers.values
        default = self.defaults.get(name, setting.default)
        return Found(
            label=setting.place,
            value=self.layers.values[name] if given else default,
            default=default,
            given=given,
            where=self.layers.origin.get(name, self.file_desc),
            base_dir=self.layers.base_dir.get(name),
            required=setting.required if required is None else required,
            ways=setting.ways,
        )

    def read(self, name: str, required: bool | None = None) -> Any:
        value = self.got[name] = BY_FIELD[name].reader.read(self.found(name, required))
        return value


def _validate(layers: _Layers, file_desc: str) -> Config:
    r = _Reading(layers, file_desc)
    # Of several mistakes the first met is reported: the order of reading is the one
    # vendors have always seen, the checked settings first, then the rest.
    product = r.read("product")
    api_url = r.read("api_url")
    for name in LINKS:  # every link's type before any link's scheme
        text(r.found(name))
    for name in LINKS:
        r.read(name)
    r.read("proxy")
    for name in ("token_url", *LINKS):  # then their hosts (a blank one has none)
        found = r.found(name)
        if found.value:
            check_url(text(found), found)
    client_id, client_secret = r.read("client_id"), r.read("client_secret")
    if bool(client_id) != bool(client_secret):
        missing = "client_secret" if client_id else "client_id"
        raise r.found(missing).error("it is missing (OAuth needs both)")
    for name in ("token_url", "authorization_method", "ca_file", "device_fields"):
        r.read(name)
    for name in ("brand_accent", *PICTURES, "language", "key_pattern"):
        r.read(name)

    r.got["product_name"] = r.read("product_name") or product
    for name in ("api_key", "shared_key"):  # the OAuth client stands in for them
        r.read(name, required=not client_id)
    public_key_pem = r.read("public_key")
    r.defaults["keyring_service"] = f"activation-wizard:{product}"
    r.defaults["offline_portal_url"] = _portal_for(api_url)
    for name in (f.name for f in fields(Config)):  # the rest, in Config's order
        if name in BY_FIELD and name not in r.got:
            r.read(name)
    if r.got["sdk_license_file"] and r.got["hardware_id_provider"] == "default":
        # Our default id is salted per product: the SDK's file would name a device
        # the SDK does not send, and its checks would find none.
        raise r.found("sdk_license_file").error(
            'needs device.hardware_id = "sdk" (or "platform", or your own): the id the SDK sends'
        )
    if r.got["airgap_public_key"] and not _p256_point_shaped(r.got["airgap_public_key"]):
        raise r.found("airgap_public_key").error("must be Base64 of the 64-byte point X || Y")
    if r.got["bundle_code"]:
        if r.got["bundle_code"] == product:
            raise r.found("bundle_code").error("names the bundle; product.code is this program's")
        # Bundles activate online: bundle license files (bundle_signature_v2) are not
        # read yet, so no offline request is offered for one.
        r.got["offline_enabled"] = False
    del r.got["public_key"]
    return Config(**r.got, public_key_pem=public_key_pem, source=file_desc)
