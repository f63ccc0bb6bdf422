"""The vendor configuration: TOML file, then environment, then command-line flags.

Validated once into an immutable ``Config``.  A bad or missing value raises
``ConfigError`` naming the field and where the value came from (the file, an
environment variable or a flag), so a vendor can fix it at once.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from activation_wizard.errors import ConfigError, ConfigFileUnreadable, ConfigMissing
from activation_wizard.paths import resource

ENV_PREFIX = "ACTIVATION_WIZARD_"
CONFIG_FILE_NAME = "activation-wizard.toml"
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

# TOML table + key -> flat field name.
_TOML_LAYOUT: dict[str, dict[str, str]] = {
    "product": {
        "code": "product",
        "name": "product_name",
        "version": "app_ver",
        "support_url": "support_url",
        "portal_url": "portal_url",
        # Used when product_details cannot be fetched (offline, failing server).
        "authorization_method": "authorization_method",
        "allow_trial": "allow_trial",
    },
    "api": {
        "url": "api_url",
        "api_key": "api_key",
        "shared_key": "shared_key",
        "client_id": "client_id",
        "client_secret": "client_secret",
        "token_url": "token_url",
        "public_key": "public_key",
        "ca_file": "ca_file",
        "proxy": "proxy",
        "connect_timeout": "connect_timeout",
        "read_timeout": "read_timeout",
    },
    "device": {
        "hardware_id": "hardware_id_provider",
        "send": "device_fields",
        "prevent_vm": "prevent_vm",
        "variables": "variables",
        "variables_hook": "variables_hook",
    },
    "ui": {
        "key_pattern": "key_pattern",
        "methods": "methods",
        "password_reset_url": "password_reset_url",
        "require_password_change": "require_password_change",
        "language": "language",
    },
    # How the wizard looks: the vendor's product, not ours (all optional).
    "brand": {
        "window_title": "window_title",
        "logo": "brand_logo",
        "icon": "brand_icon",
        "banner": "brand_banner",
        "watermark": "brand_watermark",
        "accent": "brand_accent",
        "privacy_url": "privacy_url",
    },
    "trial": {"fields": "trial_fields", "license_policy": "trial_license_policy"},
    "offline": {
        "enabled": "offline_enabled",
        "portal_url": "offline_portal_url",
        "request_name": "offline_request_name",
        "accounts": "offline_accounts",
    },
    "sso": {
        "enabled": "sso_enabled",
        "customer_account_code": "sso_account",
        "redirect_port": "sso_port",
        "redirect_path": "sso_path",
        "response_type": "sso_response_type",
        "timeout": "sso_timeout",
        "list_licenses": "sso_list_licenses",
    },
    "storage": {"keyring_service": "keyring_service", "data_dir": "data_dir"},
}
# Settings that no longer exist, with the one value that still reads (it is how the
# program always works now) and why any other cannot be honoured.
_RETIRED = {
    "sso.require_state": (
        True,
        "a sign-in answer without this sign-in's state is always refused now (a web page "
        "could send one); remove this setting",
    ),
}
FIELDS = [f for table in _TOML_LAYOUT.values() for f in table.values()]
FLAG_FIELDS = ("product", "api_url", "api_key", "shared_key", "public_key", "ca_file")
METHODS = ("license_key", "user", "trial", "sso")  # ways to activate the welcome page offers
SSO_RESPONSE_TYPES = ("code", "token")
AUTHORIZATION_METHODS = ("license-key", "user")
TRIAL_FIELDS = ("first_name", "last_name", "phone", "company_name")
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
    hardware_id_provider: str = "default"
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


@dataclass
class _Layers:
    """Raw values and, for each, a human description of where it came from."""

    values: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    base_dir: dict[str, Path] = field(default_factory=dict)

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
    for name in FIELDS:
        var = ENV_PREFIX + name.upper()
        if env.get(var):
            layers.put(name, env[var], f"environment variable {var}")
    for name, value in (flags or {}).items():
        if value is not None:
            layers.put(name, value, f"--{name.replace('_', '-')}")
    return _validate(layers, _sources(file_path, layers))


# Environment variables read outside the settings: the config file's path, the CLI's
# keyring wait, and the test suite's demand for a real keyring (packaging/dev test).
OTHER_ENVIRONMENT = ("CONFIG", "KEYRING_TIMEOUT", "REQUIRE_KEYRING")


def environment_names() -> list[str]:
    """Every ACTIVATION_WIZARD_* variable this program reads."""
    return sorted(
        ENV_PREFIX + n.upper() for n in (*FIELDS, *(o.lower() for o in OTHER_ENVIRONMENT))
    )


def environment_table() -> str:
    """The README's table of settings and their environment variables (a test keeps
    the README's copy equal to this)."""
    rows = ["| setting | environment variable |", "|---|---|"]
    for table, keys in _TOML_LAYOUT.items():
        rows += [
            f"| `{table}.{key}` | `{ENV_PREFIX}{name.upper()}` |" for key, name in keys.items()
        ]
    rows += [
        f"| (the configuration file) | `{ENV_PREFIX}CONFIG` |",
        f"| (the CLI's keyring wait, seconds) | `{ENV_PREFIX}KEYRING_TIMEOUT` |",
        f"| (tests: fail without a real keyring) | `{ENV_PREFIX}REQUIRE_KEYRING` |",
    ]
    return "\n".join(rows)


