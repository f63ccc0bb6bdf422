"""What the driver reports: where the wizard was when a step did not fit, the error
it showed, and the license details a page shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from activation_wizard.core.store import StoredActivation

__all__ = ["DriverError", "ShownError", "WizardStatus"]


class DriverError(AssertionError):
    """The wizard was not where the test expected it (says where it was)."""


@dataclass(frozen=True)
class ShownError:
    """The error panel as the user sees it; ``code`` is the server's error code or
    the wizard's own key (stable across languages)."""

    code: str
    title: str
    what: str
    todo: str


@dataclass(frozen=True)
class WizardStatus:
    """What the done or status page shows (``details``: label -> value, in the
    wizard's language) and what is stored on this computer (None: nothing)."""

    page: str
    details: dict[str, str]
    activation: StoredActivation | None
