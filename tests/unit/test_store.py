"""The store: what is kept, and every reason a kept activation is refused."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.store import ActivationStore
from activation_wizard.core.store.vault import ACCOUNT, WINDOWS_BLOB_LIMIT
from activation_wizard.errors import (
    ActivationInvalid,
    DataFolderNotWritable,
    KeyringNoAnswer,
    KeyringUnavailable,
    NotActivated,
    StoreBusy,
)
from activation_wizard.messages import describe
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import MemoryKeyring

KEY = Identity("license_key", "DEMO-OKAY-0000-0001")


def test_activation_round_trips_and_the_secret_is_small(
    activator: Activator, memory_keyring: MemoryKeyring
) -> None:
    result = activator.activate(KEY)
    assert result.save_error is None
    secret = memory_keyring.items[(activator.config.keyring_service, ACCOUNT)]
    assert len(secret.encode("utf-16-le")) < WINDOWS_BLOB_LIMIT
    data = json.loads(secret)
    assert data["identity"] == "DEMO-OKAY-0000-0001" and len(base64.b64decode(data["key"])) == 32
    assert b"DEMO-OKAY" not in activator.store.path.read_bytes()  # encrypted at rest
    loaded = activator.load()
    assert loaded.license.license_key == "DEMO-OKAY-0000-0001"
    assert loaded.license_body == result.activation.license_body


def test_password_is_never_stored(
    config: Config, memory_keyring: MemoryKeyring, sandbox: Sandbox
) -> None:
    cfg = replace(config, product="sandbox-users")
    activator = Activator(cfg, store=ActivationStore(cfg, backend=memory_keyring))
    activator.activate(Identity("user", "ok@sandbox.test", "demo-password"))
    assert all("demo-password" not in v for v in memory_keyring.items.values())
    stored = activator.load()
    assert "demo-password" not in json.dumps(stored.to_json())


def test_nothing_stored_is_not_activated(activator: Activator) -> None:
    with pytest.raises(NotActivated):
        activator.load()


def test_one_changed_byte_in_the_document_is_rejected(activator: Activator) -> None:
    activator.activate(KEY)
    blob = bytearray(activator.store.path.read_bytes())
    blob[len(blob) // 2] ^= 0x40
    activator.store.path.write_bytes(bytes(blob))
    with pytest.raises(ActivationInvalid) as caught:
        activator.load()
    assert caught.value.reason == "document_corrupt"


def test_a_document_whose_license_was_altered_fails_its_signature(activator: Activator) -> None:
    result = activator.activate(KEY)
    altered = result.activation.license_body.replace(b'"max_activations":5', b'"max_activations":9')
    assert altered != result.activation.license_body
    activator.store.save(replace(result.activation, license_body=altered))
    with pytest.raises(ActivationInvalid) as caught:
        activator.load()
    assert caught.value.reason == "signature"


def test_a_document_copied_from_another_device_is_rejected(
    activator: Activator, config: Config, memory_keyring: MemoryKeyring
) -> None:
    activator.activate(KEY)
    other = ActivationStore(config, backend=memory_keyring)
    with pytest.raises(ActivationInvalid) as caught:
        other.load("f" * 64)  # what another machine's hardware id looks like
    assert caught.value.reason == "other_device"
    assert "another device" in describe(caught.value).what


def test_an_expired_license_is_rejected(activator: Activator) -> None:
    activator.activate(KEY)
    later = ActivationStore(
        activator.config, backend=activator.store.vault.backend, clock=lambda: 4102444800.0
    )  # 2100-01-01
    with pytest.raises(ActivationInvalid) as caught:
        later.load(activator.device.hardware_id)
    assert caught.value.reason == "expired"


def test_a_rolled_back_clock_is_rejected_beyond_the_tolerance(activator: Activator) -> None:
    import time

    activator.activate(KEY)
    backend = activator.store.vault.backend
    hw = activator.device.hardware_id
    now = time.time()
    within = ActivationStore(activator.config, backend=backend, clock=lambda: now - 1800)
    within.load(hw)  # half an hour back (DST, a resync): fine
    behind = ActivationStore(activator.config, backend=backend, clock=lambda: now - 2 * 86400)
    with pytest.raises(ActivationInvalid) as caught:
        behind.load(hw)
    assert caught.value.reason == "clock_rolled_back"


def test_fail_backend_is_no_keyring_and_the_server_is_not_asked(
    config: Config, sandbox: Sandbox
) -> None:
    activator = Activator(
        config, store=ActivationStore(config, backend=keyring.backends.fail.Keyring())
    )
    with pytest.raises(KeyringUnavailable):
        activator.activate(KEY)
    assert sandbox.db.seats_used(KEY.value) == 0


def test_null_backend_counts_as_no_keyring(config: Config, sandbox: Sandbox) -> None:
    activator = Activator(
        config, store=ActivationStore(config, backend=keyring.backends.null.Keyring())
    )
    with pytest.raises(KeyringUnavailable):
        activator.activate(KEY)
    assert sandbox.db.seats_used(KEY.value) == 0


def test_unwritable_data_folder_is_found_before_the_server_is_asked(
    config: Config, memory_keyring: MemoryKeyring, sandbox: Sandbox, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # root ignores permissions; a file as parent stops anyone
    cfg = replace(config, data_dir=blocker / "data")
    activator = Activator(cfg, store=ActivationStore(cfg, backend=memory_keyring))
    with pytest.raises(DataFolderNotWritable) as caught:
        activator.activate(KEY)
    assert str(blocker) in describe(caught.value).what
    assert sandbox.db.seats_used(KEY.value) == 0


def test_storage_failing_after_the_yes_is_recoverable_without_a_second_seat(
    config: Config, sandbox: Sandbox, tmp_path: Path
) -> None:
    class BreaksAfterProbe(MemoryKeyring):
        priority = 0  # type: ignore[assignment]  # passed in only: never the system's

        def set_password(self, service: str, username: str, password: str) -> None:
            if username == ACCOUNT:
                raise keyring.errors.PasswordSetError("the keyring went away")
            super().set_password(service, username, password)

    broken = BreaksAfterProbe()
    activator = Activator(config, store=ActivationStore(config, backend=broken))
    result = activator.activate(KEY)
    assert result.save_error is not None  # the yes is kept, not thrown away
    assert sandbox.db.seats_used(KEY.value) == 1
    rescue = tmp_path / "recovery.json"
    activator.export(result, rescue)

    working = MemoryKeyring()
    later = Activator(config, store=ActivationStore(config, backend=working))
    stored = later.import_recovery(rescue)
    assert stored.license.license_key == "DEMO-OKAY-0000-0001"
    # The same license, confirmed by the server when imported (its check answer is kept).
    assert later.load().license.id == result.activation.license.id
    assert sandbox.db.seats_used(KEY.value) == 1  # no second seat was spent


def test_a_repeated_activation_recovers_instead_of_failing(
    activator: Activator, sandbox: Sandbox
) -> None:
    activator.activate(KEY)
    activator.store.delete()  # e.g. the user wiped local data
    again = activator.activate(KEY)
    assert again.recovered is True
    assert sandbox.db.seats_used(KEY.value) == 1


def test_deactivate_removes_both_halves_and_frees_the_seat(
    activator: Activator, memory_keyring: MemoryKeyring, sandbox: Sandbox
) -> None:
    activator.activate(KEY)
    assert sandbox.db.seats_used(KEY.value) == 1
    activator.deactivate()
    assert memory_keyring.items == {}
    assert not activator.store.path.exists()
    assert sandbox.db.seats_used(KEY.value) == 0


def test_check_updates_the_document_and_notices_a_removed_device(
    activator: Activator, sandbox: Sandbox
) -> None:
    first_result = activator.activate(KEY)
    checked = activator.check()
    assert checked.last_check >= first_result.activation.last_check
    with sandbox.db.tx() as db:
        db.execute("UPDATE devices SET active = 0")  # the vendor removed it in the portal
    with pytest.raises(ActivationInvalid) as caught:
        activator.check()
    assert caught.value.reason == "not_active"
    with pytest.raises(NotActivated):
        activator.load()


def test_a_license_the_server_disabled_stays_refused_until_a_check_finds_it_good(
    activator: Activator, sandbox: Sandbox
) -> None:
    activator.activate(KEY)

    def set_enabled(value: int) -> None:
        with sandbox.db.tx() as db:
            db.execute("UPDATE licenses SET enabled = ? WHERE license_key = ?", (value, KEY.value))

    set_enabled(0)
    with pytest.raises(ActivationInvalid) as caught:
        activator.check()
    assert caught.value.reason == "disabled"
    with pytest.raises(ActivationInvalid) as caught:
        activator.load()  # a restart, or the vendor's program, sees it too
    assert caught.value.reason == "disabled"
    set_enabled(1)
    assert activator.check().server_state == "ok"
    assert activator.load().identity == KEY.value


def test_a_license_the_server_reports_expired_is_refused(
    activator: Activator, sandbox: Sandbox
) -> None:
    activator.activate(KEY)
    with sandbox.db.tx() as db:  # the vendor ends the license today
        db.execute(
            "UPDATE licenses SET validity_period = '2020-01-01T00:00:00.000Z'"
            " WHERE license_key = ?",
            (KEY.value,),
        )
    with pytest.raises(ActivationInvalid) as caught:
        activator.check()
    assert caught.value.reason == "expired"
    activator.deactivate()  # an expired license can still give its seat back
    assert sandbox.db.seats_used(KEY.value) == 0


@pytest.mark.parametrize(
    ("raised", "kind", "text"),
    [
        (keyring.errors.KeyringLocked("Collection is locked"), "KeyringLocked", "locked"),
        (
            keyring.errors.NoKeyringError("No recommended backend"),
            "KeyringUnavailable",
            "credential store",
        ),
        (keyring.errors.InitError("Failed to unlock the collection!"), "KeyringLocked", "locked"),
        (
            keyring.errors.PasswordSetError("Access denied by the user"),
            "KeyringAccessDenied",
            "denied",
        ),
        (
            RuntimeError("Unable to initialize SecretService: DBUS_SESSION_BUS_ADDRESS is unset"),
            "KeyringUnavailable",
            "credential store",
        ),
    ],
)
def test_keyring_failures_have_their_own_messages(
    config: Config, sandbox: Sandbox, raised: Exception, kind: str, text: str
) -> None:
    class Failing(MemoryKeyring):
        priority = 0  # type: ignore[assignment]  # passed in only: never the system's

        def set_password(self, service: str, username: str, password: str) -> None:
            raise raised

    activator = Activator(config, store=ActivationStore(config, backend=Failing()))
    with pytest.raises(Exception) as caught:
        activator.activate(KEY)
    assert type(caught.value).__name__ == kind
    assert text in describe(caught.value).title.lower() + describe(caught.value).what.lower()
    assert sandbox.db.seats_used(KEY.value) == 0


def test_a_check_rewrites_the_document_without_touching_the_keyring(
    config: Config, sandbox: Sandbox
) -> None:
    class CountsWrites(MemoryKeyring):
        priority = 0  # type: ignore[assignment]  # passed in only: never the system's
        writes = 0

        def set_password(self, service: str, username: str, password: str) -> None:
            if username == ACCOUNT:
                CountsWrites.writes += 1
            super().set_password(service, username, password)

    activator = Activator(config, store=ActivationStore(config, backend=CountsWrites()))
    activator.activate(KEY)
    activator.check()
    activator.check()
    assert CountsWrites.writes == 1  # a keyring failure during a check cannot break it


def test_a_read_only_folder_does_not_make_a_valid_activation_unusable(
    activator: Activator, monkeypatch: pytest.MonkeyPatch
) -> None:
    import activation_wizard.core.store as store_module

    activator.activate(KEY)

    def read_only(*_: object) -> None:
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(store_module, "write_atomic", read_only)
    assert activator.load().identity == KEY.value  # last use not recorded; still valid


# --- issue 19: a hung keyring never hangs anyone, and never holds the lock ----------


def test_a_hung_default_collection_probe_gives_up_in_time(
    config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Secret Service probe for a default collection was the one D-Bus call made
    outside the keyring timeout: a hung daemon hung the CLI forever."""
    import threading
    import time

    import activation_wizard.core.store.vault as vault

    release = threading.Event()
    monkeypatch.setattr(vault, "_no_default_collection", lambda backend: release.wait(30))
    store = ActivationStore(config, backend=MemoryKeyring(), keyring_timeout=0.5)
    started = time.monotonic()
    try:
        with pytest.raises(KeyringNoAnswer) as caught:
            store.load("any-device")
        assert time.monotonic() - started < 5
        assert describe(caught.value).title == "The keyring did not answer"
    finally:
        release.set()


def test_a_reader_never_waits_for_a_writer_that_waits_on_the_keyring(
    activator: Activator, memory_keyring: MemoryKeyring
) -> None:
    """The wizard may sit on a keyring prompt while saving: the vendor's program loading
    the activation meanwhile must not wait for it (a writer's rename is atomic)."""
    import threading
    import time

    from activation_wizard.core.store.document import locked

    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    holding, release = threading.Event(), threading.Event()

    def writer_waiting_on_a_prompt() -> None:
        with locked(activator.store.path):
            holding.set()
            release.wait(30)

    writer = threading.Thread(target=writer_waiting_on_a_prompt)
    writer.start()
    holding.wait(5)
    try:
        started = time.monotonic()
        assert activator.load().identity == "DEMO-OKAY-0000-0001"
        assert time.monotonic() - started < 2
        other_writer = ActivationStore(
            activator.config, backend=memory_keyring, keyring_timeout=0.5
        )
        with pytest.raises(StoreBusy) as caught:  # a second writer says so, in time
            other_writer.delete()
        assert "did not finish within" in describe(caught.value).what
    finally:
        release.set()
        writer.join(5)
