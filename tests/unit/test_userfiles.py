"""Files the user names: never written through a link, never read from a FIFO, a
device or a folder, never larger than such a file can be (issue 18)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from activation_wizard.core.userfiles import MAX_READ, read_limited, write_private
from activation_wizard.errors import UserFileError, UserFileNotWritten
from activation_wizard.messages import describe


def test_a_new_file_is_private(tmp_path: Path) -> None:
    out = tmp_path / "activation.req"
    write_private(out, b"request")
    assert out.read_bytes() == b"request"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_symbolic_link_is_not_written_through(tmp_path: Path) -> None:
    target = tmp_path / "important.txt"
    target.write_text("keep me")
    link = tmp_path / "activation.req"
    link.symlink_to(target)
    with pytest.raises(UserFileNotWritten) as caught:
        write_private(link, b"a request with a password")
    assert target.read_text() == "keep me"
    message = describe(caught.value)
    assert message.title == "Could not save the file"
    assert "symbolic link" in message.what and str(link) in message.what


def test_a_hard_link_is_replaced_not_changed_in_place(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    name = tmp_path / "activation.req"
    os.link(target, name)
    write_private(name, b"request")
    assert target.read_text() == "keep me" and name.read_bytes() == b"request"


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "license.lic"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_limited(fifo)
        except BaseException as exc:  # the test looks at it
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(outcome[0], UserFileError)
    assert "not a regular file" in describe(outcome[0]).what


@pytest.mark.parametrize("name", ["/dev/zero", "/dev/null"])
def test_devices_are_refused(name: str) -> None:
    with pytest.raises(UserFileError) as caught:
        read_limited(Path(name))
    assert "not a regular file" in describe(caught.value).what


def test_a_fifo_or_a_device_is_not_replaced_by_a_written_file(tmp_path: Path) -> None:
    """The file is renamed over the name: over a device (a user as root writing to
    /dev/full) that replaced the device with the recovery file, key and all."""
    fifo = tmp_path / "activation.json"
    os.mkfifo(fifo)
    with pytest.raises(UserFileNotWritten) as caught:
        write_private(fifo, b"the license key")
    assert "not a regular file" in describe(caught.value).what
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still the FIFO


def test_a_folder_and_a_huge_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UserFileError) as caught:
        read_limited(tmp_path)
    assert "it is a folder" in describe(caught.value).what
    huge = tmp_path / "huge.lic"
    with huge.open("wb") as f:
        f.truncate(MAX_READ + 1)
    with pytest.raises(UserFileError) as caught:
        read_limited(huge)
    assert "far larger" in describe(caught.value).what
    with pytest.raises(UserFileError):
        read_limited(tmp_path / "missing.lic")
