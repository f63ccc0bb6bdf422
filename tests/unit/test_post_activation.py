"""After activation, through the runtime API a vendor's program uses, against the
real sandbox (issue 20): floating seats on several devices, borrowing, features,
consumption that is never counted twice nor lost, versions."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity
from activation_wizard.core.runtime import License
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import (
    AnswerLost,
    BorrowUntilNotValid,
    FloatingNotAvailable,
    InvalidLicenseFeatureCode,
    LicenseNotEnoughConsumptions,
    UsageError,
    UsesKept,
)
from activation_wizard.messages import describe
from activation_wizard.sandbox.faults import Fault, Faults

from tests.conftest import MemoryKeyring, SandboxClock

FLOATING = "DEMO-FLOA-0000-0001"  # 3 seats, 30-minute timeout, borrow up to 72 h
CONSUMPTION = "DEMO-CONS-0000-0001"  # 100 a month plus 20 overages
FEATURES = "DEMO-FCON-0000-0001"  # credits (50 uses), render (floating, 2 seats), pro


def device_of_folder(config: Config) -> str:
    """A hardware id per data folder: each test device is its own computer."""
    assert config.data_dir is not None
    return f"device-{config.data_dir.name}"


CLOCK: list[SandboxClock] = []  # the test's sandbox clock, which the computers follow


@pytest.fixture(autouse=True)
def _same_clock(sandbox_clock: SandboxClock) -> Iterator[None]:
    CLOCK[:] = [sandbox_clock]
    yield
    from activation_wizard.core import floating_seat

    for seat in list(floating_seat._HELD):  # the test's "killed" programs: gone quietly
        seat._stop.set()
    floating_seat._HELD.clear()


def computer(config: Config, tmp_path: Path, name: str) -> License:
    """Another computer: its own data folder, keyring and hardware id, on the
    sandbox's clock (moved on, it would otherwise be refused as a wrong clock)."""
    config = replace(
        config,
        data_dir=tmp_path / name,
        hardware_id_provider=f"{__name__}:device_of_folder",
    )
    clock = CLOCK[0]
    store = ActivationStore(config, backend=MemoryKeyring(), clock=clock)
    activator = Activator(config, store=store, clock=clock)
    return License(config, activator=activator)


def activated(config: Config, tmp_path: Path, name: str, key: str) -> License:
    lic = computer(config, tmp_path, name)
    lic.activator.activate(Identity("license_key", key))
    lic.reload()
    return lic


def test_a_fourth_computer_waits_for_one_of_three_floating_seats(
    config: Config, tmp_path: Path, sandbox_clock: SandboxClock
) -> None:
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    held = [lic.floating_seat() for lic in seats[:3]]
    with pytest.raises(FloatingNotAvailable) as caught:
        seats[3].floating_seat()
    message = describe(caught.value)
    assert "taken by other computers" in message.what and "3 seats" in message.what
    assert "Try again later" in message.todo
    held[0].release()  # a clean exit frees its seat at once
    with seats[3].floating_seat():
        info = seats[3].stored.license  # type: ignore[union-attr]
        assert info.floating_users == 3 and info.floating_in_use_devices == 3
    for seat in held[1:]:
        seat.release()


def test_a_silent_computers_seat_frees_itself_after_the_timeout(
    config: Config, tmp_path: Path, sandbox_clock: SandboxClock
) -> None:
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    for lic in seats[:3]:
        lic.floating_seat()  # then killed: never released, never refreshed
    with pytest.raises(FloatingNotAvailable):
        seats[3].floating_seat()
    sandbox_clock.advance(31 * 60)  # past the 30-minute floating_timeout
    with seats[3].floating_seat():
        pass