def unknown_environment(env: Mapping[str, str] | None = None) -> list[tuple[str, str | None]]:
    """ACTIVATION_WIZARD_* variables that are set but mean nothing here (a typo is
    otherwise silently ignored), each with the closest real name, if any."""
    import difflib

    env = os.environ if env is None else env
    known = environment_names()
    return [
        (name, next(iter(difflib.get_close_matches(name, known, n=1, cutoff=0.8)), None))
        for name in sorted(env)
        if name.startswith(ENV_PREFIX) and name not in known
    ]


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


MAX_FILE = 1024 * 1024  # a config or key file larger than this is a mistake (/dev/zero)


def read_limited(path: Path, field: str, where: str) -> bytes:
    """A file's bytes, refusing endless or huge ones (a device, a wrong path)."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE + 1)
    except FileNotFoundError:
        raise ConfigError(field, f"file {path} not found", where) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(
            field, f"file {path} cannot be read ({type(exc).__name__})", where
        ) from None
    if len(data) > MAX_FILE:
        raise ConfigError(field, f"file {path} is larger than 1 MiB", where)
    return data


def _read_toml(path: Path, layers: _Layers) -> None:
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
        if table not in _TOML_LAYOUT or not isinstance(value, dict):
            raise ConfigError(table, "unknown section", where)
        for key, item in value.items():
            name = _TOML_LAYOUT[table].get(key)
            retired = _RETIRED.get(f"{table}.{key}")
            if retired is not None:
                if item != retired[0]:
                    raise ConfigError(f"{table}.{key}", retired[1], where)
                continue  # what the setting asked for is how it always works now
            if name is None:
                raise ConfigError(f"{table}.{key}", "unknown setting", where)
            layers.put(name, item, where, base_dir=path.parent)


def _validate(layers: _Layers, file_desc: str) -> Config:
    v = layers.values

    def where(name: str) -> str:
        return layers.origin.get(name, file_desc)

    def text(name: str, required: bool = False, default: str = "") -> str:
        value = v.get(name, default)
        if not isinstance(value, str):
            raise ConfigError(_label(name), "must be text", where(name))
        value = value.strip()
        if required and not value:
            flag = f", or --{name.replace('_', '-')}" if name in FLAG_FIELDS else ""
            ways = f"set it in the configuration file, or {ENV_PREFIX}{name.upper()}{flag}"
            if name not in layers.origin:  # set nowhere: say where it may be set
                raise ConfigMissing(_label(name), ways, file_desc)
            raise ConfigError(_label(name), f"it is empty ({ways})", where(name))
        return value

    def number(name: str, default: float) -> float:
        value = v.get(name, default)
        try:
            result = float(value)
        except (TypeError, ValueError):
            raise ConfigError(_label(name), "must be a number of seconds", where(name)) from None
        if not 0 < result <= 600:
            raise ConfigError(_label(name), "must be between 0 and 600 seconds", where(name))
        return result

    def flag(name: str, default: bool = False) -> bool:
        value = v.get(name, default)
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "0", "false", "no"):
            return value.lower() in ("1", "true", "yes")
        if not isinstance(value, bool):
            raise ConfigError(_label(name), "must be true or false", where(name))
        return value

    def path(name: str) -> Path | None:
        raw = text(name)
        if not raw:
            return None
        if "\0" in raw:
            raise ConfigError(_label(name), "contains a NUL character", where(name))
        try:
            p = Path(raw).expanduser()
        except RuntimeError:  # ~nosuchuser
            raise ConfigError(_label(name), f"{raw!r}: no such user's home", where(name)) from None
        if not p.is_absolute() and name in layers.base_dir:
            p = layers.base_dir[name] / p
        return p

    product = text("product", required=True)
    if any(c in product for c in "/\\\0") or product in (".", ".."):
        raise ConfigError(_label("product"), "must not contain / \\ or NUL", where("product"))
    api_url = text("api_url", default=DEFAULT_API_URL).rstrip("/")
    if not api_url.startswith(("https://", "http://")):
        raise ConfigError(_label("api_url"), "must start with https://", where("api_url"))
    _check_url(api_url, "api_url", where("api_url"))

    def whole(name: str, low: int, high: int, default: int = 0) -> float:
        value = v.get(name, default)
        try:
            result = int(value)
            if isinstance(value, float) and value != result:  # 80.5 is not port 80
                raise ValueError(value)
        except (TypeError, ValueError, OverflowError):  # OverflowError: inf
            raise ConfigError(_label(name), "must be a whole number", where(name)) from None
        if isinstance(value, bool) or not low <= result <= high:
            raise ConfigError(_label(name), f"must be from {low} to {high}", where(name))
        return result

    def one_of(name: str, allowed: tuple[str, ...], default: str) -> str:
        value = text(name, default=default)
        if value not in allowed:
            raise ConfigError(_label(name), f"must be one of {', '.join(allowed)}", where(name))
        return value

    def choices(name: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        raw = v.get(name, [])
        if isinstance(raw, str):
            raw = [f.strip() for f in raw.split(",") if f.strip()]
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise ConfigError(_label(name), "must be a list of names", where(name))
        unknown = [x for x in raw if x not in allowed]
        if unknown:
            raise ConfigError(
                _label(name),
                f"unknown value(s) {', '.join(unknown)}; use {', '.join(allowed)}",
                where(name),
            )
        return tuple(dict.fromkeys(raw))

    links = {
        name: text(name)
        for name in ("support_url", "portal_url", "password_reset_url", "privacy_url")
    }
    for name, url in links.items():
        if url and not url.startswith("https://"):
            raise ConfigError(_label(name), "must be an https:// address", where(name))

    proxy = text("proxy")
    if proxy and not proxy.startswith(("http://", "https://")):
        raise ConfigError(
            _label("proxy"), "must be an http:// or https:// proxy URL", where("proxy")
        )
    if proxy:
        _check_url(proxy, "proxy", where("proxy"))
    for name in ("token_url", *links):
        if v.get(name):
            _check_url(text(name), name, where(name))

    client_id, client_secret = text("client_id"), text("client_secret")
    if bool(client_id) != bool(client_secret):
        missing = "client_secret" if client_id else "client_id"
        raise ConfigError(_label(missing), "it is missing (OAuth needs both)", where(missing))
    token_url = text("token_url")
    if token_url and not token_url.startswith(("https://", "http://")):
        raise ConfigError(_label("token_url"), "must start with https://", where("token_url"))
    oauth = bool(client_id)

    authorization_method = text("authorization_method").replace("_", "-")
    if authorization_method and authorization_method not in AUTHORIZATION_METHODS:
        raise ConfigError(
            _label("authorization_method"),
            f"must be one of {', '.join(AUTHORIZATION_METHODS)}",
            where("authorization_method"),
        )

    ca_file = path("ca_file")
    if ca_file is not None:
        _check_ca_file(ca_file, where("ca_file"))

    fields_raw = v.get("device_fields", list(OPTIONAL_DEVICE_FIELDS))
    if isinstance(fields_raw, str):
        fields_raw = [f.strip() for f in fields_raw.split(",") if f.strip()]
    if not isinstance(fields_raw, list) or not all(isinstance(f, str) for f in fields_raw):
        raise ConfigError(
            _label("device_fields"), "must be a list of field names", where("device_fields")
        )
    unknown = [f for f in fields_raw if f not in OPTIONAL_DEVICE_FIELDS]
    if unknown:
        raise ConfigError(
            _label("device_fields"),
            f"unknown field(s) {', '.join(unknown)}",
            where("device_fields"),
        )

    accent = text("brand_accent")
    if accent and not re.fullmatch(r"#[0-9a-fA-F]{6}", accent):
        raise ConfigError(
            _label("brand_accent"), "must be a colour like #1a73e8", where("brand_accent")
        )
    pictures: dict[str, Path | None] = {}
    for name in ("brand_logo", "brand_icon", "brand_banner", "brand_watermark"):
        picture = pictures[name] = path(name)
        if picture is not None and not picture.is_file():
            problem = "is a folder, not a picture" if picture.is_dir() else "not found"
            raise ConfigError(_label(name), f"file {picture} {problem}", where(name))
    # Also as locales are written (de_DE.UTF-8, sr_RS@latin): the encoding does not matter.
    raw_language = text("language")
    if raw_language and not re.fullmatch(
        r"[A-Za-z]{2,3}([_-][A-Za-z]{2})?(\.[\w-]+)?(@\w+)?", raw_language
    ):
        raise ConfigError(
            _label("language"), "must be a language code like de or ja_JP", where("language")
        )
    language = re.split(r"[.@]", raw_language)[0].replace("-", "_")

    key_pattern = text("key_pattern", default=DEFAULT_KEY_PATTERN)
    try:
        re.compile(key_pattern)
    except re.error as exc:
        raise ConfigError(
            _label("key_pattern"), f"not a valid pattern ({exc})", where("key_pattern")
        ) from None

    return Config(
        product=product,
        product_name=text("product_name") or product,
        api_url=api_url,
        api_key=text("api_key", required=not oauth),
        shared_key=text("shared_key", required=not oauth),
        public_key_pem=_public_key(v.get("public_key"), layers, where("public_key")),
        client_id=client_id,
        client_secret=client_secret,
        token_url=token_url,
        ca_file=ca_file,
        proxy=proxy or None,
        connect_timeout=number("connect_timeout", 10.0),
        read_timeout=number("read_timeout", 30.0),
        hardware_id_provider=text("hardware_id_provider", default="default"),
        device_fields=tuple(fields_raw),
        prevent_vm=flag("prevent_vm"),
        key_pattern=key_pattern,
        keyring_service=_service(text("keyring_service"), product, where("keyring_service")),
        data_dir=path("data_dir"),
        app_ver=text("app_ver"),
        support_url=links["support_url"],
        portal_url=links["portal_url"],
        authorization_method=authorization_method,
        allow_trial=flag("allow_trial"),
        methods=choices("methods", METHODS),
        password_reset_url=links["password_reset_url"],
        require_password_change=flag("require_password_change"),
        trial_fields=choices("trial_fields", TRIAL_FIELDS),
        trial_license_policy=text("trial_license_policy"),
        variables=_variables(v.get("variables"), where("variables")),
        variables_hook=_hook(text("variables_hook"), where("variables_hook")),
        offline_enabled=flag("offline_enabled", True),
        offline_portal_url=text("offline_portal_url", default=_portal_for(api_url)),
        offline_request_name=_file_name(text("offline_request_name", default="activation.req")),
        offline_accounts=flag("offline_accounts", True),
        sso_enabled=flag("sso_enabled"),
        sso_account=text("sso_account"),
        sso_port=int(whole("sso_port", 0, 65535)),
        sso_path="/" + text("sso_path", default="/callback").lstrip("/"),
        sso_response_type=one_of("sso_response_type", SSO_RESPONSE_TYPES, "code"),
        sso_timeout=whole("sso_timeout", 10, 3600, default=300),
        sso_list_licenses=flag("sso_list_licenses"),
        language=language,
        window_title=text("window_title"),
        privacy_url=links["privacy_url"],
        brand_accent=accent,
        **pictures,
        source=file_desc,
    )


def _check_url(url: str, name: str, origin: str) -> None:
    """A URL httpx can use: a host, a valid port, DNS-sized labels."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port  # .port raises on a bad port
    except ValueError as exc:
        raise ConfigError(_label(name), f"not a valid URL ({exc})", origin) from None
    if not host:
        raise ConfigError(_label(name), "has no host name", origin)
    try:
        encoded = host.encode("idna") if not host.replace(".", "").isdigit() else host.encode()
    except UnicodeError:
        raise ConfigError(_label(name), "has an invalid host name", origin) from None
    if len(encoded) > 253 or any(len(label) > 63 for label in encoded.split(b".")):
        raise ConfigError(_label(name), "has a host name that is too long", origin)


