"""A release pipeline's smoke test of a built wizard (a QA build: bundle --qa): its
self-test, then an activation, a status and a deactivation through its command line
against the sandbox, each step's output kept for the report."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from activation_wizard.testing.sandbox import LicenseSandbox


@dataclass
class SmokeStep:
    command: list[str]
    returncode: int
    stdout: str
    stderr: str


@dataclass
class SmokeResult:
    """Every step run; ``ok`` when each ended as it should."""

    steps: list[SmokeStep] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.returncode == 0 for s in self.steps)

    def report(self) -> str:
        return "\n".join(
            f"$ {' '.join(s.command)}  -> {s.returncode}\n{s.stdout}{s.stderr}" for s in self.steps
        )


def bundle_smoke(
    program: Path,
    sandbox: LicenseSandbox,
    *,
    key: str = "",
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> SmokeResult:
    """Run ``program`` (the bundle's executable): ``--self-test``; ``activate`` a
    demo key (default: the sandbox's first ``ok`` key) with ``--qa-sandbox``;
    ``status --json``; ``deactivate``. Stops at the first failing step.

    The bundle stores in the session's keyring (a Secret Service here) under a
    service name of its own, and deactivating removes what it stored. Raises
    nothing: assert ``result.ok`` and print ``result.report()`` on failure.
    """
    key = key or str(sandbox.license("ok").license_key)
    result = SmokeResult()
    with tempfile.TemporaryDirectory(prefix="aw-smoke-") as data:
        base = {
            **(env if env is not None else os.environ),
            "ACTIVATION_WIZARD_DATA_DIR": data,
            "ACTIVATION_WIZARD_KEYRING_SERVICE": f"activation-wizard-smoke:{uuid.uuid4().hex}",
        }
        line = sandbox.json_line()
        steps = [
            ["--self-test"],
            ["--qa-sandbox", line, "activate", "--license-key", key, "--json"],
            ["--qa-sandbox", line, "status", "--json"],
            ["--qa-sandbox", line, "deactivate"],
        ]
        for args in steps:
            done = subprocess.run(
                [str(program), *args],
                env=base,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
            shown = ["<sandbox line>" if a == line else a for a in args]
            step = SmokeStep([program.name, *shown], done.returncode, done.stdout, done.stderr)
            result.steps.append(step)
            if done.returncode != 0:
                break
            if "status" in args and not _shows_key(done.stdout, key):
                step.returncode = -1
                step.stderr += f"\nstatus does not show the key {key}"
                break
    return result


def _shows_key(status_json: str, key: str) -> bool:
    """``status --json`` names the key (masked: its last group shows)."""
    try:
        shown = json.loads(status_json).get("identity")
    except (ValueError, AttributeError):
        return False
    return isinstance(shown, str) and shown[-4:] == key[-4:]
