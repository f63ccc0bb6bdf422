"""The official SDK's license file (license-api.md 7.1), kept beside our own store when
``interop.sdk_license_file`` is set: a vendor's program that calls
``LicenseManager(conf).load_license()`` finds the activation the wizard made, and the
wizard can adopt one the SDK made (``adopt`` in core.activation.check).

Format v4: ``LSLF``, uint16 LE version 1, cipher 1 (AES-256-GCM), KDF 1
(PBKDF2-HMAC-SHA256), uint32 LE iterations, 16-byte salt (kept across rewrites),
12-byte nonce; the 40-byte header is the GCM associated data; then ciphertext + tag.
The password is the shared key, or the client secret with the OAuth client. The
plaintext is ``{"licenses": {<product>: {...}}}``: other products' entries and fields
the wizard does not write are kept as they are on disk.
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.config import Config
from activation_wizard.core.datadir import product_dir
from activation_wizard.core.store.document import locked, write_atomic

if TYPE_CHECKING:
    from activation_wizard.core.store.record import StoredActivation

MAGIC = b"LSLF"
FORMAT_VERSION, CIPHER_AES_GCM, KDF_PBKDF2 = 1, 1, 1
ITERATIONS = 100_000
HEADER_SIZE, SALT_SIZE, NONCE_SIZE, TAG_SIZE = 40, 16, 12, 16
SCHEMA_VERSION = "1.1.0"  # the SDK 4.0 entry schema
MAX_BYTES = 4 * 1024 * 1024  # real files are a few KiB: a huge one is not read
MAX_ITERATIONS = 2_000_000  # the SDK writes 100 000; a header asking more is not obeyed
LOCK_WAIT = 5.0  # s: the SDK's own lock (License.key.lock, enable_process_safety)
DEFAULT_FILE = "License.key"
SALT_FILE = "sdk-file.salt"  # beside our own files: the SDK file's salt, reused
# What the SDK keeps locally and the license server never says: carried over from the
# SDK's own entry for the same license (unsent consumptions must not be lost).
SDK_LOCAL = ("local_consumptions", "user_data", "grace_period_start", "floating_end_date")


class SdkFileUnreadable(Exception):
    """Not a v4 SDK license file, or not one this configuration's key opens."""


def location(config: Config) -> Path | None:
    """The file ``interop.sdk_license_file`` names: ``default`` is the SDK's own
    place (7.1); a folder gets ``License.key``; empty: off."""
    value = config.sdk_license_file.strip()
    if not value:
        return None
    if value == "default":
        folder = sdk_default_folder(config.product)
    else:
        path = Path(value).expanduser()
        if path.suffix:
            return path
        folder = path
    return folder / DEFAULT_FILE


def sdk_default_folder(product: str) -> Path:
    """Where SDK 4.0 keeps it without ``file_path`` (its DataStorage.set_path)."""
    if os.name == "nt":
        drive = os.environ.get("SYSTEMDRIVE", "C:") + os.sep  # Windows: any case
        user = os.environ.get("USERNAME", "")
        return Path(drive, "Users", user, "AppData", "Local", "LicenseSpring", product)
    if "HOME" in os.environ:
        return Path(os.environ["HOME"], ".LicenseSpring", "LicenseSpring", product)
    return Path.home() / "Library" / "Application Support" / "LicenseSpring" / product


def password(config: Config) -> str:
    """As the SDK chooses it: the shared key when there is one, else the secret."""
    return config.shared_key or config.client_secret


def _key(secret: str, salt: bytes, iterations: int) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    kdf = PBKDF2HMAC(hashes.SHA256(), length=32, salt=salt, iterations=iterations)
    return kdf.derive(secret.encode())


def seal(plaintext: bytes, secret: str, salt: bytes, iterations: int = ITERATIONS) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_SIZE)
    header = (
        MAGIC
        + struct.pack("<HBBI", FORMAT_VERSION, CIPHER_AES_GCM, KDF_PBKDF2, iterations)
        + salt
        + nonce
    )
    return header + AESGCM(_key(secret, salt, iterations)).encrypt(nonce, plaintext, header)