def _check_ca_file(path: Path, origin: str) -> None:
    # Its structure only (app/pem.py): loading it into an SSL context here cost
    # start-up time; ssl_context() loads it for real, on a worker.
    from activation_wizard.pem import PemError, check_certificates

    try:
        check_certificates(read_limited(path, "api.ca_file", origin))
    except PemError:
        raise ConfigError(
            "api.ca_file", f"{path} is not a PEM certificate bundle", origin
        ) from None


def _file_name(name: str) -> str:
    if not name or any(c in name for c in "/\\\0") or name in (".", ".."):
        raise ConfigError("offline.request_name", "must be a file name (no folders)", "config")
    return name


def _service(raw: str, product: str, origin: str) -> str:
    service = raw or f"activation-wizard:{product}"
    if "\0" in service or "/" in service:
        raise ConfigError("storage.keyring_service", "must not contain / or NUL", origin)
    return service


def _variables(raw: Any, origin: str) -> tuple[tuple[str, str | int | float | bool], ...]:
    """Device variables: a TOML table, or NAME=VALUE pairs from a variable or flag."""
    if raw is None or raw == "":
        return ()
    if isinstance(raw, str):
        pairs = [p.partition("=") for p in raw.split(",") if p.strip()]
        if any(not sep or not k.strip() for k, sep, _ in pairs):
            raise ConfigError("device.variables", "write NAME=VALUE pairs, comma-separated", origin)
        raw = {k.strip(): val.strip() for k, _, val in pairs}
    if not isinstance(raw, dict):
        raise ConfigError("device.variables", "must be a table of names and values", origin)
    out: list[tuple[str, str | int | float | bool]] = []
    for name, value in raw.items():
        if not isinstance(value, str | int | float | bool):
            raise ConfigError(
                f"device.variables.{name}", "must be text, a number or true/false", origin
            )
        out.append((str(name), value))
    return tuple(out)


