"""A request whose outcome is not known yet: written before it is sent.

An activation or a deactivation is journaled before the request leaves, and the
entry is removed once its outcome is known and kept (stored or removed locally, or
refused by the server).  An entry still there later means the answer never arrived
(cancel, lost connection, timeout, a gateway's 502/503/504, crash):
``Activator.reconcile`` asks the server and finishes what the user asked (``intent``
"keep": keep the activation, or finish removing it) or takes it back ("undo", after a
Cancel).  A single sign-on activation names no account until the server answers: its
entry keeps the organisation code, and the next sign-in settles it.  The file holds
the license key or account e-mail, like the recovery file, so it is private to the
user.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from activation_wizard.core.store.document import write_atomic

log = logging.getLogger(__name__)

JOURNAL_NAME = "pending.json"


OPS = ("activate", "deactivate")


@dataclass(frozen=True)
class Pending:
    op: str  # "activate" or "deactivate"
    kind: str  # identity kind: "license_key", "user", "sso"
    identity: str  # the key or e-mail ("" for SSO before the server named it)
    hardware_id: str
    started: float
    license_id: int | None = None
    intent: str = "keep"  # "keep": finish what the user asked; "undo": they cancelled
    account: str = ""  # single sign-on: the organisation (customer account) code
    server: str = ""  # the License API it went to ("" in entries from before this field)


class Journal:
    def __init__(self, folder: Path) -> None:
        self.path = folder / JOURNAL_NAME

    def record(self, pending: Pending) -> None:
        write_atomic(self.path, json.dumps(asdict(pending)).encode())
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)

    def read(self) -> Pending | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            pending = Pending(**{k: data[k] for k in Pending.__dataclass_fields__ if k in data})
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            log.warning("unreadable journal entry ignored (%s)", type(exc).__name__)
            return None
        if (
            not isinstance(pending.identity, str)
            or pending.intent not in ("keep", "undo")
            or pending.op not in OPS
        ):
            return None
        return pending

    def set_intent(self, intent: str) -> None:
        pending = self.read()
        if pending is not None:
            self.record(replace(pending, intent=intent))

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