def test_a_borrowed_seat_stays_through_silence_until_its_end(
    config: Config, tmp_path: Path, sandbox_clock: SandboxClock
) -> None:
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    lent = seats[0].borrow(datetime.now().astimezone() + timedelta(hours=48))
    assert lent.license.is_borrowed and lent.license.borrowed_until is not None
    for lic in seats[1:3]:
        lic.floating_seat()
    sandbox_clock.advance(2 * 3600)  # the others' seats time out; the borrowed one not
    for lic in seats[1:3]:
        lic.floating_seat()
    with pytest.raises(FloatingNotAvailable):
        seats[3].floating_seat()
    sandbox_clock.advance(47 * 3600)  # past borrowed_until: the seat is free again
    seats[1].floating_seat()
    seats[2].floating_seat()
    with seats[3].floating_seat():
        pass


def test_a_borrow_beyond_the_license_limit_is_refused_with_its_own_message(
    config: Config, tmp_path: Path
) -> None:
    lic = activated(config, tmp_path, "pc", FLOATING)
    with pytest.raises(BorrowUntilNotValid) as caught:
        lic.borrow(datetime.now().astimezone() + timedelta(hours=100))
    assert describe(caught.value).title == "That end date cannot be used"
    lic.return_borrowed()  # nothing borrowed: still fine to ask


def test_consumption_counts_once_and_refuses_past_the_limit(config: Config, tmp_path: Path) -> None:
    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    assert lic.consume(30) == 30
    assert lic.consume(85) == 115  # 15 into the 20 overages
    with pytest.raises(LicenseNotEnoughConsumptions):
        lic.consume(10)
    assert lic.unsent_consumption == {}  # a refusal takes the uses back
    assert lic.check() and lic.stored.license.total_consumptions == 115  # type: ignore[union-attr]
    with pytest.raises(UsageError):
        lic.consume(0)


def test_a_lost_answer_after_the_server_counted_is_never_counted_twice(
    config: Config, tmp_path: Path, faults: Faults
) -> None:
    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    faults.add(Fault("drop_after", endpoint="add_consumption"))  # counted, answer lost
    with pytest.raises(UsesKept) as caught:
        lic.consume(7)
    assert isinstance(caught.value.cause, AnswerLost)
    assert lic.unsent_consumption == {"": 7}  # in flight: not known yet
    lic.sync_consumption()  # a check shows the total moved by 7: it was counted
    assert lic.unsent_consumption == {}
    assert lic.consume(1) == 8


def test_uses_that_never_reached_the_server_are_sent_later(
    config: Config, tmp_path: Path, faults: Faults
) -> None:
    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    faults.add(Fault("drop_before", endpoint="add_consumption"))  # never counted
    with pytest.raises(UsesKept):
        lic.consume(5)
    lic.sync_consumption()
    assert lic.unsent_consumption == {}
    assert lic.consume(1) == 6


def test_uses_written_before_a_crash_are_sent_by_the_next_program(
    config: Config, tmp_path: Path
) -> None:
    """kill -9 between counting and sending: the ledger on disk still has them."""
    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    ledger = lic.activator.folder / "consumption.json"
    owner = f"{lic.stored.product}:license_key:{CONSUMPTION}:"  # type: ignore[union-attr]
    ledger.write_text(json.dumps({"owner": owner, "counts": {"": {"unsent": 4}}}))
    again = License(lic.config, activator=lic.activator)
    assert again.unsent_consumption == {"": 4}
    again.sync_consumption()
    assert again.consume(1) == 5


def test_features_checked_consumed_and_floating(config: Config, tmp_path: Path) -> None:
    one, two, three = (activated(config, tmp_path, f"pc{i}", FEATURES) for i in range(3))
    credits = one.check_feature("credits")
    assert credits.code == "credits" and credits.max_consumption == 50
    assert one.consume_feature("credits", 20) == 20
    with pytest.raises(InvalidLicenseFeatureCode):
        one.check_feature("no-such-feature")
    one.check_feature("render")  # takes one of its two seats
    two.check_feature("render")
    with pytest.raises(FloatingNotAvailable):
        three.check_feature("render")
    one.release_feature("render")
    assert three.check_feature("render").code == "render"


