"""How each kind of setting is read: a value from what the file, the environment or
a flag gave, or a ``ConfigError`` naming the setting and where its value came from.

Each reader checks one setting; the table in ``settings`` says which reader reads
which setting (those naming files are in ``setting_files``), and ``config`` reads
them in turn and applies the rules that tie settings together.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

from activation_wizard.errors import ConfigError, ConfigMissing


class Found(NamedTuple):
    """One setting as found: its raw value (the default if it was set nowhere) and
    what an error about it names."""

    label: str  # its place in the file, "api.url": errors name it so
    value: Any
    default: Any
    given: bool  # set in a file, the environment, a flag or the sandbox's defaults
    where: str  # where the value came from; the places looked in if set nowhere
    base_dir: Path | None = None  # the config file's folder, for a relative path
    required: bool = False
    ways: str = ""  # where it may be set, for a required setting set nowhere

    def error(self, problem: str) -> ConfigError:
        return ConfigError(self.label, problem, self.where)


class Reader:
    """Reads one kind of setting; ``what()`` names the kind in the README's table.

    (Readers, the settings table and ``Found`` are plain classes and named tuples,
    not dataclasses: they are built at every start, before the first frame, where
    the dataclasses' generated methods cost about a millisecond each.)"""

    kind = "text"

    def read(self, found: Found) -> Any:
        return text(found)

    def what(self) -> str:
        return self.kind

    def show(self, default: Any) -> str:
        """The default as the README shows it; empty: none worth showing."""
        if isinstance(default, bool):
            return str(default).lower()
        if isinstance(default, int | float):
            return f"{default:g}"
        return f"`{default}`" if isinstance(default, str) and default else ""


def text(found: Found) -> str:
    value = found.value
    if not isinstance(value, str):
        raise found.error("must be text")
    value = value.strip()
    if found.required and not value:
        if not found.given:  # set nowhere: say where it may be set
            raise ConfigMissing(found.label, found.ways, found.where)
        raise found.error(f"it is empty ({found.ways})")
    return value


class Seconds(Reader):
    kind = "seconds, up to 600"

    def read(self, found: Found) -> float:
        try:
            result = float(found.value)
        except (TypeError, ValueError):
            raise found.error("must be a number of seconds") from None
        if not 0 < result <= 600:
            raise found.error("must be between 0 and 600 seconds")
        return result


class Flag(Reader):
    kind = "true/false"

    def read(self, found: Found) -> bool:
        value = found.value
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "0", "false", "no"):
            return value.lower() in ("1", "true", "yes")
        if not isinstance(value, bool):
            raise found.error("must be true or false")
        return value


class Whole(Reader):
    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high

    def what(self) -> str:
        return f"whole number, {self.low} to {self.high}"

    def read(self, found: Found) -> int:
        value = found.value
        try:
            result = int(value)
            if isinstance(value, float) and value != result:  # 80.5 is not port 80
                raise ValueError(value)
        except (TypeError, ValueError, OverflowError):  # OverflowError: inf
            raise found.error("must be a whole number") from None
        if isinstance(value, bool) or not self.low <= result <= self.high:
            raise found.error(f"must be from {self.low} to {self.high}")
        return result


class OneOf(Reader):
    def __init__(self, allowed: tuple[str, ...], blank: bool = False, dashes: bool = False):
        self.allowed = allowed
        self.blank = blank  # empty means "not set"
        self.dashes = dashes  # license_key, as [ui] methods spells it, means license-key

    def what(self) -> str:
        return "one of " + ", ".join(self.allowed)

    def read(self, found: Found) -> str:
        value = text(found)
        if self.dashes:
            value = value.replace("_", "-")
        if value not in self.allowed and not (self.blank and not value):
            raise found.error(f"must be one of {', '.join(self.allowed)}")
        return value


class Choices(Reader):
    """Names from ``allowed``: a TOML list, or comma-separated in a variable or flag."""

    def __init__(
        self,
        allowed: tuple[str, ...],
        names: str = "names",
        unknown: str = "unknown value(s) {unknown}; use {allowed}",
        unique: bool = True,
    ) -> None:
        self.allowed, self.names, self.unknown, self.unique = allowed, names, unknown, unique

    def what(self) -> str:
        return "list of " + ", ".join(self.allowed)

    def show(self, default: Any) -> str:
        return "all" if tuple(default) == self.allowed else ", ".join(default)

    def read(self, found: Found) -> tuple[str, ...]:
        raw = found.value
        if isinstance(raw, str):
            raw = [f.strip() for f in raw.split(",") if f.strip()]
        if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
            raise found.error(f"must be a list of {self.names}")
        unknown = [x for x in raw if x not in self.allowed]
        if unknown:
            raise found.error(
                self.unknown.format(unknown=", ".join(unknown), allowed=", ".join(self.allowed))
            )
        return tuple(dict.fromkeys(raw)) if self.unique else tuple(raw)


