"""Faults QA switches on in the sandbox: per run (``sandbox --fault``), per request
(``POST /_admin/faults`` on loopback) or from a test (the ``faults`` fixture).

Each fault applies to the next ``times`` matching requests (-1: until cleared)
and is logged when applied, so a test can assert what the server did:

- ``latency:S``          answer S seconds late (before anything is done)
- ``latency_after:S``    do the work, then wait S seconds before answering
- ``error_5xx:STATUS[:RETRY]``  fail with STATUS (500, 502, 503...), optional Retry-After
- ``gateway_after:STATUS``  do the work (an activation is committed), then answer a
                         gateway's STATUS (502, 503, 504) with its own HTML page, as a proxy
                         does when the License API's answer never reached it
- ``rate_limit:RETRY``   429 with Retry-After: seconds, or ``date+S`` for an HTTP date
- ``drop_before``        close the connection before anything is done
- ``drop_after``         do the work (an activation is committed), then close unanswered
- ``truncate``           send half the body, then close
- ``malformed_json``     a signed body that is not JSON
- ``bad_signature`` / ``no_signature``  a wrong or missing LicenseSignature
- ``clock_skew:S``       the server's clock is S seconds off for that request (its check
                         of the Date header and the Date it answers with)
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = (
    "latency",
    "latency_after",
    "error_5xx",
    "gateway_after",
    "rate_limit",
    "drop_before",
    "drop_after",
    "truncate",
    "malformed_json",
    "bad_signature",
    "no_signature",
    "clock_skew",
)


class FaultSpecError(ValueError):
    pass


@dataclass
class Fault:
    kind: str
    value: str = ""
    endpoint: str = ""  # "" = any endpoint
    times: int = 1  # -1 = until cleared

    @classmethod
    def parse(cls, spec: str, times: int = 1) -> Fault:
        """``KIND[:VALUE][@ENDPOINT]``, as the command line takes it."""
        spec, _, endpoint = spec.partition("@")
        kind, _, value = spec.partition(":")
        fault = cls(kind.strip(), value.strip(), endpoint.strip(), times)
        fault.check()
        return fault

    @classmethod
    def from_json(cls, data: Any) -> Fault:
        if not isinstance(data, dict):
            raise FaultSpecError("a fault is a JSON object")
        try:
            fault = cls(
                str(data["kind"]),
                str(data.get("value", "")),
                str(data.get("endpoint", "")),
                int(data.get("times", 1)),
            )
        except (KeyError, TypeError, ValueError):
            raise FaultSpecError("a fault needs kind, and times must be a number") from None
        fault.check()
        return fault

    def check(self) -> None:
        if self.kind not in KINDS:
            raise FaultSpecError(f"unknown fault {self.kind!r}; use one of {', '.join(KINDS)}")
        if self.kind in ("latency", "latency_after", "clock_skew"):
            self.seconds()
        if self.kind == "gateway_after" and self.value not in ("", "502", "503", "504"):
            raise FaultSpecError(f"gateway_after takes 502, 503 or 504, not {self.value!r}")

    def seconds(self) -> float:
        try:
            value = float(self.value or 0)
        except ValueError:
            raise FaultSpecError(f"{self.kind} takes seconds, not {self.value!r}") from None
        if not math.isfinite(value) or (value < 0 and self.kind != "clock_skew"):
            raise FaultSpecError(f"{self.kind} takes a number of seconds, not {self.value!r}")
        return value


@dataclass
class Faults:
    """What the sandbox does wrong on purpose; thread-safe, shared by its requests."""

    delay: float = 0.0  # every answer this late (sandbox --delay)
    tamper: bool = False  # one byte changed after signing, on every answer
    released: threading.Event = field(default_factory=threading.Event)
    pending: list[Fault] = field(default_factory=list)
    log: list[dict[str, Any]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def wait(self, seconds: float | None = None) -> None:
        seconds = self.delay if seconds is None else seconds
        if seconds > 0:
            self.released.wait(seconds)

    def add(self, fault: Fault) -> None:
        with self._lock:
            self.pending.append(fault)

    def clear(self) -> None:
        with self._lock:
            self.pending.clear()

    def take(self, endpoint: str) -> dict[str, Fault]:
        """The faults that apply to this request, by kind; counted and logged."""
        out: dict[str, Fault] = {}
        with self._lock:
            for fault in list(self.pending):
                if fault.endpoint not in ("", endpoint) or fault.kind in out:
                    continue
                out[fault.kind] = fault
                if fault.times > 0:
                    fault.times -= 1
                    if fault.times == 0:
                        self.pending.remove(fault)
                self.log.append(
                    {
                        "endpoint": endpoint,
                        "kind": fault.kind,
                        "value": fault.value,
                        "at": time.time(),
                    }
                )
        return out

    def applied(self, kind: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [e for e in self.log if kind is None or e["kind"] == kind]

    def as_json(self) -> dict[str, Any]:
        with self._lock:
            return {"pending": [asdict(f) for f in self.pending], "log": list(self.log)}
