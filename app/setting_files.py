"""Readers for settings that name files: paths (relative to the config file's folder
when set there), pictures, the CA bundle, the public key, and a file name.
"""

from __future__ import annotations

from pathlib import Path

from activation_wizard.errors import ConfigError
from activation_wizard.paths import resource
from activation_wizard.setting_readers import Found, Reader, text

MAX_FILE = 1024 * 1024  # a config or key file larger than this is a mistake (/dev/zero)


class FilePath(Reader):
    """A path; relative to the config file's folder when it was set there."""

    kind = "path"

    def read(self, found: Found) -> Path | None:
        raw = text(found)
        return resolve(raw, found) if raw else None


def resolve(raw: str, found: Found) -> Path:
    """``raw`` as a path: ~ expanded, relative to the config file's folder if set there."""
    if "\0" in raw:
        raise found.error("contains a NUL character")
    try:
        p = Path(raw).expanduser()
    except RuntimeError:  # ~nosuchuser
        raise found.error(f"{raw!r}: no such user's home") from None
    if not p.is_absolute() and found.base_dir is not None:
        p = found.base_dir / p
    return p


class Picture(FilePath):
    kind = "picture file (PNG, SVG)"

    def read(self, found: Found) -> Path | None:
        picture = super().read(found)
        if picture is not None and not picture.is_file():
            problem = "is a folder, not a picture" if picture.is_dir() else "not found"
            raise found.error(f"file {picture} {problem}")
        return picture


class CaBundle(FilePath):
    kind = "PEM file"

    def read(self, found: Found) -> Path | None:
        path = super().read(found)
        if path is not None:
            # Its structure only (app/pem.py): loading it into an SSL context here cost
            # start-up time; ssl_context() loads it for real, on a worker.
            from activation_wizard.pem import PemError, check_certificates

            try:
                check_certificates(read_limited(path, found.label, found.where))
            except PemError:
                raise found.error(f"{path} is not a PEM certificate bundle") from None
        return path


class PublicKey(Reader):
    """Inline PEM or a path to one; LicenseSpring's published key by default."""

    kind = "PEM file or PEM text"

    def read(self, found: Found) -> bytes:
        raw = found.value
        if raw is None or raw == "":
            return resource("licensespring_prod.pem").read_bytes()
        if not isinstance(raw, str):
            raise found.error("must be a PEM text or a file path")
        named = ""  # the file, if it is one: the error names it
        if "-----BEGIN" in raw:
            pem = raw.encode()
        else:
            path = resolve(raw, found)
            pem, named = read_limited(path, found.label, found.where), f"file {path} "
        from activation_wizard.pem import PemError, check_rsa_public_key

        try:  # its structure; cryptography loads it where responses are verified
            check_rsa_public_key(pem)
        except PemError as exc:
            raise found.error(f"{named}{exc}") from None
        return pem


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


class FileName(Reader):
    kind = "file name"

    def read(self, found: Found) -> str:
        name = text(found)
        if not name or any(c in name for c in "/\\\0") or name in (".", ".."):
            # Said to come from "config" wherever it was set, as it always has been.
            raise ConfigError(found.label, "must be a file name (no folders)", "config")
        return name
