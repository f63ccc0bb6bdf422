"""No seat lost, no activation lost: journal and reconcile, switching licenses,
races, a clock that ran ahead, unsigned removals, a read-only data folder.
The real client against the real sandbox over loopback HTTPS."""

from __future__ import annotations

import os
import stat
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.activation import Activator, Identity
from app.core.store import ActivationStore
from app.errors import (
    ActivationChanged,
    ActivationExists,
    ActivationInvalid,
    AnswerLost,
    Cancelled,
    NotActivated,
    describe,
)
from app.sandbox.faults import Fault, Faults
from app.sandbox.server import Sandbox
from tests.conftest import MemoryKeyring

KEY = Identity("license_key", "DEMO-OKAY-0000-0001")
OTHER = Identity("license_key", "DEMO-OKAY-0000-0002")


def fresh(activator: Activator, **changes: object) -> Activator:
    """Another run of the program on the same device and store."""
    config = replace(activator.config, **changes) if changes else activator.config
    return Activator(config, store=activator.store, clock=activator._clock)


def test_a_lost_answer_after_commit_is_retried_once_and_spends_one_seat(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    faults.add(Fault("drop_after", endpoint="activate_license"))
    result = activator.activate(KEY)
    assert result.recovered  # the retry met 409 and fetched the license
    assert sandbox.db.seats_used(KEY.value) == 1
    assert activator.load().identity == KEY.value
    assert [e["kind"] for e in faults.applied()] == ["drop_after"]
    assert activator.pending() is None


def test_an_answer_lost_twice_says_the_server_may_have_it_and_next_start_keeps_it(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    faults.add(Fault("drop_after", endpoint="activate_license", times=2))
    with pytest.raises(AnswerLost) as caught:
        activator.activate(KEY)
    message = describe(caught.value)
    assert "may have recorded it" in message.what and "does not use another seat" in message.todo
    assert activator.pending() is not None  # journaled: settled later
    with pytest.raises(NotActivated):
        activator.load()
    said = fresh(activator).reconcile()  # the next start
    assert "now saved on this computer" in said
    assert activator.load().identity == KEY.value
    assert sandbox.db.seats_used(KEY.value) == 1


def test_a_cancelled_activation_that_reached_the_server_is_undone(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    faults.add(Fault("latency", "2", endpoint="activate_license"))
    from app.core.cancel import CancelToken

    token = CancelToken()
    threading.Timer(0.5, token.cancel).start()
    with pytest.raises(Cancelled):
        activator.activate(KEY, token)
    assert activator.pending() is not None
    activator.journal.set_intent("undo")  # what the wizard's Cancel says
    faults.released.wait(2.5)  # the slow server commits after all
    assert sandbox.db.seats_used(KEY.value) == 1
    said = activator.reconcile()
    assert "its seat was freed again" in said
    assert sandbox.db.seats_used(KEY.value) == 0
    assert activator.pending() is None


def test_a_cancel_before_the_server_acts_is_checked_again_later(
    activator: Activator, sandbox: Sandbox
) -> None:
    from app.core.journal import Pending

    def cancelled(seconds_ago: float) -> None:
        activator.journal.record(
            Pending(
                "activate",
                "license_key",
                KEY.value,
                activator.device.hardware_id,
                activator._clock() - seconds_ago,
                intent="undo",
            )
        )

    cancelled(0)
    said = activator.reconcile()  # a slow server may still act on it
    assert "checked again the next time" in said and activator.pending() is not None
    cancelled(3600)  # an hour later nothing can come any more
    assert "had not reached the server" in activator.reconcile()
    assert activator.pending() is None


def test_another_license_is_not_overwritten_without_freeing_its_seat(
    activator: Activator, sandbox: Sandbox
) -> None:
    activator.activate(KEY)
    with pytest.raises(ActivationExists) as caught:
        activator.activate(OTHER)
    assert "****-****-****-0001" in describe(caught.value).what
    activator.activate(OTHER, replace_old="deactivate")
    assert sandbox.db.seats_used(KEY.value) == 0 and sandbox.db.seats_used(OTHER.value) == 1
    assert activator.load().identity == OTHER.value
    activator.activate(KEY, replace_old="abandon")  # the old seat stays, a copy is kept
    assert sandbox.db.seats_used(OTHER.value) == 1
    kept = list(activator.store.folder.glob("removed-replaced-*.json"))
    assert len(kept) == 1 and oct(kept[0].stat().st_mode & 0o777) == "0o600"


def test_the_same_license_again_is_recovered_not_refused(activator: Activator) -> None:
    activator.activate(KEY)
    again = activator.activate(KEY)
    assert again.recovered


def test_a_check_answer_after_a_deactivation_does_not_bring_it_back(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    activator.activate(KEY)
    faults.add(Fault("latency", "1.5", endpoint="check_license"))
    outcome: list[object] = []
    checker = threading.Thread(target=lambda: _run(outcome, activator.check))
    checker.start()
    threading.Event().wait(0.5)
    fresh(activator).deactivate()  # another window deactivates meanwhile
    checker.join(10)
    assert isinstance(outcome[0], ActivationChanged | ActivationInvalid | NotActivated)
    with pytest.raises(NotActivated):
        activator.load()


def test_two_licenses_at_once_leave_one_seat(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    faults.add(Fault("latency", "1", endpoint="activate_license", times=1))
    first = Activator(activator.config, store=activator.store)  # two windows, one device
    second = Activator(activator.config, store=activator.store)
    outcome: list[object] = []
    slow = threading.Thread(target=lambda: _run(outcome, lambda: first.activate(KEY)))
    slow.start()
    threading.Event().wait(0.3)
    second.activate(OTHER)  # finishes first
    slow.join(10)
    assert describe(outcome[0]).title == "Another activation finished first"  # type: ignore[arg-type]
    assert sandbox.db.seats_used(KEY.value) == 0  # the loser freed its seat
    assert sandbox.db.seats_used(OTHER.value) == 1
    assert activator.load().identity == OTHER.value


def test_a_clock_that_ran_ahead_does_not_lock_the_user_out(
    activator: Activator, sandbox: Sandbox
) -> None:
    real = activator._clock
    activator.activate(KEY)
    ahead = ActivationStore(  # the program run once with the clock 3 days ahead (dual boot)
        activator.config, backend=activator.store.vault.backend, clock=lambda: real() + 3 * 86400
    )
    ahead.load(activator.device.hardware_id)  # last used "three days from now"
    with pytest.raises(ActivationInvalid) as caught:
        activator.load()  # the clock is right again
    assert caught.value.reason == "clock_rolled_back"
    assert "check the license again" in describe(caught.value).todo
    checked = activator.check()  # works whatever the local clock; re-anchors
    assert checked.last_seen <= real() + 60
    assert activator.load().identity == KEY.value
    activator.deactivate()  # and deactivate works too
    assert sandbox.db.seats_used(KEY.value) == 0


def test_a_real_rollback_is_still_caught(activator: Activator) -> None:
    activator.activate(KEY)
    activator.load()
    behind = ActivationStore(
        activator.config,
        backend=activator.store.vault.backend,
        clock=lambda: activator._clock() - 3 * 86400,
    )
    with pytest.raises(ActivationInvalid) as caught:
        behind.load(activator.device.hardware_id)
    assert caught.value.reason == "clock_rolled_back"


def test_an_unsigned_device_not_found_keeps_the_activation_recoverable(
    activator: Activator, sandbox: Sandbox
) -> None:
    activator.activate(KEY)
    with sandbox.db.tx() as db:
        db.execute("UPDATE devices SET active = 0")  # or a middlebox saying so
    with pytest.raises(ActivationInvalid):
        activator.check()
    kept = list(activator.store.folder.glob("removed-not-on-server-*.json"))
    assert len(kept) == 1
    with sandbox.db.tx() as db:
        db.execute("UPDATE devices SET active = 1")
    assert activator.import_recovery(kept[0]).identity == KEY.value  # nothing lost


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders anyway")
def test_a_read_only_data_folder_still_loads(activator: Activator) -> None:
    activator.activate(KEY)
    folder = activator.store.folder
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert activator.load().identity == KEY.value
    finally:
        folder.chmod(0o700)


def test_a_read_only_data_folder_still_loads_even_for_root(
    activator: Activator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root the folder cannot be made read-only: make every write fail instead."""
    activator.activate(KEY)
    real_open = open

    def read_only(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(c in mode for c in "wa+") and str(file).startswith(str(activator.store.folder)):
            raise PermissionError(13, "Read-only file system", str(file))
        return real_open(file, mode, *args, **kwargs)

    import builtins

    monkeypatch.setattr(builtins, "open", read_only)
    assert activator.load().identity == KEY.value


def _run(out: list[object], call) -> None:  # type: ignore[no-untyped-def]
    try:
        out.append(call())
    except Exception as exc:  # the test looks at it
        out.append(exc)


def test_sso_recovery_after_409_uses_the_token_or_the_remembered_account(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    import time

    from app.core.sso import Grant
    from tests.conftest import sandbox_config

    config = sandbox_config(sandbox, tmp_path, product="sandbox-users")
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))

    def grant(kind: str) -> Grant:
        value = f"{kind}-{time.monotonic_ns()}"
        with sandbox.db.tx() as db:
            user = db.execute("SELECT id FROM users WHERE email='alice@acme.example'").fetchone()
            db.execute(
                "INSERT INTO sso_grants (value, kind, user_id, account, redirect_uri,"
                " expires_at) VALUES (?, ?, ?, 'acme-sso', 'r', ?)",
                (value, kind, user[0], time.time() + 60),
            )
        return (
            Grant("acme-sso", "r", code=value)
            if kind == "code"
            else Grant("acme-sso", "r", id_token=value)
        )

    activator.activate(Identity("sso", "", grant=grant("code")))
    activator.store.delete()  # this computer forgets; the server still has the device
    again = activator.activate(Identity("sso", "", grant=grant("code")))  # remembered e-mail
    assert again.recovered and again.activation.identity == "alice@acme.example"
    activator.store.delete()
    (activator.store.folder / "sso.json").unlink()
    token = activator.activate(Identity("sso", "", grant=grant("token")))  # asks with the token
    assert token.recovered
    activator.store.delete()
    (activator.store.folder / "sso.json").unlink()
    with pytest.raises(Exception) as caught:
        activator.activate(Identity("sso", "", grant=grant("code")))
    assert describe(caught.value).title == "This device is already activated"
