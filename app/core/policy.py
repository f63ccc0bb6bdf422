"""The vendor's validation policy: how often the license is checked online again,
and how long an online activation stays valid without a successful check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from activation_wizard.config import Config
    from activation_wizard.core.store.record import StoredActivation

DAY = 86400.0


@dataclass(frozen=True)
class Policy:
    recheck_every: float = 0.0  # seconds; 0: no schedule
    offline_grace: float = 0.0  # seconds; 0: valid without checks for ever

    @classmethod
    def of(cls, config: Config) -> Policy:
        return cls(config.recheck_days * DAY, config.offline_grace_days * DAY)

    def check_due(self, stored: StoredActivation, now: float) -> bool:
        """Time for an online check (the watchdog's, or the program's own)."""
        return bool(self.recheck_every) and now >= stored.last_check + self.recheck_every

    def check_overdue(self, stored: StoredActivation, now: float) -> bool:
        """No successful check for longer than the grace: the license needs one before
        it counts again.  By-file activations renew by refresh file, not by check."""
        return (
            bool(self.offline_grace)
            and not stored.offline
            and now > stored.last_check + self.offline_grace
        )

    def next_check(self, stored: StoredActivation) -> float | None:
        """When to check next: the schedule, or when the license ends if sooner (a
        renewal is then seen before the program stops working)."""
        if not self.recheck_every:
            return None
        due = stored.last_check + self.recheck_every
        ends = stored.license.ends_at
        return (
            min(due, ends.timestamp())
            if ends is not None and ends.timestamp() > stored.last_check
            else due
        )