def unseal(data: bytes, secret: str) -> tuple[bytes, bytes]:
    """(plaintext, salt) of a v4 file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(data) < HEADER_SIZE + TAG_SIZE or data[:4] != MAGIC:
        raise SdkFileUnreadable("not an SDK 4 license file")
    version, cipher, kdf, iterations = struct.unpack("<HBBI", data[4:12])
    if (version, cipher, kdf) != (FORMAT_VERSION, CIPHER_AES_GCM, KDF_PBKDF2) or not (
        1 <= iterations <= MAX_ITERATIONS
    ):
        raise SdkFileUnreadable("an SDK license file format this version does not know")
    header, salt, nonce = data[:HEADER_SIZE], data[12:28], data[28:40]
    try:
        plain = AESGCM(_key(secret, salt, iterations)).decrypt(nonce, data[HEADER_SIZE:], header)
    except InvalidTag:
        raise SdkFileUnreadable("the configured key does not open it") from None
    return plain, salt


def read_all(path: Path, secret: str) -> tuple[dict[str, Any], bytes | None]:
    """The whole file's JSON and its salt; ``({}, None)`` when there is none."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return {}, None
    if len(data) > MAX_BYTES:
        raise SdkFileUnreadable("too large for a license file")
    plain, salt = unseal(data, secret)
    try:
        whole = json.loads(plain)
    except (ValueError, RecursionError):
        raise SdkFileUnreadable("its content is not JSON") from None
    if not isinstance(whole, dict) or not isinstance(whole.get("licenses", {}), dict):
        raise SdkFileUnreadable("its content is not a license file")
    return whole, salt


def read_entry(config: Config, path: Path | None = None) -> dict[str, Any] | None:
    """This product's entry in the SDK's file (``path``, or the configured one)."""
    path = path or location(config)
    if path is None:
        return None
    whole, _ = read_all(path, password(config))
    entry = whole.get("licenses", {}).get(config.product)
    return entry if isinstance(entry, dict) else None


def _iso(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None).isoformat() + "Z"


def members(stored: StoredActivation) -> list[dict[str, Any]]:
    """The licenses an activation holds: one, or each product's of a bundle."""
    body = json.loads(stored.license_body)
    return [m for m in body if isinstance(m, dict)] if isinstance(body, list) else [body]


def _code(body: dict[str, Any]) -> str:
    details = body.get("product_details")
    return str(details.get("short_code") or "") if isinstance(details, dict) else ""


def entry_for(
    stored: StoredActivation, body: dict[str, Any], on_disk: dict[str, Any] | None
) -> dict[str, Any]:
    """The SDK's entry for a license of an activation: as the server sent it, plus
    the fields the SDK keeps itself (as its update_cache("activate_license") writes
    them; a bundle's as its BundleManager does)."""
    bundle = isinstance(json.loads(stored.license_body), list)
    entry = {k: v for k, v in body.items() if k not in ("variables", "request", "active")}
    entry["device_variables"] = [
        {**v, "needs_update": False} for v in body.get("variables") or [] if isinstance(v, dict)
    ]
    if stored.kind == "user":
        entry["username"] = stored.identity
    entry.update(
        hardware_id=stored.hardware_id,
        activation_date=_iso(stored.activated_at),
        last_check=_iso(stored.last_check),
        last_usage=_iso(max(stored.last_seen, stored.last_check)),
        grace_period_start=None,
        license_enabled=stored.server_state != "disabled",
        license_active=True,
        is_expired=stored.server_state == "expired" or bool(body.get("is_expired")),
        is_bundle_activated=bundle,
        is_offline_activated=stored.offline,
        local_consumptions=0 if body.get("license_type") == "consumption" else None,
        user_data=[],
        schema_version=SCHEMA_VERSION,
    )
    if isinstance(on_disk, dict) and on_disk.get("id") == entry.get("id"):
        # The same license the SDK already holds: what it knows and we do not stays.
        for name, value in on_disk.items():
            if name not in entry or (name in SDK_LOCAL and value is not None):
                entry[name] = value
        entry["product_features"] = _with_local_counts(
            entry.get("product_features"), on_disk.get("product_features")
        )
    return entry