def _hook(spec: str, origin: str) -> str:
    if spec and not re.fullmatch(r"[\w.]+:\w+", spec):
        raise ConfigError("device.variables_hook", "must look like module:function", origin)
    return spec


def _public_key(raw: Any, layers: _Layers, origin: str) -> bytes:
    """Inline PEM or a path to one; LicenseSpring's published key by default."""
    if raw is None or raw == "":
        return resource("licensespring_prod.pem").read_bytes()
    if not isinstance(raw, str):
        raise ConfigError("api.public_key", "must be a PEM text or a file path", origin)
    if "-----BEGIN" in raw:
        pem = raw.encode()
    else:
        if "\0" in raw:
            raise ConfigError("api.public_key", "contains a NUL character", origin)
        try:
            p = Path(raw).expanduser()
        except RuntimeError:
            raise ConfigError("api.public_key", f"{raw!r}: no such user's home", origin) from None
        if not p.is_absolute() and "public_key" in layers.base_dir:
            p = layers.base_dir["public_key"] / p
        pem = read_limited(p, "api.public_key", origin)
    from activation_wizard.pem import PemError, check_rsa_public_key

    try:  # its structure; cryptography loads it where responses are verified
        check_rsa_public_key(pem)
    except PemError as exc:
        raise ConfigError("api.public_key", str(exc), origin) from None
    return pem


def _label(name: str) -> str:
    for table, keys in _TOML_LAYOUT.items():
        for key, flat in keys.items():
            if flat == name:
                return f"{table}.{key}"
    return name
