"""The wizard's support log: private, small, rotated."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from activation_wizard.logs import PrivateLogFile


def test_the_log_is_private_and_rotates_within_its_size(tmp_path: Path) -> None:
    path = tmp_path / "wizard.log"
    handler = PrivateLogFile(path, max_bytes=1000, keep=2)
    log = logging.getLogger("test-private-log")
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    try:
        for n in range(200):
            log.info("line %03d %s", n, "x" * 40)
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["wizard.log", "wizard.log.1", "wizard.log.2"]  # no more than kept
    for p in tmp_path.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
        assert p.stat().st_size < 1000 + 100  # one line over at most
    assert "line 199" in path.read_text()  # the newest is in the live file
    assert "line 198" in path.read_text() or "line 198" in (tmp_path / "wizard.log.1").read_text()
