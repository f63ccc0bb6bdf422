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
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import (
    ActivationChanged,
    ActivationExists,
    ActivationInvalid,
    AnswerLost,
    Cancelled,
    NotActivated,
    SsoSignInAgain,
)
from activation_wizard.messages import describe
from activation_wizard.sandbox.faults import Fault, Faults
from activation_wizard.sandbox.server import Sandbox

from tests.conftest import MemoryKeyring

KEY = Identity("license_key", "DEMO-OKAY-0000-0001")
OTHER = Identity("license_key", "DEMO-OKAY-0000-0002")


def fresh(activator: Activator, **changes: object) -> Activator:
    """Another run of the program on the same device and store."""
    config = replace(activator.config, **changes) if changes else activator.config
    return Activator(config, store=activator.store, clock=activator.clock)


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
    from activation_wizard.core.cancel import CancelToken

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
    from activation_wizard.core.journal import Pending

    def cancelled(seconds_ago: float) -> None:
        activator.journal.record(
            Pending(
                "activate",
                "license_key",
                KEY.value,
                activator.device.hardware_id,
                activator.clock() - seconds_ago,
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


def test_two_programs_activating_at_once_take_turns(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    """Issue 19: a second window (or script) took the first one's in-flight request
    for an interrupted one and said so; now it waits for it, then meets the license
    the first one kept, before sending anything."""
    faults.add(Fault("latency", "1", endpoint="activate_license", times=1))
    first = Activator(activator.config, store=activator.store)  # two programs, one device
    second = Activator(activator.config, store=activator.store)
    waited: list[bool] = []
    second.on_wait = lambda: waited.append(True)
    outcome: list[object] = []
    slow = threading.Thread(target=lambda: _run(outcome, lambda: first.activate(KEY)))
    slow.start()
    threading.Event().wait(0.3)
    assert second.reconcile() == ""  # the first one's request is not "interrupted"
    with pytest.raises(ActivationExists):
        second.activate(OTHER)
    slow.join(10)
    assert waited == [True]  # the reconcile waited (said once, not at every poll)
    assert sandbox.db.seats_used(KEY.value) == 1 and sandbox.db.seats_used(OTHER.value) == 0
    assert activator.load().identity == KEY.value
    assert [e["endpoint"] for e in faults.applied()] == ["activate_license"]


@pytest.fixture
def no_seat_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder where the seat lock cannot be made: the race is settled after."""
    from activation_wizard.core.store import document

    def refused(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(document, "locked", refused)


@pytest.mark.usefixtures("no_seat_lock")
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
    real = activator.clock
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
        clock=lambda: activator.clock() - 3 * 86400,
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

    from activation_wizard.core.sso import Grant

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
    with pytest.raises(SsoSignInAgain) as caught:  # a spent code names no account
        activator.activate(Identity("sso", "", grant=grant("code")))
    assert describe(caught.value).title == "Sign in once more"
    assert "needs to know which account" in describe(caught.value).what
    # The next sign-in names the account (user_licenses), and the device comes back:
    # no second seat, and no third sign-in.
    fresh = activator.activate(Identity("sso", "", grant=grant("code")))
    assert fresh.recovered and fresh.activation.identity == "alice@acme.example"
    assert activator.pending() is None
    assert sandbox.db.seats_used_by("alice@acme.example") == 1


# --- issue 19: every sequence ends right -------------------------------------------


def sso_activator(sandbox: Sandbox, tmp_path: Path) -> Activator:
    from tests.conftest import sandbox_config

    config = sandbox_config(sandbox, tmp_path, product="sandbox-users")
    return Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))


def signed_in(
    sandbox: Sandbox,
    kind: str = "code",
    email: str = "alice@acme.example",
    account: str = "acme-sso",
) -> Identity:
    """What the browser hands back after signing ``email`` in at the sandbox's IdP."""
    import secrets
    import time

    from activation_wizard.core.sso import Grant

    value = f"{kind}-{secrets.token_hex(8)}"
    with sandbox.db.tx() as db:
        db.execute(
            "INSERT INTO sso_grants (value, kind, user_id, account, redirect_uri, expires_at)"
            " SELECT ?, ?, id, ?, 'r', ? FROM users WHERE email = ?",
            (value, kind, account, time.time() + 60, email),
        )
    grant = (
        Grant(account, "r", code=value) if kind == "code" else Grant(account, "r", id_token=value)
    )
    return Identity("sso", "", grant=grant)


def test_an_sso_activation_whose_answer_is_lost_is_not_resent_and_the_next_sign_in_keeps_it(
    sandbox: Sandbox, tmp_path: Path, faults: Faults
) -> None:
    """The code grant: the lost answer's code is spent. No automatic retry (it read as
    'no license for your account' and cleared the journal); the next start says the
    next sign-in settles it; that sign-in finds the seat and keeps it: one seat."""
    activator = sso_activator(sandbox, tmp_path)
    first = signed_in(sandbox)
    faults.add(Fault("drop_after", endpoint="activate_license"))
    with pytest.raises(AnswerLost):
        activator.activate(first)
    assert sandbox.db.seats_used_by("alice@acme.example") == 1  # committed, answer lost
    assert [e["endpoint"] for e in faults.applied()] == ["activate_license"]
    pending = activator.pending()
    assert pending is not None and (pending.kind, pending.account) == ("sso", "acme-sso")
    with pytest.raises(SsoSignInAgain) as caught:  # Retry with the same (spent) code
        activator.activate(first)
    assert caught.value.why == "spent"
    said = fresh(activator).reconcile()  # the next start: no account known yet
    assert "the next time you sign in" in said and activator.pending() is not None
    kept = fresh(activator).activate(signed_in(sandbox))  # the next sign-in
    assert kept.recovered and kept.activation.identity == "alice@acme.example"
    assert sandbox.db.seats_used_by("alice@acme.example") == 1
    assert activator.pending() is None


def test_an_sso_activation_that_never_reached_the_server_asks_for_one_more_sign_in(
    sandbox: Sandbox, tmp_path: Path, faults: Faults
) -> None:
    activator = sso_activator(sandbox, tmp_path)
    faults.add(Fault("drop_before", endpoint="activate_license"))
    with pytest.raises(AnswerLost):  # the connection broke: it may or may not have arrived
        activator.activate(signed_in(sandbox))
    with pytest.raises(SsoSignInAgain) as caught:  # this sign-in only looked it up
        activator.activate(signed_in(sandbox))
    assert caught.value.why == "activate" and activator.pending() is None
    assert sandbox.db.seats_used_by("alice@acme.example") == 0
    done = activator.activate(signed_in(sandbox))
    assert not done.recovered and sandbox.db.seats_used_by("alice@acme.example") == 1


def test_a_token_sign_in_settles_and_activates_in_one_go(
    sandbox: Sandbox, tmp_path: Path, faults: Faults
) -> None:
    activator = sso_activator(sandbox, tmp_path)
    faults.add(Fault("drop_before", endpoint="activate_license", times=2))
    with pytest.raises(AnswerLost):
        activator.activate(signed_in(sandbox, "token"))
    done = activator.activate(signed_in(sandbox, "token"))  # reusable: asks, then activates
    assert activator.load().identity == "alice@acme.example" and not done.recovered
    assert sandbox.db.seats_used_by("alice@acme.example") == 1


def test_a_remembered_account_settles_a_lost_sso_answer_at_the_next_start(
    sandbox: Sandbox, tmp_path: Path, faults: Faults
) -> None:
    activator = sso_activator(sandbox, tmp_path)
    activator.activate(signed_in(sandbox))
    activator.deactivate()  # this computer now remembers alice for acme-sso
    faults.add(Fault("drop_after", endpoint="activate_license"))
    with pytest.raises(AnswerLost):
        activator.activate(signed_in(sandbox))
    assert "now saved on this computer" in fresh(activator).reconcile()
    assert activator.load().identity == "alice@acme.example"
    assert sandbox.db.seats_used_by("alice@acme.example") == 1


@pytest.mark.parametrize("fault", ["drop_after", "gateway_after"])
def test_a_deactivation_cut_off_after_the_server_freed_the_seat_is_finished_next_start(
    activator: Activator, sandbox: Sandbox, faults: Faults, fault: str
) -> None:
    activator.activate(KEY)
    faults.add(Fault(fault, endpoint="deactivate_license"))
    with pytest.raises(Exception):  # noqa: B017 - the answer is lost, either way
        activator.deactivate()
    assert sandbox.db.seats_used(KEY.value) == 0  # the server freed it
    pending = activator.pending()
    assert pending is not None and pending.op == "deactivate"
    said = fresh(activator).reconcile()
    assert "its seat is free and the activation is removed" in said
    with pytest.raises(NotActivated):
        activator.load()
    assert activator.pending() is None


def test_a_deactivation_that_never_reached_the_server_is_sent_again_next_start(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    activator.activate(KEY)
    faults.add(Fault("drop_before", endpoint="deactivate_license"))
    with pytest.raises(AnswerLost):
        activator.deactivate()
    assert sandbox.db.seats_used(KEY.value) == 1 and activator.load().identity == KEY.value
    assert "its seat is free" in fresh(activator).reconcile()
    assert sandbox.db.seats_used(KEY.value) == 0
    with pytest.raises(NotActivated):
        activator.load()


def test_a_deactivation_that_cannot_remove_the_activation_here_asks_nothing_of_the_server(
    activator: Activator, sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only data folder: the seat used to be freed, then OSError (a traceback)."""
    from activation_wizard.errors import DataFolderNotWritable

    activator.activate(KEY)

    def read_only(*args: object, **kwargs: object) -> None:
        raise DataFolderNotWritable("Read-only file system", path=str(activator.store.folder))

    monkeypatch.setattr(activator.store, "preflight", read_only)
    with pytest.raises(DataFolderNotWritable):
        activator.deactivate()
    assert sandbox.db.seats_used(KEY.value) == 1 and activator.pending() is None


def test_another_license_activated_after_a_lost_one_gives_the_lost_one_back(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    """The user moved on (typed another key): the first, if it reached the server, is
    not left holding a seat nobody keeps."""
    faults.add(Fault("drop_after", endpoint="activate_license", times=2))
    with pytest.raises(AnswerLost):
        activator.activate(KEY)
    assert sandbox.db.seats_used(KEY.value) == 1
    activator.activate(OTHER)
    assert sandbox.db.seats_used(KEY.value) == 0 and sandbox.db.seats_used(OTHER.value) == 1
    assert activator.load().identity == OTHER.value


def test_a_gateway_error_after_the_server_committed_keeps_the_journal(
    activator: Activator, sandbox: Sandbox, faults: Faults
) -> None:
    from activation_wizard.errors import ServerError

    faults.add(Fault("gateway_after", "502", endpoint="activate_license"))
    with pytest.raises(ServerError):
        activator.activate(KEY)
    assert sandbox.db.seats_used(KEY.value) == 1 and activator.pending() is not None
    assert "now saved on this computer" in fresh(activator).reconcile()
    assert activator.load().identity == KEY.value


@pytest.mark.usefixtures("no_seat_lock")
def test_two_accounts_of_one_license_activating_at_once_keep_the_seat(
    sandbox: Sandbox, tmp_path: Path, faults: Faults
) -> None:
    """Alice's request commits first but answers late; Bob meets 409, recovers and saves
    first. Alice loses the race: she must not free the seat the two now share."""
    from activation_wizard.errors import ActivationRace

    from tests.conftest import sandbox_config

    config = sandbox_config(sandbox, tmp_path, product="sandbox-users")
    keyring = MemoryKeyring()
    alice = Activator(config, store=ActivationStore(config, backend=keyring))
    bob = Activator(config, store=ActivationStore(config, backend=keyring))
    with sandbox.db.tx() as db:  # the team license: both accounts are users of it
        (team,) = db.execute(
            "SELECT lu.license_id FROM license_users lu JOIN users u ON u.id = lu.user_id"
            " WHERE u.email = 'ok@sandbox.test'"
        ).fetchone()
        (before,) = db.execute(
            "SELECT COUNT(*) FROM devices WHERE license_id = ? AND active = 1", (team,)
        ).fetchone()
    faults.add(Fault("latency_after", "1", endpoint="activate_license"))
    out: list[object] = []
    first = threading.Thread(
        target=_run,
        args=(out, lambda: alice.activate(Identity("user", "ok@sandbox.test", "demo-password"))),
    )
    first.start()
    import time

    time.sleep(0.3)
    bob.activate(Identity("user", "several@sandbox.test", "demo-password", license_id=team))
    first.join(10)
    assert isinstance(out[0], ActivationRace)
    with sandbox.db.tx() as db:
        (after,) = db.execute(
            "SELECT COUNT(*) FROM devices WHERE license_id = ? AND active = 1", (team,)
        ).fetchone()
    assert after == before + 1  # this device's one seat, kept
    assert bob.load().identity == "several@sandbox.test"


def test_an_old_copy_does_not_bring_back_a_seat_freed_since(
    activator: Activator, sandbox: Sandbox, tmp_path: Path
) -> None:
    """Issue 18, found by an attack: export, deactivate (the server frees the seat),
    import the copy: the seat was back on this device and free on the server."""
    activator.activate(KEY)
    copy = tmp_path / "copy.json"
    activator.store.export(activator.load(), copy)
    activator.deactivate()
    with pytest.raises(ActivationInvalid) as caught:
        activator.import_recovery(copy)
    assert caught.value.reason == "not_active"
    with pytest.raises(NotActivated):
        activator.load()


def test_an_imported_copy_takes_the_servers_verdict_not_the_files(
    activator: Activator, sandbox: Sandbox, tmp_path: Path
) -> None:
    import json

    activator.activate(KEY)
    copy = tmp_path / "copy.json"
    activator.store.export(activator.load(), copy)
    with sandbox.db.tx() as db:
        db.execute("UPDATE licenses SET enabled = 0 WHERE license_key = ?", (KEY.value,))
    data = json.loads(copy.read_text())
    data.update(server_state="ok", last_seen=0, last_check=0)  # edited to look fine
    copy.write_text(json.dumps(data))
    activator.store.delete()
    activator.import_recovery(copy)
    with pytest.raises(ActivationInvalid) as caught:
        activator.load()
    assert caught.value.reason == "disabled"
    assert activator.load_refused().last_seen > 1  # a clock anchor cannot be sent back


def test_an_imported_account_is_named_as_the_signed_license_names_it(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    import json

    from tests.conftest import sandbox_config

    config = sandbox_config(sandbox, tmp_path, product="sandbox-users")
    activator = Activator(config, store=ActivationStore(config, backend=MemoryKeyring()))
    activator.activate(Identity("user", "ok@sandbox.test", "demo-password"))
    copy = tmp_path / "copy.json"
    activator.store.export(activator.load(), copy)
    data = json.loads(copy.read_text())
    data["identity"] = "OK@SANDBOX.TEST|another-customer"
    copy.write_text(json.dumps(data))
    activator.store.delete()
    assert activator.import_recovery(copy).identity == "ok@sandbox.test"


def test_a_request_left_pending_on_another_license_api_is_not_settled_here(
    activator: Activator, sandbox: Sandbox
) -> None:
    """The settings changed (another server, a sandbox for a test): what is pending on
    the old one can only be settled there; a new activation here goes ahead."""
    from activation_wizard.core.journal import Pending

    activator.journal.record(
        Pending(
            "activate",
            "license_key",
            OTHER.value,
            activator.device.hardware_id,
            activator.clock(),
            server="https://another-license-api.example/api/v4",
        )
    )
    assert activator.pending() is None and activator.reconcile() == ""
    activator.activate(KEY)
    assert sandbox.db.seats_used(KEY.value) == 1 and sandbox.db.seats_used(OTHER.value) == 0