def test_versions_and_the_latest_installation_file(config: Config, tmp_path: Path) -> None:
    lic = activated(config, tmp_path, "pc", "DEMO-OKAY-0000-0001")
    latest = lic.latest_version()
    assert latest is not None
    found = lic.installation_file()
    assert found.version == latest and (found.installation_file or "").startswith("http")


def test_deactivating_a_floating_license_frees_its_seat_first(
    config: Config, tmp_path: Path
) -> None:
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    for lic in seats[:3]:
        lic.floating_seat()
    seats[0].activator.deactivate()
    with seats[3].floating_seat():
        pass


def test_the_floating_seat_is_kept_alive_while_the_program_runs(
    config: Config, tmp_path: Path, sandbox_clock: SandboxClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from activation_wizard.core import floating_seat

    monkeypatch.setattr(floating_seat.FloatingSeat, "_timeout_minutes", lambda self: 0.005)
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    held = [lic.floating_seat() for lic in seats[:3]]  # refreshed every 0.15 s
    time.sleep(0.5)
    sandbox_clock.advance(20 * 60)  # within the timeout since the last refresh
    time.sleep(0.5)
    sandbox_clock.advance(20 * 60)  # 40 minutes after taking it: only the keeper saved it
    with pytest.raises(FloatingNotAvailable):
        seats[3].floating_seat()
    for seat in held:
        seat.release()


def test_a_borrowed_seat_is_used_offline_and_kept_when_the_program_ends(
    config: Config, tmp_path: Path, faults: Faults
) -> None:
    """QA: a program started during a borrow ended the borrow on exit, and could not
    start at all without the network."""
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    seats[0].borrow(datetime.now().astimezone() + timedelta(hours=24))
    faults.add(Fault("drop_before", times=-1))  # no network from here on
    with seats[0].floating_seat():
        assert seats[0].is_valid()
    faults.clear()
    for lic in seats[1:3]:
        lic.floating_seat()
    with pytest.raises(FloatingNotAvailable):  # the borrow still holds the third seat
        seats[3].floating_seat()


def test_returning_a_borrowed_seat_frees_it_for_others(config: Config, tmp_path: Path) -> None:
    """QA: Return the borrowed seat checked afterwards, and the check took it back."""
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    seats[0].borrow(datetime.now().astimezone() + timedelta(hours=24))
    returned = seats[0].return_borrowed()
    assert not returned.license.is_borrowed
    for lic in seats[1:3]:
        lic.floating_seat()
    with seats[3].floating_seat():
        pass


def test_the_wizard_and_cli_check_takes_no_floating_seat(config: Config, tmp_path: Path) -> None:
    seats = [activated(config, tmp_path, f"pc{i}", FLOATING) for i in range(4)]
    for lic in seats[:3]:
        assert lic.activator.check().license.floating_users == 3  # Check now, `check`
    with seats[3].floating_seat():
        pass


def test_uses_the_server_did_not_confirm_are_said_to_be_kept(
    config: Config, tmp_path: Path, faults: Faults
) -> None:
    """QA: 'Nothing was changed' was said of uses that were kept and sent later."""
    from activation_wizard.errors import UsesKept

    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    faults.add(Fault("drop_before", times=-1))  # no network
    with pytest.raises(UsesKept) as caught:
        lic.consume(2)
    message = describe(caught.value)
    assert message.title == "Uses kept for later" and "(2 in all)" in message.what
    assert "never counted twice" in message.todo and "Nothing was changed" not in message.what
    with pytest.raises(UsesKept):
        lic.consume(3)
    assert lic.unsent_consumption == {"": 5}
    faults.clear()
    assert lic.consume(1) == 6


def test_nothing_is_counted_without_an_activation(config: Config, tmp_path: Path) -> None:
    from activation_wizard.errors import NotActivated

    lic = computer(config, tmp_path, "pc")
    with pytest.raises(NotActivated):
        lic.consume(7)
    assert not (lic.activator.folder / "consumption.json").exists()
    lic.activator.activate(Identity("license_key", CONSUMPTION))
    assert lic.consume(1) == 1


@pytest.mark.parametrize(
    "content",
    [
        '{"owner": "x", "counts": {"": {"unsent": 1e400}}}',
        "garbage{",
        "",
        "[]",
        '{"counts": {"": {"unsent": "5"}}}',
        '{"counts": {"": {"unsent": NaN}}}',
        '{"counts": {"": {"unsent": true}}}',
        '{"counts": {"": {"in_flight": -99999999999999}}}',
        "directory",
        "fifo",
    ],
)
def test_a_ledger_changed_by_hand_is_refused_with_a_way_out(
    config: Config, tmp_path: Path, content: str
) -> None:
    import os

    from activation_wizard.errors import StorageError

    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    ledger = lic.activator.folder / "consumption.json"
    owner = f"{lic.stored.product}:license_key:{CONSUMPTION}:"  # type: ignore[union-attr]
    if content == "directory":
        ledger.mkdir()
    elif content == "fifo":
        os.mkfifo(ledger)
    else:
        ledger.write_text(content.replace('"counts"', f'"owner": "{owner}", "counts"', 1))
    with pytest.raises(StorageError) as caught:
        lic.consume(1)  # never a traceback, never a hang
    message = describe(caught.value)
    assert message.title == "The uses not yet sent cannot be read"
    assert "consumption.json" in message.what and "Removing the file" in message.todo


def test_uses_of_another_activation_are_never_sent(config: Config, tmp_path: Path) -> None:
    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    ledger = lic.activator.folder / "consumption.json"
    ledger.write_text('{"owner": "another-license", "counts": {"": {"unsent": 50}}}')
    assert lic.unsent_consumption == {}
    assert lic.consume(1) == 1


def test_giving_uses_back_is_refused_before_sending_where_the_license_forbids_it(
    config: Config, tmp_path: Path
) -> None:
    from activation_wizard.errors import NegativeConsumptionsNotAllowed

    lic = activated(config, tmp_path, "pc", CONSUMPTION)
    with pytest.raises(NegativeConsumptionsNotAllowed):
        lic.consume(-1)
    assert lic.unsent_consumption == {}


def test_after_its_maintenance_a_license_works_and_is_offered_no_newer_version(
    config: Config, tmp_path: Path
) -> None:
    current = activated(config, tmp_path, "a", "DEMO-OKAY-0000-0002")
    ended = activated(config, tmp_path, "b", "DEMO-MNTN-0000-0001")
    assert ended.is_valid() and ended.maintenance_until is not None
    assert current.maintenance_until is None
    newest, allowed = current.latest_version(), ended.latest_version()
    assert newest is not None and allowed is not None and allowed != newest
    from activation_wizard.core.summary import license_rows

    rows = dict(license_rows(ended.stored.license))  # type: ignore[union-attr]
    assert rows["Updates"].startswith("ended ") and "keeps working" in rows["Updates"]


def test_check_now_on_a_full_floating_license_names_its_seats(
    config: Config, tmp_path: Path
) -> None:
    lic = activated(config, tmp_path, "pc", "DEMO-FLFU-0000-0001")
    with pytest.raises(FloatingNotAvailable) as caught:
        lic.activator.check()  # the wizard's Check now, the CLI's check
    assert "The license has 1 seat." in describe(caught.value).what


def test_uses_of_an_unknown_or_non_consumption_feature_are_refused_before_sending(
    config: Config, tmp_path: Path
) -> None:
    lic = activated(config, tmp_path, "pc", FEATURES)
    with pytest.raises(InvalidLicenseFeatureCode):
        lic.consume_feature("nope", 1)
    with pytest.raises(UsageError) as caught:
        lic.consume_feature("render", 1)  # a floating feature: it counts no uses
    assert "does not count uses" in describe(caught.value).what
    assert lic.unsent_consumption == {}
