"""Where an activation lives: a keyring secret plus an encrypted, signed document.

Layout per product:
- keyring item (service from the config, account ``activation``): JSON with the
  identity (license key or account e-mail; never a password), the activation
  kind and a random 256-bit key;
- ``<data>/<product>/activation.bin``: the activation document, AES-GCM under
  that key: the raw signed license body, its signature, hardware id, server
  URL, activation / last-check / last-seen times.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
import time
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from activation_wizard.config import Config
from activation_wizard.core.datadir import product_dir
from activation_wizard.core.policy import Policy
from activation_wizard.core.store import sdk_file
from activation_wizard.core.store.document import (
    DocumentCorrupt,
    decrypt,
    encrypt,
    locked,
    write_atomic,
)
from activation_wizard.core.store.record import StoredActivation, check_types
from activation_wizard.core.store.vault import Vault, backend_label
from activation_wizard.errors import (
    ActivationChanged,
    ActivationInvalid,
    DataFolderNotWritable,
    NotActivated,
    NotARecoveryFile,
    ResponseSignatureError,
    StorageError,
)

if TYPE_CHECKING:
    import keyring.backend
    from activation_wizard.core.api.verify import ResponseVerifier

log = logging.getLogger(__name__)
__all__ = ["ActivationStore", "StoredActivation"]

DOCUMENT_NAME = "activation.bin"
RECOVERY_FORMAT = "activation-wizard/recovery-1"
CLOCK_TOLERANCE = 3600.0  # s: DST changes and small resyncs must not lock anyone out


class ActivationStore:
    def __init__(
        self,
        config: Config,
        *,
        backend: keyring.backend.KeyringBackend | None = None,
        clock: Any = time.time,
        keyring_timeout: float | None = None,
    ) -> None:
        self.config = config
        self.folder = product_dir(config)
        self.path = self.folder / DOCUMENT_NAME
        self.vault = Vault(config.keyring_service, backend, keyring_timeout)
        self._clock = clock

    @cached_property
    def _verifier(self) -> ResponseVerifier:
        # On first use (a worker): cryptography stays off the start-up path.
        from activation_wizard.core.api.verify import ResponseVerifier

        return ResponseVerifier(self.config.public_key_pem)

    # --- before spending a seat --------------------------------------------------

    def preflight(self) -> None:
        """Prove both halves can be written now, before the server is asked anything."""
        self.vault.probe()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = self.folder / f".probe-{os.urandom(8).hex()}"
            probe.write_bytes(b"probe")
            probe.unlink()
        except OSError as exc:
            raise DataFolderNotWritable(exc.strerror or str(exc), path=str(self.folder)) from exc

    # --- save / load / delete ----------------------------------------------------

    def save(self, activation: StoredActivation, *, expect: int | None = None) -> StoredActivation:
        """Write the document; the keyring only when the identity is new.

        Rewrites (a check, a retry) keep the existing key, so the keyring is not
        written again: a keyring failure then cannot leave the document under a
        key the keyring does not hold.  ``expect``: the generation the change was
        computed from (0: nothing was stored); anything else now stored raises
        ``ActivationChanged`` and nothing is written.  Returns what was written.
        """
        try:
            # The keyring is read under the lock (another writer may change it); the
            # lock itself is never waited on longer than the keyring would be.
            with locked(self.path, timeout=self.vault.timeout):
                secret = self.vault.get()
                same = secret is not None and secret.get("identity") == activation.identity
                key = _key_of(secret) if same and secret is not None else None
                current = self._generation(secret)
                if expect is not None and current != expect:
                    raise ActivationChanged(f"stored generation {current}, expected {expect}")
                activation = replace(activation, generation=current + 1)
                new = key is None
                key = key or os.urandom(32)
                write_atomic(self.path, self._seal(key, activation))
                if new:
                    self.vault.put(
                        {
                            "v": 1,
                            "kind": activation.kind,
                            "identity": activation.identity,
                            "key": base64.b64encode(key).decode(),
                        }
                    )
        except OSError as exc:
            raise DataFolderNotWritable(exc.strerror or str(exc), path=str(self.folder)) from exc
        self._mirror(lambda: sdk_file.write(self.config, activation))
        return activation

    def _mirror(self, change: Any) -> None:
        """Keep the official SDK's license file in step (interop.sdk_license_file).
        Ours is already written, and stays the activation whatever happens here: a
        file the SDK's key cannot open, a folder we cannot write, a file whose content
        is not what the SDK writes, are logged and left as they are."""
        if not self.config.sdk_license_file:
            return
        try:
            change()
        except Exception as exc:  # a side copy for another program: never our failure
            log.warning("the SDK's license file was left as it is: %s", exc)

    def _generation(self, secret: dict[str, Any] | None) -> int:
        """The stored document's generation (0: none, or none that can be read)."""
        key = _key_of(secret) if secret is not None else None
        if key is None or not self.path.exists():
            return 0
        try:
            data = json.loads(decrypt(key, self.path.read_bytes(), self._aad()))
            return int(data.get("generation", 0)) or 1
        except (DocumentCorrupt, ValueError, TypeError, AttributeError):
            return 0

    def load(self, hardware_id: str, *, for_server: bool = False) -> StoredActivation:
        """The verified activation; ``NotActivated`` or ``ActivationInvalid`` otherwise.

        ``for_server``: the activation is loaded to ask the server about it (check,
        deactivate), so expiry and the last verdict are the server's to judge:
        a license may be enabled again, and an expired one can still free its seat.
        """
        try:
            stored, key, blob = self._read()
            # For the server's eyes (check, deactivate) the local clock does not
            # matter: the server judges, and a signed answer re-anchors the time.
            self.verify(
                stored, hardware_id, check_expiry=not for_server, check_clock=not for_server
            )
            if stored.server_state != "ok" and not for_server:
                raise ActivationInvalid(stored.server_state)
            now = self._clock()
            if not for_server and Policy.of(self.config).check_overdue(stored, now):
                days = (now - stored.last_check) / 86400
                raise ActivationInvalid("check_needed", f"last checked {days:.0f} days ago")
            if now > stored.last_seen:
                stored = replace(stored, last_seen=now)
                self._record_use(key, blob, stored)
            return stored
        except OSError as exc:
            raise StorageError(exc.strerror or str(exc)) from exc

    def _read(self) -> tuple[StoredActivation, bytes, bytes]:
        """The stored activation, its key and the document's bytes.  No lock: a
        writer replaces the document by an atomic rename, and a reader never waits on
        a writer (which may sit on a keyring prompt).  A key and a document of two
        different saves (another program saving in between) are read again."""
        for attempt in range(3):
            secret = self.vault.get()
            blob = self.path.read_bytes() if self.path.exists() else None
            if secret is None and blob is None:
                raise NotActivated()
            if secret is None:
                raise ActivationInvalid("keyring_item_missing")
            if blob is None:
                raise ActivationInvalid("document_missing")
            try:
                key = base64.b64decode(secret["key"])
                data = json.loads(decrypt(key, blob, self._aad()))
                return StoredActivation.from_json(data), key, blob
            except (DocumentCorrupt, KeyError, ValueError, TypeError):
                if attempt == 2:
                    raise ActivationInvalid("document_corrupt") from None
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _record_use(self, key: bytes, read: bytes, stored: StoredActivation) -> None:
        """Keep ``last_seen`` (the clock check's anchor), unless the document changed
        since it was read or another program holds the lock: never worth a wait."""
        try:
            with locked(self.path, timeout=0.5):
                if self.path.read_bytes() == read:
                    write_atomic(self.path, self._seal(key, stored))
        except (OSError, StorageError) as exc:  # e.g. a read-only folder: still valid
            log.warning("could not record last use (%s)", getattr(exc, "strerror", None) or exc)

    def verify(
        self,
        stored: StoredActivation,
        hardware_id: str,
        *,
        check_expiry: bool = True,
        check_clock: bool = True,
    ) -> None:
        self._signed_by_vendor(stored, hardware_id)
        from activation_wizard.core.api.typed_json import ShapeError

        try:
            info = stored.license
        except ShapeError:  # signed, but not a license this program can read
            raise ActivationInvalid("document_corrupt", "license fields") from None
        if stored.hardware_id != hardware_id or (info.hardware_id or hardware_id) != hardware_id:
            raise ActivationInvalid("other_device")
        if stored.product != self.config.product:
            raise ActivationInvalid("other_product")
        self._bound(stored, hardware_id)
        now = self._clock()
        last_seen = stored.last_seen
        if not isinstance(last_seen, int | float) or last_seen != last_seen:  # NaN
            raise ActivationInvalid("document_corrupt")  # never a way around the check
        if check_clock and now + CLOCK_TOLERANCE < last_seen:
            behind = (last_seen - now) / 3600
            raise ActivationInvalid("clock_rolled_back", f"clock is {behind:.1f} h behind")
        ends = info.ends_at  # after the grace period, where the license has one
        if check_expiry and ends is not None and ends.timestamp() < now:
            raise ActivationInvalid("expired")

    def _signed_by_vendor(self, stored: StoredActivation, hardware_id: str) -> None:
        """The License API's RSA signature over the body; for an air-gapped activation
        the vendor's confirmation code over this device, key and policy."""
        if not stored.airgap:
            try:
                self._verifier.verify(stored.license_body, stored.license_signature)
            except ResponseSignatureError:
                raise ActivationInvalid("signature") from None
            return
        from activation_wizard.core import airgap

        try:
            policy_id = str(json.loads(stored.license_body)["policy_id"])
            confirmed = airgap.confirmation_ok(
                stored.license_signature,
                self.config.airgap_public_key,
                hardware_id,
                stored.identity,
                policy_id,
            )
        except (ValueError, KeyError, TypeError, binascii.Error):
            confirmed = False  # no air-gap key any more, or a body without its policy
        if not confirmed:
            raise ActivationInvalid("signature")

    def _bound(self, stored: StoredActivation, hardware_id: str) -> None:
        """The signed body is a license of this product, for this device, naming the
        key or account it is kept under (core.api.binding): a genuine answer of
        another kind, license or device never reads as an activation."""
        from activation_wizard.core.api import binding
        from activation_wizard.errors import AnswerMismatch

        if stored.kind not in ("license_key", "user"):
            raise ActivationInvalid("document_corrupt", "kind")
        asked: dict[str, Any] = {
            "product": self.config.product,
            "hardware_id": hardware_id,
            ("license_key" if stored.kind == "license_key" else "username"): stored.identity,
        }
        if stored.license_id is not None:
            asked["license_id"] = stored.license_id
        if stored.airgap:  # the confirmation code named device and key: the body must too
            self._bound_air_gapped(stored, asked)
            return
        try:
            body = json.loads(stored.license_body)
            binding.any_answer(body, asked, binding.STORED, self._verifier)
        except (ValueError, RecursionError):
            raise ActivationInvalid("document_corrupt", "license body") from None
        except AnswerMismatch as exc:
            raise ActivationInvalid("unbound", exc.detail) from None

    def delete(self) -> None:
        with locked(self.path, timeout=self.vault.timeout):
            self.vault.delete()
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise StorageError(exc.strerror or str(exc)) from exc
        self._mirror(lambda: sdk_file.remove(self.config))

    def _bound_air_gapped(self, stored: StoredActivation, asked: dict[str, Any]) -> None:
        try:
            body = json.loads(stored.license_body)
            details = body.get("product_details") or {}
            named = (body.get("hardware_id"), body.get("license_key"), details.get("short_code"))
        except (ValueError, AttributeError, RecursionError):
            raise ActivationInvalid("document_corrupt", "license body") from None
        if named != (asked["hardware_id"], asked.get("license_key"), asked["product"]):
            raise ActivationInvalid("unbound", "air-gapped license of another device or key")

    def move_aside(self, activation: StoredActivation, reason: str) -> Path:
        """Remove the activation, keeping it as a recovery file beside the data (for
        ``import``): a step taken on an unsigned answer must be reversible."""
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(self._clock()))
        path = self.folder / f"removed-{reason}-{stamp}.json"
        self.export(activation, path)
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        self.delete()
        log.warning("activation moved aside (%s) to %s", reason, path)
        return path

    def describe(self) -> str:
        """Where it lives, in words: shown to the user on the status page."""
        return f"{backend_label(self.vault.backend)} and {self.path}"

    def exists(self) -> bool:
        return self.path.exists()

    # --- recovery files ----------------------------------------------------------

    def export(self, activation: StoredActivation, path: Path) -> None:
        """A plain recovery file: the signed activation, for when the keyring failed
        (private: it holds the license key)."""
        from activation_wizard.core.userfiles import write_private

        data = {"format": RECOVERY_FORMAT, **activation.to_json()}
        write_private(path, json.dumps(data, indent=1).encode())

    def read_recovery(self, path: Path, hardware_id: str) -> StoredActivation:
        from activation_wizard.core.userfiles import read_limited

        raw = read_limited(path, MAX_RECOVERY)
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
            raise NotARecoveryFile("not a recovery file", path=str(path))
        try:
            stored = StoredActivation.from_json(data)
            check_types(stored)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            raise ActivationInvalid("document_corrupt") from None
        # The signed body names its license, key or account and device (verify binds
        # them): a recovery file whose kind, identity or device was edited is refused.
        self.verify(stored, hardware_id)
        return stored

    def _seal(self, key: bytes, activation: StoredActivation) -> bytes:
        return encrypt(key, json.dumps(activation.to_json()).encode(), self._aad())

    def _aad(self) -> bytes:
        return f"{self.config.product}\n{self.config.keyring_service}".encode()


MAX_RECOVERY = 1024 * 1024


def _key_of(secret: dict[str, Any]) -> bytes | None:
    try:
        key = base64.b64decode(secret["key"], validate=True)
    except (KeyError, TypeError, binascii.Error):
        return None
    return key if len(key) == 32 else None