def _with_local_counts(features: Any, on_disk: Any) -> list[Any]:
    """The server's features, each with the consumptions the SDK counted and has not
    sent yet (what the file holds may be anything: only a count by a code is taken)."""
    kept = on_disk if isinstance(on_disk, list) else []
    local = {
        f["code"]: f["local_consumptions"]
        for f in kept
        if isinstance(f, dict)
        and isinstance(f.get("code"), str)
        and isinstance(f.get("local_consumptions"), int)
    }
    return [
        {**f, "local_consumptions": local[f["code"]]}
        if isinstance(f, dict) and isinstance(f.get("code"), str) and f["code"] in local
        else f
        for f in (features if isinstance(features, list) else [])
    ]


def write(config: Config, stored: StoredActivation) -> Path | None:
    """Mirror ``stored`` into the SDK's file (nothing when the setting is off)."""
    path = location(config)
    if path is None:
        return None
    with locked(path, timeout=LOCK_WAIT):  # the SDK's lock: no update of its lost
        secret = password(config)
        whole, salt = read_all(path, secret)
        licenses = whole.setdefault("licenses", {})
        for body in members(stored):
            code = _code(body) or config.product
            licenses[code] = entry_for(stored, body, licenses.get(code))
        _rewrite(config, path, whole, secret, salt)
    return path


def _bundled_with(mine: dict[str, Any], other: Any) -> bool:
    """Another product's entry activated in one bundle with ours (the same key)."""
    key = mine.get("license_key")
    return (
        bool(key)
        and bool(mine.get("is_bundle_activated"))
        and isinstance(other, dict)
        and bool(other.get("is_bundle_activated"))
        and other.get("license_key") == key
    )


def _rewrite(
    config: Config, path: Path, whole: dict[str, Any], secret: str, salt: bytes | None
) -> None:
    # The salt stays, even across a removal (remembered beside our own files): the
    # SDK derives its key from the first file it reads and keeps that key, so a
    # program running meanwhile goes on reading the file.
    remembered = product_dir(config) / SALT_FILE
    if salt is None:
        with contextlib.suppress(OSError):
            kept = remembered.read_bytes()
            salt = kept if len(kept) == SALT_SIZE else None
    salt = salt or os.urandom(SALT_SIZE)
    plain = json.dumps(whole, ensure_ascii=False).encode()
    write_atomic(path, seal(plain, secret, salt))
    with contextlib.suppress(OSError):  # a salt is no secret: it is in the file's header
        write_atomic(remembered, salt)


def remove(config: Config) -> None:
    """Take this product (with a bundle: each product activated with it) out of the
    SDK's file; the file goes with its last one."""
    path = location(config)
    if path is None:
        return
    with locked(path, timeout=LOCK_WAIT):
        secret = password(config)
        whole, salt = read_all(path, secret)
        licenses = whole.get("licenses", {})
        mine = licenses.get(config.product)
        if not isinstance(mine, dict):
            return
        key = mine.get("license_key")
        for code in list(licenses):
            other = licenses[code]
            bundled = isinstance(other, dict) and other.get("is_bundle_activated")
            if code == config.product or (
                bundled
                and mine.get("is_bundle_activated")
                and key
                and other.get("license_key") == key
            ):
                del licenses[code]
        if not licenses:
            path.unlink(missing_ok=True)  # as the SDK's own removal leaves it
            return
        _rewrite(config, path, whole, secret, salt)


def offer(config: Config, hardware_id: str) -> Path | None:
    """The SDK's file (the configured one, else the SDK's own place) when it holds an
    online activation of this product for this hardware id; None otherwise, quietly:
    a file that does not fit is simply not offered."""
    path = location(config) or sdk_default_folder(config.product) / DEFAULT_FILE
    try:
        entry = read_entry(config, path)
    except (SdkFileUnreadable, OSError):
        return None
    if entry is None or entry.get("hardware_id") != hardware_id:
        return None
    return None if entry.get("is_offline_activated") else path