class Url(Reader):
    def __init__(
        self,
        schemes: tuple[str, ...],
        problem: str,  # what a wrong scheme is told
        kind: str = "URL",
        base: bool = False,  # the base of request paths: never empty, no trailing slash
        host: bool = True,  # False: config checks the host later, in its old turn
    ) -> None:
        self.schemes, self.problem, self.kind = schemes, problem, kind
        self.base, self.host = base, host

    def read(self, found: Found) -> str:
        value = text(found)
        if self.base:
            value = value.rstrip("/")
        if (value or self.base) and not value.startswith(self.schemes):
            raise found.error(self.problem)
        if value and self.host:
            check_url(value, found)
        return value


class Proxy(Url):
    def read(self, found: Found) -> str | None:  # type: ignore[override]
        return super().read(found) or None  # None: the environment's proxy, if any


def check_url(url: str, found: Found) -> None:
    """A URL httpx can use: a host, a valid port, DNS-sized labels."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port  # .port raises on a bad port
    except ValueError as exc:
        raise found.error(f"not a valid URL ({exc})") from None
    if not host:
        raise found.error("has no host name")
    try:
        encoded = host.encode("idna") if not host.replace(".", "").isdigit() else host.encode()
    except UnicodeError:
        raise found.error("has an invalid host name") from None
    if len(encoded) > 253 or any(len(label) > 63 for label in encoded.split(b".")):
        raise found.error("has a host name that is too long")


class UrlPath(Reader):
    kind = "URL path"

    def read(self, found: Found) -> str:
        return "/" + text(found).lstrip("/")


class Colour(Reader):
    kind = "colour, #RRGGBB"

    def read(self, found: Found) -> str:
        accent = text(found)
        if accent and not re.fullmatch(r"#[0-9a-fA-F]{6}", accent):
            raise found.error("must be a colour like #1a73e8")
        return accent


class Language(Reader):
    kind = "language code"

    def read(self, found: Found) -> str:
        raw = text(found)
        # Also as locales are written (de_DE.UTF-8, sr_RS@latin): the encoding does not matter.
        if raw and not re.fullmatch(r"[A-Za-z]{2,3}([_-][A-Za-z]{2})?(\.[\w-]+)?(@\w+)?", raw):
            raise found.error("must be a language code like de or ja_JP")
        return re.split(r"[.@]", raw)[0].replace("-", "_")


class Pattern(Reader):
    kind = "regular expression"

    def read(self, found: Found) -> str:
        pattern = text(found)
        try:
            re.compile(pattern)
        except re.error as exc:
            raise found.error(f"not a valid pattern ({exc})") from None
        return pattern


class ProductCode(Reader):
    def read(self, found: Found) -> str:
        code = text(found)
        if any(c in code for c in "/\\\0") or code in (".", ".."):  # it names folders
            raise found.error("must not contain / \\ or NUL")
        return code


class KeyringService(Reader):
    def read(self, found: Found) -> str:
        service: str = text(found) or found.default  # empty too: the product's own
        if "\0" in service or "/" in service:
            raise found.error("must not contain / or NUL")
        return service


class Hook(Reader):
    kind = "module:function"

    def read(self, found: Found) -> str:
        spec = text(found)
        if spec and not re.fullmatch(r"[\w.]+:\w+", spec):
            raise found.error("must look like module:function")
        return spec


class Variables(Reader):
    """Device variables: a TOML table, or NAME=VALUE pairs from a variable or flag."""

    kind = "table, or NAME=VALUE,..."

    def read(self, found: Found) -> tuple[tuple[str, str | int | float | bool], ...]:
        raw = found.value
        if raw is None or raw == "":
            return ()
        if isinstance(raw, str):
            pairs = [p.partition("=") for p in raw.split(",") if p.strip()]
            if any(not sep or not k.strip() for k, sep, _ in pairs):
                raise found.error("write NAME=VALUE pairs, comma-separated")
            raw = {k.strip(): val.strip() for k, _, val in pairs}
        if not isinstance(raw, dict):
            raise found.error("must be a table of names and values")
        out: list[tuple[str, str | int | float | bool]] = []
        for name, value in raw.items():
            if not isinstance(value, str | int | float | bool):
                raise ConfigError(
                    f"{found.label}.{name}", "must be text, a number or true/false", found.where
                )
            out.append((str(name), value))
        return tuple(out)
